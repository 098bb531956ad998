"""Standing supplies told without a contract word (cuesB, recall shape R5): goods bought in from a supplier with the
separable verb last ("Der Kreis kauft seit 2021 Grünstrom bei den Stadtwerken X ein": a supply, no purchase of a firm
called "Grünstrom") and a service a supplier runs for a customer ("X assure depuis 2021 la téléconsultation de la
Mutuelle Y"): ongoing contracts since their start; a buyer in talks with a supplier about using its product ("spricht
mit X über eine Nutzung der Software", told "laut Branchenkreisen"): a contract rumored. Sentences written for these
tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


@pytest.mark.parametrize(("lang", "title", "body", "customer", "supplier"), [
    ("de", "Landkreis Ostheim setzt auf Grünstrom", "Der Landkreis Ostheim kauft seit 2021 Grünstrom bei den "
     "Stadtwerken Ostheim ein; der Liefervertrag gilt bis 2028.", "Landkreis Ostheim", "Stadtwerke Ostheim"),
    ("de", "Landkreis Ostheim digitalisiert", "Der Landkreis Ostheim kauft seit 2021 Rechenleistung beim "
     "Dienstleister Kronfeld IT ein.", "Landkreis Ostheim", "Kronfeld IT"),
    ("fr", "Vitalis et Dokto fusionnent", "Les start-up Vitalis et Dokto fusionnent. Dokto assure depuis 2021 la "
     "téléconsultation de la Mutuelle Horizon, un contrat que reprendra la nouvelle entité.", "Mutuelle Horizon",
     "Dokto"),
])
def test_a_standing_supply(lang: str, title: str, body: str, customer: str, supplier: str) -> None:
    events = extract_events(page(lang, title, body))
    assert [(parties(e), e["status"], e["date"]) for e in events if e["type"] == "contract"] == [
        ({(customer, "customer"), (supplier, "supplier")}, "ongoing", "2021")]
    assert [e for e in events if e["type"] == "acquisition"] == []


@pytest.mark.parametrize("sentence", [
    "Laut Branchenkreisen spricht das Land Thüringen mit Kiwisoft über eine landesweite Nutzung der Software.",
    "Der Freistaat Thüringen verhandelt mit Kiwisoft über die Lieferung von 3000 Lizenzen.",
])
def test_a_buyer_in_talks_about_using_a_product_is_a_rumored_contract(sentence: str) -> None:
    events = extract_events(page("de", "Kiwisoft expandiert", f"Die Kiwisoft GmbH aus Jena wächst. {sentence}"))
    ((names, state),) = [({n for n, _ in parties(e)}, e["status"]) for e in events if e["type"] == "contract"]
    assert state == "rumored" and "Kiwisoft" in names and len(names) == 2
