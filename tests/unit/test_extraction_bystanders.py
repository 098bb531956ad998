"""Bystanders of a deal are never its parties: the regulator or court that clears, blocks or rules on it, the
newspaper that reports it, the bank that advises or lends (sentences written for these tests)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def events(lang: str, title: str, *paragraphs: str) -> list[dict]:
    return extract_events(page(lang, title, *paragraphs, published="2025-05-20"))


def all_names(found: list[dict]) -> set[str]:
    return {p["name"] for e in found for p in e["parties"]}


@pytest.mark.parametrize("lang,title,text", [
    ("fr", "Lumatec rachète Nordwerk", "Lumatec a annoncé mardi le rachat de Nordwerk pour 300 millions d'euros. "
     "La finalisation du rachat est attendue d'ici à la fin de l'année, sous réserve du feu vert de l'Autorité de "
     "la concurrence."),
    ("fr", "Lumatec rachète Nordwerk", "Lumatec a annoncé le 20 mai le rachat de Nordwerk.\nLe rachat reste soumis "
     "au feu vert de l'Autorité de la concurrence, attendu le 26 juin."),
    ("en", "Lumatec to buy Nordwerk", "Lumatec agreed on 20 May to buy Nordwerk for $2bn.\nThe takeover remains "
     "subject to approval by the Competition and Markets Authority, expected on 26 June."),
    ("es", "Lumatec compra Nordwerk", "Lumatec ha acordado la compra de Nordwerk por 300 millones de euros.\nLa "
     "operación está a la espera de la autorización de la Comisión Nacional de los Mercados y la Competencia."),
])
def test_a_regulator_reviewing_the_deal_is_no_party(lang, title, text):
    (event,) = events(lang, title, text)
    assert event["type"] == "acquisition" and parties(event) == {("Lumatec", "acquirer"), ("Nordwerk", "target")}


def test_a_regulator_blocking_the_deal_leaves_buyer_and_target():
    (event,) = events("en", "Harlow deal blocked", "On 24 February the Competition and Markets Authority blocked "
                      "Harlow's proposed £640m takeover of Celdrin Optics.")
    assert parties(event) == {("Harlow", "acquirer"), ("Celdrin Optics", "target")}
    assert event["status"] == "terminated"


def test_a_block_told_after_the_deal_still_ends_it():
    (event,) = events("de", "Lumatec und Nordwerk", "Die Lumatec AG hat im Januar die Übernahme der Nordwerk GmbH "
                      "vereinbart.\nDas Bundeskartellamt hat die Übernahme am 2. Mai untersagt.")
    assert parties(event) == {("Lumatec", "acquirer"), ("Nordwerk", "target")}
    assert event["status"] == "terminated" and event["date"] == "2025-05-02"


@pytest.mark.parametrize("lang,title,text", [
    ("es", "Lumatec y Nordwerk", "El Tribunal Supremo y la Audiencia Nacional han anulado la compra de Nordwerk "
     "por Lumatec."),
    ("fr", "Lumatec et Nordwerk", "Le Tribunal de commerce de Paris a suspendu le rachat de Nordwerk par Lumatec."),
    ("de", "Lumatec und Nordwerk", "Das Landgericht München hat die Übernahme der Nordwerk GmbH durch die Lumatec "
     "AG gestoppt."),
    ("en", "Lumatec and Nordwerk", "The Court of Appeal on Tuesday upheld Lumatec's acquisition of Nordwerk."),
])
def test_a_court_is_no_party(lang, title, text):
    names = all_names(events(lang, title, text))
    assert names <= {"Lumatec", "Nordwerk"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Lumatec Capital has built a stake in the water sector. The Sunday Chronicle reported at the weekend, "
     "citing two people familiar with the matter, that the fund is weighing a bid for Tarnvale Water."),
    ("en", "The Daily Ledger reported on Monday that Lumatec Capital is in talks to buy Tarnvale Water."),
    ("en", "Lumatec Capital is in talks to buy Tarnvale Water, as first reported by the Sunday Chronicle."),
    ("fr", "Les Échos rapportent mardi que Lumatec Capital envisage de racheter Tarnvale Water."),
    ("fr", "Selon l’agence Bloomberg, Lumatec Capital a entamé des discussions pour racheter Tarnvale Water."),
    ("es", "Expansión informó el lunes de que Lumatec Capital negocia la compra de Tarnvale Water."),
    ("de", "Das Handelsjournal berichtet, die Lumatec Capital AG wolle die Tarnvale Water GmbH übernehmen."),
])
def test_the_outlet_reporting_a_bid_is_no_party(lang, text):
    (event,) = events(lang, "Lumatec Capital, Tarnvale Water", text)
    assert parties(event) == {("Lumatec Capital", "acquirer"), ("Tarnvale Water", "target")}


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Lumatec to buy Nordwerk", "Lumatec agreed to buy Nordwerk for $2bn, advised by Goldman Sachs."),
    ("en", "Lumatec buys Nordwerk", "Lumatec bought Nordwerk for $2bn, financed by a bank loan from Barclays."),
    ("fr", "Lumatec rachète Nordwerk", "Lumatec, conseillé par Rothschild, a racheté Nordwerk pour 300 millions "
     "d'euros."),
    ("fr", "Lumatec rachète Nordwerk", "Lumatec a racheté Nordwerk grâce à un prêt de la Banque Rhodanienne."),
    ("es", "Lumatec compra Nordwerk", "Lumatec, asesorada por Banco Santander, ha comprado Nordwerk por 300 "
     "millones de euros."),
    ("es", "Lumatec compra Nordwerk", "Lumatec ha comprado Nordwerk con un préstamo sindicado liderado por "
     "CaixaBank."),
    ("de", "Lumatec und Nordwerk", "Die Lumatec AG, beraten von der Deutschen Bank, hat die Nordwerk GmbH "
     "übernommen."),
])
def test_advisers_and_lenders_are_no_parties(lang, title, text):
    (event,) = events(lang, title, text)
    assert parties(event) == {("Lumatec", "acquirer"), ("Nordwerk", "target")}


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Lumatec to buy Nordwerk", "Lumatec agreed to buy Nordwerk for $2bn.\nGoldman Sachs is advising Lumatec on "
     "the takeover, while Nordwerk was advised by Morgan Stanley."),
    ("fr", "Lumatec rachète Nordwerk", "Lumatec a racheté Nordwerk pour 300 millions d'euros.\nRothschild a conseillé "
     "Lumatec dans ce rachat."),
    ("es", "Lumatec compra Nordwerk", "Lumatec ha comprado Nordwerk por 300 millones de euros.\nBanco Santander ha "
     "asesorado a Lumatec en la compra."),
    ("de", "Lumatec und Nordwerk", "Die Lumatec AG hat die Nordwerk GmbH übernommen.\nDie Deutsche Bank hat Lumatec "
     "bei der Übernahme beraten."),
])
def test_an_adviser_told_as_the_subject_makes_no_deal(lang, title, text):
    (event,) = events(lang, title, text)
    assert parties(event) == {("Lumatec", "acquirer"), ("Nordwerk", "target")}


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Lumatec, Nordwerk", "Lumatec, which advises hospitals on cybersecurity, agreed to buy Nordwerk for "
     "$2bn."),
    ("fr", "Lumatec, Nordwerk", "Lumatec, qui conseille les PME, a racheté Nordwerk pour 300 millions d'euros."),
    ("es", "Lumatec, Nordwerk", "Lumatec, que asesora a pymes, ha comprado Nordwerk por 300 millones de euros."),
    ("en", "Lumatec, Nordwerk", "JPMorgan acted as financial adviser to Lumatec, which agreed to buy Nordwerk "
     "for $2bn."),
])
def test_a_firm_whose_trade_is_advice_still_buys(lang, title, text):
    (event,) = events(lang, title, text)
    assert parties(event) == {("Lumatec", "acquirer"), ("Nordwerk", "target")}


@pytest.mark.parametrize("lang,title,text,customer", [
    ("en", "Lumatec wins defence order", "Lumatec won a contract from the Ministry of Defence to supply 40 trucks.",
     "Ministry of Defence"),
    ("fr", "Lumatec décroche un contrat", "Lumatec a remporté un contrat du ministère des Armées pour livrer 40 "
     "camions.", "ministère des Armées"),
])
def test_a_public_body_buying_for_itself_stays_the_customer(lang, title, text, customer):
    (event,) = events(lang, title, text)
    assert event["type"] == "contract" and (customer, "customer") in parties(event)


def test_a_news_agency_after_an_elided_article_is_no_bidder():
    (event,) = events("fr", "La Banque Lumatec lorgnerait la lyonnaise Banque Nordwerk",
                      "Selon l’agence Bloomberg, l’établissement parisien a entamé des discussions pour racheter "
                      "la banque privée fondée en 1889.\nLa Banque Lumatec, établissement parisien coté en Bourse, "
                      "discute du rachat de la banque privée lyonnaise Banque Nordwerk, a rapporté mercredi l’agence "
                      "Bloomberg.")
    assert parties(event) == {("Banque Lumatec", "acquirer"), ("Banque Nordwerk", "target")}
    assert event["status"] == "rumored"


def test_a_later_statement_naming_both_firms_gives_the_roles():
    from streams.extraction.merging import merge
    from streams.extraction.statements import Candidate

    described = Candidate("acquisition", [("Nordwerk", "acquirer"), ("Lumatec", "target")], 1, None, None,
                          "rumored", True, anaphoric=True)
    named = Candidate("acquisition", [("Lumatec", "acquirer"), ("Nordwerk", "target")], 3, None, None,
                      "rumored", True, anaphoric=False)
    (event,) = merge([described, named], set())
    assert set(event.parties) == {("Lumatec", "acquirer"), ("Nordwerk", "target")}
    (kept,) = merge([named, described], set())  # a named first statement keeps its roles
    assert set(kept.parties) == {("Lumatec", "acquirer"), ("Nordwerk", "target")}


@pytest.mark.parametrize("outlet", ["L'Écho des Marchés", "L’Écho des Marchés", "La Lettre Valmonde"])
def test_an_outlet_after_an_elided_article_that_learned_the_news_is_no_party(outlet):
    found = events("fr", "Contrat pour Lumatec", "Nordwerk a attribué mardi à Lumatec un contrat de 40 millions "
                   f"d'euros pour l'entretien de ses turbines, a appris {outlet}.")
    assert all_names(found) <= {"Nordwerk", "Lumatec"}
    assert any(e["type"] == "contract" for e in found)
