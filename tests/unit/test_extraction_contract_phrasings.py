"""Contracts and partnerships told in less usual phrasings (issue 3, contracts3): the customer named right after the
signing verb, before the contract ("has signed with retailer Y a contract", "ha cerrado con la cadena Y un contrato",
"la signature avec l'enseigne Y d'un contrat", "Mit der Versicherungsgruppe Y hat X ... geschlossen"); a contract
received from its customer ("s'est vu attribuer par Y", "ha recibido de Y", "erhielt X vom Bundesamt ..."); a
press release's dateline is no party ("BRISTOL, United Kingdom, 3 June 2025 –"); standing supplies dated by their
start ("has printed Y's magazine since 2016", "fertigt seit 2015 ... für Y", "sont distribuées depuis 2020 dans les
magasins de Y", "le contrat qui lie depuis 2019 X à Y"); offers made together and a buying alliance joined
(partnerships). Probes that must stay without such a deal. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

TITLE = {"en": "News: {}", "de": "Nachrichten: {}", "fr": "Actualités : {}", "es": "Noticias: {}"}
AND = {"en": " and ", "de": " und ", "fr": " et ", "es": " y "}


def _events(lang: str, firms: tuple[str, ...], text: str, kind: str) -> list[dict]:
    title = TITLE[lang].format(AND[lang].join(firms))
    return [e for e in extract_events(page(lang, title, text, published="2025-06-03")) if e["type"] == kind]


def _roles(event: dict) -> set[tuple[str, str]]:
    return {(p["name"], p["role"]) for p in event["parties"]}


@pytest.mark.parametrize(("lang", "text", "customer", "supplier"), [
    # the customer named after the signing verb, before the contract
    ("en", "Lumatec has signed with retailer Korvex a five-year logistics contract.", "Korvex", "Lumatec"),
    ("en", "Lumatec has concluded with the carrier Korvex a framework agreement worth 12 million pounds.",
     "Korvex", "Lumatec"),
    ("es", "Lumatec ha cerrado con la cadena Korvex un contrato de logística.", "Korvex", "Lumatec"),
    ("es", "Lumatec ha suscrito con la aseguradora Korvex un contrato de servicios de cinco años.",
     "Korvex", "Lumatec"),
    ("fr", "Lumatec annonce également la signature avec l'enseigne Korvex d'un contrat logistique de cinq ans.",
     "Korvex", "Lumatec"),
    ("fr", "Lumatec a annoncé la signature avec le groupe Korvex d'un contrat de maintenance.", "Korvex", "Lumatec"),
    ("de", "Mit der Versicherungsgruppe Korvex hat Lumatec zudem einen Rahmenvertrag geschlossen.",
     "Korvex", "Lumatec"),
    ("de", "Mit dem Handelskonzern Korvex hat Lumatec im Mai einen Dienstleistungsvertrag über fünf Jahre "
           "unterzeichnet.", "Korvex", "Lumatec"),
    # a contract received from its customer
    ("fr", "Lumatec s'est vu attribuer par la SNCF un contrat de 20 millions d'euros.", "SNCF", "Lumatec"),
    ("fr", "Lumatec s'est vu confier par le groupe Korvex un contrat de maintenance de trois ans.",
     "Korvex", "Lumatec"),
    ("es", "Lumatec ha recibido de Renfe un contrato de 20 millones de euros.", "Renfe", "Lumatec"),
    ("es", "Lumatec recibió de Korvex un encargo de 300 vagones.", "Korvex", "Lumatec"),
    ("es", "Lumatec ha recibido de la aseguradora Korvex un contrato de servicios.", "Korvex", "Lumatec"),
    ("de", "Im Mai erhielt Lumatec vom Handelskonzern Korvex einen Rahmenvertrag über 30 Millionen Euro.",
     "Korvex", "Lumatec"),
    ("en", "BRISTOL, United Kingdom, 3 June 2025 – Lumatec today announced that it has been awarded a five-year "
           "contract by the carrier Korvex.", "Korvex", "Lumatec"),
])
def test_contract_with_the_customer_named_in_an_unusual_place(lang, text, customer, supplier):
    events = _events(lang, (supplier, customer), text, "contract")
    assert any(_roles(e) == {(customer, "customer"), (supplier, "supplier")} for e in events), events


@pytest.mark.parametrize(("lang", "text", "body"), [
    ("de", "Im Mai erhielt Lumatec vom Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr einen "
           "Rahmenvertrag über 30 Millionen Euro.", "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der "
                                                    "Bundeswehr"),
    ("en", "Lumatec won a contract from the Department for Environment, Food and Rural Affairs.",
     "Department for Environment, Food and Rural Affairs"),
])
def test_public_body_whose_name_lists_its_fields_is_one_customer(lang, text, body):
    events = _events(lang, ("Lumatec",), text, "contract")
    assert any(_roles(e) == {(body, "customer"), ("Lumatec", "supplier")} for e in events), events


@pytest.mark.parametrize(("lang", "text", "customer", "supplier", "since"), [
    ("en", "Lumatec has printed Korvex's customer magazine since 2016.", "Korvex", "Lumatec", "2016"),
    ("en", "Lumatec has cleaned the Korvex's stores in Leeds since 2018.", "Korvex", "Lumatec", "2018"),
    ("de", "Lumatec fertigt seit 2015 Bremsteile für die Korvex AG.", "Korvex", "Lumatec", "2015"),
    ("de", "Lumatec druckt seit 2016 das Kundenmagazin für die Handelskette Korvex.", "Korvex", "Lumatec", "2016"),
    ("fr", "Les conserves Lumatec sont distribuées depuis 2020 dans les magasins de l'enseigne Korvex.",
     "Korvex", "Lumatec", "2020"),
    ("fr", "Le contrat d'approvisionnement qui lie depuis 2019 Lumatec à Korvex a été prolongé.",
     "Korvex", "Lumatec", "2019"),
    ("es", "Lumatec fabrica desde 2015 componentes de freno para Korvex, su principal cliente.",
     "Korvex", "Lumatec", "2015"),
])
def test_standing_supply_dated_by_its_start(lang, text, customer, supplier, since):
    (event,) = _events(lang, (supplier, customer), text, "contract")
    assert _roles(event) == {(customer, "customer"), (supplier, "supplier")}
    assert event["status"] == "ongoing" and event["date"] == since


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lumatec and publisher Nordwerk plan to jointly offer learning bundles."),
    ("de", "Die Lumatec AG und der Verlag Nordwerk wollen künftig gemeinsam Lernpakete anbieten."),
    ("es", "Lumatec y la editorial Nordwerk ofrecerán conjuntamente paquetes de aprendizaje."),
    # a buying alliance joined
    ("fr", "Lumatec annonce son adhésion à la centrale d'achats européenne Nordwerk."),
    ("fr", "Lumatec a rejoint la centrale d'achats Nordwerk en janvier."),
    ("es", "Lumatec anuncia su adhesión a la central de compras europea Nordwerk."),
    ("de", "Lumatec tritt zum 1. Januar der Einkaufsgemeinschaft Nordwerk bei."),
])
def test_partnership_told_as_an_offer_made_together_or_an_alliance_joined(lang, text):
    events = _events(lang, ("Lumatec", "Nordwerk"), text, "partnership")
    assert any({p["name"].split()[-1] for p in e["parties"]} == {"Lumatec", "Nordwerk"} for e in events), events


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Mit dem neuen Werk hat Lumatec zudem seinen Umsatz gesteigert."),
    ("de", "Lumatec fertigt seit 2015 Bremsteile für den Export."),
    ("fr", "Les conserves Lumatec sont vendues depuis 2020 dans les magasins de la région."),
    ("en", "Lumatec has printed its own magazine since 2016."),
    ("es", "Lumatec ha recibido de sus accionistas un préstamo de 20 millones de euros."),
])
def test_no_contract_without_a_customer(lang, text):
    assert _events(lang, ("Lumatec",), text, "contract") == []


def test_contract_signed_with_a_supplier_keeps_its_customer():
    """The plain order told with "mit" after the subject keeps the subject as the customer."""
    (event,) = _events("de", ("NVB", "Voltrail"), "Die NVB hat einen Rahmenvertrag mit Voltrail über bis zu 60 Züge "
                       "geschlossen.", "contract")
    assert _roles(event) == {("NVB", "customer"), ("Voltrail", "supplier")}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Partenaire depuis 2019 de l'ONERA pour les essais en soufflerie, Cerbex compte 520 salariés."),
    ("en", "A partner of ONERA since 2019, Cerbex employs 520 people."),
    ("es", "Socio desde 2019 de la agencia espacial ONERA, Cerbex emplea a 520 personas."),
])
def test_partner_told_in_an_apposition_that_opens_the_sentence(lang, text):
    (event,) = _events(lang, ("Cerbex", "ONERA"), text, "partnership")
    assert _roles(event) == {("Cerbex", "partner"), ("ONERA", "partner")}
    assert event["status"] == "ongoing" and event["date"] == "2019"
