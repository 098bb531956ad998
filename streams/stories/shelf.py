"""Stories on their table keys: where an event looks for its deal, and under which key a story is kept.

An event's own key is its partition key (`matching.deal_key`: the family and the first word of a principal
party's name). One outlet may name that party by its initials ("DB", "DB Fernverkehr") where another spells
it out ("Deutsche Bahn"): the two events' keys differ, and neither can know the other's. So a story is kept
under the smallest key of its sources (the same whatever the order of arrival), and pointer entries
(`KEY~`, a list of keys) lead from every other key of its sources, and from the initials of its principal
names, to it. An event looks in its own key, in the keys its pointer entry lists, and in the keys the
initials of its principal names give. An acronym starts with the letter of the name it stands for, so every
key of one deal shares the family and the first letter: the partitioner (`partition_key`) hashes only those,
so that one worker holds them all, and the offline fold never looks past them either.
"""

from __future__ import annotations

from collections.abc import Callable

from streams.stories.matching import PARTITION_NAMES, anchor_names, deal_key
from streams.stories.merge import Change, absorb
from streams.stories.names import initials
from streams.stories.sources import source_of

POINTER = "~"  # suffix of a pointer entry's key


def partition_key(key: bytes) -> bytes:
    """What the partitioner hashes: for a story table or deal-routing key ("deal:deutsche", "deal:db~"), its
    partition name and first letter ("deal:d"); any other key whole."""
    head, sep, token = key.partition(b":")
    if not sep or head.decode("ascii", "replace") not in PARTITION_NAMES:
        return key
    first = token.decode("utf-8", "replace")[:1]
    return head + b":" + first.encode()


def _initials_keys(source: dict, key: str) -> set[str]:
    """Keys made of the initials of the source's principal names, in the partition of `key` (same letter)."""
    partition, names = anchor_names(source)
    letter = key.partition(":")[2][:1]
    return {f"{partition}:{i}" for n in names for i in initials(n) if i[:1] == letter} - {key}


class Shelf:
    """The stories and pointer entries of the keys one batch touches, read once through `stored`."""

    def __init__(self, stored: Callable[[str], list | None]) -> None:
        self._stored = stored
        self._values: dict[str, list] = {}
        self.changed: set[str] = set()

    def value(self, key: str) -> list:
        """The stories (or, for a pointer key, the keys) kept under `key`."""
        if key not in self._values:
            self._values[key] = self._stored(key) or []
        return self._values[key]

    def _lookup(self, event: dict) -> list[str]:
        """The keys whose stories the event may join, in a stable order."""
        own = deal_key(event)
        keys = {own, *self.value(own + POINTER), *_initials_keys(event, own)}
        return sorted(keys)

    def _point(self, kept: str, sources: list[dict]) -> None:
        """Pointer entries from every other key of these sources to `kept`, the key their story is kept under."""
        for source in sources:
            own = deal_key(source)
            for key in {own, *_initials_keys(source, own)} - {kept}:
                targets = self.value(key + POINTER)
                if kept not in targets:
                    self._values[key + POINTER] = sorted([*targets, kept])
                    self.changed.add(key + POINTER)

    def add(self, event: dict) -> Change:
        """Absorb one event into the stories it may join, and keep each resulting story under its key."""
        keys = self._lookup(event)
        change = absorb([s for key in keys for s in self.value(key)], event)
        if not change.upserts and not change.removed:
            return change
        touched = set(keys)
        for key in keys:
            self._values[key] = []
        for story in change.stories:
            self.value(story["deal_key"]).append(story)
            touched.add(story["deal_key"])
        for key in touched:
            self._values[key].sort(key=lambda s: s["deal_id"])
        self.changed |= touched
        # a story kept where it was (its id unchanged) and joined by no other gained one source: only its keys
        # may be new; a story built anew (moved, merged, split) points from every source
        added = [source_of(event)]
        for story in change.upserts:
            moved = change.removed or story["deal_id"] in change.created
            self._point(story["deal_key"], story["sources"] if moved else added)
        return change

    def stories(self) -> list[dict]:
        """Every story the shelf holds (for the offline fold, which holds them all)."""
        return [s for key, value in self._values.items() if not key.endswith(POINTER) for s in value]
