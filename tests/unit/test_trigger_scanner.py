"""The trigger scanner tries the cue alternation only where a cue can start: its matches must be finditer's."""

from __future__ import annotations

import pytest

from streams.extraction import triggers
from streams.extraction.casefold import lowered
from streams.extraction.lexicon import lexicon

SENTENCES = {
    "en": ["Acme agreed to buy Widget Corp for $2bn, after it raised €40m in a Series B round led by Foo.",
           "The group's largest customers include Bar; its main customer is Baz, and Qux's key supplier sold out."],
    "de": ["Die Siemens-Übernahme von Dresser-Rand: Siemens kauft den US-Konzern, seine Kunden bleiben.",
           "Die Finanzierungsrunde über 20 Mio. Euro wurde aufgenommen, eine Energieallianz gegründet."],
    "fr": ["Le groupe rachète la société, son principal client est Renault, et lève 10 millions d'euros."],
    "es": ["La empresa compra a su rival y su mayor cliente es Repsol; se fusionará con Sabadell."],
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_scanner_finds_what_finditer_finds(lang: str) -> None:
    lex = lexicon(lang)
    pattern = triggers._fast(lex)
    scanner = triggers._scanner(pattern, len(lex.triggers))
    assert scanner is not None
    for sentence in SENTENCES[lang]:
        low = lowered(sentence)
        words = low.split()
        for text in (low, " ".join(reversed(words)), " ".join(words[1::2])):
            expected = [(m.span(), m.lastgroup) for m in pattern.finditer(text)]
            assert [(m.span(), m.lastgroup) for m in scanner.finditer(text)] == expected
            if text is low:
                assert expected
