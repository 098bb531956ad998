"""A description whose noun names a kind of firm ("the lender", "der Versorger", "l'assureur", "la aseguradora")
stands for the closest firm the page gave that kind ("X, a Leeds-based lender", "der Versorger X", "Banco Y", a
description resolved to it before), not for a nearer firm the page gave another kind (a fund named after the
bank); with no firm of its kind named, the description keeps its antecedent (`kinds`, `page._of_its_kind`).
Mini-articles written for these tests."""

import pytest

from streams.extraction import extract_events
from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page, parties

LINKED = [
    ('en', 'Pellow up for sale', 'Harlow Bank and the fund Brightmoor Capital are bidding for Pellow Systems. Last '
                                 'year the lender bought Quintor Ltd for $80m.', ('Harlow Bank', 'Quintor')),
    ('en', 'Pellow up for sale', 'Kestrel Holdings, a Leeds-based lender, and Brightmoor Capital are bidding for '
                                 'Pellow Systems. In 2022 the lender acquired Quintor Ltd.', ('Kestrel', 'Quintor')),
    ('en', 'Grocers merge', 'Jorvik Partners holds 8% of Harvest Mart and Larder Foods. It pushed the grocer '
                            'Harvest Mart to sell. In May the grocer bought Quintor Ltd.', ('Harvest Mart', 'Quintor')),
    ('de', 'Bieter für Wendt', 'Die Stadtwerke Halden und der Finanzinvestor Norvia Capital bieten für Wendt. 2021 '
                               'hat der Versorger die Brell AG übernommen.', ('Stadtwerke Halden', 'Brell')),
    ('de', 'Bieter für Wendt', 'Der Finanzinvestor Norvia Capital und die Regionalbank Kremsbank prüfen ein Gebot '
                               'für Wendt. Im Mai hatte das Institut die Brell AG übernommen.', ('Kremsbank', 'Brell')),
    ('fr', 'Codexa à vendre', 'Le fonds Ardilla Partners et le constructeur Vélan sont en lice pour Codexa. Le '
                              'constructeur a racheté Brillac en 2021.', ('Vélan', 'Brillac')),
    ('fr', 'Codexa à vendre', 'Le fonds Ardilla Partners et la banque Crédit Morvan sont en lice pour Codexa. En '
                              '2021, la banque avait racheté Brillac.', ('Crédit Morvan', 'Brillac')),
    ('es', 'Trazia, en venta', 'El fondo Cierzo Capital y el banco Levantia negocian la compra de Trazia. En 2020 la '
                               'entidad compró Oriel.', ('Levantia', 'Oriel')),
    ('es', 'Trazia, en venta', 'Mutuar Vida, una aseguradora vasca, y el fondo Cierzo Capital pujan por Trazia. En '
                               '2020 la aseguradora compró Oriel.', ('Mutuar Vida', 'Oriel')),
    # a name's own word of the kind, in the form names use ("Construcciones X", "X Construction")
    ('es', 'Trazia, en venta', 'El fondo Cierzo Capital y Construcciones Salvatierra pujan por Trazia. En 2020 la '
                               'constructora compró Oriel.', ('Construcciones Salvatierra', 'Oriel')),
    ('en', 'Pellow up for sale', 'Harlow Capital and Brenmoor Construction are bidding for Pellow Systems. In 2021 '
                                 'the builder acquired Quintor Ltd.', ('Brenmoor Construction', 'Quintor')),
]


@pytest.mark.parametrize(('lang', 'title', 'body', 'deal'), LINKED)
def test_a_description_stands_for_the_firm_of_its_kind(lang: str, title: str, body: str, deal: tuple):
    buyer, target = deal
    events = [parties(e) for e in extract_events(page(lang, title, body)) if e['type'] == 'acquisition']
    assert any({(buyer, 'acquirer'), (target, 'target')} <= e for e in events), events


UNCHANGED = [  # (text, description, firm it stands for): no firm of its kind named, or the firm it took is one,
    # or no noun of a kind (an apposition's later words give none: "X, the knowledge of the supply chain")
    ('en', 'Brightmoor Capital and Pellow Systems signed a deal. The lender will buy Quintor.', 'The lender',
     'Brightmoor Capital'),
    ('en', 'Harlow Bank and Brightmoor Capital signed. The company agreed to buy Quintor.', 'The company',
     'Harlow Bank'),
    ('es', 'Grupo Arvena y Constructora Salvatierra ganan el tramo. La constructora madrileña vende su negocio. '
           'Después la constructora acordó la venta.', 'la constructora', 'Arvena'),
    ('es', 'Nordvind, una naviera, y Ventamar, una aseguradora, negocian. Ventamar aporta el conocimiento de la cadena '
           'de suministro y Nordvind compra Oriel.', 'la cadena', 'Ventamar'),
]


@pytest.mark.parametrize(('lang', 'text', 'description', 'firm'), UNCHANGED)
def test_a_description_keeps_its_antecedent_without_a_firm_of_its_kind(lang: str, text: str, description: str,
                                                                       firm: str):
    p = read_page(page(lang, 'News', text))
    took = [m.name for ms in p.mentions for m in ms if m.anaphor and p.text[m.start:m.end] == description]
    assert took and took[-1] == firm, took


TRADES = [  # nouns of a trade a page calls a firm by (kinds19), an adjective after the noun
    ('en', 'Marlow Holdings agreed to buy the builder Grantly Homes. Last year the builder acquired Quintor Ltd.',
     ('Grantly Homes', 'Quintor')),
    ('en', 'Marlow Holdings agreed to buy the cable-layer Nordline Marine. In 2022 the cable-layer bought Quintor Ltd.',
     ('Nordline Marine', 'Quintor')),
    ('en', 'Harlow Capital agreed to buy the winemaker Corrib Estates. In 2022 the winery bought Quintor Ltd.',
     ('Corrib Estates', 'Quintor')),
    ('de', 'Norvia Capital übernimmt Halden Marine, eine Werft aus Kiel. 2021 hatte die Werft die Brell AG übernommen.',
     ('Halden Marine', 'Brell')),
    ('de', 'Norvia Capital übernimmt die Privatbrauerei Halden. Im Mai hatte die Brauerei die Brell AG übernommen.',
     ('Halden', 'Brell')),
    ('fr', "Le fonds Ardilla Partners rachète le câblier Brillac. L'an dernier, le câblier avait racheté Codexa.",
     ('Brillac', 'Codexa')),
    ('fr', 'Le fonds Ardilla Partners rachète la papetière Vélan. En 2021, la papetière avait racheté Codexa.',
     ('Vélan', 'Codexa')),
    ('fr', 'Le fonds Ardilla Partners rachète le club Vélan. En 2021, le club avait racheté Codexa.',
     ('Vélan', 'Codexa')),
    ('es', 'El grupo Arvena comprará la bodega Viñas del Cierzo. En 2020 la bodega compró Oriel.',
     ('Viñas del Cierzo', 'Oriel')),
    ('es', 'El grupo Arvena comprará la naviera Volta Ibérica. En 2020 la naviera gallega compró Oriel.',
     ('Volta Ibérica', 'Oriel')),
]


@pytest.mark.parametrize(('lang', 'body', 'deal'), TRADES)
def test_a_trade_noun_stands_for_the_firm_the_page_called_so(lang: str, body: str, deal: tuple):
    buyer, target = deal
    events = [parties(e) for e in extract_events(page(lang, 'News', body)) if e['type'] == 'acquisition']
    assert any({(buyer, 'acquirer'), (target, 'target')} <= e for e in events), events


@pytest.mark.parametrize(('lang', 'text', 'description'), [
    ('es', 'El grupo Arvena comprará Bodega Salvatierra. En 2020 la bodega compró Oriel.', 'la bodega'),
    ('en', 'Redvale Capital is in talks to buy Ashcombe. The club bought Quintor Ltd in 2020.', 'The club'),
])
def test_a_trade_noun_stands_for_no_firm_the_page_did_not_call_so(lang: str, text: str, description: str):
    """A firm only named with the noun ("Bodega Salvatierra") or never called so: the description is left unsaid,
    not guessed from the discourse."""
    p = read_page(page(lang, 'News', text))
    assert not [m for ms in p.mentions for m in ms if m.anaphor and p.text[m.start:m.end] == description]


def test_a_trade_noun_before_a_market_noun_is_no_description():
    p = read_page(page('en', 'News', 'Harlow Capital will buy the utility Bexley Power and the dairy Corrib Farms. '
                                     'The utility sector and the dairy industry welcomed the deal.'))
    assert not [m for ms in p.mentions for m in ms if m.anaphor], p.mentions


COPULAS = [
    ('en', 'Talks at Harwick', 'Brightmoor Capital, owner of the Belgian club KV Marden, is weighing a bid for '
                               'Harwick Rovers. "Harwick Rovers is a big club with loyal fans," said its chairman. '
                               'In May the club bought Quintor Ltd.', ('Harwick Rovers', 'Quintor')),
    ('fr', 'Vélan en vue', 'Le fonds Ardilla Partners, propriétaire du club belge KV Marden, regarde Vélan. Vélan est '
                           'un club historique de la région. En mai, le club a racheté Brillac.', ('Vélan', 'Brillac')),
    ('es', 'Oriel, en venta', 'El fondo Cierzo Capital, dueño del club belga KV Marden, estudia Levantia. Levantia '
                              'es un club histórico de la ciudad. En mayo el club compró Oriel.',
     ('Levantia', 'Oriel')),
]


@pytest.mark.parametrize(('lang', 'title', 'body', 'deal'), COPULAS)
def test_a_copula_gives_a_firm_its_kind(lang: str, title: str, body: str, deal: tuple):
    """ "X is a big club": a later "the club" stands for X, not for a club named before it."""
    buyer, target = deal
    events = [parties(e) for e in extract_events(page(lang, title, body)) if e['type'] == 'acquisition']
    assert any({(buyer, 'acquirer'), (target, 'target')} <= e for e in events), events
