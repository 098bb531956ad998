"""The extractor on pages written apart from the dev corpus (gold text as the clean text) must not fall
below the figures it reached: a guard that rules keep generalising beyond dev's phrasing. eval/heldout
imitates dev's style; eval/heldout2 is news about real deals in a more realistic style; eval/heldout3 is
such news too, first scored before any rule was written with it in view (then tuned on); eval/heldout4
is the one nobody has tuned on, but it and eval/heldout5 were seen as aggregate figures while rules were
written (they chose between changes), and eval/heldout6 was written blind in session 3, before that session's
extraction rounds, and eval/heldout7 after its third round, seen by nobody writing rules: their floors guard
the figures that estimate quality on new pages."""

from pathlib import Path

import pytest

from tests.test_dev_corpus_regression import ROOT, corpus_result

# corpus -> (event F1 floor, paired-field floors), each about 0.01 below the figure reached (gold text as the clean
# text) after session 4's fifth extraction round (lexicons, roles, cross-sentence parties and contracts, precision
# and fields): heldout 0.94, heldout2 0.97, heldout3 0.90, heldout4 0.85, heldout5 0.93, heldout6 0.88, heldout7 0.76
# (these four were opened to the rule writers in that round), and the blind heldout8 0.64, heldout9 0.60 (written
# in session 4 before the round; no rule writer has seen them). Field floors follow the events found: a newly paired
# event can bring a wrong field (heldout2's parties: a 2021 round whose investors the gold leaves out).
# Sixth round, lexicons of deal-expression classes in four languages: heldout4 0.86, heldout6 0.88, heldout7 0.77
# and the opened heldout8 0.69 (heldout7's newly found licence brings the value and month the gold takes from
# other sentences: its amount and date floors follow, 0.93).
FLOORS = {
    "heldout": (0.94, {"parties_exact": 0.95, "role_accuracy": 0.95, "amount_accuracy": 0.97, "date_accuracy": 0.90,
                       "status_accuracy": 0.92}),
    "heldout2": (0.95, {"parties_exact": 0.87, "role_accuracy": 0.90, "amount_accuracy": 0.96, "date_accuracy": 0.94,
                        "status_accuracy": 0.94}),
    "heldout3": (0.89, {"parties_exact": 0.85, "role_accuracy": 0.88, "amount_accuracy": 0.93, "date_accuracy": 0.96,
                        "status_accuracy": 0.93}),
    "heldout4": (0.85, {"parties_exact": 0.90, "role_accuracy": 0.95, "amount_accuracy": 0.90, "date_accuracy": 0.88,
                        "status_accuracy": 0.92}),
    "heldout5": (0.92, {"parties_exact": 0.99, "role_accuracy": 0.99, "amount_accuracy": 0.90, "date_accuracy": 0.96,
                        "status_accuracy": 0.90}),
    "heldout6": (0.87, {"parties_exact": 0.90, "role_accuracy": 0.94, "amount_accuracy": 0.85, "date_accuracy": 0.84,
                        "status_accuracy": 0.90}),
    "heldout7": (0.75, {"parties_exact": 0.92, "role_accuracy": 0.95, "amount_accuracy": 0.93, "date_accuracy": 0.93,
                        "status_accuracy": 0.92}),
    "heldout8": (0.68, {"parties_exact": 0.84, "role_accuracy": 0.92, "amount_accuracy": 0.99, "date_accuracy": 0.93,
                        "status_accuracy": 0.87}),
    "heldout9": (0.59, {"parties_exact": 0.87, "role_accuracy": 0.92, "amount_accuracy": 0.90, "date_accuracy": 0.87,
                        "status_accuracy": 0.93}),
}
SCORER = ROOT.parent / "shared" / "corpus" / "score.py"


def _present(name: str) -> bool:
    return SCORER.is_file() and any((ROOT / "eval" / name).glob("*.json"))


pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason="scorer not present")


@pytest.fixture(scope="module", params=sorted(FLOORS))
def corpus(request) -> tuple[str, dict]:
    if not _present(request.param):
        pytest.skip(f"eval/{request.param} not present")
    return request.param, corpus_result(Path(ROOT / "eval" / request.param))


def _summary(result: dict) -> dict:
    return {k: v for k, v in result.items() if k != "per_doc"}


def test_event_f1_floor(corpus):
    name, result = corpus
    assert result["event_f1"] >= FLOORS[name][0], _summary(result)


def test_paired_field_accuracy_floors(corpus):
    name, result = corpus
    low = {f: result[f] for f, floor in FLOORS[name][1].items() if result[f] < floor}
    assert not low, (low, _summary(result))


# False events on the deal-free pages of a blind set, as measured (its pages are not read to fix them).
QUIET_PAGE_EVENTS = {"heldout8": 1}


def test_no_events_on_pages_without_deals(corpus):
    name, result = corpus
    quiet = [row for row in result["per_doc"] if row["tp"] + row["fn"] == 0]
    assert quiet and sum(row["fp"] for row in quiet) <= QUIET_PAGE_EVENTS.get(name, 0), quiet
