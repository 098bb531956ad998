"""A venture named in one sentence ("X, a joint venture formed with Y"), then described in the next as the firm its
founders own together ("Y and Z co-own the business, which raised ...", "jointly own the company"): the description
stands for the venture, not for one of its owners. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

OPENING = "Corvane Motors makes lorries in Derby. "


def rounds(text: str) -> list[set[tuple[str, str]]]:
    return [{(p["name"], p["role"]) for p in e["parties"]}
            for e in extract_events(page("en", "News", OPENING + text)) if e["type"] == "funding_round"]


SHARED = [
    ("Its axles come from Trendle Axle, a joint venture formed in 2019 with Boskar Steel. Boskar and Corvane co-own "
     "the business, which raised £12m from Norwick Ventures in March.", "Trendle Axle", "Norwick Ventures"),
    ("Corvane and Boskar Steel set up Trendle Axle, a joint venture, in 2019. The two groups jointly own the company, "
     "which secured £12m in funding from Norwick Ventures in March.", "Trendle Axle", "Norwick Ventures"),
    ("Its batteries are made by Kelpcore, the joint venture Corvane set up in 2022 with Mitsuda Power. Mitsuda and "
     "Corvane jointly own the company, which secured £30m in funding from Halden Capital last year.", "Kelpcore",
     "Halden Capital"),
]


@pytest.mark.parametrize("text,venture,investor", SHARED)
def test_the_shared_firm_is_the_venture(text, venture, investor):
    assert {(venture, "investee"), (investor, "investor")} in rounds(text)


@pytest.mark.parametrize("text,venture,investor", SHARED)
def test_no_owner_takes_the_venture_money(text, venture, investor):
    owners = {"Corvane Motors", "Mitsuda Power", "Boskar Steel"}
    assert not any((o, "investee") in r for r in rounds(text) for o in owners)

