"""F4: a seller named by the funds it manages ("from funds managed by X", "auprès de fonds gérés par X", "a fondos
gestionados por X"): the manager's "by" marks no agent, X is the seller, not the buyer."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lindqvist Group agreed to acquire Corrow Labs from funds managed by Ashford Partners for $900 million."),
    ("fr", "Lindqvist a racheté la société Corrow auprès de fonds gérés par Ashford Capital."),
    ("es", "Lindqvist compró la empresa Corrow a fondos gestionados por Ashford Capital."),
])
def test_manager_of_the_selling_funds_is_the_seller(lang, text):
    (event,) = extract_events(page(lang, "Lindqvist", text))
    roles = {p["role"]: p["name"] for p in event["parties"]}
    assert roles["acquirer"].startswith("Lindqvist")
    assert roles["target"].startswith("Corrow")
    assert roles["seller"].startswith("Ashford")
