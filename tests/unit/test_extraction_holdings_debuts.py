"""A first day of trading told by its noun (holdingsA, es): "completó ayer su primer día de cotización", "vivió ayer
su estreno bursátil", "su primera sesión bursátil" are a listing that took place (completed, the first trading day);
one still to come is announced. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


@pytest.mark.parametrize(("sentence", "status", "date"), [
    ("Andina Foods completó ayer su primer día de cotización en la Bolsa de Lima.", "completed", "2024-03-13"),
    ("Andina Foods vivió ayer su estreno bursátil en la Bolsa de Lima.", "completed", "2024-03-13"),
    ("Andina Foods cerró ayer su primera sesión bursátil con una subida del 8%.", "completed", "2024-03-13"),
    ("Andina Foods vivirá el jueves su primera jornada de cotización en la Bolsa de Lima.", "announced", "2024-03-14"),
])
def test_first_trading_day_told_by_its_noun(sentence: str, status: str, date: str) -> None:
    (event,) = extract_events(page("es", "Bolsa", sentence))
    assert (event["type"], event["status"], event["date"]) == ("ipo", status, date)
    assert parties(event) == {("Andina Foods", "issuer")}
