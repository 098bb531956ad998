"""Descriptions in the genitive, the dative and after a fused article ("eine Übernahme des Karlsruher
Softwarehauses", "am Kieler Werftenverbund", "au capital du chantier", "el 60 % de la bodega", "a majority of the
Leeds-based printer") stand for the firm the page introduced with those words, not for another firm named in
between; a capitalised place adjective and a trade noun in the genitive are never a name, and a description whose
place or trade no firm of the page has stays unresolved."""

import pytest

from streams.extraction import extract_events
from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page, parties

OBLIQUE = [
    ('de', 'Das Karlsruher Softwarehaus Vendix GmbH beschäftigt 80 Mitarbeiter. Die Nordwerk AG aus Bremen hat '
           'Zahlen vorgelegt. Nach Informationen der Zeitung lotet der US-Konzern Castel eine Übernahme des '
           'Karlsruher Softwarehauses aus.', 'acquisition', {('Castel', 'acquirer'), ('Vendix', 'target')}),
    ('de', 'Der Kieler Werftenverbund Maritex wächst. Die Nordwerk AG aus Bremen hat Zahlen vorgelegt. Der Konzern '
           'Halvor übernimmt die Mehrheit am Kieler Werftenverbund.', 'acquisition',
     {('Halvor', 'acquirer'), ('Maritex', 'target')}),
    ('de', 'Die Holzbau Brandl GmbH aus Traunreut feiert ihr Jubiläum. Die Kranzl AG übernimmt die Mehrheit an dem '
           'Familienbetrieb aus Traunreut.', 'acquisition', {('Kranzl', 'acquirer'), ('Holzbau Brandl', 'target')}),
    ('de', 'Der Konzern Halvor steigt beim Kieler Werftenverbund Maritex ein.', 'investment',
     {('Halvor', 'investor'), ('Maritex', 'investee')}),
    ('fr', "Les Chantiers de l'Estuaire emploient 900 personnes. Nordwerk SA a publié ses comptes. L'Agence "
           "Nordinvest va entrer au capital du chantier à hauteur de 20 %.", 'investment',
     {('Agence Nordinvest', 'investor'), ("Chantiers de l'Estuaire", 'investee')}),
    ('fr', "Lumatec SA, le constructeur nazairien, emploie 900 personnes. Nordwerk SA a publié ses comptes. Le groupe "
           "Halvor, qui envisageait de prendre le contrôle du constructeur nazairien, a renoncé.", 'acquisition',
     {('Halvor', 'acquirer'), ('Lumatec', 'target')}),
    ('fr', "Lumatec SA, installé à Saint-Nazaire, emploie 900 personnes. Nordwerk SA, basé à Lyon, a publié ses "
           "comptes. Le groupe Halvor a pris le contrôle du constructeur nazairien.", 'acquisition',
     {('Halvor', 'acquirer'), ('Lumatec', 'target')}),
    ('fr', "Le groupe Halvor a racheté 60 % du fabricant Froidex.", 'acquisition',
     {('Halvor', 'acquirer'), ('Froidex', 'target')}),
    ('fr', "La société d'investissement Talvane Partners acquiert une participation majoritaire dans Bioverde.",
     'acquisition', {('Talvane Partners', 'acquirer'), ('Bioverde', 'target')}),
    ('es', 'Bodegas Ardanza tiene 50 empleados. Nordwerk SL presentó resultados. El grupo Halvor ha adquirido el 60% '
           'de la bodega.', 'acquisition', {('Halvor', 'acquirer'), ('Bodegas Ardanza', 'target')}),
    ('es', 'Lumatec SA, la bodega riojana, tiene 50 empleados. Nordwerk SL presentó resultados. El grupo Halvor ha '
           'comprado el 60% de la bodega riojana.', 'acquisition', {('Halvor', 'acquirer'), ('Lumatec', 'target')}),
    ('en', 'Lumatec Inc., a Leeds-based printer, employs 300 people. Nordwerk Ltd reported results on Monday. Halvor '
           'Corp agreed to acquire a majority of the Leeds-based printer.', 'acquisition',
     {('Halvor', 'acquirer'), ('Lumatec', 'target')}),
    ('en', 'Tamsin Shipyards employs 900 people. Nordwerk Ltd reported results on Monday. Halvor Capital agreed to buy '
           'a 20% stake in the shipyard.', 'investment',
     {('Halvor Capital', 'investor'), ('Tamsin Shipyards', 'investee')}),
    ('en', 'Tamsin Shipyards employs 900 people. Nordwerk Ltd reported results on Monday. Halvor Capital agreed to buy '
           'a 20% stake in the yard.', 'investment',
     {('Halvor Capital', 'investor'), ('Tamsin Shipyards', 'investee')}),
]


@pytest.mark.parametrize(('lang', 'text', 'kind', 'expected'), OBLIQUE)
def test_an_oblique_description_stands_for_the_firm_it_describes(lang: str, text: str, kind: str, expected: set):
    found = [parties(e) for e in extract_events(page(lang, 'News', text)) if e['type'] == kind]
    assert found == [expected]


UNFITTING = [  # the description fits no firm of the page: no deal with the other firm
    ('de', 'Die Nordwerk AG hat Zahlen vorgelegt. Der Konzern Castel prüft eine Übernahme des Karlsruher '
           'Softwarehauses.'),
    ('de', 'Die Nordwerk AG aus Bremen hat Zahlen vorgelegt. Der Konzern Castel übernimmt den Karlsruher Konzern.'),
    ('fr', 'Nordwerk SA a publié ses comptes. Le groupe Halvor a pris le contrôle du chantier.'),
    ('es', 'Nordwerk SL presentó resultados. El grupo Halvor ha adquirido el 60% de la bodega.'),
    ('en', 'Nordwerk Ltd reported results on Monday. Halvor Corp agreed to acquire the printer.'),
]


@pytest.mark.parametrize(('lang', 'text'), UNFITTING)
def test_a_description_no_firm_fits_stays_unresolved(lang: str, text: str):
    names = {n for e in extract_events(page(lang, 'News', text)) for n, _ in parties(e)}
    assert not names & {'Nordwerk', 'Karlsruher Softwarehauses'}


def test_a_place_adjective_and_trade_noun_in_the_genitive_are_no_name():
    p = read_page(page('de', 'News', 'Der US-Konzern Castel lotet eine Übernahme des Karlsruher Softwarehauses aus.'))
    assert not any(m.name and 'Softwarehaus' in m.name for ms in p.mentions for m in ms)


def test_a_firm_seated_where_the_description_says_keeps_it():
    """The place check blocks only a place no firm has: a firm seated there is still found."""
    text = 'Die Nordwerk AG aus Karlsruhe hat Zahlen vorgelegt. Der Konzern Castel übernimmt den Karlsruher Konzern.'
    found = [parties(e) for e in extract_events(page('de', 'News', text)) if e['type'] == 'acquisition']
    assert found == [{('Castel', 'acquirer'), ('Nordwerk', 'target')}]


def test_a_combined_turnover_after_a_merger_description_is_no_price():
    """ "la unión daría lugar al tercer grupo ... con una facturación conjunta de 520 millones": once "al tercer
    grupo" reads as a description, the sentence names the merger's parties, and its combined turnover is no deal value
    (lead, after the merge)."""
    text = ("Las bodegas Grupo Lumatec y Bodegas Nordwerk negocian una fusión, según fuentes conocedoras de la "
            "operación. De cerrarse, la unión daría lugar al tercer grupo vinícola de España, con una facturación "
            "conjunta cercana a los 520 millones de euros.")
    found = extract_events(page("es", "Noticias", text, published="2025-10-29"))
    (merger,) = [e for e in found if e["type"] == "merger"]
    assert merger["amount"] is None
