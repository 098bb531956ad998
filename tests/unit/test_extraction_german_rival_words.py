"""Austrian and Swiss "Mitbewerber" (a rival) describes the firm named after it, as "Wettbewerber" does: "den
Salzburger Mitbewerber X übernommen" buys X, not a firm named "Mitbewerber X". Sentences written for these tests."""

from tests.unit.test_extraction_roles import parties_by_event


def test_the_rival_noun_describes_the_firm_after_it() -> None:
    assert parties_by_event("de", "Im Herbst hatte die Zahlo GmbH außerdem den Linzer Mitbewerber Belfix übernommen.",
                            "acquisition") == [{("Zahlo", "acquirer"), ("Belfix", "target")}]
    assert parties_by_event("de", "Die Zahlo GmbH übernimmt den Mitbewerber Belfix.", "acquisition") == [
        {("Zahlo", "acquirer"), ("Belfix", "target")}]
