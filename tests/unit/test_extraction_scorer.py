"""The learned scorer: candidate features from sentences written for these tests, inference, the model file,
and deterministic training on a tiny corpus of our own."""

import json
import math

import pytest

from streams.extraction import EXTRACTOR_NAME, EXTRACTOR_VERSION, scorer
from streams.extraction.candidate_features import feature_names
from streams.extraction.events import assemble, build
from tests.unit.test_extraction_roles import page

STATED = page("en", "Acme to buy Bolt", "Acme Corp. said on Tuesday it had agreed to buy Bolt Inc. for $4.2bn in cash. "
              "Acme shares rose.")
BUYER_ONLY = page("en", "Harrow Labs expands", "Harrow Labs said on Monday it had completed an acquisition. The "
                  "company makes pumps in Leeds.")
TARGET_ONLY = page("fr", "Verrerie Dumas", "Verrerie Dumas a été rachetée en mai. Le groupe fabrique des flacons à "
                   "Reims.")


def _candidates(clean: dict) -> list[tuple[dict, dict[str, float]]]:
    return assemble(clean, EXTRACTOR_NAME, EXTRACTOR_VERSION, dropped=True)


def test_a_stated_deal_is_a_rules_event_with_its_structure():
    ((record, features),) = _candidates(STATED)
    assert record["type"] == "acquisition" and features["rules"] == 1.0 and features["complete"] == 1.0
    assert {"frame=buy", "type=acquisition", "role=acquirer", "role=target", "parties=2", "lang=en", "amount",
            "headline", "party_before", "party_after", "status=announced"} <= set(features)
    assert not any(name.startswith("flag=") for name in features)


def test_a_statement_the_rules_drop_is_a_candidate_with_the_rule_that_drops_it():
    ((record, features),) = _candidates(BUYER_ONLY)
    assert record["parties"] == [{"name": "Harrow Labs", "role": "acquirer"}]
    assert features == {"flag=incomplete": 1.0}  # one firm of two: the model never judges it, no features computed
    ((record, features),) = _candidates(TARGET_ONLY)
    assert record["parties"] == [{"name": "Verrerie Dumas", "role": "target"}]
    assert features == {"flag=incomplete": 1.0}
    assert assemble(BUYER_ONLY, EXTRACTOR_NAME, EXTRACTOR_VERSION) == []  # the rules publish nothing
    ((_, features),) = assemble(TARGET_ONLY, EXTRACTOR_NAME, EXTRACTOR_VERSION, dropped=True, every=True)
    assert features["flag=incomplete"] == 1.0 and features["suffered"] == 1.0 and features["lang=fr"] == 1.0


def test_a_statement_of_two_firms_dropped_for_unfilled_roles_gets_its_structure():
    ((record, features),) = _candidates(page("en", "Pellow Pumps", "Pellow Pumps and Harrow Labs said on Monday "
                                              "the acquisition was completed."))
    assert len(record["parties"]) == 2 and scorer.may_overrule(features, 2)
    assert {"flag=incomplete", "frame=buy", "lang=en", "parties=2", "status=completed"} <= set(features)


def test_features_are_named_structure_never_words_of_the_page():
    known = set(feature_names())
    for clean in (STATED, BUYER_ONLY, TARGET_ONLY):
        for _, features in _candidates(clean):
            assert set(features) <= known
            assert all(0.0 <= v <= 1.0 for v in features.values())
    firms = {w.lower() for clean in (STATED, BUYER_ONLY, TARGET_ONLY) for record, _ in _candidates(clean)
             for p in record["parties"] for w in p["name"].split()}
    assert not any(firm in name.lower() for name in known for firm in firms)


def test_the_rules_events_are_the_same_with_or_without_the_dropped_candidates():
    for clean in (STATED, BUYER_ONLY, TARGET_ONLY):
        kept = [r for r, _ in assemble(clean, EXTRACTOR_NAME, EXTRACTOR_VERSION)]
        assert kept == [r for r, f in _candidates(clean) if f.get("rules")]


def test_the_model_judges_the_rules_events_and_drops_of_two_firms_for_unfilled_roles_only():
    assert scorer.may_overrule({"rules": 1.0}, 1)
    assert scorer.may_overrule({"flag=incomplete": 1.0, "flag=unassigned": 1.0}, 2)
    assert not scorer.may_overrule({"flag=incomplete": 1.0}, 1)
    assert not scorer.may_overrule({"flag=incomplete": 1.0, "flag=denied": 1.0}, 2)
    assert not scorer.may_overrule({"flag=goods": 1.0}, 2)


def test_inference_walks_the_trees_and_sums_their_leaves():
    tree = {"feature": "flag=incomplete", "below": 0.5, "yes": 2.0,
            "no": {"feature": "headline", "below": 0.5, "yes": -3.0, "no": 1.0}}
    model = scorer.Model(("flag=incomplete", "headline"), (tree, -1.0), -0.5, 0.5, 0.5, True)
    assert scorer.leaf(tree, {}) == 2.0  # an absent feature is 0
    assert scorer.leaf(tree, {"flag=incomplete": 1.0}) == -3.0
    assert scorer.leaf(tree, {"flag=incomplete": 1.0, "headline": 1.0}) == 1.0
    z = -0.5 + 0.5 * (-3.0 - 1.0)
    assert scorer.probability(model, {"flag=incomplete": 1.0}) == pytest.approx(1 / (1 + math.exp(-z)))
    assert scorer.split_features(tree) == {"flag=incomplete", "headline"}


def test_build_publishes_what_a_deciding_model_keeps_with_its_probability(monkeypatch):
    monkeypatch.setattr(scorer, "load", lambda: scorer.Model(feature_names(), (), 5.0, 0.1, 0.5, True))
    (event,) = build(STATED, EXTRACTOR_NAME, EXTRACTOR_VERSION)
    assert event["confidence"] == round(1 / (1 + math.exp(-5)), 2)
    assert build(BUYER_ONLY, EXTRACTOR_NAME, EXTRACTOR_VERSION) == []  # one firm of a two-party deal: never published
    monkeypatch.setattr(scorer, "load", lambda: scorer.Model(feature_names(), (), -5.0, 0.1, 0.5, True))
    assert build(STATED, EXTRACTOR_NAME, EXTRACTOR_VERSION) == []
    monkeypatch.setattr(scorer, "load", lambda: scorer.Model(feature_names(), (), -5.0, 0.1, 0.5, False))
    assert build(STATED, EXTRACTOR_NAME, EXTRACTOR_VERSION) == [r for r, _ in assemble(STATED, EXTRACTOR_NAME,
                                                                                         EXTRACTOR_VERSION)]


def test_the_model_file_matches_the_features_the_extractor_produces():
    """Fails after a change of rules or language files that renames features: re-run tools/train_scorer.py."""
    model = scorer.load()
    assert model is not None, "streams/extraction/scorer.json missing: run python tools/train_scorer.py"
    assert model.features == feature_names()
    assert model.trees and all(scorer.split_features(t) <= set(model.features) for t in model.trees)
    data = json.loads(scorer.MODEL_PATH.read_text(encoding="utf-8"))
    assert data["training_sets"] and data["cross_validation"]["rules"] and data["cross_validation"]["model"]


def _doc(doc_id: str, lang: str, paragraphs: list[str], events: list[dict]) -> dict:
    body = "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    return {"doc_id": doc_id, "lang": lang, "main_text": paragraphs, "boilerplate": [], "events": events,
            "page": {"url": f"https://example.test/{doc_id}", "fetched_at": "2024-03-14T10:00:00Z",
                     "content_type": "text/html", "status": 200, "body": body}}


def test_training_is_deterministic_on_a_tiny_corpus(tmp_path):
    train_scorer = pytest.importorskip("tools.train_scorer")
    if not (train_scorer.DEFAULT_CORPUS.parent / "score.py").is_file():
        pytest.skip("the corpus's score.py is not present")
    acme = {"type": "acquisition", "status": "announced", "date": "2024-03-12", "amount": None,
            "parties": [{"name": "Acme", "role": "acquirer"}, {"name": "Bolt", "role": "target"}]}
    harrow = {"type": "acquisition", "status": "completed", "date": "2024-03-11", "amount": None,
              "parties": [{"name": "Harrow Labs", "role": "acquirer"}, {"name": "Pellow Pumps", "role": "target"}]}
    docs = [_doc("a", "en", ["Acme to buy Bolt", "Acme said on Tuesday it had agreed to buy Bolt Inc."], [acme]),
            _doc("b", "en", ["Harrow Labs expands", "Harrow Labs said on Monday it had completed an acquisition."],
                 [harrow]),
            _doc("c", "en", ["Markets", "Shares of Orwell rose on Monday."], [])]
    for k, doc in enumerate(docs):
        folder = tmp_path / f"set{k % 2}"
        folder.mkdir(exist_ok=True)
        (folder / f"{doc['doc_id']}.json").write_text(json.dumps(doc), encoding="utf-8")
    score = train_scorer.load_scorer(train_scorer.DEFAULT_CORPUS)
    sets = [train_scorer.load_set(tmp_path / f"set{k}", score) for k in range(2)]
    assert [p.labels for s in sets for p in s.pages] == [[1], [], [1]]  # Harrow's one party pairs (F1 0.67)
    harrow = sets[1].pages[0].features[0]
    assert harrow["flag=incomplete"] == 1.0 and harrow["parties=1"] == 1.0  # training reads every candidate's features
    first, second = train_scorer.fit(sets), train_scorer.fit(sets)
    assert first == second and len(first.trees) == train_scorer.TREES
