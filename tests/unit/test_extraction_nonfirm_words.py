"""Words that name no firm in a party slot (issue 3, falseparties2): a dateline's town and its wire's code, a unit
alone, units of measure and product codes; with probes whose firms must stay parties."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import names, page, parties


def _events(lang: str, title: str, text: str) -> list[dict]:
    return extract_events(page(lang, title, text))


def test_town_dateline_with_wire_code_names_no_party():
    for lang, text in [
        ("de", "Düsseldorf (NDW) - Der Energieversorger Stadtwerke Lumen übernimmt die Netzwerk GmbH."),
        ("de", "Bad Kreuznach (dpa) – Die Lumatec AG übernimmt die Netzwerk GmbH."),
        ("fr", "Lyon (AFP) – Le groupe Lumatec rachète la société Netzwerk."),
        ("en", "Leeds (NWire) - Lumatec has agreed to buy Netzwerk Ltd."),
    ]:
        found = names(_events(lang, "Nachrichten" if lang == "de" else "Actu", text))
        assert "Netzwerk" in found and not found & {"NDW", "dpa", "AFP", "NWire", "Düsseldorf", "Bad Kreuznach",
                                                     "Lyon", "Leeds"}, (text, found)


def test_town_dateline_keeps_roles():
    (event,) = _events("de", "Nachrichten", "Düsseldorf (NDW) - Der Energieversorger Stadtwerke Lumen übernimmt "
                                            "die Netzwerk GmbH.")
    assert parties(event) == {("Stadtwerke Lumen", "acquirer"), ("Netzwerk", "target")}


def test_german_unit_alone_is_no_target():
    for text in ["Nordwerk verkauft die Sparte an Lumatec, der die Sparte für 700 Millionen Euro übernehmen wollte.",
                 "Lumatec übernimmt die Division von Nordwerk für 20 Millionen Euro."]:
        found = names(_events("de", "Nachrichten", text))
        assert "Lumatec" in found and not found & {"Sparte", "Division"}, (text, found)


def test_units_of_measure_and_product_codes_are_no_parties():
    for lang, text in [
        ("en", "Lumatec signed a contract with Nordwerk to supply PVC. Nordwerk will buy 20 MW from Lumatec."),
        ("fr", "Lumatec a signé un contrat avec Nordwerk pour 40 MW. PVC et B2B restent ses métiers."),
        ("es", "Lumatec firmó un contrato con Nordwerk para suministrar 30 MW."),
        ("de", "Nordwerk hat Lumatec mit der Lieferung von 12 MW beauftragt. MW und PVC sind gefragt."),
    ]:
        found = names(_events(lang, "Nachrichten" if lang == "de" else "News", text))
        assert {"Lumatec", "Nordwerk"} <= found and not found & {"PVC", "MW", "B2B"}, (text, found)


def test_firms_named_like_towns_or_units_stay_parties():
    assert "Sevilla Logística" in names(_events("es", "Noticias", "Sevilla Logística ha adquirido la empresa "
                                                                   "Nordwerk por 5 millones de euros."))
    assert "Bayer" in names(_events("de", "Nachrichten", "Bayer übernimmt Nordwerk für 2 Milliarden Euro."))
    assert "Lumatec" in names(_events("en", "News", "Lumatec (LMT) said Nordwerk agreed to buy Lumatec for $3m."))
