"""Voting-rights and holdings notices (notices): a holder that crosses a threshold upward has built a stake, a
completed investment dated by the crossing ("hat die Meldeschwelle von 3 Prozent bei Y überschritten", "a franchi en
hausse, le 12 mars, le seuil de 5 % du capital de Y", "tras superar el umbral del 5 %", "crossed the 5% threshold
in Y", "disclosed a 5.4% stake in Y"); a threshold crossed downward tells no buyer, and a bid's acceptance condition
no crossing. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

CROSSED = [
    ('de', 'Laut einer Stimmrechtsmitteilung hat der Finanzinvestor Pellwood Capital am 12. März die Meldeschwelle '
           'von 3 Prozent bei Rostal Antriebe überschritten und hält nun 3,4 Prozent der Stimmrechte.', '2024-03-12'),
    ('de', 'Die Fondsgesellschaft Pellwood Capital hat bei Rostal Antriebe die Schwelle von 10 Prozent der '
           'Stimmrechte überschritten.', None),
    ('de', 'Pellwood Capital überschreitet bei Rostal Antriebe die Meldeschwelle von 5 Prozent.', None),
    ('fr', 'La société de gestion Pellwood Capital a déclaré avoir franchi en hausse, le 12 mars, le seuil de 5 % du '
           'capital de Rostal et détenir 5,3 % du capital.', '2024-03-12'),
    ('es', 'El fondo Pellwood Capital ha comunicado a la CNMV que controla el 5,4 % de los derechos de voto de Aceros '
           'Rostal, tras superar el umbral del 5 % el pasado 12 de marzo mediante compras en el mercado.',
     '2024-03-12'),
    ('es', 'Pellwood Capital ha superado el umbral del 3 % en Aceros Rostal.', None),
    ('en', 'Pellwood Capital has crossed the 5% threshold in Rostal Industries after buying shares in the market.',
     None),
    ('en', 'Activist investor Pellwood Capital disclosed a 5.4% stake in Rostal Industries in a regulatory filing on '
           'Wednesday.', '2024-03-13'),
]


@pytest.mark.parametrize('lang,text,day', CROSSED)
def test_threshold_crossed_upward_is_a_stake_built(lang, text, day):
    (event,) = [e for e in extract_events(page(lang, 'News', text)) if e['type'] == 'investment']
    assert {r for _, r in parties(event)} == {'investor', 'investee'}
    assert ('Pellwood Capital', 'investor') in parties(event)
    assert event['status'] == 'completed'
    if day:
        assert event['date'] == day


NO_STAKE = [
    ('de', 'Pellwood Capital hat die Schwelle von 5 Prozent bei Rostal Antriebe unterschritten.'),
    ('fr', "Pellwood Capital a franchi en baisse le seuil de 5 % du capital de Rostal, à la suite d'une cession "
           "d'actions sur le marché."),
    ('es', 'Halcón Banca ha condicionado su oferta a superar el umbral del 50 % del capital de Aceros Rostal.'),
]


@pytest.mark.parametrize('lang,text', NO_STAKE)
def test_threshold_crossed_downward_or_set_as_a_condition_builds_no_stake(lang, text):
    assert not [e for e in extract_events(page(lang, 'News', text)) if e['type'] == 'investment']
