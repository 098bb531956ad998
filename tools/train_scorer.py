#!/usr/bin/env python3
"""Train the learned scorer of the deal extractor on the open evaluation sets (deterministic).

    python tools/train_scorer.py [EXTRA_SET_DIR ...] [--cv] [--folds N] [--out PATH]

Every page of every set is extracted from its gold text (as the regression tests do) with the candidates the
rules drop (`events.assemble(..., dropped=True)`). Labels: the page's candidate events and gold events are paired
exactly as the corpus's score.py pairs predictions (its `pair`, greedy best first over all candidates at once), so
a candidate is 1 when it pairs with a gold event, i.e. no better candidate took that gold event, and 0 when it
pairs with none; one paired with an optional gold event is left out of training (neither rewarded nor punished).
The model learns from every candidate, also those it may never judge (`scorer.may_overrule`), so training asks
`assemble` for their features too (`every=True`; the extractor's own path computes none for them). Training on the
judged candidates alone scored higher in cross-validation (pooled F1 0.8024 against 0.8007) but broke five
regression floors of the training sets (heldout13, heldout16, heldout17), so it was not kept. Trains on every opened
set (`OPEN_SETS`: dev, stories, heldout-heldout83 but the blind heldout80-81, stories2-8; about 90 sets) in minutes.
The model is 60 gradient-boosted trees of depth 2 on the logistic loss (plain Python) over
`candidate_features.feature_names()`; a candidate is published when its probability is at least 0.5 (with a
logistic regression, an F1-optimal threshold chosen on out-of-fold predictions moved between 0.24 and 0.48 from
fold to fold and scored lower in cross-validation). Always cross-validates over sets (`--folds N`, 10 by default:
every N-th set held out together; `--folds 0` leaves one set out at a time; train on the others, score the held-out
sets with score.py), and writes `decides: true` only when the pooled CV beats the rules:
F1 up and no paired-field accuracy (party set, roles, amount, date, status) down by more than 0.025. It lists
the regression tests' floors the final model, deciding, would break (the tests judge them). `--cv` prints the
per-set table; the pooled figures (in scorer.json too) include P, R and F1 per page language. `--decide yes|no`
overrides the cross-validation's verdict (the file records which decided): the open sets are the ones the rules
were tuned on, so they favour the rules; the blind sets, which only the lead runs, may show otherwise.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

from streams.extraction import EXTRACTOR_NAME, EXTRACTOR_VERSION, scorer
from streams.extraction.candidate_features import feature_names
from streams.extraction.events import assemble
from tools.eval_extraction import CONFIDENT, DEFAULT_CORPUS, confidence_precision, gold_text_record, load_scorer

ROOT = Path(__file__).resolve().parent.parent
# every annotated set whose pages or miss shapes rule writers have seen (eval/README.md): all but the blind sets,
# which stay out so that they keep measuring pages nobody tuned on (heldout80-81, session 19)
LAST_HELDOUT = 111
BLIND_HELDOUT = frozenset({110, 111})
OPEN_SETS = (DEFAULT_CORPUS, DEFAULT_CORPUS.parent / "stories", ROOT / "eval" / "heldout",
             *(ROOT / "eval" / f"heldout{n}" for n in range(2, LAST_HELDOUT + 1) if n not in BLIND_HELDOUT),
             *(ROOT / "eval" / f"stories{n}" for n in range(2, 9)))
TREES = 60  # boosting rounds
DEPTH = 2  # splits from root to leaf: a tree weighs pairs of features (a rule's flag given the headline, ...)
RATE = 0.1  # shrinkage of each tree's leaves
MIN_LEAF = 5  # candidates a leaf holds at least
L2 = 1.0  # ridge penalty on leaf values
QUANTILES = (0.2, 0.4, 0.6, 0.8)  # cuts tried on a feature with many values
# paired-field accuracies (score.py) the model must not lower by more than FIELD_SLACK, pooled over the CV sets: a
# one-party event the model keeps pairs with a two-party gold event, so the exact party set may fall a little
FIELDS = ("parties_exact", "role_accuracy", "amount_accuracy", "date_accuracy", "status_accuracy")
FIELD_SLACK = 0.025
THRESHOLD = 0.5  # publish a candidate when it is more likely a gold event than not


@dataclass
class Page:
    doc: dict
    records: list[dict]
    features: list[dict[str, float]]
    labels: list[int | None]  # None: paired with an optional gold event


@dataclass
class Set:
    name: str
    docs: list[dict]
    pages: list[Page]


def load_set(path: Path, score) -> Set:
    """The candidates of every page of a set, with features and labels."""
    docs = score.load_gold(path)
    pages = []
    for doc in docs:
        rows = assemble(gold_text_record(doc), EXTRACTOR_NAME, EXTRACTOR_VERSION, dropped=True, every=True)
        records = [r for r, _ in rows]
        paired = {j: i for i, j in score.pair(doc["events"], records)}
        labels = [None if j in paired and doc["events"][paired[j]].get("optional") else int(j in paired)
                  for j in range(len(records))]
        pages.append(Page(doc, records, [f for _, f in rows], labels))
    return Set(path.name, docs, pages)


def _rows(sets: list[Set]) -> tuple[list[dict[str, float]], list[int]]:
    xs, ys = [], []
    for s in sets:
        for p in s.pages:
            for f, y in zip(p.features, p.labels, strict=True):
                if y is not None:
                    xs.append(f)
                    ys.append(y)
    return xs, ys


def _cuts(xs: list[dict[str, float]], name: str) -> list[float]:
    """The cuts tried on a feature: between each pair of its values, or at quantiles when it has many."""
    values = sorted({x.get(name, 0.0) for x in xs})
    if len(values) <= len(QUANTILES) + 2:
        return [(a + b) / 2 for a, b in zip(values, values[1:], strict=False)]
    return sorted({values[int(len(values) * q)] for q in QUANTILES})


def _binned(xs: list[dict[str, float]], cuts: list[tuple[str, list[float]]]) -> list[list[int]]:
    """Per feature, each candidate's bin: how many of the feature's cuts lie at or below its value, so a candidate
    goes left at cut k (value below it) exactly when its bin is at most k."""
    return [[bisect.bisect_right(points, x.get(name, 0.0)) for x in xs] for name, points in cuts]


def _tree(bins: list[list[int]], g: list[float], h: list[float], rows: list[int],
          cuts: list[tuple[str, list[float]]], depth: int) -> scorer.Tree:
    """One regression tree on the gradients of the logistic loss (Newton leaves, best gain split first). Each
    feature's cuts are weighed in one pass over the rows, summing gradients per bin."""
    grad, hess = sum(g[i] for i in rows), sum(h[i] for i in rows)
    value = round(-grad / (hess + L2), 6)
    if depth == 0 or len(rows) < 2 * MIN_LEAF:
        return value
    parent, best = grad * grad / (hess + L2), None
    for f, (name, points) in enumerate(cuts):
        column, width = bins[f], len(points) + 1
        gs, hs, ns = [0.0] * width, [0.0] * width, [0] * width
        for i in rows:
            b = column[i]
            gs[b] += g[i]
            hs[b] += h[i]
            ns[b] += 1
        gy = hy = 0.0
        ny = 0
        for k, cut in enumerate(points):
            gy, hy, ny = gy + gs[k], hy + hs[k], ny + ns[k]
            if ny < MIN_LEAF or len(rows) - ny < MIN_LEAF:
                continue
            gain = gy * gy / (hy + L2) + (grad - gy) ** 2 / (hess - hy + L2) - parent
            if best is None or gain > best[0]:
                best = (gain, f, name, cut, k)
    if best is None or best[0] <= 1e-9:
        return value
    _, f, name, cut, k = best
    yes = [i for i in rows if bins[f][i] <= k]
    no = [i for i in rows if bins[f][i] > k]
    return {"feature": name, "below": cut, "yes": _tree(bins, g, h, yes, cuts, depth - 1),
            "no": _tree(bins, g, h, no, cuts, depth - 1)}


def fit(sets: list[Set]) -> scorer.Model:
    """Gradient-boosted shallow trees on the logistic loss over the candidates of these sets."""
    xs, ys = _rows(sets)
    positive = min(max(sum(ys) / len(ys), 1e-3), 1 - 1e-3)
    base = round(math.log(positive / (1 - positive)), 6)
    cuts = [(name, c) for name in feature_names() if (c := _cuts(xs, name))]
    bins = _binned(xs, cuts)
    model = scorer.Model(feature_names(), (), base, RATE, THRESHOLD, False)
    margins = [base] * len(xs)
    for _ in range(TREES):
        probs = [scorer.sigmoid(m) for m in margins]
        g = [p - y for p, y in zip(probs, ys, strict=True)]
        h = [p * (1 - p) for p in probs]
        tree = _tree(bins, g, h, list(range(len(xs))), cuts, DEPTH)
        model = scorer.Model(model.features, (*model.trees, tree), base, RATE, THRESHOLD, False)
        margins = [m + RATE * scorer.leaf(tree, x) for m, x in zip(margins, xs, strict=True)]
    return model


def published(model: scorer.Model, s: Set) -> list[dict]:
    """The events the extractor publishes on a set with this model (as events.build does)."""
    return [e for p in s.pages for e in scorer.publish(model, list(zip(p.records, p.features, strict=True)))]


def rules(s: Set) -> list[dict]:
    """The events the rules publish on a set."""
    return [r for p in s.pages for r, f in zip(p.records, p.features, strict=True) if f.get("rules")]


def _figures(score, docs: list[dict], events: list[dict]) -> dict:
    res = score.score(docs, events, None)
    tp, fp, fn = (sum(r[k] for r in res["per_doc"]) for k in ("tp", "fp", "fn"))
    conf = confidence_precision(score, docs, events)
    lang = {d["doc_id"]: d.get("lang", "") for d in docs}
    by_lang: dict[str, list[int]] = {}
    for r in res["per_doc"]:
        counts = by_lang.setdefault(lang[r["doc_id"]], [0, 0, 0])
        for k, key in enumerate(("tp", "fp", "fn")):
            counts[k] += r[key]
    return {"tp": tp, "fp": fp, "fn": fn, "f1": res["event_f1"], "p": res["event_precision"],
            "r": res["event_recall"], "conf": conf, "paired": res["paired"], "by_lang": by_lang,
            **{f: res[f] for f in FIELDS}}


def _per_language(rows: list[dict]) -> dict[str, dict[str, float]]:
    """Pooled precision, recall and F1 per page language."""
    out = {}
    for lang in sorted({k for r in rows for k in r["by_lang"]}):
        tp, fp, fn = (sum(r["by_lang"].get(lang, [0, 0, 0])[k] for r in rows) for k in range(3))
        p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
        out[lang] = {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    return out


def _pooled(rows: list[dict]) -> dict:
    tp, fp, fn = (sum(r[k] for r in rows) for k in ("tp", "fp", "fn"))
    p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
    out = {"tp": tp, "fp": fp, "fn": fn, "p": round(p, 4), "r": round(r, 4),
           "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    for side in ("ge", "lt"):
        key = f"precision_conf_{side}_{CONFIDENT}"
        hits = sum((r["conf"][key][0] or 0) * r["conf"][key][1] for r in rows)
        n = sum(r["conf"][key][1] for r in rows)
        out[key] = [round(hits / n, 4) if n else None, n]
    paired = sum(r["paired"] for r in rows) or 1
    out.update({f: round(sum(r[f] * r["paired"] for r in rows) / paired, 4) for f in FIELDS})
    out["by_language"] = _per_language(rows)
    return out


def cross_validate(sets: list[Set], score, verbose: bool, folds: int = 0) -> dict:
    """Leave one set out (or, with `folds`, every folds-th set out together): train on the others, score the
    left-out sets; per set and pooled, rules vs model."""
    per_rules, per_model = [], []
    groups = [sets[k::folds] for k in range(folds)] if folds else [[s] for s in sets]
    for held_out in groups:
        model = fit([s for s in sets if all(s is not h for h in held_out)])
        for held in held_out:
            a, b = _figures(score, held.docs, rules(held)), _figures(score, held.docs, published(model, held))
            per_rules.append(a)
            per_model.append(b)
            if verbose:
                print(f"{held.name:<12} rules F1 {a['f1']:.3f} P {a['p']:.3f} R {a['r']:.3f} | model F1 "
                      f"{b['f1']:.3f} P {b['p']:.3f} R {b['r']:.3f} (threshold {model.threshold})", flush=True)
    pooled = {"rules": _pooled(per_rules), "model": _pooled(per_model)}
    if verbose:
        for name, row in pooled.items():
            print(f"pooled {name}: " + json.dumps(row))
    return pooled


def beats(pooled: dict) -> bool:
    """The model decides only when its pooled CV F1 is higher and no paired-field accuracy falls by more than
    FIELD_SLACK. Recall need not rise: on sets nobody tuned on the rules' trouble was as much their false events
    (precision 0.61-0.74 on heldout12-15 before they were opened)."""
    a, b = pooled["rules"], pooled["model"]
    return b["f1"] > a["f1"] and all(b[f] >= a[f] - FIELD_SLACK for f in FIELDS)


def floors_broken(model: scorer.Model, sets: list[Set], score) -> list[str]:
    """The regression tests' floors (tests/test_*_regression.py) the model, deciding, would break on these sets."""
    from tests.test_dev_corpus_regression import EVENT_F1_FLOOR, FIELD_FLOOR
    from tests.test_heldout_regression import FLOORS

    floors = {**FLOORS, DEFAULT_CORPUS.name: (EVENT_F1_FLOOR, dict.fromkeys(FIELDS, FIELD_FLOOR))}
    broken = []
    for s in sets:
        if s.name not in floors:
            continue
        figures, (f1_floor, field_floors) = score.score(s.docs, published(model, s), None), floors[s.name]
        broken += [f"{s.name} event_f1 {figures['event_f1']} < {f1_floor}"] if figures["event_f1"] < f1_floor else []
        broken += [f"{s.name} {f} {figures[f]} < {v}" for f, v in field_floors.items() if figures[f] < v]
    return broken


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", type=Path, nargs="*", help="further set directories to train on")
    ap.add_argument("--cv", action="store_true", help="print the per-set cross-validation table")
    ap.add_argument("--out", type=Path, default=scorer.MODEL_PATH)
    ap.add_argument("--folds", type=int, default=10,
                    help="cross-validate over this many folds of sets (every n-th set); 0 leaves one set out at a time")
    ap.add_argument("--decide", choices=("cv", "yes", "no"), default="cv",
                    help="whether the model decides: by the cross-validation (default), or as the lead decided from "
                         "the blind sets (README, 'Learned scorer')")
    args = ap.parse_args()
    score = load_scorer(DEFAULT_CORPUS)
    paths = [p for p in (*OPEN_SETS, *args.sets) if any(p.glob("*.json"))]
    sets = [load_set(p, score) for p in paths]
    pooled = cross_validate(sets, score, args.cv, args.folds)
    model = fit(sets)
    for line in floors_broken(model, sets, score):  # printed, not stored: the floors move, the tests judge them
        print(f"floor broken with the model deciding: {line}")
    data = {
        "features": list(model.features),
        "base": model.base,
        "rate": model.rate,
        "trees": list(model.trees),
        "threshold": model.threshold,
        "decides": beats(pooled) if args.decide == "cv" else args.decide == "yes",
        "decided_by": args.decide,
        "training": {"trees": TREES, "depth": DEPTH, "min_leaf": MIN_LEAF, "l2": L2, "folds": args.folds},
        "training_sets": {s.name: {"pages": len(s.pages),
                                   "gold_events": sum(1 for d in s.docs for g in d["events"] if not g.get("optional")),
                                   "candidates": sum(len(p.records) for p in s.pages),
                                   "positives": sum(y == 1 for p in s.pages for y in p.labels)} for s in sets},
        "cross_validation": pooled,
    }
    args.out.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (decides: {data['decides']}, threshold {model.threshold})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
