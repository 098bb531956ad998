"""Things bought by the number ("40 battery systems", "36 Elektrobusse") are goods, an order: a contract, never an
acquisition with a target taken from elsewhere; a part of a firm counted out of it ("drei Viertel von X", "75
Prozent von X") is what is bought, not a goods order from a seller."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

HEADLINES = {"en": "News", "de": "Nachrichten", "fr": "Actualités", "es": "Noticias"}


def deals(lang: str, sentence: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return sorted((e["type"], [(p["name"], p["role"]) for p in e["parties"]])
                  for e in extract_events(page(lang, HEADLINES[lang], sentence)))


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Nordwerk Inc. agreed last Thursday to buy 40 containerised battery systems from Lumatec Ltd for $62m."),
    ("en", "Nordwerk Inc. will purchase 12 harbour cranes from Lumatec Ltd."),
    ("de", "Die Nordwerk AG kauft 36 Elektrobusse bei der Lumatec GmbH für 20 Millionen Euro."),
    ("de", "Der Aufsichtsrat der Nordwerk AG hat gestern den Kauf von 36 Elektro-Gelenkbussen bei der Lumatec GmbH "
           "abgesegnet."),
    ("de", "Die Nordwerk AG kauft zwölf Rangierloks von der Lumatec GmbH."),
])
def test_things_bought_by_the_number_are_an_order(lang, sentence):
    assert deals(lang, sentence) == [("contract", [("Nordwerk", "customer"), ("Lumatec", "supplier")])]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Nordwerk SA a annoncé l'achat de 20 rames à Lumatec SA pour 80 millions d'euros."),
    ("es", "Nordwerk SA ha cerrado la compra de 50 autobuses eléctricos a Lumatec SA."),
    ("en", "Lumatec Ltd makes batteries in Southwest Texas. The Defense Logistics Agency agreed to buy 40 "
           "containerised battery systems from the company for $62m."),
])
def test_things_bought_by_the_number_are_no_acquisition(lang, sentence):
    assert "acquisition" not in [kind for kind, _ in deals(lang, sentence)]


@pytest.mark.parametrize(("lang", "sentence", "kind"), [
    ("de", "Die Nordwerk AG übernimmt drei Viertel von der Lumatec GmbH.", "acquisition"),
    ("de", "Die Nordwerk AG übernimmt drei Viertel von Lumatec.", "acquisition"),
    ("de", "Die Nordwerk AG übernimmt 75 Prozent von Lumatec.", "acquisition"),
    ("de", "Die Nordwerk AG übernimmt die Hälfte von Lumatec.", "acquisition"),
    ("en", "Nordwerk Inc. will buy three quarters of Lumatec Ltd.", "acquisition"),
    ("fr", "Nordwerk SA rachète les trois quarts de Lumatec SA.", "acquisition"),
    ("es", "Nordwerk SA compra tres cuartas partes de Lumatec SA.", "acquisition"),
])
def test_a_part_of_a_firm_is_its_target(lang, sentence, kind):
    assert deals(lang, sentence) == [(kind, [("Nordwerk", "acquirer"), ("Lumatec", "target")])]


@pytest.mark.parametrize(("lang", "sentence", "kind"), [
    ("en", "Nordwerk Inc. agreed to buy 51 per cent of Lumatec Ltd.", "acquisition"),
    ("en", "Nordwerk Inc. acquired 3 million shares of Lumatec Ltd.", "investment"),
    ("de", "Die Nordwerk AG kauft zwei Millionen Aktien von der Lumatec GmbH.", "investment"),
    ("de", "Die Nordwerk AG übernahm 2019 die Lumatec GmbH.", "acquisition"),
    ("en", "Nordwerk Inc. bought 2 companies last year, among them Lumatec Ltd.", "acquisition"),
    ("es", "Nordwerk SA compró en 2021 la empresa Lumatec SA.", "acquisition"),
])
def test_shares_sums_years_and_firms_are_no_goods(lang, sentence, kind):
    assert [k for k, _ in deals(lang, sentence)] == [kind]


@pytest.mark.parametrize("lang, sentence, parties", [
    ("fr", "La Région Bretagne a passé commande mardi auprès d'Alstom de douze rames Regio Rapide, pour un montant "
           "de 250 millions d'euros.", {("Région Bretagne", "customer"), ("Alstom", "supplier")}),
    ("fr", "La Région Bretagne a commandé mardi à Alstom douze rames Regio Rapide pour 250 millions d'euros.",
     {("Région Bretagne", "customer"), ("Alstom", "supplier")}),
    ("es", "Renfe ha encargado a Talgo 15 trenes Avril por 300 millones de euros.",
     {("Renfe", "customer"), ("Talgo", "supplier")}),
    ("en", "Metro Lisboa ordered 40 buses Citaro from Daimler for EUR 20 million.",
     {("Metro Lisboa", "customer"), ("Daimler", "supplier")}),
])
def test_the_make_after_a_count_and_a_plain_noun_is_no_supplier(lang, sentence, parties):
    (event,) = extract_events(page(lang, "Commande", sentence))
    assert {(p["name"], p["role"]) for p in event["parties"]} == parties


@pytest.mark.parametrize("lang, sentence, names", [
    ("fr", "Les deux groupes Airbus et Safran ont créé une coentreprise.", {"Airbus", "Safran"}),
    ("en", "The two companies Lumatec and Nordwerk have agreed to merge.", {"Lumatec", "Nordwerk"}),
    ("es", "Las dos empresas Lumatec y Nordwerk han acordado fusionarse.", {"Lumatec", "Nordwerk"}),
])
def test_kinds_of_firm_after_a_count_keep_their_names(lang, sentence, names):
    events = extract_events(page(lang, "Deal", sentence))
    assert events and {p["name"] for p in events[0]["parties"]} == names


@pytest.mark.parametrize("sentence", [
    "La conservera Lumatec prevé invertir 45 millones de euros en una nueva planta en el polígono de Noja.",
    "Lumatec invertirá 20 millones en su fábrica del polígono de Guarnizo.",
])
def test_a_site_named_after_its_town_is_no_investee(sentence):
    assert not extract_events(page("es", "Lumatec amplía su planta", sentence))
