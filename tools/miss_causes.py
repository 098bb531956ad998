#!/usr/bin/env python3
"""Why the extractor misses gold events on a corpus: counts by component, never by sentence.

    python tools/miss_causes.py CORPUS_DIR [--each] [--candidates]

For every gold event no predicted event pairs with (score.py's pairing), the first component that
failed: the parties never share a sentence (the counterparty lies in another sentence or hides behind
a description or pronoun), no deal cue in the sentences naming them, only cues of other deal types,
or cue and names found but roles or filters dropped the event. Also missed/total by (type, status),
the false events by (type, status), and the kinds of wrong date, status and amount among paired
events (e.g. "publication date taken, gold has another day", "announced -> completed"). Safe on a
blind set: it prints counts, not text (`--each` prints one line a miss, `--false` one line a false
event with its evidence, `--fields` one line a wrong field of a paired event: tuning sets only). `--candidates`
also counts where the missed events lie among the candidates the learned scorer sees (`candidate_kind`).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from streams.config import PROJECT_ROOT
from streams.extraction.page import read_page
from streams.pipeline import clean, extract

SCORER_DIR = PROJECT_ROOT.parent / "shared" / "corpus"


def cause(page, gold: dict) -> str:
    """The first component that failed for one missed gold event."""
    heads = [p["name"].split()[0].lower() for p in gold["parties"]]
    together = [i for i in range(len(page.sentences))
                if sum(h in page.sentence_text(i).lower() for h in heads) >= min(2, len(heads))]
    if not together:
        return "parties never share a sentence"
    cued = [i for i in together if page.triggers(i)]
    if not cued:
        return "no deal cue where the parties are named"
    if not any(t.trigger.type == gold["type"] for i in cued for t in page.triggers(i)):
        return "only cues of other deal types"
    return "cue and names found, event dropped (roles, filters)"


def candidate_kind(score, record: dict, gold: dict) -> str:
    """Where a missed gold event lies among the page's candidate events (`events.assemble(..., dropped=True)`): one
    the model judged and kept too low, one it may not judge (with the flags that drop it), one that shares only a
    party with it (the other party wrong or missing), or none."""
    from streams.extraction import EXTRACTOR_NAME, EXTRACTOR_VERSION, scorer
    from streams.extraction.events import assemble

    types = {gold["type"], *gold.get("alt_types", [])}
    rows = [(r, f) for r, f in assemble(record, EXTRACTOR_NAME, EXTRACTOR_VERSION, dropped=True) if r["type"] in types]
    paired = [(r, f) for r, f in rows if score.party_f1(gold, r) > 0.5]
    if any(scorer.may_overrule(f, len(r["parties"])) for r, f in paired):
        return "candidate judged, probability too low"
    if paired:
        flags = sorted({k[5:] for _, f in paired for k in f if k.startswith("flag=")})
        return f"candidate the model may not judge ({', '.join(flags)})"
    if any(score.name_matches(score.party_keys(gold), score.party_keys(r)) for r, _ in rows):
        return "candidate shares a party only"
    return "no candidate"


def date_error(gold: str | None, predicted: str | None, published: str | None) -> str | None:
    """The kind of a wrong date of a paired event, None when it is right."""
    if gold == predicted:
        return None
    if gold is None or predicted is None:
        return f"gold {'none' if gold is None else 'dated'}, predicted {'none' if predicted is None else 'dated'}"
    if gold.startswith(predicted) or predicted.startswith(gold):
        return "same date, " + ("less" if len(predicted) < len(gold) else "more") + " precise than gold"
    if published and predicted == published[: len(predicted)]:
        return "publication date taken, gold has another"
    if gold[:4] != predicted[:4]:
        return "another year"
    return "another day or month of the same year"


def amount_error(gold: dict | None, predicted: dict | None, ok: bool) -> str | None:
    """The kind of a wrong amount of a paired event, None when it is right."""
    if ok:
        return None
    if gold is None or predicted is None:
        return f"gold {'none' if gold is None else 'set'}, predicted {'none' if predicted is None else 'set'}"
    if gold.get("currency") != predicted.get("currency"):
        return "another currency"
    return "another value"


def _gist(event: dict) -> str:
    """type/status, parties with roles, amount and date of an event, on one line."""
    parties = ", ".join(f"{p['name']}:{p['role']}" for p in event.get("parties") or [])
    amount = event.get("amount")
    money = f"{amount['value']:g} {amount['currency']}" if amount else "-"
    return f"{event['type']}/{event['status']} [{parties}] {money} {event.get('date')}"


def _print_fields(doc_id: str, gold: dict, guess: dict, amount_right: bool, parties_right: bool) -> None:
    """One line for a paired event with a wrong status, date, amount or party set: gold, then prediction."""
    if (gold["status"] != guess["status"] or gold.get("date") != guess.get("date") or not amount_right
            or not parties_right):
        print(f"FIELD {doc_id}:\n  gold {_gist(gold)}\n  pred {_gist(guess)} | {guess['evidence']['text'][:200]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--each", action="store_true", help="one line a miss (tuning sets only)")
    ap.add_argument("--false", action="store_true", help="one line a false event (tuning sets only)")
    ap.add_argument("--fields", action="store_true", help="one line a wrong field of a paired event (tuning sets only)")
    ap.add_argument("--candidates", action="store_true", help="count missed events by their place among candidates")
    a = ap.parse_args()
    sys.path.insert(0, str(SCORER_DIR))
    import score
    from score import amount_ok, load_gold, pair, parties_exact  # the corpus's own loading, pairing and checks

    causes: Counter[str] = Counter()
    places: Counter[str] = Counter()
    missed: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    false: Counter[tuple[str, str]] = Counter()
    wrong: dict[str, Counter[str]] = {"date": Counter(), "status": Counter(), "amount": Counter()}
    n_paired = 0
    for doc in load_gold(a.corpus):
        record = clean(doc["page"])
        predicted = extract(record)
        paired = dict(pair(doc["events"], predicted))
        page = read_page(record)
        for i, gold in enumerate(doc["events"]):
            kind = (gold["type"], gold["status"])
            total[kind] += 1
            if i in paired or gold.get("optional"):
                continue
            missed[kind] += 1
            why = cause(page, gold)
            causes[why] += 1
            if a.candidates:
                places[candidate_kind(score, record, gold)] += 1
            if a.each:
                print(f"{doc['doc_id']}: {gold['type']}/{gold['status']}: {why}")
        published = record.get("published")
        n_paired += len(paired)
        for i, j in paired.items():
            gold, guess = doc["events"][i], predicted[j]
            if gold["status"] != guess["status"]:
                wrong["status"][f"{gold['status']} -> {guess['status']}"] += 1
            for field, kind in (("date", date_error(gold.get("date"), guess.get("date"), published)),
                                ("amount", amount_error(gold.get("amount"), guess.get("amount"),
                                                        amount_ok(gold.get("amount"), guess.get("amount"))))):
                if kind:
                    wrong[field][kind] += 1
            if a.fields:
                _print_fields(doc["doc_id"], gold, guess, amount_ok(gold.get("amount"), guess.get("amount")),
                              parties_exact(gold, guess))
        matched = set(paired.values())
        false.update((e["type"], e["status"]) for j, e in enumerate(predicted) if j not in matched)
        if a.false:
            for j, e in enumerate(predicted):
                if j not in matched:
                    print(f"FALSE {doc['doc_id']}: {_gist(e)} conf={e['confidence']} | {e['evidence']['text'][:300]}")
    print("missed events by cause:")
    for why, n in causes.most_common():
        print(f"  {n:3d}  {why}")
    if a.candidates:
        print("missed events among the candidates:")
        for where, n in places.most_common():
            print(f"  {n:3d}  {where}")
    print("missed / gold by (type, status):")
    for kind, n in sorted(total.items(), key=lambda item: (-missed[item[0]], item[0])):
        print(f"  {missed[kind]:3d} / {n:<3d} {kind[0]}/{kind[1]}")
    print("false events by (type, status): " + ", ".join(f"{t}/{s} {n}" for (t, s), n in false.most_common()))
    for field, kinds in wrong.items():
        print(f"wrong {field} among {n_paired} paired: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
