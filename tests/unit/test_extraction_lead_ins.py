"""What opens a wire item or a filing is never a party: a wire dateline with its agency, a live blog's time stamp, the
publication the news is credited to under a title of several words, a rule, law or defined term of a filing
(sentences written for these tests)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def events(lang: str, title: str, *paragraphs: str) -> list[dict]:
    return extract_events(page(lang, title, *paragraphs, published="2026-05-04"))


def test_a_capital_town_and_wire_between_double_dashes_open_the_release():
    (event,) = events("en", "Tarrow Rail wins signalling deal",
                      "LEEDS, England--(MARKETWIRE)--Tarrow Rail plc today announced it has been awarded a £25 million "
                      "contract by the Northern Tramways Authority.")
    assert parties(event) == {("Tarrow Rail", "supplier"), ("Northern Tramways Authority", "customer")}


def test_an_agency_in_brackets_after_town_and_day_is_no_supplier():
    (event,) = events("es", "Contrato para Obrasur",
                      "SEVILLA, 14 (AGENCIA SUR) La constructora Obrasur se ha adjudicado un contrato de 18 millones "
                      "de euros del Ayuntamiento de Huelva.")
    assert parties(event) == {("Obrasur", "supplier"), ("Ayuntamiento de Huelva", "customer")}


@pytest.mark.parametrize("lang,stamp,text,expected", [
    ("en", "09:41 BST", "The Department for Transport has awarded Helmsley Civil a £12m contract for the bypass.",
     {("Department for Transport", "customer"), ("Helmsley Civil", "supplier")}),
    ("de", "14:05 Uhr:", "Der Maschinenbauer Kranwerk übernimmt den Zulieferer Pressteil für 40 Millionen Euro.",
     {("Kranwerk", "acquirer"), ("Pressteil", "target")}),
])
def test_a_live_blog_time_stamp_is_no_part_of_the_first_name(lang, stamp, text, expected):
    (event,) = events(lang, "Live", f"{stamp} {text}")
    assert parties(event) == expected


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le groupe Vernal est en discussions pour céder sa division chimie à Orsane, "
     "rapporte La Gazette des Affaires."),
    ("fr", "Le groupe Vernal est en discussions pour céder sa division chimie à Orsane, "
     "selon le Journal des Finances."),
])
def test_a_publication_with_a_title_of_several_words_is_no_party(lang, text):
    (event,) = events(lang, "Brèves", text)
    assert {name for name, _ in parties(event)} == {"Vernal", "Orsane"}


def test_a_rule_of_the_code_is_no_party():
    found = events("en", "Offer for Carsdale", "Pemberton Bidco agreed on Friday to acquire Carsdale plc.",
                   "Under Rule 2.7 of the Takeover Code, the offer must be made within 28 days.")
    assert {name for e in found for name, _ in parties(e)} == {"Pemberton Bidco", "Carsdale"}


@pytest.mark.parametrize("seller", ["buyout fund Harwick", "the buyout firm Harwick"])
def test_a_buyout_fund_selling_is_the_seller_not_a_second_deal(seller):
    (event,) = events("en", "Deal", f"Corvane Medical agreed in April to acquire Teslo Labs from {seller}.")
    assert parties(event) == {("Corvane Medical", "acquirer"), ("Teslo Labs", "target"), ("Harwick", "seller")}
