"""Merging page events into stories: order-free, idempotent, forward-only status, traps kept apart."""

import copy
import itertools
import random

import orjson
import pytest

from streams import cli
from streams.stories.fold import fold
from streams.stories.grouping import group
from streams.stories.matching import deal_key
from streams.stories.merge import absorb, apply, build
from streams.stories.sources import source_of
from tests.conftest import ROOT, assert_valid

FIXTURE = ROOT / "tests" / "fixtures" / "stories" / "events.jsonl"


@pytest.fixture(scope="module")
def events() -> list[dict]:
    return [orjson.loads(line) for line in FIXTURE.read_bytes().splitlines()]


def by_label(events: list[dict], label: str) -> list[dict]:
    return [e for e in events if e["_story"] == label]


def membership(stories: list[dict]) -> dict[str, str]:
    return {s["event_id"]: story["deal_id"] for story in stories for s in story["sources"]}


def test_fold_finds_one_story_per_deal(events: list[dict]) -> None:
    stories = fold(events)
    member = membership(stories)
    expected = {}
    for e in events:
        expected.setdefault(e["_story"], set()).add(member[e["event_id"]])
    assert all(len(ids) == 1 for ids in expected.values())  # no deal split
    assert len(stories) == len(expected)  # no two deals merged
    for story in stories:
        assert_valid(story, "deal_story.v1")


def test_the_takeover_story_moves_forward_with_its_history(events: list[dict]) -> None:
    (story,) = fold(by_label(events, "buy"))
    assert story["type"] == "acquisition"
    assert story["status"] == "completed"
    assert story["date"] == {"value": "2025-01-15", "support": 1}
    assert [(h["status"], h["date"]) for h in story["status_history"]] == [
        ("rumored", "2024-02-09"), ("announced", "2024-03-05"), ("completed", "2025-01-15")]
    assert story["amount"]["value"] == 2.0e9 and story["amount"]["support"] == 2
    assert [(p["name"], p["role"]) for p in story["parties"]] == [("Northwind", "acquirer"),
                                                                    ("Contoso Systems GmbH", "target")]
    assert story["languages"] == ["de", "en", "fr"]
    assert story["first_seen"] == "2024-02-10T09:00:00Z" and story["last_seen"] == "2025-01-16T12:00:00Z"


def test_order_of_arrival_does_not_change_the_final_stories(events: list[dict]) -> None:
    subset = by_label(events, "buy") + by_label(events, "bid")
    expected = orjson.dumps(fold(subset))
    for order in itertools.permutations(subset):
        assert orjson.dumps(fold(order)) == expected
    expected = orjson.dumps(fold(events))
    rng = random.Random(7)
    for _ in range(30):
        shuffled = events[:]
        rng.shuffle(shuffled)
        assert orjson.dumps(fold(shuffled)) == expected


def test_rereading_a_page_changes_nothing(events: list[dict]) -> None:
    first = fold(events)
    again = copy.deepcopy(events)
    for e in again:
        e["processed_at"] = "2026-01-01T00:00:00Z"
    assert fold(events + again) == first
    key = deal_key(events[0])
    stories = [s for s in first if s["deal_key"] == key]
    change = absorb(stories, again[0])
    assert change.stories == stories and not change.upserts and not change.removed


def test_status_never_moves_back_for_a_late_page_about_the_rumour(events: list[dict]) -> None:
    rumour, announced, completed = sorted(by_label(events, "buy"), key=lambda e: e["source"]["published"])
    late = copy.deepcopy(rumour)
    late["event_id"] = "f" * 24
    late["source"] = {**late["source"], "url": "https://late.example/a", "page_id": "late",
                      "published": "2025-06-01T00:00:00Z"}
    story = None
    for e in (announced, completed, late):
        story = apply(story, e)
    assert story["status"] == "completed"
    assert [h["status"] for h in story["status_history"]] == ["rumored", "announced", "completed"]


def test_a_later_source_keeps_the_deal_id_and_reports_an_update(events: list[dict]) -> None:
    rumour, announced, completed = sorted(by_label(events, "buy"), key=lambda e: e["source"]["published"])
    first = absorb([], rumour)
    assert first.created == [first.stories[0]["deal_id"]] and first.upserts == first.stories
    second = absorb(first.stories, announced)
    assert [s["deal_id"] for s in second.stories] == first.created
    assert second.updated == first.created and not second.created and not second.removed


def test_an_earlier_page_arriving_late_retires_the_old_id(events: list[dict]) -> None:
    rumour, announced, _ = sorted(by_label(events, "buy"), key=lambda e: e["source"]["published"])
    first = absorb([], announced)
    late = absorb(first.stories, rumour)  # published before the announcement: the new anchor
    assert late.removed == first.created
    assert late.created == [late.stories[0]["deal_id"]] != first.created
    assert late.stories == absorb(absorb([], rumour).stories, announced).stories


def test_a_closing_beyond_a_deal_lifetime_is_another_deal(events: list[dict]) -> None:
    rumour = by_label(events, "buy")[0]
    far = copy.deepcopy(by_label(events, "buy")[-1])
    far["date"], far["amount"] = "2027-06-01", None  # (the same amount would make it the same deal)
    assert len(absorb(absorb([], rumour).stories, far).stories) == 2


def test_traps_stay_apart(events: list[dict]) -> None:
    member = membership(fold(events))
    ids = {label: {member[e["event_id"]] for e in by_label(events, label)} for label in
           ("buy", "partner", "fabrikam", "bid", "stake2019", "stake2023")}
    assert len(set().union(*ids.values())) == 6


def test_stories_command_writes_the_last_state_of_each_story(events: list[dict], tmp_path) -> None:
    src, out = tmp_path / "events.jsonl", tmp_path / "stories.jsonl"
    src.write_bytes(b"".join(orjson.dumps(e) + b"\n" for e in events))
    assert cli.main(["stories", "--input", str(src), "--output", str(out)]) == 0
    assert [orjson.loads(line) for line in out.read_bytes().splitlines()] == fold(events)


def test_incremental_regrouping_equals_grouping_the_whole_set() -> None:
    """Random same-key events: folding them in any order gives the grouping of the whole set."""
    rng = random.Random(11)
    evs = []
    for n in range(60):
        published = f"20{rng.randint(20, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T00:00:00Z"
        evs.append({
            "event_id": f"{n:024x}", "type": rng.choice(["acquisition", "acquisition", "investment"]),
            "status": rng.choice(["rumored", "announced", "completed", "terminated"]),
            "parties": [{"name": rng.choice(["Globex", "Globex Corp"]), "role": "acquirer"},
                        {"name": rng.choice(["Initech", "Initech Labs", "Hooli"]), "role": "target"}],
            "amount": None, "date": rng.choice([None, published[:4], published[:7], published[:10]]),
            "language": "en", "source": {"url": f"u{n % 40}", "page_id": f"p{n % 40}", "published": published},
        })
    evs = [e for e in evs if deal_key(e) == "deal:globex"]
    reference = sorted((build("deal:globex", g) for g in group([source_of(e) for e in evs])),
                       key=lambda s: s["deal_id"])
    assert len(reference) > 5 and max(s["source_count"] for s in reference) > 3
    for _ in range(5):
        rng.shuffle(evs)
        assert fold(evs) == reference
