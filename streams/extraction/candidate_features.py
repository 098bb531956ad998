"""Features of a candidate deal event for the learned scorer: the structure the rules saw (cue class, roles,
distances, voice, where the parties came from, which rules would drop it), never a word of the page, so that
what the scorer learns carries over to phrasings and firms it was not trained on. Every name a feature can
take is listed by `feature_names()`, derived from the language files, so a model trained before a data file
changed is caught by its tests, not silently misread."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from streams import languages
from streams.extraction import roles, status
from streams.extraction.lexicon import lexicon
from streams.extraction.organisations import Mention
from streams.extraction.page import Page
from streams.extraction.triggers import TriggerMatch

if TYPE_CHECKING:
    from streams.extraction.amounts import Amount
    from streams.extraction.statements import Candidate

# rules that drop a statement (statements.candidates)
FLAGS = ("quoted", "hypothetical", "told", "purchase_contract", "goods", "unassigned", "incomplete", "page_firm_only",
         "denied", "cumulative", "intent", "held", "held_no_start")
# where the parties of a statement came from: its sentence, or the discourse step that completed them
VIAS = ("sentence", "headline", "description", "pronoun", "next_sentence", "introduced", "topic", "proximity",
        "topic_subject")
DISTANCE_CAP = 30  # words between cue and party beyond which distance adds nothing
SENTENCE_CAP = 60  # words of a sentence, scaled
COUNT_CAP = 5  # statements of a deal, scaled
EVENTS_CAP = 10  # events of a page, scaled
LEAD = 2  # first body sentences: the lead
# mention properties the organisation analysis gives (organisations.Mention)
MENTION_TRAITS = ("anaphor", "pronoun", "possessive", "introduced", "governed", "pair", "initial")
NUMERIC = ("dist_min", "dist_max", "party_before", "party_after", "all_in_clause", "passive", "suffered",
           "cue_not_first", "many_cues", "page_firm", "sentence_words", "second_object", "parties=1", "parties=2",
           "parties=3+", "complete", "rules", "statements", "headline", "lead", "position", "amount", "date_explicit",
           "named_once", "all_anaphoric", "cued", "confidence", "events_on_page", "dropped_support", "main_party",
           "parties_in_title", "least_named", "sharing", "retyped")


@cache
def feature_names() -> tuple[str, ...]:
    """Every feature name the extractor can produce, in a stable order."""
    lexes = [lexicon(lang) for lang in languages.supported()]
    frames = sorted({t.frame for lex in lexes for t in lex.triggers})
    types = sorted({t.type for lex in lexes for t in lex.triggers})
    markers = sorted({k for lex in lexes for k in lex.markers} | {"none"})
    role_names = sorted({r for frame in roles.FRAMES.values() for r in frame if r}
                        | set(roles.SYMMETRIC_ROLE.values()) | {"issuer", "investee", "investor"})
    return (*NUMERIC, *(f"party_{t}" for t in MENTION_TRAITS), *(f"frame={f}" for f in frames),
            *(f"via={v}" for v in VIAS), *(f"marker={m}" for m in markers), *(f"type={t}" for t in types),
            *(f"role={r}" for r in role_names), *(f"status={s}" for s in status.ORDER),
            *(f"flag={f}" for f in FLAGS), *(f"lang={lang}" for lang in languages.supported()))


def _words_between(page: Page, m: Mention, trig: TriggerMatch) -> int:
    gap = page.text[m.end:trig.start] if m.end <= trig.start else page.text[trig.end:m.start]
    return len(gap.split())


def statement_traits(page: Page, i: int, trig: TriggerMatch, pairs: list[tuple[Mention, str]], window: roles.Window,
                     stop: int, k: int, n_cues: int, via: str, page_firm: bool) -> dict[str, float]:
    """The structure of one statement: its cue's frame, the distance and side of each party named in the
    sentence, their prepositions and kinds of mention, the clause's voice, and how its parties were completed."""
    out = {f"frame={trig.trigger.frame}": 1.0, f"via={via}": 1.0}
    named = [m for m, _ in pairs if m.end > 0]
    if named:
        distances = [min(_words_between(page, m, trig), DISTANCE_CAP) / DISTANCE_CAP for m in named]
        out["dist_min"], out["dist_max"] = min(distances), max(distances)
    out["party_before"] = float(any(m.end <= trig.start for m in named))
    out["party_after"] = float(any(m.start >= trig.end for m in named))
    out["all_in_clause"] = float(all(window.clause_start <= m.start < stop for m in named))
    for m in named:
        boundary = trig.end if m.start >= trig.end else window.clause_start
        out[f"marker={roles.marker(m, boundary, page.text, page.lex) or 'none'}"] = 1.0
        for trait in MENTION_TRAITS:
            if getattr(m, trait):
                out[f"party_{trait}"] = 1.0
    passive, suffered = roles.voice(trig, page.text, window, page.lex)
    out["passive"], out["suffered"] = float(passive), float(suffered)
    out["cue_not_first"], out["many_cues"], out["page_firm"] = float(k > 0), float(n_cues > 1), float(page_firm)
    out["sentence_words"] = min(len(page.sentence_text(i).split()), SENTENCE_CAP) / SENTENCE_CAP
    return out


def event_features(page: Page, event: Candidate, body: list[Candidate], headline: list[Candidate],
                   amount: Amount | None, explicit: bool, final: str, evidence: dict[str, bool | float],
                   language: str) -> dict[str, float]:
    """The features of one candidate event: its first statement's structure, and what the page says of the deal
    (type, status, roles filled, statements, headline and lead, amount and date, the rules' confidence and
    the flags of the rules that would drop it). `evidence`: complete, named_once, confidence, events on the
    page, statements of the deal the rules dropped, whether the page's main firm is a party, the share of parties
    the headline names, how often the least named party is named, how many other events share a party, and
    whether another event gives the same parties another type."""
    out = event.traits() if event.traits else {}
    n = len(event.parties)
    out["parties=1" if n == 1 else "parties=2" if n == 2 else "parties=3+"] = 1.0
    out[f"type={event.type}"] = out[f"status={final}"] = out[f"lang={language}"] = 1.0
    for _, role in event.parties:
        out[f"role={role}"] = 1.0
    flags = {f for c in body for f in c.flags}
    for flag in flags:
        out[f"flag={flag}"] = 1.0
    titles = sum(1 for s in page.sentences if s.paragraph in page.title_paragraphs)  # the headline opens the page
    first, body_sentences = max(0, body[0].sentence - titles), max(1, len(page.sentences) - titles)
    out.update({
        "complete": float(evidence["complete"]), "rules": float(not flags),
        "statements": min(len(body), COUNT_CAP) / COUNT_CAP, "headline": float(bool(headline)),
        "lead": float(first < LEAD), "position": first / body_sentences,
        "amount": float(amount is not None), "date_explicit": float(explicit),
        "named_once": float(evidence["named_once"]), "all_anaphoric": float(all(c.anaphoric for c in body)),
        "cued": float(any(c.cued for c in body)), "confidence": float(evidence["confidence"]),
        "events_on_page": min(float(evidence["events"]), EVENTS_CAP) / EVENTS_CAP,
        "dropped_support": min(float(evidence["support"]), COUNT_CAP) / COUNT_CAP,
        "main_party": float(evidence["main"]), "parties_in_title": float(evidence["in_title"]),
        "least_named": min(float(evidence["least_named"]), COUNT_CAP) / COUNT_CAP,
        "sharing": min(float(evidence["sharing"]), COUNT_CAP) / COUNT_CAP, "retyped": float(evidence["retyped"]),
    })
    return {k: v for k, v in out.items() if v}
