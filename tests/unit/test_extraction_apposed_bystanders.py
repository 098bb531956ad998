"""Firms next to a deal that take no part in it: the backer or manager named in an apposition to a party (", a
company backed by X"), and the body whose approval a deal waited for ("after the league approved the deal")
(sentences written for these tests)."""

import pytest

from tests.unit.test_extraction_roles import parties_by_event


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Lumatec completed the acquisition of Nordwerk, a company backed by Harlan Partners.",
     {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("es", "Lumatec ha completado la compra de Norvila, una sociedad controlada por el fondo Harlan Partners.",
     {("Lumatec", "acquirer"), ("Norvila", "target")}),
    ("fr", "Foncière Lumar a finalisé mardi l'acquisition de sept entrepôts auprès de Norvil Fund II, un fonds géré "
     "par la société de gestion Norvil REIM.", {("Foncière Lumar", "acquirer"), ("Norvil Fund II", "seller")}),
])
def test_the_backer_of_a_firm_in_apposition_is_no_party(lang, text, expected):
    assert parties_by_event(lang, text, "acquisition") == [expected]


def test_a_venture_in_apposition_still_names_its_partners():
    found = parties_by_event("fr", "Les piles seront fabriquées par Norvil Systèmes, la coentreprise détenue à parts "
                             "égales par Lumatec et le spécialiste de l'hydrogène Hydrolis, créée en 2023.",
                             "joint_venture")
    assert found == [{("Lumatec", "partner"), ("Hydrolis", "partner")}]


def test_a_round_in_apposition_keeps_its_lead_investor():
    found = parties_by_event("en", "Lumatec raised $40m, a round led by Harlan Ventures.", "funding_round")
    assert found == [{("Lumatec", "investee"), ("Harlan Ventures", "investor")}]


@pytest.mark.parametrize("lang,text", [
    ("en", "Lumatec has completed its takeover of Kelso Rovers, buying a 75% stake in the club after the Scottish "
     "Football League approved the deal on Tuesday."),
    ("es", "Lumatec ha completado la compra del 51 % de Kelso Rovers después de que la Liga Nacional aprobó la "
     "operación."),
    ("fr", "Lumatec a finalisé le rachat de Kelso Rovers après que la Ligue Nationale a validé l'opération."),
])
def test_the_body_that_approved_the_deal_is_no_party(lang, text):
    assert parties_by_event(lang, text, "acquisition") == [{("Lumatec", "acquirer"), ("Kelso Rovers", "target")}]


def test_the_owner_at_the_time_of_a_deal_is_no_party():
    found = parties_by_event("en", "Under Marlow's ownership Tessel completed two add-on acquisitions, the largest of "
                             "which was the 2022 purchase of Brinkwell Cartons.", "acquisition")
    assert found == [{("Tessel", "acquirer"), ("Brinkwell Cartons", "target")}]


def test_an_outsider_s_approval_day_leaves_the_closing_day():
    from streams.extraction import extract_events
    from tests.unit.test_extraction_roles import page

    (event,) = extract_events(page("en", "Lumatec completes Kelso Rovers takeover", "Lumatec has completed its "
                                   "takeover of Kelso Rovers, buying a 75% stake in the club after the Scottish "
                                   "Football League approved the deal on Monday. The transaction closed on Tuesday, "
                                   "the club said.", published="2025-05-22"))
    assert event["status"] == "completed" and event["date"] == "2025-05-20"
