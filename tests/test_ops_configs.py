"""The operations files agree with promtool, with each other and with the metrics the worker exposes.

promtool is required, not optional: `make setup` installs it (Debian package `prometheus`), and
a missing promtool must fail here rather than let broken alert rules through.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from streams import metrics
from streams.config import PROJECT_ROOT

PROMETHEUS = PROJECT_ROOT / "deploy" / "prometheus"
GRAFANA = PROJECT_ROOT / "deploy" / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "dealstream-overview.json"
COMPOSE = PROJECT_ROOT / "docker-compose.yml"
DOCKERFILE = PROJECT_ROOT / "deploy" / "Dockerfile"
CONFIGS = [PROMETHEUS / "prometheus.yml", PROMETHEUS / "prometheus.compose.yml"]
METRIC_NAME = re.compile(r"\b(?:dealstream|kafka|process)_[a-z0-9_]+\b")


def promtool(*args: str | Path) -> subprocess.CompletedProcess:
    path = shutil.which("promtool")
    assert path, "promtool is missing: `make prometheus` (apt-get install prometheus) installs it"
    return subprocess.run([path, *map(str, args)], capture_output=True, text=True, timeout=120)


def load_yaml(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


def dashboard_queries() -> list[tuple[str, str]]:
    """(panel title, expression) of every query of every panel."""
    panels = json.loads(DASHBOARD.read_text())["panels"]
    return [(p["title"], t["expr"]) for p in panels if p["type"] != "row" for t in p["targets"]]


def substitute(expr: str) -> str:
    """A dashboard expression as Prometheus receives it with every worker selected."""
    return expr.replace("$worker", ".*").replace("$__rate_interval", "30s")


def exposed_names() -> set[str]:
    """Every series name the worker can expose."""
    names: set[str] = set()
    for family in metrics.REGISTRY.collect():
        names.add(family.name)
        names.update(family.name + suffix for suffix in ("_total", "_bucket", "_sum", "_count", "_info"))
    return names


def alert_rules() -> list[dict]:
    return [rule for group in load_yaml(PROMETHEUS / "alerts.yml")["groups"] for rule in group["rules"]]


@pytest.mark.parametrize("config", CONFIGS, ids=lambda p: p.name)
def test_promtool_accepts_the_scrape_configs(config: Path) -> None:
    result = promtool("check", "config", config)
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_accepts_the_alert_rules() -> None:
    result = promtool("check", "rules", PROMETHEUS / "alerts.yml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_rule_tests_pass() -> None:
    result = promtool("test", "rules", PROMETHEUS / "alerts_test.yml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_alert_is_shown_firing_in_the_rule_tests() -> None:
    tests = load_yaml(PROMETHEUS / "alerts_test.yml")["tests"]
    firing = {case["alertname"] for test in tests for case in test["alert_rule_test"] if case["exp_alerts"]}
    assert {rule["alert"] for rule in alert_rules()} == firing


def test_the_configs_scrape_job_dealstream_that_the_alerts_select() -> None:
    for config in CONFIGS:
        assert [job["job_name"] for job in load_yaml(config)["scrape_configs"]] == ["dealstream"]
    for rule in alert_rules():
        assert 'job="dealstream"' in rule["expr"], rule["alert"]


def test_local_config_scrapes_two_workers_on_the_default_port_and_the_next() -> None:
    targets = load_yaml(PROMETHEUS / "prometheus.yml")["scrape_configs"][0]["static_configs"][0]["targets"]
    assert targets == ["127.0.0.1:6066", "127.0.0.1:6067"]


def test_alerts_and_dashboard_use_only_metrics_the_worker_exposes() -> None:
    names = exposed_names()
    used = {name for rule in alert_rules() for name in METRIC_NAME.findall(rule["expr"])}
    used |= {name for _, expr in dashboard_queries() for name in METRIC_NAME.findall(expr)}
    assert used, "no metric names found"
    assert used <= names, sorted(used - names)


def test_every_dashboard_panel_has_a_valid_query_filtered_by_worker(tmp_path: Path) -> None:
    queries = dashboard_queries()
    panels = [p for p in json.loads(DASHBOARD.read_text())["panels"] if p["type"] != "row"]
    assert len(panels) >= 10
    for panel in panels:
        assert panel["targets"] and all(t["expr"].strip() for t in panel["targets"]), panel["title"]
    for title, expr in queries:
        assert "$worker" in expr, f"{title}: {expr} ignores the worker variable"
    # promtool parses every expression when it checks them as recording rules.
    rules = [{"record": f"dashboard:query:{i}", "expr": substitute(expr)} for i, (_, expr) in enumerate(queries)]
    path = tmp_path / "dashboard_rules.yml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}))
    result = promtool("check", "rules", path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dashboard_has_worker_variable_and_uses_the_provisioned_datasource() -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    variables = {v["name"]: v for v in dashboard["templating"]["list"]}
    assert "instance" in variables["worker"]["query"]["query"]
    uids = {ds["uid"] for ds in load_yaml(GRAFANA / "provisioning" / "datasources" / "prometheus.yml")["datasources"]}
    panels = [p for p in dashboard["panels"] if p["type"] != "row"]
    assert {p["datasource"]["uid"] for p in panels} | {
        t["datasource"]["uid"] for p in panels for t in p["targets"]
    } <= uids
    titles = " ".join(p["title"].lower() for p in panels)
    for topic in ("pages in", "latency", "lag", "dead letters by reason", "by type", "by language", "per worker"):
        assert topic in titles, topic


def compose() -> dict:
    return load_yaml(COMPOSE)


def host_port(mapping: str | int) -> tuple[str | None, int]:
    """The (host port, container port) of a compose `ports` entry."""
    parts = str(mapping).split(":")
    return (parts[-2] if len(parts) > 1 else None), int(parts[-1])


def test_compose_mounts_exist_and_match_the_configs_they_feed() -> None:
    services = compose()["services"]
    targets: dict[str, Path] = {}
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source, target = volume.split(":")[:2]
            if source.startswith("."):
                assert (PROJECT_ROOT / source).exists(), f"{name} mounts missing {source}"
                targets[target] = (PROJECT_ROOT / source).resolve()
        build = service.get("build")
        if build:
            assert (PROJECT_ROOT / build["context"] / build["dockerfile"]).resolve() == DOCKERFILE
    # Prometheus finds its rule files next to the config it is given.
    command = services["prometheus"]["command"]
    config_target = next(arg.split("=", 1)[1] for arg in command if arg.startswith("--config.file="))
    assert targets[config_target] == PROMETHEUS / "prometheus.compose.yml"
    for rule_file in load_yaml(PROMETHEUS / "prometheus.compose.yml")["rule_files"]:
        assert targets[str(Path(config_target).parent / rule_file)] == PROMETHEUS / rule_file
    # Grafana loads provisioning from its default place and dashboards from the provider's path.
    assert targets["/etc/grafana/provisioning"] == GRAFANA / "provisioning"
    provider = load_yaml(GRAFANA / "provisioning" / "dashboards" / "dashboards.yml")["providers"][0]
    assert targets[provider["options"]["path"]] == GRAFANA / "dashboards"
    home = services["grafana"]["environment"]["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"]
    assert Path(home).parent.as_posix() == provider["options"]["path"] and Path(home).name == DASHBOARD.name


def test_compose_ports_match_each_service_configuration() -> None:
    services = compose()["services"]
    worker = services["worker"]
    web_port = int(worker["environment"]["DEALSTREAM_WEB_PORT"])
    assert worker["environment"]["DEALSTREAM_WEB_HOST"] == "0.0.0.0"
    assert [host_port(p)[1] for p in worker["ports"]] == [web_port]
    assert [
        sd["port"] for sd in load_yaml(PROMETHEUS / "prometheus.compose.yml")["scrape_configs"][0]["dns_sd_configs"]
    ] == [web_port]
    assert f"EXPOSE {web_port}" in DOCKERFILE.read_text()

    listen = next(a for a in services["prometheus"]["command"] if a.startswith("--web.listen-address="))
    prometheus_port = int(listen.rsplit(":", 1)[1])
    assert [host_port(p)[1] for p in services["prometheus"]["ports"]] == [prometheus_port]
    datasource = load_yaml(GRAFANA / "provisioning" / "datasources" / "prometheus.yml")["datasources"][0]
    url = urlparse(datasource["url"])
    assert (url.hostname, url.port) == ("prometheus", prometheus_port)

    grafana_port = int(services["grafana"]["environment"]["GF_SERVER_HTTP_PORT"])
    assert [host_port(p)[1] for p in services["grafana"]["ports"]] == [grafana_port]

    kafka = services["kafka"]["environment"]
    listeners = dict(item.split("://") for item in kafka["KAFKA_LISTENERS"].split(","))
    advertised = dict(item.split("://") for item in kafka["KAFKA_ADVERTISED_LISTENERS"].split(","))
    for name in ("topics", "worker"):
        bootstrap = services[name]["environment"]["KAFKA_BOOTSTRAP_SERVERS"]
        assert bootstrap in advertised.values(), name
    for listener, address in advertised.items():
        assert address.rsplit(":", 1)[1] == listeners[listener].rsplit(":", 1)[1], listener
    for mapping in services["kafka"]["ports"]:
        published, container = host_port(mapping)
        assert f"127.0.0.1:{published}" in advertised.values() and f":{container}" in listeners.values()
    voter = kafka["KAFKA_CONTROLLER_QUORUM_VOTERS"].split("@", 1)[1]
    assert f":{voter.rsplit(':', 1)[1]}" == listeners[kafka["KAFKA_CONTROLLER_LISTENER_NAMES"]]


def test_compose_runs_topic_creation_before_the_worker_and_sets_only_known_settings() -> None:
    services = compose()["services"]
    assert services["topics"]["command"] == ["topics", "create"]
    assert services["worker"]["command"] == ["worker"]
    assert services["worker"]["depends_on"]["topics"]["condition"] == "service_completed_successfully"
    config_source = (PROJECT_ROOT / "streams" / "config.py").read_text()
    for name in ("topics", "worker"):
        for variable in services[name]["environment"]:
            assert f'"{variable}"' in config_source, f"{name}: {variable} is read by no setting"


def test_dockerfile_copies_existing_paths_and_runs_the_worker() -> None:
    text = DOCKERFILE.read_text()
    assert text.startswith("#") and "FROM python:3.11-slim" in text
    for line in text.splitlines():
        if line.startswith("COPY "):
            for source in line.split()[1:-1]:
                assert (PROJECT_ROOT / source).exists(), source
    assert 'ENTRYPOINT ["dealstream"]' in text and 'CMD ["worker"]' in text
