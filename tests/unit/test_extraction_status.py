"""Status cues in each language."""

import pytest

from streams.extraction import extract_events
from streams.extraction.lexicon import lexicon
from streams.extraction.status import assess, latest
from tests.unit.test_extraction_roles import page

ANCHOR = "2024-03-14"


@pytest.mark.parametrize(("lang", "window", "kind", "date", "expected"), [
    ("en", "Acme is in talks to buy Bolt, people familiar with the matter said.", "acquisition", None, "rumored"),
    ("en", "Acme completed its purchase of Bolt on Friday.", "acquisition", "2024-03-08", "completed"),
    ("en", "Acme called off its bid for Bolt.", "acquisition", None, "terminated"),
    ("en", "Acme bought Bolt in 2016.", "acquisition", "2016", "completed"),
    ("en", "Acme agreed to buy Bolt after months of negotiations.", "acquisition", None, "announced"),
    ("de", "Insidern zufolge verhandelt Nordbank über den Kauf.", "acquisition", None, "rumored"),
    ("de", "Die Übernahme ist abgeschlossen.", "acquisition", None, "completed"),
    ("de", "Die Fusion ist geplatzt.", "merger", None, "terminated"),
    ("fr", "Orlane est en discussions avec Vexim.", "acquisition", None, "rumored"),
    ("fr", "Orlane a finalisé le rachat de Vexim.", "acquisition", None, "completed"),
    ("fr", "Orlane a abandonné son projet.", "acquisition", None, "terminated"),
    ("es", "Las negociaciones entre Ibercaja y Norvia siguen.", "merger", None, "rumored"),
    ("es", "Norvia completó la compra de Cajaplus.", "acquisition", None, "completed"),
    ("es", "Las conversaciones se rompieron.", "merger", None, "terminated"),
    ("de", "Seit 2018 arbeiten beide Firmen weiterhin zusammen.", "partnership", "2018", "ongoing"),
])
def test_status_cues(lang, window, kind, date, expected):
    assert assess(window, kind, date, ANCHOR, lexicon(lang))[0] == expected


def test_latest_stated_status_wins():
    assert latest([("rumored", True), ("announced", True), ("completed", True)]) == "completed"
    assert latest([("rumored", True), ("announced", False)]) == "rumored"


def test_default_status_is_not_stated():
    assert assess("Acme would buy Bolt.", "acquisition", None, ANCHOR, lexicon("en")) == ("announced", False)


@pytest.mark.parametrize(("lang", "window"), [
    ("en", "Acme has dropped its bid for Bolt."),
    ("en", "Acme pulled out of the agreed deal to buy Bolt."),
    ("en", "Acme shelved the merger with Bolt it had agreed in May."),
    ("en", "Acme and Bolt broke off their merger talks."),
    ("de", "Die Acme AG hat die vereinbarte Übernahme der Bolt GmbH abgeblasen."),
    ("de", "Die Fusion mit Bolt liegt auf Eis."),
    ("de", "Acme verzichtet auf die Übernahme von Bolt."),
    ("fr", "Acme a jeté l'éponge dans le rachat de Bolt, annoncé en mai."),
    ("fr", "Le rachat de Bolt par Acme a capoté."),
    ("fr", "Acme a mis un terme au projet de fusion signé avec Bolt."),
    ("es", "Acme ha desistido de la compra de Bolt que había acordado."),
    ("es", "Acme dio marcha atrás en la compra de Bolt."),
    ("es", "La fusión anunciada entre Acme y Bolt se ha truncado."),
])
def test_called_off_deals_are_terminated_whatever_else_their_sentence_says(lang, window):
    assert assess(window, "acquisition", None, ANCHOR, lexicon(lang)) == ("terminated", True)


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Acme Corp. agreed to buy Bolt Ltd in January. The deal was called off on Monday."),
    ("de", "Die Acme AG hatte im Januar die Übernahme der Bolt GmbH vereinbart. Am Montag platzte der Deal."),
    ("fr", "Acme SA avait annoncé en janvier le rachat de Bolt. L'opération a été abandonnée lundi."),
    ("es", "Acme SA anunció en enero la compra de Bolt. El lunes la operación quedó cancelada."),
])
def test_a_deal_called_off_in_the_next_sentence_is_terminated_on_that_day(lang, body):
    (event,) = extract_events(page(lang, "Acme", body))
    assert (event["status"], event["date"]) == ("terminated", "2024-03-11")


def test_a_deal_called_off_in_another_paragraph_is_not_this_one():
    body = ("Acme Corp. agreed to buy Bolt Ltd in January.", "A similar deal was called off on Monday.")
    (event,) = extract_events(page("en", "Acme", *body))
    assert event["status"] == "announced"


@pytest.mark.parametrize(("lang", "window", "kind"), [
    ("en", "Acme has supplied Bolt with chips for years.", "contract"),
    ("en", "Acme, a longtime supplier to Bolt, makes chips.", "contract"),
    ("en", "Acme's partnership with Bolt dates back to the nineties.", "partnership"),
    ("de", "Die Acme AG beliefert Bolt seit vielen Jahren mit Chips.", "contract"),
    ("de", "Die Acme AG arbeitet seit langem mit Bolt zusammen.", "partnership"),
    ("fr", "Acme fournit des puces à Bolt depuis des années.", "contract"),
    ("fr", "Acme et Bolt sont liés par un partenariat de longue date.", "partnership"),
    ("es", "Acme suministra chips a Bolt desde hace años.", "contract"),
    ("es", "Acme es el proveedor histórico de Bolt.", "contract"),
])
def test_relationships_running_for_years_are_ongoing(lang, window, kind):
    assert assess(window, kind, None, ANCHOR, lexicon(lang)) == ("ongoing", True)


def test_a_contract_for_some_years_is_not_a_relationship_for_years():
    assert assess("Acme won a contract for five years from Bolt.", "contract", None, ANCHOR, lexicon("en"))[0] == (
        "announced")
