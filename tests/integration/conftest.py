"""Integration harness: the real local Kafka broker, fresh topics per test, Kafka's own console consumer.

The session starts the local broker (streams.broker, ports from KAFKA_BROKER_PORT etc.) and fails
the run, never skips, when it cannot. A broker that was already running is reused and left
running; one started here is stopped at the end unless DEALSTREAM_KEEP_BROKER=1 (faster reruns)
or another test session still uses it (each session holds a shared lock on a file in the state
folder). Tests always use this local broker, whatever KAFKA_BOOTSTRAP_SERVERS says.
"""

from __future__ import annotations

import fcntl
import os
import re
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from streams import broker, config, kafka_clients, topics
from streams.config import Security, Settings

HERE = Path(__file__).resolve().parent
CONSOLE_CONSUMER = "org.apache.kafka.tools.consumer.ConsoleConsumer"


@dataclass(frozen=True)
class LocalBroker:
    bootstrap_servers: str
    sasl_bootstrap_servers: str


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.integration)
            # Real brokers and workers on a loaded 2-core machine: a timing failure is retried once and
            # shows as "rerun" in the summary; a real bug fails both times.
            item.add_marker(pytest.mark.flaky(reruns=1, reruns_delay=5))


@pytest.fixture(scope="session")
def kafka_broker() -> Iterator[LocalBroker]:
    """The running local broker (started if needed) and its PLAINTEXT / SCRAM bootstrap addresses."""
    settings = config.load()
    users = settings.state_dir / "kafka" / "sessions.lock"
    users.parent.mkdir(parents=True, exist_ok=True)
    with open(users, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_SH)
        was_running = broker.status(settings)["running"]
        try:
            broker.up(settings)
        except broker.BrokerError as error:
            pytest.fail(f"the local Kafka broker did not start:\n{error}", pytrace=False)
        yield LocalBroker(broker.local_bootstrap(), broker.sasl_bootstrap())
        if was_running or os.environ.get("DEALSTREAM_KEEP_BROKER") == "1":
            return
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while another session uses it
        except BlockingIOError:
            return
        broker.down(settings)


def unique_name(label: str) -> str:
    """A topic or group name no other test (or earlier run) uses: `it-<label>-<random>`."""
    return f"it-{re.sub(r'[^A-Za-z0-9.-]+', '-', label)[:40]}-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def make_settings(
    kafka_broker: LocalBroker, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[Callable[..., Settings]]:
    """Factory of Settings on the local broker with unique topic and group names, set in the
    environment for the rest of the test (so subprocesses such as `dealstream worker` inherit
    them); keyword arguments set further environment variables. Its topics are deleted afterwards."""
    made: list[Settings] = []

    def make(**env: str) -> Settings:
        prefix = unique_name(request.node.name)
        values = {
            "KAFKA_BOOTSTRAP_SERVERS": kafka_broker.bootstrap_servers,
            "KAFKA_SECURITY_PROTOCOL": "PLAINTEXT",
            "DEALSTREAM_TOPIC_RAW": f"{prefix}.raw",
            "DEALSTREAM_TOPIC_CLEAN": f"{prefix}.clean",
            "DEALSTREAM_TOPIC_EVENTS": f"{prefix}.events",
            "DEALSTREAM_TOPIC_DEAD_LETTER": f"{prefix}.dead-letter",
            "DEALSTREAM_TOPIC_STORIES": f"{prefix}.stories",
            "DEALSTREAM_GROUP": prefix,
            **env,
        }
        for name, value in values.items():
            monkeypatch.setenv(name, value)
        made.append(config.load())
        return made[-1]

    yield make
    if made:
        _delete_topics(made)


@pytest.fixture
def settings(make_settings: Callable[..., Settings]) -> Settings:
    """Settings on the local broker with this test's own topics and group (see make_settings)."""
    return make_settings()


def _delete_topics(made: list[Settings]) -> None:
    plain = Settings(bootstrap_servers=broker.local_bootstrap(), security=Security(protocol="PLAINTEXT"))
    client = kafka_clients.admin(plain)
    try:
        existing = set(client.list_topics())
        names = {spec.name for s in made for spec in topics.specs(s) if spec.name.startswith("it-")}
        # the workers' internal topics (repartition, changelog) start with the test's unique group name
        groups = tuple(f"{s.group_id}-" for s in made if s.group_id.startswith("it-"))
        if doomed := sorted(name for name in existing if name in names or name.startswith(groups)):
            client.delete_topics(doomed)
    finally:
        client.close()


def console_consume(
    topic: str,
    max_messages: int,
    timeout: float = 30.0,
    bootstrap_servers: str | None = None,
    consumer_config: Path | None = None,
) -> list[tuple[str, str]]:
    """(key, value) of up to `max_messages` records of `topic` from its beginning, read by Kafka's own
    console consumer (a client no one here wrote); fewer when `timeout` seconds pass without one.

    `consumer_config` is a client .properties file (e.g. SASL settings for the SCRAM listener).
    Raises RuntimeError with the tool's log when it stops for any reason but that timeout.
    """
    with tempfile.TemporaryDirectory(prefix="console-consumer-") as logs:
        command = broker.java_command(
            Path(logs), CONSOLE_CONSUMER,
            "--bootstrap-server", bootstrap_servers or broker.local_bootstrap(),
            "--topic", topic,
            "--from-beginning",
            "--max-messages", str(max_messages),
            "--timeout-ms", str(int(timeout * 1000)),
            "--property", "print.key=true",
            "--property", "key.separator=\t",
        )
        if consumer_config is not None:
            command += ["--consumer.config", str(consumer_config)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout + 60)
        log = Path(logs, "server.log").read_text(errors="replace") if Path(logs, "server.log").exists() else ""
    stopped = "terminating consumer process" in log and "common.errors.TimeoutException" not in log
    if result.returncode != 0 or stopped:
        raise RuntimeError(f"console consumer failed ({result.returncode}):\n{log[-3000:]}{result.stderr[-2000:]}")
    return [tuple(line.split("\t", 1)) for line in result.stdout.splitlines() if "\t" in line]
