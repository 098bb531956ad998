"""Backfills: re-run the pipeline over a window of a topic, and move a consumer group in time.

A replay reads `pages.raw` (or `pages.clean`) between two points, runs the very functions the agents
run, and publishes the events (and the dead letters) like the worker would. Event ids depend only
on the page content, so replaying a window with the same extractor republishes the same ids, and
consumers that upsert by id see no duplicates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kafka import TopicPartition
from kafka import errors as Errors
from kafka.structs import OffsetAndMetadata

from streams import kafka_clients, pipeline
from streams.config import Settings

_OFFSET_SPEC = re.compile(r"^(\d+):(\d+)$")


def parse_time(text: str) -> int:
    """Milliseconds since the epoch of an ISO 8601 time ('2024-05-01', '2024-05-01T10:00:00Z')."""
    when = datetime.fromisoformat(text.strip())
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return int(when.timestamp() * 1000)


def parse_offsets(text: str) -> dict[int, int]:
    """'0:120,1:95' as {partition: first offset}."""
    out = {}
    for part in text.split(","):
        match = _OFFSET_SPEC.match(part.strip())
        if not match:
            raise ValueError(f"not PARTITION:OFFSET: {part!r}")
        out[int(match.group(1))] = int(match.group(2))
    return out


@dataclass
class Window:
    """Where each partition's replay starts and stops (stop excluded)."""

    start: dict[TopicPartition, int]
    stop: dict[TopicPartition, int]

    @property
    def size(self) -> int:
        return sum(max(0, self.stop[tp] - self.start[tp]) for tp in self.start)


@dataclass
class Counts:
    pages: int = 0
    events: int = 0
    dead_letters: int = 0
    reasons: dict[str, int] = field(default_factory=dict)


def _offsets_at(consumer, partitions: list[TopicPartition], when_ms: int | None,
                default: dict[TopicPartition, int]) -> dict[TopicPartition, int]:
    if when_ms is None:
        return dict(default)
    found = consumer.offsets_for_times({tp: when_ms for tp in partitions})
    return {tp: (found[tp].offset if found.get(tp) else default[tp]) for tp in partitions}


def plan_window(consumer, topic: str, since_ms: int | None, until_ms: int | None,
                from_offsets: dict[int, int] | None) -> Window:
    """The offsets of the window [since, until) of every partition of `topic`."""
    partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
    if not partitions:
        raise SystemExit(f"topic {topic!r} does not exist")
    begin = consumer.beginning_offsets(partitions)
    end = consumer.end_offsets(partitions)
    if from_offsets is not None:
        start = {tp: from_offsets.get(tp.partition, end[tp]) for tp in partitions}
    else:
        start = _offsets_at(consumer, partitions, since_ms, begin)
    stop = _offsets_at(consumer, partitions, until_ms, end)
    return Window(start, stop)


def read_window(consumer, window: Window) -> Iterator:
    """The messages of the window, partition by partition in offset order."""
    consumer.assign(list(window.start))
    pending = {tp for tp in window.start if window.start[tp] < window.stop[tp]}
    for tp in window.start:
        consumer.seek(tp, window.start[tp])
    consumer.pause(*[tp for tp in window.start if tp not in pending])
    while pending:
        for tp, messages in consumer.poll(timeout_ms=1000).items():
            for msg in messages:
                if msg.offset >= window.stop[tp]:
                    break
                yield msg
            if tp in pending and consumer.position(tp) >= window.stop[tp]:
                pending.discard(tp)
                consumer.pause(tp)


def process(msg, source: str, settings: Settings) -> tuple[list[dict], dict | None]:
    """Events of one replayed record, or its dead letter."""
    origin = pipeline.Origin(msg.topic, msg.partition, msg.offset, msg.timestamp)
    try:
        if source == "raw":
            record = pipeline.clean(pipeline.read_raw_page(msg.value, settings.max_body_bytes))
        else:
            record = pipeline.read_clean_page(msg.value)
        return pipeline.extract(record), None
    except pipeline.Rejected as rejected:
        return [], pipeline.dead_letter(msg.value, msg.key, origin, rejected)


def replay(settings: Settings, source: str, window_args: dict, to_topic: str, dry_run: bool,
           progress: Callable[[int], object] | None = None, on_window: Callable[[int], object] | None = None
           ) -> Counts:
    """Re-run the pipeline over a window; publish events to `to_topic` unless `dry_run`."""
    topic = settings.topics.raw if source == "raw" else settings.topics.clean
    consumer = kafka_clients.consumer(settings, group_id=None, enable_auto_commit=False)
    producer = None if dry_run else kafka_clients.producer(settings)
    counts = Counts()
    try:
        window = plan_window(consumer, topic, **window_args)
        if on_window:
            on_window(window.size)
        for msg in read_window(consumer, window):
            events, dead = process(msg, source, settings)
            counts.pages += 1
            counts.events += len(events)
            if dead is not None:
                counts.dead_letters += 1
                counts.reasons[dead["reason"]] = counts.reasons.get(dead["reason"], 0) + 1
            if producer is not None:
                for event in events:
                    producer.send(to_topic, key=event["event_id"].encode(), value=pipeline.dumps(event))
                if dead is not None:
                    producer.send(settings.topics.dead_letter, key=msg.key, value=pipeline.dumps(dead))
            if progress:
                progress(1)
        if producer is not None:
            producer.flush()
    finally:
        consumer.close()
        if producer is not None:
            producer.close()
    return counts


def reset_group(settings: Settings, group: str, topic: str, when_ms: int) -> dict[int, int]:
    """Move `group`'s committed offsets on `topic` to the first record at or after `when_ms`.

    The group must have no active members (stop the workers first), as with Kafka's own
    `kafka-consumer-groups --reset-offsets --to-datetime`.
    """
    consumer = kafka_clients.consumer(settings, group_id=group, enable_auto_commit=False)
    try:
        partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
        if not partitions:
            raise SystemExit(f"topic {topic!r} does not exist")
        target = _offsets_at(consumer, partitions, when_ms, consumer.end_offsets(partitions))
        consumer.assign(partitions)
        # aiokafka, hence the worker, ignores a committed offset of 0 and keeps reading where the group was:
        # such partitions lose their commit instead, and the worker starts at the earliest offset, 0.
        at_zero = [tp for tp, offset in target.items() if offset == 0]
        if len(at_zero) < len(target):
            consumer.commit({tp: OffsetAndMetadata(offset, "", -1) for tp, offset in target.items() if offset})
    finally:
        consumer.close()
    if at_zero:
        admin = kafka_clients.admin(settings)
        try:
            failed = {tp: error for tp, error in admin.delete_group_offsets(group, at_zero).items()
                      if error is not Errors.NoError}
        finally:
            admin.close()
        if failed:
            raise SystemExit(f"cannot move {group} to offset 0 of {sorted(tp.partition for tp in failed)}: {failed}")
    return {tp.partition: offset for tp, offset in target.items()}
