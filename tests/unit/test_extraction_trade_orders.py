"""Orders and awards told the trade press's way: a supplier "selected by" its customer to make parts, a buyer that
"returned to" its yard for more ships (ship sizes in TEU are no firm), an order dated "am 14.10." (no sentence end),
a delivery that is what an award is for ("awarded a contract by X to deliver systems to the Army": the Army is no
second customer), a "nächste" that tells of a product, not a deal to come, a French agency that notifies an order
and an award approved by its giver. Mini-articles written for these tests."""

import pytest

from streams.extraction import extract_events
from streams.extraction.lexicon import lexicon
from streams.extraction.sentences import split
from tests.unit.test_extraction_roles import page, parties

ORDERS = [
    ('en', 'Lumatec Aerostructures has been selected by Nordwerk Aircraft to machine and assemble wing ribs for the '
           'N-40 regional jet.', {('Nordwerk Aircraft', 'customer'), ('Lumatec Aerostructures', 'supplier')}),
    ('en', 'Lumatec has been chosen by Nordwerk Rail to fabricate bogie frames for its new trams.',
     {('Nordwerk Rail', 'customer'), ('Lumatec', 'supplier')}),
    ('en', 'Corran Line has returned to Hyeon Heavy Industries for its next batch of tonnage: six methanol-ready '
           '7,000 TEU ships.', {('Corran Line', 'customer'), ('Hyeon Heavy Industries', 'supplier')}),
    ('en', 'Nordwerk Shipping went back to Lumatec Marine for another four 2,400 TEU feeder vessels.',
     {('Nordwerk Shipping', 'customer'), ('Lumatec Marine', 'supplier')}),
    ('en', 'Corvex Systems plc today announced that it has been awarded a contract valued at £180 million by the '
           'Defence Equipment Agency to deliver counter-drone systems to the British Army.',
     {('Corvex Systems', 'supplier'), ('Defence Equipment Agency', 'customer')}),
    ('de', 'Die Reederei Nordwind hat am 14.10. bei der norwegischen Werft Fjordverft vier Containerschiffe in Auftrag '
           'gegeben.', {('Nordwind', 'customer'), ('Werft Fjordverft', 'supplier')}),
    ('de', 'Die Hamburger Reederei Nordwind hat am 14. Oktober bei der Werft Fjordverft vier Containerschiffe in '
           'Auftrag gegeben.', {('Nordwind', 'customer'), ('Werft Fjordverft', 'supplier')}),
    ('fr', "L'Agence des achats de défense a notifié lundi à Brévent Naval la commande de quatre frégates, pour un "
           "montant de 1,1 milliard d'euros.", {('Agence des achats', 'customer'), ('Brévent Naval', 'supplier')}),
    ('fr', "L'Office des ports a notifié à la société Lavaris un marché de dragage.",
     {('Office des ports', 'customer'), ('Lavaris', 'supplier')}),
    ('fr', "Le conseil de surveillance du CHU de Rennac a validé l'attribution du marché de blanchisserie à la "
           "société Lavaris.", {('CHU de Rennac', 'customer'), ('Lavaris', 'supplier')}),
    ('fr', "Le CHU de Rennac a validé l'attribution du marché à Lavaris pour 4 millions d'euros.",
     {('CHU de Rennac', 'customer'), ('Lavaris', 'supplier')}),
    ('es', 'Lumatec Servicios crece en el sector sanitario. En marzo, el Consorcio Sanitario del Bierzo le adjudicó '
           'un contrato de 1,8 millones de euros.', {('Consorcio Sanitario del Bierzo', 'customer'),
                                                    ('Lumatec Servicios', 'supplier')}),
]


@pytest.mark.parametrize(('lang', 'body', 'expected'), ORDERS)
def test_a_trade_press_order_is_one_contract_with_its_customer_and_supplier(lang: str, body: str, expected: set):
    title = {'de': 'Nachrichten', 'fr': 'Actualités', 'es': 'Noticias'}.get(lang, 'News')
    events = [parties(e) for e in extract_events(page(lang, title, body)) if e['type'] == 'contract']
    assert events == [expected]


def test_a_next_model_generation_is_no_deal_to_come():
    (event,) = extract_events(page('de', 'Getriebe-Zulieferer Lumatec', 'Lumatec baut Getriebe. Wie der Zulieferer '
                                   'gestern mitteilte, wird er den Sportwagenbauer Vallon Automobile mit Getrieben '
                                   'für dessen nächste Modellgeneration beliefern.'))
    assert parties(event) == {('Lumatec', 'supplier'), ('Vallon Automobile', 'customer')}
    assert event['status'] == 'announced'


@pytest.mark.parametrize('text', ['Die Reederei Nordwind hat am 14.10. bei der Werft X Schiffe bestellt.',
                                  'Die Reederei Nordwind hat am 14. Okt. bei der Werft X Schiffe bestellt.',
                                  'Die Reederei Nordwind hat am 14. Oktober bei der Werft X Schiffe bestellt.'])
def test_a_date_inside_a_sentence_ends_no_sentence(text: str):
    assert len(split(text, [], lexicon('de'))) == 1


@pytest.mark.parametrize(('lang', 'text'), [
    ('de', 'Die Hauptversammlung war am 14.10. Danach verkaufte Nordwerk die Sparte.'),
    ('de', 'Die Hauptversammlung ist im Okt. Danach verkauft Nordwerk die Sparte.'),
])
def test_a_date_before_a_capital_still_ends_its_sentence(lang: str, text: str):
    assert len(split(text, [], lexicon(lang))) == 2


PROBES = [
    # an award to supply goods whose recipient is its own customer keeps it ("won a contract to supply X to Y")
    ('en', 'Lumatec won a contract from Nordwerk to supply turbines.', {('Lumatec', 'supplier'),
                                                                        ('Nordwerk', 'customer')}),
    # a delivery verb alone still tells a supply deal
    ('en', 'Lumatec will deliver 40 turbines to Nordwerk Energy next year.', {('Lumatec', 'supplier'),
                                                                              ('Nordwerk Energy', 'customer')}),
]


@pytest.mark.parametrize(('lang', 'body', 'expected'), PROBES)
def test_orders_that_keep_their_reading(lang: str, body: str, expected: set):
    events = [parties(e) for e in extract_events(page(lang, 'News', body)) if e['type'] == 'contract']
    assert events == [expected]
