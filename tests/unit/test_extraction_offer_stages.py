"""Takeovers at two stages in two years (notices): a purchase agreed in an earlier year and prohibited or closed in
a later one is one deal with its latest status ("Harrowfield had agreed in October 2023 to buy Kestrel Pumps ...
The Commission prohibited the acquisition on Wednesday"). An offer stopped by a regulator or withdrawn in the end
is terminated ("the Commission stopped the proposed combination of X and Y", "una oferta sobre Y que terminó
retirando"). Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def test_takeover_agreed_last_year_and_blocked_now_is_one_deal():
    text = ("The European Commission on Wednesday prohibited Harrowfield's proposed acquisition of Kestrel Pumps. "
            "Harrowfield had agreed in October 2023 to buy Kestrel Pumps from the investment firm Ormond Partners "
            "for €2.1bn.")
    (event,) = [e for e in extract_events(page('en', 'Brussels blocks Harrowfield deal', text))
                if e['type'] == 'acquisition']
    assert ('Harrowfield', 'acquirer') in parties(event) and ('Kestrel Pumps', 'target') in parties(event)
    assert event['status'] == 'terminated'
    assert event['amount']['value'] == 2.1e9


ENDED = [
    ('en', 'It is the first block since the Commission stopped the proposed combination of the rail groups Varnel and '
           'Sigmor in early 2023.', 'merger'),
    ('es', 'En 2021 Grupo Olabe lanzó una oferta sobre Aceros Rostal que terminó retirando después de que la CNMC '
           'exigiera la venta de dos plantas.', 'acquisition'),
]


@pytest.mark.parametrize('lang,text,kind', ENDED)
def test_offer_stopped_or_withdrawn_in_the_end_is_terminated(lang, text, kind):
    (event,) = [e for e in extract_events(page(lang, 'News', text)) if e['type'] == kind]
    assert event['status'] == 'terminated'
