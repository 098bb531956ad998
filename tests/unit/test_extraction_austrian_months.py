"""Austrian month names ("Jänner", "Jän.", "Feber") date a deal as "Januar" and "Februar" do. Sentences written for
these tests."""

import datetime as dt

import pytest

from streams.extraction import dates
from streams.extraction.lexicon import lexicon


@pytest.mark.parametrize(("sentence", "value"), [
    ("Die Übernahme wurde am 12. Jänner 2026 unterzeichnet.", "2026-01-12"),
    ("Der Vertrag wurde am 3. Feber unterzeichnet.", "2026-02-03"),
    ("Im Feber hatte die Bank das Darlehen gewährt.", "2026-02"),
])
def test_austrian_months(sentence: str, value: str) -> None:
    assert [d.value for d in dates.find(sentence, 0, lexicon("de"), dt.date(2026, 3, 4))] == [value]
