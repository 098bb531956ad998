"""Standing relationships told in a relative clause on a page about another deal (issue 3, standing5): the partner
named before ", mit dem das Unternehmen seit 2018 zusammenarbeitet" (the description after the relative pronoun is
the clause's subject, not "dem das Unternehmen"), a bare noun apposed before the clause ("Y, socio con el que X
colabora desde 2017"), a description subject of the clause standing for another firm than the clause's antecedent,
a sentence-opening adverb that names no firm ("También contratará ..."), a supplier fitting out its customer
with the contract told between them, fr work done "depuis 2016 pour" a customer and a partnership kept ("conserve
son partenariat historique avec X"). Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page
from tests.unit.test_extraction_standing_background import INTRO


def _events(lang: str, sentence: str, kind: str) -> list[tuple[str, str | None, set[tuple[str, str]]]]:
    title, intro = INTRO[lang]
    return [(e["status"], e["date"], {(p["name"], p["role"]) for p in e["parties"]})
            for e in extract_events(page(lang, title, f"{intro} {sentence}", published="2026-03-14"))
            if e["type"] == kind]


@pytest.mark.parametrize(("lang", "sentence", "partners", "date"), [
    # the description after the relative pronoun is the clause's subject
    ("de", "Eng verbunden bleibt die Tallis Robotik AG mit dem Terminalbetreiber Vossport, mit dem das Unternehmen "
           "seit 2018 bei der Abfertigung zusammenarbeitet.", {"Tallis Robotik", "Vossport"}, "2018"),
    ("de", "Eng verbunden bleibt die Tallis Robotik AG mit der Reederei Vossport, mit der der Konzern seit 2018 "
           "zusammenarbeitet.", {"Tallis Robotik", "Vossport"}, "2018"),
    ("de", "Die Tallis Robotik AG arbeitet weiter mit Vossport. Mit dem Hafenbetreiber Kaihafen, mit dem das "
           "Unternehmen seit 2016 bei der Abfertigung zusammenarbeitet, verlängerte es den Vertrag.",
     {"Tallis Robotik", "Kaihafen"}, "2016"),
    # a bare noun apposed to the partner's name before the relative clause
    ("es", "La obra se hará en unión temporal de empresas con Ferrovías Lanza, socio con el que Tallis Robótica "
           "colabora en obra ferroviaria desde 2017.", {"Ferrovías Lanza", "Tallis Robótica"}, "2017"),
    ("en", "The plant will work with Ferrow Rail, partner with which Tallis Robotics has worked since 2017.",
     {"Ferrow Rail", "Tallis Robotics"}, "2017"),
    ("fr", "Le chantier sera mené avec Ferrovia Lanza, partenaire avec lequel Tallis Robotique collabore depuis "
           "2017.", {"Ferrovia Lanza", "Tallis Robotique"}, "2017"),
    # a relationship kept, dated by the start its relative clause tells
    ("fr", "Tallis Robotique conserve son partenariat historique avec la Coopérative Valmont, qui lui fournit son "
           "lait depuis 2015.", {"Tallis Robotique", "Coopérative Valmont"}, "2015"),
])
def test_partner_of_a_relative_clause(lang, sentence, partners, date):
    assert ("ongoing", date, {(n, "partner") for n in partners}) in _events(lang, sentence, "partnership")


@pytest.mark.parametrize(("lang", "sentence", "customer", "supplier", "date"), [
    # a supplier fitting out its customer, the contract told between the verb and the customer
    ("de", "Bereits seit 2022 rüstet die Tallis Robotik AG im Rahmen eines Wartungsvertrags die Kronfeld Bahn AG "
           "mit Sensoren aus.", "Kronfeld Bahn", "Tallis Robotik", "2022"),
    ("de", "Bereits seit 2022 rüstet Radmark im Rahmen eines Wartungsvertrags die Nordbahn Logistik AG mit Sensoren "
           "aus.", "Nordbahn Logistik", "Radmark", "2022"),
    # work done for a customer since a start told before it
    ("fr", "Les Transports Verlac travaillent depuis 2016 pour le groupe laitier Montalp, dont ils assurent "
           "l'essentiel des livraisons.", "Montalp", "Transports Verlac", "2016"),
    ("fr", "Tallis Robotique travaille depuis 2016 pour Kerrow Aviation.", "Kerrow Aviation", "Tallis Robotique",
     "2016"),
    # the description subject of the relative clause is not its antecedent (nor an adverb read as a name)
    ("es", "También contratará a unas 700 personas. Casi un tercio de sus clientes llega a través del turoperador "
           "alemán Sonnwerk Reisen, con el que la cadena tiene firmado desde 2019 un acuerdo de comercialización en "
           "exclusiva.", "Sonnwerk Reisen", "Brenwick", "2019"),
    # probe that keeps its result: the description that opens no relative clause is the sentence's subject
    ("fr", "Rien ne change pour les fournisseurs. Tallis Robotique continuera d'être approvisionné par le grossiste "
           "Distribution Vallée, avec qui la chaîne fait affaire depuis 2011.", "Tallis Robotique",
     "Distribution Vallée", "2011"),
])
def test_standing_contract(lang, sentence, customer, supplier, date):
    assert ("ongoing", date, {(customer, "customer"), (supplier, "supplier")}) in _events(lang, sentence, "contract")


def _described(lang: str, text: str, words: str) -> str | None:
    title, intro = INTRO[lang]
    p = read_page(page(lang, title, f"{intro} {text}"))
    return next(m.name for ms in p.mentions for m in ms if m.anaphor and p.text[m.start:m.end] == words)


@pytest.mark.parametrize(("lang", "text", "words", "other"), [
    ("de", "Die Kerrow Systeme GmbH, an der der Konzern seit 2019 beteiligt ist, wächst.", "der Konzern",
     "Kerrow Systeme"),
    ("de", "Die Tallis Robotik AG bleibt eng verbunden mit Vossport, mit dem der Konzern seit 2018 "
           "zusammenarbeitet.", "der Konzern", "Vossport"),
])
def test_description_opening_a_relative_clause_is_another_firm(lang, text, words, other):
    assert _described(lang, text, words) not in (other, None)


def test_no_description_spans_two_articles():
    title, intro = INTRO["de"]
    p = read_page(page("de", title, f"{intro} Vossport, mit dem das Unternehmen seit 2018 zusammenarbeitet, wächst."))
    assert "dem das Unternehmen" not in {p.text[m.start:m.end] for ms in p.mentions for m in ms}


def test_sentence_opening_adverb_names_no_firm():
    p = read_page(page("es", "Noticias", "También contratará a unas 700 personas para la temporada."))
    assert not [m for ms in p.mentions for m in ms if m.name == "También"]
