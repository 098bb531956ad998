"""Public contracts given to a consortium or told passively (awards3): the customer and every supplier kept."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def contracts(lang: str, *paragraphs: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, *paragraphs)) if e["type"] == "contract"]


def test_spanish_winner_with_its_giver_set_off_before_the_contract():
    (event,) = [e for e in extract_events(page(
        "es", "Noticias", "Obras Lumatec SA ha resultado adjudicataria, por parte del Ministerio de Fomento, del "
        "contrato de duplicación de la autovía, por un importe de 84,2 millones de euros.")) if e["type"] == "contract"]
    assert parties(event) == {("Obras Lumatec", "supplier"), ("Ministerio de Fomento", "customer")}
    assert event["amount"]["value"] == 84.2e6


def test_spanish_winner_without_aside_keeps_its_reading():
    assert contracts("es", "Noticias", "Nordwerk SA resultó adjudicataria del contrato de limpieza del "
                     "Ministerio de Fomento.") == [{("Nordwerk", "supplier"), ("Ministerio de Fomento", "customer")}]


def test_german_fronted_award_to_a_long_consortium_by_a_town():
    text = ("Den Zuschlag für die Fernwärme der nächsten 20 Jahre hat die Stadt Ulm einem Konsortium aus dem "
            "Stuttgarter Versorger Neckarwärme GmbH und dem dänischen Hersteller Fjordwerk AG erteilt.")
    assert contracts("de", "Fernwärme für Ulm", "Die Neckarwärme GmbH wächst.", text,
                     "Die Neckarwärme beschäftigt 300 Mitarbeiter.") == [
        {("Stadt Ulm", "customer"), ("Neckarwärme", "supplier"), ("Fjordwerk", "supplier")}]


def test_german_town_governments_are_customers_whatever_the_town():
    assert contracts("de", "Nachrichten", "Die Stadt Kempten hat den Auftrag an die Lumatec GmbH vergeben.") == [
        {("Stadt Kempten", "customer"), ("Lumatec", "supplier")}]
    assert contracts("de", "Nachrichten", "Die Gemeinde Kirchberg bestellt bei der Nordwerk AG zwei Busse.") == [
        {("Gemeinde Kirchberg", "customer"), ("Nordwerk", "supplier")}]


def test_french_metropolis_and_commune_choose_a_supplier():
    found = contracts("fr", "Géothermie : Thermalis gagne deux contrats",
                      "Le spécialiste de la géothermie Thermalis poursuit sa croissance. La métropole de Rivaz a "
                      "retenu Thermalis pour construire et exploiter son futur réseau de chaleur. La commune de "
                      "Vernay a choisi Thermalis pour la rénovation de son réseau.")
    assert {("métropole de Rivaz", "customer"), ("Thermalis", "supplier")} in found
    assert {("commune de Vernay", "customer"), ("Thermalis", "supplier")} in found


def test_french_work_given_to_a_pronoun_after_a_set_off_price():
    (event,) = [e for e in extract_events(page(
        "fr", "Thermalis creuse", "Le foreur Thermalis poursuit sa croissance. La commune de Vernay lui a confié, "
        "pour 11 millions d'euros, le forage de huit puits.")) if e["type"] == "contract"]
    assert parties(event) == {("commune de Vernay", "customer"), ("Thermalis", "supplier")}


def test_french_town_gives_work_to_the_page_firm_by_a_pronoun():
    (event,) = [e for e in extract_events(page(
        "fr", "Thermalis creuse", "Thermalis est spécialiste de la géothermie. En 2023, la ville de Saint-Oury lui a "
        "confié, pour 11 millions d'euros, le forage de huit puits.")) if e["type"] == "contract"]
    assert parties(event) == {("ville de Saint-Oury", "customer"), ("Thermalis", "supplier")}
    assert event["amount"]["value"] == 11e6 and event["date"] == "2023"


def test_bodies_spoken_of_stay_anaphors_and_places_stay_places():
    # "the ministry" alone still stands for the body named before; a town after "ville de" is no party
    assert contracts("fr", "Actualités", "Lumatec ouvre une usine dans la ville de Rennes.") == []
    assert contracts("de", "Nachrichten", "Die Lumatec GmbH baut ein Werk in der Stadt und im Land.") == []


def test_a_plural_pronoun_gives_the_contract_to_every_firm_of_the_subject():
    both = {("City of Hallam", "customer"), ("Ravel Transit", "supplier"), ("Osric Civil", "supplier")}
    assert contracts("en", "News", "Ravel Transit and its construction partner Osric Civil today announced that the "
                     "City of Hallam has awarded them a $210 million contract.") == [both]
    assert contracts("en", "News", "Ravel Transit and Osric Civil said the City of Hallam has awarded them a "
                     "contract.") == [both]
    assert contracts("es", "Noticias", "Obras Lumatec y su socio Nordwerk Ingeniería anunciaron ayer que Adif les ha "
                     "adjudicado el contrato de la variante.") == [
        {("Adif", "customer"), ("Obras Lumatec", "supplier"), ("Nordwerk Ingeniería", "supplier")}]
    assert contracts("fr", "Actualités", "Lumatec et son partenaire Nordwerk ont annoncé que la SNCF leur a confié la "
                     "construction du dépôt.") == [
        {("SNCF", "customer"), ("Lumatec", "supplier"), ("Nordwerk", "supplier")}]


def test_a_singular_pronoun_or_a_firm_in_an_aside_keeps_one_supplier():
    assert contracts("en", "News", "Ravel Transit said the City of Hallam has awarded it a $210 million "
                     "contract.") == [{("City of Hallam", "customer"), ("Ravel Transit", "supplier")}]
    assert contracts("en", "News", "Ravel Transit, which works with Osric Civil, said the City of Hallam has "
                     "awarded them a contract.") == [{("City of Hallam", "customer"), ("Ravel Transit", "supplier")}]


def test_a_firm_described_by_a_body_word_keeps_its_name():
    # "la métropole Lumatec": the word right before a name describes it; only "de" makes it a body's name
    assert contracts("fr", "Actualités", "La métropole Lumatec a résilié le contrat qui la liait à Nordwerk SA.") == [
        {("Lumatec", "customer"), ("Nordwerk", "supplier")}]


def test_a_share_of_the_output_taken_from_the_page_firm_is_an_offtake_contract():
    cases = [
        ("de", "Lumatec baut Windpark Hochfeld", "Die Lumatec GmbH baut den Windpark Hochfeld. Die Stadtwerke Kempten "
         "nehmen 40 Prozent des Stroms ab.", "Stadtwerke Kempten"),
        ("de", "Lumatec baut Windpark Hochfeld", "Die Lumatec GmbH baut den Windpark Hochfeld. Die Stadtwerke Kempten "
         "werden den gesamten Strom abnehmen.", "Stadtwerke Kempten"),
        ("en", "Lumatec builds Hochfeld wind farm", "Lumatec is building the Hochfeld wind farm. Kempten Energy will "
         "take 40 percent of the power.", "Kempten Energy"),
        ("en", "Lumatec builds Hochfeld wind farm", "Lumatec is building the Hochfeld wind farm. Kempten Energy will "
         "buy 40 percent of the power.", "Kempten Energy"),
        ("fr", "Lumatec construit un parc éolien", "Lumatec construit le parc éolien de Hochfeld. Énergies Kempten "
         "achètera 40 % de l'électricité produite.", "Énergies Kempten"),
        ("es", "Lumatec construye un parque eólico", "Lumatec construye el parque eólico de Hochfeld. Iberkempten "
         "comprará el 40 % de la electricidad que produzca.", "Iberkempten"),
    ]
    for lang, title, text, customer in cases:
        assert contracts(lang, title, text) == [{(customer, "customer"), ("Lumatec", "supplier")}], text


def test_a_firm_taking_its_own_output_or_a_mere_reduction_is_no_offtake():
    (stake,) = extract_events(page("en", "Lumatec sells stake", "Kempten Energy will buy 40 percent of Lumatec."))
    assert stake["type"] == "investment"
    assert contracts("de", "Lumatec baut Windpark", "Die Lumatec GmbH baut den Windpark Hochfeld. Der Verbrauch des "
                     "Stroms nimmt ab.") == []


def test_a_bid_for_a_project_is_no_takeover():
    events = extract_events(page("en", "News", "The work will be carried out by Hallam Rail Partners, the company "
                                 "Ravel Transit and Osric Civil set up in 2023 to bid for the project."))
    assert [e for e in events if e["type"] == "acquisition"] == []
    (bid,) = [e for e in extract_events(page("en", "News", "Lumatec made a bid for Nordwerk last year."))
              if e["type"] == "acquisition"]
    assert parties(bid) == {("Lumatec", "acquirer"), ("Nordwerk", "target")}


def test_an_offtake_by_the_page_firm_takes_the_output_from_the_producer_told_before():
    assert contracts("de", "Stadtwerke als Abnehmer", "Der Windpark Hochfeld der Lumatec GmbH geht ans Netz. Die "
                     "Stadtwerke Kempten nehmen 40 Prozent des Stroms ab.") == [
        {("Stadtwerke Kempten", "customer"), ("Lumatec", "supplier")}]


def test_a_company_two_firms_set_up_to_bid_is_their_joint_venture():
    cases = [
        ("en", "Ravel wins", "Ravel Transit won a contract. The work will be carried out by Hallam Rail Partners, the "
         "company Ravel and Osric set up in 2023 to bid for the project.", {"Ravel Transit", "Osric"}),
        ("en", "News", "The line is run by Nordline, the venture Lumatec and Nordwerk Rail formed in 2019.",
         {"Lumatec", "Nordwerk Rail"}),
        ("fr", "Lumatec et Nordwerk remportent le tramway", "Lumatec et Nordwerk construiront le tramway de Rivaz. Les "
         "travaux seront réalisés par Hallam Rail, la société créée en 2023 par Lumatec et Nordwerk pour répondre à "
         "l'appel d'offres.", {"Lumatec", "Nordwerk"}),
    ]
    for lang, title, text, partners in cases:
        (venture,) = [e for e in extract_events(page(lang, title, text)) if e["type"] == "joint_venture"]
        assert parties(venture) == {(p, "partner") for p in partners}, text
        assert venture["status"] == "completed"
