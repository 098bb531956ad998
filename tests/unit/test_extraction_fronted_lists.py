"""Firms listed as the object before a verb that comes last ("hat die X GmbH und die Y AG mit dem Bau beauftragt",
"hat ein Konsortium aus der X GmbH und der Y AG ... beauftragt"): the second firm, joined past the first one's legal
suffix and with its own article, shares the first one's role; two firms alone with no subject before them keep their
own reading. Sentences written for these tests."""

import pytest

from tests.unit.test_extraction_roles import parties_by_event


@pytest.mark.parametrize("sentence", [
    "Die Landesagentur für Wasserbau hat die Ferlon GmbH und die Brakel Systems AG mit dem Bau einer Schleuse "
    "beauftragt.",
    "Die Landesagentur für Wasserbau hat ein Konsortium aus der Ferlon GmbH und der Brakel Systems AG mit dem Bau "
    "einer Schleuse beauftragt.",
])
def test_both_listed_firms_supply(sentence: str) -> None:
    assert parties_by_event("de", sentence, "contract") == [
        {("Landesagentur für Wasserbau", "customer"), ("Ferlon", "supplier"), ("Brakel Systems", "supplier")}]


def test_two_firms_alone_make_no_contract_of_two_suppliers() -> None:
    events = parties_by_event("de", "Die Ferlon GmbH und die Brakel Systems AG haben einen Liefervertrag "
                              "unterzeichnet.", "contract")
    assert all({r for _, r in e} != {"supplier"} for e in events)


def test_two_bought_firms_are_not_one_target_list() -> None:
    (event,) = parties_by_event("de", "Die Hallberg AG hat die Ferlon GmbH und die Brakel Systems AG übernommen.",
                                "acquisition")
    assert ("Brakel Systems", "target") not in event or ("Ferlon", "target") not in event
