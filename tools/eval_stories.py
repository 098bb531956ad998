#!/usr/bin/env python3
"""Measure story merging on the gold corpus's stories set (score_stories.py's pairwise P/R).

    python tools/eval_stories.py [--gold-events] [--corpus DIR] [--out DIR] [--shuffle SEED] [--errors]

--gold-events builds page events from the gold annotations (what a perfect extractor would
publish), so that merging is measured alone; without it the pages go through the real pipeline
(streams.pipeline.clean, then streams.pipeline.extract). --errors lists every wrong merge and split
and every gold story member no event pairs with (it prints the set's events: not for a blind set).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import orjson

from streams import ids
from streams.config import PROJECT_ROOT
from streams.stories.fold import fold
from streams.stories.names import normalise

SCORERS = PROJECT_ROOT.parent / "shared" / "corpus"  # score.py and score_stories.py, for any corpus
DEFAULT_CORPUS = SCORERS / "stories"


def gold_events(doc: dict) -> list[dict]:
    """The gold events of one document as deal events (placeholders where gold says nothing)."""
    page = doc["page"]
    pid = ids.page_id(page["url"], page["body"])
    out = []
    for n, ev in enumerate(doc["events"]):
        parties = [{"name": p["name"], "role": p["role"]} for p in ev["parties"]]
        amount = ev.get("amount")
        out.append({
            "schema_version": 1,
            "event_id": ids.event_id(pid, ev["type"], [normalise(p["name"]) for p in parties], str(n)),
            "type": ev["type"],
            "status": ev["status"],
            "parties": parties,
            "amount": None if amount is None else {**amount, "text": ""},
            "date": ev.get("date"),
            "language": doc["lang"],
            "evidence": {"text": "", "start": 0, "end": 0},
            "confidence": 1.0,
            "source": {"url": page["url"], "title": None, "published": page["fetched_at"],
                       "page_id": pid, "fetched_at": page["fetched_at"]},
            "extractor": {"name": "gold", "version": "0"},
            "processed_at": page["fetched_at"],
        })
    return out


def pipeline_events(doc: dict) -> list[dict]:
    """The events the service itself extracts from the document's raw page (the worker's path)."""
    from streams.pipeline import clean, extract

    return extract(clean(doc["page"]))


def paired_events(docs: list[dict], events: list[dict]) -> dict[tuple[str, int], dict]:
    """The predicted event paired with each gold event (doc id, index), by the corpus's own pairing."""
    sys.path.insert(0, str(SCORERS))
    from score import pair

    by_url: dict[str, list[dict]] = {}
    for ev in events:
        by_url.setdefault(ev["source"]["url"], []).append(ev)
    found = {}
    for doc in docs:
        pred = by_url.get(doc["page"]["url"], [])
        for i, j in pair(doc["events"], pred):
            found[(doc["doc_id"], i)] = pred[j]
    return found


def final_status_agreement(corpus: Path, docs: list[dict], events: list[dict], stories: list[dict]) -> str:
    """How many gold stories end in their gold final status (the story of their first paired member)."""
    story_of = {src["event_id"]: story for story in stories for src in story["sources"]}
    predicted = {k: story_of.get(ev["event_id"]) for k, ev in paired_events(docs, events).items()}
    gold = orjson.loads((corpus / "stories.json").read_bytes())["stories"]
    found = ok = 0
    for story in gold:
        ours = next((predicted[k] for m in story["members"] if (k := (m["doc_id"], m["event_index"])) in predicted
                     and predicted[k]), None)
        found += ours is not None
        ok += ours is not None and ours["status"] == story["final_status"]
    return f"final_status_agreement: {ok}/{found} stories found ({len(gold)} in gold)"


def merge_errors(corpus: Path, docs: list[dict], events: list[dict], stories: list[dict]) -> list[str]:
    """Every pair of paired gold events split apart or merged wrongly, and every gold member unpaired
    (as score_stories.py counts them)."""
    story_of = {src["event_id"]: story["deal_id"] for story in stories for src in story["sources"]}
    paired = paired_events(docs, events)
    gold_of = {(m["doc_id"], m["event_index"]): story["story_id"]
               for story in orjson.loads((corpus / "stories.json").read_bytes())["stories"] for m in story["members"]}

    def show(member: tuple[str, int]) -> str:
        ev = paired[member]
        parties = ", ".join(f"{p['name']}/{p['role']}" for p in ev["parties"])
        return (f"{member[0]}#{member[1]} ({gold_of[member]}) {ev['type']} {ev['status']} {ev.get('date')} "
                f"[{parties}] -> {story_of.get(ev['event_id'], '-')[:8]}")

    members = sorted(k for k in gold_of if k in paired)
    lines = []
    for n, a in enumerate(members):
        for b in members[n + 1:]:
            same_gold = gold_of[a] == gold_of[b]
            ours = story_of.get(paired[a]["event_id"])
            same_pred = ours is not None and ours == story_of.get(paired[b]["event_id"])
            if same_gold != same_pred:
                lines.append(f"{'split' if same_gold else 'wrong merge'}: {show(a)}  |  {show(b)}")
    missed = sorted(k for k in gold_of if k not in paired)
    lines += [f"no extracted event of its type and parties: {d}#{i} ({gold_of[(d, i)]})" for d, i in missed]
    return lines


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold-events", action="store_true", help="events from the gold annotations")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, help="keep EVENTS.jsonl and STORIES.jsonl here")
    ap.add_argument("--shuffle", type=int, metavar="SEED", help="fold the events in a shuffled order")
    ap.add_argument("--errors", action="store_true", help="list wrong merges, splits and missed gold members")
    a = ap.parse_args()

    docs = [orjson.loads(p.read_bytes()) for p in sorted(a.corpus.glob("*.json"))]
    make = gold_events if a.gold_events else pipeline_events
    events = [ev for doc in docs if "page" in doc for ev in make(doc)]
    if a.shuffle is not None:
        random.Random(a.shuffle).shuffle(events)
    stories = fold(events)

    out = a.out or Path(tempfile.mkdtemp(prefix="eval-stories-"))
    out.mkdir(parents=True, exist_ok=True)
    write_jsonl(out / "EVENTS.jsonl", events)
    write_jsonl(out / "STORIES.jsonl", stories)
    print(f"events: {len(events)}  stories: {len(stories)}  output: {out}")
    if not (a.corpus / "stories.json").exists():
        return 0  # a corpus without gold stories: the output is for reading
    scorer = SCORERS / "score_stories.py"
    cmd = [sys.executable, str(scorer), str(a.corpus), str(out / "EVENTS.jsonl"), str(out / "STORIES.jsonl")]
    code = subprocess.run(cmd, check=False).returncode
    pages = [d for d in docs if "page" in d]
    print(final_status_agreement(a.corpus, pages, events, stories))
    if a.errors:
        print("\n".join(merge_errors(a.corpus, pages, events, stories)))
    return code


if __name__ == "__main__":
    sys.exit(main())
