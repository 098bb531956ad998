"""Swiss thousands grouped by an apostrophe ("38'500'000 Franken", "CHF 2'500'000", "450’000 Fr."), in German and
in Swiss French alike: one figure, not its last group. Sentences written for these tests."""

import pytest

from streams.extraction import amounts
from streams.extraction.lexicon import lexicon


@pytest.mark.parametrize(("lang", "sentence", "value", "text"), [
    ("de", "Der Kaufpreis beträgt 38'500'000 Franken.", 38.5e6, "38'500'000 Franken"),
    ("de", "Der Kaufpreis beträgt CHF 2'500'000.", 2.5e6, "CHF 2'500'000"),
    ("de", "Die Gemeinde zahlt 450’000 Fr. für die Anlage.", 4.5e5, "450’000 Fr."),
    ("fr", "Le prix s'élève à CHF 12'400'000.", 12.4e6, "CHF 12'400'000"),
])
def test_apostrophe_groups_thousands(lang: str, sentence: str, value: float, text: str) -> None:
    (found,) = amounts.find(sentence, 0, lexicon(lang))
    assert (found.value, found.currency, found.text) == (pytest.approx(value), "CHF", text)


def test_other_groupings_are_unchanged() -> None:
    (found,) = amounts.find("Der Preis liegt bei 12.500.000 Euro.", 0, lexicon("de"))
    assert found.value == pytest.approx(12.5e6)
