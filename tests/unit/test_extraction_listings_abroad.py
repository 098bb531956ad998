"""A Spanish listing told by the exchange abroad a firm goes to, with no word "bolsa" (session 28, poolrom): "prepara
su salida al Nasdaq", "saldrá a Wall Street" are the firm's IPO. Sentences and names made up for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

LISTINGS = [
    'Grupo Olmeda prepara su salida al Nasdaq, donde buscaría 300 millones de dólares.',
    'Grupo Olmeda saldrá a Wall Street en junio.',
    'El salto a Wall Street de Grupo Olmeda se retrasa.',
]


@pytest.mark.parametrize('sentence', LISTINGS)
def test_a_listing_on_an_exchange_abroad_is_the_firms_ipo(sentence):
    events = [e for e in extract_events(page('es', 'Noticias', sentence)) if e['type'] == 'ipo']
    assert [parties(e) for e in events] == [{('Olmeda', 'issuer')}]
