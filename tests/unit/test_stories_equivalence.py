"""Folding's shortcuts change nothing: hundreds of varied events, in several orders, end as the
complete-linkage grouping of each partition key's whole set of sources."""

import copy
import random

import orjson
import pytest

from streams.stories.fold import fold
from streams.stories.grouping import group
from streams.stories.matching import deal_key
from streams.stories.merge import build
from streams.stories.sources import canonical, source_of
from tests.conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "stories" / "events.jsonl"


def variants(count: int, seed: int) -> list[dict]:
    """Copies of the fixture's events as other pages tell them: other dates, statuses, spellings,
    party subsets and amounts, some pages stating two events (so that some sources match a story
    only in part, or several stories, and regroup)."""
    rng = random.Random(seed)
    bases = [orjson.loads(line) for line in FIXTURE.read_bytes().splitlines()]
    out = []
    for n in range(count):
        event = copy.deepcopy(rng.choice(bases))
        event["event_id"] = f"v{seed}-{n:05d}"
        page = n if rng.random() < 0.8 else n - 1
        event["source"] = {**event["source"], "page_id": f"p{seed}-{page}", "url": f"https://x.example/{page}",
                           "published": f"202{rng.randint(2, 5)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T00:00:00Z"}
        if rng.random() < 0.3:
            event["status"] = rng.choice(["rumored", "announced", "ongoing", "completed", "terminated"])
        if event.get("date") and rng.random() < 0.4:
            event["date"] = rng.choice([event["date"][:4], event["date"][:7], f"202{rng.randint(1, 6)}-05-01"])
        if len(event["parties"]) > 2 and rng.random() < 0.3:
            event["parties"].pop(rng.randrange(len(event["parties"])))
        if rng.random() < 0.2:
            party = rng.choice(event["parties"])
            party["name"] = rng.choice([party["name"] + " Inc.", party["name"].split()[0], "Globex " + party["name"]])
        if event.get("amount") and rng.random() < 0.2:
            event["amount"] = {**event["amount"], "value": event["amount"]["value"] * rng.choice([0.5, 1.005, 3])}
        out.append(event)
    return out


def by_set(events: list[dict]) -> list[dict]:
    """The stories as a function of the set of events: every key's sources grouped at once."""
    keys: dict[str, dict[str, dict]] = {}
    for event in events:
        keys.setdefault(deal_key(event), {})[event["event_id"]] = source_of(event)
    stories = [build(key, g) for key, pool in keys.items() for g in group(list(pool.values()))]
    return sorted(stories, key=lambda s: s["deal_id"])


@pytest.mark.parametrize("seed", [1, 2])
def test_fold_equals_grouping_the_whole_set_in_any_order(seed: int) -> None:
    events = variants(200, seed)
    expected = canonical(by_set(events))
    rng = random.Random(seed)
    for _ in range(2):
        shuffled = events + rng.sample(events, 30)  # re-read pages
        rng.shuffle(shuffled)
        assert canonical(fold(shuffled)) == expected
