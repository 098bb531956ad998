"""The stream measures: real broker, real `dealstream worker` processes, the bench as crawler and reader.

Each phase gets its own topics and consumer group, so runs never see each other's records. A
reader thread notes when each page's first event arrives on the events topic (events carry their
page's `source.page_id`, which the offline run maps back to the page) and counts dead letters.
"""

from __future__ import annotations

import contextlib
import math
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import orjson
from kafka import TopicPartition
from offline import Mix, Page

from streams import broker, kafka_clients, topics
from streams.config import PROJECT_ROOT, Settings, Topics

if TYPE_CHECKING:
    from kafka import KafkaProducer

WORKER_BIN = Path(sys.executable).parent / "dealstream"  # the command of the environment running the bench
READY_TIMEOUT_S = 90.0
WARMUP_TIMEOUT_S = 120.0


def phase_settings(base: Settings, name: str, partitions: int) -> Settings:
    """Settings with this phase's own topics and group (same broker and security as `base`)."""
    t = Topics(
        raw=f"{name}.pages.raw",
        clean=f"{name}.pages.clean",
        events=f"{name}.deals.events",
        dead_letter=f"{name}.pages.dead-letter",
        stories=f"{name}.deals.stories",
        partitions=partitions,
    )
    return Settings(
        bootstrap_servers=base.bootstrap_servers,
        topics=t,
        security=base.security,
        group_id=name,
        max_body_bytes=base.max_body_bytes,
        state_dir=base.state_dir,
    )


def worker_env(settings: Settings, port: int, agents: str) -> dict[str, str]:
    """The environment that makes `dealstream worker` use `settings` and run `agents` (config.py reads it back)."""
    t = settings.topics
    return {
        **os.environ,
        "KAFKA_BOOTSTRAP_SERVERS": settings.bootstrap_servers,
        "DEALSTREAM_TOPIC_RAW": t.raw,
        "DEALSTREAM_TOPIC_CLEAN": t.clean,
        "DEALSTREAM_TOPIC_EVENTS": t.events,
        "DEALSTREAM_TOPIC_DEAD_LETTER": t.dead_letter,
        "DEALSTREAM_TOPIC_STORIES": t.stories,
        "DEALSTREAM_PARTITIONS": str(t.partitions),
        "DEALSTREAM_GROUP": settings.group_id,
        "DEALSTREAM_WEB_PORT": str(port),
        "DEALSTREAM_STATE_DIR": str(settings.state_dir),
        "DEALSTREAM_AGENTS": agents,
    }


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Worker:
    """One `dealstream worker` subprocess, its log file and its /readyz probe."""

    def __init__(self, settings: Settings, log_path: Path, agents: str = "all") -> None:
        self.port = _free_port()
        self.log_path = log_path
        with log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [str(WORKER_BIN), "worker", "--loglevel", "warning"],
                env=worker_env(settings, self.port, agents),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=PROJECT_ROOT,
            )

    def ready(self) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError(f"worker exited with {self.process.returncode}:\n{self.log_tail()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/readyz", timeout=1) as response:
                return response.status == 200
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return False

    def peak_rss_mb(self) -> float:
        """VmHWM: the most resident memory the process has had so far."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError("no VmHWM in /proc status")

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def wait_ready(workers: list[Worker], timeout: float = READY_TIMEOUT_S) -> None:
    """Until every worker has partitions, twice in a row a second apart (a rebalance may follow a join)."""
    deadline = time.monotonic() + timeout
    streak = 0
    while streak < 2:
        if time.monotonic() > deadline:
            raise RuntimeError("workers not ready in time:\n" + "\n".join(w.log_tail(10) for w in workers))
        streak = streak + 1 if all(w.ready() for w in workers) else 0
        time.sleep(1.0)


def _epoch(stamp: str | None) -> float:
    try:
        return datetime.fromisoformat(stamp).timestamp()
    except (TypeError, ValueError):
        return math.nan


class Reader(threading.Thread):
    """Reads the events and dead-letter topics from the start; notes each page's first event's arrival."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(name="bench-reader", daemon=True)
        self._events_topic = settings.topics.events
        self._consumer = kafka_clients.consumer(
            settings,
            settings.topics.events,
            settings.topics.dead_letter,
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
        )
        self._halt = threading.Event()
        self.assigned = threading.Event()
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        """Forget what was read so far (e.g. the warm-up's events)."""
        with self._lock:
            self.events = 0
            self.dead_letters = 0
            self.last_arrival = 0.0
            self.first_event: dict[str, float] = {}
            self.first_processed: dict[str, float] = {}  # the first event's processed_at, epoch seconds
            self.per_page: Counter[str] = Counter()
            self.dead_reasons: Counter[str] = Counter()  # "stage/reason: detail", for error messages

    def run(self) -> None:
        try:
            while not self._halt.is_set():
                batch = self._consumer.poll(timeout_ms=50)
                if self._consumer.assignment():
                    self.assigned.set()
                now = time.perf_counter()
                with self._lock:
                    for tp, records in batch.items():
                        if tp.topic != self._events_topic:
                            self.dead_letters += len(records)
                            for record in records:
                                letter = orjson.loads(record.value)
                                self.dead_reasons[
                                    f"{letter['stage']}/{letter['reason']}: {letter['detail'][:120]}"
                                ] += 1
                        else:
                            self.events += len(records)
                            for record in records:
                                event = orjson.loads(record.value)
                                page_id = event["source"]["page_id"]
                                if page_id not in self.first_event:
                                    self.first_event[page_id] = now
                                    self.first_processed[page_id] = _epoch(event.get("processed_at"))
                                self.per_page[page_id] += 1
                        self.last_arrival = now
        finally:
            self._consumer.close()

    def wait_for(self, events: int, dead_letters: int, timeout: float) -> bool:
        """Until at least this many events and dead letters were read; False on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if self.events >= events and self.dead_letters >= dead_letters:
                    return True
            time.sleep(0.01)
        return False

    def missing(self, mix: Mix, pages: list[Page]) -> str:
        """The pages whose events the stream has not (all) delivered, for the error message."""
        with self._lock:
            short = [
                (page.url, self.per_page[o.page_id], o.events)
                for page in pages
                if (o := mix.outcomes[page.url]).events > self.per_page[o.page_id]
            ]
            dead = [f"{n} x {reason}" for reason, n in self.dead_reasons.most_common(3)]
        return "; ".join([*dead, *(f"{url}: {got}/{want} events" for url, got, want in short[:5])])

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=10)


@dataclass
class Phase:
    """One phase's topics, workers, reader and producer, torn down together."""

    settings: Settings
    workers: list[Worker] = field(default_factory=list)  # the workers that clean and extract
    stories: Worker | None = None  # the stories agents' own process, when they do not run in the workers
    reader: Reader | None = None
    producer: KafkaProducer | None = None

    def send(self, page: Page) -> None:
        self.producer.send(self.settings.topics.raw, key=page.url.encode(), value=page.value)


@contextlib.contextmanager
def phase(
    base: Settings,
    name: str,
    workers: int,
    log_dir: Path,
    mix: Mix,
    progress: Callable[[str], None],
    separate_stories: bool = False,
) -> Iterator[Phase]:
    """Fresh topics, `workers` ready workers warmed up on the warm-up pages, a reader at the events topic;
    with `separate_stories`, the workers only clean and extract, and one more process runs the stories
    agents (DEALSTREAM_AGENTS)."""
    settings = phase_settings(base, name, base.topics.partitions)
    topics.create_topics(settings)
    running = Phase(settings)
    try:
        running.reader = Reader(settings)
        running.reader.start()
        running.producer = kafka_clients.producer(settings, linger_ms=0)
        for i in range(workers):  # one by one: the first declares the internal topics before the next joins
            running.workers.append(Worker(settings, log_dir / f"{name}.worker{i}.log",
                                          "pages" if separate_stories else "all"))
            wait_ready(running.workers)
        if separate_stories:
            running.stories = Worker(settings, log_dir / f"{name}.stories.log", "stories")
            wait_ready([*running.workers, running.stories])
        if not running.reader.assigned.wait(30):
            raise RuntimeError("the reader got no partitions of the events topic")
        progress(f"{name}: {workers} worker(s) ready, warming up")
        for page in mix.warmup:
            running.send(page)
        running.producer.flush()
        events, dead = mix.expected(mix.warmup)
        if not running.reader.wait_for(events, dead, WARMUP_TIMEOUT_S):
            raise RuntimeError(
                f"warm-up: {running.reader.events}/{events} events, "
                f"{running.reader.dead_letters}/{dead} dead letters in {WARMUP_TIMEOUT_S:.0f} s; "
                + running.reader.missing(mix, mix.warmup)
            )
        running.reader.reset()
        yield running
    finally:
        for worker in [*running.workers, *([running.stories] if running.stories else [])]:
            worker.stop()
        if running.producer is not None:
            running.producer.close()
        if running.reader is not None:
            running.reader.stop()
        _delete_topics(name, settings)


def _delete_topics(name: str, settings: Settings) -> None:
    """Every topic of the phase: its own and the workers' internal ones (all named after the phase)."""
    client = kafka_clients.admin(settings)
    try:
        with contextlib.suppress(Exception):  # leftovers of a bench run are harmless; never mask its error
            client.delete_topics([topic for topic in client.list_topics() if topic.startswith(name)])
    finally:
        client.close()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time process `pid` (all its threads) has used so far; 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _machine_jiffies() -> tuple[int, int]:
    """(busy, total) CPU jiffies of the whole machine since boot, from /proc/stat."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return sum(values) - idle, sum(values)


@dataclass
class Throughput:
    pages_per_s: float
    pages: int
    elapsed_s: float
    events: int
    dead_letters: int
    expected_events: int
    expected_dead_letters: int
    missing: str  # pages still short of events when the wait timed out
    worker_cpu: list[float]  # each worker's CPU time / elapsed time, during the backlog
    stories_cpu: float | None  # the same for the stories agents' own process (None: they run in the workers)
    broker_cpu: float | None  # the same for the local broker's JVM (None: not a local broker)
    bench_cpu: float  # the same for this process: producer, reader
    machine_busy: float  # share of all cores busy (workers, broker, this bench, and anyone else)

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def cpu_ms_per_page(self) -> float:
        """The workers' CPU time per page: what the stream path costs, however busy the machine was."""
        return sum(self.worker_cpu) * self.elapsed_s / self.pages * 1000


def backlog(running: Phase, mix: Mix, timeout: float) -> Throughput:
    """Publish the whole mix at once and time it until its last event (or dead letter) was read."""
    events, dead = mix.expected(mix.pages)
    broker_pid = broker.status(running.settings)["pid"]
    stories_pid = running.stories.process.pid if running.stories else 0
    pids = [w.process.pid for w in running.workers] + [stories_pid, broker_pid or 0, os.getpid()]
    cpu_before = [cpu_seconds(pid) for pid in pids]
    busy_before, total_before = _machine_jiffies()
    start = time.perf_counter()
    for page in mix.pages:
        running.send(page)
    running.producer.flush()
    complete = running.reader.wait_for(events, dead, timeout)
    reader = running.reader
    elapsed = (reader.last_arrival if complete else time.perf_counter()) - start
    busy_after, total_after = _machine_jiffies()
    cpu = [(cpu_seconds(pid) - before) / elapsed for pid, before in zip(pids, cpu_before, strict=True)]
    missing = "" if complete else reader.missing(mix, mix.pages) or "dead letters short"
    return Throughput(
        len(mix.pages) / elapsed,
        len(mix.pages),
        elapsed,
        reader.events,
        reader.dead_letters,
        events,
        dead,
        missing,
        cpu[:-3],
        cpu[-3] if stories_pid else None,
        cpu[-2] if broker_pid else None,
        cpu[-1],
        (busy_after - busy_before) / max(total_after - total_before, 1),
    )


def _behind(settings: Settings) -> int:
    """Records the workers' group has not committed yet on its input topics, the stories agent's included."""
    inputs = (settings.topics.raw, settings.topics.events, f"{settings.group_id}-events-by-deal")
    admin = kafka_clients.admin(settings)
    consumer = kafka_clients.consumer(settings, group_id=None, enable_auto_commit=False)
    try:
        committed = admin.list_group_offsets(settings.group_id)[settings.group_id]
        partitions = [TopicPartition(t, p) for t in inputs for p in consumer.partitions_for_topic(t) or ()]
        ends = consumer.end_offsets(partitions)
    finally:
        consumer.close()
        admin.close()
    return sum(max(end - (committed[tp].offset if tp in committed else 0), 0) for tp, end in ends.items())


def settle(running: Phase, timeout: float) -> float | None:
    """Seconds until the group has committed every record so far: the stories agent works behind the
    events the backlog is timed by, and a latency run started before it caught up measures its backlog."""
    start = time.perf_counter()
    while _behind(running.settings):
        if time.perf_counter() - start > timeout:
            return None
        time.sleep(0.5)
    return time.perf_counter() - start


@dataclass
class Latency:
    rate: float  # pages/s sent
    pages: int
    samples: int  # pages with an event, whose first event's latency is measured
    p50_ms: float
    p95_ms: float
    p99_ms: float
    extracted_p50_ms: float  # the part until the worker had extracted the page (the event's processed_at)
    extracted_p99_ms: float
    complete: bool


def latency(running: Phase, mix: Mix, rate: float, duration_s: float, timeout: float) -> Latency:
    """Send pages at a steady `rate` for about `duration_s`; latency = first event's arrival - send time."""
    pages = mix.pages[: max(1, min(len(mix.pages), int(rate * duration_s)))]
    sent: dict[str, float] = {}
    running.reader.reset()  # the backlog's events carry the same page ids
    to_epoch = time.time() - time.perf_counter()
    start = time.perf_counter()
    for i, page in enumerate(pages):
        delay = start + i / rate - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        if page_id := mix.outcomes[page.url].page_id:  # None: a page the worker dead-letters
            sent[page_id] = time.perf_counter()
        running.send(page)
        running.producer.flush()
    events, dead = mix.expected(pages)
    complete = running.reader.wait_for(events, dead, timeout)
    arrivals, processed = running.reader.first_event, running.reader.first_processed
    measured = [pid for pid in sent if pid in arrivals]
    if len(measured) < 2:
        raise RuntimeError(f"latency: only {len(measured)} pages got an event")
    total = _percentiles([(arrivals[pid] - sent[pid]) * 1000 for pid in measured])
    extracted = _percentiles(
        [(processed[pid] - to_epoch - sent[pid]) * 1000 for pid in measured if not math.isnan(processed[pid])]
    )
    return Latency(
        rate, len(pages), len(measured), total[49], total[94], total[98], extracted[49], extracted[98], complete
    )


def _percentiles(values: list[float]) -> list[float]:
    return statistics.quantiles(values, n=100, method="inclusive")


def _answers(settings: Settings) -> bool:
    try:
        client = kafka_clients.admin(settings, bootstrap_timeout_ms=3000, request_timeout_ms=3000)
    except Exception:  # noqa: BLE001 - whatever the client raises, nobody answers there
        return False
    client.close()
    return True


@contextlib.contextmanager
def local_broker(settings: Settings, progress: Callable[[str], None]) -> Iterator[None]:
    """The broker at KAFKA_BOOTSTRAP_SERVERS if one answers, else the local one, started and stopped here."""
    if _answers(settings):
        progress(f"using the broker at {settings.bootstrap_servers}")
        yield
        return
    progress("starting the local broker")
    broker.up(settings)
    try:
        yield
    finally:
        broker.down(settings)
