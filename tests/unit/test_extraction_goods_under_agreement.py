"""Goods or capacity bought under a supply or offtake agreement are a contract, not an acquisition; a firm
bought, also from a seller named by what it is or by a firm that supplies it, stays an acquisition."""

import pytest

from streams.extraction import extract_events
from streams.extraction.merging import merge
from streams.extraction.statements import Candidate
from tests.unit.test_extraction_roles import page

HEADLINES = {"en": "News", "de": "Nachrichten", "fr": "Actualités", "es": "Noticias"}


def deals(lang: str, sentence: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return sorted((e["type"], [(p["name"], p["role"]) for p in e["parties"]])
                  for e in extract_events(page(lang, HEADLINES[lang], sentence)))


@pytest.mark.parametrize("sentence", [
    "Acme Corp. buys bandwidth from satellite operator Bolt Ltd under a wholesale agreement.",
    "Acme Corp. buys capacity from network operator Bolt Ltd under a five-year agreement.",
    "Acme Corp. purchases cathodes from battery maker Bolt Ltd.",
])
def test_goods_bought_from_a_firm_named_by_what_it_is_are_a_contract(sentence):
    assert deals("en", sentence) == [("contract", [("Acme", "customer"), ("Bolt", "supplier")])]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Acme Corp. has entered into an offtake agreement under which Bolt Ltd will purchase 60 per cent of "
           "the nickel output of Acme Corp."),
    ("de", "Die Acme AG hat einen Abnahmevertrag unterzeichnet, nach dem die Bolt GmbH den Großteil des "
           "Kupferkonzentrats kaufen wird."),
])
def test_an_offtake_agreement_is_no_acquisition(lang, sentence):
    assert [kind for kind, _ in deals(lang, sentence)] == ["contract"]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Acme SA achète de la capacité auprès de l'opérateur Bolt SA dans le cadre d'un contrat de gros."),
    ("fr", "Acme SA achète de la bande passante auprès de Bolt SA."),
    ("es", "Acme SA compra capacidad al operador Bolt SA mediante un contrato mayorista."),
    ("es", "Acme SA compra ancho de banda a Bolt SA."),
    ("de", "Die Acme AG kauft Kapazitäten von der Bolt AG."),
])
def test_capacity_bought_is_no_acquisition(lang, sentence):
    assert "acquisition" not in [kind for kind, _ in deals(lang, sentence)]


@pytest.mark.parametrize(("lang", "sentence", "parties"), [
    ("en", "Acme Corp. bought the company from Bolt Ltd in 2019.", [("Acme", "acquirer"), ("Bolt", "seller")]),
    ("en", "Acme Corp. agreed to buy Bolt Ltd from Cargo Inc. for $2bn.",
     [("Acme", "acquirer"), ("Bolt", "target"), ("Cargo", "seller")]),
    ("de", "Die Acme AG kauft die Bolt GmbH von der Cargo AG.",
     [("Acme", "acquirer"), ("Bolt", "target"), ("Cargo", "seller")]),
    ("fr", "Acme SA rachète Bolt SA auprès de Cargo SA.",
     [("Acme", "acquirer"), ("Bolt", "target"), ("Cargo", "seller")]),
    ("es", "Acme SA compra Bolt SA de manos de Cargo SA.",
     [("Acme", "acquirer"), ("Bolt", "target"), ("Cargo", "seller")]),
])
def test_a_firm_bought_stays_an_acquisition(lang, sentence, parties):
    assert deals(lang, sentence) == [("acquisition", parties)]


def test_a_supplier_that_buys_its_customer_keeps_both_deals():
    kinds = [kind for kind, _ in deals("en", "Acme Corp., a longtime supplier to Bolt Ltd, agreed to buy Bolt Ltd "
                                             "for $2bn.")]
    assert kinds == ["acquisition", "contract"]


def statement(kind: str, parties: list[tuple[str, str]]) -> Candidate:
    return Candidate(type=kind, parties=parties, sentence=3, amount=None, date=None, status="announced",
                     cued=False, anaphoric=False)


def test_a_purchase_by_the_customer_of_a_contract_of_its_sentence_is_that_contract():
    contract = statement("contract", [("Acme", "supplier"), ("Bolt", "customer")])
    bought_by_customer = statement("acquisition", [("Bolt", "acquirer"), ("Acme", "target")])
    bought_by_supplier = statement("acquisition", [("Acme", "acquirer"), ("Bolt", "target")])
    assert [e.type for e in merge([bought_by_customer, contract], titles=set())] == ["contract"]
    assert sorted(e.type for e in merge([bought_by_supplier, contract], titles=set())) == ["acquisition", "contract"]
