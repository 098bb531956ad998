"""Non-firm tokens as parties (topic B, F1/R3): a place's possessive before a firm ("to Rotherham's Kinder Group"),
a sentence-opening conjunction glued to a name ("Because Kwillo"), a contracted pronoun ("We've"), a person's
firm in brackets, an insolvency administrator: none is a party, and the firm they stand next to keeps its role."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def events_of(lang: str, *paragraphs: str) -> list[dict]:
    return extract_events(page(lang, "Nachrichten" if lang == "de" else "News", *paragraphs))


POSSESSED = [
    ("Hartwell will sell its pump unit to Wexbridge's Kinder Group for an undisclosed sum.",
     {("Hartwell", "seller"), ("Kinder", "acquirer")}),
    ("Hartwell Holdings bought Tarnwick's Dunmore Marine for $20 million.",
     {("Hartwell", "acquirer"), ("Dunmore Marine", "target")}),
    ("Hartwell Holdings bought Malaysia's Dunmore Marine, a cold-storage operator.",
     {("Hartwell", "acquirer"), ("Dunmore Marine", "target")}),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSED)
def test_a_place_possessive_before_a_firm_is_no_party(text: str, expected: set):
    assert [parties(e) for e in events_of("en", text) if e["type"] == "acquisition"] == [expected]


def test_an_owner_possessive_before_its_site_stays_the_party():
    (event,) = [e for e in events_of("en", "Nordcast agreed to buy Hartwell's Brackley Works plant for $9 million.")
                if e["type"] == "acquisition"]
    assert "Brackley Works" not in {p["name"] for p in event["parties"]}


OPENERS = [
    ("en", "Because Brelvo chose a direct listing, it sold no new shares."),
    ("en", "We've agreed to buy Tamsin Foods, said the chairman."),
    ("fr", "Parce que Brelvo a choisi une cotation directe, elle n'a levé aucun fonds."),
    ("es", "Aunque Brelvo compró Tamsin en 2022, la marca sigue."),
    ("de", "Obwohl Brelvo die Tamsin GmbH 2022 übernommen hatte, bleibt die Marke."),
]


@pytest.mark.parametrize(("lang", "text"), OPENERS)
def test_an_opening_conjunction_or_contraction_is_no_part_of_a_name(lang: str, text: str):
    found = {p["name"] for e in events_of(lang, text) for p in e["parties"]}
    assert not any(" " in n and n.split()[0].lower() in ("because", "parce", "aunque", "obwohl") for n in found)
    assert "We've" not in found and "Parce" not in found


BRACKETED_FIRMS = [
    ("fr", "Les deux fondateurs, Paul Verdier (Medilo) et Inès Karam (Dokto), deviennent co-directeurs.",
     "En 2024, Medilo avait racheté Dokto pour 5 millions d'euros."),
    ("fr", "Inès Karam (Dokto) et Paul Verdier (Medilo) dirigeront ensemble la nouvelle entité.",
     "En 2024, Medilo avait racheté Dokto pour 5 millions d'euros."),
    ("en", "The founders, Paul Verdier (Medilo) and Ines Karam (Dokto), become co-chief executives.",
     "In 2024, Medilo had bought Dokto for $5 million."),
]


@pytest.mark.parametrize(("lang", "founders", "deal"), BRACKETED_FIRMS)
def test_a_firm_in_brackets_after_a_person_is_no_short_form_of_the_person(lang: str, founders: str, deal: str):
    found = [parties(e) for e in events_of(lang, founders, deal) if e["type"] == "acquisition"]
    assert found == [{("Medilo", "acquirer"), ("Dokto", "target")}]


def test_an_acronym_in_brackets_stays_a_short_form():
    (event,) = events_of("es", "La Dirección General de Tráfico (DGT) adjudicó un contrato a Indra por 5 millones "
                               "de euros.", "La DGT ya trabajaba con Indra.")
    assert ("Dirección General de Tráfico", "customer") in parties(event)


ADMINISTRATORS = [
    ("de", "Insolvenzverwalter Dr. Jonas Weigel hat den Geschäftsbetrieb der Tessmer GmbH an die Kramer Gruppe "
           "verkauft.", "Jonas Weigel"),
    ("de", "Insolvenzverwalter Jonas Weigel hat den Geschäftsbetrieb der Tessmer GmbH an die Kramer Gruppe verkauft.",
     "Jonas Weigel"),
    ("fr", "L'administrateur judiciaire Maître Paul Roux a cédé Tessmer au groupe Kramer.", "Paul Roux"),
    ("es", "El administrador concursal Juan Pérez vendió Tessmer a Grupo Kramer.", "Juan Pérez"),
]


@pytest.mark.parametrize(("lang", "text", "person"), ADMINISTRATORS)
def test_an_insolvency_administrator_is_no_party(lang: str, text: str, person: str):
    found = [e for e in events_of(lang, text) if e["type"] == "acquisition"]
    names = {p["name"] for e in found for p in e["parties"]}
    assert "Kramer" in names and not any(person.split()[-1] in n for n in names)


def test_a_regulator_whose_head_the_name_reader_cut_is_no_party():
    (event,) = events_of("es", "Las conserveras Bonito Norte y Pesquera Ulla informaron a la Comisión para el Mercado "
                               "Financiero (CMF) que pusieron fin a sus negociaciones de fusión.")
    assert parties(event) == {("Bonito Norte", "party"), ("Pesquera Ulla", "party")}
    assert event["status"] == "terminated"


def test_talks_declared_over_end_the_merger():
    (event,) = events_of("es", "Las conserveras Bonito Norte y Pesquera Ulla comunicaron a la comisión del mercado de "
                               "valores que dan por terminadas sus negociaciones de fusión.")
    assert (event["type"], event["status"]) == ("merger", "terminated")
    assert parties(event) == {("Bonito Norte", "party"), ("Pesquera Ulla", "party")}


def test_a_board_of_an_exchange_is_no_issuer():
    found = [parties(e) for e in events_of("en", "Shares of Kumasi Cement began trading on the Main Board of the "
                                                 "Exchange on Monday.") if e["type"] == "ipo"]
    assert found == [{("Kumasi Cement", "issuer")}]


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("fr", "La fromagerie Terres Hautes a signé un contrat d'approvisionnement avec 300 producteurs installés dans "
           "le Cantal et la Lozère.", "Cantal"),
    ("fr", "Le groupe Kerval, basé à Rennes, a racheté Nortis à Lille.", "Lille"),
    ("es", "Kuyay levantó 5 millones de dólares de Andes Capital de Lima y de Inca Ventures.", "Lima"),
])
def test_a_place_after_a_preposition_is_no_party(lang: str, text: str, place: str):
    assert not any(place in p["name"] for e in events_of(lang, text) for p in e["parties"])


def test_a_fund_keeps_its_name_without_its_seat():
    (event,) = events_of("es", "Kuyay levantó 5 millones de dólares de Andes Capital de Lima y de Inca Ventures.")
    assert ("Andes Capital", "investor") in parties(event) and ("Inca Ventures", "investor") in parties(event)


def test_a_bank_named_with_its_region_keeps_it():
    names = {p["name"] for e in events_of("es", "Caja Rural de Navarra compró Agrícola Ebro por 5 millones de euros.")
             for p in e["parties"]}
    assert "Caja Rural de Navarra" in names


@pytest.mark.parametrize("text", [
    "Harbourline agreed to buy Klang Cold from Hong Kong-listed Pearl Delta.",
    "Harbourline agreed to buy Klang Cold from Ho Chi Minh City-based Pearl Delta.",
])
def test_the_first_words_of_a_hyphened_place_are_no_party(text: str):
    (event,) = events_of("en", text)
    assert parties(event) == {("Harbourline", "acquirer"), ("Klang Cold", "target"), ("Pearl Delta", "seller")}


def test_a_country_possessive_before_a_description_and_its_firm_is_no_target():
    (event,) = events_of("en", "Harbourline agreed to buy Malaysia's second-largest cold-storage operator Klang Cold.")
    assert parties(event) == {("Harbourline", "acquirer"), ("Klang Cold", "target")}


def test_a_first_session_on_an_exchange_board_is_a_listing_done():
    text = "Kumasi Cement Plc stock opened on the Main Board of the Ghana exchange on Monday."
    found = [(e["status"], parties(e)) for e in events_of("en", text) if e["type"] == "ipo"]
    assert found == [("completed", {("Kumasi Cement", "issuer")})]


def test_a_market_move_is_no_listing():
    assert not [e for e in events_of("en", "Kumasi Cement shares opened lower on the Ghana exchange on Monday.")
                if e["type"] == "ipo"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Karsan Agro will buy a 40 per cent stake in Pune-based Vira Seeds for Rs 850 crore.", "Vira Seeds"),
    ("Karsan Agro bought the bakery unit of Cape Foods for R480m.", "Cape Foods"),
    ("Karsan Agro agreed to buy Cape Foods for R1.8bn.", "Cape Foods"),
])
def test_a_sum_in_letters_after_for_is_no_part_of_the_name(text: str, expected: str):
    names = {p["name"] for e in events_of("en", text) for p in e["parties"]}
    assert expected in names and not any(" for " in n for n in names)


def test_a_sum_glued_in_one_word_is_no_name_but_a_model_name_stays():
    assert not any("R1.8bn" in p["name"] for e in events_of("en", "Karsan Agro paid R1.8bn for Cape Foods.")
                   for p in e["parties"])
    assert ("O2", "target") in parties(events_of("en", "Telefonica sold O2 to Liberty Global.")[0])


def test_a_holding_counted_in_per_cent_is_a_stake():
    (event,) = events_of("en", "Hartwell Holdings makes valves.",
                         "Last year it took a 65 per cent holding in Qatar's Dunmore Marine for $20 million.")
    assert (event["type"], event["status"], event["date"]) == ("acquisition", "completed", "2023")
    assert parties(event) == {("Hartwell", "acquirer"), ("Dunmore Marine", "target")}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Hydrogène Sud lève 10 millions d'euros auprès de Kali Invest et d'une banque publique, Bpifrance, via son "
           "fonds Climat Avenir."),
    ("es", "Hidrógeno Sur levanta 10 millones de euros con Kali Invest y Bpifrance, a través de su fondo Clima "
           "Futuro."),
])
def test_an_investors_own_fund_named_after_it_is_no_second_investor(lang: str, text: str):
    names = {p["name"] for e in events_of(lang, text) for p in e["parties"]}
    assert "Bpifrance" in names and not any(n.startswith("Clim") for n in names)


def test_a_regions_fund_invests_for_it():
    (event,) = events_of("fr", "La région Bretagne, via son fonds Breizh Up, entre au capital de la start-up Kerlan "
                               "Composites.")
    assert parties(event) == {("Breizh Up", "investor"), ("Kerlan Composites", "investee")}


@pytest.mark.parametrize("body", ["Kantonsspital Winterthur", "Universitätsspital Zürich", "Hochschule Luzern"])
def test_a_hospital_or_school_named_by_its_town_is_a_partner(body: str):
    found = [parties(e) for e in events_of("de", f"Die Medtron AG geht eine Forschungspartnerschaft mit der {body} "
                                                 "ein.") if e["type"] == "partnership"]
    assert found == [{("Medtron", "partner"), (body, "partner")}]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Kali Invest investit 5 millions d'euros dans Agrisen. EBITDA : la société vise 2 millions d'euros."),
    ("en", "Kestrel Capital invested $5 million in Halvor. EBITDA rose to $2 million, Halvor said."),
])
def test_an_earnings_measure_is_no_party(lang: str, text: str):
    assert not any(p["name"].upper() == "EBITDA" for e in events_of(lang, text) for p in e["parties"])
