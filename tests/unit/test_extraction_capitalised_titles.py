"""A speaker's title spelled in capitals whose last word is "Officer" ("said Jane Roe, President and Chief Executive
Officer of Quist Systems"): the title is the person's, the firm after "of" keeps its name. Before, the name run opened
at "Officer" and ran on into the firm, and the title before it made the whole run a person's, so every word of the
firm's name became a person's word and the firm was lost on the whole page. English titles in capitals stand in
press releases of every language. With the firm found again, two shapes of release pages that split it into two
firms: a deck under the headline that names it by its short form first, and a ticker after an exchange's acronym
("(OSE: HALV)"). Sentences and names written for these tests."""

import pytest

from streams.extraction import extract_events, organisations
from streams.extraction.casefold import lowered
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page, parties

SPEAKERS = [  # (language, quoted sentence, the firm its title heads)
    ("en", "“We are glad,” said Jane Roe, President and Chief Executive Officer of Quist Systems.", "Quist Systems"),
    ("en", "“We are glad,” said Jane Roe, Chief Operating Officer of Quist Systems.", "Quist Systems"),
    ("de", "„Wir freuen uns“, sagte Jana Pohl, Chief Executive Officer der Quist Logistik.", "Quist Logistik"),
    ("fr", "« Nous sommes ravis », a déclaré Jeanne Roux, Chief Executive Officer de Quist Énergie.", "Quist Énergie"),
    ("es", "«Estamos contentos», afirmó Ana Ruiz, Chief Executive Officer de Quist Envíos.", "Quist Envíos"),
]


def mention_names(lang: str, sentence: str) -> set[str]:
    """The organisation names one sentence holds (no person words known before it)."""
    lex = lexicon(lang)
    a = organisations.analyse(sentence, 0, lex, lowered(sentence))
    person_words: set[str] = set()
    organisations.persons(a, lex, person_words)
    return {m.name for m in organisations.mentions(a, lex, person_words) if m.name}


@pytest.mark.parametrize(("lang", "sentence", "firm"), SPEAKERS)
def test_firm_after_capitalised_title_keeps_its_name(lang, sentence, firm):
    names = mention_names(lang, sentence)
    assert firm in names
    assert not any(name != firm and name.endswith(firm) for name in names)  # no title run on into the firm


def test_firm_named_by_its_head_keeps_its_deal():
    paragraphs = ["Quist Systems to buy Velmora Labs",
                  "Quist Systems Inc. said on Tuesday it agreed to acquire Velmora Labs for $80 million.",
                  "“Velmora fits our plans,” said Jane Roe, President and Chief Executive Officer of Quist Systems."]
    events = [e for e in extract_events(page("en", *paragraphs)) if e["type"] == "acquisition"]
    assert [parties(e) for e in events] == [{("Quist Systems", "acquirer"), ("Velmora Labs", "target")}]


def test_officer_before_a_full_name_is_a_person():
    assert mention_names("en", "Quist Systems named Chief Executive Officer Jane Roe to lead Velmora Labs.") == {
        "Quist Systems", "Velmora Labs"}


def test_deck_short_form_is_no_first_use():
    """A deck under the headline names the firm by its short form before the body names it in full: the full name
    stays the firm's name on the whole page (not two firms, "Quist" and "Quist Therapeutics")."""
    paragraphs = ["Quist Therapeutics signs licence deal with Velmora Pharma",
                  "Quist to receive $40 million upfront and up to $600 million in milestones, plus royalties",
                  "Quist Therapeutics Inc. today announced an exclusive licence agreement with Velmora Pharma.",
                  "Quist closed a $90 million Series B financing in May 2023, led by Harrow Bay Capital."]
    rounds = [e for e in extract_events(page("en", *paragraphs)) if e["type"] == "funding_round"]
    assert [parties(e) for e in rounds] == [{("Quist Therapeutics", "investee"), ("Harrow Bay Capital", "investor")}]


def test_ticker_after_an_exchange_acronym_is_no_party():
    paragraphs = ["Halvik Energy and Velmora Grid to form joint venture",
                  "Halvik Energy ASA (OSE: HALV) and Velmora Grid Inc. today announced that they will form a 50/50 "
                  "joint venture for offshore grid connections."]
    ventures = [e for e in extract_events(page("en", *paragraphs)) if e["type"] == "joint_venture"]
    assert [sorted(name.split()[0] for name, _ in parties(e)) for e in ventures] == [["Halvik", "Velmora"]]
