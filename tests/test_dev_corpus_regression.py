"""The extractor on the shared dev corpus (gold text as the clean text) must not fall below the
figures it reached; the corpus is read from ../shared/corpus, never copied into the project."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
EVENT_F1_FLOOR = 0.95  # reached 0.959 (session 8)
FIELD_FLOOR = 0.95  # parties 1.0, roles 0.98, amounts 0.97, dates 0.95, status 0.97 (session 8)

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared dev corpus not present")


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus_result(corpus: Path) -> dict:
    """score.py's figures for the extractor run on a corpus's gold text."""
    from streams.extraction import extract_events

    tool = _module(ROOT / "tools" / "eval_extraction.py", "eval_extraction")
    scorer = tool.load_scorer(corpus)
    docs = scorer.load_gold(corpus)
    events = [e for doc in docs for e in extract_events(tool.gold_text_record(doc))]
    return scorer.score(docs, events, None)


@pytest.fixture(scope="module")
def result() -> dict:
    return corpus_result(CORPUS)


def test_event_f1_floor(result):
    assert result["event_f1"] >= EVENT_F1_FLOOR, result


@pytest.mark.parametrize("field", ["parties_exact", "role_accuracy", "amount_accuracy", "status_accuracy"])
def test_paired_field_accuracy_floor(result, field):
    assert result[field] >= FIELD_FLOOR, result


def test_no_events_on_pages_without_deals(result):
    quiet = {"de-d07", "en-d07", "fr-d03"}
    assert all(row["fp"] == 0 for row in result["per_doc"] if row["doc_id"] in quiet)


GOAL = 0.90  # issue 3: event F1 and every paired-field accuracy in every language


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_goal_figures_in_every_language(lang):
    from streams.extraction import extract_events

    tool = _module(ROOT / "tools" / "eval_extraction.py", "eval_extraction")
    scorer = tool.load_scorer(CORPUS)
    docs = [doc for doc in scorer.load_gold(CORPUS) if doc["lang"] == lang]
    assert docs
    result = scorer.score(docs, [e for doc in docs for e in extract_events(tool.gold_text_record(doc))], None)
    figures = ("event_f1", "parties_exact", "role_accuracy", "amount_accuracy", "date_accuracy", "status_accuracy")
    assert all(result[f] >= GOAL for f in figures), {f: result[f] for f in figures}
