"""Backfills on the real broker with the real CLI: `dealstream replay` over a time or offset window
republishes the very events the worker produced for those pages (same ids, same bytes apart from
processed_at), `--dry-run` only counts, `--to-topic` and `--from clean` do what they say, and
`dealstream offsets reset` makes a restarted worker reprocess from a time."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest

from streams import kafka_clients, topics
from streams.config import Settings
from tests.integration.conftest import unique_name
from tests.integration.workers import (
    Worker,
    cli,
    consume,
    end_offsets,
    numbered_pages,
    offline_events,
    produce,
    topic_size,
)

HOUR_MS = 3_600_000
_PROCESSED_AT = re.compile(rb'"processed_at":"[^"]*"')


def iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat().replace("+00:00", "Z")


def stamp_free(value: bytes) -> bytes:
    """An event's bytes without its processing time, the one field a replay may change."""
    return _PROCESSED_AT.sub(b'"processed_at":""', value)


def by_id(records: list, since: dict[int, int] | None = None) -> dict[str, bytes]:
    """Events by id (their bytes without processing time), only those at or past `since` offsets."""
    return {r.key.decode(): stamp_free(r.value) for r in records if since is None or r.offset >= since[r.partition]}


@pytest.fixture
def spare_topics(settings: Settings) -> Iterator[list[str]]:
    """Two extra topics for `--to-topic`, deleted afterwards."""
    names = [unique_name("replay-target") for _ in range(2)]
    client = kafka_clients.admin(settings)
    try:
        client.create_topics({name: {"num_partitions": 1, "replication_factor": -1} for name in names})
        client.wait_for_topics(names, timeout_ms=30_000)
        yield names
    finally:
        client.delete_topics(names)
        client.close()


def replay(*args: str) -> str:
    """`dealstream replay ARGS --quiet`; its summary line (it must succeed)."""
    result = cli("replay", *args, "--quiet")
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.strip()


def test_replays_and_offset_resets_reproduce_the_workers_events(
    settings: Settings, spare_topics: list[str], tmp_path: Path
) -> None:
    # three batches an hour apart (recent enough for the topic's retention); the window is the middle one
    now = int(time.time() * 1000)
    pages = numbered_pages(12)
    # the bad record comes last: in its partition batch b starts at offset 0, where the reset below goes
    batches = {"a": pages[:4], "b": pages[4:8], "c": pages[8:] + [(b"bad", b"{not json")]}
    stamps = {"a": now - 3 * HOUR_MS, "b": now - 2 * HOUR_MS, "c": now - HOUR_MS}
    since, until = iso(stamps["b"] - 60_000), iso(stamps["c"] - 60_000)
    expected = offline_events(pages)
    topics.create_topics(settings)
    written = {name: produce(settings, settings.topics.raw, batch, timestamp_ms=stamps[name])
               for name, batch in batches.items()}

    log = tmp_path / "worker.log"
    worker = Worker(log).start()
    try:
        assert len(consume(settings, settings.topics.clean, len(pages))) == len(pages)
        first = consume(settings, settings.topics.events, len(expected))
    finally:
        assert worker.stop() == 0
    worker_events = by_id(first)
    assert len(first) == len(worker_events) == len(expected)  # each deal published once
    assert set(worker_events) == {event["event_id"] for event in expected}
    batch_of = {key.decode(): name for name, batch in batches.items() for key, _ in batch}
    events_of = {name: {eid: value for eid, value in worker_events.items()
                        if batch_of[orjson.loads(value)["source"]["url"]] == name} for name in batches}
    assert all(events_of[name] for name in "bc")

    # --dry-run counts the window and publishes nothing
    summary = replay("--since", since, "--until", until, "--dry-run")
    assert summary == (f"pages=4 events={len(events_of['b'])} (would publish to {settings.topics.events}) "
                       "dead_letters=0")
    assert topic_size(settings, settings.topics.events) == len(first)

    # a time window to the events topic: the worker's events of those pages once more, same ids and bytes
    before = end_offsets(settings, settings.topics.events)
    replay("--since", since, "--until", until)
    again = consume(settings, settings.topics.events, len(first) + len(events_of["b"]))
    assert len(again) == len(first) + len(events_of["b"])
    assert by_id(again, since=before) == events_of["b"]

    # --from-offsets (where batch b starts in each partition) to another topic
    starts: dict[int, int] = {}
    for meta in written["b"]:
        starts[meta.partition] = min(meta.offset, starts.get(meta.partition, meta.offset))
    assert 0 in starts.values()  # a partition reset to offset 0 below, which the worker once skipped
    spec = ",".join(f"{partition}:{offset}" for partition, offset in sorted(starts.items()))
    summary = replay("--from-offsets", spec, "--until", until, "--to-topic", spare_topics[0])
    assert summary == f"pages=4 events={len(events_of['b'])} (published to {spare_topics[0]}) dead_letters=0"
    assert by_id(consume(settings, spare_topics[0], len(events_of["b"]))) == events_of["b"]

    # --from clean re-extracts the clean records only: the bad raw record is not read again
    everything = ",".join(f"{partition}:0" for partition in range(settings.topics.partitions))
    summary = replay("--from", "clean", "--from-offsets", everything, "--to-topic", spare_topics[1])
    assert summary == f"pages={len(pages)} events={len(first)} (published to {spare_topics[1]}) dead_letters=0"
    assert by_id(consume(settings, spare_topics[1], len(first))) == worker_events

    # the stopped group moved back to batch b: a restarted worker reprocesses b and c, same events
    result = cli("offsets", "reset", "--group", settings.group_id, "--to-datetime", since)
    assert result.returncode == 0, result.stderr[-3000:]
    before = end_offsets(settings, settings.topics.events)
    redone = {**events_of["b"], **events_of["c"]}
    worker = Worker(log).start()
    try:
        # at least once: a rebalance while the worker starts may repeat a page, with the same event ids
        after = consume(settings, settings.topics.events, 0, timeout=180,
                        done=lambda records: len(by_id(records, since=before)) >= len(redone))
    finally:
        assert worker.stop() == 0
    assert by_id(after, since=before) == redone
