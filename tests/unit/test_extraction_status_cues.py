"""Status cues beyond the plainest verbs, in every language; sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_generalisation import only
from tests.unit.test_extraction_roles import page, parties

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
    assert status("es", "El grupo Lumatec ha comprado Nordwerk por un importe que no ha trascendido.") == {"completed"}
    assert status("fr", "Le groupe Lumatec ne rachètera pas Nordwerk.") == set()


def test_a_completion_only_expected_leaves_the_deal_announced():
    assert status("en", "Lumatec agreed to buy Nordwerk. Lumatec expects the takeover of Nordwerk to be completed "
                        "in the summer.") == {"announced"}
    assert status("de", "Lumatec übernimmt Nordwerk. Die Übernahme von Nordwerk durch Lumatec soll bis zum Sommer "
                        "abgeschlossen sein.") == {"announced"}
    assert status("fr", "Lumatec rachète Nordwerk. Le rachat de Nordwerk par Lumatec devrait être finalisé cet "
                        "été.") == {"announced"}
    assert status("es", "Lumatec compra Nordwerk. Lumatec prevé que la compra de Nordwerk quede completada en "
                        "verano.") == {"announced"}


def test_more_forms_of_ending_closing_and_reporting_a_deal():
    assert status("fr", "Lumatec et Nordwerk ont annoncé qu'ils mettaient un terme à leur projet de "
                        "fusion.") == {"terminated"}
    assert status("es", "Lumatec cerró el pasado viernes la compra de Nordwerk.") == {"completed"}
    assert status("en", "Lumatec is preparing a bid for Nordwerk, people with knowledge of the plans "
                        "said.") == {"rumored"}
    assert status("de", "Lumatec übernimmt nach Informationen aus Finanzkreisen Nordwerk.") == {"rumored"}


def test_a_relationship_told_as_going_on_is_ongoing_and_dated_by_its_start():
    def events(lang: str, text: str) -> list[tuple[str, str | None]]:
        return [(e["status"], e["date"]) for e in extract_events(page(lang, "Lumatec", text + TAIL[lang]))
                if {p["name"] for p in e["parties"]} == {"Lumatec", "Nordwerk"}]

    assert events("en", "Lumatec has sold its policies through Nordwerk's branches since 2019, a partnership both "
                        "sides said would continue.") == [("ongoing", "2019")]
    assert events("fr", "Lumatec s'appuie sur une collaboration de longue date avec Nordwerk, avec qui il développe "
                        "depuis 2020 des pièces en carbone.") == [("ongoing", "2020")]
    assert events("de", "Der Liefervertrag von Lumatec mit Nordwerk läuft unverändert weiter.")[0][0] == "ongoing"
    assert events("es", "La alianza de Lumatec con Nordwerk continuará el año que viene.")[0][0] == "ongoing"


def test_a_possible_deal_that_sources_report_is_a_rumour_wherever_the_source_stands():
    for lang, title, text, issuer in [
        ("es", "Bolsa", "De acuerdo con fuentes cercanas a la empresa, Conservas Miramar ya trabaja con asesores en su "
         "eventual salida a Bolsa.", "Conservas Miramar"),
        ("es", "Bolsa", "Según fuentes próximas a la empresa, Conservas Miramar prepara su posible salida a Bolsa.",
         "Conservas Miramar"),
        ("fr", "Bourse", "D'après plusieurs sources, Verrerie Dumas prépare sa prochaine introduction en Bourse.",
         "Verrerie Dumas"),
        ("de", "Börse", "Quellen zufolge bereitet Kessler Antriebstechnik einen möglichen Börsengang vor.",
         "Kessler Antriebstechnik"),
        ("en", "Listing", "According to sources close to the company, Orwell Pumps is working with advisers on a "
         "possible listing.", "Orwell Pumps"),
    ]:
        event = only(extract_events(page(lang, title, text)), "ipo")
        assert (event["status"], parties(event)) == ("rumored", {(issuer, "issuer")}), text
    # with no source, a possible listing is no deal yet
    assert extract_events(page("de", "Börse", "Kessler Antriebstechnik bereitet einen möglichen Börsengang vor.")) == []
