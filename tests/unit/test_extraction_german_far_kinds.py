"""A German description of a kind the page called one firm, far back ("Der Übertragungsnetzbetreiber X ... [other
firms] ... über einen Einstieg beim Netzbetreiber"): it stands for that firm, not for the last firm named; the
contraction of the entry cue opens the description of the firm entered; sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def test_an_entry_in_the_firm_the_page_called_by_that_kind():
    found = extract_events(page(
        "de", "Netzbetreiber Voltmark bestellt Kabel bei Drahtwerk",
        "Der Übertragungsnetzbetreiber Voltmark Ost GmbH hat beim Kabelhersteller Drahtwerk AG Seekabel bestellt. "
        "Der Auftrag hat ein Volumen von 800 Mio. Euro.",
        "Drahtwerk beschäftigt 2.000 Menschen und baut ein Werk in Husum. Dafür haben Drahtwerk und die "
        "Firma Kobalt Kabel das Gemeinschaftsunternehmen Husum Kabelwerk gegründet. Das Werk soll 2027 öffnen.",
        "Unterdessen verhandelt der Freistaat Sachsen Insidern zufolge über einen Einstieg beim Netzbetreiber."))
    stakes = [parties(e) for e in found if e["type"] == "investment"]
    assert stakes == [{("Freistaat Sachsen", "investor"), ("Voltmark Ost", "investee")}]
