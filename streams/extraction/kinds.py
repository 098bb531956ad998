"""Kinds of firm: the kind a description names ("the lender", "der Versorger", "l'assureur") and the kinds a page
gives each firm where it names it ("X, a Leeds-based lender", "der Versorger X", "Banco Y"). A description
stands for a firm of its kind, not for a nearer firm of another kind ("the lender" after a bank and a fund are
named), and one that repeats the words the page put before a name ("the Dutch shipbuilder X") for that firm; the kind
words of each language are its file's `kinds`."""

from __future__ import annotations

import re
from functools import lru_cache

from streams.extraction.lexicon import Lexicon, is_article
from streams.extraction.organisations import Mention, is_descriptor

COMPOUND_HEAD = 3  # letters a compound holds at least before the kind word it ends with ("Regionalbank")
APPOSITION = 60  # characters of an apposition after a name read for its kind (", a Leeds-based lender,")
AROUND = 4  # words before a name read for what the page tells it to be ("the Dutch shipbuilder X")
APPOSED = 4  # words of that apposition read: its noun comes first (not "X, the knowledge of the supply chain")

_POSSESSIVE = re.compile(r"['’]s?$")
PHRASE_BREAK = re.compile(r"[,;:()]")  # what ends the phrase or clause a word stands in
_APPOSITION_END = re.compile(r"[,;:().]")


@lru_cache(maxsize=65536)
def kind(word: str, lex: Lexicon) -> str | None:
    """The kind of firm one word names ("lender" -> bank, "Energieversorger" -> Versorger, "cable-layer"), else
    None."""
    whole = lex.elision.sub("", _POSSESSIVE.sub("", word.lower()))  # "l'épicier"
    low = whole.rsplit("-", 1)[-1]
    if whole in lex.kinds or low in lex.kinds:
        return lex.kinds.get(whole) or lex.kinds[low]
    if not lex.compound_nouns:
        return None
    return next((lex.kinds[w] for w in sorted(lex.kinds, key=len, reverse=True)
                 if low.endswith(w) and len(low) >= len(w) + COMPOUND_HEAD), None)


def described(text: str, m: Mention, lex: Lexicon) -> str | None:
    """The kind a description names by its noun, its last word ("the Leeds lender", "la aseguradora"), or by its
    last two words where they name a kind together ("the investment firm")."""
    words = text[m.start:m.end].split()
    return _noun_kind(words, lex) if words else None


def _noun_kind(words: list[str], lex: Lexicon) -> str | None:
    """The kind the last two words of a description name together ("investment firm"), else its last word's."""
    return (len(words) > 1 and lex.kinds.get(" ".join(words[-2:]).lower())) or kind(words[-1], lex)


def traded(text: str, m: Mention, lex: Lexicon) -> bool:
    """Whether a description's noun is a noun of a trade (`trades`: "the builder", "la bodega"), no descriptor: it
    stands for a firm the page called so, never for a firm guessed from the discourse."""
    words = text[m.start:m.end].split()
    return bool(words) and words[-1].lower() in lex.trades


def head(text: str, m: Mention, lex: Lexicon) -> str | None:
    """The kind a description names by its noun, else its words after the article where they are more than a noun
    ("the Dutch shipbuilder": "dutch shipbuilder"; not "the group")."""
    words = text[m.start:m.end].split()
    return (_noun_kind(words, lex) or _phrase(words, lex)) if words else None


def _phrase(words: list[str], lex: Lexicon) -> str | None:
    """The words of a description after its last article, lowercased, where they are two or more and end with a
    noun that describes a firm ("Dutch shipbuilder"), else None."""
    last = max((k for k, w in enumerate(words) if w.lower() in lex.determiners), default=-1)
    rest = [w.lower() for w in words[last + 1:]]
    return " ".join(rest) if last >= 0 and len(rest) > 1 and is_descriptor(rest[-1], lex) else None


def named(name: str, lex: Lexicon) -> set[str]:
    """The kinds the words of a firm's name give it ("Banco Y", "Kremsbank")."""
    return {k for w in name.split() if (k := kind(w, lex))}


def given(text: str, sentence_start: int, sentence_end: int, m: Mention, lex: Lexicon) -> set[str]:
    """The kinds a named firm is given where it is named: by the words of its name ("Y Bank"), by the noun right
    before it in its phrase ("the lender X", "der Versorger X") or before the adjectives that follow it ("la
    eléctrica toledana X"), and by the first words of a lowercase apposition right after it ("X, a Leeds-based
    lender,", "X, l'assureur mutualiste,")."""
    phrase = PHRASE_BREAK.split(text[sentence_start:m.start])[-1].split()
    before = phrase[-2:]
    noun = before[-1:] if _noun(before, lex) else []
    return (named(m.name or "", lex) | {k for w in noun if (k := kind(w, lex))} | apposed(text, sentence_end, m, lex)
            | _followed_noun(phrase[-AROUND:], lex))


def told(text: str, sentence_start: int, m: Mention, lex: Lexicon) -> set[str]:
    """What a named firm is told to be by the words right before it, not by a word of its name: the kind of a noun
    that is lowercase or follows an article ("la constructora X", "die dänische Reederei X"; not "Constructora X"),
    also before the adjectives that follow it ("la conservera gallega X"), and the words after the article ("the
    Dutch shipbuilder X": "dutch shipbuilder")."""
    before = PHRASE_BREAK.split(text[sentence_start:m.start])[-1].split()
    out = ({p} if (p := _phrase(before[-AROUND:], lex)) else set()) | _followed_noun(before[-AROUND:], lex)
    if before and _noun(before, lex) and (before[-1][:1].islower() or _after_article(before[:-1], lex)):
        out |= {k} if (k := kind(before[-1], lex)) else set()
    return out


def _followed_noun(before: list[str], lex: Lexicon) -> set[str]:
    """Where adjectives follow nouns, the kind of the noun right after the article whose lowercase adjectives end
    the words before a name ("la eléctrica toledana X", "le groupe savoyard X"; not "la coopérative céréalière de
    X": X is its seat)."""
    last = max((k for k, w in enumerate(before) if w.lower() in lex.determiners), default=-1)
    rest = before[last + 1:]
    if not (lex.adjectives_follow and last >= 0 and len(rest) > 1 and all(
            w.islower() and w not in lex.stopwords and not lex.trigger_re.fullmatch(w) for w in rest)):
        return set()  # nor "la distribuidora compró X": a deal's verb, X its object
    return {k} if (k := kind(rest[0], lex)) else set()


def _noun(before: list[str], lex: Lexicon) -> bool:
    """Whether the last word before a name can be its noun: where adjectives follow nouns, a noun of a trade that
    is also an adjective must follow the article ("la eléctrica X"; not "la cadena hotelera X": a hotel chain)."""
    if not (before and lex.adjectives_follow and before[-1].lower() in lex.trades):
        return bool(before)
    return len(before) > 1 and before[-2].lower() in lex.determiners


def _after_article(words: list[str], lex: Lexicon) -> bool:
    """Whether the words end with an article, maybe followed by lowercase adjectives or a place's ("die dänische",
    "der Hamburger")."""
    for w in reversed(words[-AROUND:]):
        if w.lower() in lex.determiners:
            return True
        if not (w[:1].islower() or lex.compound_nouns and w.endswith(lex.modifier_endings)):
            return False  # a name; where nouns are compounds, a place's adjective is capitalised ("Der Hamburger")
    return False


def apposed(text: str, sentence_end: int, m: Mention, lex: Lexicon) -> set[str]:
    """The kinds the first words of a lowercase apposition right after a name give it (", a Leeds-based lender,"),
    read to the first stopword past its article: the complement after it is another firm's ("X, propietario del Club
    Y": X is no club)."""
    after = past_suffix(text[m.end:min(sentence_end, m.end + APPOSITION)], lex)
    if not (after.startswith(", ") and after[2:3].islower()):
        return _copula_kind(after, lex)
    words = _APPOSITION_END.split(after[2:], maxsplit=1)[0].split()[:APPOSED]
    opening = 1 if words and is_article(words[0], lex) else 0
    out = set()
    for w in words[opening:]:
        if w.lower() in lex.stopwords:
            break
        out |= {k} if (k := kind(w, lex)) else set()
    return out


def _copula_kind(after: str, lex: Lexicon) -> set[str]:
    """The kind a copula and an indefinite article right after a name give it ("X is a big club with ...", "X est
    un club historique", "X ist ein Traditionsverein"): the first noun of a kind before a stopword ends the phrase
    (not "X is a shareholder of the bank": the bank's kind)."""
    words = _APPOSITION_END.split(after, maxsplit=1)[0].split()
    verb = next((n for n in (1, 2) if " ".join(words[:n]).lower() in lex.copulas), 0)
    if not (verb and len(words) > verb and words[verb].lower() in lex.indefinite_articles):
        return set()
    for w in words[verb + 1:verb + 1 + APPOSED]:
        if w.lower() in lex.stopwords:
            break
        if k := kind(w, lex):
            return {k}
    return set()


def past_suffix(rest: str, lex: Lexicon) -> str:
    """The text after a name past the legal suffix it may keep outside the mention, its comma kept ("X Ltd, based in
    Leeds", "X SA, spécialiste des capteurs")."""
    words = rest.split(" ", 2)
    if len(words) > 1 and not words[0] and words[1].strip(".,").lower() in lex.legal_suffixes:
        return rest[len(words[1].rstrip(",;:")) + 1:]
    return rest


def fitting(candidates: list[Mention], want: str, kinds: dict[str, set[str]]) -> str | None:
    """The first of the firms (closest first) the page gave the kind `want`."""
    return next((m.name for m in candidates if m.name and want in kinds.get(m.name, ())), None)
