"""German verb-last takeovers of no firm: a post or a burden told before a verb-last "übernehmen" ("soll den
Vorsitz im Aufsichtsrat übernehmen", "will die Kosten übernehmen", `articles_before_goods` + `goods`) is taken
over, no firm bought. Sentences written for these tests."""

import pytest

from tests.unit.test_extraction_roles import parties_by_event


@pytest.mark.parametrize("sentence", [
    "Lumatec-Chefin Anna Berg soll den Vorstand führen, Velto-Chef Jan Roth den Vorsitz im Aufsichtsrat übernehmen.",
    "Die Lumatec AG will die Kosten der Sanierung übernehmen.",
    "Die Velto GmbH soll künftig die Leitung des Werks übernehmen.",
])
def test_a_post_or_burden_before_a_verb_last_cue_is_no_takeover(sentence: str) -> None:
    assert parties_by_event("de", sentence, "acquisition") == []


def test_a_firm_before_a_verb_last_cue_is_still_bought() -> None:
    assert parties_by_event("de", "Die Lumatec AG will die Velto GmbH übernehmen.", "acquisition") == [
        {("Lumatec", "acquirer"), ("Velto", "target")}]

