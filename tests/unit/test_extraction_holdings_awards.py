"""Contracts told without an award verb (holdingsA): a supplier chosen in the passive with its work right after ("X
had been chosen to build the two dredgers", the buyer the one who said so), vehicles built for a public customer
with no contract noun ("va construire six navettes pour la Région Y", "construirá seis lanchas para la Xunta").
Probes: a supplier chosen with no buyer named, goods built to do something (an infinitive after "pour/para").
Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _contracts(lang: str, title: str, sentence: str) -> list[dict]:
    return [e for e in extract_events(page(lang, title, sentence, published="2026-05-14")) if e["type"] == "contract"]


@pytest.mark.parametrize(("lang", "title", "sentence", "customer", "supplier"), [
    ("en", "Dredger order", "The Highways Agency confirmed on Monday that Moray Shipbuilders had been chosen to build "
                            "the two dredgers.", "Highways Agency", "Moray Shipbuilders"),
    ("en", "Dredger order", "Moray Shipbuilders has been chosen to build two dredgers, the Highways Agency said.",
     "Highways Agency", "Moray Shipbuilders"),
    ("fr", "Commande", "Le chantier naval Brisac va construire six navettes électriques pour la Région Bretagne.",
     "Région Bretagne", "Brisac"),
    ("es", "Pedido", "Astilleros Brisac construirá seis lanchas eléctricas para la Xunta de Galicia.",
     "Xunta de Galicia", "Astilleros Brisac"),
])
def test_contract_told_without_an_award_verb(lang: str, title: str, sentence: str, customer: str,
                                             supplier: str) -> None:
    (event,) = _contracts(lang, title, sentence)
    assert event["status"] == "announced"
    assert parties(event) == {(customer, "customer"), (supplier, "supplier")}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Moray Shipbuilders has been chosen to build two dredgers."),
    ("fr", "Le chantier naval Brisac construit des navettes pour transporter les touristes de Vellor."),
    ("es", "Astilleros Brisac construirá seis lanchas para transportar turistas."),
])
def test_no_buyer_no_contract(lang: str, sentence: str) -> None:
    assert _contracts(lang, "News", sentence) == []
