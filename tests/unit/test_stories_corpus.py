"""The gold stories sets: merging reaches the issue's pairwise P/R goal on the gold page events, and
does not fall below the figures reached on the events the service itself extracts.

`../shared/corpus/stories` is the corpus's own set; `eval/stories2` was written blind to the code
(measured, never tuned on); `eval/stories3` too (session 5), then opened to fix the one merging error
its gold events showed (a public body's name translated by another outlet); `eval/stories4` (session 6, blind,
then its one wrong merge read: a start-up's next round) and `eval/stories5` (session 6, opened for merging at
once: its gold events missed the goal by one split, a group's unit named by the group's acronym, "DB Fernverkehr"
for "Deutsche Bahn", met since stories are found under the initials of their names, `streams.stories.shelf`);
`eval/stories6` (session 6) is blind: P 0.93 R 0.87 extracted, 1.0 / 1.0 on its gold events at its first
measure; `eval/stories7` and `eval/stories8` (session 7) are blind: extracted P 0.83 R 0.71 and P 1.0 R 1.0,
gold events 1.0 / 1.0 and 1.0 / 0.92 (the same acronym split, met since) at their first measure."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT

SETS = {"stories": CORPUS / "stories", **{name: ROOT / "eval" / name for name in ("stories2", "stories3", "stories4",
                                                                                 "stories5", "stories6",
                                                                                 "stories7", "stories8")}}
# pairwise (precision, recall) on the gold events: the goal
GOLD_FLOORS = {name: (0.95, 0.95) for name in SETS}
# pairwise (precision, recall) floors with the service's own extraction; reached: stories P 1.0 R 1.0 (0.875
# before matching tolerated a unit's name inside a later brand and a completed takeover recalled undated),
# stories2 P 1.0 R 0.941 (merging the gold events instead gives 1.0 / 1.0 on both), stories3 P 1.0 R 1.0
# (0.6875 blind, 0.706 before one price in two currencies and a joint venture for its parent counted; its gold
# events gave P 1.0 R 0.931 before public bodies' translated names met, 1.0 / 1.0 after); stories3's floor is
# the goal, leaving room for the extraction of its pages to pair other events
# stories4: P 0.875 R 0.875 blind, R 1.0 after the session-6 merging round, P 1.0 once talks weeks after a closed
# round count as the next round, R 0.94 once the extractor found one more member with its roles scrambled;
# stories5: P 0.75 R 0.55 at its first measure, extraction-bound (a rumour read
# as announced, a Series A given the Series B's sum and investors), P 0.78 R 0.58 after session 8's cue rounds;
# session 8: stories4 R 0.944 -> 0.9375 (xsent14: one member's split mended, another member no longer extracted),
# stories6 P 0.93 -> 1.0 R 0.87 -> 0.875; session 9: stories7 R 0.71 -> 0.733 (more members extracted), stories4 R
# 0.944 again; cues16's "which led Y's Series A" first took "the startup's" Series A as a new round (stories6 P 0.93
# R 0.76) and was narrowed to named firms
EXTRACTED_FLOORS = {"stories": (0.99, 0.99), "stories2": (0.99, 0.93), "stories3": (0.99, 0.95),
                    "stories4": (0.99, 0.93), "stories5": (0.77, 0.57), "stories6": (0.99, 0.86),
                    "stories7": (0.99, 0.72), "stories8": (0.99, 0.99)}


def _figures(corpus: Path, *flags: str, out: Path) -> dict[str, float]:
    run = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "eval_stories.py"), "--corpus", str(corpus), *flags, "--out", str(out)],
        capture_output=True, text=True, check=True,
    )
    return {k: float(v) for k, v in re.findall(r"^(pairwise_\w+): ([\d.]+)$", run.stdout, re.M)}


@pytest.fixture(params=sorted(SETS))
def stories_set(request) -> tuple[str, Path]:
    corpus = SETS[request.param]
    if not (corpus / "stories.json").exists() or not (CORPUS / "score_stories.py").exists():
        pytest.skip(f"{corpus} or the scorer not available")
    return request.param, corpus


def test_gold_events_merge_into_the_gold_stories(stories_set, tmp_path) -> None:
    name, corpus = stories_set
    figures = _figures(corpus, "--gold-events", "--shuffle", "3", out=tmp_path)
    precision, recall = GOLD_FLOORS[name]
    assert figures["pairwise_precision"] >= precision, figures
    assert figures["pairwise_recall"] >= recall, figures


def test_extracted_events_merge_no_worse_than_reached(stories_set, tmp_path) -> None:
    name, corpus = stories_set
    figures = _figures(corpus, out=tmp_path)
    precision, recall = EXTRACTED_FLOORS[name]
    assert figures["pairwise_precision"] >= precision, figures
    assert figures["pairwise_recall"] >= recall, figures
