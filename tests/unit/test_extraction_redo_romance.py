"""Stakes told in a "where" relative clause on the firm before it ("X, où le fonds Y détient 25 %", "X, donde el fondo
Y tiene un 30%", "X, where Y has held a 30% stake since 2021": Y holds a stake in X), and a tie-up verb after an
insert set off by two commas that names another firm ("X, participada por el fondo Y, colabora con Z": X and Z are
the partners, Y none) (sentences written for these tests)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def events(lang: str, title: str, *paragraphs: str) -> list[dict]:
    return extract_events(page(lang, title, *paragraphs, published="2025-06-12"))


@pytest.mark.parametrize("lang,text,holder,held", [
    ("fr", "Le fabricant de tuiles Ardoise Bleue, où la banque régionale Crédit Vendéen détient 25 % du capital "
     "depuis 2021, a racheté la briqueterie Terrial.", "Crédit Vendéen", "Ardoise Bleue"),
    ("es", "La conservera Rías Altas Alimentación, donde el fondo gallego Atlántico Capital tiene un 30% desde 2022, "
     "ha comprado la empresa Salazones Corme.", "Atlántico Capital", "Rías Altas Alimentación"),
    ("en", "Tile maker Hestia Ceramics, where the pension fund Calder Partners has held a 30% stake since 2021, has "
     "bought Brookfoot Kilns.", "Calder Partners", "Hestia Ceramics"),
])
def test_a_stake_told_in_a_where_clause_is_in_the_firm_before(lang, text, holder, held):
    found = events(lang, "Nouvelles" if lang == "fr" else "Noticias" if lang == "es" else "News", text)
    stakes = [e for e in found if e["type"] == "investment"]
    assert [parties(e) for e in stakes] == [{(holder, "investor"), (held, "investee")}]


@pytest.mark.parametrize("lang,text,partners", [
    ("es", "Ribera Media, participada en un 30% por el fondo Tagus Partners, colabora desde 2020 con la plataforma "
     "Nubla TV en la producción de series.", {"Ribera Media", "Nubla TV"}),
    ("fr", "Bréval, détenu à 40 % par le fonds Armor Capital, collabore depuis 2021 avec la société Kerlan.",
     {"Bréval", "Kerlan"}),
    ("en", "Brannock Foods, backed since 2021 by the investment firm Corley Capital, has worked with Halden Farms "
     "since 2019.", {"Brannock Foods", "Halden Farms"}),
])
def test_a_tie_up_verb_after_a_two_comma_insert_has_the_subject_before_it(lang, text, partners):
    found = [e for e in events(lang, "Alliance", text) if e["type"] == "partnership"]
    assert [{p["name"] for p in e["parties"]} for e in found] == [partners]



@pytest.mark.parametrize("lang,text,partners", [
    ("fr", "Bréval, le fabricant des vélos Ondine, a noué un partenariat avec le groupe Kerlan Mobilité pour "
     "développer des batteries.", {"Bréval", "Kerlan Mobilité"}),
    ("en", "Brannock Foods, the maker of Crunchwell crisps, teamed up with Halden Farms last year to develop oat "
     "snacks.", {"Brannock Foods", "Halden Farms"}),
])
def test_a_name_in_an_apposition_before_a_tie_up_is_no_partner(lang, text, partners):
    found = [e for e in events(lang, "Alliance", text) if e["type"] == "partnership"]
    assert [{p["name"] for p in e["parties"]} for e in found] == [partners]


def test_a_tie_up_told_in_the_compound_past():
    found = [e for e in events("fr", "Alliance", "Bréval s'est allié avec le groupe Kerlan Mobilité pour développer "
                               "des batteries.") if e["type"] == "partnership"]
    assert [{p["name"] for p in e["parties"]} for e in found] == [{"Bréval", "Kerlan Mobilité"}]
