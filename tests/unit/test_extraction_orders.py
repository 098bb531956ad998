"""Orders placed with a supplier (issue 3, orders): a public body that a common word names is the customer once
inside a sentence ("Die Bundeswehr hat bei X 50 Lkw bestellt", "hat die Marine beim Werftenverbund X bestellt");
work a customer has a supplier do ("Das Land lässt von X die Software seiner Finanzämter erneuern");
an order received told before its customer ("X a reçu une commande de la SNCF", "X ha recibido un pedido de
Renfe"); an order told after a share price's move went to the firm whose shares moved ("X gained 3% after the
Ministry of Defence placed an order worth £640m"). Probes that must keep their result. Sentences written for these
tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _contracts(lang: str, text: str) -> list[set[tuple[str, str]]]:
    title = {"de": "Nachrichten", "fr": "Actualités", "es": "Noticias", "en": "News"}[lang]
    return [parties(e) for e in extract_events(page(lang, title, text)) if e["type"] == "contract"]


@pytest.mark.parametrize("text, customer, supplier", [
    ("Die Bundeswehr hat bei Nordwerk 50 geschützte Lastwagen bestellt.", "Bundeswehr", "Nordwerk"),
    ("Die Bundeswehr bestellte bei der Lumatec AG 120 Funkgeräte.", "Bundeswehr", "Lumatec"),
    ("Die Bundespolizei hat bei der Sensorik GmbH aus Ulm Systeme zur Drohnenabwehr bestellt.",
     "Bundespolizei", "Sensorik"),
    ("Vier Fregatten im Wert von 2,4 Milliarden Euro hat die Marine beim Kieler Werftenverbund Nordwind bestellt.",
     "Marine", "Nordwind"),
    ("Zwölf Transportflugzeuge hat die Luftwaffe bei Lumatec bestellt.", "Luftwaffe", "Lumatec"),
])
def test_public_body_named_by_a_common_word_orders(text, customer, supplier):
    assert {(customer, "customer"), (supplier, "supplier")} in _contracts("de", text)


@pytest.mark.parametrize("text, customer, supplier", [
    ("Die Stadtwerke Lumbach lassen von Vendix die Software ihrer Kundencenter erneuern.", "Stadtwerke Lumbach",
     "Vendix"),
    ("Der Freistaat Bayern lässt von der Vendix GmbH die Software seiner Finanzämter erneuern.", "Freistaat Bayern",
     "Vendix"),
    ("Die Deutsche Bahn lässt ihre Stellwerke von Nordwerk modernisieren.", "Deutsche Bahn", "Nordwerk"),
])
def test_work_a_customer_has_a_supplier_do(text, customer, supplier):
    assert {(customer, "customer"), (supplier, "supplier")} in _contracts("de", text)


@pytest.mark.parametrize("text", [
    "Transport for Wales has ordered 30 trains from Nordwerk Rail for £500m.",
    "Transport for Wales ordered a further 12 trains from Nordwerk Rail.",
])
def test_goods_counted_after_ordered(text):
    assert {("Transport for Wales", "customer"), ("Nordwerk Rail", "supplier")} in _contracts("en", text)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nordwerk a reçu une commande de la SNCF pour 30 rames."),
    ("fr", "Nordwerk a reçu une importante commande de la SNCF."),
    ("es", "Nordwerk ha recibido un pedido de Renfe para 30 trenes."),
    ("es", "Nordwerk recibió un nuevo pedido de Renfe."),
])
def test_order_received_before_its_customer(lang, text):
    customer = "SNCF" if lang == "fr" else "Renfe"
    assert {(customer, "customer"), ("Nordwerk", "supplier")} in _contracts(lang, text)


@pytest.mark.parametrize("lang, text, customer", [
    ("en", "Nordwerk Systems gained 3% after the Ministry of Defence placed an order worth £640m for bridging "
     "vehicles.", "Ministry of Defence"),
    ("en", "Shares in Nordwerk Systems rose 5% after Deutsche Bahn placed an order worth €800m for 40 trains.",
     "Deutsche Bahn"),
    ("de", "Die Aktie von Nordwerk Systems stieg um 4 Prozent, nachdem die Bundeswehr 12 Radare für 300 Millionen "
     "Euro bestellt hatte.", "Bundeswehr"),
])
def test_order_after_a_share_move_went_to_the_firm_that_moved(lang, text, customer):
    assert {(customer, "customer"), ("Nordwerk Systems", "supplier")} in _contracts(lang, text)


def test_supplier_named_with_the_order_is_kept_after_a_share_move():
    assert _contracts("en", "Nordwerk Systems gained 3% after the Ministry of Defence placed an order with Lumatec "
                            "Industries worth £640m.") == [{("Ministry of Defence", "customer"),
                                                             ("Lumatec Industries", "supplier")}]


@pytest.mark.parametrize("lang, text", [
    ("en", "Shares in Nordwerk Systems rose 5% after the Bank of England cut interest rates."),
    ("en", "Deutsche Bahn has ordered 40 trains worth €800m."),  # no supplier: no contract
    # a ministry's word alone names no body; a regulator's review is no order
    ("de", "Das Ministerium hat die Pläne von Nordwerk begrüßt."),
    ("de", "Die Marine der Niederlande testet derzeit Drohnen."),
    ("fr", "Nordwerk a reçu une offre de rachat de Lumatec."),
    ("es", "Nordwerk recibió una oferta de compra de Lumatec."),
])
def test_no_order_here(lang, text):
    assert _contracts(lang, text) == []
