"""A sentence told "damals" / "at the time" / "à l'époque" with no date of its own takes the date the sentence before
names last (datesAB, topic A F9: a background listing dated by its neighbour)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Brennwerk AG ist seit dem Börsengang im Juni 2018 im Prime Standard notiert. Mit der Erstnotiz damals "
     "flossen der Firma 120 Mio. Euro zu.", "2018-06"),
    ("Die Brennwerk AG ist seit 2018 an der SIX kotiert. Mit der Erstnotiz damals flossen der Firma 120 Mio. "
     "Franken zu.", "2018"),
])
def test_listing_told_back_then_takes_the_date_before(text, expected):
    (event,) = extract_events(page("de", "Nachrichten", text, published="2026-03-12"))
    assert (event["type"], event["status"], event["date"]) == ("ipo", "completed", expected)


def test_own_date_wins_over_the_date_before():
    text = ("Die Brennwerk AG ist seit 2018 an der SIX kotiert. Damals wie heute ist sie profitabel, und im März "
            "2024 kaufte sie die Oltmann GmbH.")
    (event,) = [e for e in extract_events(page("de", "Nachrichten", text, published="2026-03-12"))
                if e["type"] == "acquisition"]
    assert event["date"] == "2024-03"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Vientos Ibéricos cerró una ronda de 3 millones de euros en 2024. Poco después, la empresa cerró una ronda "
           "de 6 millones de euros con Nazca Capital."),
    ("en", "Brimley Castings raised $3m in a seed round in 2024. Shortly afterwards, Brimley Castings raised $6m in a "
           "round led by Ashgrove Ventures."),
])
def test_a_round_shortly_after_takes_the_year_before(lang, text):
    events = extract_events(page(lang, "News", text, published="2026-03-12"))
    assert [e["date"] for e in events if e["type"] == "funding_round"] == ["2024", "2024"]
