"""Standing supply relations told without a contract verb (issue 3, relation18): a customer list whose supplier the
text leaves out ("Among its first customers is X", "Zu den Kunden zählt X", "Größter Kunde ist X"), a service a
customer has a supplier run ("lässt ... von X betreiben"), a supplier's product a customer runs ("X has run Y's
platform since 2022"), a customer supplied or a supplier bought from ("fournit au X", "s'approvisionne auprès de X"),
a producer's goods sold through a distributor ("via un accord avec X", "a través de un acuerdo con X": the
distributor buys, the customer), and the standing status of a customer list. Probes that stay no contract: customers
counted or unnamed, goods sold through the firm's own shops, a purchase of a firm, a verb of letting that names no
service. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

CUSTOMER, SUPPLIER = "customer", "supplier"
FIRM = {"en": "Tallis Robotics", "de": "Tallis Robotik", "fr": "Tallis Robotique", "es": "Tallis Robótica"}
INTRO = {
    "en": ("Tallis Robotics opens new plant",
           "Tallis Robotics, a maker of robot arms based in Leeds, opened a new plant on Tuesday."),
    "de": ("Tallis Robotik eröffnet neues Werk",
           "Die Tallis Robotik GmbH, ein Hersteller von Roboterarmen aus Ulm, hat am Dienstag ein neues Werk "
           "eröffnet."),
    "fr": ("Tallis Robotique inaugure une usine",
           "Tallis Robotique, fabricant lyonnais de bras robotisés, a inauguré mardi une nouvelle usine."),
    "es": ("Tallis Robótica abre una nueva planta",
           "Tallis Robótica, fabricante vasco de brazos robóticos, abrió el martes una nueva planta."),
}


def _contracts(lang: str, sentence: str) -> list[dict]:
    title, intro = INTRO[lang]
    return [e for e in extract_events(page(lang, title, f"{intro} {sentence}")) if e["type"] == "contract"]


@pytest.mark.parametrize(("lang", "sentence", "customer", "supplier"), [
    # a customer list, the supplier the firm the text left out
    ("en", "Among its first customers is the bottler Kronfeld Drinks, which uses the arms in its plant.",
     "Kronfeld Drinks", None),
    ("en", "Among their clients is the bank Brenwick Capital.", "Brenwick Capital", None),
    ("de", "Zu den ersten Kunden gehört der Maschinenbauer Kronfeld Anlagenbau.", "Kronfeld Anlagenbau", None),
    ("de", "Zu ihren Kunden gehört der Autobauer Brenwick Motoren.", "Brenwick Motoren", None),
    ("de", "Größter Kunde ist der Autobauer Brenwick Motoren.", "Brenwick Motoren", None),
    # a service a customer has a supplier run
    ("de", "Die Brenwick Bank lässt ihre Rechenzentren seit 2020 vom Dienstleister Kronfeld IT warten.",
     "Brenwick Bank", "Kronfeld IT"),
    ("de", "Die Stadtwerke Brenwick lassen ihr Netz seit 2018 von der Tallis Robotik GmbH betreiben.",
     "Stadtwerke Brenwick", None),
    # a customer supplied right after the verb, a supplier bought from
    ("fr", "Depuis 2023, elle fournit au constructeur Brenwick Automobiles des bras de soudage.",
     "Brenwick Automobiles", None),
    ("fr", "Elle s'approvisionne depuis 2021 auprès de Kronfeld Composants en vertu d'une entente-cadre.",
     None, "Kronfeld Composants"),
    ("fr", "Brenwick Automobiles s'approvisionne auprès de Tallis Robotique depuis 2019.", "Brenwick Automobiles",
     None),
    # a product a customer runs: the subject is the customer
    ("en", "Brenwick Motors has run Kronfeld's scheduling platform across its plants since 2022.", "Brenwick Motors",
     "Kronfeld"),
    ("en", "Brenwick Motors has used Tallis Robotics' software since 2020.", "Brenwick Motors", None),
    # a producer's goods sold through a distributor: the distributor is the customer
    ("en", "Tallis Robotics has distributed its arms in Asia through an agreement with Kronfeld Trading since 2021.",
     "Kronfeld Trading", None),
    ("fr", "Elle distribue ses robots aux États-Unis via un accord avec Kronfeld Distribution.",
     "Kronfeld Distribution", None),
    ("es", "Distribuye sus robots en Estados Unidos a través de un acuerdo con Kronfeld Distribución.",
     "Kronfeld Distribución", None),
    ("es", "Casi un tercio de sus ventas llega a través del distribuidor Brenwick Comercial, con el que la empresa "
           "tiene firmado desde 2019 un acuerdo de comercialización en exclusiva.", "Brenwick Comercial", None),
])
def test_customer_and_supplier(lang: str, sentence: str, customer: str | None, supplier: str | None) -> None:
    events = _contracts(lang, sentence)
    assert len(events) == 1, events
    assert parties(events[0]) == {(customer or FIRM[lang], CUSTOMER), (supplier or FIRM[lang], SUPPLIER)}


@pytest.mark.parametrize(("lang", "sentence", "date"), [
    ("en", "Its customers include the carmaker Brenwick Motors.", None),
    ("en", "Among its customers are the carmaker Brenwick Motors and the grocer Hallam Stores.", None),
    ("de", "Zu den Kunden zählt seit 2021 die Brenwick Motoren AG.", "2021"),
    ("de", "Zu ihren Kunden gehört der Autobauer Brenwick Motoren.", None),
    ("de", "Wichtigster Kunde ist Brenwick Motoren.", None),
    ("fr", "Parmi ses clients figure le constructeur Brenwick Automobiles.", None),
    ("fr", "Parmi leurs clients figure la banque Brenwick Capital.", None),
    ("es", "Entre sus clientes figura el fabricante de automóviles Brenwick Motores.", None),
])
def test_a_customer_list_is_a_standing_contract(lang: str, sentence: str, date: str | None) -> None:
    assert [(e["status"], e["date"]) for e in _contracts(lang, sentence)] == [("ongoing", date)]


def test_a_new_contract_told_of_the_largest_customer_stays_news() -> None:
    events = _contracts("en", "Its largest customer is the grocer Brenwick Stores, which in January signed a $20 "
                              "million contract for 400 arms.")
    assert [(e["status"], e["date"]) for e in events] == [("announced", "2024-01")]


def test_a_sentence_after_a_semicolon_plays_no_part_in_the_customer_list() -> None:
    events = _contracts("de", "Wichtigster Kunde ist Brenwick Motoren; das Unternehmen beliefert den Autobauer seit "
                              "über zehn Jahren.")
    assert [parties(e) for e in events] == [{("Brenwick Motoren", CUSTOMER), (FIRM["de"], SUPPLIER)}]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Tallis Robotics has more than 300 customers in Europe."),
    ("en", "Among its customers is a growing number of hospitals."),
    ("en", "Tallis Robotics has distributed its arms through its own shops since 2021."),
    ("en", "Brenwick Motors has bought Kronfeld Parts for $40 million."),
    ("en", "Brenwick Motors has run its own software since 2020."),
    ("de", "Zu den Kunden zählen Handwerksbetriebe und Stadtwerke."),
    ("de", "Die Brenwick Bank lässt sich von der Kronfeld Beratung nicht beirren."),
    ("fr", "Elle compte plus de 300 clients en Europe."),
    ("fr", "Elle distribue ses robots via son propre réseau de magasins."),
    ("es", "Distribuye sus robots en Estados Unidos a través de su propia red."),
    ("es", "Entre sus clientes figuran hospitales y ayuntamientos."),
])
def test_look_alikes_are_no_contract(lang: str, sentence: str) -> None:
    assert _contracts(lang, sentence) == []
