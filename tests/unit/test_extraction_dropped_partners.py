"""Deals whose cue and names the sentence gives but whose roles were left open: a short name in brackets after the
partner it abbreviates is no second partner ("la création, avec la Caisse X (CX), d'une coentreprise", "X y la
estatal Y (YZ) firmaron ... una empresa conjunta"); a sale whose buyer is a dative pronoun right before the verb
("en vue de lui céder 80 % de Z") sells to the firm named before it in the sentence. Sentences written for these
tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _events(lang: str, title: str, body: str, kind: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, title, body)) if e["type"] == kind]


@pytest.mark.parametrize(("lang", "title", "body", "pair"), [
    ("fr", "Foncière Vercors accélère dans la logistique",
     "Foncière Vercors a acheté trois entrepôts près de Lyon en 2024. Elle a par ailleurs annoncé en mars la "
     "création, avec la Mutuelle Générale des Boulangers (MGB), d'une coentreprise détenue à parts égales.",
     {("Foncière Vercors", "partner"), ("Mutuelle Générale des Boulangers", "partner")}),
    ("es", "Litio: acuerdo en el norte",
     "La minera Andes Litio y la estatal Corporación Nacional del Salar (Enasa) firmaron el martes el acuerdo para "
     "constituir una empresa conjunta que explotará el salar de Tarapa.",
     {("Andes Litio", "partner"), ("Corporación Nacional del Salar", "partner")}),
])
def test_short_name_in_brackets_is_no_second_partner(lang, title, body, pair):
    assert pair in _events(lang, title, body, "joint_venture")


def test_dative_pronoun_before_a_sale_is_the_firm_named_before():
    body = ("Morvan Participations, l'actionnaire du club, a annoncé mercredi être entrée en négociations exclusives "
            "avec le fonds américain Bayline Sports en vue de lui céder 80 % du Stade Vannetais.")
    sales = _events("fr", "Stade Vannetais : Bayline Sports en négociations", body, "acquisition")
    assert any({("Morvan Participations", "seller"), ("Bayline Sports", "acquirer")} <= s for s in sales)


@pytest.mark.parametrize(("lang", "title", "body"), [
    ("en", "Skyvale Air adds routes",
     "Skyvale Air has been controlled since 2020 by Brenmoor Capital, a Dutch investment firm that bought 55% of the "
     "airline from its founders for an undisclosed sum."),
    ("fr", "Skyvale Air ouvre des lignes",
     "Skyvale Air est contrôlée depuis 2020 par Brenmoor Capital, un fonds néerlandais qui a racheté 55 % du "
     "transporteur à ses fondateurs."),
])
def test_relative_clause_after_an_apposition_has_the_apposed_name_for_subject(lang, title, body):
    deals = _events(lang, title, body, "acquisition")
    assert any({("Brenmoor Capital", "acquirer"), ("Skyvale Air", "target")} <= d for d in deals)


@pytest.mark.parametrize(("lang", "title", "body"), [
    ("es", "Ranking de operaciones del semestre",
     "Completan la lista la opa de Grupo Valdés sobre la cadena Hoteles Marítima, por 900 millones, y la salida a "
     "bolsa de Ferrovial Norte."),
    ("fr", "Le classement des opérations du semestre",
     "Suivent l'offre de rachat de Lumatec sur le groupe Nordwerk, pour 900 millions d'euros, et une levée de fonds "
     "de Kestrel."),
])
def test_bid_names_its_bidder_and_target_past_a_descriptor_not_the_page_firm(lang, title, body):
    deals = _events(lang, title, body, "acquisition")
    bidder, target = ("Valdés", "Hoteles Marítima") if lang == "es" else ("Lumatec", "Nordwerk")
    assert any({(bidder, "acquirer"), (target, "target")} <= {(n.removeprefix("Grupo "), r) for n, r in d}
               for d in deals)
