"""A rival named by a firm's possessive ("son concurrent zurichois", "its Swiss rival") is another firm than the
possessor, the closest other firm named before; a name apposed to it says which firm it is. Sentences written for
these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

BOUGHT = {("Nordwerk", "acquirer"), ("Lumatec", "target")}


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("fr", "Le régulateur bloque le rachat de Lumatec par Nordwerk",
     "L'autorité de la concurrence a interdit mercredi la reprise de l'entreprise vaudoise par son concurrent "
     "zurichois. La décision est rare."),
    ("en", "Lumatec takeover by Nordwerk blocked",
     "The competition authority on Wednesday blocked the takeover of the Leeds company by its Swiss rival. The "
     "decision is rare."),
    ("es", "Competencia bloquea la compra de Lumatec por Nordwerk",
     "La autoridad de competencia prohibió el miércoles la compra de la empresa valenciana por su competidor "
     "catalán. La decisión es poco habitual."),
])
def test_a_rival_by_possessive_is_the_other_firm(lang: str, title: str, text: str) -> None:
    assert BOUGHT in [parties(e) for e in extract_events(page(lang, title, text))]


def test_a_rival_with_its_name_apposed_is_that_firm() -> None:
    text = ("Lumatec SA a levé 30 millions d'euros. En avril, elle a notamment racheté son principal concurrent "
            "européen, l'allemand Nordwerk GmbH, qui exploitait deux sites.")
    found = [parties(e) for e in extract_events(page("fr", "Lumatec", text)) if e["type"] == "acquisition"]
    assert {("Lumatec", "acquirer"), ("Nordwerk", "target")} in found
