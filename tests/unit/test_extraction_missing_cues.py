"""Deals missed for want of a cue (cuesB, recall shape R5): a listing by its formal name ("oferta pública inicial
(OPI)"), by the English word in German ("ein geplantes Listing an der Börse") or by a verb that lists the owner's unit
("introduire en Bourse sa filiale X": the unit lists); a joint venture founded "gemeinsam mit" a partner with the
auxiliary before the founders; a contract its supplier "saw terminated" by its customer, an award a court annulled.
Also a "first listing since early 2023": a start told with a part of the year is no date of the deal, so the
sentence restates the page's listing instead of telling another. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _events(lang: str, title: str, body: str, kind: str) -> list[tuple]:
    return [(parties(e), e["status"], e["date"]) for e in extract_events(page(lang, title, body)) if e["type"] == kind]


@pytest.mark.parametrize(("lang", "title", "body", "issuer", "state"), [
    ("es", "Ficticia Energía presenta resultados",
     "Ficticia Energía, la eléctrica mexicana, presentó el prospecto preliminar para una oferta pública inicial (OPI) "
     "con la que busca recaudar hasta 5.000 millones de pesos.", "Ficticia Energía", "announced"),
    ("de", "Bergmann Werke mit neuem Chef",
     "Die Bergmann Werke AG hat einen neuen Chef. Ein für 2023 geplantes Listing an der Börse war abgesagt worden.",
     "Bergmann Werke", "terminated"),
    ("fr", "Orlan prépare la cotation de Lumen Digital",
     "Le groupe Orlan a confirmé son intention d'introduire en Bourse sa filiale Lumen Digital sur Euronext Growth.",
     "Lumen Digital", "announced"),
])
def test_a_listing_told_by_a_new_cue(lang: str, title: str, body: str, issuer: str, state: str) -> None:
    events = _events(lang, title, body, "ipo")
    assert [(p, s) for p, s, _ in events] == [({(issuer, "issuer")}, state)]


def test_a_venture_founded_together_with_the_auxiliary_first() -> None:
    body = ("Die Stadtwerke Kranich bauen einen Solarpark bei Halle. Dafür haben die Stadtwerke Kranich gemeinsam mit "
            "dem Projektierer Sonnwerk die Solarpark Nord GmbH & Co. KG gegründet, an der die Stadtwerke 60 Prozent "
            "halten.")
    events = _events("de", "Stadtwerke Kranich bauen Solarpark", body, "joint_venture")
    assert [(p, s) for p, s, _ in events] == [
        ({("Stadtwerke Kranich", "partner"), ("Sonnwerk", "partner")}, "announced")]


def test_a_contract_its_supplier_saw_terminated() -> None:
    body = ("La métropole de Rives a confié l'exploitation de son réseau de bus à Mobilia pour huit ans. L'ancien "
            "prestataire, Voyagia, avait vu son contrat résilié par la métropole de Rives en février.")
    events = _events("fr", "Transports : la métropole de Rives choisit Mobilia", body, "contract")
    assert ({("Voyagia", "supplier"), ("métropole de Rives", "customer")}, "terminated", "2024-02") in events
    assert ({("Mobilia", "supplier"), ("métropole de Rives", "customer")}, "announced", "2024-03-14") in events


def test_an_award_a_court_annulled() -> None:
    body = ("El Ayuntamiento de Soria adjudicó en 2023 el contrato de limpieza viaria a Limpiezas Duero, pero el "
            "tribunal anuló la adjudicación en febrero de 2024.")
    events = _events("es", "Limpieza viaria en Soria", body, "contract")
    assert [(p, s) for p, s, _ in events] == [
        ({("Ayuntamiento de Soria", "customer"), ("Limpiezas Duero", "supplier")}, "terminated")]


@pytest.mark.parametrize(("lang", "title", "body", "issuer"), [
    ("en", "Sonora Power debuts in Mexico",
     "Sonora Power began trading on the Mexican stock exchange on Thursday after raising 7.5 billion pesos. It was "
     "the first initial public offering in the Mexican market since early 2023.", "Sonora Power"),
    ("es", "Energía Sonora debuta en la BMV",
     "Energía Sonora se estrenó este jueves en la Bolsa Mexicana de Valores tras colocar acciones por 7.500 millones "
     "de pesos. Se trata de la primera salida a bolsa en el mercado mexicano desde principios de 2023.",
     "Energía Sonora"),
])
def test_the_first_listing_since_a_part_of_a_year_is_the_same_listing(lang: str, title: str, body: str,
                                                                        issuer: str) -> None:
    assert _events(lang, title, body, "ipo") == [({(issuer, "issuer")}, "completed", "2024-03-14")]
