"""A weekday between a firm's reporting verb and its clause ("X said on Thursday it had raised ...") leaves the
lone word opening the sentence its subject, as without the day (branch english)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


@pytest.mark.parametrize("text", [
    "Brindleway said on Thursday it has closed a $45 million Series C.",
    "Brindleway said Thursday it has closed a $45 million Series C.",
    "Brindleway announced on Thursday it had raised $45 million.",
])
def test_a_round_told_after_said_and_a_weekday_keeps_its_investee(text: str) -> None:
    (event,) = [e for e in extract_events(page("en", "News", text)) if e["type"] == "funding_round"]
    assert parties(event) == {("Brindleway", "investee")}
    assert event["amount"]["value"] == 45e6


def test_a_lead_investor_after_the_weekday_is_no_investee() -> None:
    text = "Brindleway said on Thursday it had raised $45 million in a Series C round led by Ostrava Ventures."
    (event,) = [e for e in extract_events(page("en", "News", text)) if e["type"] == "funding_round"]
    assert parties(event) == {("Brindleway", "investee"), ("Ostrava Ventures", "investor")}


def test_a_weekday_alone_makes_no_name_of_a_word_before_it() -> None:
    assert extract_events(page("en", "News", "Brindleway rose on Thursday after a strong week.")) == []
