"""A listing only reports speak of is rumored ("declined to comment on reports that", "Finanzkreisen zufolge"); a deal
whose participle is dated as an aside ("la fusion ..., annoncée en février") was announced then, not completed by
its earlier month; a merger that "n'ira pas à son terme" is called off. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

CASES = [
    ("en", "Velora Bio declined to comment on reports that it has hired banks to prepare a Nasdaq listing.",
     "ipo", "rumored"),
    ("en", "Velora Bio shares fell amid reports that it has picked banks for a Nasdaq listing.", "ipo", "rumored"),
    ("de", "Finanzkreisen zufolge bereitet die Velora Bio AG einen Börsengang an der Nasdaq vor.", "ipo", "rumored"),
    ("fr", "Le cabinet a conseillé la fusion des assureurs Mutuelle Astrée et Prévoyance Valdor, annoncée en février "
     "et valorisée à 1,9 milliard d'euros.", "merger", "announced"),
    ("es", "El bufete asesoró en la fusión de las aseguradoras Montaña Seguros y Previsora Valdés, anunciada en "
     "febrero y valorada en 1.900 millones de euros.", "merger", "announced"),
    ("fr", "Le projet de fusion entre la chaîne Télévar et le groupe Ondalis n'ira pas à son terme.", "merger",
     "terminated"),
]


@pytest.mark.parametrize(("lang", "text", "kind", "status"), CASES)
def test_status_of_reported_or_dated_deal(lang: str, text: str, kind: str, status: str) -> None:
    events = [e for e in extract_events(page(lang, "News", text)) if e["type"] == kind]
    assert [e["status"] for e in events] == [status], events
