"""Club nicknames (names95): a word of a club's name with an adjective's ending ("mit den Blau-Gelben" for SV
Blau-Gelb Marsfeld) is that club, where one club of the page holds the word (`nickname_endings`, `team_kinds`).
Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from streams.extraction.lexicon import lexicon
from streams.extraction.page import _team_nicknames
from tests.unit.test_extraction_roles import page, parties


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
