"""Status cues beyond the plainest verbs, in every language; sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

TAIL = {"en": " Lumatec is based in Leeds.", "de": " Lumatec sitzt in Kassel.", "fr": " Lumatec est basé à Lille.",
        "es": " Lumatec tiene sede en León."}


def status(lang: str, text: str) -> set[str]:
    return {e["status"] for e in extract_events(page(lang, "Lumatec", text + TAIL[lang]))
            if {p["name"] for p in e["parties"]} == {"Lumatec", "Nordwerk"}}


def test_deals_given_up():
    assert status("en", "Lumatec dropped its bid for Nordwerk on Friday.") == {"terminated"}
    assert status("en", "Lumatec pulled out of talks to buy Nordwerk.") == {"terminated"}
    assert status("fr", "Le groupe Lumatec a jeté l'éponge dans le rachat de Nordwerk.") == {"terminated"}
    assert status("es", "El grupo Lumatec ha desistido de la compra de Nordwerk.") == {"terminated"}


def test_deals_only_reported():
    assert status("en", "Lumatec is said to be considering an offer for Nordwerk.") == {"rumored"}
    assert status("de", "Der Chiphersteller Lumatec liebäugelt mit einer Übernahme von Nordwerk.") == {"rumored"}
    assert status("fr", "Le groupe Lumatec s'intéresse au rachat de Nordwerk, selon Les Echos.") == {"rumored"}
    assert status("es", "El grupo Lumatec sondea la compra de Nordwerk, según fuentes financieras.") == {"rumored"}


def test_a_possible_deal_in_reported_talks_is_a_rumour_not_a_plan():
    assert status("en", "Lumatec is in talks with Nordwerk about a possible takeover, people familiar with the "
                  "matter said.") == {"rumored"}
    assert status("en", "Lumatec said a possible takeover of Nordwerk was not on the agenda.") == set()


def test_an_undisclosed_price_denies_no_deal():
    assert status("fr", "Le groupe Lumatec rachète Nordwerk pour un montant qui n'a pas été dévoilé.") == {"announced"}
    assert status("es", "El grupo Lumatec ha comprado Nordwerk por un importe que no ha trascendido.") == {"announced"}
    assert status("fr", "Le groupe Lumatec ne rachètera pas Nordwerk.") == set()
