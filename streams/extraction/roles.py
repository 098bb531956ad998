"""Who plays which role, from the sentence's structure: the subject before the trigger is the agent,
the object after it the patient, and prepositions mark agents of passives ("by", "durch", "par",
"por"), sellers ("from", "von"), partners ("with", "mit") and buyers in a sale ("to", "an", "à")."""

from __future__ import annotations

import re
from functools import cache

from streams.extraction.lexicon import Lexicon
from streams.extraction.organisations import Mention
from streams.extraction.triggers import TriggerMatch

MARKER_WINDOW = 40  # characters before a mention in which a preposition marks its role
_CLAUSE_BREAK = re.compile(r";|\s[–—-]\s|,\s+(?=\w+\s)")

# frame -> (role of the agent, role of the patient, role of a source, role of a recipient)
FRAMES = {
    "buy": ("acquirer", "target", "seller", None),
    "sell": ("seller", "target", None, "acquirer"),
    "invest": ("investor", "investee", None, None),
    "raise": ("investee", None, "investor", None),
    "order": ("customer", "supplier", "supplier", None),
    "supply": ("supplier", None, None, "customer"),
}
SYMMETRIC_ROLE = {"merger": "party", "partnership": "partner", "joint_venture": "partner"}


@cache
def _marker_res(lex: Lexicon) -> dict[str, re.Pattern]:
    return {role: re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)", re.IGNORECASE)
            for role, words in lex.markers.items()}


def marker(m: Mention, boundary: int, text: str, lex: Lexicon) -> str | None:
    """The role-marking preposition closest before a mention (after `boundary`), if any."""
    gap = text[max(boundary, m.start - MARKER_WINDOW):m.start]
    best, best_end = None, -1
    for role, pattern in _marker_res(lex).items():
        for hit in pattern.finditer(gap):
            if hit.end() > best_end or hit.end() == best_end and role == "agent":
                best, best_end = role, hit.end()
    return best


def _marked(mentions: list[Mention], trig: TriggerMatch, text: str, lex: Lexicon, start: int):
    before, after = [], []
    previous = start
    for m in mentions:
        if m.end <= trig.start:
            before.append((m, marker(m, previous, text, lex)))
        elif m.start >= trig.end:
            after.append((m, marker(m, max(previous, trig.end), text, lex)))
        previous = m.end
    return before, after


def _clause_start(text: str, sentence_start: int, trig: TriggerMatch, previous_trigger_end: int) -> int:
    start = max(sentence_start, previous_trigger_end)
    for hit in _CLAUSE_BREAK.finditer(text, start, trig.start):
        start = hit.end()
    return start


def assign(trig: TriggerMatch, mentions: list[Mention], text: str, sentence_start: int,
           previous_trigger_end: int, lex: Lexicon) -> list[tuple[Mention, str]]:
    """The (mention, role) pairs a trigger gives, or [] when a needed slot is empty."""
    before, after = _marked(mentions, trig, text, lex, sentence_start)
    clause = _clause_start(text, sentence_start, trig, previous_trigger_end)
    subject_pool = [m for m, mk in before if mk is None and m.start >= clause] or [
        m for m, mk in before if mk is None]
    objects = [m for m, mk in after if mk in (None, "patient")]
    by_marker = {}
    for m, mk in after:
        by_marker.setdefault(mk, m)
    if trig.trigger.type in SYMMETRIC_ROLE:
        return _symmetric(trig, before, after, clause, SYMMETRIC_ROLE[trig.trigger.type])
    if trig.trigger.type == "ipo":
        pool = subject_pool or [m for m, _ in after]
        return [(pool[0], "issuer")] if pool else []
    agent_role, patient_role, source_role, recipient_role = FRAMES[trig.trigger.frame]
    agent = by_marker.get("agent")
    patient = None
    possessive = [m for m, _ in before if m.possessive and trig.start - m.end < MARKER_WINDOW]
    if agent is None and possessive:
        agent = possessive[-1]
    if agent is None and subject_pool:
        agent = subject_pool[0]
    if agent is None and len(objects) >= 2:  # verb-second inversion: "kaufte der Konzern den X"
        agent = objects.pop(0)
    rest = [m for m in objects if m is not agent]
    if rest:
        patient = rest[0]
    elif len(subject_pool) >= 2:  # verb-final clause: "hatte SAP den Anbieter Ariba übernommen"
        patient = next((m for m in subject_pool if m is not agent), None)
    elif by_marker.get("agent") is agent and subject_pool:  # passive: "X was bought by Y"
        patient = subject_pool[0]
    out = [(agent, agent_role)] if agent else []
    if patient is not None and patient_role:
        out.append((patient, patient_role))
    for mk, role in (("source", source_role), ("recipient", recipient_role)):
        m = by_marker.get(mk)
        if role and m is not None and all(m is not o for o, _ in out):
            out.append((m, role))
    if trig.trigger.frame == "raise":
        out += [(m, "investor") for m, mk in after if mk in ("agent", "comitative") and all(m is not o for o, _ in out)]
    return out


def _symmetric(trig: TriggerMatch, before, after, clause: int, role: str) -> list[tuple[Mention, str]]:
    parties = [m for m, mk in before if m.start >= clause and mk in (None, "comitative")]
    if not parties:
        parties = [m for m, mk in before if mk in (None, "comitative")][:2]
    parties += [m for m, mk in after if mk in ("comitative", None)][: max(0, 2 - len(parties)) or 1]
    return [(m, role) for m in parties]
