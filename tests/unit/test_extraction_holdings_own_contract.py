"""A firm's own contract with another (holdingsA, F7): "Son contrat d'approvisionnement avec Y, en vigueur depuis
2018", "Su contrato con Y, vigente desde 2021", "Its contract with Y, in force since 2021" is one the firm holds as
the supplier; the other, after "with", is the customer (it was read the other way round). Sentences written for
these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


@pytest.mark.parametrize(("lang", "title", "paragraphs", "supplier", "customer", "date"), [
    ("fr", "Valmorel cède sa branche biscuits",
     ("Le groupe laitier Valmorel a signé mardi la cession de sa branche biscuits. Le groupe a toutefois sécurisé un "
      "débouché important.", "Son contrat d'approvisionnement avec Carrefin pour les produits laitiers à marque de "
      "distributeur, en vigueur depuis 2018, a été reconduit pour trois ans, a précisé la direction."),
     "Valmorel", "Carrefin", "2018"),
    ("es", "Quesos Lara", ("Quesos Lara negocia su fusión con Lácteos Sil.",
                           "Su contrato con Supermercados Tajo, vigente desde 2021, se mantiene."),
     "Quesos Lara", "Supermercados Tajo", "2021"),
    ("en", "Halden", ("Halden Foods is in talks with Brisac Group.",
                      "Its contract with Morrow Stores, in force since 2021, runs to 2027."),
     "Halden Foods", "Morrow Stores", "2021"),
])
def test_own_contract_is_held_as_supplier(lang: str, title: str, paragraphs: tuple[str, ...], supplier: str,
                                          customer: str, date: str) -> None:
    events = [e for e in extract_events(page(lang, title, *paragraphs)) if e["type"] == "contract"]
    assert len(events) == 1, events
    assert (events[0]["status"], events[0]["date"]) == ("ongoing", date)
    assert parties(events[0]) == {(supplier, "supplier"), (customer, "customer")}


def test_contract_signed_with_a_supplier_keeps_its_customer() -> None:
    (event,) = [e for e in extract_events(page("en", "News", "Morrow Stores signed a contract with Halden Foods on "
                                                              "Tuesday.")) if e["type"] == "contract"]
    assert parties(event) == {("Morrow Stores", "customer"), ("Halden Foods", "supplier")}
