"""Standing contracts told in a firm's profile (issue 3, standing2): a network run for its owner since a start ("has
run the tram network of the X Authority since 2018"), goods sold to a named buyer since a start ("vende su
concentrado a la fundición Y desde 2016": a supply, no sale of a firm), the customer told in a relative clause on
its supplier ("X, dont Y est client depuis 2021"), sponsorships (the sponsor the customer, the club its supplier),
a producer's goods sold in a partner's branches (a partnership), everyday goods supplied that are no German name.
Probes that stay no contract: goods sold to anonymous buyers, a unit of a firm run by its manager, a listing
vehicle "sponsored by" its backer. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

CUSTOMER, SUPPLIER = "customer", "supplier"


def _contracts(lang: str, title: str, text: str) -> list[dict]:
    return [e for e in extract_events(page(lang, title, text)) if e["type"] == "contract"]


@pytest.mark.parametrize(("lang", "title", "sentence", "customer", "supplier"), [
    # a network or service run for its owner since a start
    ("en", "Brenwick Rail profile", "Brenwick Rail has run the tram network of the Halden Transport Authority since "
     "2018 and carries 30,000 passengers a day.", "Halden Transport Authority", "Brenwick Rail"),
    ("en", "Brenwick Rail profile", "Brenwick Rail has operated the bus routes of Halden County Council since 2019.",
     "Halden County Council", "Brenwick Rail"),
    ("de", "Brenwick Bahn", "Die Brenwick Bahn GmbH betreibt seit 2018 das Straßenbahnnetz der Verkehrsbetriebe "
     "Halden und befördert täglich 30.000 Fahrgäste.", "Verkehrsbetriebe Halden", "Brenwick Bahn"),
    ("fr", "Brenwick Rail", "Brenwick Rail exploite depuis 2018 le réseau de tramway de la Métropole de Halden et "
     "transporte 30 000 voyageurs par jour.", "Métropole de Halden", "Brenwick Rail"),
    ("es", "Brenwick Rail", "Brenwick Rail opera desde 2018 la red de tranvía del Consorcio de Transportes de Halden "
     "y transporta 30.000 viajeros al día.", "Consorcio de Transportes de Halden", "Brenwick Rail"),
    # goods sold to a named buyer since a start
    ("en", "Kronfeld Mining", "Kronfeld Mining has sold its concentrate to the state smelter Tallis Refining since "
     "2016, a contract the buyer wants to keep.", "Tallis Refining", "Kronfeld Mining"),
    ("es", "Minera Kronfeld", "Minera Kronfeld vende su concentrado a la fundición estatal Refinería Tallis desde "
     "2016, contrato que el comprador dice querer mantener.", "Refinería Tallis", "Minera Kronfeld"),
    ("es", "Minera Kronfeld", "Minera Kronfeld vende desde 2016 su concentrado a la fundición estatal Refinería "
     "Tallis.", "Refinería Tallis", "Minera Kronfeld"),
    ("fr", "Mines Kronfeld", "Mines Kronfeld vend son concentré à la fonderie publique Affinerie Tallis depuis 2016, "
     "un contrat que l'acheteur veut garder.", "Affinerie Tallis", "Mines Kronfeld"),
    ("de", "Kronfeld Bergbau", "Die Kronfeld Bergbau AG verkauft seit 2016 ihr Kupferkonzentrat an die Tallis "
     "Metall AG.", "Tallis Metall", "Kronfeld Bergbau"),
    # the customer in a relative clause on its supplier
    ("fr", "Forges Brenwick", "Les Forges de Brenwick, dont Énergie des Vallons est client depuis 2021 au titre d'un "
     "contrat-cadre de maintenance, emploient 900 personnes.", "Énergie des Vallons", "Forges de Brenwick"),
    ("de", "Brenwick Schmiede", "Die Brenwick Schmiede GmbH, zu deren Kunden seit 2021 die Vallon Energie AG gehört, "
     "beschäftigt 900 Mitarbeiter.", "Vallon Energie", "Brenwick Schmiede"),
    ("de", "Brenwick Schmiede", "Die Brenwick Schmiede GmbH, deren Kunde die Vallon Energie AG seit 2021 ist, "
     "beschäftigt 900 Mitarbeiter.", "Vallon Energie", "Brenwick Schmiede"),
    ("es", "Forjas Brenwick", "Forjas Brenwick, de la que Energía del Valle es cliente desde 2021, emplea a 900 "
     "personas.", "Energía del Valle", "Forjas Brenwick"),
])
def test_standing_contract_dated_by_its_start(lang: str, title: str, sentence: str, customer: str,
                                              supplier: str) -> None:
    (event,) = _contracts(lang, title, sentence)
    assert parties(event) == {(customer, CUSTOMER), (supplier, SUPPLIER)}
    assert event["status"] == "ongoing" and event["date"][:4] in sentence


@pytest.mark.parametrize(("lang", "title", "sentence", "customer", "supplier", "status"), [
    ("en", "Corvan FC", "Hollin Brewing has sponsored Corvan FC since 2019.", "Hollin Brewing", "Corvan FC",
     "ongoing"),
    ("en", "Corvan FC", "Corvan FC signed a shirt sponsorship deal with the insurer Hollin Life in 2023.",
     "Hollin Life", "Corvan FC", "announced"),
    ("en", "Corvan FC finances", "Corvan FC is close to a three-year shirt deal with Hollin Brewing worth £2.1m.",
     "Hollin Brewing", "Corvan FC", "rumored"),
    ("es", "El Club Corvan renueva", "El Club Corvan crece. El patrocinio de la aseguradora Seguros Austral, firmado "
     "en 2023, luce en la camiseta hasta 2027.", "Seguros Austral", "Club Corvan", "ongoing"),
    ("es", "Club Corvan", "La aseguradora Seguros Austral patrocina al Club Corvan desde 2023.", "Seguros Austral",
     "Club Corvan", "ongoing"),
    ("fr", "Corvan FC", "La mutuelle Assurances Vallon sponsorise le Corvan FC depuis 2022.", "Assurances Vallon",
     "Corvan FC", "ongoing"),
    ("fr", "Corvan FC", "Le Corvan FC a signé un contrat de sponsoring maillot avec la mutuelle Assurances Vallon en "
     "2022.", "Assurances Vallon", "Corvan FC", "announced"),
    ("de", "SV Corvan", "Die Vallon Versicherung AG sponsert den SV Corvan seit 2022.", "Vallon Versicherung",
     "SV Corvan", "ongoing"),
    ("de", "SV Corvan", "Der SV Corvan hat einen Trikotvertrag mit der Vallon Versicherung AG bis 2027 "
     "unterschrieben.", "Vallon Versicherung", "SV Corvan", "announced"),
])
def test_sponsorship_is_a_contract(lang: str, title: str, sentence: str, customer: str, supplier: str,
                                   status: str) -> None:
    (event,) = _contracts(lang, title, sentence)
    assert parties(event) == {(customer, CUSTOMER), (supplier, SUPPLIER)}
    assert event["status"] == status


@pytest.mark.parametrize(("lang", "title", "sentence"), [
    ("en", "Corvan Motors", "Corvan Motors has sold its cars to customers across Europe since 2010."),
    ("es", "Corvan Motor", "Corvan Motor vende sus coches a clientes de toda Europa desde 2010."),
    ("fr", "Corvan Auto", "Corvan Auto vend ses voitures aux particuliers depuis 2010."),
    ("de", "Corvan Motoren", "Die Corvan Motoren AG verkauft seit 2010 ihre Autos an Privatkunden."),
    ("en", "Corvan Rail", "Jane Hollin has run the rail business of Corvan Group since 2018."),
    ("en", "Corvan Rail", "Corvan Rail has run the Birmingham division of Hollin Group since 2018."),
    ("en", "Corvan Acquisition Corp", "Corvan Acquisition Corp, a blank-check company sponsored by Hollin Capital, "
     "listed in 2021."),
])
def test_no_contract(lang: str, title: str, sentence: str) -> None:
    assert _contracts(lang, title, sentence) == []


def test_named_buyer_since_a_start_is_no_sale_of_a_firm() -> None:
    events = extract_events(page("en", "Kronfeld Mining", "Kronfeld Mining has sold its concentrate to the state "
                                 "smelter Tallis Refining since 2016."))
    assert [e["type"] for e in events] == ["contract"]


@pytest.mark.parametrize(("lang", "title", "sentence", "partner", "date"), [
    ("fr", "Assurances Corvan", "Assurances Corvan distribue une partie de ses contrats dans les agences de Banque "
     "Vallon, en vertu d'un accord de distribution conclu en 2016 et renouvelé depuis.", "Banque Vallon", "2016"),
    ("fr", "Assurances Corvan", "Assurances Corvan distribue par ailleurs depuis 2015 ses contrats collectifs via le "
     "réseau d’agences de Crédit Vallon, un accord qui sera étendu à l’ensemble du portefeuille.", "Crédit Vallon",
     "2015"),
    ("en", "Corvan Insurance", "Corvan Insurance has distributed its policies through the branches of Vallon Bank "
     "since 2015.", "Vallon Bank", "2015"),
    ("de", "Corvan Versicherung", "Die Corvan Versicherung AG vertreibt seit 2015 ihre Policen über die Filialen der "
     "Vallon Bank AG.", "Vallon Bank", "2015"),
    ("es", "Seguros Corvan", "Seguros Corvan distribuye desde 2015 sus seguros a través de la red de oficinas de "
     "Vallón Finanzas.", "Vallón Finanzas", "2015"),
])
def test_goods_sold_in_a_partners_branches(lang: str, title: str, sentence: str, partner: str, date: str) -> None:
    (event,) = [e for e in extract_events(page(lang, title, sentence)) if e["type"] == "partnership"]
    assert {name for name, _ in parties(event)} == {title, partner}
    assert event["date"] == date


@pytest.mark.parametrize("sentence", [
    "Die Corvan Frucht GmbH aus Ansbach wächst. Bestehen bleibt auch der Liefervertrag, über den die Ansbacher seit "
    "2016 die Filialen der Kette Grünmarkt mit Obst beliefern.",
    "Die Corvan Frucht GmbH beliefert seit 2017 die Supermarktkette Grünmarkt mit Gemüse.",
])
def test_goods_supplied_are_no_customer(sentence: str) -> None:
    (event,) = _contracts("de", "Corvan Frucht", sentence)
    assert parties(event) == {("Grünmarkt", CUSTOMER), ("Corvan Frucht", SUPPLIER)}
    assert event["status"] == "ongoing"


def test_goods_in_a_firms_own_shops_are_no_partnership() -> None:
    events = extract_events(page("fr", "Assurances Corvan", "Assurances Corvan distribue ses contrats dans les "
                                 "agences de Banque Vallon."))
    assert [e for e in events if e["type"] == "partnership"] == []


@pytest.mark.parametrize(("lang", "title", "sentence", "customer", "supplier"), [
    ("fr", "Forges Brenwick", "Les Forges de Brenwick, dont le groupe Énergie des Vallons est le premier client, "
     "emploient 900 personnes.", "Énergie des Vallons", "Forges de Brenwick"),
    ("de", "Brenwick Schmiede", "Die Brenwick Schmiede GmbH, deren größter Kunde die Vallon Energie AG ist, "
     "beschäftigt 900 Mitarbeiter.", "Vallon Energie", "Brenwick Schmiede"),
    ("es", "Forjas Brenwick", "Forjas Brenwick, de la que Energía del Valle es el principal cliente, emplea a 900 "
     "personas.", "Energía del Valle", "Forjas Brenwick"),
])
def test_customer_in_a_relative_clause_is_standing(lang: str, title: str, sentence: str, customer: str,
                                                   supplier: str) -> None:
    (event,) = _contracts(lang, title, sentence)
    assert parties(event) == {(customer, CUSTOMER), (supplier, SUPPLIER)}
    assert event["status"] == "ongoing"
