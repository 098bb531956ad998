"""A description that stands for a firm named earlier, as the object of a deal whose subject its own sentence
names ("el Grupo X negocia la compra de la empresa toledana", "le fonds X avait pris le contrôle de la firme
bordelaise"), stands for another firm than that subject: the firm the page ties to its place ("Y, una empresa de
Toledo"), else the object a sentence before spoke of (`page._own_object`). Mini-articles written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

OBJECTS = [
    ('es', 'Cementos Arbe renuncia a comprar Áridos del Tajo',
     'Cementos Arbe ha renunciado a comprar Áridos del Tajo, una empresa de Toledo. Según fuentes del sector, el '
     'Grupo Villalta ya negocia la compra de la empresa toledana con su principal accionista.',
     ('Villalta', 'Áridos del Tajo')),
    ('es', 'Aceites Ribera deja escapar Bodegas Lurra',
     'Aceites Ribera ya no comprará Bodegas Lurra, una empresa de Logroño. El fondo Norte Capital negocia ahora la '
     'adquisición de la bodega riojana.', ('Norte Capital', 'Bodegas Lurra')),
    ('fr', 'Valmont boucle le rachat de Garonne Fret',
     'Valmont boucle le rachat de Garonne Fret. Vendeur, le fonds Ardel Capital, qui avait pris le contrôle de la '
     'firme bordelaise en 2019, réalise une belle plus-value.', ('Ardel Capital', 'Garonne Fret')),
    ('fr', 'Valmont rachète Garonne Fret',
     'Valmont, basé à Lyon, rachète Garonne Fret, une société de Bordeaux. En 2019, le fonds Ardel Capital avait pris '
     'le contrôle de la société bordelaise.', ('Ardel Capital', 'Garonne Fret')),
]


@pytest.mark.parametrize(('lang', 'title', 'body', 'deal'), OBJECTS)
def test_a_description_after_a_deal_cue_is_not_its_own_subject(lang: str, title: str, body: str, deal: tuple):
    buyer, target = deal
    events = [parties(e) for e in extract_events(page(lang, title, body)) if e['type'] == 'acquisition']
    assert {(buyer, 'acquirer'), (target, 'target')} in events
    assert not any((buyer, 'target') in e for e in events)


def test_a_trade_compound_in_the_genitive_after_a_place_adjective_is_no_part_of_the_name():
    body = ('Weniger glatt lief es beim Energieversorger Westlicht. Monatelang hatte der Dortmunder Konzern über eine '
            'Mehrheitsübernahme des Essener Solarinstallateurs Sonnkraft Ruhr verhandelt.')
    events = [parties(e) for e in extract_events(page('de', 'Stromkonzerne unter Druck', body))]
    assert {('Westlicht', 'acquirer'), ('Sonnkraft Ruhr', 'target')} in events


KEPT = [  # the subject's own description, a possessive rival: unchanged
    ('en', 'Norvale to buy Petrox', 'Norvale agreed to buy Petrox. Norvale said it swallows its American rival for '
                                    '$2bn.', ('Norvale', 'Petrox')),
    ('de', 'Westlicht kauft Sonnkraft', 'Westlicht übernimmt Sonnkraft. Der Versorger kauft damit seinen größten '
                                        'Rivalen.', ('Westlicht', 'Sonnkraft')),
]


@pytest.mark.parametrize(('lang', 'title', 'body', 'deal'), KEPT)
def test_a_possessive_description_keeps_its_antecedent(lang: str, title: str, body: str, deal: tuple):
    buyer, target = deal
    events = [parties(e) for e in extract_events(page(lang, title, body)) if e['type'] == 'acquisition']
    assert {(buyer, 'acquirer'), (target, 'target')} in events


def test_a_seat_before_a_descriptor_opening_a_sentence_is_a_description():
    body = ('Leeds group bets on defence as it swallows its American rival. Norvale, the Leeds-based engineer, agreed '
            'to buy Petrox for $2bn.')
    events = [parties(e) for e in extract_events(page('en', 'Norvale to buy US rival Petrox', body))]
    assert {('Norvale', 'acquirer'), ('Petrox', 'target')} in events
    assert not any(('Leeds', 'acquirer') in e for e in events)


def test_a_firm_named_before_a_descriptor_stays_a_firm():
    body = 'Norvale agreed to buy Petrox for $2bn. Petrox group, the Leeds-based rival, bought Hallam Steel in 2021.'
    events = [parties(e) for e in extract_events(page('en', 'Norvale to buy Petrox', body))]
    assert {('Petrox', 'acquirer'), ('Hallam Steel', 'target')} in events


def test_the_object_before_is_a_deal_object_not_a_place():
    body = ('Norvik Pumps makes industrial pumps in Leeds. The investment firm Atlas Partners took a 30% stake in the '
            'company in 2021.')
    events = [parties(e) for e in extract_events(page('en', 'Norvik Pumps listed', body))]
    assert {('Atlas Partners', 'investor'), ('Norvik Pumps', 'investee')} in events


def test_buying_the_remaining_shares_is_an_acquisition():
    body = ('Carrow Media owns 39% of Brightline. Carrow Media agreed to buy the remaining shares of the broadcaster '
            'for £1.2bn.')
    events = extract_events(page('en', 'Carrow Media bids for Brightline', body))
    assert any(e['type'] == 'acquisition' and parties(e) == {('Carrow Media', 'acquirer'), ('Brightline', 'target')}
               for e in events)
