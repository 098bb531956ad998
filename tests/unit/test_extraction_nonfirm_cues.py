"""Words that look like a listing's cue but tell none (round nonfirms): an IPO acronym inside a hyphenated compound
(a place "Sainte-Cécile-la-Pape", a round before the listing "a pre-IPO placement"), and the hour a quote is told at
("die Aktie springt zum Handelsstart um 12 Prozent", "bei Handelsstart", "seit Handelsstart"); the acronym standing
alone and a listing's own start of trading stay listings."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def listings(lang: str, text: str) -> list[set[str]]:
    return [{p["name"] for p in e["parties"]} for e in extract_events(page(lang, "News", text)) if e["type"] == "ipo"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Orvik Gourmet, qui rachète la biscuiterie Bramall, prévoit de centraliser la production dans son "
           "laboratoire de Sainte-Cécile-la-Pape."),
    ("en", "Orvik Labs is preparing a pre-IPO placement with Bramall Capital."),
    ("es", "Orvik Labs prepara una ronda pre-IPO con Bramall Capital."),
    ("es", "Orvik Labs cerró en 2023 una ampliación pre-OPV suscrita por Bramall Capital."),
    ("de", "Die Börse reagiert prompt: Die Orvik-Aktie springt zum Handelsstart um 12 Prozent auf 31,20 Euro."),
    ("de", "Die Bramall-Aktie notiert seit Handelsstart deutlich im Plus."),
    ("de", "Der Leitindex wird bei Handelsstart leichter erwartet; die Orvik-Aktie steigt."),
])
def test_an_acronym_in_a_compound_or_the_hour_of_a_quote_is_no_listing(lang, text):
    assert listings(lang, text) == []


@pytest.mark.parametrize(("lang", "text", "issuer"), [
    ("fr", "Le PAPE de Orvik Mines a permis de lever 6 M$ en 2011.", "Orvik Mines"),
    ("fr", "Orvik Labs prépare son IPO pour 2025.", "Orvik Labs"),
    ("en", "Orvik Labs is preparing an IPO for 2025.", "Orvik Labs"),
    ("es", "Orvik Labs prepara una OPV para 2025.", "Orvik Labs"),
    ("es", "Orvik Labs prepara su IPO para 2025.", "Orvik Labs"),
    ("de", "Der Handelsstart der Kelmar-Aktie an der Frankfurter Börse ist für Donnerstag geplant.", "Kelmar"),
])
def test_the_acronym_alone_and_a_listings_own_start_stay_listings(lang, text, issuer):
    assert listings(lang, text) == [{issuer}]
