"""A description by a noun of a trade ("the club", "le club", "el club", "der Verein") whose antecedent in the
discourse is no firm of that kind stands for the firm the page called so before it, by its name ("Olympique de
Varenne", "FC Halden", "Club Deportivo Y") or a noun, the most named of them; an apposition's complement ("X,
owner of the club Y") makes X no club (`page._called_so`, `kinds.apposed`). Mini-articles written for these tests."""

import pytest

from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page

CALLED = [
    ('fr', 'Olympique de Morlanne : le fonds Veyra Partners veut racheter le club',
     'Le fonds Veyra Partners négocie avec Brissac Participations. Le contrat avec la banque Crédit Sorvan est '
     'prolongé. Le club a signé un partenariat avec Dakar Lions.', 'Le club', 'Olympique de Morlanne'),
    ('en', 'Tarnwick Rovers sold', 'Halvard Capital bought Tarnwick Rovers. The insurer Quell Mutual renewed its '
     'deal. The club also signed a kit deal with Brenna Sports.', 'The club', 'Tarnwick Rovers'),
    ('es', 'Torvik compra el CD Almenara', 'El fondo Torvik Capital compra el CD Almenara. La aseguradora Previsa Vida '
     'renueva su acuerdo. Según anunció el club, Brenta Sport vestirá al equipo.', 'el club', 'CD Almenara'),
    ('de', 'Investor beim FC Haldenau', 'Der Finanzinvestor Norvik Capital steigt beim FC Haldenau ein. Die '
     'Sparkasse Kelm verlängert ihren Vertrag. Der Verein unterschrieb zudem bei Brenner Sport.', 'Der Verein',
     'FC Haldenau'),
    ('en', 'News', 'Redvale Capital is in talks to buy Ashcombe Rovers. The club bought Quintor Ltd in 2020.',
     'The club', 'Ashcombe Rovers'),
]


@pytest.mark.parametrize(('lang', 'title', 'body', 'description', 'firm'), CALLED)
def test_a_trade_description_stands_for_the_firm_called_so(lang: str, title: str, body: str, description: str,
                                                           firm: str):
    p = read_page(page(lang, title, body))
    took = [m.name for ms in p.mentions for m in ms if m.anaphor and p.text[m.start:m.end] == description]
    assert took and took[-1] == firm, took



def test_an_apposition_complement_gives_its_firm_no_kind():
    """ "X, propietario del Club Y": X owns a club, it is none; "el club" after it is no guess at X."""
    p = read_page(page('es', 'Nuevo dueño para el Club Deportivo Almenara', 'El Club Deportivo Almenara tendrá nuevo '
                       'dueño. Torvik Capital, propietario también del Club Atlético Verdal, compra el 70 %. Según '
                       'anunció el club, Brenta Sport vestirá al equipo.'))
    took = [m.name for ms in p.mentions for m in ms if m.anaphor and p.text[m.start:m.end] == 'el club']
    assert took and 'Torvik Capital' not in took, took
