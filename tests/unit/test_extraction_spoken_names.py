"""Names in spoken and first-person corporate text (branch false96): an everyday word opening a question or a
participle clause is no firm ("Asked about acquisitions, ...", "¿Hubo conversaciones?", "Où en est votre entrée
au capital ?", "Tenían una alianza con X"), an interview's one-letter turn labels are no initials of a name
("P. Acaban de cerrar ..."), and a speaker quoted with the firm in brackets ("Ana Ruiz (Velmora): «...»") or named
with a firm's function chief after the name ("Gareth Lane, Quist's finance chief") is a person. Sentences and names
written for these tests; the look-alikes at the end keep their firms."""

import pytest

from streams.extraction import extract_events, organisations, sentences
from streams.extraction.casefold import lowered
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page

TITLES = {"en": "News", "de": "Nachrichten", "fr": "Actualités", "es": "Noticias"}


def names(lang: str, *paragraphs: str) -> set[str]:
    """The party names of the events of a page with a plain title."""
    return {p["name"] for e in extract_events(page(lang, TITLES[lang], *paragraphs)) for p in e["parties"]}


OPENERS = [  # (language, paragraph, the everyday word that must not become a party)
    ("en", "Asked about acquisitions, the chief executive said Velmora had no plans to buy Quist Systems.", "Asked"),
    ("es", "P. Se publicó que Velmora quería comprarles. ¿Hubo conversaciones con Quist Envíos?", "Hubo"),
    ("es", "P. ¿Y México? Tenían una alianza con Quist Envíos.", "Tenían"),
    ("fr", "Q. Où en est votre entrée au capital de Quist Énergie ?", "Où"),
    ("de", "F: Hatten Sie eine Partnerschaft mit Quist Logistik?", "Hatten"),
]


@pytest.mark.parametrize(("lang", "text", "word"), OPENERS)
def test_everyday_opener_is_no_party(lang, text, word):
    assert word not in names(lang, text)


FIRMS = [  # a word-like firm that opens its only sentence with its deal verb stays a party
    ("en", "Orange agreed to buy Quist Systems for $2bn on Monday.", "Orange"),
    ("en", "Target has agreed to acquire Quist Systems.", "Target"),
    ("en", "Shell signed a supply contract with Quist Energy.", "Shell"),
    ("fr", "Orange a finalisé le rachat de Quist.", "Orange"),
    ("de", "Allianz übernimmt den Versicherer Quist.", "Allianz"),
]


@pytest.mark.parametrize(("lang", "text", "firm"), FIRMS)
def test_word_like_firm_keeps_its_deal(lang, text, firm):
    assert firm in names(lang, text)


LABELS = [
    ("es", "P. Acaban de cerrar una ronda. ¿Con quién?", "Acaban de cerrar una ronda."),
    ("fr", "Q. Vous avez racheté Quist l'an dernier ?", "Vous avez racheté Quist l'an dernier ?"),
    ("en", "Q: You bought Quist Systems last year.", "You bought Quist Systems last year."),
    ("de", "A. Wir haben Quist Logistik 2023 übernommen.", "Wir haben Quist Logistik 2023 übernommen."),
]


@pytest.mark.parametrize(("lang", "paragraph", "first"), LABELS)
def test_turn_label_opens_no_sentence(lang, paragraph, first):
    (head, *_) = sentences.split(paragraph, [{"start": 0, "end": len(paragraph)}], lexicon(lang))
    assert paragraph[head.start:head.end] == first


def test_initial_of_a_name_is_no_turn_label():
    text = "J. Velmora & Söhne hat Quist übernommen."
    (head,) = sentences.split(text, [{"start": 0, "end": len(text)}], lexicon("de"))
    assert head.start == 0


def test_inverted_question_mark_opens_a_sentence():
    text = "Se publicó que Velmora quería comprarles. ¿Hubo conversaciones?"
    assert len(sentences.split(text, [{"start": 0, "end": len(text)}], lexicon("es"))) == 2


def persons(lang: str, sentence: str) -> set[str]:
    """The runs of capitalised words of a sentence that `organisations.is_person` reads as persons."""
    lex = lexicon(lang)
    a = organisations.analyse(sentence, 0, lex, lowered(sentence))
    return {" ".join(t.text for t in run) for run in a.runs if organisations.is_person(run, a, lex, set())}


SPEAKERS = [
    ("fr", "Hélène Brusset (Velmora Industries) : « Nous avons finalisé le rachat de Quist en mars »",
     "Hélène Brusset"),
    ("es", "Ana Ruiz (Velmora): «Hemos cerrado la compra de Quist Envíos»", "Ana Ruiz"),
    ("en", 'Owen Tarrant (Velmora Systems): "We closed the acquisition of Quist Systems in March"', "Owen Tarrant"),
    ("de", "Jana Wölk (Velmora Logistik): „Wir haben Quist Logistik im März übernommen“", "Jana Wölk"),
]


@pytest.mark.parametrize(("lang", "title", "person"), SPEAKERS)
def test_speaker_with_firm_in_brackets_is_a_person(lang, title, person):
    assert person in persons(lang, title)


def test_firm_with_ticker_before_a_colon_is_no_person():
    assert not persons("en", "Velmora Systems (VLM): shares jump after Quist deal")


def test_function_chief_after_a_name_is_a_person():
    sentence = "Velmora's boss smiled at Gareth Lane, Quist's finance chief, two chairs away."
    assert "Gareth Lane" in persons("en", sentence)


SITES_OF_GOODS = [  # a firm's own plant, named by what it makes, then its town: spending, no investee
    ("es", "Velmora invertirá 35 millones en ampliar su planta de conservas de Tudela."),
    ("fr", "Velmora investira 35 millions d'euros pour agrandir son usine de conserves de Tudela."),
]


@pytest.mark.parametrize(("lang", "text"), SITES_OF_GOODS)
def test_town_of_a_plant_named_by_its_goods_is_no_party(lang, text):
    assert "Tudela" not in names(lang, text)


def test_owner_of_a_plant_named_by_its_goods_stays_the_seller():
    events = extract_events(page("es", "Noticias", "Velmora comprará la planta de baterías de Quist Energía."))
    assert {(p["name"], p["role"]) for e in events for p in e["parties"]} == {
        ("Velmora", "acquirer"), ("Quist Energía", "seller")}


def test_firm_joined_to_a_noun_by_a_hyphen_is_that_firm():
    """A trade-fair report: "Am Velmora-Stand" is the booth of the firm named before, whose takeover is rumoured."""
    events = extract_events(page(
        "de", "Messe: Velmora Antriebstechnik zeigt neue Motoren",
        "Die Velmora Antriebstechnik GmbH meldete am Mittwoch einen Auftrag von Quist Verpackung.",
        "Am Velmora-Stand machte am Donnerstag ein Gerücht die Runde: Der Finanzinvestor Norrath Capital soll "
        "Interesse an einer Mehrheitsbeteiligung an dem Familienunternehmen haben."))
    assert ("acquisition", {("Norrath Capital", "acquirer"), ("Velmora Antriebstechnik", "target")}) in [
        (e["type"], {(p["name"], p["role"]) for p in e["parties"]}) for e in events]
