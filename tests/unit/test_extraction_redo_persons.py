"""Founders are persons, never parties, also when their titles stand between the founding "by" and their names
("founded by former Acme engineer Jane Roe") and when a particle is part of the surname ("Anne Le Bras")
(sentences written for these tests)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def events(lang: str, title: str, *paragraphs: str) -> list[dict]:
    return extract_events(page(lang, title, *paragraphs, published="2025-06-12"))


def all_names(found: list[dict]) -> set[str]:
    return {p["name"] for e in found for p in e["parties"]}


@pytest.mark.parametrize("lang,title,text,firm", [
    ("en", "Quillbrook raises $20m", "Quillbrook, a Leeds software start-up, has raised $20m in a Series B round led "
     "by Harrow Ventures.\nSet up in 2019 by former Siemens engineer Ruth Calloway and Owen Pike, the start-up "
     "closed a $5m Series A led by Tarn Capital in 2022.", "Quillbrook"),
    ("fr", "Brisant lève 8 millions", "La start-up nantaise Brisant a levé 8 millions d'euros auprès de Loire "
     "Capital.\nFondée en 2020 par deux anciens ingénieurs, Anne Le Bras et Hugo Marchal, la jeune pousse avait "
     "levé 2 millions d'euros en 2022.", "Brisant"),
    ("es", "Talvera capta 6 millones", "La start-up Talvera ha cerrado una ronda de 6 millones de euros liderada "
     "por Duero Ventures.\nFundada en 2020 por dos antiguos profesores, Lucía de la Fuente y Pablo Ríos, la "
     "empresa captó 1 millón de euros en 2022.", "Talvera"),
])
def test_titled_founders_are_persons(lang, title, text, firm):
    found = events(lang, title, text)
    names = all_names(found)
    assert not names & {"Ruth Calloway", "Owen Pike", "Anne Le Bras", "Hugo Marchal", "Lucía de la Fuente",
                        "Pablo Ríos", "Calloway", "Le Bras", "Fuente"}
    assert any(p["name"] == firm for e in found for p in e["parties"])


def test_founded_by_a_group_still_names_a_firm():
    found = events("en", "Kelda Robotics", "Kelda Robotics, founded in 2018 by industrial group Marsh Holdings, "
                   "has bought Tolland Sensors for $40m.")
    assert {"Kelda Robotics", "Tolland Sensors"} <= all_names(found)



@pytest.mark.parametrize("lang,text", [
    ("fr", "Les fondateurs de Brisant, Anne Le Bras et Hugo Marchal, ont racheté en 2021 la société Terrial."),
    ("en", "The founders of Quillbrook, Ruth Calloway and Owen Pike, bought the software maker Tallis Data in 2021."),
    ("es", "Los fundadores de Talvera, Lucía Prado y Pablo Ríos, compraron en 2021 la empresa Nubla Datos."),
])
def test_founders_named_after_their_firm_are_persons(lang, text):
    names = all_names(events(lang, "News", text))
    assert names and not names & {"Anne Le Bras", "Hugo Marchal", "Ruth Calloway", "Owen Pike", "Lucía Prado",
                                  "Pablo Ríos"}


def test_a_two_word_title_before_a_comma_names_a_person():
    found = events("es", "Noticias", "«Vamos a crecer en Chile», dijo su cofundadora y directora general, Lucía "
                   "Prado.\nLa empresa, que en 2024 compró la chilena Nubla Datos, opera en tres países.")
    assert "Lucía Prado" not in all_names(found)


@pytest.mark.parametrize("text,firm", [
    ("Lucía Prado y Pablo Ríos fundaron Talvera en 2019. La startup levantó 5 millones de euros en una ronda "
     "liderada por Duero Ventures.", "Talvera"),
    ("Lucía Prado, Marta Soler y Pablo Ríos cofundaron en 2018 la plataforma Nubla, que ahora compra la valenciana "
     "Ferrasa.", "Nubla"),
])
def test_full_names_joined_before_a_founding_verb_are_persons(text, firm):
    names = all_names(events("es", "Noticias", text))
    assert firm in names and not names & {"Lucía Prado", "Marta Soler", "Pablo Ríos"}


def test_two_firms_that_found_a_joint_venture_stay_its_partners():
    found = events("es", "Noticias", "Aceros Lumbre y Baterías Tapir fundaron una empresa conjunta para fabricar "
                   "celdas en Valencia.")
    assert {"Aceros Lumbre", "Baterías Tapir"} <= all_names(found)


def test_a_title_of_a_firm_named_after_its_noun_names_no_person():
    found = events("es", "Ferrol Andina y Banco Tapir del Norte anuncian su fusión",
                   "Las juntas de Ferrol Andina S.A. y Banco Tapir del Norte S.A. aprobaron el miércoles un acuerdo de "
                   "fusión.", "«Es una unión entre iguales», afirmó la presidenta de Banco Tapir del Norte.")
    assert [(e["type"], len(e["parties"])) for e in found] == [("merger", 2)]


def test_a_title_after_a_subordinate_clause_names_no_person_before_it():
    found = events("es", "Nace Tapir Norte Seguros tras la fusión de Mutua Ferrol y Previsora Tapir",
                   "Mutua Ferrol y Previsora Tapir han completado su fusión, según comunicaron el martes.",
                   "La presidencia recaerá en Luis Prats, hasta ahora presidente de Mutua Ferrol, mientras que el "
                   "consejero delegado será Marta Soler.")
    assert [(e["type"], sorted(p["name"] for p in e["parties"])) for e in found] == [
        ("merger", ["Mutua Ferrol", "Previsora Tapir"])]
