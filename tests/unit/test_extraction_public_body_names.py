"""A public body's one-word name ends where a capitalised noun of its clause begins (German), and the names
around it keep their spans: persons, products, places alone and two firms side by side."""

import pytest

from streams.extraction import organisations
from streams.extraction.lexicon import lexicon


def names(language: str, sentence: str) -> list[str]:
    lex = lexicon(language)
    found = organisations.mentions(organisations.analyse(sentence, 0, lex, None), lex, set())
    return [m.name for m in found if m.name]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Der Verkauf an Kelvor platzte, weil das Bundeswirtschaftsministerium Einwände gegen den Käufer erhob.",
         "Bundeswirtschaftsministerium"),
        ("Nachdem die Kartellbehörde Auflagen verhängt hatte, zog Kelvor das Angebot zurück.", "Kartellbehörde"),
        ("Zuletzt hatte die EU-Kommission Zweifel an der Fusion von Kelvor und Damsberg geäußert.", "EU-Kommission"),
    ],
)
def test_a_compound_public_body_takes_no_noun_after_it(sentence: str, body: str) -> None:
    noun = sentence.split(body + " ", 1)[1].split()[0]
    found = names("de", sentence)
    assert body in found
    assert not any(noun in n for n in found)  # neither glued to the body nor a firm of its own


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a place or an abbreviation after the body is part of its name
        ("de", "Das Wirtschaftsministerium Bayern fördert die Ansiedlung von Kelvor.", "Wirtschaftsministerium Bayern"),
        ("de", "Das Umweltministerium NRW vergibt den Auftrag an Kelvor.", "Umweltministerium NRW"),
        ("de", "Das Bundesministerium der Verteidigung bestellt bei Kelvor zwölf Radare.",
         "Bundesministerium der Verteidigung"),
        ("de", "Die Europäische Kommission prüft den Kauf von Kelvor.", "Europäische Kommission"),
        # two firms side by side and a firm with two words keep their spans
        ("de", "Kelvor Antriebe und Damsberg Logistik gründen ein Gemeinschaftsunternehmen.", "Damsberg Logistik"),
        ("en", "The Defence Ministry awarded Kelvor Systems a radar contract.", "Kelvor Systems"),
        ("fr", "Le ministère des Armées a commandé douze radars à Kelvor Systèmes.", "Kelvor Systèmes"),
        ("es", "El Ministerio de Defensa adjudicó a Kelvor Sistemas un contrato.", "Kelvor Sistemas"),
    ],
)
def test_names_around_public_bodies_keep_their_spans(language: str, sentence: str, expected: str) -> None:
    assert expected in names(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence", "absent"),
    [
        ("de", "Kelvor übernimmt den Zulieferer Damsberg, sagte Vorstandschefin Jana Pohl.", "Jana Pohl"),
        ("de", "Kelvor liefert das Modell X200 an das Verteidigungsministerium.", "X200"),
        ("en", "Kelvor will build the plant in Swindon.", "Swindon"),
        ("fr", "Kelvor ouvrira une usine à Lyon.", "Lyon"),
        ("es", "Kelvor abrirá una planta en Madrid.", "Madrid"),
    ],
)
def test_persons_products_and_places_stay_no_firm(language: str, sentence: str, absent: str) -> None:
    assert absent not in names(language, sentence)
