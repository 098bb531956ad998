"""Earlier deals whose subject is a pronoun or a description standing for the firm spoken of before, told after the
verb (issue 3, branch coref, session 30): German puts the subject after a fronted time ("Bereits 2022 beteiligte er
sich mit 25 Prozent an Y", "beteiligte sich der Konzern mit zehn Prozent an Y"), between the stake verb and its
reflexive or right after the reflexive; the firm spoken of invests in the firm after "an"."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

PUBLISHED = "2026-03-14"


def _investments(lang: str, text: str) -> list[dict]:
    return [e for e in extract_events(page(lang, "Nachrichten", text, published=PUBLISHED))
            if e["type"] == "investment"]


def test_a_german_stake_with_its_pronoun_or_description_subject_after_the_verb_is_the_firm_spoken_of():
    for text in [
        "Der Maschinenbauer Norvatec aus Ulm baut um. Bereits 2022 beteiligte er sich mit 20 Prozent an der Brisol "
        "GmbH.",
        "Die Norvatec AG aus Ulm baut um. Der Konzern wächst. Bereits 2022 beteiligte sich der Konzern mit 20 Prozent "
        "an der Brisol GmbH.",
        "Die Norvatec AG aus Ulm baut um. Im Jahr 2022 beteiligte sie sich zudem mit einer Minderheit an dem Kölner "
        "Start-up Brisol GmbH.",
    ]:
        (stake,) = _investments("de", text)
        assert parties(stake) == {("Norvatec", "investor"), ("Brisol", "investee")}, text
        assert (stake["status"], stake["date"]) == ("completed", "2022"), text


def test_a_german_stake_verb_with_no_stake_after_it_stays_no_investment():
    text = "Die Norvatec AG aus Ulm baut um. Bereits 2022 beteiligte er sich an den Gesprächen mit der Brisol GmbH."
    assert _investments("de", text) == []
