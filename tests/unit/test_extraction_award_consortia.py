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


def test_bodies_spoken_of_stay_anaphors_and_places_stay_places():
    # "the ministry" alone still stands for the body named before; a town after "ville de" is no party
    assert contracts("fr", "Actualités", "Lumatec ouvre une usine dans la ville de Rennes.") == []
    assert contracts("de", "Nachrichten", "Die Lumatec GmbH baut ein Werk in der Stadt und im Land.") == []
