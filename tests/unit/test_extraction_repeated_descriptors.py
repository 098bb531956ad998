"""A description that repeats the noun the page put before a firm's name or in its apposition ("der Hamburger
Batteriespeicher-Spezialist X ... der Spezialist", "X SA, spécialiste des parcs d'activités ... le spécialiste des
parcs d'activités") stands for that firm, not for the firm the sentence before spoke of."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

REPEATED = [
    ('de', 'Der Hamburger Batteriespeicher-Spezialist Voltana GmbH wächst schnell. Die Nordwerk AG hat Zahlen '
           'vorgelegt. Der Konzern Halvor übernimmt den Spezialisten.',
     {('Halvor', 'acquirer'), ('Voltana', 'target')}),
    ('fr', "Techniparc SA, spécialiste des parcs d'activités, emploie 200 personnes. Nordwerk SA a publié ses "
           "comptes. Selon plusieurs sources, le groupe Halvor étudierait une offre sur le spécialiste des parcs "
           "d'activités.", {('Halvor', 'acquirer'), ('Techniparc', 'target')}),
    ('en', 'Lumatec Ltd, a sensor specialist, employs 200 people. Nordwerk Ltd reported results on Monday. Halvor '
           'agreed to buy the specialist for £40m.', {('Halvor', 'acquirer'), ('Lumatec', 'target')}),
    ('es', 'Lumatec SA, especialista en válvulas, emplea a 200 personas. Nordwerk SL presentó resultados el lunes. '
           'El grupo Halvor compró la especialista por 40 millones.',
     {('Halvor', 'acquirer'), ('Lumatec', 'target')}),
]


@pytest.mark.parametrize(('lang', 'text', 'expected'), REPEATED)
def test_a_description_repeating_the_noun_of_a_firm_stands_for_it(lang: str, text: str, expected: set):
    found = [parties(e) for e in extract_events(page(lang, 'Nachrichten' if lang == 'de' else 'News', text))
             if e['type'] == 'acquisition']
    assert found == [expected]
