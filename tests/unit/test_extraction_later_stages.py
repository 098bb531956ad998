"""A deal's later stage told apart from its first statement (branch status3): an agreement dated to an earlier
year and its prohibition or close dated now are one deal with the later status. Sentences written for these
tests, with invented firms."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

PUBLISHED = "2025-06-13"  # a Friday


def events(lang: str, *paragraphs: str) -> list[tuple[str, str, str | None]]:
    """Type, status and date of the events of a page."""
    return [(e["type"], e["status"], e["date"]) for e in extract_events(page(lang, *paragraphs, published=PUBLISHED))]


AGREED_THEN_BLOCKED = [
    ("en", "Market news", "Brontel Systems agreed in October 2024 to buy Kavori Labs for $300 million. On Wednesday "
     "regulators prohibited the acquisition of Kavori Labs by Brontel Systems."),
    ("fr", "Actualité", "Le groupe Brontel avait annoncé en octobre 2024 le rachat de Kavori Labs pour 300 millions "
     "d'euros. Mercredi, la Commission a interdit le rachat de Kavori Labs par Brontel."),
    ("es", "Actualidad", "El grupo Brontel acordó en octubre de 2024 la compra de Kavori Labs por 300 millones de euros. "
     "El miércoles, la Comisión prohibió la compra de Kavori Labs por Brontel."),
    ("de", "Nachrichten", "Die Brontel AG hatte im Oktober 2024 die Übernahme der Kavori Labs für 300 Millionen Euro "
     "vereinbart. Am Mittwoch untersagte die Kommission die Übernahme der Kavori Labs durch Brontel."),
]


@pytest.mark.parametrize(("lang", "title", "text"), AGREED_THEN_BLOCKED)
def test_agreement_of_last_year_blocked_now_is_one_terminated_deal(lang, title, text):
    assert events(lang, title, text) == [("acquisition", "terminated", "2025-06-11")]


def test_agreement_of_last_year_closed_now_is_one_completed_deal():
    assert events("en", "Market news", "Brontel Systems agreed in November 2024 to buy Kavori Labs for $300 million. "
                  "Brontel completed the acquisition of Kavori Labs on Monday.") == [
        ("acquisition", "completed", "2025-06-09")]


def test_deal_done_years_before_another_agreement_stays_apart():
    assert sorted(events("en", "Market news", "Brontel Systems bought Kavori Labs in 2019. On Monday Brontel agreed to "
                         "buy Kavori Labs's former parent Ostrel for $90 million.")) == [
        ("acquisition", "announced", "2025-06-09"), ("acquisition", "completed", "2019")]
