""""This week" dates the news on the page's publication day; "last week" stays as precise as its days agree
(datesAB, topic B F7e)."""

import datetime as dt

import pytest

from streams.extraction import dates, extract_events
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("fr", "Le groupe a finalisé cette semaine le rachat.", "2026-03-12"),
    ("es", "Los medios lo publicaron esta semana.", "2026-03-12"),
    ("en", "The deal closed this week.", "2026-03-12"),
    ("fr", "Le groupe a signé l'accord la semaine dernière.", "2026-03"),
])
def test_this_week_is_the_publication_day(lang, sentence, expected):
    assert [d.value for d in dates.find(sentence, 0, lexicon(lang), dt.date(2026, 3, 12))] == [expected]


def test_purchase_finalised_this_week_takes_the_publication_day():
    text = "Le groupe Maréval a finalisé cette semaine le rachat de la société Pyrelis."
    (event,) = extract_events(page("fr", "Actualités", text, published="2026-03-12"))
    assert (event["status"], event["date"]) == ("completed", "2026-03-12")
