"""Words that look like a deal's cue but tell none (round nonfirms): an IPO acronym inside a hyphenated compound
(a place "Sainte-Cécile-la-Pape", a round before the listing "a pre-IPO placement"), the hour a quote is told at
("die Aktie springt zum Handelsstart um 12 Prozent", "bei Handelsstart", "seit Handelsstart"), and a post a person
takes over ("übernimmt den Vorstandsvorsitz von X", "reprend la présidence"); the acronym standing alone, a listing's
own start of trading and a firm taken over stay deals."""

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


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "2024: Dr. Jana Keller übernimmt den Vorstandsvorsitz von Paul Orvik, dem Sohn des Gründers der Bramall "
           "Pumpen AG."),
    ("de", "2024: Dr. Jana Keller übernimmt die Geschäftsführung von Paul Orvik, dem Sohn des Gründers der Bramall "
           "Pumpen AG."),
    ("en", "2024: Dr. Jane Keller takes over the chairmanship from Paul Orvik, grandson of the founder of Bramall "
           "Pumps."),
    ("en", "2024: Jane Keller took over as chief executive from Paul Orvik at Bramall Pumps."),
    ("fr", "2024 : Jeanne Keller reprend la présidence de Paul Orvik, petit-fils du fondateur de Bramall Pompes."),
    ("fr", "2024 : Jeanne Keller reprend la direction générale de Bramall Pompes."),
    ("es", "2024: Juana Keller toma el relevo de Paul Orvik al frente de Bombas Bramall."),
])
def test_a_post_a_person_takes_over_is_no_takeover(lang, text):
    """A person who takes over an office (a chair, the management) from another buys no firm of anyone."""
    assert extract_events(page(lang, "Geschichte", text)) == []


@pytest.mark.parametrize(("lang", "text", "target"), [
    ("de", "Die Orvik Holding übernimmt die Bramall Pumpen AG.", "Bramall Pumpen"),
    ("en", "Orvik Holdings takes over Bramall Pumps.", "Bramall Pumps"),
    ("fr", "Orvik Holding reprend Bramall Pompes.", "Bramall Pompes"),
    ("es", "Orvik Holding toma el control de Bombas Bramall.", "Bombas Bramall"),
])
def test_a_firm_taken_over_stays_a_takeover(lang, text, target):
    found = [e for e in extract_events(page(lang, "News", text)) if e["type"] == "acquisition"]
    assert [{p["name"] for p in e["parties"] if p["role"] == "target"} for e in found] == [{target}]
