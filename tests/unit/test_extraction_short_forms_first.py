"""A standfirst or a list item that shortens the firms before the body names them in full tells the body's deal,
not a second one (falsepool)."""

import pytest

from streams.extraction import extract_events
from streams.extraction.organisations import sole_long_forms
from tests.unit.test_extraction_roles import page, parties

TITLES = {"en": "Market wrap", "de": "Marktbericht", "fr": "Le point marchés", "es": "Resumen de mercados"}


def deals(lang: str, standfirst: str, body: str, kind: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, TITLES[lang], standfirst, body)) if e["type"] == kind]


@pytest.mark.parametrize("lang,standfirst,body", [
    ("en", "Quorvel's $1.3bn swoop on Tandry caps a busy month for cold-chain deals.",
           "Quorvel Logistics said on Monday that it had agreed to buy Tandry Cold Storage for $1.3bn in cash."),
    ("de", "Quorvel kauft Tandry für 1,3 Milliarden Euro.",
           "Die Quorvel Logistik hat am Montag mitgeteilt, dass sie die Tandry Kühlhäuser für 1,3 Milliarden Euro "
           "übernimmt."),
    ("fr", "Quorvel rachète Tandry pour 1,3 milliard d'euros.",
           "Quorvel Logistique a annoncé lundi le rachat de Tandry Entrepôts Frigorifiques pour 1,3 milliard "
           "d'euros."),
    ("es", "Quorvel compra Tandry por 1.300 millones de euros.",
           "Quorvel Logística anunció el lunes la compra de Tandry Almacenes Frigoríficos por 1.300 millones de "
           "euros."),
])
def test_a_standfirst_with_short_names_joins_the_body_deal(lang, standfirst, body):
    (one,) = deals(lang, standfirst, body, "acquisition")
    assert {r for _, r in one} == {"acquirer", "target"}
    assert all(len(n.split()) > 1 for n, _ in one)  # the names the body gives in full


@pytest.mark.parametrize("lang,item,body", [
    ("en", "1. Brasko and Veltane agree to merge.",
           "Brasko Energy and Veltane Utilities announced on Friday an all-share merger of equals."),
    ("de", "1. Brasko und Veltane fusionieren.",
           "Die Brasko Energie und die Veltane Versorgung haben am Freitag ihre Fusion angekündigt."),
    ("fr", "1. Brasko et Veltane fusionnent.",
           "Brasko Énergie et Veltane Services ont annoncé vendredi leur fusion."),
    ("es", "1. Brasko y Veltane se fusionan.",
           "Brasko Energía y Veltane Servicios anunciaron el viernes su fusión."),
])
def test_a_list_item_with_short_names_joins_the_body_merger(lang, item, body):
    (one,) = deals(lang, item, body, "merger")
    assert all(len(n.split()) > 1 for n, _ in one)


def test_a_short_form_two_longer_names_share_stays_as_it_is():
    longer = sole_long_forms({"Harlan", "Harlan Capital", "Harlan Pictures", "Tessly", "Tessly Foods"})
    assert longer == {"Tessly": "Tessly Foods"}
