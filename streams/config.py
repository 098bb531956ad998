"""Settings, all from the environment (documented in the README's configuration table)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default)


def _env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, str(default)))


@dataclass(frozen=True)
class Topics:
    raw: str = field(default_factory=lambda: _env("DEALSTREAM_TOPIC_RAW", "pages.raw"))
    clean: str = field(default_factory=lambda: _env("DEALSTREAM_TOPIC_CLEAN", "pages.clean"))
    events: str = field(default_factory=lambda: _env("DEALSTREAM_TOPIC_EVENTS", "deals.events"))
    dead_letter: str = field(default_factory=lambda: _env("DEALSTREAM_TOPIC_DEAD_LETTER", "pages.dead-letter"))
    stories: str = field(default_factory=lambda: _env("DEALSTREAM_TOPIC_STORIES", "deals.stories"))
    partitions: int = field(default_factory=lambda: _env_int("DEALSTREAM_PARTITIONS", 4))


@dataclass(frozen=True)
class Security:
    """SASL / TLS settings shared by the worker and every CLI command."""

    protocol: str = field(default_factory=lambda: _env("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT"))
    sasl_mechanism: str = field(default_factory=lambda: _env("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512"))
    sasl_username: str = field(default_factory=lambda: _env("KAFKA_SASL_USERNAME", ""))
    sasl_password: str = field(default_factory=lambda: _env("KAFKA_SASL_PASSWORD", ""), repr=False)
    ssl_cafile: str = field(default_factory=lambda: _env("KAFKA_SSL_CAFILE", ""))
    ssl_certfile: str = field(default_factory=lambda: _env("KAFKA_SSL_CERTFILE", ""))
    ssl_keyfile: str = field(default_factory=lambda: _env("KAFKA_SSL_KEYFILE", ""))


# Which agents a worker runs: every one (one process does it all), or one side of the split where the
# stories agents (route-by-deal, stories) run in their own processes of the same group.
AGENT_SETS = {"all": frozenset({"pages", "stories"}), "pages": frozenset({"pages"}), "stories": frozenset({"stories"})}


def _env_agents() -> str:
    value = _env("DEALSTREAM_AGENTS", "all")
    if value not in AGENT_SETS:
        raise ValueError(f"DEALSTREAM_AGENTS must be one of {', '.join(AGENT_SETS)}, not {value!r}")
    return value


@dataclass(frozen=True)
class Settings:
    bootstrap_servers: str = field(default_factory=lambda: _env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"))
    topics: Topics = field(default_factory=Topics)
    security: Security = field(default_factory=Security)
    group_id: str = field(default_factory=lambda: _env("DEALSTREAM_GROUP", "dealstream"))
    max_body_bytes: int = field(default_factory=lambda: _env_int("DEALSTREAM_MAX_BODY_BYTES", 10_000_000))
    web_host: str = field(default_factory=lambda: _env("DEALSTREAM_WEB_HOST", "127.0.0.1"))
    web_port: int = field(default_factory=lambda: _env_int("DEALSTREAM_WEB_PORT", 6066))
    agents: str = field(default_factory=_env_agents)  # a key of AGENT_SETS
    state_dir: Path = field(
        default_factory=lambda: Path(_env("DEALSTREAM_STATE_DIR", str(PROJECT_ROOT / ".state")))
    )


def load() -> Settings:
    """Read the settings from the environment now."""
    return Settings()
