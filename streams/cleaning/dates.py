"""Publication dates from ISO strings, URLs and free text ("15. März 2022", "29.03.2019",
"January 17, 2024", "14 de junio de 2023", "16 abril, 2026"), with the month words of streams/languages/*.yaml."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from streams.cleaning.cues import alternation, cues

_ISO = re.compile(r"((?:19|20)\d\d)-([01]?\d)-([0-3]?\d)")
_COMPACT = re.compile(r"^((?:19|20)\d\d)([01]\d)([0-3]\d)")
_URL = re.compile(r"/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:/|-|$)|/((?:19|20)\d\d)([01]\d)([0-3]\d)/")
_ISO_IN_TEXT = re.compile(r"(?<![\d-])((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?![\d-])")
_NUMERIC = re.compile(r"(?<![\d.,/])([0-3]?\d)[./]([01]?\d)[./]((?:19|20)\d\d)(?![\d])")


def make(year: int | str, month: int | str, day: int | str) -> str | None:
    """YYYY-MM-DD, or None for an impossible date."""
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def from_iso(value: str) -> str | None:
    """The date of an ISO-8601 value ("2024-01-17T06:30:00+00:00", "20240117")."""
    value = value.strip()
    m = _ISO.search(value[:40]) or _COMPACT.match(value)
    return make(*m.groups()) if m else None


def from_url(url: str) -> str | None:
    """A date in the URL path (/2024/01/17/, /2024-01-17-, /20240117/)."""
    m = _URL.search(url)
    if not m:
        return None
    g = m.groups()
    return make(*g[:3]) if g[0] else make(*g[3:])


@cache
def _worded() -> tuple[re.Pattern, re.Pattern]:
    months = alternation(set(cues().months))
    day_first = re.compile(
        rf"(?<!\w)([0-3]?\d)(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?({months})\.?,?\s+(?:de\s+)?((?:19|20)\d\d)(?!\d)", re.I
    )
    month_first = re.compile(rf"(?<!\w)({months})\.?\s+([0-3]?\d)(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?!\d)", re.I)
    return day_first, month_first


def first_date(text: str) -> tuple[int, int, str] | None:
    """The first date written out in `text` (ISO, numeric day-first or with a month word): its start, end and
    YYYY-MM-DD; the span lets a caller judge the words around it."""
    day_first, month_first = _worded()
    months = cues().months
    readers = (
        (_ISO_IN_TEXT, lambda m: make(*m.groups())),
        (_NUMERIC, lambda m: make(m.group(3), m.group(2), m.group(1))),
        (day_first, lambda m: make(m.group(3), months[m.group(2).lower()], m.group(1))),
        (month_first, lambda m: make(m.group(3), months[m.group(1).lower()], m.group(2))),
    )
    found: list[tuple[int, int, str]] = []
    for pattern, read in readers:
        match = next(((m, iso) for m in pattern.finditer(text) if (iso := read(m))), None)
        if match:
            found.append((match[0].start(), match[0].end(), match[1]))
    return min(found) if found else None


def from_text(text: str) -> str | None:
    """The first date written out in `text`."""
    found = first_date(text)
    return found[2] if found else None
