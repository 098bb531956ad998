"""A firm's own takeover told by a possessive (holdingsA, F6): "Depuis son rachat en 2022, X est une filiale du
groupe Y" is X bought by Y in 2022 (it was read as a contract, X the customer of Y); a purchase noun with its own
object after the possessive ("son rachat de Z") keeps the possessor as the buyer. Sentences written for these
tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


@pytest.mark.parametrize(("lang", "sentence", "owner", "owned"), [
    ("fr", "Depuis son rachat en 2022, Bellard Industrie est une filiale du groupe Morvan.", "Morvan",
     "Bellard Industrie"),
    ("es", "Desde su adquisición en 2022, Bellard Sistemas es una filial del grupo Morvan.", "Morvan",
     "Bellard Sistemas"),
    ("fr", "Bellard Industrie a finalisé son rachat de Vellor en 2022.", "Bellard Industrie", "Vellor"),
])
def test_possessed_purchase(lang: str, sentence: str, owner: str, owned: str) -> None:
    (event,) = extract_events(page(lang, "News", sentence))
    assert (event["type"], event["status"], event["date"]) == ("acquisition", "completed", "2022")
    assert parties(event) == {(owner, "acquirer"), (owned, "target")}
