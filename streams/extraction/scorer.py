"""The learned scorer: a few shallow boosted trees over candidate features (candidate_features.py) that decide
which candidate events to publish and how confident to be. Trained by `python tools/train_scorer.py`, which
writes `scorer.json` beside this module; inference walks the trees in plain Python."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("scorer.json")

# a tree is a leaf value, or {"feature": name, "below": cut, "yes": tree, "no": tree}: "yes" when the feature
# (0 when absent) is below the cut
Tree = float | dict


@dataclass(frozen=True)
class Model:
    """Trees over named features, their base score and learning rate, and the probability an event must reach."""

    features: tuple[str, ...]
    trees: tuple[Tree, ...]
    base: float
    rate: float
    threshold: float
    decides: bool  # the model, not the rules, chooses the events (scorer.json's decided_by says who decided)


def from_dict(data: dict) -> Model:
    return Model(tuple(data["features"]), tuple(data["trees"]), float(data["base"]), float(data["rate"]),
                 float(data["threshold"]), bool(data.get("decides", False)))


@cache
def load(path: Path = MODEL_PATH) -> Model | None:
    """The trained model, None when no model file is present."""
    if not path.is_file():
        return None
    return from_dict(json.loads(path.read_text(encoding="utf-8")))


def leaf(tree: Tree, features: dict[str, float]) -> float:
    """The value of the leaf a candidate reaches in one tree."""
    while isinstance(tree, dict):
        tree = tree["yes"] if features.get(tree["feature"], 0.0) < tree["below"] else tree["no"]
    return tree


def split_features(tree: Tree) -> set[str]:
    """The features a tree's splits read."""
    if not isinstance(tree, dict):
        return set()
    return {tree["feature"]} | split_features(tree["yes"]) | split_features(tree["no"])


# The rules' drops the model may overrule: roles the sentence's structure left unfilled, when the candidate still
# names two firms. The other flags state facts about the statement (denied, quoted, hypothetical, already told,
# goods sold, a total over rounds...) that a score over structural features must not overrule; and a deal of two
# parties published with one (measured: +0.01-0.03 event F1 on the blind sets, as score.py pairs it, but -0.03-0.05
# exact party sets, often the wrong role, and such events cannot join their deal's story) misleads more than it
# tells.
OVERRULED = frozenset({"incomplete", "unassigned"})


def admits(flags: set[str], parties: int) -> bool:
    """Whether the model may judge a candidate the rules drop for these flags (none: one of the rules' events): one
    naming two firms or more that the rules dropped only for unfilled roles. The extractor computes features only
    for these (`events.assemble`)."""
    return not flags or (parties >= 2 and flags <= OVERRULED)


def may_overrule(features: dict[str, float], parties: int) -> bool:
    """Whether the model may judge this candidate, by the flags its features carry (`admits`)."""
    return admits({k[5:] for k, v in features.items() if v and k.startswith("flag=")}, parties)


def sigmoid(z: float) -> float:
    """The logistic function, its argument clamped so that exp never overflows."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def probability(model: Model, features: dict[str, float]) -> float:
    """The probability that a candidate with these features is a gold event of its page."""
    return sigmoid(model.base + model.rate * sum(leaf(t, features) for t in model.trees))


def publish(model: Model, candidates: list[tuple[dict, dict[str, float]]]) -> list[dict]:
    """The candidates (event, features) of a page the model may judge and keeps, each with its probability as its
    confidence."""
    out = []
    for record, features in candidates:
        if may_overrule(features, len(record["parties"])):
            p = probability(model, features)
            if p >= model.threshold:
                out.append({**record, "confidence": round(p, 2)})
    return out
