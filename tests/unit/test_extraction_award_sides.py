"""Contracts whose customer and supplier sit in different clauses or sentences: the award told before a colon and
the supplier after it, its verb second ("Die Stadtwerke haben einen Auftrag vergeben: Für 34 Mio. Euro liefert der
Hersteller X 40 Busse", `roles._awarded_before_colon`); an order the next sentence completes by opening on the goods
or the work with the supplier after the verb ("Die Ladetechnik liefert die Firma X", "Den Rahmenvertrag erhalten X
und Y gemeinsam"; `winner_cues`, `discourse.named_buyer`). Mini-articles written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

LINKED = [
    ('de', 'Die Stadtwerke Lumstadt haben gestern den größten Auftrag ihrer Geschichte vergeben: Für 34 Millionen '
           'Euro liefert der Hersteller Rheinbus 40 Elektrobusse.', {('Stadtwerke Lumstadt', 'customer'),
                                                                     ('Rheinbus', 'supplier')}),
    ('de', 'Die Nordwerk AG hat einen ersten Großauftrag vergeben: Zwei Wärmepumpen liefert die Lumatec GmbH aus '
           'Augsburg.', {('Nordwerk', 'customer'), ('Lumatec', 'supplier')}),
    ('de', 'Die Stadtwerke Lumstadt haben 20 Elektrobusse bestellt. Die Ladetechnik für den Betriebshof '
           'liefert die Firma Ladepunkt Süd aus Freiburg.', {('Stadtwerke Lumstadt', 'customer'),
                                                              ('Ladepunkt Süd', 'supplier')}),
    ('de', 'Die Stadtwerke Lumstadt haben 40 Elektrobusse bestellt. Den Rahmenvertrag erhalten der Hersteller '
           'Rheinbus und das Start-up Kontora gemeinsam.', {('Stadtwerke Lumstadt', 'customer'),
                                                           ('Rheinbus', 'supplier'), ('Kontora', 'supplier')}),
    ('de', 'Die Stadtwerke Lumstadt haben 40 Elektrobusse bestellt. Den Auftrag bekam die Rheinbus GmbH.',
     {('Stadtwerke Lumstadt', 'customer'), ('Rheinbus', 'supplier')}),
]


@pytest.mark.parametrize(('lang', 'body', 'expected'), LINKED)
def test_the_customer_and_the_supplier_of_two_clauses_make_one_contract(lang: str, body: str, expected: set):
    events = [parties(e) for e in extract_events(page(lang, 'Nachrichten', body)) if e['type'] == 'contract']
    assert events == [expected]


UNLINKED = [
    # the firm opening the next sentence supplies someone else: no winner of the order
    ('de', 'Die Stadtwerke Lumstadt haben 40 Elektrobusse bestellt. Die Nordwerk AG liefert Strom an die Lumatec '
           'GmbH.', ('Nordwerk', 'supplier'), ('Stadtwerke Lumstadt', 'customer')),
    # before the colon no work given: its firm is no customer of the supplier after it
    ('de', 'Die Lumatec AG hat Bilanz gezogen: Für 2023 liefert der Konzern Nordwerk AG 30 Prozent mehr Strom.',
     ('Nordwerk', 'supplier'), ('Lumatec', 'customer')),
    ('de', 'Die Lumatec AG hat Bilanz gezogen: Für 2023 liefert der Konzern Nordwerk AG 30 Prozent mehr Strom.',
     ('Lumatec', 'supplier'), ('Nordwerk', 'customer')),
    # after the colon a customer of its own ("an Y")
    ('de', 'Die Stadtwerke Lumstadt ziehen Bilanz: Ab Mai liefert die Nordwerk AG Strom an die Lumatec GmbH.',
     ('Nordwerk', 'supplier'), ('Stadtwerke Lumstadt', 'customer')),
    ('de', 'Die Stadtwerke Lumstadt ziehen Bilanz: Ab Mai liefert die Nordwerk AG Strom an die Lumatec GmbH.',
     ('Stadtwerke Lumstadt', 'supplier'), ('Lumatec', 'customer')),
]


@pytest.mark.parametrize(('lang', 'body', 'supplier', 'customer'), UNLINKED)
def test_a_supplier_with_a_customer_of_its_own_takes_no_other(lang: str, body: str, supplier: tuple,
                                                              customer: tuple):
    events = [parties(e) for e in extract_events(page(lang, 'Nachrichten', body)) if e['type'] == 'contract']
    assert not any(supplier in e and customer in e for e in events)


TOLD_BY_THE_CUSTOMER = [
    ('en', 'The Ministry of Defence has placed a £2.1bn order for 310 armoured vehicles. The contract, signed on '
           'Tuesday, went to Acme Vehicles.', {('Ministry of Defence', 'customer'), ('Acme Vehicles', 'supplier')}),
    ('en', 'Network Rail has placed a £300m order for 40 electric trains. The work goes to Lumatec Rail, which will '
           'build them in Derby.', {('Network Rail', 'customer'), ('Lumatec Rail', 'supplier')}),
    ('en', "Lumatec Marine was handed a £2.1bn contract to maintain the Royal Navy's frigates. The Ministry of "
           "Defence confirmed the award on Monday.",
     {('Lumatec Marine', 'supplier'), ('Ministry of Defence', 'customer')}),
    ('fr', "Lumatec Défense a décroché un contrat de 300 millions d'euros pour l'entretien des frégates. La Direction "
           "générale de l'armement a confirmé l'attribution lundi.",
     {('Lumatec Défense', 'supplier'), ("Direction générale de l'armement", 'customer')}),  # whole since contracts2
    ('es', 'Lumatec ha ganado un contrato de 48 millones de euros para limpiar los hospitales de la región. El '
           'Servicio Madrileño de Salud confirmó la adjudicación el lunes.',
     {('Lumatec', 'supplier'), ('Servicio Madrileño de Salud', 'customer')}),
    ('de', 'Die Lumatec GmbH hat einen Auftrag über 40 Millionen Euro für die Wartung der Züge gewonnen. Die '
           'Stadtwerke Lumstadt bestätigten den Auftrag am Montag.',
     {('Lumatec', 'supplier'), ('Stadtwerke Lumstadt', 'customer')}),
    ('fr', "Hydro-Québec retient le projet d'Énergies Lumatec pour la construction d'un parc éolien de 300 mégawatts "
           "dans le nord du Québec.", {('Hydro-Québec', 'customer'), ('Énergies Lumatec', 'supplier')}),
    ('es', 'Correos ha adjudicado a Lumatec la implantación de su herramienta de facturación electrónica en todas '
           'sus oficinas del país.', {('Correos', 'customer'), ('Lumatec', 'supplier')}),
    ('es', 'El Servicio Madrileño de Salud formalizó ayer la adjudicación del contrato de limpieza por 48 millones de '
           'euros. La adjudicataria es Lumatec, que ya presta el servicio.',
     {('Servicio Madrileño de Salud', 'customer'), ('Lumatec', 'supplier')}),
    ('de', 'Die Nordwerk AG setzt künftig KI-Software des französischen Anbieters Lumatec ein, um Röntgenbilder '
           'schneller auszuwerten.', {('Nordwerk', 'customer'), ('Lumatec', 'supplier')}),
    ('es', 'Grupo Lumatec cierra un mes cargado de operaciones. La constructora vasca se ha adjudicado las obras de '
           'dos tramos de la línea de alta velocidad por 480 millones de euros, según la resolución publicada ayer '
           'por Adif.', {('Lumatec', 'supplier'), ('Adif', 'customer')}),
    ('fr', "Lumatec Aérospatiale fabrique des trains d'atterrissage. Elle a par ailleurs décroché en janvier un "
           "contrat de 120 millions de dollars auprès de l'avionneur brésilien Embraer.",
     {('Lumatec Aérospatiale', 'supplier'), ('Embraer', 'customer')}),
    ('en', 'The Port of Tacoma will pay $84 million over seven years to replace its diesel trucks with electric ones. '
           'The work goes to Lumatec Freight, a Seattle hauler.', {('Port of Tacoma', 'customer'),
                                                                   ('Lumatec Freight', 'supplier')}),
]


@pytest.mark.parametrize(('lang', 'body', 'expected'), TOLD_BY_THE_CUSTOMER)
def test_an_award_told_from_the_customers_side(lang: str, body: str, expected: set):
    events = [parties(e) for e in extract_events(page(lang, 'News', body)) if e['type'] == 'contract']
    assert events == [expected]


ON_BEHALF = [
    # the buyer named is the customer, whom the order is for no second one
    ('fr', "Le ministère des Armées a notifié à Lumatec Défense, pour le compte de la Marine nationale, une commande "
           "de 12 drones pour 9,5 millions d'euros.", {('ministère des Armées', 'customer'),
                                                     ('Lumatec Défense', 'supplier')}),
    ('fr', "La DGA a commandé à Lumatec Défense, pour le compte de la Marine nationale, 12 drones pour 9,5 millions "
           "d'euros.", {('DGA', 'customer'), ('Lumatec Défense', 'supplier')}),
    ('en', 'The Ministry of Defence has ordered 40 trucks from Acme Vehicles on behalf of the Royal Navy for £300m.',
     {('Ministry of Defence', 'customer'), ('Acme Vehicles', 'supplier')}),
    # alone the phrase states a service (probes that keep their result)
    ('fr', "Lumatec Défense gère depuis 2019 le réseau de chaleur pour le compte de la Métropole de Lyon, qui lui "
           "verse 12 millions d'euros par an.", {('Lumatec Défense', 'supplier'), ('Métropole de Lyon', 'customer')}),
    ('de', 'Die Lumatec GmbH betreibt die Anlagen im Auftrag der Stadtwerke Lumstadt seit 2019.',
     {('Lumatec', 'supplier'), ('Stadtwerke Lumstadt', 'customer')}),
]


@pytest.mark.parametrize(('lang', 'body', 'expected'), ON_BEHALF)
def test_whom_an_order_is_for_is_no_second_customer(lang: str, body: str, expected: set):
    events = [parties(e) for e in extract_events(page(lang, 'News', body)) if e['type'] == 'contract']
    assert events == [expected]


ELSEWHERE_NAMED = [
    # the supplier called by the people of the place the page gave as its seat, in the dative
    ('de', 'Die Ostwerk AG aus Neuss baut Elektrobusse für Städte in ganz Europa. Erst im Sommer hatten die Kölner '
           'Verkehrsbetriebe 25 Fahrzeuge bei den Neussern bestellt.',
     {('Kölner Verkehrsbetriebe', 'customer'), ('Ostwerk', 'supplier')}),
    ('de', 'Die Lumatec GmbH aus Reutlingen fertigt Ladesäulen. Die Stadtwerke Lumstadt haben 40 Ladesäulen bei den '
           'Reutlingern bestellt.', {('Stadtwerke Lumstadt', 'customer'), ('Lumatec', 'supplier')}),
    # a customer deploying a counted number of a maker's machines
    ('en', 'Meridian Freight has agreed to deploy 400 Brightloom robotic arms across its distribution centres in the '
           'United States.', {('Meridian Freight', 'customer'), ('Brightloom', 'supplier')}),
]


@pytest.mark.parametrize(('lang', 'body', 'expected'), ELSEWHERE_NAMED)
def test_a_supplier_named_by_its_place_or_its_product(lang: str, body: str, expected: set):
    events = [parties(e) for e in extract_events(page(lang, 'News', body)) if e['type'] == 'contract']
    assert events == [expected]


def test_the_owner_of_what_is_serviced_is_no_party():
    body = "Lumatec Marine was handed a £2.1bn contract to maintain the Royal Navy's frigates until 2030."
    assert not any(p['name'] == 'Royal Navy' for e in extract_events(page('en', 'News', body)) for p in e['parties'])


def test_a_payment_with_no_winner_named_is_no_deal():
    body = ('The Port of Tacoma will pay $84 million over seven years to replace its diesel trucks with electric ones, '
            'officials said on Monday.')
    assert extract_events(page('en', 'News', body)) == []


def test_a_plural_of_people_tied_to_no_firm_is_no_party():
    body = ('Die Ostwerk AG aus Neuss baut Elektrobusse. Den Eltern und den Kindern gefällt das, sagte die Ostwerk '
            'AG am Montag in Neuss.')
    assert extract_events(page('de', 'Nachrichten', body)) == []
