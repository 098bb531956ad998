"""Repair of text decoded with the wrong charset: UTF-8 bytes read as cp1252/latin-1 ("Ã¼" for "ü",
"â€™" for "’"), fixed run by run so that a page mixing good and broken text keeps the good part."""

from __future__ import annotations

import re

# A UTF-8 lead byte (as cp1252/latin-1 char) followed by 1-3 continuation bytes (as cp1252/latin-1 chars).
_CONT = (
    "\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a"
    "\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_RUN = re.compile(f"[\u00c2-\u00f4][{_CONT}]{{1,3}}")
_LEADS = ("\u00c2", "\u00c3", "\u00e2")  # "Â", "Ã", "â": the lead chars of most mojibake
_CONT_CHARS = frozenset(c for c in map(chr, range(0x2130)) if re.fullmatch(f"[{_CONT}]", c))


def _has_hint(text: str) -> bool:
    """A lead char followed by a continuation char; found with str.find, since a regex scan of a
    multi-megabyte page for a character class costs tens of milliseconds."""
    for lead in _LEADS:
        i = text.find(lead)
        while i != -1:
            if text[i + 1 : i + 2] in _CONT_CHARS:
                return True
            i = text.find(lead, i + 1)
    return False


def _fix(match: re.Match) -> str:
    run = match.group(0)
    for codec in ("cp1252", "latin-1"):
        try:
            return run.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return run


def fix_mojibake(text: str) -> str:
    """`text` with UTF-8-read-as-cp1252 runs decoded again; unchanged when there are none."""
    if not _has_hint(text):
        return text
    return _RUN.sub(_fix, text)
