"""Zloty, koruna and forint sums in every language, the code glued to the figure too ("PLN1.4bn"): the sum stated
first is the deal's, and the code is no firm's name. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

SUMS = [
    ("en", "Velora Defence has signed a framework agreement with Harrow Dynamics for 96 mortar systems in a deal worth "
     "up to PLN1.4 billion (£280 million).", 1.4e9, "PLN"),
    ("en", "Velora Defence agreed to buy Harrow Dynamics for CZK 12 billion.", 12e9, "CZK"),
    ("en", "Velora Energy agreed to buy Harrow Power for 90 billion forints.", 90e9, "HUF"),
    ("de", "Die Velora AG übernimmt die Harrow Dynamics GmbH für 90 Milliarden Forint.", 90e9, "HUF"),
    ("fr", "La société Velora a signé un contrat avec Harrow Dynamics pour 300 millions de zlotys.", 3e8, "PLN"),
    ("es", "Velora compró Harrow Dynamics por 900 millones de eslotis.", 9e8, "PLN"),
]


@pytest.mark.parametrize(("lang", "text", "value", "currency"), SUMS)
def test_central_european_sum(lang: str, text: str, value: float, currency: str) -> None:
    events = extract_events(page(lang, "News", text))
    assert [(e["amount"]["value"], e["amount"]["currency"]) for e in events] == [(value, currency)], events
    assert not any(p["name"].startswith(currency) for e in events for p in e["parties"]), events
