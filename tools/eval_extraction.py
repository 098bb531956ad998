#!/usr/bin/env python3
"""Score the deal extractor on a gold corpus directory with the corpus's own score.py.

    python tools/eval_extraction.py [CORPUS_DIR ...] [--gold-text] [--out EVENTS.jsonl] [--per-doc]

Default: pages go through the real cleaner (streams.cleaning.clean_page); --gold-text builds the
clean record from the gold main_text instead, to measure extraction alone. Prints the score.py
figures overall and per language, and the precision of confident (>= 0.8) vs other events. Several
directories are scored as one pooled corpus (a change is judged on all withheld sets at once), with each
directory's own figures after the pooled ones.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

from streams import ids
from streams.extraction import extract_events

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
CONFIDENT = 0.8


def load_scorer(corpus: Path):
    """The corpus's score.py, imported from beside the corpus directory (else the shared corpus's)."""
    path = corpus.parent / "score.py"
    if not path.is_file():
        path = DEFAULT_CORPUS.parent / "score.py"
    spec = importlib.util.spec_from_file_location("corpus_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_text_record(doc: dict) -> dict:
    """A clean record built from the gold main_text (headline first), as the cleaner would give it."""
    page = doc["page"]
    text, paragraphs, pos = "", [], 0
    for i, para in enumerate(doc["main_text"]):
        if i:
            text += "\n"
            pos += 1
        paragraphs.append({"start": pos, "end": pos + len(para), "kind": "title" if i == 0 else "paragraph"})
        text += para
        pos += len(para)
    return {
        "schema_version": 1,
        "page_id": ids.page_id(page["url"], page["body"]),
        "url": page["url"],
        "fetched_at": page["fetched_at"],
        "outcome": "article",
        "title": doc["main_text"][0] if doc["main_text"] else None,
        "published": None,
        "language": doc["lang"],
        "text": text,
        "paragraphs": paragraphs,
    }


def clean_record(doc: dict, gold_text: bool) -> dict:
    if not gold_text:
        try:
            from streams.cleaning import clean_page
        except ImportError:
            gold_text = True
        else:
            return clean_page(doc["page"])
    return gold_text_record(doc)


def confidence_precision(scorer, docs: list[dict], events: list[dict]) -> dict:
    """Share of predicted events that pair with a gold event, for confident and other events."""
    by_url: dict[str, list[dict]] = {}
    for ev in events:
        by_url.setdefault(ev["source"]["url"], []).append(ev)
    hits = {True: [0, 0], False: [0, 0]}
    for doc in docs:
        pred = by_url.get(doc["page"]["url"], [])
        paired = {j for _, j in scorer.pair(doc["events"], pred)}
        for j, ev in enumerate(pred):
            bucket = hits[ev["confidence"] >= CONFIDENT]
            bucket[0] += j in paired
            bucket[1] += 1
    return {f"precision_conf_{'ge' if k else 'lt'}_{CONFIDENT}": (round(v[0] / v[1], 4) if v[1] else None, v[1])
            for k, v in hits.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, nargs="*", default=[DEFAULT_CORPUS])
    ap.add_argument("--gold-text", action="store_true", help="build clean records from the gold main_text")
    ap.add_argument("--out", type=Path, help="also write the events as JSONL here")
    ap.add_argument("--per-doc", action="store_true", help="list each page's hits and misses")
    args = ap.parse_args()
    scorer = load_scorer(args.corpus[0])
    docs_by_dir = {corpus: scorer.load_gold(corpus) for corpus in args.corpus}
    docs = [doc for corpus_docs in docs_by_dir.values() for doc in corpus_docs]
    records = [clean_record(doc, args.gold_text) for doc in docs]
    events = [e for record in records for e in extract_events(record)]
    start = time.perf_counter()  # timed on a second pass: patterns are compiled on first use
    for record in records:
        extract_events(record)
    elapsed = time.perf_counter() - start
    if args.out:
        args.out.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events), encoding="utf-8")
    result = scorer.score(docs, events, None)
    if args.per_doc:
        for row in result["per_doc"]:
            print(f"{row['doc_id']:<16} tp={row['tp']} fp={row['fp']} fn={row['fn']}")
    result.pop("per_doc")
    print(json.dumps({"all": result}, ensure_ascii=False))
    subsets = {lang: [d for d in docs if d["lang"] == lang] for lang in sorted({d["lang"] for d in docs})}
    if len(docs_by_dir) > 1:
        subsets.update({str(corpus): corpus_docs for corpus, corpus_docs in docs_by_dir.items()})
    for name, subset in subsets.items():
        urls = {d["page"]["url"] for d in subset}
        res = scorer.score(subset, [e for e in events if e["source"]["url"] in urls], None)
        res.pop("per_doc")
        print(json.dumps({name: res}, ensure_ascii=False))
    print(json.dumps(confidence_precision(scorer, docs, events)))
    print(json.dumps({"extract_ms_per_page": round(1000 * elapsed / max(1, len(docs)), 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
