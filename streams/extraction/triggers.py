"""Deal-type cues of a sentence, found with one combined regular expression per language."""

from __future__ import annotations

from dataclasses import dataclass

from streams.extraction.casefold import fast, lowered
from streams.extraction.lexicon import Lexicon, Trigger


@dataclass(frozen=True)
class TriggerMatch:
    trigger: Trigger
    start: int
    end: int


def find(sentence: str, offset: int, lex: Lexicon) -> list[TriggerMatch]:
    """Every trigger of a sentence, absolute offsets, in text order."""
    pattern, low = fast(lex.trigger_re), lowered(sentence)
    if pattern is None or low is None:
        pattern, low = lex.trigger_re, sentence
    return [
        TriggerMatch(lex.triggers[int(m.lastgroup[1:])], offset + m.start(), offset + m.end())
        for m in pattern.finditer(low)
    ]
