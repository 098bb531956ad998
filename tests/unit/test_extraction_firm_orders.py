"""An order made firm is a contract, also when a memorandum of understanding is turned into it ("converted a
memorandum of understanding signed in June into a firm order for 30 Y jets"): one order, the memorandum no partnership
of its own."""

import pytest

from tests.unit.test_extraction_competing_cues import events_of


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
