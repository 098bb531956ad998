"""(xsent) A rival bid ("X could be weighing a competing offer", "ein konkurrierendes Angebot", "une offre rivale",
"una posible oferta competidora") names its bidder only: its target is the firm the deal told before is for. Not a
heading's frequent word ("Rumores de contraopa") nor a bid from a firm the cue names ("a rival approach, from X").
Mini-articles written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

LEADS = {
    "en": ("Corvane agrees £400m takeover of Maltby Foods",
           "Corvane Group has agreed to buy Maltby Foods for £400 million, the companies said on Monday. "),
    "de": ("Corvane übernimmt Maltby Foods",
           "Die Corvane Gruppe übernimmt die Maltby Foods AG für 400 Millionen Euro, wie beide Unternehmen am Montag "
           "mitteilten. "),
    "fr": ("Corvane rachète Maltby",
           "Le groupe Corvane va racheter Maltby Foods pour 400 millions d'euros, ont annoncé lundi les deux "
           "sociétés. "),
    "es": ("Corvane compra Maltby",
           "El grupo Corvane comprará Maltby Foods por 400 millones de euros, según anunciaron el lunes ambas "
           "compañías. "),
}

RIVALS = [
    ("en", "Traders said Harlan Capital could be weighing a competing offer."),
    ("de", "Händler verweisen auf Spekulationen, wonach der Finanzinvestor Harlan Capital ein konkurrierendes Angebot "
           "prüfen könnte."),
    ("fr", "Selon des sources, le fonds Harlan Capital étudierait une offre rivale."),
    ("es", "Según fuentes del mercado, el fondo Harlan Capital mantiene conversaciones con los accionistas con "
           "vistas a una posible oferta competidora."),
]


def acquisitions(lang: str, rest: str) -> list[dict]:
    title, lead = LEADS[lang]
    return [e for e in extract_events(page(lang, title, lead + rest)) if e["type"] == "acquisition"]


@pytest.mark.parametrize(("lang", "rest"), RIVALS)
def test_rival_bid_is_for_the_target_told_before(lang, rest):
    rival = [e for e in acquisitions(lang, rest) if "Harlan Capital" in {p["name"] for p in e["parties"]}]
    assert len(rival) == 1
    assert parties(rival[0]) == {("Harlan Capital", "acquirer"), ("Maltby Foods", "target")}
    assert rival[0]["status"] == "rumored"


@pytest.mark.parametrize(("lang", "rest"), [
    ("es", "Rumores de contraopa. Las acciones de Maltby Foods subieron un 3 %."),
    ("en", "A rival approach, from US investment firm Harlan Capital, was abandoned in January."),
])
def test_no_rival_bid_without_its_bidder(lang, rest):
    assert [parties(e) for e in acquisitions(lang, rest)] == [{("Corvane", "acquirer"), ("Maltby Foods", "target")}]


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Maltby Foods: court picks Corvane's offer",
     "The court approved the sale of Maltby Foods to Corvane Group. The competing offer from the fund Harlan Capital "
     "was rejected."),
    ("fr", "Maltby Foods : le tribunal retient l'offre de Corvane",
     "Le tribunal a validé la reprise de Maltby Foods par le groupe Corvane. L'offre concurrente du fonds Harlan "
     "Capital, plus élevée, a été écartée."),
    ("de", "Maltby Foods: Gericht wählt Corvane",
     "Das Gericht billigte den Verkauf der Maltby Foods an die Corvane Gruppe. Das Konkurrenzangebot des Fonds "
     "Harlan Capital wurde verworfen."),
    ("es", "Maltby Foods: el juzgado elige a Corvane",
     "El juzgado autorizó la venta de Maltby Foods al grupo Corvane. La oferta rival del fondo Harlan Capital, de 4 "
     "millones de euros, fue rechazada por el juzgado."),
])
def test_rival_bid_names_its_bidder_after_it(lang, title, text):
    """(relcl) "the competing offer from Y was rejected": Y is the bidder, the target the page's firm, not the
    other way round."""
    rival = [e for e in extract_events(page(lang, title, text))
             if e["type"] == "acquisition" and "Harlan Capital" in {p["name"] for p in e["parties"]}]
    assert len(rival) == 1
    assert parties(rival[0]) == {("Harlan Capital", "acquirer"), ("Maltby Foods", "target")}


def test_rival_bids_a_winner_beat_are_no_takeover():
    """(relcl) "X beat rival bids from Y": a tender X won; X is no target of Y."""
    text = ("Halvern Rail won the £2bn train contract from Tallis Transport. Halvern Rail beat rival bids from "
            "Corvane Mobility and Brixel Trains.")
    assert not [e for e in extract_events(page("en", "News", text)) if e["type"] == "acquisition"]
