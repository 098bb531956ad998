"""A planned closing day dates no deal: the announcement does (datesAB, topic B F7b)."""

import datetime as dt

import pytest

from streams.extraction import dates, extract_events
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Der Vollzug ist zum 1. Januar vorgesehen."),
    ("de", "Der Abschluss wird zum 1. Januar angepeilt."),
    ("fr", "La finalisation est prévue le 1er octobre."),
    ("fr", "L'opération doit être finalisée au 1er octobre."),
])
def test_planned_day_is_no_date(lang, sentence):
    assert dates.find(sentence, 0, lexicon(lang), dt.date(2026, 9, 12)) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Brennwerk AG übernimmt die Oltmann GmbH. Der Vollzug ist zum 1. Januar vorgesehen."),
    ("fr", "Le groupe Maréval a annoncé le rachat de Pyrelis, dont la finalisation est prévue le 1er octobre."),
])
def test_deal_with_planned_closing_takes_the_news_day(lang, text):
    (event,) = extract_events(page(lang, "Actualités", text, published="2026-09-12"))
    assert (event["status"], event["date"]) == ("announced", "2026-09-12")


@pytest.mark.parametrize("text", [
    "Die Brennwerk AG hat die für Mitte Dezember vorgesehene Erstnotiz gestrichen, wie das Unternehmen am "
    "Dienstagabend mitteilte.",
    "Die Brennwerk AG hat ihren für Dezember geplanten Börsengang abgesagt, wie das Unternehmen am Dienstag "
    "mitteilte.",
])
def test_listing_called_off_is_dated_by_the_cancellation_not_the_planned_month(text):
    (event,) = extract_events(page("de", "Nachrichten", text, published="2026-11-12"))
    assert (event["type"], event["status"], event["date"]) == ("ipo", "terminated", "2026-11-10")
