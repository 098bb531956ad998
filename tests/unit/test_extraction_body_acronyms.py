"""Public bodies with long official names (commas, "und", "de") and their acronyms are one customer each, named as
written; exchanges, their segments and places in the genitive are never parties; firms named after a place keep
their names."""

import pytest

from streams.extraction import extract_events, organisations
from tests.unit.test_extraction_roles import page

BAAINBW = "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr"


def events(language: str, title: str, *paragraphs: str) -> list[tuple[str, set[tuple[str, str]]]]:
    return [(e["type"], {(p["name"], p["role"]) for p in e["parties"]})
            for e in extract_events(page(language, title, *paragraphs))]


@pytest.mark.parametrize(
    ("lettered", "acronym", "loose", "expected"),
    [
        (["Bundesamt", "Ausrüstung", "Informationstechnik", "Nutzung", "Bundeswehr"], "BAAINBw", True, True),
        (["Bundesministerium", "Verteidigung"], "BMVg", True, True),
        (["Caisse", "dépôt", "placement", "Québec"], "CDPQ", True, True),
        (["Direction", "générale"], "DGA", True, True),  # the "a" of "générale": only where brackets tie the two
        (["Direction", "générale"], "DGA", False, False),
        (["Lumatec", "Nordwerk"], "LUNA", True, False),  # no "a" in "Nordwerk"
        (["Lumatec", "Nordwerk", "Optik"], "LN", True, False),  # an acronym shorter than the name's words
    ],
)
def test_an_acronym_takes_each_word_initial_and_maybe_more_letters(lettered, acronym, loose, expected) -> None:
    assert organisations.spells(lettered, acronym, loose) is expected


@pytest.mark.parametrize(
    "text",
    [
        f"Das {BAAINBW} (BAAINBw) hat bei Lichtwerk Optik 400 Nachtsichtgeräte im Wert von 120 Millionen Euro "
        "bestellt.",
        f"Das {BAAINBW} (BAAINBw) hat mit Lichtwerk Optik einen Rahmenvertrag über 400 Nachtsichtgeräte geschlossen.",
        f"Lichtwerk Optik hat vom {BAAINBW} (BAAINBw) den Zuschlag für die Lieferung von 400 Nachtsichtgeräten "
        "erhalten.",
        f"Das {BAAINBW} (BAAINBw) hat Lichtwerk Optik mit der Lieferung von 400 Nachtsichtgeräten beauftragt. Der "
        "Auftrag des BAAINBw hat einen Wert von 120 Millionen Euro.",
    ],
)
def test_a_spelled_out_body_with_commas_is_one_customer(text: str) -> None:
    found = events("de", "Auftrag für Lichtwerk Optik", text)
    assert ("contract", {(BAAINBW, "customer"), ("Lichtwerk Optik", "supplier")}) in found
    assert not any(name == "BAAINBw" or name == "Bundesamt für Ausrüstung" for _, ps in found for name, _ in ps)


def test_an_award_received_from_a_body_before_the_final_verb_names_the_customer() -> None:
    """ "hat vom Bundesamt den Zuschlag erhalten": where the verb comes last, "vom" before the cue is where the
    contract comes from, as "von" is."""
    found = events("de", "Auftrag für Vossberg", "Die Vossberg Wehrtechnik AG hat heute vom Bundesamt für Ausrüstung "
                   "den Zuschlag für die Lieferung von 120 Fahrzeugen erhalten.")
    assert ("contract", {("Vossberg Wehrtechnik", "supplier"), ("Bundesamt für Ausrüstung", "customer")}) in found


@pytest.mark.parametrize(
    ("language", "title", "text", "body"),
    [
        ("es", "Contrato del ISSSTE", "Lumatec firmó un contrato de 40 millones de pesos con el Instituto de "
         "Seguridad y Servicios Sociales de los Trabajadores del Estado (ISSSTE).",
         "Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado"),
        ("fr", "Contrat de la DGA pour Lumatec", "La Direction générale de l'armement (DGA) a notifié lundi à "
         "Lumatec un contrat de 500 millions d'euros. La DGA avait lancé l'appel d'offres en 2023.",
         "Direction générale de l'armement"),
        ("es", "Contrato para Nortecsa", "El Ayuntamiento de Vigo adjudicó a Lumatec un contrato de 5 millones de "
         "euros para la limpieza viaria.", "Ayuntamiento de Vigo"),
        ("en", "Contract for Lumatec", "The Ministry of Defence awarded Lumatec a £300m contract to supply radars.",
         "Ministry of Defence"),
        ("fr", "Contrat pour Lumatec", "La Région Auvergne-Rhône-Alpes a commandé à Lumatec 20 rames pour 200 "
         "millions d'euros.", "Région Auvergne-Rhône-Alpes"),
    ],
)
def test_a_public_body_is_the_customer_under_its_whole_name(language: str, title: str, text: str, body: str) -> None:
    assert ("contract", {(body, "customer"), ("Lumatec", "supplier")}) in events(language, title, text)


@pytest.mark.parametrize(
    ("title", "text", "body"),
    [
        ("Lumatec décroche une commande de la DGA", "La Direction générale de l'armement a confié à Lumatec la "
         "fourniture de 200 radars pour 90 millions d'euros.", "Direction générale de l'armement"),
        ("Lumatec décroche une commande de la DGA", "La Direction générale de l'armement a commandé 200 radars à "
         "Lumatec pour 90 millions d'euros.", "Direction générale de l'armement"),
    ],
)
def test_an_acronym_without_brackets_is_the_name_the_page_spells_out(title: str, text: str, body: str) -> None:
    """ "une commande de la DGA" in the headline, "la Direction générale de l'armement" in the text: one body, named
    whole, not cut at its first word."""
    assert events("fr", title, text) == [("contract", {(body, "customer"), ("Lumatec", "supplier")})]


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Lumatec pops 31% in Nasdaq debut after $380M IPO", "Lumatec had a strong first day as a public "
         "company on Thursday, with its stock closing at $27.51 on the Nasdaq."),
        ("fr", "Lumatec en Bourse", "Lumatec a fait son entrée sur Euronext Growth en levant 30 millions d'euros."),
        ("de", "Lumatec-Aktie bricht ein", "Die Aktie der Lumatec AG, die seit dem Börsengang 2017 im Prime Standard "
         "notiert, brach um 14 Prozent ein."),
        ("de", "Lumatec-Aktie", "Die Lumatec AG hat beim Börsengang im Prime Standard 200 Millionen Euro eingenommen."),
    ],
)
def test_an_exchange_or_its_segment_is_never_a_party(language: str, title: str, text: str) -> None:
    found = events(language, title, text)
    names = {name for _, ps in found for name, _ in ps}
    assert not names & {"Nasdaq", "Euronext", "Euronext Paris", "Prime Standard"}
    assert any(kind == "ipo" for kind, _ in found)


def test_places_in_the_genitive_are_no_merger_parties() -> None:
    found = events("de", "Versorger", "Die Fusion der Versorger in weiten Teilen Baden-Württembergs und Bayerns "
                   "schafft den größten Anbieter im Süden.")
    assert not any("Bayerns" in name or "Württembergs" in name for _, ps in found for name, _ in ps)


@pytest.mark.parametrize(
    ("language", "title", "text", "firm"),
    [
        ("de", "Auftrag", "Die Stadtwerke Ulm haben bei Lumatec zehn Elektrobusse für 8 Millionen Euro bestellt.",
         "Stadtwerke Ulm"),
        ("fr", "Rachat", "Le Crédit Agricole Alpes Provence a acquis Lumatec pour 30 millions d'euros.",
         "Crédit Agricole Alpes Provence"),
        ("es", "Compra", "Banco de Sabadell compró Lumatec por 300 millones de euros.", "Sabadell"),
        ("de", "Fusion", "Die Stadtwerke Nordwerk und die Lumatec Energie fusionieren. Beide Versorger sind in weiten "
         "Teilen Baden-Württembergs und Bayerns aktiv.", "Stadtwerke Nordwerk"),
    ],
)
def test_a_firm_named_after_a_place_keeps_its_name(language: str, title: str, text: str, firm: str) -> None:
    assert firm in {name for _, ps in events(language, title, text) for name, _ in ps}


@pytest.mark.parametrize(
    ("language", "title", "text", "deal"),
    [
        ("de", "Übernahme", "Am Veto der Bundesregierung ist die Übernahme von Nordwerk durch Lumatec gescheitert.",
         ("acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")})),
        ("de", "Übernahme", "Die Übernahme von Nordwerk durch Lumatec ist am Veto der Bundesregierung gescheitert.",
         ("acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")})),
        ("fr", "Rachat", "Le rachat de Nordwerk par Lumatec, examiné par l'Autorité de la concurrence, a été finalisé "
         "mardi.", ("acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")})),
        ("en", "Lumatec buys Nordwerk", "The CMA cleared Lumatec's £200m acquisition of Nordwerk.",
         ("acquisition", {("Lumatec", "acquirer"), ("Nordwerk", "target")})),
        ("es", "Compra", "La Comisión Nacional de los Mercados y la Competencia (CNMC) autorizó la compra de Nortecsa "
         "por parte de Lumatec.", ("acquisition", {("Lumatec", "acquirer"), ("Nortecsa", "target")})),
    ],
)
def test_a_regulator_or_its_act_is_no_party(language: str, title: str, text: str, deal) -> None:
    assert events(language, title, text) == [deal]


@pytest.mark.parametrize(
    ("language", "text", "deal"),
    [
        ("fr", "Lumatec a remporté un contrat de 40 millions d'euros auprès des Hospices civils de Lyon.",
         ("contract", {("Lumatec", "supplier"), ("Hospices", "customer")})),
        ("fr", "Côté clients, la jeune entreprise Lumatec équipe depuis 2024 la sucrerie d'Origny-Sainte-Benoite du "
         "groupe coopératif Tereos.", ("contract", {("Lumatec", "supplier"), ("Tereos", "customer")})),
        ("en", "Lumatec has formed a partnership with Nordwerk to expand in the Middle East.",
         ("partnership", {("Lumatec", "partner"), ("Nordwerk", "partner")})),
    ],
)
def test_the_customer_or_partner_is_the_body_or_firm_not_the_place(language: str, text: str, deal) -> None:
    assert events(language, "News", text) == [deal]


@pytest.mark.parametrize(
    "text",
    [
        "Lumatec will distribute Nordwerk's scanners outside North America under a new partnership.",
        "Lumatec and Nordwerk agreed a partnership to sell scanners in North America and the Middle East.",
    ],
)
def test_a_region_of_several_words_is_no_party(text: str) -> None:
    names = {name for _, ps in events("en", "News", text) for name, _ in ps}
    assert not any(word in name for name in names for word in ("North", "Middle"))


@pytest.mark.parametrize(
    ("language", "title", "text", "deal"),
    [
        ("es", "Lumatec compra Nortecsa", "Lumatec compra Nortecsa por 200 millones de euros. La Comisión Europea ha "
         "abierto una investigación sobre la compra.", {("Lumatec", "acquirer"), ("Nortecsa", "target")}),
        ("en", "Lumatec buys Nordwerk", "Lumatec agreed to buy Nordwerk for $200m. The European Commission opened an "
         "in-depth investigation into the takeover on Monday.", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
        ("fr", "Lumatec rachète Nordwerk", "Lumatec rachète Nordwerk pour 200 millions d'euros. La Commission "
         "européenne a ouvert une enquête approfondie sur le rachat.",
         {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
        ("de", "Lumatec kauft Nordwerk", "Lumatec übernimmt Nordwerk für 200 Millionen Euro. Die EU-Kommission "
         "untersucht die Übernahme.", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ],
)
def test_a_body_investigating_a_deal_takes_no_part_in_it(language: str, title: str, text: str, deal: set) -> None:
    assert events(language, title, text) == [("acquisition", deal)]


def test_the_council_is_the_public_body_the_page_named() -> None:
    """ "the council terminated its contract with X": a council is a public body, its description the one named."""
    found = events("en", "Contract", "Shropshire Council has handed a £48m contract to build the relief road to "
                   "Lumatec. The road was originally let to Nordwerk, but the council terminated its contract with "
                   "Nordwerk in June 2024.")
    assert ("contract", {("Shropshire Council", "customer"), ("Nordwerk", "supplier")}) in found
    assert ("contract", {("Shropshire Council", "customer"), ("Lumatec", "supplier")}) in found
