"""A stake sold by an owner who is no firm, in a sentence that opens on its firm after a preposition of topic
(german2): "Bei X hat die Familie 40 Prozent an Y abgegeben" is a stake in X, not in the firm the page is most about
(`discourse.salient` takes the fronted firm, `topic_markers`). Probes: a deal noun before the firm after "Bei" keeps
its roles. And an entry told with its verb last at the end of a subordinate clause ("dass X mit zehn Prozent bei Y
einsteigt"). Sentences and names written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

TITLE = "Beraterin Huber: Velsberg war kein Einzelfall"
BEFORE = ("Nehmen Sie Velsberg Pharma: Der Börsengang war für Juni geplant, im Mai hat Velsberg ihn abgesagt. "
          "Velsberg hat sich dann von Ostrand Partners übernehmen lassen.")


def _kind(sentence: str, kind: str) -> list[set[tuple[str, str]]]:
    events = extract_events(page("de", TITLE, BEFORE, f"Viele Familien verkaufen nicht alles auf einmal. {sentence}"))
    return [parties(e) for e in events if e["type"] == kind]


@pytest.mark.parametrize("sentence", [
    "Bei Kolbeck Landtechnik etwa hat die Familie 2023 zunächst 40 Prozent an Ardenne Capital abgegeben.",
    "Bei der Kolbeck Landtechnik GmbH hat der Gründer 2023 25 Prozent an die Ardenne Capital verkauft.",
])
def test_the_fronted_firm_is_the_investee(sentence):
    found = _kind(sentence, "investment")
    assert any(("Ardenne Capital", "investor") in p and any(n.startswith("Kolbeck") and r == "investee"
                                                            for n, r in p) for p in found)
    assert not any(n.startswith("Velsberg") for p in found for n, _ in p)


def test_a_deal_noun_before_the_firm_keeps_its_roles():
    found = _kind("Bei der Übernahme von Kolbeck Landtechnik durch Ardenne Capital flossen 40 Millionen Euro.",
                  "acquisition")
    assert {("Ardenne Capital", "acquirer"), ("Kolbeck Landtechnik", "target")} in found


@pytest.mark.parametrize("sentence", [
    "Teil der Vereinbarung ist, dass die Brenwick AG mit zehn Prozent bei der Kronfeld Werke GmbH einsteigt.",
    "Bekannt ist nur, dass die Brenwick AG bei der Kronfeld Werke GmbH einsteigt.",
])
def test_an_entry_told_verb_last_in_a_subordinate_clause(sentence):
    events = extract_events(page("de", "Neuer Partner für Kronfeld", sentence))
    assert {("Brenwick", "investor"), ("Kronfeld Werke", "investee")} in [
        parties(e) for e in events if e["type"] == "investment"]
