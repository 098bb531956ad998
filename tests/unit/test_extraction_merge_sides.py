"""A firm that sells a target in one statement and bought it in another (that does not name the new buyer) tells
two deals, never one: the page's sale keeps its own stage. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

RESOLD = [
    ("en", "Corvane to buy Tessalon", "Corvane Capital agreed on Monday to buy Tessalon Packaging from Marlow Partners "
     "for £410 million. Under Marlow's ownership, Tessalon completed three acquisitions."),
    ("de", "Corvane kauft Tessalon", "Die Corvane Capital hat am Montag vereinbart, die Tessalon Verpackung von der "
     "Marlow Partners für 410 Millionen Euro zu übernehmen. Marlow Partners hatte Tessalon Verpackung einst gekauft."),
    ("fr", "Corvane rachète Tessalon", "Corvane Capital a annoncé lundi le rachat de Tessalon Emballages auprès de "
     "Marlow Partners pour 410 millions d'euros. Marlow Partners avait racheté Tessalon Emballages."),
    ("es", "Corvane compra Tessalon", "Corvane Capital anunció el lunes la compra de Tessalon Envases a Marlow "
     "Partners por 410 millones de euros. Marlow Partners había comprado Tessalon Envases."),
]


@pytest.mark.parametrize(("lang", "title", "text"), RESOLD)
def test_sale_keeps_its_stage_apart_from_the_sellers_purchase(lang: str, title: str, text: str) -> None:
    events = extract_events(page(lang, title, text))
    sale = [e for e in events if {"acquirer": "Corvane Capital"}.items() <= {
        p["role"]: p["name"] for p in e["parties"]}.items()]
    assert len(sale) == 1 and sale[0]["status"] == "announced", events
    assert {p["role"] for p in sale[0]["parties"] if p["name"] == "Marlow Partners"} == {"seller"}, events


COUNTED = [
    ("de", "Corvane kauft Tessalon", "Die Corvane Capital hat am Montag vereinbart, die Tessalon Verpackung von der "
     "Marlow Partners für 410 Millionen Euro zu übernehmen. Tessalon Verpackung hat drei Übernahmen abgeschlossen."),
    ("fr", "Corvane rachète Tessalon", "Corvane Capital a annoncé lundi le rachat de Tessalon Emballages auprès de "
     "Marlow Partners pour 410 millions d'euros. Tessalon Emballages a finalisé trois acquisitions."),
    ("es", "Corvane compra Tessalon", "Corvane Capital anunció el lunes la compra de Tessalon Envases a Marlow "
     "Partners por 410 millones de euros. Tessalon Envases ha completado tres adquisiciones."),
]


@pytest.mark.parametrize(("lang", "title", "text"), RESOLD[:1] + COUNTED)
def test_the_targets_own_counted_deals_do_not_complete_the_sale(lang: str, title: str, text: str) -> None:
    events = extract_events(page(lang, title, text))
    sale = [e for e in events if ("Corvane Capital", "acquirer") in {(p["name"], p["role"]) for p in e["parties"]}]
    assert [e["status"] for e in sale] == ["announced"], events
