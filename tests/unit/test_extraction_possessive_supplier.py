"""Contracts whose supplier is told only by a possessive, or whose customer is told by an order or an ended
contract (issue 3, possess19): "X, one of its largest customers", "X figure parmi ses clients", "X utiliza su
tecnología desde 2021" (the possessor supplies, the firm the discourse is at); "cancelled a £310m order for 42
turbines from Y" (the orderer is the customer); "rescindió el contrato que había adjudicado a Y", "a résilié le
contrat qui la liait à Y" (who ends it is the customer, not the supplier the contract noun would make it).
An investor's own vehicle ("via its venture arm X", "a través de su vehículo X") is no investee. Probes that stay
no contract: a firm's own customers or products, customers counted, an order book. Sentences written for these
tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_cues_standing_relations import FIRM, INTRO
from tests.unit.test_extraction_roles import page, parties

CUSTOMER, SUPPLIER = "customer", "supplier"


def _contracts(lang: str, sentence: str) -> list[dict]:
    title, intro = INTRO[lang]
    return [e for e in extract_events(page(lang, title, f"{intro} {sentence}")) if e["type"] == "contract"]


@pytest.mark.parametrize(("lang", "sentence", "customer"), [
    ("en", "Harbor Foods, one of its largest customers, renewed its order in March.", "Harbor Foods"),
    ("en", "Harbor Foods, one of its biggest clients, uses the arms in three plants.", "Harbor Foods"),
    ("en", "Harbor Foods is among its customers.", "Harbor Foods"),
    ("en", "Harbor Foods is one of its customers.", "Harbor Foods"),
    ("fr", "Le groupe Harbor Alimentaire figure parmi ses clients.", "Harbor Alimentaire"),
    ("fr", "Harbor Alimentaire compte parmi ses clients depuis 2021.", "Harbor Alimentaire"),
    ("es", "Harbor Alimentos figura entre sus clientes.", "Harbor Alimentos"),
    ("es", "Harbor Alimentos utiliza su tecnología desde 2021.", "Harbor Alimentos"),
])
def test_the_possessor_supplies_the_firm_named_before(lang: str, sentence: str, customer: str) -> None:
    events = _contracts(lang, sentence)
    assert [parties(e) for e in events] == [{(customer, CUSTOMER), (FIRM[lang], SUPPLIER)}]
    assert events[0]["status"] == "ongoing"


@pytest.mark.parametrize(("lang", "sentence", "status"), [
    ("en", "Brenwick Rail has placed an order for 42 turbines from Kronfeld Energy.", "announced"),
    ("en", "Brenwick Rail cancelled a £310m order for 42 turbines from Kronfeld Energy.", "terminated"),
    ("en", "Brenwick Rail has cancelled its order for 42 turbines from Kronfeld Energy.", "terminated"),
    ("fr", "Brenwick Transports a passé commande auprès de Kronfeld Energie de douze trains.", "announced"),
    ("es", "Brenwick Transportes encargó a Kronfeld Energía 20 trenes.", "announced"),
    # a contract ended by its customer, its supplier after the verb that had given it
    ("en", "Brenwick Rail terminated the contract it had awarded to Kronfeld Energy.", "terminated"),
    ("fr", "Brenwick Transports a résilié le contrat qui la liait à Kronfeld Energie.", "terminated"),
    ("fr", "Brenwick Transports a résilié le contrat de maintenance qu'elle avait attribué à Kronfeld Energie.",
     "terminated"),
    ("es", "Brenwick Transportes rescindió el contrato de mantenimiento que había adjudicado a Kronfeld Energía.",
     "terminated"),
])
def test_the_orderer_or_the_one_who_ends_the_contract_is_the_customer(lang: str, sentence: str, status: str) -> None:
    events = _contracts(lang, sentence)
    assert len(events) == 1, events
    (customer, _), = [p for p in parties(events[0]) if p[1] == CUSTOMER]
    (supplier, _), = [p for p in parties(events[0]) if p[1] == SUPPLIER]
    assert customer.startswith("Brenwick") and supplier.startswith("Kronfeld")
    assert events[0]["status"] == status


def test_an_order_cancelled_keeps_its_sum() -> None:
    events = _contracts("en", "Brenwick Rail cancelled a £310m order for 42 turbines from Kronfeld Energy.")
    assert [(e["amount"] or {}).get("value") for e in events] == [310e6]


@pytest.mark.parametrize(("lang", "sentence"), [
    # the possessive is the subject's own: its customers, its software
    ("en", "Harbor Foods lost one of its customers in May."),
    ("en", "Harbor Foods sells robots to one of its largest customers."),
    ("en", "Harbor Foods bought robots for one of its clients."),
    ("en", "Harbor Foods has used its own software since 2020."),
    ("en", "Harbor Foods, one of its rivals, cut prices."),
    ("fr", "Harbor Alimentaire a perdu l'un de ses clients."),
    ("fr", "Harbor Alimentaire utilise sa propre technologie depuis 2020."),
    ("es", "Harbor Alimentos utiliza su propia tecnología desde 2020."),
    # customers counted, an order book, an order from nobody named
    ("en", "Its customers include more than 300 hospitals."),
    ("en", "Its order book stands at $300 million."),
    ("en", "It has placed an order for 42 turbines."),
    ("fr", "Ses produits sont vendus par ses propres magasins."),
    ("es", "Sus clientes son hospitales y ayuntamientos."),
])
def test_look_alikes_are_no_contract(lang: str, sentence: str) -> None:
    assert _contracts(lang, sentence) == []


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Harbor Capital invested $5 million in the company via its venture arm Harbor Ventures."),
    ("en", "Harbor Capital invested $5 million in the company through its investment vehicle Harbor Ventures."),
    ("fr", "Harbor Capital a investi 5 millions d'euros dans la société par l'intermédiaire de son véhicule "
           "Harbor Ventures."),
    ("es", "Harbor Capital invirtió 5 millones de euros en la compañía a través de su vehículo Harbor Ventures."),
])
def test_the_investors_own_vehicle_is_no_investee(lang: str, sentence: str) -> None:
    title, intro = INTRO[lang]
    events = [e for e in extract_events(page(lang, title, f"{intro} {sentence}")) if e["type"] == "investment"]
    assert [parties(e) for e in events] == [{("Harbor Capital", "investor"), (FIRM[lang], "investee")}]
