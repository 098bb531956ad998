"""A deal told in a relative clause with no comma on a noun of the main clause, not on a firm (spanish lane): the
clause's own subject, the firm right after the pronoun, is the deal's subject, and the main clause's subject takes
no part in it, whether the cue is the noun itself ("mantendrá el contrato de suministro que X firmó en 2019 con Y")
or the clause's verb ("conserva la participación que X compró en 2021 en Y"). Probes keep the main subject where
the relative clause is on a firm or where the cue's object stands before "que". Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

TITLES = {"de": "Nachrichten", "en": "News", "es": "Noticias", "fr": "Actualités"}
LEAD = {
    "es": "Grupo Torvisco ha cerrado la compra de Quesos Aldana por 20 millones de euros.",
    "en": "Torvisco Group has completed the purchase of Aldana Foods for 20 million euros.",
    "fr": "Le groupe Torvisco a finalisé le rachat de Fromages Aldana pour 20 millions d'euros.",
}


def _events(lang: str, *sentences: str, kind: str) -> list[set[tuple[str, str]]]:
    text = " ".join((LEAD[lang], *sentences))
    return [parties(e) for e in extract_events(page(lang, TITLES[lang], text)) if e["type"] == kind]


@pytest.mark.parametrize(("lang", "sentence", "supplier", "customer"), [
    ("es", "La empresa mantendrá el contrato de suministro que Quesos Aldana firmó en 2019 con la cadena "
           "Supermercados Ortega.", "Quesos Aldana", "Supermercados Ortega"),
    ("es", "El grupo conservará además el contrato de suministro que Quesos Aldana firmó en 2019 con Lácteos Bravo.",
     "Quesos Aldana", "Lácteos Bravo"),
])
def test_a_contract_noun_takes_the_subject_of_its_relative_clause(lang, sentence, supplier, customer):
    events = _events(lang, sentence, kind="contract")
    assert any({supplier, customer} == {name for name, _ in e} for e in events), events
    assert not any("Torvisco" in {name for name, _ in e} for e in events), events


@pytest.mark.parametrize(("lang", "sentence", "holder", "held"), [
    ("es", "El grupo conserva la participación que Quesos Aldana compró en 2021 en Lácteos Bravo.",
     "Quesos Aldana", "Lácteos Bravo"),
    ("en", "The group keeps the stake that Aldana Foods bought in 2021 in Bravo Dairy.", "Aldana Foods", "Bravo Dairy"),
    ("fr", "Le groupe conserve la participation que Fromages Aldana a achetée en 2021 dans Laiterie Bravo.",
     "Fromages Aldana", "Laiterie Bravo"),
])
def test_a_stake_noun_takes_the_subject_of_its_relative_clause(lang, sentence, holder, held):
    events = _events(lang, sentence, kind="acquisition") + _events(lang, sentence, kind="investment")
    sides = [{name for name, _ in e} for e in events]
    assert {holder, held} in sides, events
    assert not any({"Torvisco", held} <= names or {"Torvisco Group", held} <= names for names in sides), events


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the relative clause on a firm: the main subject still buys ("compra la empresa que X fundó")
    ("es", "Grupo Torvisco ha comprado Lácteos Bravo, la empresa que fundó Quesos Aldana en 1990.",
     {("Torvisco", "acquirer"), ("Lácteos Bravo", "target")}),
    # the cue's object before "que" (a unit of a firm): the verb is the cue, its subject the main one
    ("es", "Grupo Torvisco compra la fábrica de Lácteos Bravo que Quesos Aldana gestiona desde 2010.",
     {("Torvisco", "acquirer"), ("Lácteos Bravo", "seller")}),
])
def test_main_subject_kept_where_the_clause_is_on_a_firm(lang, text, expected):
    events = [parties(e) for e in extract_events(page(lang, TITLES[lang], text)) if e["type"] == "acquisition"]
    assert any(expected <= e for e in events), events


def test_a_preposition_before_the_pronoun_leaves_the_main_subject_a_side():
    # "la ronda con la que X lanzó": X is no subject of the round's clause, the lead investor stays a party
    text = ("El fondo Miralta Partners lideró en 2023 la ronda semilla de 3 millones de euros con la que Quesos Aldana "
            "lanzó su primer producto.")
    events = [parties(e) for e in extract_events(page("es", TITLES["es"], text)) if e["type"] == "funding_round"]
    assert any({"Miralta Partners", "Quesos Aldana"} <= {name for name, _ in e} for e in events), events
