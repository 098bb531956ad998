"""Contracts told from the customer's side (issue 3, order17): the customer as the subject of an ordering or
awarding verb with the supplier after "from/with/to/bei/an/à/auprès de/a", and the supplier as the subject of a
service whose customer owns what is serviced ("X has maintained Y's fleet under a support contract": Y owns the
fleet, so the possessive is the customer, not the contract's agent), and a customer's contract told by where it
went ("the Y contract was awarded to X"); and look-alikes that state no contract (goods
ordered from nobody named, a court's order, a sale to a buyer, a job given to a person). Sentences written for
these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

CUSTOMER, SUPPLIER = "customer", "supplier"


def _events(lang: str, sentence: str) -> list[dict]:
    return extract_events(page(lang, "Nachrichten" if lang == "de" else "News", sentence))


@pytest.mark.parametrize(("lang", "sentence", "customer", "supplier"), [
    # the supplier as the subject of a service, the customer as the owner of what is serviced
    ("en", "Tallis Services has maintained Halvern Rail's fleet under a support contract since 2019.",
     "Halvern Rail", "Tallis Services"),
    ("en", "Tallis Aero has serviced Halvern Airways' regional jets under a long-term maintenance contract since 2020.",
     "Halvern Airways", "Tallis Aero"),
    ("en", "Tallis Data runs Halvern Bank's two data centres under a multi-year service contract.",
     "Halvern Bank", "Tallis Data"),
    ("en", "Tallis Services maintains the fleet of Halvern Rail under a support contract.", "Halvern Rail",
     "Tallis Services"),
    ("fr", "Tallis Services assure l'entretien des rames de Halvern Rail.", "Halvern Rail", "Tallis Services"),
    ("es", "Tallis Servicios gestiona la flota de Halvern Renfe.", "Halvern Renfe", "Tallis Servicios"),
    # the customer as the subject of an ordering or awarding verb, the supplier after its preposition
    ("en", "Halvern Rail has ordered 20 trains from Tallis Mobility.", "Halvern Rail", "Tallis Mobility"),
    ("en", "Halvern Rail placed a €300m order with Tallis Mobility for 20 trains.", "Halvern Rail", "Tallis Mobility"),
    ("en", "Halvern Rail has awarded a £40m maintenance contract to Tallis Mobility.", "Halvern Rail",
     "Tallis Mobility"),
    ("de", "Die Halvern AG hat 20 Züge bei der Tallis GmbH bestellt.", "Halvern", "Tallis"),
    ("de", "Die Halvern AG vergibt den Auftrag für die Wartung an die Tallis GmbH.", "Halvern", "Tallis"),
    ("fr", "Halvern Rail a commandé 20 trains à Tallis Mobilité.", "Halvern Rail", "Tallis Mobilité"),
    ("fr", "Halvern Rail a passé commande auprès de Tallis Mobilité de 20 trains.", "Halvern Rail", "Tallis Mobilité"),
    ("fr", "Halvern Rail a confié à Tallis Services la maintenance de ses rames.", "Halvern Rail", "Tallis Services"),
    ("es", "Halvern Renfe encargó a Tallis Movilidad 20 trenes.", "Halvern Renfe", "Tallis Movilidad"),
    ("es", "Halvern Renfe ha pedido 20 trenes a Tallis Movilidad.", "Halvern Renfe", "Tallis Movilidad"),
    # a customer's contract told by where it went
    ("en", "The Halvern Rail contract was awarded to Tallis Mobility.", "Halvern Rail", "Tallis Mobility"),
    ("en", "Halvern Rail's £40m maintenance contract was awarded to Tallis Mobility in March.", "Halvern Rail",
     "Tallis Mobility"),
])
def test_customer_and_supplier(lang: str, sentence: str, customer: str, supplier: str) -> None:
    events = [e for e in _events(lang, sentence) if e["type"] == "contract"]
    assert len(events) == 1, events
    assert parties(events[0]) == {(customer, CUSTOMER), (supplier, SUPPLIER)}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Halvern Rail has ordered 20 new trains for its network."),
    ("en", "A court ordered Halvern Rail to pay Tallis Mobility damages."),
    ("en", "Halvern Rail has awarded the job to John Smith."),
    ("en", "Halvern Rail's engineers maintain the trains under a support contract."),
    ("de", "Die Halvern AG hat 20 Busse bestellt."),
    ("fr", "Le tribunal a ordonné à Halvern Rail de payer Tallis Mobilité."),
    ("fr", "Halvern Rail a confié la direction à Jean Dupont."),
    ("es", "Halvern Renfe ha pedido 20 trenes nuevos."),
])
def test_no_contract(lang: str, sentence: str) -> None:
    assert not [e for e in _events(lang, sentence) if e["type"] == "contract"]


def test_sale_to_a_buyer_stays_a_sale() -> None:
    events = _events("de", "Die Halvern AG verkauft die Sparte an die Tallis GmbH.")
    assert [e["type"] for e in events] == ["acquisition"]
    assert parties(events[0]) == {("Halvern", "seller"), ("Tallis", "acquirer")}
