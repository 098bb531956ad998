"""What raised money is used for is no deal: "Les fonds serviront à doubler l'équipe et à ouvrir un bureau à X"
(the noun "équipe", no supply), "der Rest geht an den Altaktionär" (money, no unit sold). The verbs keep their
deals where a firm or a unit is their subject or object."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def deals(lang: str, text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return sorted((e["type"], sorted((p["name"], p["role"]) for p in e["parties"]))
                  for e in extract_events(page(lang, "Lumatec", text, published="2024-03-14")))


@pytest.mark.parametrize(("lang", "text", "kinds"), [
    ("fr", "La start-up Lumatec a levé 20 millions d'euros auprès du fonds Nordwerk Capital. Les fonds serviront "
           "à doubler l'équipe et à ouvrir un bureau à Aberdeen.", ["funding_round"]),
    ("fr", "Lumatec SA a levé 8 millions d'euros. L'argent permettra de renforcer son équipe et de s'installer à "
           "Lyon.", ["funding_round"]),
    ("de", "Die Lumatec AG geht an die Börse und will 300 Millionen Euro erlösen. Davon fließen rund 200 Millionen "
           "Euro als Kapitalerhöhung in das Unternehmen, der Rest geht an den Altaktionär.", ["ipo"]),
    ("de", "Die Lumatec AG geht an die Börse. Rund 100 Millionen Euro gehen an die Altaktionäre.", ["ipo"]),
])
def test_the_use_of_money_raised_is_no_deal(lang, text, kinds):
    assert [kind for kind, _ in deals(lang, text)] == kinds


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Lumatec AG verkauft ihre Logistiksparte. Die Sparte geht an die Nordwerk AG.",
     [("acquisition", [("Lumatec", "seller"), ("Nordwerk", "acquirer")])]),
    ("de", "Die Lumatec GmbH geht an die Nordwerk AG.",
     [("acquisition", [("Lumatec", "seller"), ("Nordwerk", "acquirer")])]),
    ("fr", "Lumatec SA équipe Nordwerk SA en batteries depuis 2019.",
     [("contract", [("Lumatec", "supplier"), ("Nordwerk", "customer")])]),
])
def test_the_verbs_keep_their_deals(lang, text, expected):
    assert deals(lang, text) == expected
