"""Deal-type cues of a sentence, found with one combined regular expression per language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from streams.extraction.casefold import fast
from streams.extraction.lexicon import Lexicon, Trigger

try:  # the parsed form of a pattern, to read the letters each cue starts with
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # another Python: the whole pattern scans every sentence
    _sre = _sre_parse = None

_HEAD = 8  # letters of a cue's start checked before the whole alternation is tried there
_OPEN, _CLOSE = r"(?<!\w)(?:", r")(?:(?<=['’])|(?!\w))"  # how lexicon() wraps the cues' groups


@dataclass(frozen=True)
class TriggerMatch:
    trigger: Trigger
    start: int
    end: int


def _heads(items: list, starts: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    """The first letters a sequence of parsed regex items can match, each with whether it may still grow:
    a head stops growing wherever the pattern is no plain letter, so every match starts with one of them."""
    for op, av in items:
        grown: set[tuple[str, bool]] = set()
        for s, growing in starts:
            if not growing or len(s) >= _HEAD:
                grown.add((s, False))
            elif op is _sre.LITERAL:
                grown.add((s + chr(av), True))
            elif op is _sre.IN and all(o is _sre.LITERAL for o, _ in av):
                grown |= {(s + chr(c), True) for _, c in av}
            elif op is _sre.SUBPATTERN and not av[1] and not av[2]:
                grown |= _heads(av[3].data, {(s, True)})
            elif op is _sre.BRANCH:
                for alt in av[1]:
                    grown |= _heads(alt.data, {(s, True)})
            elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
                grown |= {(h, False) for h, _ in _heads(av[2].data, {(s, True)})}
                if av[0] == 0:
                    grown.add((s, True))
            elif op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):  # zero width: the next item reads on
                grown.add((s, True))
            else:
                grown.add((s, False))
        starts = grown
    return starts


class _Scanner:
    """The matches of `finditer`, with the big alternation tried only where some cue can start: at a
    position that opens with one of the cues' first letters, or where the few cues that can open with
    any word (`(?:\\S+ )?customer`) match on their own: 8-19% of the word starts are tried."""

    def __init__(self, pattern: re.Pattern, heads: dict[str, tuple[str, ...]], wild: re.Pattern | None) -> None:
        self.pattern, self.heads, self.wild = pattern, heads, wild
        self.starts = re.compile(r"(?<!\w)(?=[" + "".join(re.escape(c) for c in sorted(heads)) + "])")

    def finditer(self, low: str) -> list[re.Match]:
        heads = self.heads
        at = [p for m in self.starts.finditer(low) if low.startswith(heads[low[p := m.start()]], p)]
        if self.wild is not None:
            w = self.wild.search(low)
            while w is not None:
                at.append(w.start())
                w = self.wild.search(low, w.start() + 1)
            at = sorted(set(at))
        found: list[re.Match] = []
        end = 0
        for p in at:
            if p >= end and (m := self.pattern.match(low, p)):
                found.append(m)
                end = m.end()
        return found


def _alternatives(body: str, flags: int) -> list[str]:
    """The top-level alternatives of a cue's regex, so that one cue that can open with any word leaves
    its group's other words to the letter test; the whole body when a piece does not compile alone."""
    pieces, depth, start, i = [], 0, 0, 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = body.find("]", i + 2)
            if i < 0:
                return [body]
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            pieces.append(body[start:i])
            start = i + 1
        i += 1
    pieces.append(body[start:])
    try:
        for piece in pieces:
            re.compile(piece, flags)
    except re.error:
        return [body]
    return pieces


@cache
def _scanner(pattern: re.Pattern, groups: int) -> _Scanner | None:
    """The scanner of a cue pattern built as lexicon() builds it, else None (then finditer scans)."""
    text = pattern.pattern
    marks = [text.find(f"(?P<t{i}>") for i in range(groups)]
    if (_sre_parse is None or pattern.flags & re.IGNORECASE or not text.startswith(_OPEN)
            or not text.endswith(_CLOSE) or marks[:1] != [len(_OPEN)]):
        return None
    ends = [*marks[1:], len(text) - len(_CLOSE) + 1]  # each group's body ends 2 characters before: ")|", "))"
    bodies = [text[a + len(f"(?P<t{i}>"):b - 2] for i, (a, b) in enumerate(zip(marks, ends, strict=True))]
    if _OPEN + "|".join(f"(?P<t{i}>{b})" for i, b in enumerate(bodies)) + _CLOSE != text:
        return None
    if _sre_parse.parse(text, pattern.flags).getwidth()[0] == 0:
        return None  # an empty match: finditer's rules for those are not reproduced
    heads: dict[str, set[str]] = {}
    wild = []
    for body in (alt for b in bodies for alt in _alternatives(b, pattern.flags)):
        found = {h for h, _ in _heads(_sre_parse.parse(body, pattern.flags).data, {("", True)})}
        if "" in found:
            wild.append(body)
        for h in found - {""}:
            heads.setdefault(h[0], set()).add(h)
    wild_re = re.compile(_OPEN + "|".join(wild) + _CLOSE, pattern.flags) if wild else None
    return _Scanner(pattern, {c: tuple(hs) for c, hs in heads.items()}, wild_re)


@cache
def _fast(lex: Lexicon):
    return fast(lex.trigger_re)  # cached per lexicon: hashing a compiled pattern hashes its whole code


def find(sentence: str, offset: int, lex: Lexicon, low: str | None) -> list[TriggerMatch]:
    """Every trigger of a sentence, absolute offsets, in text order; `low` is `lowered(sentence)`."""
    pattern = _fast(lex)
    if pattern is None or low is None:
        pattern, low = lex.trigger_re, sentence
    scanner = _scanner(pattern, len(lex.triggers))
    found = pattern.finditer(low) if scanner is None else scanner.finditer(low)
    return [TriggerMatch(lex.triggers[int(m.lastgroup[1:])], offset + m.start(), offset + m.end()) for m in found]
