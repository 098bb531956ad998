"""Spanish drops the subject: a firm that tells its own deal ("Quistora informó el lunes que acordó la compra de
Velmora") opens a reported clause with its verb, so the firm before the reporting verb is that clause's subject and a
party, not an outlet that reports another firm's news ("El Diario Austral publicó que Quistora ...": a subject of its
own follows). Before, the firm was dropped as a source, and "la compañía" of the sentences after went to the firm it
bought. Languages that need a subject ("X reported that it agreed") keep reading the name before the verb as a source.
Sentences and names written for these tests."""

import pytest

from streams.extraction import extract_events, organisations
from streams.extraction.casefold import lowered
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page, parties


def mention_names(lang: str, sentence: str) -> set[str]:
    """The organisation names one sentence holds."""
    lex = lexicon(lang)
    a = organisations.analyse(sentence, 0, lex, lowered(sentence))
    return {m.name for m in organisations.mentions(a, lex, set()) if m.name}


@pytest.mark.parametrize("sentence", [
    "Quistora informó el lunes que acordó la compra de la startup Velmora.",
    "Quistora ha informado que cerró la compra de la startup Velmora.",
])
def test_firm_telling_its_own_deal_is_named(sentence):
    assert "Quistora" in mention_names("es", sentence)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("es", "El Diario Austral publicó el martes que Quistora compró la startup Velmora."),
    ("es", "El Diario Austral informó el martes de que el grupo Quistora compró Velmora."),
    ("en", "The Daily Ledger reported on Monday that talks between Quistora and Velmora had ended."),
])
def test_outlet_with_a_subject_after_it_stays_a_source(lang, sentence):
    assert not any("Ledger" in n or "Diario" in n for n in mention_names(lang, sentence))


def test_own_news_gives_its_deal_and_the_company_after_it():
    paragraphs = ["Quistora crece en la región",
                  "Quistora informó el lunes que acordó la compra de la startup uruguaya Velmora.",
                  "Será la segunda adquisición de la compañía tras la de la peruana Tarlo, concretada en 2023."]
    events = {frozenset(parties(e)) for e in extract_events(page("es", *paragraphs)) if e["type"] == "acquisition"}
    assert frozenset({("Quistora", "acquirer"), ("Velmora", "target")}) in events
    assert frozenset({("Quistora", "acquirer"), ("Tarlo", "target")}) in events
