"""A joint venture named with its cue in apposition ("X, the joint venture Y set up with Z", "Y and Z set up X, a
joint venture,"), then told of in a later sentence by the cue itself ("The joint venture raised ..."): the
description stands for the venture X, not for a founder named after the cue. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

OPENING = "Corvane Motors makes lorries in Derby. "


def rounds(text: str) -> list[set[tuple[str, str]]]:
    return [{(p["name"], p["role"]) for p in e["parties"]}
            for e in extract_events(page("en", "News", OPENING + text)) if e["type"] == "funding_round"]


VENTURE_ITSELF = [
    ("The cells come from Kelpcore, the joint venture Corvane set up in 2022 with Mitsuda Power. The joint venture "
     "raised £30m from Halden Capital last year.", "Kelpcore", "Halden Capital"),
    ("Corvane and Mitsuda Power set up Kelpcore, a joint venture, in 2022. The joint venture raised £30m from "
     "Halden Capital last year.", "Kelpcore", "Halden Capital"),
    ("Its axles are made by Trendle Axle, the joint venture Corvane formed in 2019 with Boskar Steel. The joint "
     "venture secured £12m in funding from Norwick Ventures in March.", "Trendle Axle", "Norwick Ventures"),
]


@pytest.mark.parametrize("text,venture,investor", VENTURE_ITSELF)
def test_the_joint_venture_is_the_venture_named_before(text, venture, investor):
    assert {(venture, "investee"), (investor, "investor")} in rounds(text)


@pytest.mark.parametrize("text,venture,investor", VENTURE_ITSELF)
def test_no_founder_takes_the_venture_money(text, venture, investor):
    founders = {"Corvane Motors", "Mitsuda Power", "Boskar Steel"}
    assert not any((f, "investee") in r for r in rounds(text) for f in founders)
