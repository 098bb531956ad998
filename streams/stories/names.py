"""Organisation names reduced to a form that lets two pages' spellings of one company meet.

Matching must work across languages and outlets ("Microsoft Corp." and "Microsoft", "Nuance" and
"Nuance Communications Inc.", "U.S. Steel" and "United States Steel"), so names are compared as
word sequences after dropping accents, case, punctuation and legal forms.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

import yaml

from streams import languages

_DATA = Path(__file__).with_name("names.yaml")
_NON_WORD = re.compile(r"[^\w&]+")


def _plain(text: str) -> list[str]:
    """Casefolded ASCII words; runs of single letters ("u s", from "U.S.") become one word."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words: list[str] = []
    run = ""
    for word in _NON_WORD.sub(" ", ascii_text.casefold().replace("&", " & ")).split():
        if len(word) == 1 and word.isalpha():
            run += word
            continue
        if run:
            words.append(run)
            run = ""
        words.append(word)
    if run:
        words.append(run)
    return words


@cache
def _data() -> dict:
    """names.yaml, read once."""
    return yaml.safe_load(_DATA.read_text(encoding="utf-8"))


@cache
def _phrases(section: str) -> frozenset[tuple[str, ...]]:
    """A names.yaml list as word tuples in the form `_plain` produces."""
    return frozenset(tuple(_plain(p)) for p in _data()[section])


@cache
def _noise_words() -> frozenset[str]:
    """Legal forms and structure words of every language, in the form `_plain` produces."""
    data = _data()
    phrases = [*data["legal_forms"], *data["structure_words"], "&"]
    for lang in languages.supported():
        phrases += (languages.load(lang).get("extraction") or {}).get("legal_suffixes") or []
    return frozenset(" ".join(_plain(p)) for p in phrases)


@lru_cache(maxsize=65536)
def words(name: str) -> tuple[str, ...]:
    """The name's significant words: no accents, case, punctuation or legal forms."""
    plain = _plain(name)
    noise = _noise_words()
    kept = [w for w in plain if w not in noise]
    # a multi-word legal form ("S.p.A." gives one word, "Co. KG" two) is dropped from the end
    while len(kept) > 1 and " ".join(kept[-2:]) in noise:
        kept = kept[:-2]
    return tuple(kept or plain)


def _unit_brand(name: tuple[str, ...]) -> tuple[str, ...] | None:
    """The brand of a national unit's name ("O2 UK" gives "O2"), None when no place ends the name."""
    for size in (2, 1):
        if len(name) > size and name[-size:] in _phrases("place_qualifiers"):
            return name[:-size]
    return None


def normalise(name: str) -> str:
    """One string per spelling, for display keys and exact comparison."""
    return " ".join(words(name))


def _leading(name: tuple[str, ...], section: str) -> int:
    """How many words at the start of `name` form a phrase of this names.yaml list."""
    return next((size for size in (2, 1) if len(name) > size and name[:size] in _phrases(section)), 0)


def _undescribed(name: tuple[str, ...]) -> tuple[str, ...]:
    """The name without a descriptor the extractor kept before it ("London-based", "Münchner Start-up")."""
    for end in range(len(name) - 1, 0, -1):
        if any(name[end - size : end] in _phrases("descriptor_ends") for size in (2, 1)):
            return name[end:]
    return name


def _core(name: tuple[str, ...]) -> tuple[str, ...]:
    """The name without what outlets put before it or leave out: a descriptor or an institution's
    generic head ("Banco Sabadell", "Banque de Ravenel")."""
    return _past_head(_undescribed(name), "generic_heads")


def _past_head(name: tuple[str, ...], section: str) -> tuple[str, ...]:
    """The name after a generic head of this names.yaml list and the connector that may follow it ("Banco de")."""
    if head := _leading(name, section):
        name = name[head:]
        name = name[_leading(name, "connectors"):]
    return name


def _proper(name: tuple[str, ...]) -> tuple[str, ...]:
    """A public body's name without the generic head or tail an outlet may translate ("Verkehrsverbund
    Rhein-Ruhr", "Rhein-Ruhr transport association"); other names unchanged, never emptied."""
    name = _past_head(name, "public_heads")
    tails = _phrases("public_tails")
    while len(name) > 1 and name[-1:] in tails:
        name = name[:-1]
    return name


@lru_cache(maxsize=65536)
def key_token(name: str) -> str:
    """The first word of the name's core: shared by "Rivian" and "Rivian Automotive", by "Sabadell"
    and "Banco Sabadell", by a public body's names in two languages, used to partition."""
    found = _proper(_core(words(name)))
    return found[0] if found else ""


@lru_cache(maxsize=65536)
def initials(name: str) -> frozenset[str]:
    """The acronyms an outlet may write for the name: the initials of its first two to five words, with or
    without what outlets put before it ("Deutsche Bahn Fernverkehr" gives "db" and "dbf", so "DB" and "DB
    Fernverkehr" meet it)."""
    found = set()
    for text in {words(name), _proper(_core(words(name)))}:
        found.update("".join(w[0] for w in text[:size]) for size in range(2, min(5, len(text)) + 1))
    return frozenset(found)


def _abbreviate(text: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """`text` with any run of words whose initials spell a word of `other` replaced by that word (not a
    connector: "of Finance" is no acronym of "of")."""
    short = {w for w in other if 2 <= len(w) <= 5 and (w,) not in _phrases("connectors")}
    out: list[str] = []
    i = 0
    while i < len(text):
        for size in range(min(5, len(text) - i), 1, -1):
            initials = "".join(w[0] for w in text[i : i + size])
            if initials in short:
                out.append(initials)
                i += size
                break
        else:
            out.append(text[i])
            i += 1
    return tuple(out)


def _within(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The shorter name's words run, in order, inside the longer's."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    n = len(short)
    return n > 0 and any(long_[i:i + n] == short for i in range(len(long_) - n + 1))


@lru_cache(maxsize=1 << 18)
def same_name(a: str, b: str) -> bool:
    """Whether two spellings name one organisation (past a descriptor the extractor kept): equal
    words, one's words within the other's ("Lufthansa" in "Deutsche Lufthansa", "Fosun" in
    "Shanghai Fosun Pharmaceutical"), an acronym of the other's words ("US Steel"), a national
    unit's brand ending the other's words ("O2 UK", "Virgin Media O2"), a public body's proper part
    within the other's ("Nahverkehrsverbund Elbe-Saale", "Elbe-Saale regional transport authority"), or
    the same words but for a sector word an outlet translated ("Helvag Assurances", "Helvag Versicherungen")."""
    wa, wb = _undescribed(words(a)), _undescribed(words(b))
    return (
        _within(wa, wb)
        or _within(_abbreviate(wa, wb), wb)
        or _within(wa, _abbreviate(wb, wa))
        or _brand_ends(wa, wb)
        or _brand_ends(wb, wa)
        or _proper_parts_meet(_proper(wa), _proper(wb))
        or _translated(wa, wb)
    )


@cache
def _translation_groups() -> dict[str, int]:
    """Each translated word of names.yaml and the number of its group."""
    return {w: n for n, group in enumerate(_data()["translated_words"]) for word in group for w in _plain(word)}


def _translated(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names equal but for words an outlet translated, each pair in one group ("Alpina Vie", "Alpina
    Leben"), and with a word of their own besides ("Vie Assurances" and "Life Insurance" tell no firm)."""
    groups = _translation_groups()
    if len(a) != len(b) or a == b:
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return (all(x in groups and groups[x] == groups.get(y) for x, y in differ)
            and any(x not in groups for x in a))


def _proper_parts_meet(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal proper parts, or one of two words or more within the other (a single word left of "City
    Index" must not meet "Index Ventures")."""
    return a == b or (min(len(a), len(b)) > 1 and _within(a, b))


def _brand_ends(unit: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """`unit` names a national unit whose brand ends `other`, which names no unit of its own (two
    units of one group, "Vodafone UK" and "Vodafone Italia", stay apart)."""
    brand = _unit_brand(unit)
    return brand is not None and _unit_brand(other) is None and len(other) > len(brand) and other[-len(brand):] == brand


def named_after(name: str, parent: str, partner: str) -> bool:
    """Whether `name` may be a joint venture named after two other organisations ("Corvane Halstrom
    Energy" of "Corvane Industries" and "Halstrom Metals"): its words hold each one's leading word and
    it names neither of them."""
    held = set(_undescribed(words(name)))
    first, second = key_token(parent), key_token(partner)
    return (first != second and first in held and second in held
            and not same_name(name, parent) and not same_name(name, partner))


def related(a: str, b: str) -> bool:
    """A cheap necessary test of whether two names may name one party, or one a venture named after the
    other: the same name, or one holds the other's leading word."""
    return (same_name(a, b) or key_token(b) in _undescribed(words(a)) or key_token(a) in _undescribed(words(b)))
