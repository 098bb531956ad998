"""Shapes of Spanish and French stake deals the pool missed (session 28, poolrom), with their English twins where
the shape exists there: a sale told by its noun and a contracted article ("la venta del 49 % de su filial X a Y", "la
vente du groupe X à Y"), the share a seller held told after its buyer ("vendió a Y el 35% que tenía en X", "a cédé à Y
les 35 % qu'il détenait dans X", "sold the 35% it held in X to Y": a stake, no firm sold), an entry into a firm's
capital with a year between ("entró en 2022 en el capital de X"), and new capital taken up in the passive ("será
suscrita por Y", "will be subscribed by Y"). Sentences and names made up for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_own_capital import FIRM, OPENING
from tests.unit.test_extraction_roles import page, parties


def _events(lang: str, sentence: str, kind: str) -> list[set[tuple[str, str]]]:
    """The parties of each event of a kind read from one sentence after the page's neutral opening."""
    return [parties(e) for e in extract_events(page(lang, 'News', OPENING[lang] + sentence)) if e['type'] == kind]


SALE_NOUNS = [
    # a stake sold, told by the sale noun and its contracted article: an investment in the unit
    ('es', 'La eléctrica Mirandel cerró ayer la venta del 49% de su filial Olmeda Solar a la gestora Brava Infra por '
           '300 millones de euros.', 'investment', {('Brava Infra', 'investor'), ('Olmeda Solar', 'investee')}),
    # a whole firm sold so: an acquisition with its seller
    ('es', 'Mirandel ha cerrado la venta del grupo Olmeda a la gestora Brava Infra.', 'acquisition',
     {('Mirandel', 'seller'), ('Olmeda', 'target'), ('Brava Infra', 'acquirer')}),
    ('fr', 'Mirandel a finalisé la vente du groupe Olmeda au fonds Brava Infra.', 'acquisition',
     {('Mirandel', 'seller'), ('Olmeda', 'target'), ('Brava Infra', 'acquirer')}),
]


@pytest.mark.parametrize(('lang', 'sentence', 'kind', 'expected'), SALE_NOUNS)
def test_a_sale_noun_with_a_contracted_article_is_a_sale(lang, sentence, kind, expected):
    assert expected in _events(lang, sentence, kind)


HELD_SHARES_SOLD = [
    ('es', 'Mirandel vendió a Brava Infra el 35% que tenía en Olmeda.'),
    ('fr', "Mirandel a cédé à Brava Infra les 35 % qu'il détenait dans Olmeda."),
    ('en', 'Mirandel sold the 35% it held in Olmeda to Brava Infra.'),
]


@pytest.mark.parametrize(('lang', 'sentence'), HELD_SHARES_SOLD)
def test_the_share_a_seller_held_sold_to_a_buyer_is_the_buyers_stake(lang, sentence):
    assert {('Brava Infra', 'investor'), ('Olmeda', 'investee')} in _events(lang, sentence, 'investment')
    assert not _events(lang, sentence, 'acquisition')


ENTRIES = [
    ('es', 'El fondo Brava Infra entró en 2022 en el capital de Olmeda con una participación del 20%.'),
    ('es', 'El fondo Brava Infra entró ya en el capital de Olmeda con un 20%.'),
]


@pytest.mark.parametrize(('lang', 'sentence'), ENTRIES)
def test_an_entry_into_a_firms_capital_past_a_year_or_an_adverb_is_an_investment(lang, sentence):
    assert {('Brava Infra', 'investor'), ('Olmeda', 'investee')} in _events(lang, sentence, 'investment')


SUBSCRIBED = [
    # the firm the page is about raises the capital
    ('es', 'La ampliación de capital de 60 millones será suscrita por Brava Infra y Cardo Capital.'),
    ('es', 'La ampliación de capital fue suscrita íntegramente por Brava Infra y Cardo Capital.'),
    ('en', 'The 60 million euro capital increase will be subscribed by Brava Infra and Cardo Capital.'),
]


@pytest.mark.parametrize(('lang', 'sentence'), SUBSCRIBED)
def test_new_capital_subscribed_in_the_passive_is_the_subscribers_investment(lang, sentence):
    assert {('Brava Infra', 'investor'), ('Cardo Capital', 'investor'), (FIRM[lang], 'investee')} in _events(
        lang, sentence, 'investment')
