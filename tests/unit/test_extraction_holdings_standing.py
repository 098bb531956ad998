"""Standing relations told in the background without a contract verb (holdingsA): goods sold to a customer "since" a
year are a supply contract running from then (a firm changes hands once, never since a year), and a partnership
whose "between X and Y" comes after a participle and its year ("le partenariat stratégique conclu en 2024 entre X et
Y"). Probes: a unit sold in a year stays an acquisition. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _events(lang: str, sentence: str) -> list[dict]:
    title = {"en": "Markets", "de": "Wirtschaft", "fr": "Économie", "es": "Economía"}[lang]
    return extract_events(page(lang, title, sentence, published="2026-05-14"))


@pytest.mark.parametrize(("lang", "sentence", "supplier", "customer", "date"), [
    ("es", "Panes Ribera vende pan desde 2022 a Correos Express.", "Panes Ribera", "Correos Express", "2022"),
    ("en", "Tallis Foods has sold its sauces to Morrow Stores since 2019.", "Tallis Foods", "Morrow Stores", "2019"),
    ("fr", "La Fromagerie Morvan vend depuis 2014 ses tommes à Carrefin.", "Fromagerie Morvan", "Carrefin", "2014"),
])
def test_goods_sold_since_a_start_are_a_running_supply(lang: str, sentence: str, supplier: str, customer: str,
                                                       date: str) -> None:
    (event,) = _events(lang, sentence)
    assert (event["type"], event["status"], event["date"]) == ("contract", "ongoing", date)
    assert parties(event) == {(supplier, "supplier"), (customer, "customer")}


def test_unit_sold_in_a_year_stays_a_sale() -> None:
    (event,) = _events("en", "Tallis Foods sold its sauce unit to Morrow Stores in 2019.")
    assert (event["type"], event["status"], event["date"]) == ("acquisition", "completed", "2019")
    assert parties(event) == {("Tallis Foods", "seller"), ("Morrow Stores", "acquirer")}


def test_partnership_between_after_its_participle_and_year() -> None:
    (event,) = _events("fr", "L'Initiateur a l'intention de poursuivre le partenariat stratégique conclu en 2024 entre "
                             "Vellor et Brisac Systèmes.")
    assert event["type"] == "partnership" and event["date"] == "2024"
    assert parties(event) == {("Vellor", "partner"), ("Brisac Systèmes", "partner")}


@pytest.mark.parametrize("sentence", [
    "Retailer Morrow Stores, which has used Tallis Robotics' machines in its depots under a long-term deal since 2021, "
    "is expanding.",
    "Morrow Stores has used Tallis Robotics' machines in its depots since 2021.",
])
def test_customer_using_a_suppliers_machines_since_a_start(sentence: str) -> None:
    (event,) = _events("en", sentence)
    assert (event["type"], event["status"], event["date"]) == ("contract", "ongoing", "2021")
    assert parties(event) == {("Morrow Stores", "customer"), ("Tallis Robotics", "supplier")}


def test_own_machines_are_no_contract() -> None:
    assert _events("en", "Morrow Stores has used its own machines in its depots since 2021.") == []


@pytest.mark.parametrize(("lang", "sentence", "supplier", "customer", "status", "date"), [
    ("es", "Conservas Duero suministra desde 2018 las salsas de marca propia de Supermercados Tajo, un contrato que "
           "supone un cuarto de sus ventas.", "Conservas Duero", "Supermercados Tajo", "ongoing", "2018"),
    ("es", "Conservas Duero fabrica las salsas de marca blanca de Supermercados Tajo.", "Conservas Duero",
     "Supermercados Tajo", "announced", "2026-05-14"),
    ("fr", "La Fromagerie Morvan fabrique depuis 2014 les tommes à la marque propre de Carrefin.", "Fromagerie Morvan",
     "Carrefin", "ongoing", "2014"),
    ("en", "Duero Foods has made Tajo Stores' own-label sauces since 2018.", "Duero Foods", "Tajo Stores", "ongoing",
     "2018"),
])
def test_retailers_own_brand_made_by_a_producer(lang: str, sentence: str, supplier: str, customer: str, status: str,
                                                date: str) -> None:
    (event,) = _events(lang, sentence)
    assert (event["type"], event["status"], event["date"]) == ("contract", status, date)
    assert parties(event) == {(supplier, "supplier"), (customer, "customer")}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("es", "Conservas Duero fabrica salsas con su propia marca."),
    ("en", "Duero Foods makes its own-label sauces in Leeds."),
])
def test_own_brand_of_the_producer_is_no_contract(lang: str, sentence: str) -> None:
    assert _events(lang, sentence) == []


@pytest.mark.parametrize(("lang", "sentence", "supplier", "customer"), [
    ("es", "Quesos Lara tiene un contrato de suministro con la Agencia Alimentaria de Egipto, vigente desde 2022.",
     "Quesos Lara", "Agencia Alimentaria de Egipto"),
    ("fr", "Halden Systèmes a un contrat avec la Direction générale de l'armement, en vigueur depuis 2022.",
     "Halden Systèmes", "Direction générale de l'armement"),  # named in full before its comma (romance, s33)
    ("de", "Die Halden AG hat einen Liefervertrag mit der Bundeswehr, der seit 2022 in Kraft ist.", "Halden",
     "Bundeswehr"),
])
def test_contract_in_force_since_a_start_is_ongoing(lang: str, sentence: str, supplier: str, customer: str) -> None:
    (event,) = _events(lang, sentence)
    assert (event["type"], event["status"], event["date"]) == ("contract", "ongoing", "2022")
    assert {n for n, _ in parties(event)} == {supplier, customer}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("es", "Quesos Lara ha firmado un contrato con la Agencia Alimentaria de Egipto que entrará en vigor en julio."),
    ("de", "Die Halden AG hat einen Liefervertrag mit der Bundeswehr unterzeichnet, der im Juli in Kraft tritt."),
])
def test_contract_coming_into_force_is_announced(lang: str, sentence: str) -> None:
    (event,) = _events(lang, sentence)
    assert (event["type"], event["status"]) == ("contract", "announced")
