"""Money figures in every convention ("$68.7bn", "1,2 Mrd. Euro", "15,8 milliards de dollars")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from streams.extraction.casefold import fast, lowered
from streams.extraction.lexicon import Lexicon, alternation, words_re

# Indian grouping first ("12,50,000": lakhs in pairs of digits), then thousands groups, then a plain figure
# thousands grouped by a point, comma or space, or by an apostrophe in Swiss usage ("38'500'000 Franken")
_NUMBER = r"\d{1,2}(?:,\d\d)+,\d{3}(?!\d)|\d{1,3}(?:[.,\u00a0\u202f '’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE_GAP = r"[\s-]?"  # "$5 million", "$5million", "a Rs 2,500-crore deal", "a $500-million contract"
CONTEXT = 28  # characters each side of a figure where cues make it something other than the deal value
MIN_DEAL_VALUE = 100_000  # below this a figure is a price per share or per item, not a deal
OFFER_REACH = 120  # characters after a count of shares within which the price per share of an offering is told
RAISING_TYPES = {"funding_round", "ipo", "investment"}  # deals whose sum is money a firm raises
CAPEX_BLIND = {"joint_venture", "contract", "partnership"}  # deals whose value a capital spending figure never is
CLAUSE_BREAK_RE = re.compile(r"[,;]\s|\s[–—-]\s")  # where a clause of a sentence ends (not "5,3 Mrd.")
# a comma, colon or semicolon ends the phrase of a figure ("$56 a share, or roughly $16bn", "in a year: the firm led
# the $40 million Series B", "Auch vor Ort wird investiert: Für 12,5 Millionen Euro")
PHRASE_BREAK_RE = re.compile(r"[,:;]|[.!?]\s+(?=[A-ZÀ-ÖØ-Þ])")  # a comma, colon, semicolon or a sentence's end
LOCAL_PLACES = 2  # mentions of a country's places that make a page its press, writing its own dollar bare


@dataclass(frozen=True)
class Amount:
    value: float
    currency: str
    text: str
    start: int
    end: int
    counted: bool = False  # shares times their price (`offered`): a sum the text states outright comes first


@dataclass(frozen=True)
class _Grammar:
    pattern: re.Pattern
    currencies: dict[str, str]
    fused: dict[str, tuple[str, str]]  # a token of scale and currency in one ("mdh"): its scale and currency words
    scales: dict[str, float]
    numbers: dict[str, int]
    not_deal: re.Pattern
    since_deal: re.Pattern  # "has since poured", "a investi depuis": right before a figure, money of after the deal
    inclusive: re.Pattern  # "einschließlich Schulden": a price that includes debt is still the price
    valuation: re.Pattern
    combined: re.Pattern  # "together", "zusammen", "ensemble": the parties' figures added up
    bare: re.Pattern  # "96,4 millones": a figure with a scale word but no currency
    currency: re.Pattern  # any currency word or sign read anywhere (not those read only next to a figure)
    glued: re.Pattern  # "R1.2bn", "KSh 2.3bn": a capitalised abbreviation before a figure, matched on the text as is
    conversion: re.Pattern  # " (about ", ", umgerechnet rund ": the whole gap between a sum and its conversion
    share_issue: re.Pattern  # "share placement", "rights issue": right after a figure, money raised by new shares
    part_before: re.Pattern  # "an upfront payment of": right before a figure, one part of a larger deal
    part_after: re.Pattern  # "upfront", "d'avance": right after a figure, the same
    capex: re.Pattern  # "con una inversión de", "at a cost of": right before a figure, money spent on a plant, not
    # a partner's contribution ("a cambio de un aporte de", "will put in")


@cache
def _grammar(lex: Lexicon) -> _Grammar:
    data = lex.amounts
    anywhere = {k.lower(): v for k, v in data["currencies"].items()}
    # "won", "rand", "Kina": currency words that are also common words or parts of names, read beside a figure only
    beside = {k.lower(): v for k, v in data.get("figure_currencies", {}).items()}
    glued = data.get("glued_currencies", {})
    # "500 MDH", "5 MMDH": one token telling scale and currency, each by a word of `scales` and `currencies`
    fused = {k.lower(): (v[0].lower(), v[1].lower()) for k, v in data.get("fused", {}).items()}
    currencies = {**{k.lower(): v for k, v in glued.items()}, **anywhere, **beside}
    scales = {k.lower(): float(v) for k, v in data["scales"].items()}
    numbers = {k.lower(): int(v) for k, v in data["number_words"].items()}
    cur = alternation([*anywhere, *beside], escape=True)
    scale = alternation(list(scales), escape=True)
    words = [k for k in scales if len(k.rstrip(".")) >= 3]  # "millones", "Mio.", not "m" or "bn"
    num = rf"(?:{_NUMBER}|(?<!\w)(?:{alternation(list(numbers), escape=True)}))"
    # "$480-million", "a 1.8-billion-euro takeover": a hyphen may join figure, scale and currency
    prefixed = rf"(?P<c1>{cur})\s?(?P<n1>{_NUMBER})(?:{_SCALE_GAP}(?P<s1>{scale})(?![^\W\d_]))?"
    suffixed = (rf"(?P<n2>{num})(?:{_SCALE_GAP}(?P<s2>{scale})(?![^\W\d_]))?[\s-]?(?:de |d['’]|of )?(?P<c2>{cur})"
                r"(?![^\W\d_])")
    joined = rf"(?P<n3>{num})[\s-]?(?P<f3>{alternation(list(fused), escape=True) or '(?!)'})(?![^\W\d_])"
    return _Grammar(
        pattern=re.compile(rf"(?<![\w.,])(?:{joined}|{prefixed}|{suffixed})", re.IGNORECASE),  # one lookbehind
        currencies=currencies,
        fused=fused,
        scales=scales,
        numbers=numbers,
        not_deal=words_re(data["not_deal"]),
        since_deal=words_re(data["since_deal"]),
        inclusive=words_re(data["including_debt"]),
        valuation=words_re(data["valuation"]),
        combined=words_re(data["combined"]),
        currency=re.compile(rf"(?<![^\W\d_])(?:{alternation(list(anywhere), escape=True)})(?![^\W\d_])",
                            re.IGNORECASE),
        glued=_glued_re(glued, scale),
        share_issue=re.compile(rf"\s*(?:{alternation(data.get('share_issue', []))})(?!\w)", re.IGNORECASE),
        # DOTALL: "(?:.*\W)?" before a word of conversion reaches over any text of the gap
        conversion=re.compile(rf"\s*(?:{alternation(data.get('conversion', []))})\s*", re.IGNORECASE | re.DOTALL),
        bare=re.compile(rf"(?<![\w.,])(?P<n>{_NUMBER}){_SCALE_GAP}(?P<s>{alternation(words, escape=True)})(?![^\W\d_])"
                        # "d'" whole: "2,1 millions d'adhérents"; a hyphen joins a unit: "2.1 million-square-foot"
                        r"(?:(?:\s*|-)(?P<next>[^\W\d_]+['’]?))?", re.IGNORECASE),
        part_before=re.compile(rf"(?<!\w)(?:{alternation(data.get('part_before', []))})\s*$", re.IGNORECASE),
        part_after=re.compile(rf"^\s*(?:{alternation(data.get('part_after', []))})(?!\w)", re.IGNORECASE),
        capex=words_re(data.get("capex", [])),
    )


def _glued_re(signs: dict[str, str], scale: str) -> re.Pattern:
    """Currency abbreviations in their capitals before a figure ("R450 million", "N5bn", "Sh2.3 billion", "RM 1.2
    billion"): case-sensitive, so that "R" or "N" is never a capital letter of the text; one letter only glued to
    its figure."""
    single = alternation([s for s in signs if len(s) == 1], escape=True)
    longer = alternation([s for s in signs if len(s) > 1], escape=True)
    return re.compile(rf"(?<![\w.,$])(?P<c>(?:{longer})(?=\s?\d)|(?:{single})(?=\d))\s?(?P<n>{_NUMBER})"
                      rf"(?:{_SCALE_GAP}(?P<s>(?i:{scale}))(?![^\W\d_]))?")


@cache
def _fast(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """The figure, bare figure and currency patterns for lowercased text (casefold), if they can be."""
    g = _grammar(lex)
    patterns = (fast(g.pattern), fast(g.bare), fast(g.currency))
    return patterns if all(patterns) else None


def _patterns(text: str, lex: Lexicon) -> tuple[str, tuple[re.Pattern, re.Pattern, re.Pattern]]:
    """The text to match and the figure, bare figure and currency patterns: lowercased text and
    case-sensitive patterns where that matches the same (faster), else the text and the IGNORECASE ones."""
    patterns, low = _fast(lex), lowered(text)
    if patterns is None or low is None:
        g = _grammar(lex)
        return text, (g.pattern, g.bare, g.currency)
    return low, patterns


def main_currency(text: str, lex: Lexicon, local: dict[str, str] | None = None) -> str | None:
    """The currency a text names most often (its bare signs read as `local`'s): that of its figures given
    without one."""
    g = _grammar(lex)
    low, (_, _, currency) = _patterns(text, lex)
    signs = [m.group().lower() for m in currency.finditer(low)] + [m.group("c").lower() for m in g.glued.finditer(text)]
    counts = Counter(_currency(sign, g, local) for sign in signs)
    return counts.most_common(1)[0][0] if counts else None


def local_currencies(text: str, lex: Lexicon) -> dict[str, str]:
    """The currency each bare dollar sign or word means on the page (`local_dollars`): a country's press writes
    its own dollar bare ("un contrat de 240 millions de dollars d'Hydro-Québec", "410 M$"), so on a page that
    names that country's places at least LOCAL_PLACES times, "$" and "dollars" are that currency; unless it names
    one of its `unless` words too ("¥" of a page on Beijing is the yuan, unless it speaks of Tokyo or the yen).
    Where two countries share a sign ("$" of Chile and Argentina), the one the page names most has it; an entry's
    `currency` stands for its key where one currency has two entries of other signs and conditions."""
    named: list[tuple[int, str, dict]] = []
    for key, local in lex.amounts.get("local_dollars", {}).items():
        mentions = len(_places_re(tuple(local["places"])).findall(text))
        if mentions >= LOCAL_PLACES and not (local.get("unless") and _places_re(tuple(local["unless"])).search(text)):
            named.append((mentions, local.get("currency", key), local))
    out: dict[str, str] = {}
    for _, currency, local in sorted(named, key=lambda n: n[0]):
        out.update({sign.lower(): currency for sign in local["signs"]})
    return out


@cache
def _places_re(places: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(list(places), escape=True)})(?![^\W\d_])")


def _currency(sign: str, g: _Grammar, local: dict[str, str] | None) -> str:
    return (local or {}).get(sign) or g.currencies[sign]


def sum_openings(sentence: str, lex: Lexicon) -> set[int]:
    """Where a sum opens with a currency abbreviation in capitals and goes on past its first digits ("R1.2bn",
    "AED1.1bn", "KSh 2.3bn"): the word there names no firm ("for R1" ends no name; "N26" alone may be one)."""
    return {a.start for a in find(sentence, 0, lex)
            if a.text[:1].isupper() and not re.fullmatch(r"[^\W\d_]+\s?\d+", a.text)}


def parse_number(raw: str, decimal: str, grouped: bool = False) -> float:
    """A number written with the language's decimal separator (or unambiguous thousands groups); `grouped`: one
    separator before three digits groups thousands whatever the decimal one ("3,800 millones de pesos")."""
    raw = re.sub(r"[\u00a0\u202f '’]", "", raw)
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
        is_decimal = len(tail) != 3 or seps[0] == decimal and not grouped
    return float(f"{head}.{tail}") if is_decimal else float(head + tail)


def find(sentence: str, offset: int, lex: Lexicon, bare: str | None = None,
         local: dict[str, str] | None = None) -> list[Amount]:
    """Every money figure of a sentence, with absolute offsets; with `bare`, the page's currency, also
    figures whose currency the article leaves out once it is known ("3,5 millones en una ronda"), unless
    a noun follows them ("2 millones de usuarios", "45 Millionen Kunden"); `local`: the currency a bare sign
    means on the page (`local_currencies`)."""
    g = _grammar(lex)
    out: list[Amount] = []
    low, (pattern, bare_pattern, _) = _patterns(sentence, lex)
    figures = [(m, *_parts(m, g)) for m in pattern.finditer(low)]
    figures += [(m, m.group("n"), m.group("c"), m.group("s")) for m in g.glued.finditer(sentence)
                if not any(f.start() <= m.start() < f.end() for f, *_ in figures)]
    for m, raw, cur, scale in sorted(figures, key=lambda f: f[0].start()):
        cur, scale = cur.lower(), (scale or "").lower()
        value = g.numbers.get(raw.lower())
        if value is None:  # "3,800 millones": where the press groups thousands before a scale word
            value = parse_number(raw, lex.amounts["decimal"], bool(scale) and lex.amounts.get("scale_groups", False))
        thousands, begin = _thousands(low, m.start(), raw, scale, lex)
        value = (value + thousands) * g.scales.get(scale, 1.0)
        text = sentence[begin:m.end()].rstrip()
        out.append(Amount(value, _currency(cur, g, local), text, offset + begin, offset + begin + len(text)))
    if bare:
        for m in bare_pattern.finditer(low):
            word = (m.group("next") or "").lower().replace("’", "'")
            if word.endswith("'") and word not in lex.connectors:
                word = word[:-1]  # "12 millions qu'elle avait levés": an elided word read as it is, only "d'" joins
            if word and (word not in lex.stopwords or word in lex.connectors or lex.stake_re.match(word)) and not (
                    lex.participation_re.match(low, m.start("next"))) or any(
                    a.start <= offset + m.start() < a.end for a in out) or _offered_res(lex)[0].match(low, m.start()):
                continue  # "15.5 million shares", "10 millions d'actions": counted shares, no money; but "120
                # millones liderada por X" is a round's money
            thousands, begin = _thousands(low, m.start(), m.group("n"), m.group("s"), lex)
            text = sentence[begin:m.end("s")]
            value = (parse_number(m.group("n"), lex.amounts["decimal"]) + thousands) * g.scales[m.group("s").lower()]
            out.append(Amount(value, bare, text, offset + begin, offset + begin + len(text)))
    # "2 mil" is no figure of its own inside "2 mil 100 millones"
    out = sorted((a for a in out if not any(b.start <= a.start and a.end <= b.end and b.end - b.start > a.end - a.start
                                            for b in out)), key=lambda a: a.start)
    return [a for k, a in enumerate(out) if not (k and _converted(out[k - 1], a, sentence, offset, g))]


def _parts(m: re.Match, g: _Grammar) -> tuple[str, str, str | None]:
    """A figure's number, currency and scale words, those of a fused token ("500 MDH") read from `fused`."""
    if m.group("f3"):
        scale, cur = g.fused[m.group("f3").lower()]
        return m.group("n3"), cur, scale
    return m.group("n1") or m.group("n2"), m.group("c1") or m.group("c2"), m.group("s1") or m.group("s2")


def _converted(first: Amount, then: Amount, sentence: str, offset: int, g: _Grammar) -> bool:
    """Whether a figure is the conversion of the one before it into another currency, the gap between them one the
    language's `conversion` reads: a bracket ("Rs 3,000 crore ($360 million)", "a 1.8 billion euro ($2.0 billion)
    takeover"), ", or" ("€500m, or about $540m") or a word of conversion ("1,8 Mrd. Franken, umgerechnet rund 1,9
    Mrd. Euro"). The text's own figure is the one stated first; a converted figure alone is the deal's ("Der
    Kaufpreis beläuft sich auf umgerechnet 2,35 Mrd. Euro")."""
    gap = sentence[first.end - offset:then.start - offset]
    return then.currency != first.currency and bool(g.conversion.fullmatch(gap))


def offered(sentence: str, offset: int, lex: Lexicon, money: list[Amount]) -> list[Amount]:
    """The sum of an offering told by its shares and their price ("an initial public offering of 10,000,000
    shares of common stock at a public offering price of $16.00 per share": $160 million) where the sentence
    states no sum of its own; `money`: the sentence's figures (`find`)."""
    count_re, per_share_re = _offered_res(lex)
    for count in count_re.finditer(sentence):
        shares = parse_number(count.group("n"), lex.amounts["decimal"], grouped=True) * _grammar(lex).scales.get(
            (count.group("s") or "").lower(), 1.0)
        for price in money:
            if offset + count.end() <= price.start <= offset + count.end() + OFFER_REACH and per_share_re.match(
                    sentence, price.end - offset):
                return [Amount(shares * price.value, price.currency, sentence[count.start():price.end - offset],
                               offset + count.start(), price.end, counted=True)]
    return []


@cache
def _offered_res(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """A count of shares ("10,000,000 shares", "12 millions d'actions nouvelles") and the words after a price
    that make it one share's ("per share", "je Aktie")."""
    data = lex.amounts.get("offered_shares", {})
    scales = alternation(list(_grammar(lex).scales), escape=True)
    shares = alternation(data.get("shares", []), escape=True) or r"(?!)"
    count = re.compile(rf"(?<![\w.,])(?P<n>{_NUMBER})(?:\s?(?P<s>{scales}))?\s+(?:de |d['’]|of )?(?:{shares})(?!\w)",
                       re.IGNORECASE)
    per_share = re.compile(rf"\s*(?:{alternation(data.get('per_share', []), escape=True) or '(?!)'})(?!\w)",
                           re.IGNORECASE)
    return count, per_share


@cache
def _thousands_re(lex: Lexicon) -> re.Pattern:
    """The thousands word right before a figure and its scale ("por mil 200 millones de pesos", "dos mil 500
    millones", "3 mil 200 millones"): the Mexican press writes the thousands of millions as a word, maybe counted
    by a number word or by digits."""
    words = alternation(lex.amounts.get("thousand_words", []), escape=True)
    numbers = alternation(list(_grammar(lex).numbers), escape=True)
    return re.compile(rf"(?<![\w.,])(?:(?P<count>{numbers}|\d{{1,3}})\s+)?(?:{words})\s+$", re.IGNORECASE)


def _thousands(low: str, begin: int, raw: str, scale: str, lex: Lexicon) -> tuple[int, int]:
    """The thousands told as a word before a figure of under a thousand and its scale ("3 mil 200 millones":
    3,000 more millions) and where the figure then begins; none: (0, begin)."""
    if not (scale and raw.isdigit() and int(raw) < 1000 and (lead := _thousands_re(lex).search(low, 0, begin))):
        return 0, begin
    count = lead.group("count")
    if not count:
        return 1000, lead.start()
    return (int(count) if count.isdigit() else _grammar(lex).numbers[count.lower()]) * 1000, lead.start()


def is_deal_value(amount: Amount, text: str, deal_type: str, lex: Lexicon) -> bool:
    """False for per-share prices, revenue, financing, jobs, for valuations of rounds and listings, for money raised
    by new shares ("an A$85 million share placement") as the value of any other deal, and for the capital spending of
    a venture, a contract or a partnership (what a plant costs is not what the deal is worth)."""
    if amount.value < MIN_DEAL_VALUE:
        return False
    g = _grammar(lex)
    # the cues of this figure only: a comma, colon, semicolon or the end of the sentence before ("Nuvéa compte 85
    # salariés. Elle avait levé 12 millions") ends the phrase (PHRASE_BREAK_RE); a price said
    # to include debt ("einschließlich Schulden rund 1,2 Mrd. Euro") is blanked out first, offsets kept
    lo = max(0, amount.start - 2 * CONTEXT)
    local = g.inclusive.sub(lambda m: " " * len(m.group()), text[lo:amount.end + CONTEXT])
    before = PHRASE_BREAK_RE.split(_whole_words(local, max(0, amount.start - CONTEXT - lo), amount.start - lo))[-1]
    after = PHRASE_BREAK_RE.split(local[amount.end - lo:amount.end - lo + CONTEXT // 2], 1)[0]
    around = before + " " + after
    if g.not_deal.search(around) or g.since_deal.search(before) or _told_of(local[:amount.start - lo], g, lex) or (
            deal_type in CAPEX_BLIND and g.capex.search(before)):
        return False
    if deal_type in RAISING_TYPES:  # a valuation the next clause tells is of the firm, not this figure's ("aspiraba a
        # captar unos 600 millones y valoraba la empresa en ...")
        own = after[:joined.start()] if (joined := _conjoined(after, lex)) else after
        return not g.valuation.search(before + " " + own)
    return not g.share_issue.match(text, amount.end, amount.end + CONTEXT)


def _whole_words(text: str, start: int, end: int) -> str:
    """text[start:end] widened to the whole word cut at its start ("Skyreach Robotics was awarded a $36 million":
    "each", the tail of a name, is no price per item)."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    return text[start:end]


def _told_of(before: str, g: _Grammar, lex: Lexicon) -> bool:
    """Whether a figure lies in a relative clause of a figure that is no deal's value ("sus ingresos, que el año
    pasado rondaron los 9 millones de soles", "its revenue, which reached $40m"): the clause tells that figure."""
    head, comma, _ = before.rpartition(",")
    return bool(comma) and bool(lex.relative_re.match(before, len(head))) and bool(g.not_deal.search(head[-CONTEXT:]))


def _part_payment(amount: Amount, text: str, g: _Grammar) -> bool:
    """Whether a figure is told as one part of a larger deal ("$120 million upfront", "un paiement initial de 40
    millions d'euros")."""
    return bool(g.part_before.search(text[max(0, amount.start - CONTEXT):amount.start])
                or g.part_after.search(text[amount.end:amount.end + CONTEXT]))


def is_part(amount: Amount, text: str, lex: Lexicon) -> bool:
    """Whether a figure is told as one part of a larger deal ("$60 million upfront"): a later whole wins."""
    return _part_payment(amount, text, _grammar(lex))


def headline(values: list[Amount], text: str, lex: Lexicon) -> list[Amount]:
    """The figures of a deal without those told as one part of it when a whole is told too: "paying $120 million
    upfront and up to $850 million in total" is an $850 million deal; an upfront payment alone stays its sum."""
    whole = [a for a in values if not is_part(a, text, lex)]
    return whole or values


def valued_clause(amount: Amount, sentence: str, offset: int, lex: Lexicon) -> bool:
    """Whether the clause of a figure (up to a comma, semicolon or dash) names a valuation ("Zum Ausgabepreis wird
    das Unternehmen mit rund 5,3 Mrd. Euro bewertet"): that figure is a firm's worth, while another clause of the
    sentence may give the sum raised ("will rund 250 Millionen Euro einsammeln, die Bewertung soll ...")."""
    start, end = amount.start - offset, amount.end - offset
    begin = max((m.end() for m in CLAUSE_BREAK_RE.finditer(sentence, 0, start)), default=0)
    stop = next((m.start() for m in CLAUSE_BREAK_RE.finditer(sentence, end)), len(sentence))
    joined = _conjoined(sentence[end:stop], lex)  # "aspiraba a captar 600 millones y valoraba la empresa en ...": the
    # valuation of the clause the conjunction opens after the figure
    return bool(_grammar(lex).valuation.search(sentence[begin:end + joined.start() if joined else stop]))


def _conjoined(text: str, lex: Lexicon) -> re.Match | None:
    """The first conjunction of a text that opens a clause after a figure ("... 600 millones y valoraba ...")."""
    return _conjunction_re(lex).search(text)


@cache
def _conjunction_re(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"\s(?:{alternation(sorted(lex.conjunction_words), escape=True)})\s", re.IGNORECASE)


def speaks_of_combined(text: str, lex: Lexicon) -> bool:
    """Whether a text adds the parties up ("Together they would be worth $14bn", "Zusammen wären sie an der Börse
    14 Mrd. Franken wert gewesen"): its figures are the combined group's size, not a price."""
    return bool(_grammar(lex).combined.search(text))
