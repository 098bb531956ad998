"""The learned scorer: a logistic regression over candidate features (candidate_features.py) that decides which
candidate events to publish and how confident to be. Trained by `python tools/train_scorer.py`, which writes
`scorer.json` beside this module; inference is a dot product in plain Python."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("scorer.json")


@dataclass(frozen=True)
class Model:
    """Weights by feature name (interactions named "a*b"), bias, and the probability an event must reach."""

    features: tuple[str, ...]
    interactions: tuple[tuple[str, str], ...]
    weights: dict[str, float]
    bias: float
    threshold: float
    decides: bool  # the cross-validation beat the rules, so the model, not the rules, chooses the events


def from_dict(data: dict) -> Model:
    return Model(tuple(data["features"]), tuple(tuple(p) for p in data["interactions"]), dict(data["weights"]),
                 float(data["bias"]), float(data["threshold"]), bool(data.get("decides", False)))


@cache
def load(path: Path = MODEL_PATH) -> Model | None:
    """The trained model, None when no model file is present."""
    if not path.is_file():
        return None
    return from_dict(json.loads(path.read_text(encoding="utf-8")))


def expand(model: Model, features: dict[str, float]) -> dict[str, float]:
    """The features with the model's interactions (products of two features) added."""
    out = dict(features)
    for a, b in model.interactions:
        if a in features and b in features:
            out[f"{a}*{b}"] = features[a] * features[b]
    return out


def probability(model: Model, features: dict[str, float]) -> float:
    """The probability that a candidate with these features is a gold event of its page."""
    weights = model.weights
    z = model.bias + sum(weights.get(k, 0.0) * v for k, v in expand(model, features).items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
