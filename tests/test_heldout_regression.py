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

# corpus -> (event F1 floor, paired-field floors); reached after session 3's fourth extraction round (gold text as
# the clean text): heldout F1 0.94, heldout2 0.95, heldout3 0.89, heldout4 0.72, heldout5 0.75, heldout6 0.66, heldout7
# (blind to every rule writer) 0.58; raised by the fifth round's precision work (false parties, denials, plans,
# status and date cues): heldout3 0.90, heldout4 0.73, heldout5 0.76, heldout6 0.75, heldout7 0.61, with the fields it
# raised (each floor about 0.01 below the figure reached).
# The fifth round's cross-sentence and contract work (pronouns inside a sentence, pronoun recipients of contracts,
# customers named by a possessive, descriptions that never stand for a public body) raised the F1 of heldout4 to
# 0.76, heldout5 0.83, heldout6 0.71, heldout7 0.67; their floors keep a margin of about 0.01.
# Two field floors went down with events found: heldout2's parties (its newly paired Opel purchase names a person,
# Tavares, as the buyer) and heldout5's amounts (its newly paired event has no right amount); heldout5's amounts
# again after the fifth round's deal words (a merger told as "son ya una sola empresa" takes the combined revenue,
# a listing told as "a fait ses premiers pas" finds no sum raised); heldout2's parties (its newly paired Stripe round
# of 2021 lists investors the gold leaves out) and heldout7's dates (newly paired background deals) in the same round.
FLOORS = {
    "heldout": (0.91, {"parties_exact": 0.93, "role_accuracy": 0.95, "amount_accuracy": 0.95, "date_accuracy": 0.89,
                       "status_accuracy": 0.93}),
    "heldout2": (0.95, {"parties_exact": 0.88, "role_accuracy": 0.91, "amount_accuracy": 0.95, "date_accuracy": 0.95,
                        "status_accuracy": 0.95}),
    "heldout3": (0.89, {"parties_exact": 0.82, "role_accuracy": 0.87, "amount_accuracy": 0.93, "date_accuracy": 0.95,
                        "status_accuracy": 0.94}),
    "heldout4": (0.77, {"parties_exact": 0.87, "role_accuracy": 0.92, "amount_accuracy": 0.89, "date_accuracy": 0.84,
                        "status_accuracy": 0.92}),
    "heldout5": (0.83, {"parties_exact": 0.93, "role_accuracy": 0.97, "amount_accuracy": 0.85, "date_accuracy": 0.85,
                        "status_accuracy": 0.80}),
    "heldout6": (0.76, {"parties_exact": 0.87, "role_accuracy": 0.91, "amount_accuracy": 0.85, "date_accuracy": 0.80,
                        "status_accuracy": 0.92}),
    "heldout7": (0.64, {"parties_exact": 0.87, "role_accuracy": 0.92, "amount_accuracy": 0.87, "date_accuracy": 0.85,
                        "status_accuracy": 0.80}),
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


def test_no_events_on_pages_without_deals(corpus):
    _, result = corpus
    quiet = [row for row in result["per_doc"] if row["tp"] + row["fn"] == 0]
    assert quiet and all(row["fp"] == 0 for row in quiet)
