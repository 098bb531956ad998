"""Contracts won, appointed and run (awards5): firms put on a buyer's framework, a public-health "concierto", a
supplier chosen in the passive for work told by an infinitive, a public service won ("remporter l'exploitation")."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def events(lang: str, *paragraphs: str, kind: str = "contract") -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, *paragraphs)) if e["type"] == kind]


def test_firms_appointed_to_a_framework_supply_the_buyer():
    assert events("en", "News", "Harwell Water has appointed Lumatec Civils and Nordwerk Pipelines to a £120m "
                  "framework for sewer rehabilitation, the utility confirmed on Monday.") == [
        {("Harwell Water", "customer"), ("Lumatec Civils", "supplier"), ("Nordwerk Pipelines", "supplier")}]
    assert events("en", "News", "The utility Harwell Water said on Monday it had appointed Lumatec Ltd to its £40m "
                  "maintenance framework.") == [{("Harwell Water", "customer"), ("Lumatec", "supplier")}]
    # an appointment to a board is no contract
    assert events("en", "News", "Lumatec has appointed Jane Harper to its board.") == []


def test_a_concierto_signed_with_a_health_service():
    assert events("es", "Noticias", "Además, Alvira ha firmado con el Servicio Regional de Salud un concierto de "
                  "tres años para la realización de procedimientos quirúrgicos.") == [
        {("Alvira", "supplier"), ("Servicio Regional de Salud", "customer")}]
    assert events("es", "Noticias", "Alvira ha firmado un concierto de tres años con el Servicio Madrileño de Salud "
                  "para operar a pacientes en lista de espera.") == [
        {("Alvira", "supplier"), ("Servicio Madrileño de Salud", "customer")}]
    assert events("es", "Noticias", "Lumatec ha firmado con el Servicio Andaluz de Salud un convenio para la "
                  "prestación de servicios de diálisis.") == [
        {("Lumatec", "supplier"), ("Servicio Andaluz de Salud", "customer")}]
    # a research agreement is no service bought
    assert events("es", "Noticias", "Lumatec ha firmado con la Universidad de Oviedo un convenio de colaboración "
                  "para investigar en baterías.") == []


def test_a_supplier_chosen_in_the_passive_for_work_told_by_an_infinitive():
    assert events("fr", "Actualités", "Lumatec a été retenu par la métropole de Rivaz pour construire le futur pôle "
                  "d'échanges.") == [{("métropole de Rivaz", "customer"), ("Lumatec", "supplier")}]
    assert events("fr", "Actualités", "Nordwerk a été choisi par la Région Bretagne pour rénover trois lycées, un "
                  "marché de 12 millions d'euros.") == [{("Région Bretagne", "customer"), ("Nordwerk", "supplier")}]


def test_a_public_service_won_has_its_body_as_customer():
    assert events("fr", "Actualités", "Lumatec a remporté la gestion du réseau de chaleur de la ville de Nantes.") == [
        {("Lumatec", "supplier"), ("ville de Nantes", "customer")}]
    assert events("fr", "Actualités", "Lumatec vient de remporter, pour cinq ans, l'exploitation du réseau de bus de "
                  "la métropole de Rivaz, un contrat estimé à 38 millions d'euros.") == [
        {("Lumatec", "supplier"), ("métropole de Rivaz", "customer")}]


def test_a_grouping_of_towns_is_named_whole():
    assert events("fr", "Actualités", "Lumatec a été retenu par la Communauté urbaine de Belmont pour construire le "
                  "futur pôle d'échanges, un marché de 87 millions d'euros HT.") == [
        {("Communauté urbaine de Belmont", "customer"), ("Lumatec", "supplier")}]
    assert events("fr", "Actualités", "Lumatec vient de remporter, pour cinq ans, l'exploitation du réseau "
                  "interurbain de la Communauté d'agglomération de l'Aunis, un contrat estimé à 38 millions "
                  "d'euros.") == [{("Lumatec", "supplier"), ("Communauté d'agglomération de l'Aunis", "customer")}]
    assert events("fr", "Actualités", "Nordwerk a été choisi par la Communauté de communes de Belmont pour rénover "
                  "la piscine.") == [{("Nordwerk", "supplier"), ("Communauté de communes de Belmont", "customer")}]


def test_a_co_supplier_joined_by_associe_a():
    assert events("fr", "Bâtir Ouest", "Le groupe Bâtir Ouest a publié ses résultats mardi. Associé au terrassier "
                  "Ferrand TP, il a été retenu par la Communauté urbaine de Belmont pour construire le futur pôle "
                  "d'échanges, un marché de 87 millions d'euros HT.") == [
        {("Communauté urbaine de Belmont", "customer"), ("Bâtir Ouest", "supplier"), ("Ferrand TP", "supplier")}]


def test_firms_put_on_a_framework_in_spanish_french_and_german():
    assert events("es", "Noticias", "El Canal de Isabel II ha incluido a Lumatec y Nordwerk Obras en su acuerdo marco "
                  "de mantenimiento.") == [
        {("Canal de Isabel II", "customer"), ("Lumatec", "supplier"), ("Nordwerk Obras", "supplier")}]
    assert events("fr", "Actualités", "Eau de Belmont a retenu Lumatec et Nordwerk TP pour un accord-cadre de 120 "
                  "millions d'euros.") == [
        {("Eau de Belmont", "customer"), ("Lumatec", "supplier"), ("Nordwerk TP", "supplier")}]
    assert events("de", "Nachrichten", "Die Berliner Wasserbetriebe haben die Lumatec GmbH für ihren Rahmenvertrag "
                  "zur Kanalsanierung ausgewählt.") == [
        {("Berliner Wasserbetriebe", "customer"), ("Lumatec", "supplier")}]
    found = extract_events(page("de", "Nachrichten", "Die Berliner Wasserbetriebe haben die Lumatec GmbH in einen "
                                "Rahmenvertrag über 120 Millionen Euro aufgenommen."))
    assert [parties(e) for e in found] == [{("Berliner Wasserbetriebe", "customer"), ("Lumatec", "supplier")}]


def test_a_name_between_a_possessive_and_a_product_noun_is_no_firm():
    found = extract_events(page("en", "Lumatec Robotics doubles its revenue", "Lumatec Robotics, the maker of "
                                "underwater drones, said on Tuesday that its revenue doubled to $80 million last year.",
                                "Roughly 40% of that came from the US Navy, which has relied on the company's "
                                "Seaglider fleet for surveys under a five-year contract it won in 2022."))
    assert all(p["name"] != "Seaglider" for e in found for p in e["parties"])
    # a firm named before a product noun with no possessive stays a firm
    assert events("en", "News", "Nordwerk has relied on Lumatec drones for surveys since 2022.") == [
        {("Nordwerk", "customer"), ("Lumatec", "supplier")}]
