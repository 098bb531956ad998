"""Listings told by market news (notices): a float dated with no exchange named ("raised £420m when it floated on 4
June"), an entry on the list ("a réussi son entrée à la cote", "la première cotation d'X sur Euronext a eu lieu"),
a first session or a debut on a named market ("cerró ayer su primera sesión en el Mercado Continuo", "tuvo ayer un
debut tranquilo en la bolsa"), and an offering withdrawn in the present ("retira la oferta pública de venta").
Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

LISTED = [
    ('en', 'The largest was Marlowe Payments, which raised £420m when it floated on 4 June.', 'Marlowe Payments',
     'completed'),
    ('fr', "L'équipementier Arbois Aéro a réussi son entrée à la cote en mai, en levant 280 millions d'euros.",
     'Arbois Aéro', 'completed'),
    ('fr', "La première cotation d'Arbois Aéro sur Euronext Paris a eu lieu mardi.", 'Arbois Aéro', 'completed'),
    ('es', 'La farmacéutica Laboratorios Ordal cerró ayer su primera sesión en el Mercado Continuo con una subida del '
           '11 %.', 'Laboratorios Ordal', 'completed'),
    ('es', 'Laboratorios Ordal tuvo ayer un debut tranquilo en la bolsa española.', 'Laboratorios Ordal',
     'completed'),
    ('es', 'Laboratorios Ordal anunció el lunes que retira la oferta pública de venta con la que pretendía captar unos '
           '200 millones de euros.', 'Laboratorios Ordal', 'terminated'),
]


@pytest.mark.parametrize('lang,text,issuer,status', LISTED)
def test_listing_told_by_market_news(lang, text, issuer, status):
    events = extract_events(page(lang, 'News', text))
    assert [e['type'] for e in events] == ['ipo']
    assert parties(events[0]) == {(issuer, 'issuer')}
    assert events[0]['status'] == status


def test_an_idea_floated_is_no_listing():
    text = 'Marlowe Payments floated the idea of a merger with Brandt Systems last year.'
    assert not [e for e in extract_events(page('en', 'News', text)) if e['type'] == 'ipo']
