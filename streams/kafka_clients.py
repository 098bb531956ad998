"""The one place that turns `Settings` into Kafka client configuration.

Every client (kafka-python tools, raw aiokafka, the Faust app) connects the same way, so a
security setting added here reaches all of them. Passwords only ever travel inside the returned
keyword dictionaries and credential objects: never log those dictionaries.

kafka-python 3.x negotiates the protocol version itself (no `api_version` pin: Kafka 4.0 dropped
the old versions that a pin would select) and its producers are idempotent with `acks=all`;
`producer()` states both explicitly so that an older client would fail loudly instead of
silently weakening delivery.
"""

from __future__ import annotations

import ssl
from typing import TYPE_CHECKING, Any

from streams.config import Settings

if TYPE_CHECKING:
    import faust
    from faust.types.auth import CredentialsT
    from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer

PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
SASL_MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")
# The largest record a client sends or fetches whole: message.max.bytes of
# deploy/kafka/server.properties.template (oversized pages must arrive to be dead-lettered).
MAX_RECORD_BYTES = 52_428_800


def bootstrap_list(settings: Settings) -> list[str]:
    """`host:port` entries of KAFKA_BOOTSTRAP_SERVERS (comma separated, blanks ignored)."""
    return [server.strip() for server in settings.bootstrap_servers.split(",") if server.strip()]


def _protocol(settings: Settings) -> str:
    protocol = settings.security.protocol.upper()
    if protocol not in PROTOCOLS:
        raise ValueError(f"KAFKA_SECURITY_PROTOCOL must be one of {', '.join(PROTOCOLS)}, not {protocol!r}")
    return protocol


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """A TLS context for SSL / SASL_SSL (system CAs unless KAFKA_SSL_CAFILE), else None."""
    if "SSL" not in _protocol(settings).split("_"):
        return None
    sec = settings.security
    context = ssl.create_default_context(cafile=sec.ssl_cafile or None)
    if sec.ssl_certfile:
        context.load_cert_chain(sec.ssl_certfile, sec.ssl_keyfile or None)
    elif sec.ssl_keyfile:
        raise ValueError("KAFKA_SSL_KEYFILE is set without KAFKA_SSL_CERTFILE")
    return context


def _sasl(settings: Settings) -> dict[str, str]:
    sec = settings.security
    mechanism = sec.sasl_mechanism.upper()
    if mechanism not in SASL_MECHANISMS:
        raise ValueError(f"KAFKA_SASL_MECHANISM must be one of {', '.join(SASL_MECHANISMS)}, not {mechanism!r}")
    if not sec.sasl_username or not sec.sasl_password:
        raise ValueError("SASL needs both KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD")
    return {
        "sasl_mechanism": mechanism,
        "sasl_plain_username": sec.sasl_username,
        "sasl_plain_password": sec.sasl_password,
    }


def security_kwargs(settings: Settings) -> dict[str, Any]:
    """Security keyword arguments accepted alike by kafka-python and aiokafka clients."""
    protocol = _protocol(settings)
    kwargs: dict[str, Any] = {"security_protocol": protocol}
    if protocol.startswith("SASL_"):
        kwargs.update(_sasl(settings))
    context = ssl_context(settings)
    if context is not None:
        kwargs["ssl_context"] = context
    return kwargs


def client_kwargs(settings: Settings) -> dict[str, Any]:
    """Bootstrap servers plus security, for any kafka-python or aiokafka client constructor."""
    return {"bootstrap_servers": bootstrap_list(settings), **security_kwargs(settings)}


def producer(settings: Settings, **overrides: Any) -> KafkaProducer:
    """A kafka-python producer: idempotent, `acks=all`, records up to MAX_RECORD_BYTES; `overrides` win."""
    from kafka import KafkaProducer

    return KafkaProducer(
        **{**client_kwargs(settings), "acks": "all", "enable_idempotence": True, "linger_ms": 5,
           "max_request_size": MAX_RECORD_BYTES, **overrides}
    )


def consumer(settings: Settings, *topics: str, **overrides: Any) -> KafkaConsumer:
    """A kafka-python consumer of `topics` in the service's group, reading from the earliest offset
    when the group has none; `overrides` win (e.g. group_id=None for a group-less reader)."""
    from kafka import KafkaConsumer

    return KafkaConsumer(
        *topics,
        **{
            **client_kwargs(settings),
            "group_id": settings.group_id,
            "auto_offset_reset": "earliest",
            **overrides,
        },
    )


def admin(settings: Settings, **overrides: Any) -> KafkaAdminClient:
    """A kafka-python admin client (topics, groups, configs)."""
    from kafka import KafkaAdminClient

    return KafkaAdminClient(**{**client_kwargs(settings), "client_id": "dealstream-admin", **overrides})


def faust_credentials(settings: Settings) -> CredentialsT | None:
    """The Faust `broker_credentials=` value for the configured security protocol (None: PLAINTEXT)."""
    import faust

    protocol = _protocol(settings)
    context = ssl_context(settings)
    if protocol.startswith("SASL_"):
        sasl = _sasl(settings)
        return faust.SASLCredentials(
            username=sasl["sasl_plain_username"],
            password=sasl["sasl_plain_password"],
            mechanism=sasl["sasl_mechanism"],
            ssl_context=context,
        )
    if context is not None:
        return faust.SSLCredentials(context)
    return None


def app_topic_names(app: faust.App, settings: Settings) -> set[str]:
    """Every topic the worker reads or writes: the service's own, its agents' inputs, its tables' changelogs."""
    from streams import topics  # topics builds its admin client here: imported late, no import cycle

    names = {spec.name for spec in topics.specs(settings)}
    names.update(name for agent in app.agents.values() for name in agent.channel.topics)
    names.update(table.changelog_topic.get_topic_name() for table in app.tables.values())
    return names


def keep_producer_metadata(app: faust.App, settings: Settings) -> None:
    """Make the worker's producer refresh the metadata of every topic it writes, so that its batches
    still find their partitions' leaders after a broker restart.

    aiokafka's client asks the broker for all topics until its first send to a topic missing from its
    metadata (one created after it started, such as Faust's repartition topic); from then on every
    refresh asks only for the topics added that way and drops all others from its metadata. After a
    broker restart the batches queued for a dropped topic then find no leader and wait until they
    expire (producer_request_timeout), while the agents that would add the topic again by sending to
    it wait for those very batches: the worker stalls, then its agents crash with
    NotLeaderForPartitionError. Tracking every topic of the app from the start keeps them all.
    """

    @app.task
    async def track_topics() -> None:
        client = app.producer._ensure_producer().client  # the aiokafka producer's own client
        for name in sorted(app_topic_names(app, settings)):
            client.add_topic(name)
