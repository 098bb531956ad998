"""German prices withheld with the price put first ("Einen Kaufpreis haben die Firmen nicht genannt", "Den Preis
nannten die Unternehmen nicht") and then given by those in the know ("Insider sprechen von rund 150 Millionen
Euro"): the figure they speak of is the deal's reported price. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

DEAL = "Der Münchner Getränkekonzern Almor übernimmt den Tiroler Saftabfüller Quellinger."


@pytest.mark.parametrize(("withheld", "source"), [
    ("Einen Kaufpreis haben die Unternehmen nicht genannt.", "Insider sprechen von rund 150 Millionen Euro."),
    ("Den Preis nannten die Firmen nicht.", "Branchenkenner sprechen von rund 150 Millionen Euro."),
])
def test_the_price_those_in_the_know_speak_of(withheld: str, source: str) -> None:
    (event,) = extract_events(page("de", "Saft-Deal", f"{DEAL} {withheld} {source}", published="2026-03-26"))
    assert event["amount"] is not None and event["amount"]["value"] == pytest.approx(1.5e8)


def test_a_figure_told_by_no_source_after_a_withheld_price_is_no_price() -> None:
    (event,) = extract_events(page("de", "Saft-Deal", f"{DEAL} Einen Kaufpreis haben die Unternehmen nicht genannt. "
                                   "Quellinger setzte zuletzt 60 Millionen Euro um.", published="2026-03-26"))
    assert event["amount"] is None
