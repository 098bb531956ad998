"""A page event reduced to what a story keeps of it: enough to redo every merge from sources alone."""

from __future__ import annotations

import orjson


def source_of(event: dict) -> dict:
    """The story source of a deal event (schemas/deal_event.v1.json): no evidence, no processing time,
    so that re-reading a page gives a byte-identical source."""
    src = event.get("source") or {}
    amount = event.get("amount")
    return {
        "event_id": event["event_id"],
        "url": src.get("url") or event.get("url"),
        "page_id": src.get("page_id"),
        "title": src.get("title"),
        "published": src.get("published"),
        "fetched_at": src.get("fetched_at"),
        "language": event.get("language"),
        "type": event["type"],
        "status": event["status"],
        "date": event.get("date"),
        "amount": None if amount is None else {k: amount[k] for k in ("value", "currency", "text") if k in amount},
        "parties": [{"name": p["name"], "role": p["role"]} for p in event.get("parties") or []],
    }


def seen(source: dict) -> str:
    """When the source's page appeared: its publication time, else its fetch time ("~" sorts last)."""
    return source.get("published") or source.get("fetched_at") or "~"


def canonical(record: dict) -> bytes:
    """Stable bytes of a record, to compare and to break ties the same way on every replay."""
    return orjson.dumps(record, option=orjson.OPT_SORT_KEYS)
