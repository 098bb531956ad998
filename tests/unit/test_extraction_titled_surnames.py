"""A person the page names in full after a title ("chief executive Dr. Anna Berg", "M. Paul Roux") is the person
her surname names alone later, whatever verb follows it; a title, an honorific or an adjective of origin between
("l'entrepreneur suédois Lars Holm") leaves the full name a person's. A firm named after a family ("Puig", "Quist
Holdings", "Construcciones Ulloa") stays a firm."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def names(lang: str, text: str) -> set[str]:
    return {p["name"] for e in extract_events(page(lang, "News", text)) for p in e["parties"]}


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "Brisewell is led by chief executive Dr. Anna Berg, who joined in 2019. Berg bought a 30% stake in "
           "Tarnholm for $40 million last week.", "Berg"),
    ("de", "Die Brisewell AG wird seit 2019 von Dr. Jana Kessler geführt. Kessler kauft nun 30 Prozent an der "
           "Tarnholm GmbH für 40 Millionen Euro.", "Kessler"),
    ("fr", "M. Paul Roux dirige Brisewell depuis 2019. Roux rachète la société Tarnholm pour 40 millions d'euros.",
     "Roux"),
    ("es", "La Dra. Ana Ruiz preside Brisewell desde 2019. Ruiz compra ahora Tarnholm por 40 millones de euros.",
     "Ruiz"),
])
def test_a_titled_person_s_surname_alone_is_that_person(lang: str, text: str, person: str) -> None:
    assert not any(person in name for name in names(lang, text))


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("fr", "L'entrepreneur suédois Lars Holm cède Tarnholm à Brisewell pour 40 millions d'euros.", "Lars Holm"),
    ("es", "El empresario sueco Lars Holm vende Tarnholm a Brisewell por 40 millones de euros.", "Lars Holm"),
    ("es", "El empresario mexicano Lars Holm vende Tarnholm a Brisewell por 40 millones de euros.", "Lars Holm"),
    ("en", "The Swedish entrepreneur Lars Holm has sold Tarnholm to Brisewell for $40 million.", "Lars Holm"),
])
def test_an_adjective_of_origin_after_the_title_leaves_a_person(lang: str, text: str, person: str) -> None:
    found = names(lang, text)
    assert {"Tarnholm", "Brisewell"} <= found
    assert person not in found


@pytest.mark.parametrize(("lang", "text", "firm"), [
    ("es", "El presidente de Puig, Marc Puig, dijo que la operación avanza. Puig compra Tarnholm por 300 millones de "
           "euros.", "Puig"),
    ("en", "Brisewell founder Mara Quist said on Monday the group would expand. Quist Holdings bought Tarnholm for "
           "$40 million.", "Quist"),
    ("es", "Construcciones Ulloa gana un contrato. «Es un paso clave», dijo el consejero delegado, Ramón Ulloa. Ulloa "
           "compra Tarnholm por 30 millones de euros.", "Construcciones Ulloa"),
])
def test_a_firm_named_after_a_family_stays_a_firm(lang: str, text: str, firm: str) -> None:
    assert firm in names(lang, text)
