"""Prometheus metrics of the worker, and the small HTTP server that exposes them with health probes.

The agents call the `observe_*` functions on their hot path, so each one only touches in-memory
counters. Everything lives in the module's own `REGISTRY`, so tests and other processes that import
the package never collide with the default registry. The HTTP server runs in a daemon thread,
independent of Faust's event loop, which is why Faust's own web server is switched off.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from datetime import datetime
from socketserver import ThreadingMixIn
from typing import TYPE_CHECKING, Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    Info,
    disable_created_metrics,
    make_wsgi_app,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.gc_collector import GCCollector
from prometheus_client.platform_collector import PlatformCollector
from prometheus_client.process_collector import ProcessCollector
from prometheus_client.registry import Collector

from streams import __version__
from streams.schemas import schema

if TYPE_CHECKING:
    from streams.config import Settings

disable_created_metrics()  # the *_created series double the output and no panel or alert uses them
REGISTRY = CollectorRegistry(auto_describe=True)
ProcessCollector(registry=REGISTRY)
PlatformCollector(registry=REGISTRY)
GCCollector(registry=REGISTRY)

# Bounded label values, read from the record schemas so that a new code is a label value at once.
_DEAD_LETTER = schema("dead_letter.v1")["properties"]
_DEAL_EVENT = schema("deal_event.v1")["properties"]
CLEAN_OUTCOMES = tuple(schema("clean_page.v1")["properties"]["outcome"]["enum"])
DEAD_LETTER_STAGES = frozenset(_DEAD_LETTER["stage"]["enum"])
DEAD_LETTER_REASONS = frozenset(_DEAD_LETTER["reason"]["enum"])
EVENT_TYPES = frozenset(_DEAL_EVENT["type"]["enum"])
EVENT_STATUSES = frozenset(_DEAL_EVENT["status"]["enum"])
STAGES = ("clean", "extract")
OTHER = "other"
# A ready worker whose lag reports stop for this long is stuck: /readyz turns 503.
STALL_AFTER_S = 60.0
UNKNOWN_LANGUAGE = "und"

PAGES_CONSUMED = Counter("dealstream_pages_consumed", "Raw page records read from the raw topic.", registry=REGISTRY)
PAGE_SIZE = Histogram(
    "dealstream_page_size_bytes",
    "Size of each raw page record's value.",
    buckets=tuple(1024 * 4**i for i in range(10)),  # 1 KiB .. 256 MiB
    registry=REGISTRY,
)
PAGES_CLEANED = Counter("dealstream_pages_cleaned", "Pages cleaned, by outcome.", ["outcome"], registry=REGISTRY)
PAGES_DEAD_LETTERED = Counter(
    "dealstream_pages_dead_lettered",
    "Records sent to the dead-letter topic, by stage and reason.",
    ["stage", "reason"],
    registry=REGISTRY,
)
EVENTS_EMITTED = Counter(
    "dealstream_events_emitted",
    "Deal events published, by type, status and language.",
    ["type", "status", "language"],
    registry=REGISTRY,
)
EVENTS_PER_PAGE = Histogram(
    "dealstream_events_per_page",
    "Deal events extracted from one clean page.",
    buckets=(0, 1, 2, 3, 5, 8, 13, 21, 50),
    registry=REGISTRY,
)
STAGE_DURATION = Histogram(
    "dealstream_stage_duration_seconds",
    "Processing time of one page in a stage.",
    ["stage"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
    registry=REGISTRY,
)
EVENT_LATENCY = Histogram(
    "dealstream_event_latency_seconds",
    "Time from the page's fetched_at to the publication of its event (replays make it large).",
    buckets=(
        0.01,
        0.05,
        0.1,
        0.25,
        0.5,
        1,
        2.5,
        5,
        10,
        30,
        60,
        120,
        300,
        600,
        1800,
        3600,
        7200,
        21600,
        86400,
        259200,
        604800,
        2592000,
        1e7,
    ),
    registry=REGISTRY,
)
WORKER_UP = Gauge("dealstream_worker_up", "1 while the worker process runs.", registry=REGISTRY)
WORKER_READY = Gauge(
    "dealstream_worker_ready", "1 while the worker has partitions assigned and consumes.", registry=REGISTRY
)
LAG_REPORTED = Gauge(
    "dealstream_consumer_lag_reported_timestamp_seconds",
    "When the worker last recorded its consumer lag; it stops moving when the event loop is stuck.",
    registry=REGISTRY,
)
REBALANCES = Counter("dealstream_rebalances", "Consumer group rebalances seen.", registry=REGISTRY)
SEND_RETRIES = Counter("dealstream_send_retries", "Outputs sent again after the broker failed to acknowledge them.",
                       registry=REGISTRY)
REDELIVERIES = Counter("dealstream_redeliveries_skipped", "Records Faust handed to this worker a second time, skipped.",
                       registry=REGISTRY)
BUILD_INFO = Info("dealstream_build", "Package, cleaner and extractor versions.", registry=REGISTRY)
STORIES = Counter("dealstream_stories", "Stories created or updated, by action.", ["action"], registry=REGISTRY)
SOURCES_PER_STORY = Histogram(
    "dealstream_story_sources",
    "Sources of a story after an update.",
    buckets=(1, 2, 3, 5, 8, 13, 21, 50, 100),
    registry=REGISTRY,
)

for _outcome in CLEAN_OUTCOMES:
    PAGES_CLEANED.labels(_outcome)
_STAGE_CHILDREN = {stage: STAGE_DURATION.labels(stage) for stage in STAGES}
for _action in ("created", "updated"):
    STORIES.labels(_action)

_ready = threading.Event()
_build_labels: dict[str, str] = {"version": __version__}
BUILD_INFO.info(_build_labels)


def observe_page(size_bytes: int) -> None:
    """Count one raw record read from the raw topic, whatever becomes of it."""
    PAGES_CONSUMED.inc()
    PAGE_SIZE.observe(size_bytes)


def observe_clean(outcome: str) -> None:
    """Count one cleaned page by outcome (article|no_article); time it with `stage_timer("clean")`."""
    PAGES_CLEANED.labels(outcome if outcome in CLEAN_OUTCOMES else OTHER).inc()


def stage_timer(stage: str) -> AbstractContextManager[Any]:
    """A context manager observing the time one page spends in `stage` (clean|extract)."""
    child = _STAGE_CHILDREN.get(stage) or STAGE_DURATION.labels(OTHER)
    return child.time()


def observe_dead_letter(stage: str, reason: str) -> None:
    """Count one dead letter; unknown codes become `other` so label values stay bounded."""
    PAGES_DEAD_LETTERED.labels(
        stage if stage in DEAD_LETTER_STAGES else OTHER,
        reason if reason in DEAD_LETTER_REASONS else OTHER,
    ).inc()


def observe_events(events: Iterable[Mapping[str, Any]], fetched_at: str | None = None) -> None:
    """Count the events extracted from one clean page; call it for every page, even with no events.

    The latency of each event is measured from its `source.fetched_at` (or `fetched_at`, the
    page's, when the event lacks one) to now, so call it when the events are being published.
    """
    now = time.time()
    parsed: dict[str, float | None] = {}
    count = 0
    for event in events:
        count += 1
        EVENTS_EMITTED.labels(
            _bounded(event.get("type"), EVENT_TYPES),
            _bounded(event.get("status"), EVENT_STATUSES),
            _language(event.get("language")),
        ).inc()
        stamp = (event.get("source") or {}).get("fetched_at") or fetched_at
        if stamp is None:
            continue
        if stamp not in parsed:
            parsed[stamp] = _epoch(stamp)
        if parsed[stamp] is not None:
            EVENT_LATENCY.observe(max(now - parsed[stamp], 0.0))
    EVENTS_PER_PAGE.observe(count)


def observe_story(created: bool, sources: int) -> None:
    """Count one story created or updated and how many sources it now has."""
    STORIES.labels("created" if created else "updated").inc()
    SOURCES_PER_STORY.observe(sources)


def observe_send_retries(count: int) -> None:
    SEND_RETRIES.inc(count)


def observe_redelivery() -> None:
    REDELIVERIES.inc()


def observe_rebalance() -> None:
    """Count one rebalance (call it from the partitions-assigned callback)."""
    REBALANCES.inc()


def set_ready(ready: bool) -> None:
    """Mark the worker ready (partitions assigned, consuming) or not; drives /readyz."""
    if ready:
        _ready.set()
    else:
        _ready.clear()
    WORKER_READY.set(1 if ready else 0)


def is_ready() -> bool:
    """Whether /readyz answers 200: ready, and the lag reports (an event-loop timer) still arrive.

    The HTTP server runs in its own thread, so it would keep answering for a worker whose event
    loop is stuck on one page; the lag reports stopping is what gives such a worker away.
    """
    reported = _LAG.reported_at
    return _ready.is_set() and (reported is None or time.monotonic() - reported < STALL_AFTER_S)


def set_versions(**components: Mapping[str, str]) -> None:
    """Publish component versions in dealstream_build_info, e.g. `set_versions(cleaner={...})`.

    Each component is a `{"name": ..., "version": ...}` mapping, as in the records' cleaner and
    extractor fields; it becomes labels `<component>_name` and `<component>_version`.
    """
    for component, info in components.items():
        _build_labels[f"{component}_name"] = str(info.get("name", ""))
        _build_labels[f"{component}_version"] = str(info.get("version", ""))
    BUILD_INFO.info(_build_labels)


def _bounded(value: object, allowed: frozenset[str]) -> str:
    return value if isinstance(value, str) and value in allowed else OTHER


def _language(value: object) -> str:
    """ISO 639 codes pass; anything else is `und`, so a bad detector cannot explode the series."""
    if isinstance(value, str) and 2 <= len(value) <= 3 and value.isascii() and value.isalpha():
        return value.lower()
    return UNKNOWN_LANGUAGE


def _epoch(stamp: str) -> float | None:
    try:
        moment = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        return None
    return moment.timestamp()


class LagCollector(Collector):
    """Consumer lag of the worker's assigned partitions, from the last snapshot the worker recorded.

    Exposed twice: as dealstream_consumer_lag and under kafka_exporter's names, so that stock
    Kafka lag dashboards (Grafana 7589) and alerts work unchanged. A partition the worker no
    longer owns vanishes with the next snapshot instead of lingering with a stale value.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._group = ""
        self._offsets: dict[tuple[str, int], tuple[int, int]] = {}
        self.reported_at: float | None = None

    def record(self, group: str, offsets: Mapping[tuple[str, int], tuple[int | None, int | None]]) -> None:
        known = {tp: pair for tp, pair in offsets.items() if None not in pair}
        with self._lock:
            self._group = group
            self._offsets = known
            self.reported_at = time.monotonic()
        LAG_REPORTED.set(time.time())

    def collect(self) -> Iterator[Metric]:
        with self._lock:
            group, offsets = self._group, sorted(self._offsets.items())
        own = GaugeMetricFamily(
            "dealstream_consumer_lag",
            "Messages behind the end of each assigned partition (end offset - committed offset).",
            labels=["topic", "partition"],
        )
        lag = GaugeMetricFamily(
            "kafka_consumergroup_lag",
            "Current approximate lag of a consumer group at topic/partition.",
            labels=["consumergroup", "topic", "partition"],
        )
        lag_sum = GaugeMetricFamily(
            "kafka_consumergroup_lag_sum",
            "Current approximate lag of a consumer group at topic, all partitions.",
            labels=["consumergroup", "topic"],
        )
        current = GaugeMetricFamily(
            "kafka_consumergroup_current_offset",
            "Current offset of a consumer group at topic/partition.",
            labels=["consumergroup", "topic", "partition"],
        )
        end = GaugeMetricFamily(
            "kafka_topic_partition_current_offset",
            "Current offset of a broker at topic/partition.",
            labels=["topic", "partition"],
        )
        sums: dict[str, int] = {}
        for (topic, partition), (committed, end_offset) in offsets:
            behind = max(end_offset - committed, 0)
            part = str(partition)
            own.add_metric([topic, part], behind)
            lag.add_metric([group, topic, part], behind)
            current.add_metric([group, topic, part], committed)
            end.add_metric([topic, part], end_offset)
            sums[topic] = sums.get(topic, 0) + behind
        for topic, total in sums.items():
            lag_sum.add_metric([group, topic], total)
        yield from (own, lag, lag_sum, current, end)


_LAG = LagCollector()
REGISTRY.register(_LAG)


def record_lag(group: str, offsets: Mapping[tuple[str, int], tuple[int | None, int | None]]) -> None:
    """Replace the lag snapshot: {(topic, partition): (committed or position, end offset)}.

    Call it periodically (every few seconds) with the partitions currently assigned; pass the
    consumer's position for a partition that has no committed offset yet. A partition with an
    offset still unknown (None, e.g. no fetch yet) is left out until it is known.
    """
    _LAG.record(group, offsets)


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


def _server_class(host: str, port: int) -> type[_ThreadingWSGIServer]:
    """The server class for the address family of `host`, so that "::" (IPv6) binds too."""
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    return type("_MetricsWSGIServer", (_ThreadingWSGIServer,), {"address_family": family})


class _QuietHandler(WSGIRequestHandler):
    """Scrapes and probes arrive every few seconds; logging each one to stderr is noise."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


def make_app(registry: CollectorRegistry = REGISTRY) -> Callable[..., list[bytes]]:
    """The WSGI application: /metrics, /healthz (live) and /readyz (ready)."""
    metrics_app = make_wsgi_app(registry)

    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == "/metrics":
            return metrics_app(environ, start_response)
        if path == "/healthz":
            return _plain(start_response, "200 OK", b"ok\n")
        if path == "/readyz":
            if is_ready():
                return _plain(start_response, "200 OK", b"ready\n")
            return _plain(start_response, "503 Service Unavailable", b"not ready\n")
        return _plain(start_response, "404 Not Found", b"not found\n")

    return app


def _plain(start_response: Any, status: str, body: bytes) -> list[bytes]:
    start_response(status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))])
    return [body]


class MetricsServer:
    """The running HTTP server; `port` is the bound port (useful with port 0)."""

    def __init__(self, host: str, port: int) -> None:
        server_class = _server_class(host, port)
        self._httpd = make_server(host, port, make_app(), server_class, handler_class=_QuietHandler)
        self.host = host
        self.port = self._httpd.server_port
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="metrics-http", daemon=True)
        self._thread.start()
        WORKER_UP.set(1)

    def close(self) -> None:
        """Stop serving and mark the worker down and not ready."""
        set_ready(False)
        WORKER_UP.set(0)
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()


def start_http_server(settings: Settings) -> MetricsServer:
    """Serve /metrics, /healthz and /readyz on settings.web_host:settings.web_port in a thread."""
    return MetricsServer(settings.web_host, settings.web_port)
