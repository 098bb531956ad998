"""Fields of paired events (branch fields, session 33): the day of a close told after a regulator's earlier step in
one sentence, a stake's price told by the investor paying "for the stake", a first trading session as a listing's
close and its day (not the day its price was set), a shareholder told as in the firm's shareholding since a start, a
called-off listing that keeps the sum it aimed to raise though the next clause values the firm, and a relative
before a full name as a person. Sentences written for these tests; the look-alikes must keep their result."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

PUBLISHED = "2025-05-16"  # a Friday


def events(lang: str, *paragraphs: str) -> list[dict]:
    return extract_events(page(lang, *paragraphs, published=PUBLISHED))


def one(lang: str, kind: str, *paragraphs: str) -> dict:
    found = [e for e in events(lang, *paragraphs) if e["type"] == kind]
    assert len(found) == 1, found
    return found[0]


def parties(event: dict) -> set[tuple[str, str]]:
    return {(p["name"], p["role"]) for p in event["parties"]}


# -- the close's own day, not the approval's told before it in the same sentence ------------------------------------

def test_close_dated_by_its_own_phrase_after_an_approval():
    event = one("de", "acquisition", "Nachrichten",
                "Die Spedition Wolters GmbH hat die Übernahme des Lagerbetreibers Kranich Logistik abgeschlossen. "
                "Die Kartellbehörde hatte den Zukauf im März genehmigt, vollzogen wurde er am Mittwoch.")
    assert event["status"] == "completed" and event["date"] == "2025-05-14"


def test_close_dated_before_its_verb_where_verbs_close_the_clause():
    event = one("de", "acquisition", "Nachrichten",
                "Die Spedition Wolters GmbH hat die Übernahme des Lagerbetreibers Kranich Logistik abgeschlossen. "
                "Der Zukauf war im Februar unterzeichnet und am Mittwoch vollzogen worden.")
    assert event["date"] == "2025-05-14"


# -- a stake's price told by the investor paying for it -------------------------------------------------------------

def test_price_paid_for_the_stake_told_after_it():
    event = one("de", "investment", "Nachrichten",
                "Der Vermögensverwalter Norrvik Invest AB beteiligt sich mit 19,5 Prozent an der Dresdner Albers "
                "Wohnbau GmbH. Das teilten beide Seiten am Donnerstag mit. Norrvik zahlt für den Anteil 42 Mio. Euro.")
    assert event["amount"] == {"value": 42e6, "currency": "EUR", "text": event["amount"]["text"]}


def test_shares_received_beside_cash_are_no_stake_price():
    event = one("de", "acquisition", "Nachrichten",
                "Die Pelkan AG übernimmt den Rivalen Ostfunk von der Holtmann Gruppe. Holtmann erhält für seine "
                "Tochter 1,2 Mrd. Euro in bar sowie 12 Prozent der Anteile an dem vergrößerten Unternehmen. "
                "Insgesamt bewertet die Transaktion Ostfunk mit rund 2,6 Mrd. Euro.")
    assert event["amount"]["value"] == 2.6e9


# -- a first trading session: the listing done, on its day ------------------------------------------------------------

FIRST_SESSION = [
    "Pour sa première séance sur le compartiment B d'Euronext Paris, jeudi, l'action de la foncière Vermelle a "
    "clôturé à 12,40 euros. L'opération a permis de lever 210 millions d'euros.",
    "Le fabricant de meubles Vermelle a fait jeudi une entrée réussie à la Bourse de Paris. L'opération a permis de "
    "lever 210 millions d'euros.",
    "Le fabricant de meubles Vermelle a fait jeudi une entrée remarquée sur Euronext Paris. Au terme de sa première "
    "séance de cotation, l'action gagnait 5 % par rapport à son prix d'introduction, fixé mercredi soir. L'opération "
    "a permis de lever 210 millions d'euros.",
]


@pytest.mark.parametrize("text", FIRST_SESSION)
def test_first_trading_session_closes_the_listing_on_its_day(text):
    event = one("fr", "ipo", "Actualité", text)
    assert event["status"] == "completed" and event["date"] == "2025-05-15"


def test_listing_announced_still_announced():
    event = one("fr", "ipo", "Actualité", "Le fabricant de meubles Vermelle prépare son introduction en Bourse sur "
                                          "Euronext Paris, a-t-il annoncé jeudi.")
    assert event["status"] != "completed"


# -- a shareholder since a start: the stake taken then --------------------------------------------------------------

HOLDER_SINCE = [
    "La empresa Frutas Cierzo cuenta desde 2018 con el fondo Moncayo Capital en su accionariado.",
    "La empresa Frutas Cierzo está participada desde 2018 por el fondo Moncayo Capital, que adquirió entonces un "
    "25% del capital.",
]


@pytest.mark.parametrize("text", HOLDER_SINCE)
def test_shareholder_since_a_start_invested_then(text):
    event = one("es", "investment", "Noticias", text)
    assert parties(event) == {("Moncayo Capital", "investor"), ("Frutas Cierzo", "investee")}
    assert event["status"] == "completed" and event["date"] == "2018"


# -- a called-off listing keeps the sum it aimed to raise -----------------------------------------------------------

def test_called_off_listing_keeps_its_target_sum_beside_a_valuation():
    event = one("es", "ipo", "Aguas Tormes suspende su salida a Bolsa",
                "Aguas Tormes S.A. ha decidido suspender la oferta pública de venta con la que pretendía debutar en "
                "el Mercado Continuo. La compañía comunicó el pasado martes que aplaza la operación sine die. "
                "La colocación, que incluía una ampliación de capital, aspiraba a captar unos 450 "
                "millones de euros y valoraba el conjunto de la empresa en hasta 1.900 millones.")
    assert event["status"] == "terminated" and event["amount"]["value"] == 450e6


def test_valuation_of_the_same_clause_is_still_no_listing_sum():
    event = one("en", "ipo", "News", "Brisket Labs Inc. plans to list its shares on the Nasdaq. The offering would "
                                     "value the company at $1.9 billion, people familiar with the matter said.")
    assert event["amount"] is None


# -- a relative before a full name is a person ------------------------------------------------------------------------

def test_relative_before_a_full_name_is_no_party():
    found = events("de", "Nachrichten",
                   "Die Karst Antriebe GmbH übernimmt die Mehrheit an der Weller Pumpen GmbH. Karst erwirbt 60 "
                   "Prozent der Anteile; die übrigen 40 Prozent bleiben bei Geschäftsführer Jan Weller und seiner "
                   "Schwester Ina Weller-Brandes.")
    assert not {p["name"] for e in found for p in e["parties"]} & {"Schwester Ina Weller-Brandes",
                                                                     "Ina Weller-Brandes"}
