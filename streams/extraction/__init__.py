"""Deal extraction: a clean page record in, deal events out (pure functions, no Kafka).

Pipeline of small components: sentences -> organisations (names, persons, anaphora) -> triggers ->
roles -> amounts, dates, status -> events (merge one deal's statements, confidence); a learned scorer
(scorer.py) chooses among the candidate events when its model file says it decides."""

from __future__ import annotations

from streams.extraction.events import build

EXTRACTOR_NAME = "dealstream-extractor"
EXTRACTOR_VERSION = "0.1.0"


def extract_events(clean: dict) -> list[dict]:
    """The deal events a clean page states, every deal-event key except processed_at."""
    if not (clean.get("text") or "").strip():
        return []
    return build(clean, EXTRACTOR_NAME, EXTRACTOR_VERSION)
