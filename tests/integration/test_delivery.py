"""At-least-once delivery on the real broker: a worker killed mid-stream loses no page and its
duplicates are the very same events (same event_id, same bytes apart from processed_at); a worker
stopped with SIGTERM drains and commits, so its successor re-processes nothing, and cleans each page of
the backlog it finds once."""

from __future__ import annotations

import signal
import time
from collections import Counter
from pathlib import Path

import orjson

from streams import topics
from streams.config import Settings
from tests.integration.workers import (
    Worker,
    consume,
    end_offsets,
    numbered_pages,
    offline_events,
    produce,
    topic_size,
    values,
    wait_until,
    without_processed_at,
)

BACKLOG = 300


def stop_mid_stream(settings: Settings, log: Path, sig: int) -> int:
    """Start a worker on the backlog, stop it with `sig` once part of it is cleaned; the cleaned count
    at the signal (it must be mid-stream)."""
    worker = Worker(log).start()
    try:
        done = wait_until(lambda: (n := topic_size(settings, settings.topics.clean)) >= BACKLOG // 6 and n,
                          120, "part of the backlog to be cleaned", interval=0.05)
    finally:
        code = worker.stop(sig)
    assert done < BACKLOG, "the worker finished the backlog before the signal: not mid-stream"
    assert code == (-signal.SIGKILL if sig == signal.SIGKILL else 0)
    return done


def test_sigkill_mid_stream_loses_nothing_and_duplicates_are_the_same_events(settings, tmp_path: Path) -> None:
    pages = numbered_pages(BACKLOG)
    expected = {e["event_id"]: without_processed_at(e) for e in offline_events(pages)}
    topics.create_topics(settings)
    produce(settings, settings.topics.raw, pages)  # a backlog the worker finds when it starts
    log = tmp_path / "worker.log"
    at_kill = stop_mid_stream(settings, log, signal.SIGKILL)

    worker = Worker(log).start()
    try:
        events = values(consume(settings, settings.topics.events, 0, timeout=240,
                                done=lambda rs: len({r.key for r in rs}) >= len(expected)))
        cleaned = values(consume(settings, settings.topics.clean, 0, timeout=120,
                                 done=lambda rs: len({r.key for r in rs}) >= BACKLOG))
    finally:
        assert worker.stop() == 0

    # zero loss: every page cleaned, every expected event present, no event that was not expected
    assert {r["url"] for r in cleaned} == {key.decode() for key, _ in pages}
    assert {e["event_id"] for e in events} == set(expected)
    # every duplicate is the same event: same id, same bytes apart from processed_at
    for event in events:
        assert without_processed_at(event) == expected[event["event_id"]]
    event_dups = sum(n - 1 for n in Counter(e["event_id"] for e in events).values())
    clean_dups = sum(n - 1 for n in Counter(r["page_id"] for r in cleaned).values())
    print(f"\nSIGKILL after {at_kill} of {BACKLOG} pages cleaned: pages cleaned {len(cleaned)} "
          f"({clean_dups} duplicates), events {len(events)} for {len(expected)} ids ({event_dups} duplicates)")


def test_sigterm_drains_and_commits_so_nothing_is_reprocessed(settings, tmp_path: Path) -> None:
    pages = numbered_pages(BACKLOG)
    expected = {e["event_id"] for e in offline_events(pages)}
    topics.create_topics(settings)
    produce(settings, settings.topics.raw, pages)  # a backlog the worker finds when it starts
    log = tmp_path / "worker.log"
    at_term = stop_mid_stream(settings, log, signal.SIGTERM)
    before_restart = end_offsets(settings, settings.topics.clean)

    worker = Worker(log).start()
    try:
        cleaned = consume(settings, settings.topics.clean, BACKLOG, timeout=240)
        events = values(consume(settings, settings.topics.events, len(expected), timeout=120))
    finally:
        assert worker.stop() == 0

    # nothing lost, and nothing done before the clean stop is done again: SIGTERM drained and committed;
    # the restarted worker, which finds a backlog as it starts, cleans each of its pages once
    url = {id(r): orjson.loads(r.value)["url"] for r in cleaned}
    done_before = {url[id(r)] for r in cleaned if r.offset < before_restart.get(r.partition, 0)}
    done_after = [url[id(r)] for r in cleaned if r.offset >= before_restart.get(r.partition, 0)]
    assert set(url.values()) == {key.decode() for key, _ in pages}
    assert not done_before & set(done_after), "pages committed before SIGTERM were processed again"
    assert len(done_after) == len(set(done_after)), "the restarted worker cleaned a page twice"
    assert {e["event_id"] for e in events} == expected
    print(f"\nSIGTERM after {at_term} of {BACKLOG} pages cleaned: pages cleaned {len(cleaned)}, events {len(events)}")


def test_pages_arriving_while_a_worker_starts_are_cleaned_once(settings, tmp_path: Path) -> None:
    """A worker that starts while pages arrive fetches some, seeks back to the committed offsets and is
    handed them again (faust-streaming#216): it must clean, count and extract each page once."""
    first, arriving = numbered_pages(60)[:20], numbered_pages(60)[20:]
    topics.create_topics(settings)
    produce(settings, settings.topics.raw, first)
    log = tmp_path / "worker.log"
    worker = Worker(log).start()
    try:  # a first run leaves committed offsets behind, as in production
        consume(settings, settings.topics.clean, len(first), timeout=120)
    finally:
        assert worker.stop() == 0

    worker = Worker(log).start()
    try:
        for start in range(0, len(arriving), 2):  # over the new worker's start-up
            produce(settings, settings.topics.raw, arriving[start:start + 2])
            time.sleep(0.4)
        cleaned = values(consume(settings, settings.topics.clean, 0, timeout=180,
                                 done=lambda rs: len({r.key for r in rs}) >= len(first) + len(arriving)))
    finally:
        assert worker.stop() == 0

    times_cleaned = Counter(r["url"] for r in cleaned)
    assert set(times_cleaned) == {key.decode() for key, _ in first + arriving}
    assert [url for url, n in times_cleaned.items() if n > 1] == [], "pages cleaned twice"
