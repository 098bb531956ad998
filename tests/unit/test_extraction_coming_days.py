"""A day named without its year that comes within weeks after the publication is the coming one, a forecast, not
last year's (datesAB, topic B F7b)."""

import datetime as dt

import pytest

from streams.extraction import dates, extract_events
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page

ANCHOR = dt.date(2026, 9, 12)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Les actionnaires se réuniront le 1er octobre."),
    ("en", "Shareholders meet on October 1."),
    ("de", "Die Hauptversammlung tagt am 1. Oktober."),
])
def test_a_day_weeks_ahead_is_no_past_date(lang, sentence):
    assert dates.find(sentence, 0, lexicon(lang), ANCHOR) == []


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("fr", "L'accord a été signé le 1er septembre.", "2026-09-01"),
    ("en", "The deal was signed on December 1.", "2025-12-01"),
])
def test_a_day_before_or_months_ahead_is_the_most_recent(lang, sentence, expected):
    assert [d.value for d in dates.find(sentence, 0, lexicon(lang), ANCHOR)] == [expected]


def test_deal_with_a_yearless_closing_day_ahead_takes_the_news_day():
    text = "Le groupe Maréval rachète la société Pyrelis. Les actionnaires de Pyrelis se réuniront le 1er octobre."
    (event,) = extract_events(page("fr", "Actualités", text, published="2026-09-12"))
    assert event["date"] == "2026-09-12"
