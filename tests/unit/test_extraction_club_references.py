"""Clubs a page refers to by their trade (names95): "the club", "der Verein", "le club", "el club" stands for the firm
whose own name says it is a club ("Corvan FC", "SV Corvan", "Club Deportivo Corvan") also where the discourse would
give it a firm of no known kind (the sponsor named in the sentence before), never the page's most named firm, the
buyer. A word of a club's name with an adjective's ending ("mit den Blau-Gelben") is its nickname. A description
right before a name that opens with a capitalised descriptor ("el grupo mexicano Grupo Lumar") introduces that name,
no firm of its own. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from streams.extraction.lexicon import lexicon
from streams.extraction.organisations import analyse, mentions
from streams.extraction.page import _team_nicknames
from tests.unit.test_extraction_roles import page, parties

PAGES = {
    "en": ("Lumar buys Corvan FC",
           "Corvan FC have a new owner: Lumar Holdings bought a 70 per cent stake for £20m.",
           "Lumar also owns two hotels in Leeds.", "Kynex will keep making the kit.",
           "Separately, the club is in talks with Vallon Telecom about naming rights to the stadium."),
    "de": ("Lumar kauft SV Corvan",
           "Der SV Corvan hat einen neuen Eigentümer: Die Lumar Holding übernimmt 70 Prozent der Anteile für 20 "
           "Millionen Euro.", "Lumar besitzt bereits zwei Hotels in Leipzig.", "Die Marke Kynex bleibt auf dem Trikot.",
           "Zudem verhandelt der Verein mit Vallon Telecom über den Verkauf der Namensrechte am Stadion."),
    "fr": ("Lumar rachète le Corvan FC",
           "Le Corvan FC change de propriétaire : le groupe Lumar Invest reprend 70 % du capital pour 20 millions "
           "d'euros.", "Lumar possède déjà deux hôtels à Lyon.", "La marque Kynex reste sur le maillot.",
           "Par ailleurs, le club négocie avec Vallon Télécom la vente des droits de nommage du stade."),
    "es": ("Lumar compra el Corvan",
           "El Club Deportivo Corvan tendrá nuevo dueño: el grupo Lumar Inversiones pagará 20 millones por el 70 % de "
           "las acciones.", "Lumar ya controla dos hoteles en Alicante.",
           "La marca Kynex seguirá en la camiseta tres temporadas más.",
           "Además, el club negocia con Vallon Telecom la venta de los derechos de nombre del estadio."),
}
CLUBS = {"en": "Corvan FC", "de": "SV Corvan", "fr": "Corvan FC", "es": "Club Deportivo Corvan"}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_club_is_the_firm_named_a_club_not_the_buyer(lang: str) -> None:
    events = extract_events(page(lang, *PAGES[lang], published="2025-06-05"))
    (talks,) = [e for e in events if any(p["name"].startswith("Vallon") for p in e["parties"])]
    assert CLUBS[lang] in {name for name, _ in parties(talks)}
    assert not any(name.startswith("Lumar") for name, _ in parties(talks))


def test_the_club_sells_the_naming_rights() -> None:
    events = extract_events(page("es", *PAGES["es"], published="2025-06-05"))
    assert {("Club Deportivo Corvan", "supplier"), ("Vallon Telecom", "customer")} in [parties(e) for e in events]


def test_a_description_before_a_name_opened_by_a_descriptor_is_no_firm_of_its_own() -> None:
    lex = lexicon("es")
    sentence = "El grupo mexicano Grupo Lumar Inversiones firmó un acuerdo con Kynex Capital para adquirir el club."
    found = mentions(analyse(sentence, 0, lex, None), lex, set())
    assert not any(m.anaphor and sentence[m.start:m.end] == "El grupo" for m in found)
    assert "Lumar Inversiones" in {m.name for m in found}


def test_a_clubs_word_with_an_ending_is_its_nickname() -> None:
    events = extract_events(page("de", "SV Blau-Gelb Marsfeld verlängert",
                                 "Der SV Blau-Gelb Marsfeld hat einen neuen Trikotsponsor gefunden.",
                                 "Auch der Ausrüster bleibt: Lumex Sportswear hat den Vertrag mit den Blau-Gelben "
                                 "vorzeitig bis 2029 verlängert.", published="2025-06-05"))
    assert [{name for name, _ in parties(e)} for e in events] == [{"Lumex Sportswear", "SV Blau-Gelb Marsfeld"}]


@pytest.mark.parametrize(("lang", "names", "nicknames"), [
    ("de", ["SV Blau-Gelb Marsfeld", "Blau-Gelben"], {"Blau-Gelben": "SV Blau-Gelb Marsfeld"}),
    ("de", ["Blauhaus Technik", "Techniker"], {}),  # no club: a firm's word with an ending is no nickname
    ("de", ["SV Blau-Gelb Marsfeld", "FC Blau-Gelb Nordheim", "Blau-Gelben"], {}),  # two clubs hold the word
    ("en", ["Harwick Rovers", "Rovers"], {}),  # no ending where nicknames are the word as it stands
])
def test_team_nicknames(lang: str, names: list[str], nicknames: dict[str, str]) -> None:
    assert _team_nicknames(names, lexicon(lang)) == nicknames
