"""A collaboration told in the present ("travaille avec") is standing: ongoing, undated but for its start
(datesAB, topic B F6c)."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def test_works_with_in_the_present_is_ongoing_and_undated():
    text = "Maréval travaille par ailleurs avec la métropole de Lyon sur une expérimentation de capteurs."
    (event,) = extract_events(page("fr", "Actualités", text, published="2026-11-12"))
    assert (event["type"], event["status"], event["date"]) == ("partnership", "ongoing", None)


def test_new_partnership_stays_announced():
    text = "Maréval a signé un partenariat avec la métropole de Lyon pour tester ses capteurs."
    (event,) = extract_events(page("fr", "Actualités", text, published="2026-11-12"))
    assert (event["status"], event["date"]) == ("announced", "2026-11-12")
