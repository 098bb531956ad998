"""German names of banks and pairs of firms (issue 3, german8): "das Bankhaus Wellmann", "Beide Häuser"; sentences
written for these tests."""

from tests.unit.test_extraction_roles import parties_by_event


def test_bankhaus_opens_the_registered_name():
    assert parties_by_event("de", "Das Bankhaus Wellmann verkauft seine Leasingsparte an die Nordbank AG.",
                            "acquisition") == [{("Bankhaus Wellmann", "seller"), ("Nordbank", "acquirer")}]
    assert parties_by_event("de", "Die Nordbank AG übernimmt das Bankhaus Wellmann & Co. KG.", "acquisition") == [
        {("Nordbank", "acquirer"), ("Bankhaus Wellmann", "target")}]


def test_both_houses_are_the_two_firms_named_before():
    for both in ("Beide Häuser", "Die beiden Häuser"):
        assert parties_by_event("de", "Die Stahlfirma Korbach Stahl und der Versorger Nordlicht Energie wollen "
                                f"Wasserstoff erzeugen. {both} gründen ein Gemeinschaftsunternehmen. Der Wasserstoff "
                                "soll 2027 fließen.", "joint_venture") == [
            {("Korbach Stahl", "partner"), ("Nordlicht Energie", "partner")}]
