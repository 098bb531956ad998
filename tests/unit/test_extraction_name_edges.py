"""Issue 3 (names8): firm names cut, padded or invented around kind words, legal forms, outlets and places. A
cooperative's legal form goes as a legal suffix and its compound kind word stays in its name; a trade noun or a
kind noun before a name describes it; a compound ending like a descriptor before a word of a firm's name and a legal
suffix is a name word; an outlet a credit or a source word introduces is no party; the town after a kind of firm
given by its initials is a place."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import names, page


def _names(lang: str, *paragraphs: str) -> set[str]:
    return names(extract_events(page(lang, *paragraphs)))


def test_cooperative_legal_forms_go_with_the_other_suffixes():
    for lang, text, expected in (
            ("de", "Die Lumatec e.G. übernimmt die Nordwerk eGmbH für 2 Millionen Euro.", {"Lumatec", "Nordwerk"}),
            ("de", "Die Volksbank Weilheim eG und die Raiffeisenbank Schongau eG fusionieren.",
             {"Volksbank Weilheim", "Raiffeisenbank Schongau"}),
            ("es", "La cooperativa Anecoop S. Coop. adquiere la empresa Frutas Lumen S.L. por 5 millones de euros.",
             {"Anecoop", "Frutas Lumen"}),
            ("es", "Campo Verde S.C.A. adquiere Frutas Lumen SL por 5 millones de euros.",
             {"Campo Verde", "Frutas Lumen"}),
            ("fr", "Lumatec SCOP reprend la société Vexim SAS pour 2 millions d'euros.", {"Lumatec", "Vexim"}),
            ("fr", "La coopérative Terres du Sud S.C.A. rachète la société Vexim pour 2 millions d'euros.",
             {"Terres du Sud", "Vexim"})):
        assert _names(lang, "Nachrichten" if lang == "de" else "Noticias", text) == expected, text


def test_german_cooperative_kind_word_heads_its_name():
    for text, name in (
            ("Die Raiffeisen Warenhandel Weiler eG übernimmt die Warengenossenschaft Altach eG.",
             "Warengenossenschaft Altach"),
            ("Die Winzergenossenschaft Königsbach eG übernimmt die Nordwerk GmbH für 2 Millionen Euro.",
             "Winzergenossenschaft Königsbach"),
            ("Die Lumatec AG übernimmt die Molkereigenossenschaft Allgäu für 2 Millionen Euro.",
             "Molkereigenossenschaft Allgäu")):
        assert name in _names("de", "Nachrichten", text), text
    # the bare kind word still describes the name after it
    assert _names("de", "Nachrichten", "Die Genossenschaft Lumatec übernimmt die Nordwerk GmbH für 2 Millionen "
                  "Euro.") == {"Lumatec", "Nordwerk"}


def test_german_trade_noun_before_a_name_describes_it():
    for text, name in (
            ("Die Nordwerk AG übernimmt den Paketdienst Nordpost Express für 40 Millionen Euro.", "Nordpost Express"),
            ("Die Lumatec AG hat die Übernahme des Nürnberger Solarinstallateurs Sonnwerk abgeschlossen.", "Sonnwerk")):
        found = _names("de", "Nachrichten", text)
        assert name in found and not any(n.startswith(("Paketdienst", "Solarinstallateur")) for n in found), found


def test_german_trade_noun_after_place_adjective_is_no_name():
    for text, firm in (
            ("Die Kranz Logistik GmbH aus Hamburg wächst weiter. Der Hamburger Spediteur kauft die Nordfracht GmbH.",
             "Kranz Logistik"),
            ("Die Kessler Röstwerk GmbH aus Bremen wächst weiter. Der Bremer Kaffeeröster übernimmt die Nordfracht "
             "GmbH.", "Kessler Röstwerk"),
            ("Die Halder Bau GmbH aus Kiel wächst weiter. Der Kieler Bauunternehmer übernimmt die Nordfracht GmbH.",
             "Halder Bau"),
            ("Die Halder GmbH aus Kiel wächst weiter. Der Kieler Fleischverarbeiter übernimmt die Nordfracht GmbH.",
             "Halder"),
            ("Die Halder GmbH aus Kiel wächst weiter. Der Kieler Stromerzeuger übernimmt die Nordfracht GmbH.",
             "Halder")):
        assert _names("de", "Nachrichten", text) == {firm, "Nordfracht"}, text


def test_german_descriptor_ending_compound_before_firm_word_and_suffix_is_a_name():
    found = _names("de", "Nachrichten", "Die Lumatec AG hat die Sparte der Nordhaus Immobilien AG übernommen.")
    assert "Immobilien" not in found and "Nordhaus Immobilien" in found, found


def test_outlet_after_credit_or_source_word_is_no_party():
    for lang, text, expected in (
            ("de", "Die Lumatec AG will die Nordwerk GmbH übernehmen, berichtete der Weser Kurier am Dienstag.",
             {"Lumatec", "Nordwerk"}),
            ("fr", "Selon la lettre spécialisée Air & Défense Confidentiel, le groupe Falcora aurait approché le "
             "motoriste Vexim pour un rachat.", {"Falcora", "Vexim"}),
            ("fr", "D'après la lettre confidentielle Industrie Matin, Lumatec aurait fait une offre pour racheter "
             "Vexim.", {"Lumatec", "Vexim"}),
            ("de", "Wie das Handelsjournal Nord berichtete, übernimmt die Lumatec AG die Nordwerk GmbH.",
             {"Lumatec", "Nordwerk"}),
            ("de", "Laut einem Bericht der Börsen-Zeitung will die Lumatec AG die Nordwerk GmbH übernehmen.",
             {"Lumatec", "Nordwerk"}),
            ("en", "Lumatec Inc has approached Nordwerk Ltd about a takeover, Central European Finance Daily reported "
             "on Tuesday.", {"Lumatec", "Nordwerk"}),
            ("en", "Lumatec Inc is in talks to buy Nordwerk Ltd, the Ledger Times reported on Monday.",
             {"Lumatec", "Nordwerk"}),
            ("es", "Norvia S.A. negocia la compra de Cajaplus S.L., informó el martes el Diario de Levante.",
             {"Norvia", "Cajaplus"})):
        assert _names(lang, "Nachrichten" if lang == "de" else "Actualités", text) == expected, text


def test_town_after_initials_of_a_kind_is_no_party():
    found = _names("fr", "Actualités", "La société Vexim, installée aux Herbiers, grandit. Le ministère des Armées "
                   "commande 40 drones à la PME des Herbiers.")
    assert "Herbiers" not in found, found
    # a firm after the initials stays a firm
    assert "Vexim" in _names("fr", "Actualités", "Le groupe Falcora rachète la PME Vexim pour 3 millions d'euros.")


def test_ministry_seat_blocking_a_deal_is_a_regulator():
    (event,) = extract_events(page("fr", "Falcora veut Vexim", "Le groupe Falcora SA veut racheter Vexim. Mais Bercy "
                                   "bloque le rachat de Vexim."))
    assert names([event]) == {"Falcora", "Vexim"} and event["status"] == "terminated"


def test_district_after_a_resource_is_no_party():
    found = _names("es", "Agua", "La empresa Hidrosur se queda con el agua del Bajo Segral tras ganar el concurso.")
    assert "Segral" not in found and "Bajo Segral" not in found, found
    # a longer name opened so stays a firm
    assert "Alto Capital Partners" in _names("es", "Noticias", "Alto Capital Partners compra Cajaplus S.L. por 5 "
                                             "millones de euros.")
