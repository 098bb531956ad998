"""Status and type words of spoken and first-person corporate text (branch false96): a press report a speaker is
asked about is a rumour ("Berichte, wonach X interessiert sei", "un article évoque un rapprochement"), a tie named
first whose end the clause tells after it is terminated ("Die Vertriebspartnerschaft mit X haben wir beendet"), and
a licence a headline says was bought ("X erwirbt Lizenz an Y-204 von Z") is a contract. Sentences written for these
tests; the look-alikes keep their status."""

import pytest

from streams.extraction import extract_events, status
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page

ANCHOR = "2025-03-11"

RUMOURS = [
    ("de", "acquisition", "Es gab Berichte, wonach Velmora an einer Übernahme von Quist Bio interessiert sei."),
    ("de", "acquisition", "Zuletzt kursierten Gerüchte, wonach Velmora ein Gebot für Quist Bio plane."),
    ("fr", "merger", "Un article paru ce matin évoque un rapprochement entre Velmora et Quist."),
    ("fr", "merger", "La presse locale prête à Velmora un projet de fusion avec Quist."),
    ("es", "acquisition", "En primavera se publicó que Velmora quería comprar Quist Logística."),
    ("es", "merger", "Una noticia de esta semana apunta a una fusión entre Velmora y Quist."),
    ("en", "merger", "An article this morning suggested a combination of Velmora and Quist Systems."),
    ("en", "acquisition", "It was reported that Velmora had approached Quist Systems about a takeover."),
]


@pytest.mark.parametrize(("lang", "kind", "text"), RUMOURS)
def test_press_report_is_a_rumour(lang, kind, text):
    assert status.assess(text, kind, None, ANCHOR, lexicon(lang)) == ("rumored", True)


ENDED = [
    ("de", "Die Vertriebspartnerschaft mit Quist Pharma haben wir zum Jahresende beendet."),
    ("de", "Die Kooperation mit Quist wurde im Herbst einvernehmlich aufgekündigt."),
    ("fr", "Le partenariat de distribution avec Quist a pris fin en décembre."),
    ("es", "Teníamos una alianza con Quist Envíos. La dimos por terminada en octubre."),
    ("en", "Our distribution partnership with Quist Pharma ended in December."),
]


@pytest.mark.parametrize(("lang", "text"), ENDED)
def test_tie_ended_after_its_noun(lang, text):
    assert status.assess(text, "partnership", None, ANCHOR, lexicon(lang)) == ("terminated", True)


KEPT = [  # a tie that goes on, a report of results, an interest that is the speaker's own
    ("de", "partnership", "Die Partnerschaft mit Quist haben wir im vergangenen Jahr ausgebaut.", "terminated"),
    ("en", "partnership", "Our partnership with Quist Pharma has grown every year since it was signed.", "terminated"),
    ("fr", "merger", "Le rapprochement entre Velmora et Quist a été finalisé en juillet.", "rumored"),
]


@pytest.mark.parametrize(("lang", "kind", "text", "not_status"), KEPT)
def test_look_alikes_keep_their_status(lang, kind, text, not_status):
    assert status.assess(text, kind, None, ANCHOR, lexicon(lang))[0] != not_status


LICENCES = [  # a news list's headline: a licence bought with no article, from its licensor
    ("de", "Nachrichten", "Velmora Pharma erwirbt Lizenz an QX-204 von Quist Therapeutics"),
    ("en", "News", "Velmora Pharma acquires licence to QX-204 from Quist Therapeutics"),
]


@pytest.mark.parametrize(("lang", "title", "line"), LICENCES)
def test_headline_licence_is_a_contract(lang, title, line):
    events = extract_events(page(lang, title, line))
    assert [(e["type"], {(p["name"], p["role"]) for p in e["parties"]}) for e in events] == [
        ("contract", {("Velmora Pharma", "customer"), ("Quist Therapeutics", "supplier")})]


DAY_AFTER_NOUN = [  # a day right after the purchase noun is its date, no number of goods bought
    ("fr", "C'est la deuxième opération après Quist, dont Velmora a finalisé l'acquisition le 2 avril."),
    ("fr", "Velmora a finalisé l'acquisition le 14 mars de Quist Systèmes pour 80 millions d'euros."),
]


@pytest.mark.parametrize(("lang", "text"), DAY_AFTER_NOUN)
def test_day_after_purchase_noun_is_no_count_of_goods(lang, text):
    events = extract_events(page(lang, "Actualités", text))
    assert [(e["type"], {p["role"] for p in e["parties"]}) for e in events] == [("acquisition", {"acquirer", "target"})]
