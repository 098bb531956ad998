"""The worth of the group a merger would form ("would have created a group valued at $600m") is no deal value, and a
sentence that opens on another matter ("Separately, ...", "Par ailleurs, ...") gives the deal no figure. Sentences
written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

MERGERS = [
    ("en", "Lumatec walked away in May from a proposed merger with Nordwerk that would have created a group valued at "
     "about $600 million. Separately, Lumatec said it had spent $8 million on exploration."),
    ("de", "Die Lumatec AG hat im Mai die Fusionsgespräche mit der Nordwerk AG abgebrochen; entstanden wäre ein "
     "Konzern mit einem Börsenwert von 9 Milliarden Euro. Unabhängig davon teilte die Lumatec AG mit, sie habe 8 "
     "Millionen Euro in die Exploration gesteckt."),
    ("fr", "Lumatec a renoncé en mai à sa fusion avec Nordwerk, qui aurait donné un groupe valorisé à 600 millions "
     "d'euros. Par ailleurs, Lumatec a indiqué avoir dépensé 8 millions d'euros en exploration."),
    ("es", "Lumatec abandonó en mayo su fusión con Nordwerk, que habría creado un grupo valorado en 600 millones de "
     "euros. Por otra parte, Lumatec dijo que había gastado 8 millones de euros en exploración."),
]


@pytest.mark.parametrize(("lang", "text"), MERGERS)
def test_group_worth_and_other_matters_are_no_merger_value(lang: str, text: str) -> None:
    events = [e for e in extract_events(page(lang, "News", text)) if e["type"] == "merger"]
    assert len(events) == 1 and events[0]["amount"] is None, events


def test_the_value_a_firm_gives_its_contract_is_kept() -> None:
    text = ("Pellton Logistics won a five-year contract from Harbin Freight Services, which the company valued at "
            "up to $120 million.")
    events = extract_events(page("en", "News", text))
    assert [e["amount"]["value"] for e in events] == [120e6], events
