"""Homes of a housing portfolio counted in a purchase are real estate a firm sells, not goods it supplies (cues,
`dwellings`): the buyer is the acquirer and the firm it buys them from the seller, also when the homes follow the
seller's name and its legal suffix ("kauft dem Konzern X SE rund 3100 Wohnungen ab"); goods counted after the
seller stay an order."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def deals(lang: str, *sentences: str) -> list[tuple[str, set[tuple[str, str]]]]:
    return [(e["type"], parties(e)) for e in extract_events(page(lang, "News", " ".join(sentences)))]


def test_homes_bought_from_a_landlord_are_an_acquisition_de():
    assert deals("de", "Brindlecote vermietet Wohnungen.", "Die Tamaru Wohnbau kauft dem börsennotierten "
                 "Immobilienkonzern Brindlecote SE rund 3100 Wohnungen im Stadtgebiet ab.") == [
        ("acquisition", {("Tamaru Wohnbau", "acquirer"), ("Brindlecote", "seller")})]
    # machines counted after the seller are goods: an order
    assert deals("de", "Brindlecote baut Maschinen.", "Die Tamaru Logistik kauft dem Hersteller Brindlecote rund 300 "
                 "Gabelstapler ab.") == [("contract", {("Tamaru Logistik", "customer"), ("Brindlecote", "supplier")})]


def test_homes_bought_from_a_landlord_are_an_acquisition_en_fr_es():
    assert deals("en", "Brindlecote rents out flats.", "Tamaru Housing agreed to buy 3,100 apartments from "
                 "Brindlecote.") == [("acquisition", {("Tamaru Housing", "acquirer"), ("Brindlecote", "seller")})]
    assert deals("fr", "Brindlecote loue des logements.", "Tamaru Habitat rachète 3 100 logements à Brindlecote "
                 "pour 410 millions d'euros.") == [
        ("acquisition", {("Tamaru Habitat", "acquirer"), ("Brindlecote", "seller")})]
    assert deals("es", "Brindlecote alquila pisos.", "Tamaru Vivienda compra 3.100 viviendas a Brindlecote por 410 "
                 "millones de euros.") == [
        ("acquisition", {("Tamaru Vivienda", "acquirer"), ("Brindlecote", "seller")})]
