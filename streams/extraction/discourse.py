"""A description that cannot be the firm named beside it: "Birkenstock ... the group agreed to buy it",
"X, qui l'avait racheté": when an anaphor of a deal sentence was resolved to the very firm the sentence
also names, it stands for the firm the discourse spoke of before, the last other organisation named
as a subject in the paragraph."""

from __future__ import annotations

from dataclasses import replace

from streams.extraction import roles
from streams.extraction.organisations import Mention, is_institution
from streams.extraction.page import Page

REACH = 2  # sentences back, within the paragraph, in which the other firm is looked for


def subject(page: Page, j: int) -> Mention | None:
    """The subject of sentence j: its first organisation no preposition marks."""
    previous = page.sentences[j].start
    for m in page.mentions[j]:
        if m.name and not m.pair and roles.marker(m, previous, page.text, page.lex) is None:
            return m
        previous = m.end
    return None


def other_firm(page: Page, i: int, name: str) -> str | None:
    """The last subject before sentence i, in its paragraph, that is a firm other than `name`."""
    for j in range(i - 1, max(-1, i - 1 - REACH), -1):
        if page.sentences[j].paragraph != page.sentences[i].paragraph:
            break
        m = subject(page, j)
        if m is not None and m.name != name and not is_institution(m.name, page.lex):
            return m.name
    return None


def reresolved(page: Page, i: int, mentions: list[Mention]) -> list[Mention] | None:
    """The mentions with each anaphor that collapsed onto a firm named in the same stretch standing for
    the other firm of the discourse; None when no anaphor collapsed."""
    named = {m.name for m in mentions if not m.anaphor and m.name}
    out, changed = [], False
    for m in mentions:
        if m.anaphor and not m.pair and m.name in named and (other := other_firm(page, i, m.name)):
            m, changed = replace(m, name=other), True
        out.append(m)
    return out if changed else None
