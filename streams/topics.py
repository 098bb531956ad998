"""The service's topics, created when missing: the worker never relies on broker auto-creation.

Every topic gets DEALSTREAM_PARTITIONS partitions (the most workers that can share the work, and
the same count on both sides of every agent); deals.stories is compacted because it holds the
last state of each deal, keyed by deal_id. Existing topics are left as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from streams import kafka_clients
from streams.config import Settings

TOPIC_ALREADY_EXISTS = 36
UNKNOWN_TOPIC_OR_PARTITION = 3


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    configs: dict[str, str] = field(default_factory=dict)


def specs(settings: Settings) -> list[TopicSpec]:
    """The topics the service needs, with their partition counts and topic configs."""
    t = settings.topics
    return [
        TopicSpec(t.raw, t.partitions),
        TopicSpec(t.clean, t.partitions),
        TopicSpec(t.events, t.partitions),
        TopicSpec(t.dead_letter, t.partitions),
        TopicSpec(t.stories, t.partitions, {"cleanup.policy": "compact"}),
    ]


def create_topics(settings: Settings) -> list[str]:
    """Create the missing topics and wait until they have leaders; return the names created."""
    client = kafka_clients.admin(settings)
    try:
        existing = set(client.list_topics())
        missing = [spec for spec in specs(settings) if spec.name not in existing]
        if not missing:
            return []
        request = {
            spec.name: {"num_partitions": spec.partitions, "replication_factor": -1, "configs": spec.configs}
            for spec in missing
        }
        response = client.create_topics(request, raise_errors=False)
        created, failures = [], []
        for topic in response["topics"]:
            if topic["error_code"] == 0:
                created.append(topic["name"])
            elif topic["error_code"] != TOPIC_ALREADY_EXISTS:  # created meanwhile by another worker
                failures.append(f"{topic['name']}: {topic['error_message'] or topic['error_code']}")
        if failures:
            raise RuntimeError("cannot create topics: " + "; ".join(failures))
        client.wait_for_topics([spec.name for spec in missing], timeout_ms=30_000)
        return created
    finally:
        client.close()


def describe_topics(settings: Settings) -> list[dict[str, Any]]:
    """One dict a service topic: name, exists, partitions and cleanup.policy (None when missing)."""
    from kafka.admin import ConfigResource, ConfigResourceType

    names = [spec.name for spec in specs(settings)]
    client = kafka_clients.admin(settings)
    try:
        metadata = {topic["name"]: topic for topic in client.describe_topics(names)}
        present = [name for name in names if metadata[name]["error_code"] != UNKNOWN_TOPIC_OR_PARTITION]
        configs = (
            client.describe_configs([ConfigResource(ConfigResourceType.TOPIC, name) for name in present])["topic"]
            if present
            else {}
        )
    finally:
        client.close()
    return [
        {
            "name": name,
            "exists": name in present,
            "partitions": len(metadata[name]["partitions"]) if name in present else None,
            "cleanup.policy": (
                configs.get(name, {}).get("cleanup.policy", {}).get("value", "delete") if name in present else None
            ),
        }
        for name in names
    ]
