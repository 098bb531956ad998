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
