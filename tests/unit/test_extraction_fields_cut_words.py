"""A deal's sum read beside a firm whose name ends like a cue (branch fields, session 33): the characters read before a
figure start at a whole word, so the tail of a name ("Longreach" ends in "each") is no
price per item. Sentences written for these tests; the look-alikes keep their result."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def amount(lang: str, kind: str, text: str) -> float | None:
    (event,) = [e for e in extract_events(page(lang, "News", text, published="2025-10-03")) if e["type"] == kind]
    return event["amount"]["value"] if event["amount"] else None


NAME_TAILS = [
    ("en", "Boat builder Longreach Marine was awarded a $48 million contract by the U.S. Coast Guard on Thursday to "
           "supply patrol craft."),
    ("en", "Engineering group Outreach Systems was awarded a $48 million contract by the U.S. Navy on Thursday to "
           "supply sonar buoys."),
]


@pytest.mark.parametrize(("lang", "text"), NAME_TAILS)
def test_name_ending_like_a_cue_leaves_the_sum(lang, text):
    assert amount(lang, "contract", text) == 48e6


def test_price_per_item_still_no_sum():
    assert amount("en", "contract", "Longreach Marine was awarded a contract by the U.S. Coast Guard on Thursday "
                                    "to supply 40 patrol craft at $1.2 million each.") is None
