"""A figure that tells the size of the group two firms would form (their combined worth, assets or revenue) is no
deal value (branch fields15); a price, or a value the deal itself gives, still is; bare francs are Swiss.
Sentences written for these tests, several phrasings a kind and language."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

COMBINED = [
    ("en", "Lumatec and Nordwerk agreed to merge on Tuesday. Together the two companies would be worth about $14bn."),
    ("en", "Lumatec and Nordwerk agreed to merge on Tuesday. The merger will create a bank with $95bn in assets."),
    ("de", "Der Chiphersteller Lumatec und der Autozulieferer Nordwerk haben ihre Fusionsgespräche abgebrochen. "
     "Zusammen wären die beiden Firmen an der Börse rund 14 Mrd. Euro wert gewesen."),
    ("de", "Der Chiphersteller Lumatec und der Autozulieferer Nordwerk wollen fusionieren. Gemeinsam kämen die "
     "Unternehmen auf einen Börsenwert von 9 Mrd. Euro."),
    ("fr", "Lumatec et Nordwerk ont annoncé mardi leur fusion. Ensemble, les deux groupes pèseraient 14 milliards "
     "d'euros en Bourse."),
    ("fr", "Lumatec et Nordwerk ont annoncé mardi leur fusion, qui donnera naissance à un ensemble de 5 milliards "
     "d'euros de chiffre d'affaires."),
    ("fr", "Lumatec et Nordwerk ont annoncé mardi leur fusion. L'opération donnera naissance à une banque de 95 "
     "milliards d'euros d'actifs."),
    ("es", "Lumatec y Nordwerk acordaron el martes su fusión. La operación dará lugar a un banco con 95.000 millones "
     "de euros en balance."),
    ("es", "Lumatec y Nordwerk acordaron el martes su fusión. Juntas, las dos empresas valdrían en bolsa unos 14.000 "
     "millones de euros."),
]

PRICED = [  # must keep their amount
    ("en", "Lumatec and Nordwerk agreed to merge on Tuesday. The transaction values the combined company at $14bn.",
     14e9),
    ("en", "Lumatec agreed to buy Nordwerk on Tuesday. The deal values Nordwerk at $14bn.", 14e9),
    ("de", "Der Chiphersteller Lumatec übernimmt den Autozulieferer Nordwerk. Der Kaufpreis liegt bei 1,2 Mrd. Euro.",
     1.2e9),
    ("fr", "Lumatec va racheter Nordwerk pour 600 millions d'euros, a annoncé mardi le groupe.", 6e8),
    ("es", "Lumatec comprará Nordwerk por 600 millones de euros, anunció el martes.", 6e8),
]


def amounts(lang: str, text: str) -> list[float | None]:
    """The amounts of the events of a page."""
    return [(e["amount"] or {}).get("value") for e in extract_events(page(lang, "Lumatec", text,
                                                                         published="2024-03-14"))]


@pytest.mark.parametrize(("lang", "text"), COMBINED)
def test_combined_size_is_no_deal_value(lang: str, text: str) -> None:
    found = amounts(lang, text)
    assert found and all(v is None for v in found), (text, found)


@pytest.mark.parametrize(("lang", "text", "value"), PRICED)
def test_price_kept(lang: str, text: str, value: float) -> None:
    assert value in amounts(lang, text), (text, amounts(lang, text))


FRANCS = [  # the franc of today's French and Spanish press is the Swiss one
    ("fr", "La banque Lumatec a racheté Nordwerk pour 145 millions de francs, a-t-elle annoncé mardi.", "CHF"),
    ("fr", "Lumatec va racheter Nordwerk pour 900 millions de francs suisses.", "CHF"),
    ("fr", "Lumatec va racheter Nordwerk pour 90 milliards de francs CFA.", "XOF"),
    ("es", "El banco Lumatec comprará Nordwerk por 145 millones de francos, anunció el martes.", "CHF"),
]


@pytest.mark.parametrize(("lang", "text", "currency"), FRANCS)
def test_francs(lang: str, text: str, currency: str) -> None:
    found = [(e["amount"] or {}).get("currency") for e in extract_events(page(lang, "Lumatec", text,
                                                                              published="2024-03-14"))]
    assert currency in found, (text, found)
