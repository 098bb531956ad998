"""The purchase a loan pays for is told elsewhere: the banks that lend for it ("fund the purchase with a term loan
arranged by X and Y") are no buyers; a firm the purchase is of ("finance the purchase of X") keeps the deal."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

HEADLINES = {"en": "News", "de": "Nachrichten", "fr": "Actualités", "es": "Noticias"}


def deals(lang: str, sentence: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return sorted((e["type"], [(p["name"], p["role"]) for p in e["parties"]])
                  for e in extract_events(page(lang, HEADLINES[lang], sentence)))


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Nordwerk Inc. will fund the purchase with a new $800m term loan arranged by Fjordbank ASA and "
           "Lumatec Capital Ltd."),
    ("en", "Nordwerk Inc. financed the acquisition with a bridge loan from Fjordbank ASA."),
    ("de", "Die Nordwerk AG finanziert den Kauf über einen Kredit der Fjordbank AG und der Lumatec Bank AG."),
    ("fr", "Nordwerk SA financera le rachat par un prêt de Fjordbank SA et de Lumatec Banque SA."),
    ("es", "Nordwerk SA financiará la compra con un préstamo de Fjordbank SA y Lumatec Banco SA."),
])
def test_the_lenders_of_a_purchase_are_no_buyers(lang, sentence):
    assert "acquisition" not in [kind for kind, _ in deals(lang, sentence)]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Nordwerk Inc. will fund the purchase of Lumatec Ltd with a term loan."),
    ("de", "Die Nordwerk AG finanziert den Kauf der Lumatec GmbH über einen Kredit."),
    ("fr", "Nordwerk SA financera le rachat de l'allemand Lumatec GmbH par un prêt."),
    ("es", "Con los recursos, Nordwerk SA financiará la compra de la colombiana Lumatec SA."),
])
def test_the_purchase_of_a_named_firm_stays_a_deal(lang, sentence):
    assert deals(lang, sentence) == [("acquisition", [("Nordwerk", "acquirer"), ("Lumatec", "target")])]
