"""An end is dated by its own statement, not by the earlier stage a relative clause recalls; a venture dissolved is
ended (datesAB, topic B F7b, topic A F8)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def test_withdrawal_is_not_dated_by_the_announcement_it_recalls():
    text = "Grupo Almendral renunció a comprar Textiles Boreal, cuya compra había anunciado en septiembre."
    (event,) = extract_events(page("es", "Noticias", text, published="2026-11-12"))
    assert (event["status"], event["date"]) == ("terminated", "2026-11-12")


def test_venture_dissolved_in_a_subjunctive_clause_is_terminated():
    text = "La caída llegó después de que Vientos Ibéricos disolviera en 2023 la sociedad conjunta pactada con Hidrova."
    (event,) = extract_events(page("es", "Noticias", text, published="2026-03-12"))
    assert (event["type"], event["status"], event["date"]) == ("joint_venture", "terminated", "2023")


def test_listing_request_taken_back_is_terminated_in_its_month():
    text = "Die Brennwerk AG wollte 2023 an die Börse gehen, nahm den Antrag aber im Mai 2023 zurück."
    (event,) = extract_events(page("de", "Nachrichten", text, published="2026-03-12"))
    assert (event["type"], event["status"], event["date"]) == ("ipo", "terminated", "2023-05")


@pytest.mark.parametrize(("text", "kind", "date"), [
    ("Las conversaciones entre Grupo Almendral y Textiles Boreal para una fusión se cayeron en enero.", "merger",
     "2026-01"),
    ("Grupo Almendral y Textiles Boreal decidieron poner fin a su alianza en enero.", "partnership", "2026-01"),
    ("En 2021 Lácteos Norte negoció fusionarse con Láctea Sur, pero las conversaciones se cayeron.", "merger", "2021"),
])
def test_spanish_talks_fallen_through_or_an_end_decided_are_terminated(text, kind, date):
    (event,) = extract_events(page("es", "Noticias", text, published="2026-05-12"))
    assert (event["type"], event["status"], event["date"]) == (kind, "terminated", date)


def test_putting_an_end_to_something_else_ends_no_deal():
    text = "Para poner fin a la crisis, Grupo Almendral compró Textiles Boreal."
    (event,) = extract_events(page("es", "Noticias", text, published="2026-05-12"))
    assert event["status"] == "completed"
