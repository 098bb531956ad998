"""Listings (issue 3, branch listings2): a debut told by the floor's idioms or by how it went, a planned listing, a
listing in an aside on the object of another deal (its own issuer, status and sum), a SPAC merger (a merger of two
firms, no listing, the SPAC word no firm), and a name after a conjunction that opens the sentence (the subject)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def events(lang: str, title: str, text: str, published: str = "2024-03-14") -> list[dict]:
    return extract_events(page(lang, title, text, published=published))


def of_type(found: list[dict], kind: str) -> list[dict]:
    return [e for e in found if e["type"] == kind]


def names(found: list[dict]) -> set[str]:
    return {p["name"] for e in found for p in e["parties"]}


@pytest.mark.parametrize(("lang", "text", "issuer", "value", "date"), [
    ("en", "Greenbay floated on AIM in March, raising £40m in its listing.", "Greenbay", 40_000_000, "2024-03"),
    ("en", "Kelmar went public on the Nasdaq in February, raising $120m.", "Kelmar", 120_000_000, "2024-02"),
    ("es", "Laboratorios Iriarte debutó ayer en BME Growth tras colocar acciones por 25 millones de euros.",
     "Laboratorios Iriarte", 25_000_000, "2024-03-13"),
    ("es", "Conservas Ardora debutó el martes en Euronext Lisboa.", "Conservas Ardora", None, "2024-03-12"),
    ("de", "Einen gelungenen Start aufs Parkett legte die Voltmed AG am Mittwoch hin.", "Voltmed", None,
     "2024-03-13"),
    ("de", "Die Voltmed AG glänzt beim Debüt.", "Voltmed", None, "2024-03-14"),
    ("fr", "Solvane réussit son entrée en Bourse mardi, après avoir levé 80 millions d'euros.", "Solvane",
     80_000_000, "2024-03-12"),
])
def test_a_debut_is_a_listing_done_with_the_money_raised(lang, text, issuer, value, date):
    (event,) = of_type(events(lang, "Markets", text), "ipo")
    assert names([event]) == {issuer} and event["status"] == "completed" and event["date"] == date
    assert (event["amount"] or {}).get("value") == value


@pytest.mark.parametrize(("lang", "title", "text", "issuer"), [
    ("de", "Wattora plant den Börsengang", "Die Wattora AG wagt im Juni den Sprung aufs Parkett und will dabei 300 "
     "Millionen Euro einsammeln.", "Wattora"),
    ("fr", "Solvane prépare son introduction en Bourse", "Solvane prépare son introduction en Bourse pour le mois de "
     "juin. La société veut lever 200 millions d'euros.", "Solvane"),
    ("es", "Laboratorios Iriarte saldrá a bolsa", "Laboratorios Iriarte saldrá a bolsa en junio para captar 100 "
     "millones de euros.", "Laboratorios Iriarte"),
])
def test_a_listing_being_prepared_is_announced_not_one_of_last_year(lang, title, text, issuer):
    (event,) = of_type(events(lang, title, text), "ipo")
    assert names([event]) == {issuer} and event["status"] == "announced" and event["date"] == "2024-03-14"


def test_a_sprung_aufs_parkett_put_off_by_another_firm_is_no_cue():
    found = events("de", "Haffmoor sagt Börsengang ab", "Die Haffmoor Energie AG hat ihren Börsengang abgesagt. "
                   "Haffmoor ist nicht der erste Anbieter, der den Sprung aufs Parkett verschiebt.")
    assert [e["status"] for e in of_type(found, "ipo")] == ["terminated"]


@pytest.mark.parametrize(("lang", "text", "year"), [
    ("en", "Kerval agreed to buy Viagrin, which listed in Paris in 2017, for €500m.", "2017"),
    ("en", "Kerval agreed to buy Viagrin, which went public in 2016, for €500m.", "2016"),
    ("fr", "Kerval va racheter Viagrin, entré en Bourse à Paris en 2017, pour 500 millions d'euros.", "2017"),
    ("fr", "Kerval va racheter Viagrin, coté depuis 2015, pour 500 millions d'euros.", "2015"),
    ("es", "Ardora comprará Viagrin, que salió a bolsa en 2012, por 500 millones de euros.", "2012"),
])
def test_a_listing_in_an_aside_on_the_target_is_the_target_s_with_no_price_of_the_purchase(lang, text, year):
    found = events(lang, "Deals", text)
    (listing,) = of_type(found, "ipo")
    (deal,) = of_type(found, "acquisition")
    assert names([listing]) == {"Viagrin"} and listing["status"] == "completed" and listing["date"] == year
    assert listing["amount"] is None and deal["amount"]["value"] == 500_000_000


def test_a_listing_in_an_aside_keeps_its_sum():
    (listing,) = of_type(events("en", "Deals", "Kerval agreed to buy Viagrin, which raised €50m in its 2016 IPO, "
                                               "for €500m."), "ipo")
    assert listing["amount"]["value"] == 50_000_000


def test_a_delisting_after_an_aside_is_no_end_of_the_old_listing():
    found = events("fr", "Kerval rachète Viagrin", "Le groupe Kerval va racheter Viagrin pour 500 millions d'euros. "
                   "Viagrin, entré en Bourse à Paris en 2017, sera retiré de la cote après l'opération.")
    (listing,) = of_type(found, "ipo")
    assert names([listing]) == {"Viagrin"} and listing["status"] == "completed" and listing["date"] == "2017"


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Kelmar Robotics to go public via SPAC", "Kelmar Robotics has agreed to go public through a merger with "
     "Eastmoor Acquisition Corp, a special purpose acquisition company."),
    ("en", "Kelmar Robotics to go public via SPAC", "Kelmar Robotics agreed to merge with blank-check company Eastmoor "
     "Acquisition Corp, sponsored by investor John Smith."),
    ("es", "Laboratorios Iriarte saldrá a bolsa", "Laboratorios Iriarte se fusionará con Eastmoor Acquisition Corp, "
     "una SPAC que cotiza en el Nasdaq."),
])
def test_a_spac_merger_is_a_merger_of_the_two_not_a_listing(lang, title, text):
    found = events(lang, title, text)
    assert [e["type"] for e in found] == ["merger"]
    assert "SPAC" not in names(found) and "John Smith" not in names(found)


@pytest.mark.parametrize(("lang", "text", "issuer"), [
    ("en", "Kerval raised £10m in a round last month. And Greenbay, the online farm shop, floated on AIM in March, "
           "raising £40m.", "Greenbay"),
    ("es", "Grupo Ardora compró Conservas Iriarte el año pasado. Y Laboratorios Vela debutó en BME Growth tras colocar "
           "acciones por 25 millones de euros.", "Laboratorios Vela"),
    ("fr", "Kerval a racheté Mivano l'an dernier. Et Solvane a fait son entrée en Bourse mardi, levant 80 millions "
           "d'euros.", "Solvane"),
    ("de", "Nordwerk hat Lumatec im vergangenen Jahr übernommen. Und die Voltmed AG feierte am Mittwoch ihr "
           "Börsendebüt und nahm 200 Millionen Euro ein.", "Voltmed"),
])
def test_a_name_after_an_opening_conjunction_is_the_issuer(lang, text, issuer):
    (listing,) = of_type(events(lang, "Markets", text), "ipo")
    assert names([listing]) == {issuer}


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Kerval bought Mivano last year. And Nordwerk agreed to buy Lumatec.", {"Nordwerk", "Lumatec"}),
    ("fr", "Kerval a racheté Mivano l'an dernier. Et Nordwerk va racheter Lumatec.", {"Nordwerk", "Lumatec"}),
])
def test_an_opening_conjunction_leaves_the_deal_of_the_sentence_its_own_buyer(lang, text, pair):
    found = of_type(events(lang, "Deals", text), "acquisition")
    assert any(names([e]) == pair for e in found)


def test_a_sentence_opened_by_introduite_sur_an_exchange_is_a_listing_never_a_round_of_the_exchange():
    found = events("fr", "Solvane brille en Bourse", "Introduite mercredi sur Euronext Paris après avoir levé 350 "
                   "millions d'euros, la société Solvane a gagné 8 %.")
    (listing,) = of_type(found, "ipo")
    assert names([listing]) == {"Solvane"} and listing["status"] == "completed" and listing["date"] == "2024-03-13"
    assert listing["amount"]["value"] == 350_000_000 and not of_type(found, "funding_round")


def test_an_earlier_listing_told_by_the_pronoun_of_the_noun_is_that_firm_s():
    found = events("fr", "Calvane réussit ses premiers pas sur Euronext Paris", "Calvane a fait ses débuts jeudi sur "
                   "Euronext Paris. Il s'agit de la deuxième introduction en Bourse à Paris cette année, après celle "
                   "de l'éditeur de logiciels Vigano en février.")
    assert {(e["parties"][0]["name"], e["date"]) for e in of_type(found, "ipo")} == {
        ("Calvane", "2024-03-14"), ("Vigano", "2024-02")}
