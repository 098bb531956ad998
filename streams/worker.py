"""The Faust worker: thin agents that move records between topics, count them and route failures.

Delivery is at-least-once: each agent takes a batch of records, sends every output, waits until the
broker has acknowledged all of them (sending again what failed, for as long as the broker is away),
and only then lets Faust acknowledge (and later commit) the input offsets. A worker killed in between
re-reads the batch and re-sends outputs with the same keys and event ids, which consumers upsert.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Iterator

import faust
import orjson
from aiokafka.partitioner import DefaultPartitioner

from streams import kafka_clients, metrics, pipeline, topics
from streams.config import AGENT_SETS, Settings
from streams.pipeline import Origin, Rejected
from streams.stories.matching import deal_key
from streams.stories.shelf import Shelf, partition_key

_MURMUR2 = DefaultPartitioner()
# How many records an agent takes at once, and how long it waits to fill a batch.
BATCH_MAX = 64
BATCH_WITHIN_S = 0.02
# The stories agent writes each changed key's whole stories (table) and each changed story (topic) once a
# batch: larger batches in a backlog write far fewer bytes (bench mix: 152 kB a page at 64, 42 at 256).
STORIES_BATCH_MAX = 256
# Pauses between attempts to send outputs the broker did not acknowledge: growing, then steady.
RETRY_FIRST_S = 1.0
RETRY_MAX_S = 30.0

log = logging.getLogger(__name__)
# One output record: topic, key, value (None: a tombstone).
Output = tuple[faust.TopicT, bytes | None, bytes | None]


def _origin(event: faust.EventT) -> Origin:
    msg = event.message
    ts = int(msg.timestamp * 1000) if msg.timestamp else None
    return Origin(msg.topic, msg.partition, msg.offset, ts)


class Redeliveries:
    """The next offset this worker expects on each partition it holds. Faust can hand a record over twice: a
    worker that starts while records wait fetches them, then seeks its partitions back to the committed
    offsets and reads them again (faust-streaming#216). The repeat is skipped, so a page is cleaned and
    counted once. A partition is forgotten when it is revoked: whoever holds it next starts afresh."""

    def __init__(self) -> None:
        self._next: dict[tuple[str, int], int] = {}

    def is_repeat(self, topic: str, partition: int, offset: int) -> bool:
        """True for a record at or before one this worker has already taken from the partition."""
        expected = self._next.get((topic, partition))
        if expected is not None and offset < expected:
            return True
        self._next[(topic, partition)] = offset + 1
        return False

    def forget(self, partitions: Iterable[tuple[str, int]]) -> None:
        for topic_partition in partitions:
            self._next.pop(topic_partition, None)


def _decoded(stored: bytes | None) -> list | None:
    """A table value as the shelf reads it (None: the key holds nothing yet)."""
    return orjson.loads(stored) if stored else None


def deal_partitioner(key: bytes | None, all_partitions: list[int], available: list[int]) -> int:
    """The producer's partitioner: Kafka's (murmur2 of the key), but every table and routing key of one deal
    hashes alike (`shelf.partition_key`), so that one worker holds them all; other keys are hashed whole."""
    return _MURMUR2(None if key is None else partition_key(key), all_partitions, available)


class StoryFold:
    """One batch of the stories agent: each table key's stories decoded once, every event absorbed in turn
    (`streams.stories.shelf` finds the stories it may join and keeps each under its key), and only the last
    version of each changed story kept for publishing (the compacted stories topic keeps no more), so a batch
    costs one decode and one encode per key, not per event."""

    def __init__(self, stored: Callable[[bytes], bytes | None]) -> None:
        self._shelf = Shelf(lambda key: _decoded(stored(key.encode())))
        self._latest: dict[str, dict | None] = {}  # deal id -> its last version, None once it is gone

    def add(self, value: bytes) -> None:
        """Absorb one event into the stories it may join; Rejected leaves them as they were."""
        try:
            change = self._shelf.add(orjson.loads(value))
        except Exception as exc:  # noqa: BLE001 - a bad event must dead-letter, not stop the worker
            raise Rejected("stories", "stories_failed", f"{type(exc).__name__}: {exc}") from exc
        for story in change.upserts:
            metrics.observe_story(story["deal_id"] in change.created, story["source_count"])
            self._latest[story["deal_id"]] = story
        for gone in change.removed:
            self._latest[gone] = None

    def table_values(self) -> Iterator[tuple[bytes, bytes]]:
        """The new table value of every key that changed."""
        return ((key.encode(), pipeline.dumps(self._shelf.value(key))) for key in self._shelf.changed)

    def messages(self) -> Iterator[tuple[bytes, bytes | None]]:
        """(deal id, story) to publish for every story that changed; a None value is a tombstone."""
        return ((deal_id.encode(), None if story is None else pipeline.dumps(story))
                for deal_id, story in self._latest.items())


async def _sent(topic: faust.TopicT, key: bytes | None, value: bytes | None) -> asyncio.Future | Exception:
    """The output handed to the producer (its acknowledgement to come), or why the producer refused it."""
    try:
        return await topic.send(key=key, value=value, force=True)
    except Exception as exc:  # noqa: BLE001 - whatever the client raised, the output is sent again
        return exc


async def _acknowledged(sent: asyncio.Future | Exception) -> Exception | None:
    """None once the broker has acknowledged the output, else the error (cancellation propagates)."""
    if isinstance(sent, Exception):
        return sent
    try:
        await sent
    except Exception as exc:  # noqa: BLE001 - see _sent
        return exc
    return None


async def publish(pending: list[Output]) -> None:
    """Send every output and wait until the broker has acknowledged all of them; only then may the agent
    acknowledge its batch. What the broker did not acknowledge (it was away longer than the producer's
    request timeout) is sent again after a pause, for as long as it takes: the batch waits instead of
    being skipped, and consumers upsert the repeats by key."""
    pause = RETRY_FIRST_S
    while pending:
        sent = [await _sent(*out) for out in pending]
        errors = [await _acknowledged(s) for s in sent]
        failed = [(out, error) for out, error in zip(pending, errors, strict=True) if error is not None]
        if failed:
            metrics.observe_send_retries(len(failed))
            log.warning("the broker did not acknowledge %d of %d outputs (%s); sending them again in %.0f s",
                        len(failed), len(pending), type(failed[0][1]).__name__, pause)
            await asyncio.sleep(pause)
        pending, pause = [out for out, _ in failed], min(pause * 2, RETRY_MAX_S)


def _add_stories_agents(app: faust.App, settings: Settings, events_topic: faust.TopicT, stories_topic: faust.TopicT,
                        outputs: Callable[..., Awaitable[list[Output]]]) -> None:
    """The route-by-deal and stories agents, and the stories table: in the process that cleans and extracts
    (the default) or in processes of their own (DEALSTREAM_AGENTS)."""
    partitions = settings.topics.partitions
    # Events re-keyed by deal key, so that one deal is always handled by one worker.
    by_deal_topic = app.topic(f"{settings.group_id}-events-by-deal", value_type=bytes, key_type=bytes,
                              partitions=partitions, internal=True)
    # Keyed like by_deal_topic and partitioned by the same key hash, so each changelog partition
    # matches one input partition; the agent writes it from batches, outside Faust's per-event context.
    stories_table = app.Table("stories-by-deal", key_type=bytes, value_type=bytes, partitions=partitions,
                              use_partitioner=True)

    def route_one(event: faust.EventT) -> Iterable[Output]:
        key = deal_key(pipeline.read_deal_event(event.message.value)).encode()
        return [(by_deal_topic, key, event.message.value)]

    async def fold_stories(batch: list[faust.EventT]) -> None:
        """Fold a batch, publish each changed story once and wait for the acks, and only then store the new
        stories in the table: a batch that failed before its stories were out is folded and published again."""
        fold = StoryFold(stories_table.get)

        def fold_one(event: faust.EventT) -> Iterable[Output]:
            fold.add(event.message.value)
            return ()

        letters = await outputs(batch, fold_one)
        await publish([*letters, *((stories_topic, key, value) for key, value in fold.messages())])
        for key, stories in fold.table_values():
            stories_table[key] = stories

    @app.agent(events_topic, name="route-by-deal")
    async def route_by_deal(stream: faust.StreamT) -> None:
        async for batch in stream.take_events(BATCH_MAX, within=BATCH_WITHIN_S):
            await publish(await outputs(batch, route_one))

    @app.agent(by_deal_topic, name="stories")
    async def build_stories(stream: faust.StreamT) -> None:
        async for batch in stream.take_events(STORIES_BATCH_MAX, within=BATCH_WITHIN_S):
            await fold_stories(batch)


def create_app(settings: Settings) -> faust.App:
    """The Faust app with its agents, configured from `settings`."""
    # Faust's default data directory, "<app id>-data", would land in the current directory
    datadir = settings.state_dir / "worker" / settings.group_id
    datadir.parent.mkdir(parents=True, exist_ok=True)
    app = faust.App(
        settings.group_id,
        broker=[f"kafka://{server}" for server in kafka_clients.bootstrap_list(settings)],
        broker_credentials=kafka_clients.faust_credentials(settings),
        key_serializer="raw",
        value_serializer="raw",
        topic_partitions=settings.topics.partitions,
        topic_disable_leader=True,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        producer_linger=0.005,
        producer_partitioner=deal_partitioner,
        # a send the broker has not acknowledged after a minute fails (Faust's default is 20 minutes) and
        # `publish` sends it again: a long broker outage makes the batch wait, a short one is not even seen
        producer_request_timeout=60.0,
        producer_max_request_size=kafka_clients.MAX_RECORD_BYTES,
        broker_commit_interval=1.0,
        # a killed worker's partitions move to the others after 20 s, not Faust's default 60 s
        broker_session_timeout=20.0,
        broker_heartbeat_interval=3.0,
        web_enabled=False,
        store="memory://",
        datadir=str(datadir),
    )
    kafka_clients.keep_producer_metadata(app, settings)  # survives a broker restart: see there
    names = settings.topics
    raw_topic = app.topic(names.raw, value_type=bytes, key_type=bytes)
    clean_topic = app.topic(names.clean, value_type=bytes, key_type=bytes)
    events_topic = app.topic(names.events, value_type=bytes, key_type=bytes)
    dead_topic = app.topic(names.dead_letter, value_type=bytes, key_type=bytes)
    stories_topic = app.topic(names.stories, value_type=bytes, key_type=bytes)
    agents = AGENT_SETS[settings.agents]
    redeliveries = Redeliveries()

    def to_dead_letter(event: faust.EventT, rejected: Rejected) -> Output:
        metrics.observe_dead_letter(rejected.stage, rejected.reason)
        record = pipeline.dead_letter(event.message.value, event.message.key, _origin(event), rejected)
        return dead_topic, event.message.key, pipeline.dumps(record)

    async def outputs(batch: list[faust.EventT], handle: Callable[[faust.EventT], Iterable[Output]]) -> list[Output]:
        """Run `handle` on every record of a batch (a rejected one becomes a dead letter), returning to the
        event loop after each record: the agents share one loop, and a batch of slow records must not hold
        up the other agents (a page waiting to be cleaned) for the whole batch. A record handed over a second
        time is skipped (`Redeliveries`)."""
        out: list[Output] = []
        for event in batch:
            msg = event.message
            if redeliveries.is_repeat(msg.topic, msg.partition, msg.offset):
                metrics.observe_redelivery()
                continue
            try:
                out.extend(handle(event))
            except Rejected as rejected:
                out.append(to_dead_letter(event, rejected))
            await asyncio.sleep(0)
        return out

    def clean_and_extract(event: faust.EventT) -> Iterable[Output]:
        """A raw page's clean record and its deal events, in one step: a page crosses one hop to its
        events. A page that fails extraction is still cleaned, and dead-lettered from the raw topic."""
        value = event.message.value
        metrics.observe_page(len(value) if value else 0)
        with metrics.stage_timer("clean"):
            record = pipeline.clean(pipeline.read_raw_page(value, settings.max_body_bytes))
        record["origin"] = _origin(event).as_dict()
        metrics.observe_clean(record["outcome"])
        cleaned: Output = (clean_topic, record["page_id"].encode(), pipeline.dumps(record))
        try:
            with metrics.stage_timer("extract"):
                deals = pipeline.extract(record)
        except Rejected as rejected:
            return [cleaned, to_dead_letter(event, rejected)]
        metrics.observe_events(deals, record.get("fetched_at"))
        return [cleaned, *((events_topic, deal["event_id"].encode(), pipeline.dumps(deal)) for deal in deals)]

    if "pages" in agents:
        @app.agent(raw_topic, name="pages")
        async def clean_pages(stream: faust.StreamT) -> None:
            async for batch in stream.take_events(BATCH_MAX, within=BATCH_WITHIN_S):
                await publish(await outputs(batch, clean_and_extract))

    if "stories" in agents:
        _add_stories_agents(app, settings, events_topic, stories_topic, outputs)

    @app.on_partitions_assigned.connect
    async def on_assigned(app: faust.App, assigned, **kwargs) -> None:  # noqa: ARG001
        metrics.observe_rebalance()
        metrics.set_ready(bool(assigned))

    @app.on_partitions_revoked.connect
    async def on_revoked(app: faust.App, revoked, **kwargs) -> None:  # noqa: ARG001
        metrics.set_ready(False)
        redeliveries.forget((tp.topic, tp.partition) for tp in revoked)

    @app.timer(interval=5.0)
    async def report_lag() -> None:
        consumer = app.consumer
        offsets = {}
        for tp in consumer.assignment():
            if tp.topic.endswith("-changelog"):
                continue  # a table's own changelog is written, not read, by its active worker: no lag
            position = await consumer.position(tp)
            if position is not None:
                offsets[(tp.topic, tp.partition)] = (position, consumer.highwater(tp))
        metrics.record_lag(settings.group_id, offsets)

    return app


def run(settings: Settings, loglevel: str = "info") -> None:
    """Create the topics when missing, start the metrics endpoint and run the worker until stopped."""
    from streams.cleaning import CLEANER_NAME, CLEANER_VERSION
    from streams.extraction import EXTRACTOR_NAME, EXTRACTOR_VERSION

    topics.create_topics(settings)
    metrics.set_versions(cleaner={"name": CLEANER_NAME, "version": CLEANER_VERSION},
                         extractor={"name": EXTRACTOR_NAME, "version": EXTRACTOR_VERSION})
    metrics.start_http_server(settings)
    quiet_worker(create_app(settings), loglevel).execute_from_commandline()


def quiet_worker(app: faust.App, loglevel: str) -> faust.Worker:
    """The Faust worker without its start-up spinner: to feed it, Faust sets the root logger to DEBUG for
    good at the warning level and above, and every debug call of the send path then builds a log record
    (~1.5% of a pages worker's CPU, py-spy in benchmarks/PROFILE.md §5)."""
    worker = faust.Worker(app, loglevel=loglevel, redirect_stdouts=False)
    worker.spinner = None
    return worker
