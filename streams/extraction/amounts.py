"""Money figures in every convention ("$68.7bn", "1,2 Mrd. Euro", "15,8 milliards de dollars")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from streams.extraction.lexicon import Lexicon, alternation, words_re

_NUMBER = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
CONTEXT = 28  # characters each side of a figure where cues make it something other than the deal value
MIN_DEAL_VALUE = 100_000  # below this a figure is a price per share or per item, not a deal


@dataclass(frozen=True)
class Amount:
    value: float
    currency: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _Grammar:
    pattern: re.Pattern
    currencies: dict[str, str]
    scales: dict[str, float]
    numbers: dict[str, int]
    not_deal: re.Pattern
    valuation: re.Pattern


@cache
def _grammar(lex: Lexicon) -> _Grammar:
    data = lex.amounts
    currencies = {k.lower(): v for k, v in data["currencies"].items()}
    scales = {k.lower(): float(v) for k, v in data["scales"].items()}
    numbers = {k.lower(): int(v) for k, v in data["number_words"].items()}
    cur = alternation(list(currencies), escape=True)
    scale = alternation(list(scales), escape=True)
    num = rf"(?:{_NUMBER}|(?<!\w)(?:{alternation(list(numbers), escape=True)}))"
    prefixed = rf"(?P<c1>{cur})\s?(?P<n1>{_NUMBER})(?:\s?(?P<s1>{scale})(?![^\W\d_]))?"
    suffixed = rf"(?P<n2>{num})(?:\s?(?P<s2>{scale})(?![^\W\d_]))?\s?(?:de |d['’]|of )?(?P<c2>{cur})(?![^\W\d_])"
    return _Grammar(
        pattern=re.compile(rf"(?<![\w.,]){prefixed}|(?<![\w.,]){suffixed}", re.IGNORECASE),
        currencies=currencies,
        scales=scales,
        numbers=numbers,
        not_deal=words_re(data["not_deal"]),
        valuation=words_re(data["valuation"]),
    )


def parse_number(raw: str, decimal: str) -> float:
    """A number written with the language's decimal separator (or unambiguous thousands groups)."""
    raw = re.sub(r"[\u00a0\u202f ]", "", raw)
    seps = re.findall(r"[.,]", raw)
    if not seps:
        return float(raw)
    last = raw.rfind(seps[-1])
    head, tail = re.sub(r"[.,]", "", raw[:last]), raw[last + 1:]
    if len(set(seps)) > 1:
        is_decimal = True  # "1.234,5" or "1,234.5": the last separator is the decimal one
    elif len(seps) > 1:
        is_decimal = False  # "12.230.000": thousands groups only
    else:
        is_decimal = seps[0] == decimal or len(tail) != 3
    return float(f"{head}.{tail}") if is_decimal else float(head + tail)


def find(sentence: str, offset: int, lex: Lexicon) -> list[Amount]:
    """Every money figure of a sentence, with absolute offsets."""
    g = _grammar(lex)
    out = []
    for m in g.pattern.finditer(sentence):
        raw = m.group("n1") or m.group("n2")
        cur = (m.group("c1") or m.group("c2")).lower()
        scale = (m.group("s1") or m.group("s2") or "").lower()
        value = g.numbers.get(raw.lower())
        if value is None:
            value = parse_number(raw, lex.amounts["decimal"])
        value *= g.scales.get(scale, 1.0)
        text = m.group().rstrip()
        out.append(Amount(value, g.currencies[cur], text, offset + m.start(), offset + m.start() + len(text)))
    return out


def is_deal_value(amount: Amount, text: str, deal_type: str, lex: Lexicon) -> bool:
    """False for per-share prices, revenue, financing, jobs, and for valuations of rounds and listings."""
    if amount.value < MIN_DEAL_VALUE:
        return False
    g = _grammar(lex)
    # the cues of this figure only: a comma ends the phrase ("$56 a share, or roughly $16bn")
    before = text[max(0, amount.start - CONTEXT):amount.start].rsplit(",", 1)[-1]
    after = text[amount.end:amount.end + CONTEXT // 2].split(",", 1)[0]
    around = before + " " + after
    if g.not_deal.search(around):
        return False
    return not (deal_type in {"funding_round", "ipo", "investment"} and g.valuation.search(around))
