"""A German public body's order told with the dative after the body and its auxiliary ("Die Niedersächsische
Landesbehörde für Straßenbau und Verkehr hat der Telematik Y GmbH den Auftrag für ... auf der A1 und der A7
erteilt"): the body's name holds its fields joined by "und", the firm after "der" is the supplier, and the roads are
no firms; sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def test_a_road_agency_awards_an_order_to_a_firm_in_the_dative():
    found = extract_events(page(
        "de", "Signalbau Weser modernisiert Tunnel",
        "Die Hessische Landesbehörde für Wasserbau und Küstenschutz hat der Signalbau Weser GmbH den Auftrag für die "
        "Sanierung der Pumpwerke an der A5 und der A45 erteilt. Das Volumen liegt bei 21 Mio. Euro."))
    assert [(e["type"], parties(e)) for e in found] == [
        ("contract", {("Hessische Landesbehörde für Wasserbau und Küstenschutz", "customer"),
                      ("Signalbau Weser", "supplier")})]


def test_an_inverted_subject_after_the_auxiliary_is_no_dative():
    found = extract_events(page(
        "de", "Großauftrag für Brenntal",
        "Im Mai hat der Energieversorger Kaltwasser AG bei der Brenntal GmbH zwölf Transformatoren bestellt."))
    assert [(e["type"], parties(e)) for e in found] == [
        ("contract", {("Kaltwasser", "customer"), ("Brenntal", "supplier")})]


def test_a_firm_whose_name_opens_with_a_road_like_code_stays_a_firm():
    found = extract_events(page(
        "de", "Funkmasten verkauft",
        "Der Netzbetreiber hat von der A1 Telekom Austria 400 Funkmasten übernommen, teilte die Firma Turmwerk mit."))
    assert any("A1 Telekom Austria" in {p["name"] for p in e["parties"]} for e in found) or found == []


def test_a_fronted_object_keeps_the_subject_after_the_auxiliary():
    found = extract_events(page(
        "de", "Zukauf in Bremen",
        "Den Bremer Lagerbetreiber Hafenkai Logistik hat der Konzern Nordspan AG im Juni übernommen."))
    assert [(e["type"], parties(e)) for e in found] == [
        ("acquisition", {("Nordspan", "acquirer"), ("Hafenkai Logistik", "target")})]
