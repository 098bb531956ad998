"""An order made firm is a contract (de "Festbestellung", "verbindliche Bestellung"), also when a memorandum of
understanding is turned into it ("converted a memorandum of understanding signed in June into a firm order for 30 Y
jets"): one order, the memorandum no partnership of its own. A German order "aufgegeben" is placed, not given up."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_competing_cues import events_of
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize("text", [
    "Lorvane Air has signed a firm order for 30 Vantor VA-220 narrowbodies, the airline said on Monday.",
    "Lorvane Air has converted a memorandum of understanding signed in June into a firm order for 30 Vantor VA-220 "
    "narrowbodies, the airline and the manufacturer announced on Monday.",
])
def test_firm_order_is_a_contract(text):
    assert events_of("en", "Order", text) == [("contract", {("Lorvane Air", "customer"), ("Vantor", "supplier")})]


def test_memorandum_alone_stays_a_partnership():
    text = "Lorvane Air and Vantor have signed a memorandum of understanding on sustainable fuels."
    assert events_of("en", "Fuels", text) == [("partnership", {("Lorvane Air", "partner"), ("Vantor", "partner")})]


def test_firm_order_signed_with_its_maker_de():
    text = "Lorvane Air hat mit Vantor eine Festbestellung über 30 Flugzeuge unterzeichnet."
    assert events_of("de", "Bestellung", text) == [("contract", {("Lorvane Air", "customer"), ("Vantor", "supplier")})]


def test_order_placed_is_no_deal_given_up_de():
    placed = "Lorvane Air hat bei Vantor eine verbindliche Bestellung über 30 Flugzeuge aufgegeben."
    given_up = "Nach Protesten der Belegschaft hat die Lorvane AG die geplante Übernahme der Vantor GmbH aufgegeben."
    assert [e["status"] for e in extract_events(page("de", "Bestellung", placed))] == ["announced"]
    assert [e["status"] for e in extract_events(page("de", "Übernahme", given_up))] == ["terminated"]
