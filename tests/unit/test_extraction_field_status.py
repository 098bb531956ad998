"""Status of paired deals (branch fields): a firm the press links with a bid is rumoured to make it, an agreement to
create a joint venture is pending (the venture is not yet set up, whatever month the agreement was signed), and an
end told in a subordinate clause after the deal's cue ("a year after its sale to Z failed") is another deal's.
Sentences and names written for these tests."""

import pytest

from streams.extraction import extract_events, status
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_generalisation import only
from tests.unit.test_extraction_roles import page

ANCHOR = "2025-03-20"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Trevane Rail has also been linked with a bid for Ostby Signals."),
    ("en", "Trevane wants to buy Ostby Signals, according to the trade newsletter Track Weekly."),
    ("de", "Trevane wird mit einer Übernahme von Ostby Signaltechnik in Verbindung gebracht."),
    ("de", "Trevane wird als möglicher Käufer von Ostby Signaltechnik gehandelt."),
    ("fr", "Trevane est cité comme repreneur possible d'Ostby Signalisation."),
    ("fr", "Trevane serait sur les rangs pour racheter Ostby Signalisation."),
    ("es", "A Trevane se le relaciona con una oferta por Ostby Señales."),
    ("es", "Trevane suena como posible comprador de Ostby Señales."),
])
def test_a_firm_linked_with_a_bid_is_a_rumour(lang, text):
    assert status.assess(text, "acquisition", None, ANCHOR, lexicon(lang)) == ("rumored", True)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In January Trevane signed an agreement to set up a joint venture with Ostby Wind."),
    ("de", "Im Januar unterzeichnete Trevane mit Ostby Wind eine Vereinbarung zur Gründung eines Joint Ventures."),
    ("fr", "En janvier, Trevane a signé avec Ostby Éolien un accord pour créer une coentreprise."),
    ("es", "En enero Trevane firmó con Ostby Eólica un acuerdo para crear una sociedad conjunta."),
])
def test_an_agreement_to_create_a_venture_is_pending(lang, text):
    assert status.assess(text, "joint_venture", "2025-01", ANCHOR, lexicon(lang))[0] == "announced"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In January Trevane and Ostby Wind set up a joint venture."),
    ("es", "En enero Trevane y Ostby Eólica crearon una sociedad conjunta."),
])
def test_a_venture_set_up_earlier_is_done(lang, text):
    assert status.assess(text, "joint_venture", "2025-01", ANCHOR, lexicon(lang))[0] == "completed"


@pytest.mark.parametrize(("lang", "title", "body"), [
    ("en", "Trevane buys Ostby", "Trevane Foods agreed on Tuesday to buy Ostby Dairies after talks with Pellin Farms "
                                 "collapsed."),
    ("es", "Trevane compra Ostby", "Trevane Alimentos se hace con Bodegas Ostby, un año después de que fracasara su "
                                   "venta a Pellin Vinos."),
    ("fr", "Trevane rachète Ostby", "Trevane Aliments rachète les Fromageries Ostby, un an après que leur vente à "
                                    "Pellin a échoué."),
    ("de", "Trevane kauft Ostby", "Trevane Lebensmittel übernimmt die Ostby Molkerei, nachdem der Verkauf an Pellin "
                                  "gescheitert war."),
])
def test_an_end_told_after_the_deal_in_a_subordinate_clause_is_another_deal(lang, title, body):
    (event,) = [e for e in extract_events(page(lang, title, body))
                if any(p["name"].startswith("Trevane") for p in e["parties"])]
    assert event["status"] != "terminated"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "We are thrilled to announce that Korvane Analytics is now officially part of Ulbrin Data Systems!"),
    ("de", "Wir freuen uns: Die Korvane Analytik GmbH ist nun offiziell Teil der Ulbrin Datensysteme AG."),
    ("fr", "Bonne nouvelle : Korvane Analytique fait désormais partie du groupe Ulbrin Systèmes."),
    ("es", "Buenas noticias: Korvane Analítica ya forma parte de Ulbrin Sistemas."),
])
def test_a_firm_now_part_of_another_was_bought_by_it(lang, text):
    event = only(extract_events(page(lang, "Korvane", text, published="2024-11-13")), "acquisition")
    roles = {p["role"]: p["name"] for p in event["parties"]}
    assert roles["acquirer"].startswith("Ulbrin") and roles["target"].startswith("Korvane")
    assert event["status"] == "completed"  # "now part of": the purchase is done, whatever "announce" says
