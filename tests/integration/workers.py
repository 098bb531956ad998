"""Real `dealstream worker` processes and real Kafka clients for the integration tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import orjson
from kafka import TopicPartition

from streams import kafka_clients, pipeline, sources
from streams.config import Settings
from tests.conftest import ROOT

DEALSTREAM = Path(sys.executable).with_name("dealstream")
SAMPLES = ROOT / "samples" / "pages.jsonl"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(condition: Callable[[], object], timeout: float, what: str, interval: float = 0.2) -> object:
    """The first truthy value of `condition()`, or an AssertionError naming `what` after `timeout`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")


class Worker:
    """One `dealstream worker` subprocess with the test's environment, its log in `log`."""

    def __init__(self, log: Path, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.log = log
        # its own state folder (Faust's data directory) next to its log, not the session's or the project's
        self.env = {**os.environ, "DEALSTREAM_STATE_DIR": str(log.with_name(f"{log.stem}-state")), **(env or {}),
                    "DEALSTREAM_WEB_PORT": str(self.port)}
        self.process: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def launch(self) -> Worker:
        """Start the process without waiting for it to be ready."""
        with self.log.open("ab") as out:
            self.process = subprocess.Popen([str(DEALSTREAM), "worker"], env=self.env, stdout=out,
                                            stderr=subprocess.STDOUT)
        return self

    def start(self, ready_timeout: float = 120.0) -> Worker:
        self.launch()
        try:
            wait_until(self.ready, ready_timeout, "the worker to be ready")
        except AssertionError:
            raise AssertionError(f"worker not ready; log:\n{self.log_tail()}") from None
        return self

    def ready(self) -> bool:
        assert self.process is not None and self.process.poll() is None, f"worker exited; log:\n{self.log_tail()}"
        return self.http_status("/readyz") == 200

    def http_status(self, path: str) -> int:
        try:
            with urllib.request.urlopen(self.base + path, timeout=2) as response:
                return response.status
        except OSError as exc:
            return getattr(exc, "code", 0)

    def log_tail(self, chars: int = 4000) -> str:
        """The end of the worker's log, for assertion messages."""
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""

    def metrics(self) -> str:
        with urllib.request.urlopen(self.base + "/metrics", timeout=5) as response:
            return response.read().decode()

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60.0) -> int:
        """Send `sig` (SIGTERM drains and commits; SIGKILL loses the in-flight batch) and wait."""
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        return self.process.returncode


def produce(settings: Settings, topic: str, records: list[tuple[bytes | None, bytes | None]],
            timestamp_ms: int | None = None) -> list:
    """Publish (key, value) records with kafka-python (stamped `timestamp_ms`, default now), wait for
    every acknowledgement and return their metadata (partition, offset)."""
    producer = kafka_clients.producer(settings)
    try:
        futures = [producer.send(topic, key=key, value=value, timestamp_ms=timestamp_ms) for key, value in records]
        producer.flush()
        return [future.get() for future in futures]
    finally:
        producer.close()


def consume(settings: Settings, topic: str, count: int, timeout: float = 90.0,
            done: Callable[[list], bool] | None = None) -> list:
    """At least `count` records of `topic` from its beginning (all that arrived until then), or, with
    `done`, the records read until `done(records)` holds (e.g. every expected id, duplicates aside)."""
    consumer = kafka_clients.consumer(settings, topic, group_id=None, enable_auto_commit=False,
                                      auto_offset_reset="earliest")
    seen: list = []
    finished = done or (lambda records: len(records) >= count)
    deadline = time.monotonic() + timeout
    try:
        while not finished(seen) and time.monotonic() < deadline:
            for records in consumer.poll(timeout_ms=500).values():
                seen.extend(records)
        # a short extra poll: duplicates or surplus records would show here
        for records in consumer.poll(timeout_ms=1000).values():
            seen.extend(records)
    finally:
        consumer.close()
    return seen


def end_offsets(settings: Settings, topic: str) -> dict[int, int]:
    """Each partition's end offset of `topic` now: records at or past them arrive later."""
    consumer = kafka_clients.consumer(settings, group_id=None, enable_auto_commit=False)
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        return {tp.partition: offset for tp, offset in consumer.end_offsets(partitions).items()}
    finally:
        consumer.close()


def topic_size(settings: Settings, topic: str) -> int:
    """How many records `topic` holds now."""
    return sum(end_offsets(settings, topic).values())


def values(records: list) -> list[dict]:
    return [orjson.loads(r.value) for r in records if r.value is not None]


def numbered_pages(count: int) -> list[tuple[bytes, bytes]]:
    """`count` distinct raw pages: the sample pages in turn, each URL with its own `?n=i`, so that
    every page has its own page id and event ids (a backlog in which a lost page shows)."""
    samples = [orjson.loads(value) for _, value in sources.jsonl_records(SAMPLES)]
    pages = []
    for n in range(count):
        page = {**samples[n % len(samples)]}
        page["url"] = f"{page['url']}?n={n}"
        pages.append((page["url"].encode(), orjson.dumps(page)))
    return pages


def offline_events(records: list[tuple[bytes | None, bytes]]) -> list[dict]:
    """The events the pipeline's own functions give for `records` without a broker: what the stream
    and every replay must give too (the same ids, the same bytes apart from processed_at)."""
    events = []
    for _, value in records:
        events.extend(pipeline.extract(pipeline.clean(pipeline.read_raw_page(value, 10_000_000))))
    return events


def without_processed_at(event: dict) -> dict:
    return {key: value for key, value in event.items() if key != "processed_at"}


def cli(*args: str, timeout: float = 180.0) -> subprocess.CompletedProcess:
    """Run `dealstream ARGS` with the test's environment; its output as text."""
    return subprocess.run([str(DEALSTREAM), *args], capture_output=True, text=True, timeout=timeout)
