"""The stories agent's batch fold: the same table and final stories as folding event by event."""

from collections import Counter

import orjson
import pytest

from streams.pipeline import Rejected
from streams.stories.fold import fold
from streams.stories.matching import deal_key
from streams.stories.shelf import POINTER
from streams.worker import StoryFold
from tests.conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "stories" / "events.jsonl"


@pytest.fixture(scope="module")
def events() -> list[dict]:
    return [orjson.loads(line) for line in FIXTURE.read_bytes().splitlines()]


def fold_in_batches(events: list[dict], size: int) -> tuple[dict[bytes, bytes], dict[bytes, bytes | None], Counter]:
    """Table and stories topic (last value by key) after batches of `size`, and how often each key was read."""
    table: dict[bytes, bytes] = {}
    topic: dict[bytes, bytes | None] = {}
    reads: Counter = Counter()

    def stored(key: bytes) -> bytes | None:
        reads[key] += 1
        return table.get(key)

    for start in range(0, len(events), size):
        batch = StoryFold(stored)
        for event in events[start:start + size]:
            batch.add(orjson.dumps(event))
        table.update(batch.table_values())
        topic.update(batch.messages())
    return table, topic, reads


def test_batches_end_with_the_stories_of_the_offline_fold(events: list[dict]) -> None:
    expected = fold(events)
    for size in (1, 7, len(events)):
        table, topic, _ = fold_in_batches(events, size)
        stories = (s for k, v in table.items() if not k.endswith(POINTER.encode()) for s in orjson.loads(v))
        assert sorted(stories, key=lambda s: s["deal_id"]) == expected
        live = {key.decode(): orjson.loads(value) for key, value in topic.items() if value is not None}
        assert live == {s["deal_id"]: s for s in expected}  # merged-away ids end as tombstones


def test_a_batch_reads_each_key_once(events: list[dict]) -> None:
    _, _, reads = fold_in_batches(events, len(events))
    assert {deal_key(e).encode() for e in events} <= set(reads)
    assert set(reads.values()) == {1}


def test_a_bad_event_is_rejected_and_changes_nothing(events: list[dict]) -> None:
    batch = StoryFold({}.get)
    key = deal_key(events[0]).encode()
    batch.add(orjson.dumps(events[0]))
    with pytest.raises(Rejected) as caught:
        batch.add(b'{"event_id": "x"}')
    assert caught.value.reason == "stories_failed"
    assert [k for k, _ in batch.table_values() if not k.endswith(POINTER.encode())] == [key]
    assert len(list(batch.messages())) == 1


def test_a_page_read_again_publishes_nothing(events: list[dict]) -> None:
    table, _, _ = fold_in_batches(events[:1], 1)
    batch = StoryFold(table.get)
    batch.add(orjson.dumps(events[0]))
    assert list(batch.table_values()) == [] and list(batch.messages()) == []
