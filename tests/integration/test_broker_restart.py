"""A broker restart mid-stream: the worker reconnects by itself and goes on, losing no page.

No agent may crash on the way either: Faust restarts a crashed agent without re-reading the batch it
held, so a crash loses that batch until the next rebalance even when the events test happens to pass
(as it did when the producer forgot topics after the restart: streams.kafka_clients.keep_producer_metadata).

The broker restarted here is a private one (its own ports and state folder, restarted on the same
state with streams.broker.down and up), so that other tests on the session broker never see it go.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from streams import broker, config, topics
from streams.config import Settings
from tests.integration.conftest import LocalBroker
from tests.integration.workers import (
    Worker,
    consume,
    free_port,
    numbered_pages,
    offline_events,
    produce,
    topic_size,
    values,
    wait_until,
    without_processed_at,
)


@pytest.fixture
def own_broker(kafka_broker: LocalBroker, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[str]:
    """A second local broker for this test only (the environment points at it); stopped afterwards."""
    for name in ("KAFKA_BROKER_PORT", "KAFKA_CONTROLLER_PORT", "KAFKA_SASL_PORT"):
        monkeypatch.setenv(name, str(free_port()))
    monkeypatch.setenv("DEALSTREAM_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("KAFKA_HEAP", "256m")
    broker.up(config.load())
    try:
        yield broker.local_bootstrap()
    finally:
        broker.down(config.load())


def test_worker_goes_on_without_loss_across_a_broker_restart(
    own_broker: str, make_settings: Callable[..., Settings], tmp_path: Path
) -> None:
    settings = make_settings(KAFKA_BOOTSTRAP_SERVERS=own_broker)
    pages = numbered_pages(160)
    before, after = pages[:120], pages[120:]
    expected = {e["event_id"]: without_processed_at(e) for e in offline_events(pages)}
    topics.create_topics(settings)
    produce(settings, settings.topics.raw, before)
    worker = Worker(tmp_path / "worker.log").start()
    try:
        busy = wait_until(lambda: (n := topic_size(settings, settings.topics.clean)) >= 20 and n, 120,
                          "the worker to be busy")
        assert busy < len(before), "the worker finished before the restart: not mid-stream"
        broker.down(settings)
        time.sleep(2)  # the worker notices: connections refused, group coordinator gone
        broker.up(settings)
        produce(settings, settings.topics.raw, after)
        events = values(consume(settings, settings.topics.events, 0, timeout=150,
                                done=lambda records: len({r.key for r in records}) >= len(expected)))
        assert worker.process.poll() is None, "the worker stopped"
        wait_until(worker.ready, 60, "the worker to be ready again")
    finally:
        assert worker.stop() == 0
    log = worker.log.read_text(errors="replace")
    assert "Crashed reason" not in log, f"an agent crashed:\n{log[log.find('Crashed reason') - 200:][:3000]}"
    # no page lost; what the restart made the worker repeat are the same events
    assert {e["event_id"] for e in events} == set(expected)
    for event in events:
        assert without_processed_at(event) == expected[event["event_id"]]
    print(f"\nbroker restart: {len(pages)} pages, {len(events)} events for {len(expected)} ids "
          f"({len(events) - len(expected)} duplicates)")
