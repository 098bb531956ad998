"""Titles of works (names95): a name the page gives right after a noun of a work ("the puzzle game Lantern Bay", "le
jeu Lantern Bay", "das Spiel Nebelhorn", "la serie Marea Alta") is a game's, a film's or a series' title, never a firm,
in that sentence and wherever the page names it again ("If you've played Lantern Bay", "a Lantern Bay cartoon").
A round's letter after "série" is no title. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from streams.extraction.lexicon import lexicon
from streams.extraction.organisations import analyse, work_titles
from tests.unit.test_extraction_roles import names, page, parties


def _titles(lang: str, sentence: str) -> set[str]:
    return work_titles([analyse(sentence, 0, lexicon(lang), None)], lexicon(lang))


@pytest.mark.parametrize(("lang", "sentence", "title"), [
    ("en", "Quillon Games, the studio behind the puzzle game Lantern Bay, hired 12 people.", "Lantern Bay"),
    ("fr", "Quillon Games, le studio derrière le jeu Lantern Bay, recrute 12 personnes.", "Lantern Bay"),
    ("de", "Quillon Games, das Studio hinter dem Spiel Nebelhorn, stellt zwölf Leute ein.", "Nebelhorn"),
    ("es", "Quillon Games, el estudio detrás de la serie Marea Alta, contrata a 12 personas.", "Marea Alta"),
])
def test_a_name_after_a_work_noun_is_a_title(lang: str, sentence: str, title: str) -> None:
    assert title in _titles(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Quillon a bouclé une levée de fonds de série A de 7 millions d'euros."),
    ("en", "Quillon Games sold the studio to Vardo Media for $20 million."),
])
def test_no_title_without_a_work_noun_nor_a_rounds_letter(lang: str, sentence: str) -> None:
    assert _titles(lang, sentence) == set()


def test_a_title_named_again_is_no_party() -> None:
    events = extract_events(page(
        "en", "Vardo Media is buying Lantern Bay studio Quillon Games",
        "Vardo Media said on Tuesday it agreed to acquire Quillon Games, the studio behind the puzzle game "
        "Lantern Bay.",
        "If you've played Lantern Bay, you've seen Vardo's logo: the publisher has worked with Quillon since 2020.",
        "Last month, Quillon signed a licensing deal with streaming service Brightreel for a Lantern Bay series."))
    assert "Lantern Bay" not in names(events)
    assert {("Vardo Media", "acquirer"), ("Quillon Games", "target")} in [parties(e) for e in events]


def test_a_title_in_german_is_no_party() -> None:
    events = extract_events(page(
        "de", "Vardo kauft Quillon",
        "Die Vardo Media AG übernimmt das Leipziger Studio Quillon Games, bekannt durch das Spiel Nebelhorn.",
        "Nebelhorn hat sich seit dem Start mehr als eine Million Mal verkauft."))
    assert "Nebelhorn" not in names(events)
