"""The local single-node Kafka broker: KRaft, combined broker + controller, from pinned jars.

The jars come from Maven Central through deploy/kafka/pom.xml (resolved on first use with
`mvn package`); the broker runs as a background JVM whose files all live in
`<DEALSTREAM_STATE_DIR>/kafka/`: server.properties (rendered from
deploy/kafka/server.properties.template), data/ (formatted once), kafka.pid, server.log
(log4j2, warnings and the start line) and kafka.out (the JVM's own output).

`dealstream kafka up|down|status` always manage this local broker, whatever
KAFKA_BOOTSTRAP_SERVERS says: to use another broker, point KAFKA_BOOTSTRAP_SERVERS at it and do
not run `kafka up`.

Environment:
    KAFKA_BROKER_PORT      PLAINTEXT listener on 127.0.0.1 (default 9092), the default one
    KAFKA_CONTROLLER_PORT  KRaft controller listener (default 9093)
    KAFKA_SASL_PORT        SASL_PLAINTEXT listener, SCRAM-SHA-512 (default 9094); its one user
                           is in deploy/kafka/test-users.properties, created at format time
    KAFKA_HEAP             JVM heap (default 512m)
    KAFKA_START_TIMEOUT    seconds `up` waits for the broker to answer (default 60)
    JAVA_HOME              the Java 17+ to use (default: `java` on PATH)
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import logging
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Any

from streams import kafka_clients
from streams.config import PROJECT_ROOT, Security, Settings

KAFKA_DIR = PROJECT_ROOT / "deploy" / "kafka"
LIBS_DIR = KAFKA_DIR / "target" / "libs"
MAIN_CLASS = "kafka.Kafka"


class BrokerError(RuntimeError):
    """The local broker could not be prepared, started or stopped."""


@dataclass(frozen=True)
class Ports:
    broker: int
    controller: int
    sasl: int


def ports() -> Ports:
    """The local broker's ports, from the environment."""
    return Ports(
        broker=int(os.environ.get("KAFKA_BROKER_PORT", "9092")),
        controller=int(os.environ.get("KAFKA_CONTROLLER_PORT", "9093")),
        sasl=int(os.environ.get("KAFKA_SASL_PORT", "9094")),
    )


def local_bootstrap() -> str:
    """Bootstrap address of the local broker's PLAINTEXT listener."""
    return f"127.0.0.1:{ports().broker}"


def sasl_bootstrap() -> str:
    """Bootstrap address of the local broker's SASL_PLAINTEXT (SCRAM-SHA-512) listener."""
    return f"127.0.0.1:{ports().sasl}"


def scram_user() -> tuple[str, str]:
    """(username, password) of the test-only SCRAM user the local broker is formatted with."""
    values = _read_properties(KAFKA_DIR / "test-users.properties")
    return values["username"], values["password"]


def classpath() -> str:
    """The `java -cp` value for the pinned Kafka jars, resolving them with Maven when missing."""
    if not any(LIBS_DIR.glob("kafka_2.13-*.jar")):
        mvn = shutil.which("mvn")
        if mvn is None:
            raise BrokerError(f"{LIBS_DIR} is empty and `mvn` is not on PATH to fill it")
        subprocess.run([mvn, "-q", "-B", "-f", str(KAFKA_DIR / "pom.xml"), "package"], check=True)
    return f"{LIBS_DIR}/*"


def java_command(logs_dir: Path, *args: str) -> list[str]:
    """A `java` command line on the Kafka classpath, logging to `logs_dir`/server.log (log4j2.properties)."""
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
    if not java:
        raise BrokerError("no `java` on PATH and JAVA_HOME is not set (Kafka 4 needs Java 17+)")
    return [
        java,
        f"-Dlog4j2.configurationFile={KAFKA_DIR / 'log4j2.properties'}",
        f"-Dkafka.logs.dir={logs_dir}",
        "-cp",
        classpath(),
        *args,
    ]


def up(settings: Settings) -> None:
    """Start the local broker unless it is already running; return once it answers metadata requests."""
    state = _state_dir(settings)
    with _lock(state):
        if _running_pid(state) is not None:
            cluster_id = _read_properties(state / "data" / "meta.properties")["cluster.id"]
            _wait_until_answers(state, cluster_id, started=None)
            return
        port = ports()
        for listener in (port.broker, port.controller, port.sasl):
            if _port_open(listener):
                raise BrokerError(f"port {listener} is already taken by a process that is not this broker")
        config = _render_config(state, port)
        cluster_id = _format_once(state, config)
        with open(state / "kafka.out", "ab") as out:
            heap = os.environ.get("KAFKA_HEAP", "512m")
            process = subprocess.Popen(
                java_command(state, f"-Xms{heap}", f"-Xmx{heap}", "-XX:+ExitOnOutOfMemoryError",
                             MAIN_CLASS, str(config)),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                cwd=state,
            )
        (state / "kafka.pid").write_text(f"{process.pid}\n")
        _wait_until_answers(state, cluster_id, started=process)


def down(settings: Settings, timeout: float = 30.0) -> None:
    """Stop the local broker (SIGTERM, then SIGKILL after `timeout` seconds); no-op if not running."""
    state = _state_dir(settings)
    with _lock(state):
        pid = _running_pid(state)
        if pid is not None:
            _stop(pid, state, timeout)
        (state / "kafka.pid").unlink(missing_ok=True)


def status(settings: Settings) -> dict[str, Any]:
    """Whether the local broker runs and answers, with its pid, addresses and files."""
    state = _state_dir(settings)
    pid = _running_pid(state)
    cluster_id = _read_properties(state / "data" / "meta.properties").get("cluster.id")
    return {
        "running": pid is not None,
        "pid": pid,
        "answers": pid is not None and cluster_id is not None and _answers(cluster_id),
        "bootstrap": local_bootstrap(),
        "sasl_bootstrap": sasl_bootstrap(),
        "cluster_id": cluster_id,
        "state_dir": str(state),
        "log": str(state / "server.log"),
    }


def _wait_until_answers(state: Path, cluster_id: str, started: subprocess.Popen | None) -> None:
    """Poll until the broker answers; on failure stop what this call `started` and show the log."""
    timeout = float(os.environ.get("KAFKA_START_TIMEOUT", "60"))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if started is not None and started.poll() is not None:
            (state / "kafka.pid").unlink(missing_ok=True)
            raise BrokerError(f"the broker exited with code {started.returncode}\n{_log_tail(state)}")
        if started is None and _running_pid(state) is None:
            raise BrokerError(f"the broker stopped while waiting for it\n{_log_tail(state)}")
        if _answers(cluster_id):
            return
        time.sleep(0.5)
    if started is not None:
        _stop(started.pid, state)
        (state / "kafka.pid").unlink(missing_ok=True)
    raise BrokerError(f"the broker did not answer within {timeout:.0f} s\n{_log_tail(state)}")


def _state_dir(settings: Settings) -> Path:
    state = settings.state_dir / "kafka"
    state.mkdir(parents=True, exist_ok=True)
    return state


@contextlib.contextmanager
def _lock(state: Path) -> Iterator[None]:
    """Serialise up/down between processes sharing the state folder (parallel test runs)."""
    with open(state / "broker.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _read_properties(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    values = {}
    for line in path.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#") and "=" in line:
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values


def _render_config(state: Path, port: Ports) -> Path:
    template = Template((KAFKA_DIR / "server.properties.template").read_text())
    config = state / "server.properties"
    config.write_text(
        template.substitute(
            broker_port=port.broker,
            controller_port=port.controller,
            sasl_port=port.sasl,
            log_dir=state / "data",
        )
    )
    return config


def _format_once(state: Path, config: Path) -> str:
    """Format the storage on first use (with the SCRAM user); return the cluster id."""
    meta = state / "data" / "meta.properties"
    if not meta.exists():
        cluster_id = _new_cluster_id()
        username, password = scram_user()
        result = subprocess.run(
            java_command(
                state, "kafka.tools.StorageTool", "format", "--cluster-id", cluster_id, "--config", str(config),
                "--add-scram", f"SCRAM-SHA-512=[name={username},password={password}]",
            ),
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise BrokerError(f"formatting {state / 'data'} failed:\n{result.stdout}{result.stderr}")
    return _read_properties(meta)["cluster.id"]


def _new_cluster_id() -> str:
    """A Kafka Uuid string (URL-safe base64 of 16 random bytes), as `StorageTool random-uuid` prints."""
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not cluster_id.startswith("-"):
            return cluster_id


def _running_pid(state: Path) -> int | None:
    """The pid in kafka.pid if that process is a live Kafka broker (not a zombie, not a reused pid)."""
    try:
        pid = int((state / "kafka.pid").read_text())
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        process_state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ValueError):
        return None
    if MAIN_CLASS.encode() not in cmdline.split(b"\0") or process_state == "Z":
        return None
    return pid


def _stop(pid: int, state: Path, timeout: float = 30.0) -> None:
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 10.0)):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)  # reap it when this process started it
            if _running_pid(state) != pid:
                return
            time.sleep(0.2)
    raise BrokerError(f"broker process {pid} did not stop")


def _port_open(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
        return True
    return False


def _answers(cluster_id: str) -> bool:
    """True when the PLAINTEXT listener answers a metadata request as the cluster we formatted."""
    if not _port_open(ports().broker):
        return False
    plain = Settings(bootstrap_servers=local_bootstrap(), security=Security(protocol="PLAINTEXT"))
    with _quiet("kafka"):
        try:
            client = kafka_clients.admin(plain, bootstrap_timeout_ms=3000, request_timeout_ms=3000)
        except Exception:
            return False
        try:
            return client.describe_cluster().get("cluster_id") == cluster_id
        except Exception:
            return False
        finally:
            client.close()


@contextlib.contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """Silence a client's retry logging while polling a broker that may still be starting."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _log_tail(state: Path, lines: int = 15) -> str:
    """The first ERROR lines (the cause) and the last lines of the broker's logs."""
    parts = []
    for name in ("server.log", "kafka.out"):
        path = state / name
        if path.exists():
            text = path.read_text(errors="replace").splitlines()
            errors = [line for line in text if " ERROR " in line or "Exception:" in line][:5]
            parts.append(f"--- {path} ---\n" + "\n".join([*errors, "...", *text[-lines:]] if errors else text[-lines:]))
    return "\n".join(parts) or f"(no log in {state})"
