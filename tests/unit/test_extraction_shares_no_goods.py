"""Shares bought from their holder ("all the shares", "a 90 per cent stake", "sämtliche Anteile") are part of a firm,
never goods supplied: the purchase is no supply contract with the holder (falsepool)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

TITLES = {"en": "News", "de": "Nachrichten"}


def kinds(lang: str, text: str) -> list[str]:
    return [e["type"] for e in extract_events(page(lang, TITLES[lang], text))]


@pytest.mark.parametrize("lang,text", [
    ("en", "Quillmoor Group takes over the Kessel pump maker. It bought a 90 per cent stake from the investment firm "
           "Marlow Capital."),
    ("de", "Die Quillmoor Antriebstechnik übernimmt den Hydraulikhersteller Kessel. Wie das Unternehmen gestern "
           "mitteilte, erwirbt es sämtliche Anteile von der Beteiligungsgesellschaft Marlow Capital, die den "
           "Hydraulikhersteller seit 2019 hielt."),
])
def test_a_stake_bought_from_its_holder_is_no_supply_contract(lang, text):
    assert "contract" not in kinds(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "Quillmoor Group buys pump housings from Marlow Castings."),
    ("de", "Die Quillmoor AG kauft Pumpengehäuse von der Marlow Gießerei."),
])
def test_goods_bought_from_a_firm_stay_a_supply_contract(lang, text):
    assert kinds(lang, text) == ["contract"]
