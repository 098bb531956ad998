"""Deal-type cues of a sentence, found with one combined regular expression per language."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from streams.extraction.casefold import fast
from streams.extraction.lexicon import Lexicon, Trigger


@dataclass(frozen=True)
class TriggerMatch:
    trigger: Trigger
    start: int
    end: int


@cache
def _fast(lex: Lexicon):
    return fast(lex.trigger_re)  # cached per lexicon: hashing a compiled pattern hashes its whole code


def find(sentence: str, offset: int, lex: Lexicon, low: str | None) -> list[TriggerMatch]:
    """Every trigger of a sentence, absolute offsets, in text order; `low` is `lowered(sentence)`."""
    pattern = _fast(lex)
    if pattern is None or low is None:
        pattern, low = lex.trigger_re, sentence
    return [
        TriggerMatch(lex.triggers[int(m.lastgroup[1:])], offset + m.start(), offset + m.end())
        for m in pattern.finditer(low)
    ]
