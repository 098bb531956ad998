"""The local broker answers, topics are created as specified, and records survive a round trip
through kafka-python and through Kafka's own console consumer."""

from __future__ import annotations

import orjson

from streams import broker, config, kafka_clients, topics
from streams.config import Settings
from tests.integration.conftest import LocalBroker, console_consume


def test_broker_answers_metadata_requests(kafka_broker: LocalBroker) -> None:
    info = broker.status(config.load())
    assert info["running"] and info["answers"]
    assert info["bootstrap"] == kafka_broker.bootstrap_servers

    client = kafka_clients.admin(Settings(bootstrap_servers=kafka_broker.bootstrap_servers))
    try:
        cluster = client.describe_cluster()
    finally:
        client.close()
    assert cluster["cluster_id"] == info["cluster_id"]
    assert [b["broker_id"] for b in cluster["brokers"]] == [1]


def test_up_is_idempotent(kafka_broker: LocalBroker) -> None:
    settings = config.load()
    pid = broker.status(settings)["pid"]
    broker.up(settings)
    assert broker.status(settings)["pid"] == pid


def test_topics_are_created_once_with_their_partitions_and_policies(settings: Settings) -> None:
    expected = [spec.name for spec in topics.specs(settings)]
    assert sorted(topics.create_topics(settings)) == sorted(expected)
    assert topics.create_topics(settings) == []

    described = {row["name"]: row for row in topics.describe_topics(settings)}
    assert all(row["exists"] for row in described.values())
    assert [described[spec.name]["cleanup.policy"] for spec in topics.specs(settings)].count("compact") == 1
    for spec in topics.specs(settings):
        assert described[spec.name]["partitions"] == settings.topics.partitions
        assert described[spec.name]["cleanup.policy"] == spec.configs.get("cleanup.policy", "delete")


def test_describe_reports_missing_topics(settings: Settings) -> None:
    rows = topics.describe_topics(settings)
    assert [row["exists"] for row in rows] == [False] * len(rows)


def test_kafka_python_round_trip(settings: Settings) -> None:
    topics.create_topics(settings)
    records = {f"key-{i}".encode(): orjson.dumps({"n": i}) for i in range(20)}
    producer = kafka_clients.producer(settings)
    try:
        for key, value in records.items():
            producer.send(settings.topics.events, key=key, value=value)
        producer.flush(timeout=30)
    finally:
        producer.close()

    consumer = kafka_clients.consumer(settings, settings.topics.events, consumer_timeout_ms=15_000)
    received = {}
    try:
        for msg in consumer:
            received[msg.key] = msg.value
            if len(received) == len(records):
                break
        consumer.commit()
    finally:
        consumer.close()
    assert received == records


def test_console_consumer_reads_what_kafka_python_wrote(settings: Settings) -> None:
    topics.create_topics(settings)
    event = {"event_id": "e1", "deal_type": "acquisition", "note": "naïve — ünïcode"}
    producer = kafka_clients.producer(settings)
    try:
        producer.send(settings.topics.events, key=b"e1", value=orjson.dumps(event)).get(timeout=30)
    finally:
        producer.close()

    [(key, value)] = console_consume(settings.topics.events, max_messages=1, timeout=20)
    assert key == "e1"
    assert orjson.loads(value) == event
