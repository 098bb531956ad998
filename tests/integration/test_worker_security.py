"""The worker and the CLI on the broker's SCRAM-SHA-512 listener: with the right credentials pages
become events end to end; with a wrong password the CLI fails with a connection error and the worker
never becomes ready; the password shows neither in the worker's log nor in its metrics."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from streams import broker, sources
from streams.config import Settings
from tests.integration.conftest import LocalBroker
from tests.integration.workers import SAMPLES, Worker, cli, consume, offline_events, values, wait_until

WRONG_PASSWORD = "not-the-dealstream-password"


@pytest.fixture
def scram_settings(kafka_broker: LocalBroker, make_settings: Callable[..., Settings]) -> Callable[[str], Settings]:
    """Settings (also in the environment the worker and CLI inherit) for the SCRAM listener."""

    def with_password(password: str) -> Settings:
        return make_settings(
            KAFKA_BOOTSTRAP_SERVERS=kafka_broker.sasl_bootstrap_servers,
            KAFKA_SECURITY_PROTOCOL="SASL_PLAINTEXT",
            KAFKA_SASL_MECHANISM="SCRAM-SHA-512",
            KAFKA_SASL_USERNAME=broker.scram_user()[0],
            KAFKA_SASL_PASSWORD=password,
        )

    return with_password


def test_worker_and_cli_work_with_the_right_credentials(scram_settings, tmp_path: Path) -> None:
    password = broker.scram_user()[1]
    settings = scram_settings(password)
    expected = {e["event_id"] for e in offline_events(list(sources.jsonl_records(SAMPLES)))}
    worker = Worker(tmp_path / "worker.log").start()
    try:
        ingest = cli("ingest", str(SAMPLES), "--quiet")
        assert ingest.returncode == 0, ingest.stderr[-3000:]
        events = values(consume(settings, settings.topics.events, len(expected)))
        metrics = worker.metrics()
    finally:
        assert worker.stop() == 0
    assert {e["event_id"] for e in events} == expected
    replay = cli("replay", "--since", "2000-01-01T00:00:00Z", "--dry-run", "--quiet")
    assert replay.returncode == 0, replay.stderr[-3000:]
    assert replay.stdout.startswith(f"pages=4 events={len(expected)} (would publish")
    for text in (metrics, worker.log.read_text(errors="replace"), ingest.stdout + ingest.stderr):
        assert password not in text


def test_wrong_password_is_refused_by_the_cli_and_the_worker(scram_settings, tmp_path: Path) -> None:
    scram_settings(WRONG_PASSWORD)
    worker = Worker(tmp_path / "worker.log").launch()  # tries while the CLI tries: one wait, not two
    try:
        ingest = cli("ingest", str(SAMPLES), "--quiet")
        exit_code = wait_until(lambda: worker.process.poll() is not None or worker.http_status("/readyz") == 200,
                               120, "the worker to give up or become ready") and worker.process.poll()
    finally:
        worker.stop()
    assert ingest.returncode != 0
    assert "Unable to bootstrap" in ingest.stderr  # authentication failed: no broker would talk to it
    assert exit_code is not None and exit_code != 0, "the worker must not run with a wrong password"
    log = worker.log.read_text(errors="replace")
    assert "Unable to bootstrap" in log
    for text in (log, ingest.stdout + ingest.stderr):
        assert WRONG_PASSWORD not in text and broker.scram_user()[1] not in text
