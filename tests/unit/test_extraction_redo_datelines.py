"""Wire datelines with the agency in brackets ("Bilbao (EFE).- ", "Lille, 3 juin 2025 (AFE) - ",
"Leeds, 9 June (Northline) – "): neither the town nor the agency is a party, and the dateline's day dates the news
when the text gives no other (sentences written for these tests)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def events(lang: str, title: str, *paragraphs: str) -> list[dict]:
    return extract_events(page(lang, title, *paragraphs, published="2025-06-12"))


@pytest.mark.parametrize("lang,title,text,expected,date", [
    ("es", "Sarria compra Ondalux", "Bilbao, 10 de junio (EFE).- La ingeniería vasca Sarria Técnica ha comprado la "
     "empresa de iluminación Ondalux por 30 millones de euros.", {("Sarria Técnica", "acquirer"),
                                                                  ("Ondalux", "target")}, "2025-06-10"),
    ("es", "Sarria compra Ondalux", "Bilbao (EFE).- La ingeniería vasca Sarria Técnica ha comprado la empresa de "
     "iluminación Ondalux por 30 millones de euros.", {("Sarria Técnica", "acquirer"), ("Ondalux", "target")},
     "2025-06-12"),
    ("fr", "Brévia entre en Bourse", "Lille, 3 juin 2025 (AFE) - Le fabricant de vélos Brévia a levé 80 millions "
     "d'euros lors de son introduction en Bourse.", {("Brévia", "issuer")}, "2025-06-03"),
    ("en", "Harlan buys Teviot", "Leeds, 9 June (Northline) – Engineering group Harlan Tobias has agreed to buy pump "
     "maker Teviot Flow for £45m.", {("Harlan Tobias", "acquirer"), ("Teviot Flow", "target")}, "2025-06-09"),
])
def test_dateline_agency_and_town_are_no_parties(lang, title, text, expected, date):
    (event,) = events(lang, title, text)
    assert parties(event) == expected
    assert event["date"] == date
