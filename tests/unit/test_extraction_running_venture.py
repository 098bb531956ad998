"""A state held since a year (branch fields15): a joint venture run since then is a standing relationship, ongoing,
dated by that start; a firm that belongs to another since then was bought then (completed). One founded in a year,
formed now or talked about since a month keeps its status. Sentences written for these tests."""

import pytest

from tests.unit.test_extraction_status_fields import BOTH, PUBLISHED, fields

RUNNING = [
    ("en", "Lumatec has run a joint venture with Nordwerk since 2021 that makes sensors in Leeds.",
     ("joint_venture", "ongoing", "2021")),
    ("en", "Lumatec has operated a joint venture in Poland with Nordwerk since 2020.",
     ("joint_venture", "ongoing", "2020")),
    ("de", "Der Chiphersteller Lumatec betreibt seit 2020 mit dem Autozulieferer Nordwerk ein Gemeinschaftsunternehmen "
     "in Polen.",
     ("joint_venture", "ongoing", "2020")),
    ("fr", "Lumatec exploite depuis 2021 avec le groupe Nordwerk une coentreprise qui fabrique des capteurs.",
     ("joint_venture", "ongoing", "2021")),
    ("fr", "Lumatec s'appuie sur Optica, la coentreprise qu'il détient à parts égales depuis 2020 avec Nordwerk.",
     ("joint_venture", "ongoing", "2020")),
    ("es", "Lumatec gestiona desde 2021 con el grupo Nordwerk una empresa conjunta que fabrica sensores.",
     ("joint_venture", "ongoing", "2021")),
]

IN_USE = [  # a venture of an earlier year its partners tell in use before it (branch ventures2)
    ("en", "Lumatec and Nordwerk already share plants through Optica, the 50/50 company they set up in 2021.",
     ("joint_venture", "ongoing", "2021")),
    ("fr", "Lumatec et Nordwerk continuent de partager leurs usines via Optica, la coentreprise qu'ils ont créée en "
     "2021.", ("joint_venture", "ongoing", "2021")),
    ("es", "Lumatec y Nordwerk siguen compartiendo plantas a través de Optica, la empresa conjunta que formaron en "
     "2021.", ("joint_venture", "ongoing", "2021")),
]

FOUNDED = [  # one that only serves the news was founded then, completed
    ("en", "Lumatec will deliver the job through Optica, the joint venture it set up with Nordwerk in 2023.",
     ("joint_venture", "completed", "2023")),
    ("fr", "Lumatec livrera le chantier via Optica, la coentreprise qu'il a créée en 2022 avec Nordwerk.",
     ("joint_venture", "completed", "2022")),
    ("es", "Lumatec construirá la línea a través de Optica, la empresa conjunta que formó con Nordwerk en 2022.",
     ("joint_venture", "completed", "2022")),
]

NOT_RUNNING = [  # a venture formed now or founded in a year is no standing one
    ("en", "Lumatec and Nordwerk formed a joint venture on Tuesday to make sensors.",
     ("joint_venture", "announced", "2024-03-12")),
    ("fr", "Lumatec et Nordwerk ont créé mardi une coentreprise pour fabriquer des capteurs.",
     ("joint_venture", "announced", "2024-03-12")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RUNNING + IN_USE + FOUNDED + NOT_RUNNING)
def test_running_venture(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in fields(lang, text, BOTH), (text, fields(lang, text, BOTH), PUBLISHED)


OWNED = [
    ("de", "Der Autozulieferer Nordwerk gehört seit 2018 mehrheitlich zum Chiphersteller Lumatec.",
     ("acquisition", "completed", "2018")),
    ("de", "Nordwerk gehört seit 2021 vollständig zum Chiphersteller Lumatec.", ("acquisition", "completed", "2021")),
    ("en", "Nordwerk has belonged wholly to Lumatec since 2019.", ("acquisition", "completed", "2019")),
    ("fr", "Nordwerk appartient depuis 2019 majoritairement au groupe Lumatec.", ("acquisition", "completed", "2019")),
    ("fr", "Nordwerk appartient majoritairement au groupe Lumatec depuis 2019.", ("acquisition", "completed", "2019")),
    ("es", "Nordwerk pertenece desde 2019 mayoritariamente al grupo Lumatec.", ("acquisition", "completed", "2019")),
]

NOT_OWNED = [  # talks since a month stay talks
    ("en", "Lumatec has been in talks to buy Nordwerk since January.", ("acquisition", "rumored", PUBLISHED)),
    ("de", "Der Chiphersteller Lumatec verhandelt seit Januar über eine Übernahme des Autozulieferers Nordwerk.",
     ("acquisition", "rumored", PUBLISHED)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OWNED + NOT_OWNED)
def test_owned_since(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in fields(lang, text, BOTH), (text, fields(lang, text, BOTH))
