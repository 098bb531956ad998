"""The agents' publish: every output is acknowledged before a batch is, sent again while the broker fails."""

import asyncio

import pytest

from streams import metrics, worker


class FlakyTopic:
    """A topic whose broker refuses the first `refusals` sends (an error from the producer or a failed
    acknowledgement, alternately), then acknowledges everything."""

    def __init__(self, refusals: int) -> None:
        self.refusals = refusals
        self.acknowledged: list[bytes] = []
        self.attempts = 0

    async def send(self, key: bytes | None, value: bytes | None, force: bool) -> asyncio.Future:
        assert force
        self.attempts += 1
        if self.refusals and self.attempts % 2:
            self.refusals -= 1
            raise ConnectionError("broker away")
        ack: asyncio.Future = asyncio.get_running_loop().create_future()
        if self.refusals:
            self.refusals -= 1
            ack.set_exception(TimeoutError("not acknowledged"))
        else:
            self.acknowledged.append(key)
            ack.set_result(None)
        return ack


@pytest.fixture(autouse=True)
def no_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "RETRY_FIRST_S", 0.0)


def test_every_output_is_acknowledged_once_the_broker_is_back() -> None:
    topic = FlakyTopic(refusals=5)
    retries_before = metrics.SEND_RETRIES._value.get()
    asyncio.run(worker.publish([(topic, f"k{n}".encode(), b"v") for n in range(4)]))
    assert sorted(topic.acknowledged) == [b"k0", b"k1", b"k2", b"k3"]  # each once: only failures are resent
    assert metrics.SEND_RETRIES._value.get() - retries_before == 5


def test_a_healthy_broker_gets_each_output_once() -> None:
    topic = FlakyTopic(refusals=0)
    asyncio.run(worker.publish([(topic, b"a", b"1"), (topic, b"b", None)]))
    assert topic.attempts == 2 and topic.acknowledged == [b"a", b"b"]
