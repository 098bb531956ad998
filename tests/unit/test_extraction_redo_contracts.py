"""Contracts told by their end, their talks or their term: an award annulled or cancelled is a terminated contract
("anuló la adjudicación provisional a Y", "a annulé le marché attribué à Y"), talks over a contract are a rumoured
one ("in talks with Y over a new kit deal", "discute avec Y d'un contrat de franchise", "in discussions with Y
about a further order"), and a power purchase agreement with its term before its partner ("a 12-year PPA with Y",
"un PPA d'une durée de quinze ans avec Y") is a contract whose signer supplies (sentences written for these tests)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def contracts(lang: str, text: str) -> list[dict]:
    found = extract_events(page(lang, "Nachrichten" if lang == "de" else "News", text, published="2025-06-12"))
    return [e for e in found if e["type"] == "contract"]


@pytest.mark.parametrize("lang,text,customer,supplier", [
    ("es", "En marzo, el Ayuntamiento de Soria anuló la adjudicación provisional a Construcciones Moncayo por "
     "defectos en la oferta.", "Ayuntamiento de Soria", "Construcciones Moncayo"),
    ("es", "En marzo, el Ayuntamiento de Soria canceló el contrato de limpieza adjudicado a Construcciones Moncayo "
     "por defectos en la oferta.", "Ayuntamiento de Soria", "Construcciones Moncayo"),
    ("fr", "En mars, la Métropole de Lyon a annulé le marché attribué à la société Bâtiroute pour des retards "
     "répétés.", "Métropole de Lyon", "Bâtiroute"),
])
def test_an_annulled_award_is_a_terminated_contract(lang, text, customer, supplier):
    (event,) = contracts(lang, text)
    assert parties(event) == {(customer, "customer"), (supplier, "supplier")}
    assert event["status"] == "terminated" and event["date"] == "2025-03"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Kelso Rovers is in talks with sportswear maker Draycott over a new four-year kit deal.",
     {("Kelso Rovers", "customer"), ("Draycott", "supplier")}),
    ("fr", "Selon nos informations, Maison Orvel discute avec le groupe Hôtelia d'un contrat de franchise "
     "pour ses hôtels de gare.", {("Maison Orvel", "customer"), ("Hôtelia", "supplier")}),
    ("en", "Brenmore Marine said it was in discussions with the port operator Aarhus Havn about a further order for "
     "patrol boats.", {("Brenmore Marine", "supplier"), ("Aarhus Havn", "customer")}),
])
def test_talks_over_a_contract_are_a_rumoured_contract(lang, text, expected):
    (event,) = contracts(lang, text)
    assert parties(event) == expected
    assert event["status"] == "rumored"


@pytest.mark.parametrize("lang,text,seller,buyer", [
    ("en", "Harrow Wind has signed a 12-year PPA with the steelmaker Corran Steel.", "Harrow Wind", "Corran Steel"),
    ("fr", "Le producteur Ventaris a signé un contrat d'achat d'électricité (PPA) d'une durée de quinze ans avec le "
     "groupe chimique Arkéol.", "Ventaris", "Arkéol"),
    ("fr", "Le producteur Ventaris a signé un PPA de quinze ans avec le groupe chimique Arkéol.", "Ventaris", "Arkéol"),
    ("es", "La eléctrica Solvento ha firmado un PPA a quince años con la papelera Celunor.", "Solvento", "Celunor"),
])
def test_a_ppa_with_its_term_is_a_contract_of_its_signer(lang, text, seller, buyer):
    (event,) = contracts(lang, text)
    assert parties(event) == {(seller, "supplier"), (buyer, "customer")}
