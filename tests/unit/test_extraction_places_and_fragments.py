"""Names that are no firms: places in a list after a site word, parts of a country, the first half of a
German compound, fraction nouns; and an elided connector inside a name. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import names, page, parties


@pytest.mark.parametrize("lang, text", [
    ("en", "Ondis employs 900 people at offices in Leeds, Cardiff and Derby. The company bought Vilbo for $40m "
           "in 2021."),
    ("de", "Ondis beschäftigt 900 Menschen an Standorten in Kassel, Jena und Gera. Der Konzern kaufte 2021 Vilbo "
           "für 40 Millionen Euro."),
    ("fr", "Ondis emploie 900 personnes sur des sites à Lille, Nantes et Reims. Le groupe a racheté Vilbo en 2021 "
           "pour 40 millions d'euros."),
    ("es", "Ondis emplea a 900 personas en oficinas en León, Burgos y Soria. La empresa compró Vilbo en 2021 por "
           "40 millones de euros."),
])
def test_every_place_of_a_list_after_a_site_word_is_a_place(lang, text):
    events = [e for e in extract_events(page(lang, "News", text)) if e["type"] == "acquisition"]
    assert names(events) <= {"Ondis", "Vilbo"}


def test_a_comma_alone_does_not_make_a_list_of_places():
    (event,) = extract_events(page("en", "News", "Ondis will close its plant in Derby, Vilbo said on Monday. "
                                   "Vilbo bought Lumio for $40m in 2021."))
    assert parties(event) == {("Vilbo", "acquirer"), ("Lumio", "target")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Ondis buys three hotels in Majorca for $120m. Ondis will renovate two hotels in the south of Crete."),
    ("de", "Ondis kauft drei Hotels auf Mallorca für 120 Millionen Euro. Ondis renoviert zwei Hotels im Süden "
           "von Kreta."),
    ("fr", "Ondis rachète trois hôtels à Majorque pour 120 millions d'euros. Ondis rénovera deux hôtels au sud "
           "de Corfou."),
    ("es", "Ondis compra tres hoteles en Mallorca por 120 millones de euros. Ondis renovará dos hoteles del sur "
           "de Creta."),
])
def test_hotels_and_parts_of_a_country_name_places(lang, text):
    assert names(extract_events(page(lang, "News", text))) <= {"Ondis"}


def test_the_first_half_of_a_compound_is_no_name():
    events = extract_events(page("de", "Börsengang", "Der Leipziger Hosting- und Cloud-Anbieter hat beim "
                                 "Börsengang 412 Millionen Euro eingenommen."))
    assert names(events) == set()


def test_a_fraction_noun_is_no_firm():
    events = extract_events(page("de", "News", "Lumatec und Ondis gründen ein Gemeinschaftsunternehmen. "
                                 "Zwei Drittel davon hält Lumatec."))
    assert names(events) == {"Lumatec", "Ondis"}


def test_an_elided_connector_belongs_to_the_name():
    (event,) = extract_events(page("fr", "Rachat", "Ondis a racheté en 2021 la coopérative Val d'Argent pour 40 "
                                   "millions d'euros."))
    assert parties(event) == {("Ondis", "acquirer"), ("Val d'Argent", "target")}


@pytest.mark.parametrize("lang, text", [
    ("de", "Seit 2021 liefert Lumatec Solarstrom an den Chemiekonzern Ondis. Lumatec sitzt in Kassel."),
    ("de", "Für die Wartung der Geräte arbeitet Lumatec mit dem Spezialisten Ondis zusammen."),
])
def test_goods_are_no_firms(lang, text):
    assert names(extract_events(page(lang, "News", text))) <= {"Lumatec", "Ondis"}


def test_a_plural_or_genitive_descriptor_with_a_hyphen_is_no_firm():
    events = extract_events(page("de", "News", "Lumatec hat 2021 die Mehrheit des Start-ups Ondis übernommen. "
                                 "Berichte über eine Übernahme des Start-ups durch Vilbo wies Ondis zurück."))
    assert "Start-ups" not in names(events)


def test_the_dative_plural_of_a_name_is_given_in_the_nominative():
    events = extract_events(page("de", "News", "Lumatec und Vilbo gründen ein Gemeinschaftsunternehmen. Gemeinsam "
                                 "mit den Stadtwerken Kassel gründet Lumatec zudem ein Gemeinschaftsunternehmen."))
    assert names(events) == {"Lumatec", "Vilbo", "Stadtwerke Kassel"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Ondis will invest 40 million Canadian dollars in Vilbo."),
    ("de", "Ondis investiert 40 Millionen kanadische Dollar in Vilbo."),
    ("fr", "Ondis investira 40 millions de dollars canadiens dans Vilbo."),
    ("es", "Ondis invertirá 40 millones de dólares canadienses en Vilbo."),
    ("fr", "Ondis investira 40 millions $ CA dans Vilbo."),
    ("en", "Ondis will invest C$40 million in Vilbo."),
])
def test_canadian_dollars_are_cad(lang, text):
    (event,) = extract_events(page(lang, "News", text))
    assert (event["amount"]["value"], event["amount"]["currency"]) == (40e6, "CAD")


@pytest.mark.parametrize("lang, text", [
    ("en", "Ondis Bio raised $85 million in a Series C round, money the Cambridge, Massachusetts, firm will spend "
           "on trials."),
    ("fr", "Ondis Bio a levé 85 millions d'euros, une somme que la société de Lyon, France, consacrera aux essais."),
])
def test_a_city_named_with_its_region_is_a_place(lang, text):
    assert names(extract_events(page(lang, "News", text))) == {"Ondis Bio"}


@pytest.mark.parametrize("lang, text", [
    ("es", "El Ministerio del Interior ha adjudicado a Orbitek Sistemas el contrato para renovar los radares de la "
           "Guardia Civil."),
    ("fr", "Le Ministère des Armées a notifié lundi à Orbitek Sistemas une commande de 340 millions d'euros portant "
           "sur la fourniture de viseurs destinés aux véhicules de l'armée de Terre."),
])
def test_the_recipient_of_a_contract_is_its_one_supplier(lang, text):
    (event,) = extract_events(page(lang, "News", text))
    suppliers = {name for name, role in parties(event) if role == "supplier"}
    assert suppliers == {"Orbitek Sistemas"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Ondis raised $20m from Vilbo Capital and from the family office of entrepreneur Jan Moser, Moser Invest."),
    ("de", "Ondis hat 20 Millionen Euro eingesammelt. Mit dabei sind Vilbo Capital sowie die Familienholding des "
           "Unternehmers Jan Moser, Moser Invest."),
    ("fr", "Ondis a levé 20 millions d'euros auprès de Vilbo Capital et du family office de l'entrepreneur Jan Moser, "
           "Moser Invest."),
    ("es", "Ondis ha captado 20 millones de euros de Vilbo Capital y del family office del empresario Jan Moser, "
           "Moser Invest."),
])
def test_an_entrepreneur_is_a_person(lang, text):
    assert "Jan Moser" not in names(extract_events(page(lang, "News", text)))


@pytest.mark.parametrize("lang, text", [
    ("en", "Since 2017 Ondis has supplied Vilbo Mills, in Leeds, with wheat."),
    ("fr", "Ondis approvisionne depuis 2017 les Moulins Vilbo, à Orléans, en blé meunier."),
])
def test_a_place_set_off_by_commas_after_a_firm_is_no_party(lang, text):
    assert names(extract_events(page(lang, "News", text))) - {"Ondis", "Vilbo Mills", "Moulins Vilbo"} == set()


@pytest.mark.parametrize("lang, text", [
    ("en", "Since 2023 Ondis sells electricity to Vilbo Steel under a long-term contract."),
    ("de", "Seit 2023 verkauft Ondis Strom an Vilbo Stahl."),
    ("fr", "Depuis 2023, Ondis vend de l'électricité à Vilbo Acier dans le cadre d'un contrat à long terme."),
    ("es", "Desde 2023, Ondis vende electricidad a Aceros Vilbo mediante un contrato a largo plazo."),
])
def test_goods_sold_are_no_acquisition(lang, text):
    assert "acquisition" not in {e["type"] for e in extract_events(page(lang, "News", text))}
