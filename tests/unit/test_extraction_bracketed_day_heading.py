"""A newsletter's item heading that ends on its day in brackets ("Green bottles for Brisewell (June 6)") dates the
item's first sentence below it, which names no day of its own, not a day an earlier item named; an item under a
plain heading keeps the page's day."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def dates(heading: str) -> dict[str, str]:
    return {e["type"]: e["date"] for e in extract_events(page(
        "en", "Weekly drinks briefing", "A pub chain reopens (June 2)",
        "The Larkspur pub chain reopened four sites on Monday.", heading,
        "Dutch water brand Brisewell has signed a five-year supply agreement with Tarnholm Packaging.",
        published="2025-06-12"))}


def test_a_heading_s_bracketed_day_dates_its_item() -> None:
    assert dates("Green bottles for Brisewell (June 6)") == {"contract": "2025-06-06"}
    assert dates("Brisewell bottles go green (June 6)") == {"contract": "2025-06-06"}
