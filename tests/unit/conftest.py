"""Unit tests of the rules see the rules' events: the learned scorer (streams/extraction/scorer.py), which decides
among the rules' candidates in production, is trained on whole articles, and its decision has tests of its own
(test_extraction_scorer.py) and is measured on the corpus sets by the regression tests."""

import pytest

from streams.extraction import scorer


@pytest.fixture(autouse=True)
def rules_decide(request, monkeypatch) -> None:
    if request.module.__name__.rsplit(".", 1)[-1] != "test_extraction_scorer":
        monkeypatch.setattr(scorer, "load", lambda path=scorer.MODEL_PATH: None)
