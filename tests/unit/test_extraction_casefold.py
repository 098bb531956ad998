"""casefold: a case-sensitive pattern on lowercased text finds what the IGNORECASE pattern finds."""

import re

from streams.extraction.casefold import fast, lowered
from streams.extraction.lexicon import lexicon


def test_fast_refuses_patterns_it_cannot_stand_in_for():
    assert fast(re.compile(r"(?<!\w)(?:buy|sell)(?!\w)", re.IGNORECASE)) is not None
    assert fast(re.compile(r"(?P<t0>buy)\S+", re.IGNORECASE)) is not None  # group names and escapes are no letters
    assert fast(re.compile(r"US\$", re.IGNORECASE)) is None  # a capital letter in a literal
    assert fast(re.compile(r"a(?i:b)", re.IGNORECASE)) is None
    assert fast(re.compile(r"buy")) is None  # not case-insensitive


def test_lowered_refuses_texts_that_fold_specially():
    assert lowered("Siemens ÜBERNIMMT") == "siemens übernimmt"
    assert lowered("İstanbul") is None  # lowercases to one character more
    assert lowered("Maſs") is None  # "ſ" matches "s" under IGNORECASE
    assert lowered("ΟΔΟΣ") is None  # final sigma


def test_same_triggers_as_ignorecase():
    for lang, text in [("en", "Microsoft ACQUIRES Activision and Takes Over Mojang"),
                       ("de", "Siemens ÜBERNIMMT die Firma, der Börsengang folgt"),
                       ("fr", "Le groupe RACHÈTE la société et LÈVE 10 millions")]:
        lex = lexicon(lang)
        want = [(m.lastgroup, m.span()) for m in lex.trigger_re.finditer(text)]
        assert want
        assert [(m.lastgroup, m.span()) for m in fast(lex.trigger_re).finditer(lowered(text))] == want
