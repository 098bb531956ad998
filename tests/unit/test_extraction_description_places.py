"""A description that names a place ("the Leeds-based group", "la firma bilbaína", "le groupe nanterrois", "die
Dortmunder") stands for the firm the page tied to that place where it introduced it ("X Ltd, based in Leeds", "X SA,
con sede en Bilbao", "X SA, la société de Nanterre", "der Dortmunder Sensorhersteller X"), not for the firm the
sentence before spoke of; the legal suffix after a name does not hide the place its apposition gives."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

TIED = [
    ('en', 'Lumatec Ltd, based in Leeds, makes valves. Nordwerk Ltd, based in Bristol, reported results. Halvor '
           'agreed to buy the Leeds-based group.', {('Halvor', 'acquirer'), ('Lumatec', 'target')}),
    ('en', 'Lumatec Ltd, based in Leeds, makes valves. Nordwerk Ltd, based in Bristol, reported results. The '
           'Leeds-based group agreed to buy Halvor.', {('Lumatec', 'acquirer'), ('Halvor', 'target')}),
    ('es', 'Lumatec SA, con sede en Bilbao, fabrica válvulas. Nordwerk SL, con sede en Madrid, presentó resultados. '
           'El grupo Halvor compró la firma bilbaína.', {('Halvor', 'acquirer'), ('Lumatec', 'target')}),
    ('fr', 'Lumatec SA, la société de Nanterre, fabrique des capteurs. Nordwerk SAS, basé à Lyon, publie ses '
           'comptes. Halvor a racheté le groupe nanterrois.', {('Halvor', 'acquirer'), ('Lumatec', 'target')}),
    ('de', 'Der Dortmunder Sensorhersteller Lumatec GmbH wächst. Auch die Nordwerk AG aus München meldet Zahlen. '
           'Der Konzern Halvor hat die Dortmunder übernommen.', {('Halvor', 'acquirer'), ('Lumatec', 'target')}),
    ('en', 'Dairyland Farms Inc, the Wisconsin cheese and yogurt maker, employs 500. Halvor Foods Inc reported '
           'sales. Nordwerk agreed to buy the Wisconsin cheese maker for $90m.',
     {('Nordwerk', 'acquirer'), ('Dairyland Farms', 'target')}),
]


@pytest.mark.parametrize(('lang', 'text', 'expected'), TIED)
def test_a_description_with_a_place_stands_for_the_firm_tied_to_it(lang: str, text: str, expected: set):
    found = [parties(e) for e in extract_events(page(lang, 'Nachrichten' if lang == 'de' else 'News', text))
             if e['type'] == 'acquisition']
    assert found == [expected]
