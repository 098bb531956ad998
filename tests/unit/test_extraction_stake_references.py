"""A stake named again by a demonstrative ("that same stake", "esa misma participación", "cette même participation")
is the stake in the investee of the last investment told: the firm the sentence names as its buyer invests in that
firm (`discourse.stake_told_before`). Mini-articles written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

TOLD_AGAIN = [
    ('en', 'Tarvia Capital buys 40% of Norval Toll Roads', 'Tarvia Capital has completed its purchase of a 40% stake '
     'in Norval Toll Roads from Lemos Group for $300m. In 2023 Lemos agreed to sell that same stake to Brisca '
     'Partners for $250m, but the deal collapsed.', ('Brisca Partners', 'Norval Toll Roads')),
    ('es', 'Tarvia Capital compra el 40 % de Autopista Norval', 'El fondo Tarvia Capital ha cerrado la compra del 40 % '
     'de Autopista Norval a Grupo Lemos por 300 millones de euros. En 2023 Lemos acordó vender esa misma '
     'participación al fondo Brisca Capital por 250 millones, pero la operación se frustró.',
     ('Brisca Capital', 'Autopista Norval')),
    ('fr', 'Tarvia Capital prend 40 % de Norval Autoroutes', 'Le fonds Tarvia Capital a finalisé l\'acquisition de '
     '40 % de Norval Autoroutes auprès du groupe Lemos pour 300 millions d\'euros. En 2023, Lemos avait accepté de '
     'céder cette même participation au fonds Brisca Partners pour 250 millions d\'euros, mais l\'opération avait '
     'échoué.',
     ('Brisca Partners', 'Norval Autoroutes')),
]


@pytest.mark.parametrize(('lang', 'title', 'body', 'deal'), TOLD_AGAIN)
def test_a_stake_told_again_is_in_the_last_investee(lang: str, title: str, body: str, deal: tuple):
    investor, investee = deal
    events = [parties(e) for e in extract_events(page(lang, title, body)) if e['type'] == 'investment']
    assert {(investor, 'investor'), (investee, 'investee')} in events, events


def test_a_stake_with_no_demonstrative_takes_no_investee_told_before():
    events = [parties(e) for e in extract_events(page(
        'en', 'Tarvia Capital buys 40% of Norval Toll Roads', 'Tarvia Capital has completed its purchase of a 40% '
        'stake in Norval Toll Roads from Lemos Group for $300m. Brisca Partners also holds a stake, the company '
        'said.')) if e['type'] == 'investment']
    assert not any(('Brisca Partners', 'investor') in e and ('Norval Toll Roads', 'investee') in e for e in events)
