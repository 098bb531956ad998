"""The worker's metrics and its /metrics, /healthz and /readyz endpoints."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from prometheus_client.parser import text_string_to_metric_families

from streams import metrics
from streams.config import PROJECT_ROOT, Settings

SCHEMAS = PROJECT_ROOT / "schemas"


def value(name: str, **labels: str) -> float:
    """The current value of one sample (0 when it does not exist yet)."""
    return metrics.REGISTRY.get_sample_value(name, labels) or 0.0


def get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode()


@pytest.fixture
def server() -> Iterator[metrics.MetricsServer]:
    srv = metrics.start_http_server(Settings(web_host="127.0.0.1", web_port=0))
    yield srv
    srv.close()


def test_every_code_of_the_schemas_is_its_own_label_value() -> None:
    dead = json.loads((SCHEMAS / "dead_letter.v1.json").read_text())["properties"]
    event = json.loads((SCHEMAS / "deal_event.v1.json").read_text())["properties"]
    for stage in dead["stage"]["enum"]:
        for reason in dead["reason"]["enum"]:
            before = value("dealstream_pages_dead_lettered_total", stage=stage, reason=reason)
            metrics.observe_dead_letter(stage, reason)
            assert value("dealstream_pages_dead_lettered_total", stage=stage, reason=reason) == before + 1
    for deal_type in event["type"]["enum"]:
        for status in event["status"]["enum"]:
            before = value("dealstream_events_emitted_total", type=deal_type, status=status, language="en")
            metrics.observe_events([{"type": deal_type, "status": status, "language": "en"}])
            assert value("dealstream_events_emitted_total", type=deal_type, status=status, language="en") == before + 1


def test_observe_page_counts_and_measures_size() -> None:
    before = value("dealstream_pages_consumed_total")
    small = value("dealstream_page_size_bytes_bucket", le="4096.0")
    metrics.observe_page(3000)
    assert value("dealstream_pages_consumed_total") == before + 1
    assert value("dealstream_page_size_bytes_bucket", le="4096.0") == small + 1


def test_observe_clean_bounds_the_outcome() -> None:
    article = value("dealstream_pages_cleaned_total", outcome="article")
    metrics.observe_clean("article")
    metrics.observe_clean("something else")
    assert value("dealstream_pages_cleaned_total", outcome="article") == article + 1
    assert value("dealstream_pages_cleaned_total", outcome="other") >= 1


def test_stage_timer_observes_the_stage_even_when_it_raises() -> None:
    before = value("dealstream_stage_duration_seconds_count", stage="extract")
    with metrics.stage_timer("extract"):
        pass
    with pytest.raises(RuntimeError), metrics.stage_timer("extract"):
        raise RuntimeError("boom")
    assert value("dealstream_stage_duration_seconds_count", stage="extract") == before + 2


def test_observe_dead_letter_bounds_labels() -> None:
    before = value("dealstream_pages_dead_lettered_total", stage="decode", reason="invalid_json")
    metrics.observe_dead_letter("decode", "invalid_json")
    metrics.observe_dead_letter("decode", "Traceback: something unexpected")
    assert value("dealstream_pages_dead_lettered_total", stage="decode", reason="invalid_json") == before + 1
    assert value("dealstream_pages_dead_lettered_total", stage="decode", reason="other") >= 1


def _event(fetched_at: str | None, **fields: str) -> dict:
    event = {"type": "acquisition", "status": "announced", "language": "en", "source": {"fetched_at": fetched_at}}
    event.update(fields)
    return event


def test_observe_events_counts_by_type_status_language_and_measures_latency() -> None:
    labels = {"type": "acquisition", "status": "announced", "language": "en"}
    before = value("dealstream_events_emitted_total", **labels)
    pages_with_two = value("dealstream_events_per_page_bucket", le="2.0") - value(
        "dealstream_events_per_page_bucket", le="1.0"
    )
    latency_count = value("dealstream_event_latency_seconds_count")
    latency_sum = value("dealstream_event_latency_seconds_sum")
    hour_ago = (datetime.now(UTC) - timedelta(hours=1)).isoformat().replace("+00:00", "Z")

    metrics.observe_events([_event(hour_ago), _event(hour_ago)])

    assert value("dealstream_events_emitted_total", **labels) == before + 2
    assert (
        value("dealstream_events_per_page_bucket", le="2.0") - value("dealstream_events_per_page_bucket", le="1.0")
        == pages_with_two + 1
    )
    assert value("dealstream_event_latency_seconds_count") == latency_count + 2
    added = value("dealstream_event_latency_seconds_sum") - latency_sum
    assert 2 * 3600 <= added < 2 * 3600 + 60


def test_observe_events_uses_the_page_fetched_at_and_skips_unreadable_times() -> None:
    count = value("dealstream_event_latency_seconds_count")
    now = datetime.now(UTC).isoformat()
    metrics.observe_events([_event(None), _event("yesterday"), _event("2026-01-01T00:00:00")], fetched_at=now)
    # The first falls back to the page's time; an unparsable or zone-less time is not a latency.
    assert value("dealstream_event_latency_seconds_count") == count + 1


def test_observe_events_bounds_labels_and_counts_pages_without_events() -> None:
    empty = value("dealstream_events_per_page_bucket", le="0.0")
    metrics.observe_events([])
    metrics.observe_events([_event(None, type="takeover", status="", language="Not a language")])
    assert value("dealstream_events_per_page_bucket", le="0.0") == empty + 1
    assert value("dealstream_events_emitted_total", type="other", status="other", language="und") >= 1


def test_record_lag_exposes_own_and_kafka_exporter_names_and_forgets_revoked_partitions() -> None:
    metrics.record_lag(
        "dealstream", {("pages.raw", 0): (90, 100), ("pages.raw", 1): (5, 5), ("pages.clean", 0): (7, 9)}
    )
    assert value("dealstream_consumer_lag", topic="pages.raw", partition="0") == 10
    assert value("kafka_consumergroup_lag", consumergroup="dealstream", topic="pages.raw", partition="0") == 10
    assert value("kafka_consumergroup_lag_sum", consumergroup="dealstream", topic="pages.raw") == 10
    assert value("kafka_consumergroup_lag_sum", consumergroup="dealstream", topic="pages.clean") == 2
    assert (
        value("kafka_consumergroup_current_offset", consumergroup="dealstream", topic="pages.raw", partition="0") == 90
    )
    assert value("kafka_topic_partition_current_offset", topic="pages.raw", partition="0") == 100

    metrics.record_lag("dealstream", {("pages.raw", 1): (5, 3), ("pages.raw", 2): (None, 4)})
    assert (
        metrics.REGISTRY.get_sample_value("dealstream_consumer_lag", {"topic": "pages.raw", "partition": "0"}) is None
    )
    assert (
        metrics.REGISTRY.get_sample_value("dealstream_consumer_lag", {"topic": "pages.raw", "partition": "2"}) is None
    )
    # A position past a stale end offset is no negative lag.
    assert value("dealstream_consumer_lag", topic="pages.raw", partition="1") == 0
    metrics.record_lag("dealstream", {})


def test_versions_appear_in_build_info() -> None:
    metrics.set_versions(extractor={"name": "rules", "version": "3"})
    labels = {"version": metrics.__version__, "extractor_name": "rules", "extractor_version": "3"}
    samples = [s for f in metrics.REGISTRY.collect() if f.name == "dealstream_build" for s in f.samples]
    assert len(samples) == 1
    assert labels.items() <= samples[0].labels.items()


def test_observe_story_counts_by_action() -> None:
    created = value("dealstream_stories_total", action="created")
    metrics.observe_story(created=True, sources=1)
    metrics.observe_story(created=False, sources=3)
    assert value("dealstream_stories_total", action="created") == created + 1
    assert value("dealstream_stories_total", action="updated") >= 1
    assert value("dealstream_story_sources_count") >= 2


def test_metric_names_follow_prometheus_conventions() -> None:
    families = [f for f in metrics.REGISTRY.collect() if not f.name.startswith(("process_", "python_"))]
    for family in families:
        assert family.name.startswith(("dealstream_", "kafka_")), family.name
        for sample in family.samples:
            if family.type == "counter":
                assert sample.name.endswith("_total"), sample.name
            if family.type == "info":
                assert sample.name.endswith("_info"), sample.name


def test_endpoints(server: metrics.MetricsServer) -> None:
    base = f"http://127.0.0.1:{server.port}"
    metrics.set_ready(False)

    assert get(f"{base}/healthz")[0] == 200
    assert get(f"{base}/readyz")[0] == 503
    metrics.set_ready(True)
    assert get(f"{base}/readyz")[0] == 200
    metrics.set_ready(False)
    assert get(f"{base}/readyz")[0] == 503
    assert get(f"{base}/nowhere")[0] == 404

    status, content_type, body = get(f"{base}/metrics")
    assert status == 200
    assert content_type.startswith("text/plain")
    names = {family.name for family in text_string_to_metric_families(body)}
    assert {
        "dealstream_pages_consumed",
        "dealstream_worker_up",
        "dealstream_worker_ready",
        "dealstream_build_info",
        "process_cpu_seconds",
    } <= names
    assert "dealstream_worker_up 1.0" in body


def test_close_marks_the_worker_down() -> None:
    srv = metrics.start_http_server(Settings(web_host="127.0.0.1", web_port=0))
    metrics.set_ready(True)
    srv.close()
    assert value("dealstream_worker_up") == 0
    assert not metrics.is_ready()


def test_a_worker_whose_lag_reports_stop_is_not_ready(monkeypatch: pytest.MonkeyPatch) -> None:
    metrics.set_ready(True)
    metrics.record_lag("dealstream", {})
    assert metrics.is_ready()
    assert value("dealstream_consumer_lag_reported_timestamp_seconds") > 0
    later = metrics.time.monotonic() + metrics.STALL_AFTER_S + 1
    monkeypatch.setattr(metrics.time, "monotonic", lambda: later)
    assert not metrics.is_ready()
    metrics.set_ready(False)
