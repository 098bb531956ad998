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


def test_small_firm_or_works_told_by_its_town():
    for lang, text in [
        ("fr", "Le groupe Laitalis rachète la PME de Blanquefort."),
        ("fr", "Vauclair a bouclé en décembre le rachat de cette PME de Lannion, spécialiste des lentilles."),
        ("fr", "Le groupe Laitalis rachète la fromagerie de Poligny."),
        ("fr", "Laitalis a repris l'ETI de Cholet au groupe Fromalp."),
        ("es", "Navalia adjudicó a la pyme de Lucena un contrato de 5 millones de euros."),
        ("es", "El cierre supone pérdidas para la comarca de Algeciras, donde Navalia adjudicó un contrato a Lumatec."),
    ]:
        found = names(_events(lang, "Actu", text))
        assert not found & {"Blanquefort", "Lannion", "Poligny", "Cholet", "Lucena", "Algeciras"}, (text, found)


def test_acronym_of_a_kind_heads_no_name():
    (event,) = _events("fr", "Actu", "Le groupe Laitalis a racheté la PME Vernet.")
    assert parties(event) == {("Laitalis", "acquirer"), ("Vernet", "target")}
    assert "Banque des Territoires" in names(_events("fr", "Actu", "La Banque des Territoires investit dans Vernet."))


def test_emphatic_pronoun_and_sentence_nouns_are_no_names():
    for lang, text in [
        ("fr", "Lumatec fabrique des capteurs. Elle-même a racheté en 2024 la société Vernet."),
        ("fr", "Une levée de fonds de 180 millions d'euros pour Lumatec – Prix de l'offre fixé à 14,50 euros – Début "
               "des négociations avec Nordcap ce jour"),
        ("es", "Semana intensa en el mercado: Lumatec compra Navalia por 5 millones de euros."),
    ]:
        found = names(_events(lang, "Actu", text))
        assert not found & {"Elle-même", "Prix", "Début", "Semana"}, (text, found)


def test_founders_named_in_the_plural_are_persons():
    for lang, title, text, investor in [
        ("en", "Lumatec raises", "Lumatec was founded in 2020. In 2022 founders Priya Natarajan and Ewan Scott "
                                 "raised a $3.5 million seed round from Pilot Fund.", "Pilot Fund"),
        ("fr", "Lumatec lève 3 millions", "Lumatec est née en 2020. En 2022, les cofondateurs Jean Roux et Anne "
                                          "Morel ont levé 3 millions d'euros auprès de Breizh Up.", "Breizh Up"),
    ]:
        found = names(_events(lang, title, text))
        assert investor in found and not found & {"Priya Natarajan", "Ewan Scott", "Jean Roux", "Anne Morel"}, (
            text, found)


def test_colleague_before_a_name_makes_a_person():
    found = names(_events("de", "Nachrichten", "Kollege Martin Riesch übernimmt die Lumatec GmbH."))
    assert "Kollege Martin Riesch" not in found and "Martin Riesch" not in found


def test_a_fund_named_like_founders_stays_a_firm():
    found = names(_events("en", "News", "OpenAI is in talks to sell shares to the venture firms Thrive Capital and "
                                        "Founders Fund."))
    assert "Founders Fund" in found


def test_french_departements_named_alone_are_places():
    for text in ["Vernet lève 5 millions d'euros pour s'implanter dans les Landes.",
                 "Le groupe Vernet rachète une scierie dans les Vosges.",
                 "Vernet a réalisé une levée de 5 millions d'euros auprès d'Aquitaine Croissance pour son usine dans "
                 "les Landes."]:
        found = names(_events("fr", "Vernet", text))
        assert not found & {"Landes", "Vosges"}, (text, found)
