"""Sentence splitting with character offsets, so that evidence is an exact slice of the clean text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from streams.extraction.lexicon import Lexicon

# A candidate end: terminal punctuation, closing quotes or an encyclopedia's reference marks ("for £14 million.[3]
# The company ..."), spaces, then something that can open a sentence (a Spanish question or exclamation opens with
# its inverted mark: "... comprarles. ¿Hubo conversaciones?").
_END = re.compile(r"[.!?…](?:[\"'»”“)\]]|\[\d{1,3}\])*\s+(?=[\"'«„“(\[¿¡]?[^\W\d_]|\d{4}|\d+[^\W\d_])")
ABBREVIATED_SUFFIX = 4  # letters a legal suffix cut with a point holds at most ("Corp.", "Ltda.")
_WORD_BEFORE = re.compile(r"(\S+)$")
# a live blog's or ticker's time stamp that opens an item ("12:10 – X has won", "11:45 | Golpe para X:", "9.30 Uhr -",
# "14:05 Uhr: Der", "10:12 GMT The"): where the item was posted, not its first words (the word after it opens the
# sentence); with no mark after it, a time zone's letters end it
_TIME_STAMP = re.compile(r"\s*\d{1,2}[:.h]\d{2}(?:(?:\s*[^\W\d_]{1,3}\.?)?\s*[–—|:-]\s+"
                         r"|\s+(?:GMT|BST|UTC|CET|CEST|MEZ|MESZ|ET|EST|EDT|PT|PST|PDT|AM|PM|a\.m\.|p\.m\.)\s+)(?=\S)")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def _round_letter(text: str, end: int, lex: Lexicon) -> bool:
    """ "une levée de 45 millions en série B. Le tour de table ...": a letter after a round's series word names the
    round, no initial; the sentence ends after it."""
    before = _WORD_BEFORE.search(text, max(0, end - 40), end)
    return bool(before) and before.group(1).lower() in lex.series_words


def _is_abbreviation(token: str, lex: Lexicon) -> bool:
    word = token.rstrip(".!?…").lstrip("(\"'«„“").lower()
    if len(word) == 1 and word.isalnum() or (len(word) <= 2 and word.isdigit()):
        return True  # initials ("T. Rowe Price") and German ordinals ("22. Juli"); not "20 %. L'argent"
    if word in lex.legal_suffixes:  # "Acme Co. said", not "... a technology company. His"
        return _abbreviated_suffix(token.lstrip("(\"'«„“").rstrip(".!?…"))
    return word in lex.abbreviations or bool(re.fullmatch(r"(?:\w\.)+\w?", word))


def _abbreviated_suffix(word: str) -> bool:
    """Whether a legal suffix is a short word cut with a point ("Co.", "Inc.", "Ltd.", "S.A."): an acronym ("AG",
    "GmbH", "SAS") or a whole word ("Group", "Holding") takes none, so a point after it ends the sentence ("... die
    Halberg Bau AG. 2020 hatte es ...")."""
    return "." in word or word[:1].isupper() and sum(c.isupper() for c in word) == 1 and len(
        word) <= ABBREVIATED_SUFFIX


def _date_inside(token: str, following: str, lex: Lexicon) -> bool:
    """ "hat am 14.10. bei der Werft X bestellt", "am 14. Okt. bei der Werft": a date in figures or a month cut with a
    point, with the sentence going on in lowercase, is no end."""
    word = token.lstrip("(\"'«„“").rstrip(".")
    return following.islower() and (bool(re.fullmatch(r"\d{1,2}\.\d{1,2}(?:\.\d{2,4})?", word))
                                     or word.lower() in lex.months)


def _currency_inside(token: str, following: str, lex: Lexicon) -> bool:
    """ "2,3 Mrd. Fr. für X": an abbreviated currency with the sentence going on in lowercase, not its end."""
    return following.islower() and token.lower() in lex.amounts["currencies"]


_TURN_LABEL = re.compile(r"([^\W\d_])[.:]\s+(?=\S)")


def _after_turn_label(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Where a paragraph's first sentence opens: after an interview's one-letter turn label ("P. Acaban de cerrar
    una ronda", "Q: You bought X last year"), which is no initial of a name the words after it begin."""
    label = _TURN_LABEL.match(text, start, end)
    return label.end() if label and label.group(1) in lex.turn_labels else start


def opens_a_turn(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether `pos` is where an interview's turn begins, right after its one-letter label ("P. Acaban de cerrar
    una ronda"): the interviewer's question speaks to the interviewee with a bare verb, no firm's name."""
    line = text.rfind("\n", 0, pos) + 1
    return line < pos and _after_turn_label(text, line, pos + 1, lex) == pos


def split(text: str, paragraphs: list[dict], lex: Lexicon) -> list[Sentence]:
    """The sentences of every paragraph; a line break always ends a sentence."""
    out: list[Sentence] = []
    spans = [(p["start"], p["end"]) for p in paragraphs] or [(0, len(text))]
    for index, (p_start, p_end) in enumerate(spans):
        stamp = _TIME_STAMP.match(text, p_start, p_end)
        start = stamp.end() if stamp else _after_turn_label(text, p_start, p_end, lex)
        for m in _END.finditer(text, start, p_end):
            token = _WORD_BEFORE.search(text, max(start, m.start() - 40), m.start() + 1)  # bounded: no rescans
            if token and text[m.start()] == "." and (_is_abbreviation(token.group(1), lex) or _currency_inside(
                    token.group(1), text[m.end()], lex) or _date_inside(token.group(1), text[m.end()], lex)) and not (
                    len(token.group(1)) == 2 and _round_letter(text, token.start(1) - 1, lex)):
                continue
            out.append(Sentence(start, m.end() - len(m.group()) + len(m.group().rstrip()), index))
            start = m.end()
        if text[start:p_end].strip():
            out.append(Sentence(start, len(text[:p_end].rstrip()), index))
    return out
