"""F9: a purchase the news finances, agreed earlier in a relative clause ("den Kauf der Y finanzieren, den sie im
Dezember vereinbart hatte"), is announced: its earlier date makes no completed deal of the main clause."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def test_purchase_agreed_in_a_relative_clause_is_announced():
    (event,) = extract_events(page("de", "Kapitalerhöhung", "Die Halden AG will mit der Kapitalerhöhung den Kauf der "
                                   "Wessel GmbH finanzieren, den sie im Dezember vereinbart hatte.",
                                   published="2026-03-18"))
    assert (event["type"], event["status"], event["date"]) == ("acquisition", "announced", "2025-12")


def test_purchase_done_in_a_past_year_stays_completed():
    (event,) = extract_events(page("de", "Halden", "Die Halden AG hatte 2019 die Wessel GmbH übernommen.",
                                   published="2026-03-18"))
    assert (event["status"], event["date"]) == ("completed", "2019")
