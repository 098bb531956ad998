"""The pipeline on the real broker: raw pages in with kafka-python, deal events out, bad records dead-lettered."""

from __future__ import annotations

import base64
from collections import Counter
from pathlib import Path

import orjson

from streams import sources
from tests.conftest import assert_valid
from tests.integration.conftest import console_consume
from tests.integration.workers import SAMPLES, Worker, consume, offline_events, produce, values

MALFORMED = {
    b"\xff\xfe not utf-8 at all": "invalid_utf8",
    b'{"url": "https://broken.test/", "body": ': "invalid_json",
    b'["a", "list"]': "not_an_object",
    b'{"url": "https://missing.test/", "body": "<p>no fetched_at, no content_type</p>"}': "schema_violation",
}


def sample_records() -> list[tuple[bytes | None, bytes]]:
    return list(sources.jsonl_records(SAMPLES))


def offline_event_ids(records: list[tuple[bytes | None, bytes]]) -> set[str]:
    """What `dealstream extract` gives for the same pages: the stream must give the same ids."""
    return {event["event_id"] for event in offline_events(records)}


def test_pages_become_events_and_bad_records_dead_letters(settings, tmp_path: Path) -> None:
    good = sample_records()
    expected = offline_event_ids(good)
    assert expected, "the sample pages must state deals"
    bad = [(b"bad-%d" % i, value) for i, value in enumerate(MALFORMED)]
    worker = Worker(tmp_path / "worker.log").start()
    try:
        # good pages before, between and after the bad ones
        produce(settings, settings.topics.raw, good[:2] + bad + good[2:])
        events = values(consume(settings, settings.topics.events, len(expected)))
        dead = values(consume(settings, settings.topics.dead_letter, len(bad)))
        cleaned = values(consume(settings, settings.topics.clean, len(good)))
    finally:
        assert worker.stop() == 0, worker.log_tail()

    assert {e["event_id"] for e in events} == expected
    for event in events:
        assert_valid(event, "deal_event.v1")
    reasons = {base64.b64decode(d["original_b64"]): d["reason"] for d in dead}
    assert reasons == MALFORMED
    for letter in dead:
        assert_valid(letter, "dead_letter.v1")
        assert letter["origin"]["topic"] == settings.topics.raw
        assert letter["origin"]["offset"] >= 0
    # counts add up: pages in = pages cleaned + pages dead-lettered
    assert len(cleaned) + len(dead) == len(good) + len(bad)
    for record in cleaned:
        assert_valid(record, "clean_page.v1")


def test_a_client_no_one_here_wrote_reads_the_events(settings, tmp_path: Path) -> None:
    good = sample_records()
    expected = offline_event_ids(good)
    worker = Worker(tmp_path / "worker.log").start()
    try:
        produce(settings, settings.topics.raw, good)
        read = console_consume(settings.topics.events, len(expected), timeout=90)
    finally:
        worker.stop()
    assert len(read) == len(expected)
    for key, value in read:
        event = orjson.loads(value)
        assert_valid(event, "deal_event.v1")
        assert key == event["event_id"]


def test_a_restarted_worker_resumes_where_it_stopped(settings, tmp_path: Path) -> None:
    good = sample_records()
    first, second = good[:2], good[2:]
    expected = offline_event_ids(good)
    log = tmp_path / "worker.log"
    worker = Worker(log).start()
    produce(settings, settings.topics.raw, first)
    assert len(consume(settings, settings.topics.clean, len(first))) == len(first)
    assert worker.stop() == 0, worker.log_tail()  # SIGTERM: drains and commits

    produce(settings, settings.topics.raw, second)  # arrives while no worker runs
    worker = Worker(log).start()
    try:
        cleaned = values(consume(settings, settings.topics.clean, len(good)))
        events = values(consume(settings, settings.topics.events, len(expected)))
    finally:
        worker.stop()
    # nothing lost; the pages of the first run were committed on SIGTERM, so the restart does not redo them
    # (the second run may repeat its own pages if its start-up rebalances: at least once)
    urls = Counter(r["url"] for r in cleaned)
    assert set(urls) == {orjson.loads(v)["url"] for _, v in good}
    assert all(urls[orjson.loads(v)["url"]] == 1 for _, v in first)
    assert {e["event_id"] for e in events} == expected
