"""Deals told through talks, approaches and sale nouns: "X held talks about a sale to Y" (X is sold), "X held talks
with Y about a takeover" on X's page (Y would buy X), "Y had sounded out X's owners about a possible takeover", "Y
aurait approché le portugais X", "Y aurait approché la direction en vue d'un rachat" (the page's firm is courted),
"Y serait entré en négociations exclusives avec Z en vue de la reprise de X" (Z sells), "la venta de la empresa a Y"
(the page's firm is sold). Mini-articles written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

SHAPES = [
    ("en", "Nordwerk weighs options",
     "Nordwerk held talks about a sale to Lumatec last year, but those discussions broke down in October over "
     "price. Nordwerk makes pumps.", {("Lumatec", "acquirer"), ("Nordwerk", "target")}, "terminated"),
    ("en", "Nordwerk weighs options",
     "Nordwerk has held talks about its sale to Lumatec, but the talks broke down. Nordwerk makes pumps.",
     {("Lumatec", "acquirer"), ("Nordwerk", "target")}, "terminated"),
    ("en", "Nordwerk weighs options",
     "Nordwerk held talks with Lumatec about a takeover last year. Nordwerk makes pumps in Leeds.",
     {("Lumatec", "acquirer"), ("Nordwerk", "target")}, "rumored"),
    ("en", "News",
     "Last month several newspapers reported that Lumatec had sounded out Nordwerk's owners about a possible "
     "takeover. Lumatec makes pumps.", {("Lumatec", "acquirer"), ("Nordwerk", "target")}, "rumored"),
    ("en", "News",
     "Lumatec has sounded out Nordwerk about a takeover, people familiar with the matter said. Lumatec makes pumps.",
     {("Lumatec", "acquirer"), ("Nordwerk", "target")}, "rumored"),
    ("fr", "Nouvelles",
     "Lumatec aurait approché ces dernières semaines le portugais Nordwerk. Lumatec fabrique des pompes.",
     {("Lumatec", "acquirer"), ("Nordwerk", "target")}, "rumored"),
    ("fr", "Nordwerk en vente",
     "Nordwerk fabrique des câbles à Lyon. Le géant italien Lumatec aurait approché la direction en vue d'un "
     "rachat. Nordwerk emploie 300 personnes.", {("Lumatec", "acquirer"), ("Nordwerk", "target")}, "rumored"),
    ("es", "Nordwerk busca socio",
     "Nordwerk fabrica piezas en Bilbao. El año pasado, la venta de la empresa a la alemana Sonexa se frustró en el "
     "último momento. Nordwerk emplea a 300 personas.", {("Sonexa", "acquirer"), ("Nordwerk", "target")},
     "terminated"),
    ("en", "Nordwerk seeks a buyer",
     "Nordwerk makes parts in Leeds. Last year the sale of the company to the German group Sonexa fell through. "
     "Nordwerk employs 300 people.", {("Sonexa", "acquirer"), ("Nordwerk", "target")}, "terminated"),
    ("fr", "Nouvelles",
     "Ardane serait entré en négociations exclusives avec Kestrel Capital en vue de la reprise de Vitalis Santé. "
     "Vitalis Santé gère des cliniques. Ardane est un fonds.",
     {("Ardane", "acquirer"), ("Vitalis Santé", "target"), ("Kestrel Capital", "seller")}, "rumored"),
]


@pytest.mark.parametrize(("lang", "title", "body", "expected", "state"), SHAPES)
def test_talks_and_approaches_tell_the_deal_they_are_about(lang: str, title: str, body: str, expected: set,
                                                           state: str):
    events = [(parties(e), e["status"]) for e in extract_events(page(lang, title, body))
              if e["type"] == "acquisition"]
    assert (expected, state) in events


KEPT = [  # probes that must keep their result
    ("fr", "Nouvelles", "Lumatec mise sur la reprise de l'activité en Europe. Lumatec fabrique des pompes."),
    ("en", "News", "Lumatec said that Nordwerk had hired new staff. Lumatec makes pumps."),
]


@pytest.mark.parametrize(("lang", "title", "body"), KEPT)
def test_no_deal_without_a_deal(lang: str, title: str, body: str):
    assert [e for e in extract_events(page(lang, title, body)) if e["type"] == "acquisition"] == []


def test_the_clause_after_that_names_its_subject():
    text = "Analysts said that Lumatec had bought Nordwerk. Lumatec makes pumps."
    events = [parties(e) for e in extract_events(page("en", "News", text)) if e["type"] == "acquisition"]
    assert {("Lumatec", "acquirer"), ("Nordwerk", "target")} in events
