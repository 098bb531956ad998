"""A party named by its initials on one page and spelled out on another: one story, on one partition."""

import itertools

import orjson
import pytest

from streams.config import Settings
from streams.stories.fold import fold
from streams.stories.matching import deal_key
from streams.stories.names import initials
from streams.stories.shelf import POINTER, Shelf, partition_key
from streams.worker import StoryFold, create_app, deal_partitioner


def contract(event_id: str, customer: str, supplier: str, day: str = "2026-03-10") -> dict:
    return {
        "event_id": event_id, "type": "contract", "status": "announced", "date": day, "language": "en",
        "parties": [{"name": customer, "role": "customer"}, {"name": supplier, "role": "supplier"}],
        "amount": None, "source": {"url": f"https://news.example/{event_id}", "published": f"{day}T08:00:00Z"},
    }


SPELLED = contract("e1", "Deutsche Bahn", "Vossberg Schienentechnik")
INITIALS = contract("e2", "DB", "Vossberg")
UNIT = contract("e3", "DB Fernverkehr", "Vossberg Schienentechnik", "2026-03-11")
OTHER = contract("e4", "Dachser", "Vossberg", "2026-03-12")  # another customer: another deal


@pytest.mark.parametrize(("name", "acronym"), [
    ("Deutsche Bahn", "db"), ("Deutsche Bahn AG", "db"), ("General Motors Company", "gm"),
    ("Banco Bilbao Vizcaya Argentaria", "bbva"),
])
def test_initials_of_a_name(name: str, acronym: str) -> None:
    assert acronym in initials(name)


def test_a_one_word_name_has_no_initials() -> None:
    assert initials("Volkswagen") == frozenset()


def test_initials_and_spelled_out_name_join_one_story_in_every_order() -> None:
    assert deal_key(SPELLED) != deal_key(INITIALS)  # the partition keys alone cannot meet
    ends = set()
    for order in itertools.permutations([SPELLED, INITIALS, UNIT, OTHER]):
        stories = fold(order)
        ends.add(tuple((s["deal_id"], tuple(sorted(x["event_id"] for x in s["sources"]))) for s in stories))
    assert len(ends) == 1  # the same final stories whatever the order
    (members,) = [m for _, m in next(iter(ends)) if "e1" in m]
    assert members == ("e1", "e2", "e3")


def test_every_key_of_one_deal_lands_on_one_partition() -> None:
    shelf = Shelf(lambda key: None)
    for event in (INITIALS, SPELLED, UNIT):
        shelf.add(event)
    assert {partition_key(k.encode()) for k in shelf.changed} == {b"deal:d"}
    assert any(k.endswith(POINTER) for k in shelf.changed)


def test_other_keys_are_hashed_whole() -> None:
    assert partition_key(b"3f2a9c") == b"3f2a9c"
    assert partition_key(b"https://news.example/a:b") == b"https://news.example/a:b"


def test_a_page_read_again_changes_nothing_after_the_story_moved() -> None:
    table: dict[bytes, bytes] = {}
    for event in (SPELLED, INITIALS):  # the story moves to the smaller key "deal:db"
        batch = StoryFold(table.get)
        batch.add(orjson.dumps(event))
        table.update(batch.table_values())
    again = StoryFold(table.get)
    again.add(orjson.dumps(SPELLED))
    assert list(again.table_values()) == [] and list(again.messages()) == []


def test_the_worker_partitions_every_key_of_one_deal_alike() -> None:
    partitions = list(range(8))
    keys = (b"deal:db", b"deal:deutsche", b"deal:db~", b"deal:dbf")
    assert len({deal_partitioner(key, partitions, partitions) for key in keys}) == 1
    assert create_app(Settings()).conf.producer_partitioner is deal_partitioner
