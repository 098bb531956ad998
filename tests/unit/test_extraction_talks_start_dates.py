"""F8: the day talks began ("les négociations engagées le 3 juillet", "talks begun on July 3", "las negociaciones
iniciadas el 3 de julio") is a starting point, never the day the talks ended."""

import datetime as dt

import pytest

from streams.extraction import dates, extract_events
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Ils renoncent aux négociations exclusives engagées le 3 juillet 2026."),
    ("en", "They ended the merger talks begun on July 3."),
    ("es", "Abandonan las negociaciones iniciadas el 3 de julio."),
])
def test_start_of_talks_is_a_starting_point(lang, sentence):
    (found,) = dates.find(sentence, 0, lexicon(lang), dt.date(2026, 10, 15))
    assert found.since


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("fr", "Fin des négociations entre Arvel et Cerise", "Arvel et Cerise ont annoncé lundi qu'ils renoncent aux "
     "négociations exclusives engagées le 3 juillet 2026 en vue du rachat de Cerise par Arvel."),
    ("es", "Ribera y Tornos rompen", "Ribera y Tornos anunciaron el lunes que abandonan las negociaciones de fusión "
     "iniciadas el 3 de julio."),
])
def test_ended_talks_are_dated_when_they_end(lang, title, text):
    (event,) = extract_events(page(lang, title, text, published="2026-10-15"))
    assert event["status"] == "terminated"
    assert event["date"] == "2026-10-12"
