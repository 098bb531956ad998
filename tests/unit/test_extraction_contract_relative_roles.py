"""An agreement whose other side a relative clause tells as the buyer or the maker ("firmó un contrato de suministro
con Y, que comprará un tercio de la producción": Y is the customer; "un acuerdo con Y, que fabricará sus chips": Y is
the supplier; "une entente d'approvisionnement avec Y, qui achètera ..."): the clause, not the contract's noun, says
who supplies. Also debt an investor takes from its issuer ("adquirir US$40 millones en bonos que emitirá Y",
"souscrira à des débentures émises par Y") and talks with a fund "en vue d'une prise de participation": investments
(sentences written for these tests)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def contracts(lang: str, text: str) -> list[set]:
    found = extract_events(page(lang, "Noticias" if lang == "es" else "Nouvelles", text, published="2025-06-12"))
    return [parties(e) for e in found if e["type"] == "contract"]


@pytest.mark.parametrize("lang,text,customer,supplier", [
    ("es", "La minera Salitres Verdes firmó un contrato de suministro con la japonesa Kaito Batteries, que comprará "
     "la mitad de su producción durante ocho años.", "Kaito Batteries", "Salitres Verdes"),
    ("es", "La empresa Fotónica Ebro firmó un acuerdo con la coreana Hanseo Semicon, que fabricará sus sensores en "
     "una planta de Busan.", "Fotónica Ebro", "Hanseo Semicon"),
    ("fr", "La société Graphite Laurentien a signé une entente d'approvisionnement avec le fabricant d'anodes "
     "Électrodes Mirabel, qui achètera le tiers de sa production pendant sept ans.", "Électrodes Mirabel",
     "Graphite Laurentien"),
    ("fr", "La start-up Puces Armor a signé un accord avec le fondeur Kestrel Foundry, qui fabriquera ses puces "
     "dans son usine de Dresde.", "Puces Armor", "Kestrel Foundry"),
])
def test_the_relative_clause_tells_who_supplies(lang, text, customer, supplier):
    assert contracts(lang, text) == [{(customer, "customer"), (supplier, "supplier")}]


@pytest.mark.parametrize("lang,text,investor,investee", [
    ("es", "La aseguradora Meridia Seguros se comprometió a adquirir 40 millones de euros en bonos subordinados que "
     "emitirá la cadena Hoteles Ribera antes del cierre.", "Meridia Seguros", "Hoteles Ribera"),
    ("fr", "Le fonds Capital Boréal souscrira à des débentures convertibles de 40 M$ émises par Graphite Laurentien.",
     "Capital Boréal", "Graphite Laurentien"),
])
def test_debt_an_investor_takes_is_money_put_into_its_issuer(lang, text, investor, investee):
    found = extract_events(page(lang, "Noticias" if lang == "es" else "Nouvelles", text, published="2025-06-12"))
    assert [(e["type"], parties(e)) for e in found] == [("investment", {(investor, "investor"),
                                                                        (investee, "investee")})]


def test_talks_with_a_fund_toward_a_stake_are_a_rumoured_investment():
    text = ("Selon plusieurs sources, le joaillier Maison Orsay serait en discussion avec le fonds Lémanis Capital en "
            "vue d'une prise de participation minoritaire.")
    found = extract_events(page("fr", "Nouvelles", text, published="2025-06-12"))
    assert [(e["type"], e["status"], parties(e)) for e in found] == [
        ("investment", "rumored", {("Lémanis Capital", "investor"), ("Maison Orsay", "investee")})]


def test_a_supplier_described_at_length_before_its_supply_contract():
    text = ("La start-up Bol Vert a conclu avec la coopérative maraîchère Les Vergers de Sèvre un contrat "
            "d'approvisionnement de cinq ans.")
    found = extract_events(page("fr", "Nouvelles", text, published="2025-06-12"))
    assert [(e["type"], parties(e)) for e in found] == [
        ("contract", {("Bol Vert", "customer"), ("Les Vergers de Sèvre", "supplier")})]
