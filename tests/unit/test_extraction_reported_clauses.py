"""Reported speech (issue 3, reported): a sentence whose main clause tells a share move and whose subordinate clause
reports what sources, an outlet or people said takes its deal's roles from the reported clause; who said it is no
party, and the firm whose shares moved is no buyer."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def deals(lang: str, text: str, kind: str = "acquisition") -> list[dict]:
    title = "Nachrichten" if lang == "de" else "News"
    return [e for e in extract_events(page(lang, title, text)) if e["type"] == kind]


@pytest.mark.parametrize("lang,text", [
    ("en", "Tovira Bio rose 18% after people familiar with the matter said Halden Pharma was considering an offer "
           "for the company."),
    ("en", "Tovira Bio rose 18% after sources said Halden Pharma would buy Tovira Bio."),
    ("en", "Tovira Bio rose 18% after a report said Halden Pharma was considering an offer for the company."),
    ("en", "Tovira Bio jumped 18% after The Daily Ledger reported Halden Pharma was considering an offer for Tovira."),
    ("en", "Shares of Tovira Bio jumped 18% on Tuesday after the Ledger reported that Halden Pharma was in talks to "
           "acquire the company."),
    ("es", "Tovira se disparó un 18 % después de que fuentes del mercado señalaran que Halden estudia una oferta "
           "por la compañía."),
    ("es", "Las acciones de Tovira subieron un 18 % después de que fuentes cercanas dijeran que Halden negocia la "
           "compra de Tovira."),
    ("fr", "Tovira a bondi de 18 % après que des sources ont indiqué que Halden envisagerait une offre sur Tovira."),
    ("fr", "Tovira a bondi de 18 % après que le quotidien Le Courrier a rapporté que Halden envisageait de racheter "
           "Tovira."),
    ("de", "Die Aktie der Tovira AG legte 18 Prozent zu, nachdem Insider berichtet hatten, dass die Halden SE ein "
           "Angebot für die Tovira AG prüfe."),
    ("de", "Die Tovira AG legte 18 Prozent zu, nachdem Insider berichtet hatten, dass die Halden SE eine Übernahme "
           "des Unternehmens prüfe."),
    ("de", "Die Tovira AG legte 18 Prozent zu, wie die Nachrichtenagentur Ledger berichtete, prüft die Halden SE "
           "eine Übernahme der Tovira AG."),
    ("de", "Die Tovira AG legte 18 Prozent zu, nachdem Ledger berichtet hatte, die Halden SE erwäge eine Übernahme "
           "der Tovira AG."),
])
def test_the_reported_clause_names_the_bidder(lang, text):
    (event,) = deals(lang, text)
    assert {(n.split()[0], r) for n, r in parties(event)} == {("Halden", "acquirer"), ("Tovira", "target")}
    assert event["status"] == "rumored"


@pytest.mark.parametrize("lang,text,status", [
    ("en", "Tovira Bio rose after Halden Pharma said it was considering an offer for the company.", "rumored"),
    ("en", "Halden Pharma said it would buy Tovira Bio.", "announced"),
    ("en", "People familiar with the matter said Halden Pharma was considering an offer for Tovira Bio.", "rumored"),
    ("en", "Halden Pharma said on Tuesday it had agreed to buy Tovira Bio.", "announced"),
    ("en", "Halden Pharma said Tuesday it had agreed to buy Tovira Bio.", "announced"),
    ("fr", "Halden a indiqué qu'il rachète Tovira.", "announced"),
    ("es", "El grupo Halden ha anunciado que compra Tovira.", "announced"),
    ("es", "Halden Pharma ha señalado que adquirirá Tovira Bio por 300 millones de euros.", "announced"),
    ("de", "Die Halden SE prüft nach Angaben von Insidern eine Übernahme der Tovira AG.", "rumored"),
])
def test_a_speaker_that_is_the_bidder_keeps_its_role(lang, text, status):
    (event,) = deals(lang, text)
    assert {(n.split()[0], r) for n, r in parties(event)} == {("Halden", "acquirer"), ("Tovira", "target")}
    assert event["status"] == status


def test_an_outlet_named_before_the_reported_clause_is_no_party():
    (event,) = deals("en", "Tovira Bio jumped 18% after Ledger Media reported Halden Pharma was weighing an offer "
                           "for Tovira Bio.")
    assert "Ledger Media" not in {n for n, _ in parties(event)}


@pytest.mark.parametrize("text", [
    "Halden Pharma said the Tovira Bio acquisition would close in May.",
    "Halden Pharma said Tovira Bio had accepted its $2bn takeover offer.",
    "Halden Pharma said Tovira Bio had agreed to a $2bn takeover.",
])
def test_a_firm_announcing_its_own_deal_stays_a_party(text):
    """No share move, no subordinate clause: the speaker may be the buyer, the clause after "said" is not cut off."""
    (event,) = deals("en", text)
    assert parties(event) == {("Halden Pharma", "acquirer"), ("Tovira Bio", "target")}


@pytest.mark.parametrize("lang,title,text", [
    ("de", "Halden prüft Übernahme der Tovira", "Die Aktie der Tovira AG legte am Montag 18 Prozent zu, nachdem die "
                                              "Halden SE mitgeteilt hatte, sie prüfe eine Übernahme des Unternehmens."),
    ("en", "Halden weighs bid for Tovira", "Tovira Bio rose 18% after Halden Pharma said it was weighing an offer for "
                                         "the company."),
    ("fr", "Halden envisage de racheter Tovira", "Tovira a bondi de 18 % après que Halden a indiqué qu'il envisageait "
                                               "une offre sur la société."),
    ("es", "Halden estudia una oferta por Tovira", "Tovira se disparó un 18 % después de que Halden señalara que "
                                                 "estudia una oferta por la compañía."),
])
def test_the_speaker_is_the_subject_its_reported_clause_leaves_out(lang, title, text):
    """ "nachdem die X mitgeteilt hatte, sie prüfe", "después de que X señalara que estudia": the pronoun after the
    verb of saying, or the subject left out, is the speaker, not the firm whose shares moved."""
    (event,) = [e for e in extract_events(page(lang, title, text)) if e["type"] == "acquisition"]
    assert {(n.split()[0], r) for n, r in parties(event)} == {("Halden", "acquirer"), ("Tovira", "target")}


def test_a_pronoun_after_a_german_verb_of_saying_is_the_speaker():
    (event,) = deals("de", "Die Tovira AG legte 18 Prozent zu, nachdem die Halden SE mitgeteilt hatte, sie wolle "
                           "die Lumatec GmbH übernehmen.")
    assert parties(event) == {("Halden", "acquirer"), ("Lumatec", "target")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Tovira Bio shares surged after a newspaper report that Halden Pharma was preparing a bid for Lumatec."),
    ("en", "Tovira Bio rose 12% after people familiar with the matter told the Ledger that Halden Pharma was weighing "
           "a bid for Lumatec Systems."),
    ("en", "Tovira Bio rose 12% on reports Halden Pharma was exploring a takeover of Lumatec Systems."),
    ("en", "Tovira Bio climbed 9% on Friday after Ledger News said Halden Pharma was in talks to buy Lumatec Systems."),
    ("es", "Tovira subió un 18 % después de que el diario Ledger informara de que Halden negocia la compra de "
           "Lumatec."),
    ("fr", "Tovira a bondi de 18 % après que Ledger a indiqué que Halden envisageait de racheter Lumatec."),
    ("de", "Die Tovira AG legte 18 Prozent zu, nachdem Ledger unter Berufung auf Insider gemeldet hatte, die Halden SE "
           "erwäge eine Übernahme der Lumatec GmbH."),
    ("de", "Die Aktie der Tovira AG stieg um 18 Prozent, nachdem Insider gesagt hatten, die Halden SE prüfe eine "
           "Übernahme der Lumatec GmbH."),
])
def test_a_report_on_a_third_firm_leaves_the_mover_and_the_outlet_out(lang, text):
    (event,) = deals(lang, text)
    assert {(n.split()[0], r) for n, r in parties(event)} == {("Halden", "acquirer"), ("Lumatec", "target")}
    assert event["status"] == "rumored"
