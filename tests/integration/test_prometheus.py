"""A real Prometheus scraping a real worker: every query of every dashboard panel returns data.

Uses the integration harness (conftest.py: the local broker, `settings` with this test's own
topics and group, set in the environment; workers.py: the `dealstream worker` subprocess).
Assumes deal events carry `source.fetched_at` or the worker passes the page's fetched_at to
`metrics.observe_events`, so that the latency panel has observations.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from streams import kafka_clients
from streams.config import PROJECT_ROOT, Settings
from tests.integration.workers import Worker, free_port, wait_until

DASHBOARD = PROJECT_ROOT / "deploy" / "grafana" / "dashboards" / "dealstream-overview.json"
ALERTS = PROJECT_ROOT / "deploy" / "prometheus" / "alerts.yml"
# Wide enough that a worker slowed by a busy machine still shows a rate in every window.
RATE_INTERVAL = "2m"
ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{buyer} to acquire {target} for ${amount} million</title></head><body><main><article>
<h1>{buyer} to acquire {target} for ${amount} million</h1>
<p>{buyer} Inc. said on Tuesday it had agreed to acquire {target} Ltd., a maker of logistics
software, for ${amount} million in cash, the companies announced in a joint statement.</p>
<p>The acquisition is expected to close in the third quarter, subject to regulatory approval.
{target} employs 300 people and will become part of the {buyer} cloud division.</p>
<p>Analysts said the deal strengthens the position of {buyer} in a market that has consolidated
quickly over the past two years, as customers look for fewer and larger suppliers.</p>
</article></main></body></html>"""

# Records the worker must dead-letter: bad UTF-8, not JSON, JSON but no object, no required fields.
BAD_RECORDS = [b"\xff\xfe\xfa not utf-8", b"{not json", b"[1, 2, 3]", b'{"url": "https://x.example/"}']


def http_get(url: str, timeout: float = 5.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except OSError:
        return 0, b""


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@contextmanager
def running_prometheus(workers: list[Worker], folder: Path) -> Iterator[str]:
    """A Prometheus scraping the workers every second and evaluating the project's alert rules."""
    binary = shutil.which("prometheus")
    assert binary, "prometheus is missing: `make prometheus` (apt-get install prometheus) installs it"
    port = free_port()
    targets = {"targets": [f"127.0.0.1:{worker.port}" for worker in workers]}
    config = folder / "prometheus.yml"
    config.write_text(
        yaml.safe_dump(
            {
                "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
                "rule_files": [str(ALERTS)],
                "scrape_configs": [{"job_name": "dealstream", "static_configs": [targets]}],
            }
        )
    )
    log = folder / "prometheus.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                binary,
                f"--config.file={config}",
                f"--storage.tsdb.path={folder / 'tsdb'}",
                f"--web.listen-address=127.0.0.1:{port}",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until(lambda: http_get(f"{base}/-/ready")[0] == 200, 60, "Prometheus to be ready")
        except AssertionError:
            raise AssertionError(f"Prometheus not ready; log:\n{log.read_text(errors='replace')[-4000:]}") from None
        yield base
    finally:
        stop(process)


@pytest.fixture
def workers(settings: Settings, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[list[Worker]]:
    """`request.param` (default 1) ready `dealstream worker`s in one group on this test's topics."""
    started: list[Worker] = []
    try:
        for i in range(getattr(request, "param", 1)):
            started.append(Worker(tmp_path / f"worker{i}.log", {"DEALSTREAM_WEB_HOST": "127.0.0.1"}).start())
        yield started
    finally:
        for worker in started:
            worker.stop()


@pytest.fixture
def prometheus(workers: list[Worker], tmp_path: Path) -> Iterator[str]:
    with running_prometheus(workers, tmp_path) as base:
        yield base


class Feeder:
    """Publishes a trickle of good and bad pages until stopped, so every rate stays above zero."""

    def __init__(self, settings: Settings) -> None:
        self.producer = kafka_clients.producer(settings)
        self.topic = settings.topics.raw
        self.sent = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Feeder:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=30)
        self.producer.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            n = self.sent
            url = f"https://news.example/{n}/deal"
            body = ARTICLE.format(buyer=f"Northbridge{n}", target=f"Calder{n}", amount=100 + n)
            fetched = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
            record = {"url": url, "fetched_at": fetched, "content_type": "text/html; charset=utf-8", "body": body}
            self.producer.send(self.topic, key=url.encode(), value=json.dumps(record).encode())
            self.producer.send(self.topic, key=b"bad", value=BAD_RECORDS[n % len(BAD_RECORDS)])
            self.producer.flush()
            self.sent += 1
            self._stop.wait(0.5)


def query(prometheus: str, expr: str) -> list[dict]:
    url = f"{prometheus}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    status, body = http_get(url)
    assert status == 200, f"{expr}: HTTP {status} {body[:300]!r}"
    return json.loads(body)["data"]["result"]


def has_finite_value(result: list[dict]) -> bool:
    return any(math.isfinite(float(series["value"][1])) for series in result)


def dashboard_queries() -> list[tuple[str, str]]:
    """(panel title, expression as Grafana sends it with every worker selected) of every query."""
    panels = json.loads(DASHBOARD.read_text())["panels"]
    return [
        (panel["title"], target["expr"].replace("$worker", ".*").replace("$__rate_interval", RATE_INTERVAL))
        for panel in panels
        if panel["type"] != "row"
        for target in panel["targets"]
    ]


def test_every_dashboard_query_returns_data_from_a_real_pipeline(
    settings: Settings, workers: list[Worker], prometheus: str
) -> None:
    (worker,) = workers
    assert worker.http_status("/healthz") == 200
    with Feeder(settings):
        wait_until(
            lambda: has_finite_value(query(prometheus, "sum(dealstream_events_emitted_total) > 0")),
            120,
            "the first deal event in Prometheus",
        )
        pending = dict.fromkeys(dashboard_queries())
        deadline = time.monotonic() + 120
        while pending and time.monotonic() < deadline:
            for title, expr in list(pending):
                if has_finite_value(query(prometheus, expr)):
                    del pending[(title, expr)]
            time.sleep(1)
        assert not pending, "panels without data:\n" + "\n".join(f"{t}: {e}" for t, e in pending)

    # The dashboard's worker variable lists the worker.
    match = urllib.parse.urlencode({"match[]": "dealstream_worker_up"})
    status, body = http_get(f"{prometheus}/api/v1/label/instance/values?{match}")
    assert status == 200 and f"127.0.0.1:{worker.port}" in json.loads(body)["data"]
    # The alert rules evaluate without errors against real series.
    status, body = http_get(f"{prometheus}/api/v1/rules")
    rules = [rule for group in json.loads(body)["data"]["groups"] for rule in group["rules"]]
    assert rules and all(rule["health"] == "ok" for rule in rules), rules


@pytest.mark.parametrize("workers", [2], indirect=True)
def test_two_workers_share_the_partitions_and_each_reports_only_its_own(
    settings: Settings, workers: list[Worker], prometheus: str
) -> None:
    with Feeder(settings):
        wait_until(
            lambda: has_finite_value(
                query(prometheus, "count(count by (instance) (dealstream_pages_consumed_total > 0)) == 2")
            ),
            120,
            "both workers to consume pages",
        )
        # Both up and ready; every partition of the input topic reported exactly once, by one worker
        # (a worker's next lag report, within 5 s, forgets what a rebalance took from it).
        assert query(prometheus, 'sum(up{job="dealstream"})')[0]["value"][1] == "2"
        assert query(prometheus, "sum(dealstream_worker_ready)")[0]["value"][1] == "2"
        raw = settings.topics.raw
        partitions = sorted(str(p) for p in range(settings.topics.partitions))

        def owned_once() -> bool:
            owners = query(prometheus, f'count by (partition) (dealstream_consumer_lag{{topic="{raw}"}})')
            reported = sorted(series["metric"]["partition"] for series in owners)
            return reported == partitions and all(series["value"][1] == "1" for series in owners)

        wait_until(owned_once, 30, f"each partition of {raw} reported by exactly one worker")

        def both_report_group_lag() -> bool:
            per_worker = query(prometheus, f'count by (instance) (kafka_consumergroup_lag{{topic="{raw}"}})')
            return len(per_worker) == 2

        # each worker's lag series reach Prometheus at its own next scrape: on a loaded machine one may come later
        wait_until(both_report_group_lag, 30, f"both workers to report their group's lag on {raw}")
