"""A supply told as already running (branch fields, session 33): goods a firm already builds or makes for a customer
under an agreement signed in an earlier year are a standing contract, dated by that year, not news. Sentences
written for these tests; the look-alike keeps its result."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

PUBLISHED = "2026-03-12"


def contracts(lang: str, *paragraphs: str) -> list[dict]:
    return [e for e in extract_events(page(lang, *paragraphs, published=PUBLISHED)) if e["type"] == "contract"]


ALREADY = [
    ("en", "News", "The win is welcome for the yard. Harlow Marine already builds pilot boats for ferry operator "
                   "Northsound Lines under a £24m framework agreement signed in 2023."),
    ("es", "Noticias", "El pedido llega en buen momento. Astilleros Miramar ya fabrica lanchas para la naviera Ría "
                       "Lines con un contrato marco de 24 millones firmado en 2023."),
]


@pytest.mark.parametrize(("lang", "title", "text"), ALREADY)
def test_goods_already_made_for_a_customer_are_a_standing_contract(lang, title, text):
    (event,) = contracts(lang, title, text)
    assert event["status"] == "ongoing" and event["date"] == "2023"


def test_new_order_still_news():
    (event,) = contracts("en", "News", "Harlow Marine Ltd has won a £24m contract from ferry operator Northsound Lines "
                                       "to build six pilot boats, the company said on Tuesday.")
    assert event["status"] == "announced"
