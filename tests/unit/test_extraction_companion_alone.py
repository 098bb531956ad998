"""A tie-up whose only named partner stands before the cue after "with" ("Desde 2018 explota junto con X una
sociedad conjunta"), its subject left out by the language, is the tie-up of the firm the text is about
(`roles._symmetric`, `alone`); a subject named, or one after the verb, keeps its own reading. Mini-articles
written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

OPENING = ('Grupo Soler fabrica envases en Valencia. Grupo Soler emplea a 900 personas. Grupo Soler exporta a '
           'Europa. ')

LINKED = [
    ('joint_venture', 'Desde 2018 explota junto con la portuguesa Tavares Engenharia una sociedad conjunta en Oporto.'),
    ('joint_venture', 'Desde 2018 explota con Tavares Engenharia una empresa conjunta que mantiene carreteras.'),
    ('joint_venture', 'En 2021 creó junto con Tavares Engenharia una sociedad conjunta para el mercado luso.'),
    ('partnership', 'Desde 2020 desarrolla con Tavares Engenharia una alianza para el reciclaje de envases.'),
]


@pytest.mark.parametrize(('kind', 'sentence'), LINKED)
def test_a_companion_alone_before_the_cue_partners_the_firm_spoken_of(kind: str, sentence: str):
    events = [parties(e) for e in extract_events(page('es', 'Noticias', OPENING + sentence)) if e['type'] == kind]
    assert {('Soler', 'partner'), ('Tavares Engenharia', 'partner')} in events


UNLINKED = [
    # a subject named after the companion, or after the verb: the two of them
    'Junto con Tavares Engenharia, la constructora Obras Brava creó en 2021 una sociedad conjunta.',
    'Con Tavares Engenharia mantiene la constructora Obras Brava una alianza desde 2020.',
]


@pytest.mark.parametrize('sentence', UNLINKED)
def test_a_companion_with_a_subject_of_its_own_is_left_alone(sentence: str):
    events = [parties(e) for e in extract_events(page('es', 'Noticias', OPENING + sentence))]
    assert not any(('Tavares Engenharia', 'partner') in e and ('Soler', 'partner') in e for e in events)
