"""A would-be buyer "traded" as such (holdingsA, de): "Als möglicher Käufer des Werks wird laut Branchenkreisen die
Y AG gehandelt" names the buyer only, a rumour; what it would buy is the firm of the sale told before, as with "Als
Interessent gilt Y". Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


@pytest.mark.parametrize(("text", "firm"), [
    ("Die Vellor AG steht zum Verkauf. Als Käufer wird die Bremer Saatgut AG gehandelt.", "Vellor"),
    ("Die Mühlenwerke Kessler müssen das Werk in Bremen verkaufen. Als möglicher Käufer des Werks wird laut "
     "Branchenkreisen die Bremer Saatgut AG gehandelt.", "Mühlenwerke Kessler"),
    ("Die Vellor AG steht zum Verkauf. Als Interessent gilt die Bremer Saatgut AG.", "Vellor"),
])
def test_buyer_traded_as_such_is_a_rumour(text: str, firm: str) -> None:
    (event,) = extract_events(page("de", "Wirtschaft", text))
    assert (event["type"], event["status"]) == ("acquisition", "rumored")
    assert ("Saatgut", "acquirer") in parties(event) and firm in {n for n, _ in parties(event)}
