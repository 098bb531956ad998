"""Offline folding of page events into stories, with the functions the streaming agent uses."""

from __future__ import annotations

from collections.abc import Iterable

from streams.stories.matching import deal_key
from streams.stories.merge import absorb


def fold(events: Iterable[dict]) -> list[dict]:
    """The final state of every story these events tell, ordered by deal id."""
    table: dict[str, list[dict]] = {}
    for event in events:
        key = deal_key(event)
        table[key] = absorb(table.get(key, []), event).stories
    return sorted((s for stories in table.values() for s in stories), key=lambda s: s["deal_id"])
