"""Completed deals told in the perfect or simple past, a debut and money taken in a listing (datesAB)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "Harwick Tools has acquired Brimley Castings, the Sheffield foundry said.", "acquisition"),
    ("en", "Brimley Castings has been acquired by Harwick Tools in a deal worth £40m.", "acquisition"),
    ("en", "Harwick Tools said on Monday it had bought Brimley Castings.", "acquisition"),
    ("en", "Harwick Tools has in fact bought 9.5% of Brimley Castings for £15m, according to a filing.", "investment"),
    ("es", "Grupo Almendral concretó el lunes la adquisición de Textiles Boreal.", "acquisition"),
    ("es", "Grupo Almendral adquirió la compañía Textiles Boreal por un monto no revelado.", "acquisition"),
    ("es", "Vientos Ibéricos capta 30 millones de euros en su salida a bolsa.", "ipo"),
    ("es", "Vientos Ibéricos ha debutado hoy en BME Growth con una subida del 9%.", "ipo"),
])
def test_deal_told_as_done_is_completed(lang, text, kind):
    events = [e for e in extract_events(page(lang, "Noticias" if lang == "es" else "News", text))
              if e["type"] == kind]
    assert [e["status"] for e in events] == ["completed"]


def test_agreement_to_buy_stays_announced():
    (event,) = extract_events(page("en", "News", "Harwick Tools has agreed to acquire Brimley Castings for £40m."))
    assert event["status"] == "announced"


def test_option_bought_is_no_completed_purchase():
    events = extract_events(page("en", "News", "Harwick Tools has bought an option to acquire Brimley Castings."))
    assert all(e["status"] != "completed" for e in events)


def test_goods_bought_for_years_stay_a_standing_supply():
    events = extract_events(page("en", "News", "Harwick Tools has bought its castings from Brimley Foundry for more "
                                               "than ten years."))
    assert all(e["status"] != "completed" for e in events)
