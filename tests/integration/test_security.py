"""Access control on the broker's SASL_PLAINTEXT / SCRAM-SHA-512 listener: the configured user gets
in through every client the service uses (kafka-python, aiokafka, Faust's credentials), a wrong
password is refused by each of them and by Kafka's own Java client."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import KafkaConnectionError
from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth
from kafka.errors import KafkaError

from streams import broker, kafka_clients, topics
from streams.config import Settings
from tests.integration.conftest import LocalBroker, console_consume


@pytest.fixture
def scram(kafka_broker: LocalBroker, make_settings: Callable[..., Settings]) -> Callable[[str], Settings]:
    """Settings for the SCRAM listener with the test user and the given password."""

    def with_password(password: str) -> Settings:
        username, _ = broker.scram_user()
        return make_settings(
            KAFKA_BOOTSTRAP_SERVERS=kafka_broker.sasl_bootstrap_servers,
            KAFKA_SECURITY_PROTOCOL="SASL_PLAINTEXT",
            KAFKA_SASL_MECHANISM="SCRAM-SHA-512",
            KAFKA_SASL_USERNAME=username,
            KAFKA_SASL_PASSWORD=password,
            DEALSTREAM_PARTITIONS="1",
        )

    return with_password


@pytest.fixture
def good(scram: Callable[[str], Settings]) -> Settings:
    settings = scram(broker.scram_user()[1])
    topics.create_topics(settings)  # the admin client authenticates too
    return settings


def test_right_credentials_kafka_python_round_trip(good: Settings) -> None:
    producer = kafka_clients.producer(good)
    try:
        producer.send(good.topics.events, key=b"k", value=b'{"ok": true}').get(timeout=30)
    finally:
        producer.close()
    consumer = kafka_clients.consumer(good, good.topics.events, consumer_timeout_ms=15_000)
    try:
        msg = next(iter(consumer))
    finally:
        consumer.close()
    assert msg.value == b'{"ok": true}'


async def test_right_credentials_aiokafka_and_faust_round_trip(good: Settings) -> None:
    faust_auth = credentials_to_aiokafka_auth(kafka_clients.faust_credentials(good))
    assert faust_auth["security_protocol"] == "SASL_PLAINTEXT"
    producer = AIOKafkaProducer(bootstrap_servers=kafka_clients.bootstrap_list(good), **faust_auth)
    await producer.start()
    try:
        await producer.send_and_wait(good.topics.raw, key=b"k", value=b"via faust credentials")
    finally:
        await producer.stop()

    consumer = AIOKafkaConsumer(good.topics.raw, auto_offset_reset="earliest", **kafka_clients.client_kwargs(good))
    await consumer.start()
    try:
        msg = await consumer.getone()
    finally:
        await consumer.stop()
    assert msg.value == b"via faust credentials"


def test_wrong_password_refused_by_kafka_python(good: Settings, scram: Callable[[str], Settings]) -> None:
    bad = scram("not-the-password")
    with pytest.raises(KafkaError):
        kafka_clients.producer(bad, bootstrap_timeout_ms=3000).close()
    with pytest.raises(KafkaError):
        kafka_clients.admin(bad, bootstrap_timeout_ms=3000).close()


async def test_wrong_password_refused_by_aiokafka(
    good: Settings, scram: Callable[[str], Settings], caplog: pytest.LogCaptureFixture
) -> None:
    producer = AIOKafkaProducer(**kafka_clients.client_kwargs(scram("not-the-password")))
    with caplog.at_level(logging.ERROR, logger="aiokafka"), pytest.raises(KafkaConnectionError):
        try:
            await producer.start()
        finally:
            await producer.stop()
    assert "SaslAuthenticationFailed" in caplog.text


def _jaas_properties(path: Path, username: str, password: str) -> Path:
    path.write_text(
        "security.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\n"
        "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required "
        f'username="{username}" password="{password}";\n'
    )
    return path


def test_java_client_reads_with_right_and_is_refused_with_wrong_password(
    good: Settings, kafka_broker: LocalBroker, tmp_path: Path
) -> None:
    producer = kafka_clients.producer(good)
    try:
        producer.send(good.topics.events, key=b"e1", value=orjson.dumps({"event_id": "e1"})).get(timeout=30)
    finally:
        producer.close()
    username, password = broker.scram_user()
    sasl = kafka_broker.sasl_bootstrap_servers

    right = _jaas_properties(tmp_path / "right.properties", username, password)
    assert console_consume(good.topics.events, 1, timeout=20, bootstrap_servers=sasl, consumer_config=right) == [
        ("e1", '{"event_id":"e1"}')
    ]

    wrong = _jaas_properties(tmp_path / "wrong.properties", username, "not-the-password")
    with pytest.raises(RuntimeError, match="SaslAuthenticationException"):
        console_consume(good.topics.events, 1, timeout=20, bootstrap_servers=sasl, consumer_config=wrong)
