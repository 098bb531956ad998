"""Parties that are no firm: ordinary nouns, places, speakers' labels and law firms (branch nonfirms, issue 3)."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def events(lang: str, *paragraphs: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, *paragraphs))]


def test_german_common_noun_after_an_adjective_is_no_partner():
    found = events("de", "Nordwerk kooperiert mit Drevna",
                   "Die Nordwerk GmbH aus Kempten baut Maschinen. Der Allgäuer Hersteller vereinbarte am selben Tag "
                   "eine Kooperation mit Drevna Systems aus Poznań.")
    assert {("Nordwerk", "partner"), ("Drevna Systems", "partner")} in found
    assert not any(name == "Tag" for ps in found for name, _ in ps)


def test_german_goods_and_a_place_adjective_with_a_common_noun_are_no_firms():
    for text in ("Die Lumatec GmbH beliefert seit 2016 die Filialen der Kette Marktgrün mit Obst und Gemüse.",
                 "Lumatec liefert künftig Obst an die Kette Marktgrün.",
                 "Die Lumatec GmbH hat im Kieler Raum den Händler Marktgrün übernommen."):
        names = {name for ps in events("de", "Nachrichten", text) for name, _ in ps}
        assert not names & {"Obst", "Gemüse", "Kieler Raum", "Kieler", "Raum"}, text


def test_german_common_noun_with_a_legal_suffix_or_a_descriptor_stays_a_firm():
    found = events("de", "Nachrichten", "Die Nordwerk AG hat die Zeit GmbH übernommen.")
    assert {("Nordwerk", "acquirer"), ("Zeit", "target")} in found


def test_towns_where_staff_work_are_no_targets():
    for text in ("Tarn employs 280 people in Leeds and Dundee. Orvel Capital bought Tarn in 2018.",
                 "Orvel Capital, which has 300 employees in Leeds, York and Dundee, bought Tarn in 2018."):
        names = {name for ps in events("en", "News", text) for name, _ in ps}
        assert not names & {"Leeds", "York", "Dundee"}, text
    names = {name for ps in events("fr", "Actualités", "Le fonds Orvel Capital, qui compte 300 salariés à Lyon et "
                                   "Nantes, a racheté Tarn en 2018.") for name, _ in ps}
    assert not names & {"Lyon", "Nantes"}


def test_interview_label_of_the_speaker_is_no_partner():
    for intro in ("Martin Keller founded Lumatec Homes in 1998 and still runs it.",
                  "Lumatec Homes is run by Martin Keller."):
        found = events("en", "Interview: 'We build for the long term'", intro, "How big is the company today?",
                       "Keller: Harwood Lettings, the joint venture we set up with Orbis Homes in 2020, owns 700 "
                       "flats.")
        assert {("Lumatec Homes", "partner"), ("Orbis Homes", "partner")} in found, intro
        assert not any("Keller" in name for ps in found for name, _ in ps)
    found = events("fr", "Entretien : « Nous construisons pour durer »", "Claire Moreau dirige Lumatec Habitat "
                   "depuis 2011.", "Quelle est la taille de l'entreprise ?", "Moreau : Nous avons créé en 2020 une "
                   "coentreprise avec Orbis Immobilier.")
    assert {("Lumatec Habitat", "partner"), ("Orbis Immobilier", "partner")} in found


def test_a_firm_named_with_a_colon_in_a_headline_stays_a_firm():
    found = events("en", "Lumatec: Nordwerk buys rival", "Lumatec: Nordwerk Ltd has agreed to buy Lumatec Inc for "
                   "$40m, the two firms said.")
    assert {("Nordwerk", "acquirer"), ("Lumatec", "target")} in found


def test_law_firm_advising_a_party_is_no_partner():
    found = events("de", "Nordstern und Stadtwerke gründen JV", "Nordstern Energie und die Stadtwerke Rheinau gründen "
                   "ein Gemeinschaftsunternehmen für Windparks.", "Beraten wurden die Stadtwerke von Brandt "
                   "Rechtsanwälte.")
    assert not any("Brandt" in name for ps in found for name, _ in ps)
    for lang, text in (("en", "Lumatec Ltd agreed to buy Nordwerk Ltd for £40m. Nordwerk was advised on the sale "
                               "by Harlow Solicitors."),
                       ("fr", "Lumatec a racheté Nordwerk pour 40 millions d'euros. Nordwerk était conseillé lors de "
                              "l'opération par Roux Avocats."),
                       ("es", "Lumatec ha comprado Nordwerk por 40 millones de euros. En la operación, Nordwerk "
                              "contó con Ferrer Abogados.")):
        found = events(lang, "News", text)
        assert {("Lumatec", "acquirer"), ("Nordwerk", "target")} in found, text
        assert not any(n.startswith(("Harlow", "Roux", "Ferrer")) for ps in found for n, _ in ps), text


def test_a_topic_label_in_a_title_makes_no_person():
    found = events("fr", "Logistique : Nordwerk et Lumatec Logistique vont fusionner", "Nordwerk et Lumatec Logistique "
                   "ont annoncé lundi leur fusion.")
    assert any({"Nordwerk", "Lumatec Logistique"} <= {n for n, _ in ps} for ps in found)


def test_make_of_counted_things_with_a_complement_is_no_supplier():
    found = events("es", "Noticias", "El Ministerio de Defensa ha adjudicado a la vallisoletana Lumatec Aeronáutica un "
                   "contrato de 40 millones de euros para el suministro de 24 drones de vigilancia Cernícalo al "
                   "Ejército de Tierra.")
    assert {("Ministerio de Defensa", "customer"), ("Lumatec Aeronáutica", "supplier")} in found
    found = events("fr", "Actualités", "La région Bretagne a commandé à Lumatec 12 rames de banlieue Azur pour 300 "
                   "millions d'euros.")
    assert not any(n == "Azur" for ps in found for n, _ in ps)
    found = events("es", "Noticias", "Renfe ha comprado 15 trenes a Lumatec por 200 millones de euros.")
    assert any(("Lumatec", "supplier") in ps for ps in found)


def test_town_list_after_a_relative_clause_with_a_hyphenated_description():
    found = events("en", "Tarn Energy hires", "Tarn Energy is hiring.", "Tarn, which the Vienna-based group Orvel "
                   "Capital bought in 2018 for £610m, employs 280 people in Leeds and Dundee.")
    assert {("Orvel Capital", "acquirer"), ("Tarn Energy", "target")} in found
    assert not any(n in ("Leeds", "Dundee") for ps in found for n, _ in ps)


def test_place_named_by_its_kind_is_no_party():
    found = events("es", "Noticias", "La empresa pública Aguas del Norte ha adjudicado a un consorcio formado por "
                   "Hidralia y Marítima Sur la nueva desaladora de Punta Gorda.")
    assert {("Aguas del Norte", "customer"), ("Hidralia", "supplier"), ("Marítima Sur", "supplier")} in found
    found = events("fr", "Actualités", "La région Bretagne a confié à Lumatec la rénovation du phare de la Pointe "
                   "du Raz pour 12 millions d'euros.")
    assert not any(n.startswith("Pointe") for ps in found for n, _ in ps)
    # a cape or a mount opens firms' names too ("Cap Nordia", "Mount Street Capital"): no place head
    found = events("fr", "Actualités", "L'éditeur Cap Nordia a finalisé lundi le rachat de Lumatec pour 62 millions "
                   "d'euros.")
    assert {("Cap Nordia", "acquirer"), ("Lumatec", "target")} in found
    found = events("es", "Noticias", "El fondo Monte Alba Capital ha comprado la empresa Lumatec por 40 millones de "
                   "euros.")
    assert {("Monte Alba Capital", "acquirer"), ("Lumatec", "target")} in found


def test_german_goods_in_a_compound_are_no_parties():
    found = events("de", "Nachrichten", "Den Großteil ihrer Logistik-Lkw bezieht die Truppe weiterhin über einen "
                   "bestehenden Rahmenvertrag mit Rheinmetall.")
    assert not any(n == "Logistik-Lkw" for ps in found for n, _ in ps)


def test_a_latin_american_town_opened_by_villa_is_no_party():
    found = events("es", "Noticias", "El Club Ribera Norte y la aseguradora Tapir Seguros firmaron un contrato de "
                   "patrocinio por el que la aseguradora pagará 3 millones de dólares para ocupar el frente de la "
                   "camiseta y el nombre del centro de entrenamiento de Villa Ombú.")
    assert not any(n.startswith("Villa") for ps in found for n, _ in ps)
