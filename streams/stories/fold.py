"""Offline folding of page events into stories, with the functions the streaming agent uses."""

from __future__ import annotations

from collections.abc import Iterable

from streams.stories.shelf import Shelf


def fold(events: Iterable[dict]) -> list[dict]:
    """The final state of every story these events tell, ordered by deal id."""
    shelf = Shelf(lambda key: None)
    for event in events:
        shelf.add(event)
    return sorted(shelf.stories(), key=lambda s: s["deal_id"])
