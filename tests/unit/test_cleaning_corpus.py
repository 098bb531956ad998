"""The cleaner against the gold corpus (read from ../shared/corpus): the issue's goal on dev is a mean
bag-of-words F1 >= 0.95 with no page where a gold boilerplate string survives."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from streams.cleaning import clean_page

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def _bow_f1(pred: str, gold: str) -> float:
    p, g = Counter(re.findall(r"\w+", pred.casefold())), Counter(re.findall(r"\w+", gold.casefold()))
    hit = sum((p & g).values())
    return 0.0 if not hit else 2 * hit / (sum(p.values()) + sum(g.values()))


@pytest.mark.skipif(not CORPUS.exists(), reason="gold corpus not present")
@pytest.mark.parametrize("part", ["dev", "stories"])
def test_corpus_cleaning_goal(part: str) -> None:
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((CORPUS / part).glob("*.json"))]
    docs = [d for d in docs if "page" in d]
    scores, leaks = [], []
    for doc in docs:
        text = clean_page(doc["page"])["text"]
        scores.append(_bow_f1(text, "\n".join(doc["main_text"])))
        leaks += [(doc["doc_id"], b) for b in doc["boilerplate"] if b in text]
    assert sum(scores) / len(scores) >= 0.95
    assert leaks == []
