"""The gold stories set: merging the gold page events reaches the issue's pairwise P/R goal."""

import re
import subprocess
import sys

import pytest

from tests.conftest import CORPUS, ROOT


@pytest.mark.skipif(not (CORPUS / "stories" / "stories.json").exists(), reason="gold corpus not available")
def test_gold_events_merge_into_the_gold_stories(tmp_path) -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "eval_stories.py"), "--gold-events", "--shuffle", "3",
         "--out", str(tmp_path)],
        capture_output=True, text=True, check=True,
    )
    figures = dict(re.findall(r"^(pairwise_\w+): ([\d.]+)$", run.stdout, re.M))
    assert float(figures["pairwise_precision"]) >= 0.95
    assert float(figures["pairwise_recall"]) >= 0.95
