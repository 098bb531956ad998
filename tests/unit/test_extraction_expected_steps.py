"""F6: a step expected, not taken ("the purchase should close by August once members approve it at a May
meeting"), and a fund's first fund ("the manager's debut fund") state no deal of their own."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def test_expected_closing_is_no_completion():
    found = extract_events(page("en", "Marlow to buy Hesketh Dairy",
                                "Marlow Foods agreed on Monday to buy Hesketh Dairy, a farmer-owned co-op, for $120m. "
                                "Marlow said the purchase should close by August once the co-op's members approve it "
                                "at a May meeting.", published="2026-03-18"))
    assert [(e["type"], e["status"]) for e in found] == [("acquisition", "announced")]


def test_debut_fund_is_no_listing():
    found = extract_events(page("en", "Pension fund backs manager",
                                "The teachers' pension fund has been Ashdown Capital's chief capital partner since "
                                "2019, when it backed the manager's debut fund."))
    assert not [e for e in found if e["type"] == "ipo"]
