"""Party names cut or extended (topic B, F8): a place's head word inside a firm's name a noun introduces ("la
constructora Río Norte"), the fields of a public body's name listed with "et" or commas ("ministère de l'Énergie et
de la Transition numérique"), two names the reader glued ("die Lindner Gruppe Solvex")."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def events_of(lang: str, *paragraphs: str) -> list[dict]:
    return extract_events(page(lang, "Nachrichten" if lang == "de" else "News", *paragraphs))


@pytest.mark.parametrize("text", [
    "Grupo Talavera compró la constructora Río Claro por 20 millones de euros.",
    "Grupo Talavera compró Constructora Río Claro por 20 millones de euros.",
    "La constructora Río Claro fue adquirida por Grupo Talavera.",
])
def test_a_place_word_opening_a_firm_name_a_noun_introduces_is_the_firm(text: str):
    assert [parties(e) for e in events_of("es", text)] == [{("Talavera", "acquirer"), ("Río Claro", "target")}]


def test_a_place_word_alone_stays_a_place():
    assert not any(p["name"].startswith("Río") for e in events_of(
        "es", "Grupo Talavera compró Vallejo, con una planta junto al Río Claro.") for p in e["parties"])


@pytest.mark.parametrize(("body", "name"), [
    ("Le ministère de l'Énergie et de la Transition numérique", "ministère de l'Énergie et de la Transition"),
    ("Le ministère de l'Agriculture, de l'Élevage et de la Pêche",
     "ministère de l'Agriculture, de l'Élevage et de la Pêche"),
])
def test_the_fields_of_a_ministry_name_are_one_customer(body: str, name: str):
    (event,) = events_of("fr", f"{body} a attribué un contrat de 5 millions d'euros à Soprano.")
    assert parties(event) == {(name, "customer"), ("Soprano", "supplier")}


def test_a_town_after_a_ministry_name_stays_apart():
    (event,) = events_of("fr", "Le ministère de l'Intérieur, de Paris, a attribué un contrat de 5 millions d'euros "
                               "à Soprano.")
    assert ("Soprano", "supplier") in parties(event)
    assert not any("Paris" in p["name"] for p in event["parties"])


def test_a_firm_right_after_a_name_its_suffix_closed_is_a_second_firm():
    found = [parties(e) for e in events_of("de", "Im Frühjahr hatte die Lindner Gruppe Tavox an den Investor Kramer "
                                                 "Capital verkaufen wollen.") if e["type"] == "acquisition"]
    assert found and {n for n, _ in found[0]} == {"Lindner", "Tavox", "Kramer Capital"}
    assert ("Tavox", "target") in found[0]


def test_a_place_after_a_suffix_is_no_part_of_the_name():
    (event,) = events_of("fr", "Le groupe Kramer Holding France rachète Tavox.")
    assert parties(event) == {("Kramer", "acquirer"), ("Tavox", "target")}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Tessmer AG arbeitet mit dem Versicherer Allvida und der Bausparkasse Wohnfest zusammen."),
    ("de", "Die Tessmer AG kooperiert mit Allvida und Wohnfest."),
    ("en", "Tessmer has partnered with Allvida and Wohnfest to sell insurance."),
    ("fr", "Tessmer a noué un partenariat avec l'assureur Allvida et la banque Wohnfest."),
])
def test_a_partner_joined_to_the_partner_after_the_cue_is_a_partner_too(lang: str, text: str):
    (event,) = [e for e in events_of(lang, text) if e["type"] == "partnership"]
    names = {n for n, _ in parties(event)}
    assert len(names) == 3 and "Tessmer" in names and "Allvida" in names
    assert any(n.endswith("Wohnfest") for n in names)


def test_an_article_after_and_opens_another_body_no_field():
    names = {p["name"] for e in events_of("es", "El Ministerio de Hacienda y la Generalitat apoyan la compra de "
                                                "Tarnholm por Brisewell.") for p in e["parties"]}
    assert not any(" y la " in n for n in names)
