"""Deal stories on the real broker: pages of one deal in two languages and three statuses, delivered
out of order and twice, end as the one story the offline fold gives; a killed worker keeps its stories."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from streams import kafka_clients, topics
from streams.config import Settings
from streams.stories.fold import fold
from tests.conftest import ROOT, assert_valid
from tests.integration.workers import Worker, end_offsets, offline_events, produce, wait_until

FIXTURES = ROOT / "tests" / "fixtures" / "stories_stream"
# The pages in the order the deal unfolded: a rumour, announcements (en, de), completions (en, de).
EARLY = ("rumor.en.txt", "announce.en.html", "announce.de.html")
LATE = ("complete.en.html", "complete.de.txt")
RECORD = tuple[bytes, bytes]


def raw_pages() -> dict[str, RECORD]:
    """(key, value) of each fixture page's raw record, by file name."""
    pages = {}
    for entry in orjson.loads((FIXTURES / "pages.json").read_bytes()):
        kind = "text/plain" if entry["file"].endswith(".txt") else "text/html"
        page = {"url": entry["url"], "fetched_at": entry["fetched_at"], "content_type": f"{kind}; charset=utf-8",
                "body": (FIXTURES / entry["file"]).read_text(encoding="utf-8")}
        pages[entry["file"]] = (entry["url"].encode(), orjson.dumps(page))
    return pages


def offline_stories(records: list[RECORD]) -> list[dict]:
    """`dealstream extract` then `dealstream stories` over these pages: what the stream must end with."""
    return fold(offline_events(records))


def wait_until_settled(settings: Settings) -> None:
    """Wait until the workers' group has consumed and committed every record on the way to stories.

    Faust flushes its producer before it commits, so the outputs of every committed record (stories,
    table changelog) are on the broker, and a restarted worker re-reads none of them. Offsets, not
    counts: after a rebalance at-least-once may legitimately repeat records downstream."""
    chain = (settings.topics.raw, settings.topics.events, f"{settings.group_id}-events-by-deal")
    behind: dict[str, tuple[int, int]] = {}

    def settled() -> bool:
        admin = kafka_clients.admin(settings)
        try:
            offsets = admin.list_group_offsets(settings.group_id)[settings.group_id]
        finally:
            admin.close()
        committed = {(tp.topic, tp.partition): meta.offset for tp, meta in offsets.items()}
        behind.clear()
        for topic in chain:  # committed before the ends are read: equal means nothing was in flight
            for partition, end in end_offsets(settings, topic).items():
                if max(committed.get((topic, partition), 0), 0) != end:
                    behind[f"{topic}/{partition}"] = (committed.get((topic, partition), 0), end)
        return not behind

    try:
        wait_until(settled, 90, "the group to commit every record", interval=0.5)
    except AssertionError as exc:
        raise AssertionError(f"{exc}; (committed, end) behind: {behind}") from None


class StoryLog:
    """The stories topic from its beginning: the last value of each deal id, and the ids tombstoned."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.consumer = kafka_clients.consumer(settings, settings.topics.stories, group_id=None,
                                               enable_auto_commit=False, auto_offset_reset="earliest")
        self.latest: dict[str, dict | None] = {}
        self.tombstoned: set[str] = set()

    def live(self) -> dict[str, dict]:
        """Read up to the topic's current end; the stories whose last value is not a tombstone."""
        end = end_offsets(self.settings, self.settings.topics.stories)
        wait_until(lambda: self._read_towards(end), 30, "the stories topic to be read to its end")
        return {deal_id: story for deal_id, story in self.latest.items() if story is not None}

    def _read_towards(self, end: dict[int, int]) -> bool:
        """Read what arrived; whether every partition is read up to `end`."""
        for records in self.consumer.poll(timeout_ms=200).values():
            for record in records:
                deal_id = record.key.decode()
                self.latest[deal_id] = None if record.value is None else orjson.loads(record.value)
                if record.value is None:
                    self.tombstoned.add(deal_id)
        assigned = {tp.partition: tp for tp in self.consumer.assignment()}
        return assigned.keys() >= end.keys() and all(self.consumer.position(assigned[p]) >= end[p] for p in end)


@pytest.fixture
def story_log(settings: Settings) -> Iterator[StoryLog]:
    """This test's stories topic as a consumer sees it (the topics created first, as a worker does)."""
    topics.create_topics(settings)
    log = StoryLog(settings)
    yield log
    log.consumer.close()


def test_pages_out_of_order_and_twice_end_as_the_offline_story(settings, story_log: StoryLog, tmp_path: Path) -> None:
    pages = raw_pages()
    expected = offline_stories(list(pages.values()))
    assert len(expected) == 1 and expected[0]["source_count"] == len(pages), "the pages tell one deal, one event each"
    newest_first = [pages[name] for name in reversed(EARLY + LATE)]
    shuffled = [pages[name] for name in (LATE[1], EARLY[2], EARLY[0], LATE[0], EARLY[1])]

    worker = Worker(tmp_path / "worker.log").start()
    try:
        produce(settings, settings.topics.raw, newest_first + shuffled)
        wait_until_settled(settings)
        live = story_log.live()
    finally:
        assert worker.stop() == 0

    assert list(live.values()) == expected  # same deal_id, status, amount, parties, dates and sources
    story = expected[0]
    assert story["status"] == "completed"
    assert story["amount"]["value"] == 2_000_000_000 and story["amount"]["currency"] == "USD"
    assert story["languages"] == ["de", "en"]
    assert [h["status"] for h in story["status_history"]] == ["rumored", "announced", "completed"]
    assert_valid(story, "deal_story.v1")


def test_a_killed_worker_keeps_its_stories(settings, story_log: StoryLog, tmp_path: Path) -> None:
    pages = raw_pages()
    log = tmp_path / "worker.log"
    worker = Worker(log).start()
    try:
        produce(settings, settings.topics.raw, [pages[name] for name in EARLY])
        wait_until_settled(settings)
    finally:
        assert worker.stop(signal.SIGKILL) == -signal.SIGKILL  # the table lived in its memory only
    (before,) = story_log.live().values()
    assert before["source_count"] == len(EARLY)
    tombstoned = set(story_log.tombstoned)  # ids the story had before its earliest page arrived

    worker = Worker(log).start()  # joins once the group drops the killed member (session timeout)
    try:
        produce(settings, settings.topics.raw, [pages[name] for name in LATE])
        wait_until_settled(settings)
        metrics = worker.metrics()
    finally:
        assert worker.stop() == 0
    after = story_log.live()

    # the late events joined the recovered story: same id, every source, no story created after restart
    assert list(after) == [before["deal_id"]] and story_log.tombstoned == tombstoned
    assert list(after.values()) == offline_stories(list(pages.values()))
    assert 'dealstream_stories_total{action="created"} 0.0' in metrics
    assert 'dealstream_stories_total{action="updated"} 2.0' in metrics
