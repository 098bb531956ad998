"""The firm after a person's title and its "of" (branch dropped): in a press release's quote "said Ana Lund,
President and Chief Executive Officer of Tarvik Systems" the capitalised "Officer" is a title word, so that
"Tarvik Systems" is neither a person's name nor part of one ("Officer of Tarvik Systems"), and the ", who" after
such a firm tells of the title holder, not of the firm. Either mistake made the firm's words a person's, and the
page's own deal lost its party. Sentences and names written for these tests."""

import pytest

from streams.extraction import extract_events, organisations
from streams.extraction.casefold import lowered
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page


def person_runs(lang: str, sentence: str) -> list[str]:
    """The capitalised runs of a sentence that `organisations.is_person` reads as persons."""
    lex = lexicon(lang)
    a = organisations.analyse(sentence, 0, lex, lowered(sentence))
    return [" ".join(t.text for t in run) for run in a.runs if organisations.is_person(run, a, lex, set())]


RELEASE = [
    "Tarvik Systems to Acquire Morlan Analytics",
    "DENVER, May 4, 2025 – Tarvik Systems Inc. (NASDAQ: TRVK), a maker of grid software, today announced that it "
    "has agreed to acquire Morlan Analytics Ltd. for about $120 million in cash.",
    "“Morlan gives our customers a forecast they can trust,” said Ana Lund, President and Chief Executive Officer "
    "of Tarvik Systems.",
]


def test_release_quote_keeps_the_buyer_a_firm():
    events = [e for e in extract_events(page("en", *RELEASE, published="2025-05-04")) if e["type"] == "acquisition"]
    assert any({(p["name"], p["role"]) for p in e["parties"]} >= {("Tarvik Systems", "acquirer"),
                                                                 ("Morlan Analytics", "target")} for e in events)


@pytest.mark.parametrize("title", ["Chief Executive Officer", "Chief Technology Officer", "Chief Financial Officer"])
def test_officer_title_names_no_person_after_of(title):
    runs = person_runs("en", f"“We are ready,” said Ana Lund, {title} of Tarvik Systems.")
    assert "Ana Lund" in runs
    assert not any("Tarvik" in r for r in runs)


WHO = [  # a firm after a title and its "of", then the holder's relative clause: the firm stays a firm
    ("en", "“We grow,” said Ana Lund, Chief Executive Officer of Tarvik Systems, who will chair the new group."),
    ("de", "„Wir wachsen“, sagte Ana Lund, Vorstandsvorsitzende der Tarvik Systems, die den Konzern führen wird."),
    ("fr", "« Nous grandissons », a déclaré Ana Lund, présidente de Tarvik Systems, qui dirigera le groupe."),
    ("es", "«Crecemos», dijo Ana Lund, presidenta de Tarvik Systems, quien dirigirá el grupo."),
]


@pytest.mark.parametrize(("lang", "sentence"), WHO)
def test_who_after_title_holders_firm_is_the_holder(lang, sentence):
    runs = person_runs(lang, sentence)
    assert "Ana Lund" in runs
    assert "Tarvik Systems" not in runs


def test_name_before_who_without_title_stays_a_person():
    assert "Ana Lund" in person_runs("en", "The deal was agreed by Ana Lund, who joined the board in May.")
