"""Deal cues of issue 3: contracts told from the customer's side or as a noun, standing services, partners
without the textbook noun, stakes and listings told by idioms; and look-alikes that state no deal (a player's
contract, homes built for families, research with a person). Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _events(lang: str, sentence: str, kind: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, "Nachrichten" if lang == "de" else "News", sentence))
            if e["type"] == kind]


CUSTOMER, SUPPLIER = "customer", "supplier"


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    # a customer granting a contract, the supplier named before it
    ("fr", "La SNCF a accordé mercredi à Tallis Rail un contrat de 620 millions d'euros pour l'entretien des voies.",
     {("SNCF", CUSTOMER), ("Tallis Rail", SUPPLIER)}),
    ("fr", "Le groupe Halvern accorde à Tallis Construction un marché de rénovation de son siège.",
     {("Halvern", CUSTOMER), ("Tallis Construction", SUPPLIER)}),
    ("fr", "Tallis Construction décroche auprès de la RATP un contrat de 80 millions d'euros.",
     {("RATP", CUSTOMER), ("Tallis Construction", SUPPLIER)}),
    ("fr", "Tallis Rail a remporté auprès de la Métropole de Lyon un marché de 40 rames.",
     {("Métropole de Lyon", CUSTOMER), ("Tallis Rail", SUPPLIER)}),
    ("en", "Tallis Construction was handed a £2.1bn contract to maintain the motorway network by National Highways.",
     {("National Highways", CUSTOMER), ("Tallis Construction", SUPPLIER)}),
    ("en", "Tallis Construction has been handed a contract to renew the M6 junctions by National Highways.",
     {("National Highways", CUSTOMER), ("Tallis Construction", SUPPLIER)}),
    ("en", "National Highways has picked Tallis Construction to renew the M6 junctions.",
     {("National Highways", CUSTOMER), ("Tallis Construction", SUPPLIER)}),
    ("en", "Halvern Energy picks Tallis Construction for €1.6bn framework",
     {("Halvern Energy", CUSTOMER), ("Tallis Construction", SUPPLIER)}),
    ("de", "Tallis Software gewinnt die Halvern AG als Kunden.",
     {("Halvern", CUSTOMER), ("Tallis Software", SUPPLIER)}),
    ("de", "Die Tallis Software GmbH hat die Halvern AG als neuen Kunden gewonnen.",
     {("Halvern", CUSTOMER), ("Tallis Software", SUPPLIER)}),
    ("de", "Die Stadtwerke Halden bestellen 24 Busse bei der Dovecot Fahrzeugbau GmbH.",
     {("Stadtwerke Halden", CUSTOMER), ("Dovecot Fahrzeugbau", SUPPLIER)}),
    ("es", "Grupo Halvern firmó un contrato por cinco años para que Servicios Tallis se encargue de la limpieza.",
     {("Halvern", CUSTOMER), ("Servicios Tallis", SUPPLIER)}),
    ("es", "Servicios Tallis gestionará el servicio de limpieza de Grupo Halvern.",
     {("Halvern", CUSTOMER), ("Servicios Tallis", SUPPLIER)}),
    # standing supply and service relationships
    ("fr", "Tallis Distribution assure depuis 2017 l'approvisionnement des épiceries Halvern.",
     {("Halvern", CUSTOMER), ("Tallis Distribution", SUPPLIER)}),
    ("fr", "Tallis Services assure l'entretien des trains de la société Halvern Rail.",
     {("Halvern Rail", CUSTOMER), ("Tallis Services", SUPPLIER)}),
    ("es", "Suministros Tallis es desde 2019 proveedora principal de Grupo Halvern.",
     {("Halvern", CUSTOMER), ("Suministros Tallis", SUPPLIER)}),
    ("es", "Desde 2021, Servicios Tallis presta servicio de mantenimiento para Grupo Halvern.",
     {("Halvern", CUSTOMER), ("Servicios Tallis", SUPPLIER)}),
    ("es", "Grupo Halvern alquila desde 2022 la red de Telecom Tallis.",
     {("Halvern", CUSTOMER), ("Telecom Tallis", SUPPLIER)}),
    ("en", "Tallis Pay has been processing invoices for Halvern Foods since April under a three-year contract.",
     {("Halvern Foods", CUSTOMER), ("Tallis Pay", SUPPLIER)}),
    ("en", "Tallis Dredging has handled maintenance work for the Port of Halden since 2017.",
     {("Port of Halden", CUSTOMER), ("Tallis Dredging", SUPPLIER)}),
    # the firm one relies on is the supplier, not the customer the serving cue would make it
    ("en", "Halvern Water has relied on Tallis Construction for its pipe programme since 2023, under a framework "
           "agreement.", {("Halvern Water", CUSTOMER), ("Tallis Construction", SUPPLIER)}),
    ("en", "Tallis Rail is building 40 trains for Halvern Transit.",
     {("Halvern Transit", CUSTOMER), ("Tallis Rail", SUPPLIER)}),
])
def test_contracts_told_from_either_side(lang: str, sentence: str, expected: set) -> None:
    assert expected in _events(lang, sentence, "contract")


@pytest.mark.parametrize(("lang", "sentence", "kind", "expected"), [
    ("de", "Die Halvern AG und die Tallis GmbH wollen das Glasfasernetz gemeinsam ausbauen.", "partnership",
     {("Halvern", "partner"), ("Tallis", "partner")}),
    ("fr", "Halvern Énergie, en association avec Tallis Solaire, construira une centrale en Provence.", "partnership",
     {("Halvern Énergie", "partner"), ("Tallis Solaire", "partner")}),
    ("es", "Grupo Halvern se asociará con Química Tallis para producir sulfato de sodio.", "partnership",
     {("Halvern", "partner"), ("Química Tallis", "partner")}),
    # partners in a plant they share set up a joint venture (SPEC: a jointly owned company)
    ("es", "Grupo Halvern y Química Tallis se asocian en una planta de litio en Sonora.", "joint_venture",
     {("Halvern", "partner"), ("Química Tallis", "partner")}),
    ("fr", "Halvern Chimie et Tallis Industries s'associent dans une raffinerie en Normandie.", "joint_venture",
     {("Halvern Chimie", "partner"), ("Tallis Industries", "partner")}),
    ("de", "Die Halvern AG greift für 1,2 Milliarden Euro bei der Tallis GmbH zu.", "acquisition",
     {("Halvern", "acquirer"), ("Tallis", "target")}),
    ("en", "Activist fund Halvern Capital built a stake of about 4 per cent in Tallis Pharma last autumn.",
     "investment", {("Halvern Capital", "investor"), ("Tallis Pharma", "investee")}),
    ("es", "El fondo Halvern Capital negocia la entrada en el capital de Textil Tallis.", "investment",
     {("Halvern Capital", "investor"), ("Textil Tallis", "investee")}),
    ("es", "El fondo Halvern Capital renunció a tomar un 20% del capital de Textil Tallis.", "investment",
     {("Halvern Capital", "investor"), ("Textil Tallis", "investee")}),
    ("fr", "Halvern Capital a souscrit à hauteur de 20 millions d'euros à l'augmentation de capital de Tallis.",
     "investment", {("Halvern Capital", "investor"), ("Tallis", "investee")}),
    ("de", "Die Tallis AG hat am Freitag ihr Debüt im Prime Standard gegeben.", "ipo", {("Tallis", "issuer")}),
    ("es", "Grupo Tallis debuta en la BMV con una subida del 5%.", "ipo", {("Tallis", "issuer")}),
])
def test_partners_stakes_and_listings_told_by_idioms(lang: str, sentence: str, kind: str, expected: set) -> None:
    assert expected in _events(lang, sentence, kind)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Striker Tom Bradley was handed a new three-year contract by Halvern United."),  # a player, no supplier
    ("en", "Halvern Energy has picked Jane Morton to lead its renewables unit."),  # a job given to a person
    ("en", "Tallis Homes is building 400 homes for families in Leeds."),  # homes for people, a place no customer
    ("en", "Chief executive Mark Allen has worked for Halvern Foods since 2015."),
    ("en", "Halvern Foods has delivered hot meals for pensioners since 2019."),  # goods for consumers
    ("fr", "Halvern Aéro collabore avec le chercheur Jean Martin dans le cadre d'un programme européen."),
    ("fr", "Halvern Énergie, en association avec des collectivités locales, construira une centrale."),
    ("de", "Die Halvern AG will ihr Glasfasernetz gemeinsam ausbauen."),  # a plan with no counterparty
    ("de", "Die Halvern AG gewinnt immer mehr Privatleute als Kunden."),
    ("es", "Grupo Halvern presta servicio a más de dos millones de clientes."),
    ("es", "Iberia Halvern y Vuelos Tallis alcanzaron un acuerdo para que la primera compre la segunda."),
])
def test_look_alikes_state_no_deal(lang: str, sentence: str) -> None:
    events = extract_events(page(lang, "Nachrichten" if lang == "de" else "News", sentence))
    assert not [e for e in events if e["type"] in ("contract", "partnership")], events
