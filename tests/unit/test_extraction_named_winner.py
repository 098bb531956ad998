"""An order that names no supplier takes the firm named right after a winner cue that opens one of the next
sentences of its paragraph ("Die Stadtwerke haben 40 Busse bestellt. Den Zuschlag erhielt X", "Le marché a été
attribué à X", `winner_cues` in each language file, `discourse.named_buyer`). Mini-articles written for these
tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

LINKED = [
    ('de', 'Die Stadtwerke Münster haben 40 Elektrobusse bestellt. Den Zuschlag erhielt nach einer europaweiten '
           'Ausschreibung der Hersteller Ebusco Fahrzeug.', 'Stadtwerke Münster', 'Ebusco Fahrzeug'),
    ('de', 'Die Stadtwerke Münster haben 40 Elektrobusse für 30 Millionen Euro bestellt. Den Zuschlag bekam die '
           'Ebusco Fahrzeug GmbH.', 'Stadtwerke Münster', 'Ebusco Fahrzeug'),
    ('fr', "La Métropole de Lyon a commandé 40 bus électriques pour 30 millions d'euros. Le marché a été attribué à "
           "Carrosseries Vernet.", 'Métropole de Lyon', 'Carrosseries Vernet'),
    ('fr', "La Métropole de Lyon a commandé 40 bus électriques. L'attributaire est Carrosseries Vernet, qui les "
           "livrera en 2026.", 'Métropole de Lyon', 'Carrosseries Vernet'),
    ('en', 'Network Rail has ordered 40 new trains from a British maker. The contract, signed on Tuesday, went to '
           'Acme Vehicles.', 'Network Rail', 'Acme Vehicles'),
    ('en', 'Network Rail has ordered 40 new trains from a British maker. The order was won by Acme Vehicles.',
     'Network Rail', 'Acme Vehicles'),
    ('es', 'La Consejería de Sanidad ha adjudicado el contrato de limpieza de sus hospitales por 12 millones de '
           'euros. La adjudicataria es Limpiezas Ibéricas.', 'Consejería de Sanidad', 'Limpiezas Ibéricas'),
]


@pytest.mark.parametrize(('lang', 'body', 'customer', 'supplier'), LINKED)
def test_an_order_takes_the_winner_the_next_sentence_names(lang: str, body: str, customer: str, supplier: str):
    events = [parties(e) for e in extract_events(page(lang, 'News', body)) if e['type'] == 'contract']
    assert {(customer, 'customer'), (supplier, 'supplier')} in events


UNLINKED = [
    # a winner still open, the firm named after it only a guess
    ('de', 'Die Stadtwerke Münster haben 40 Elektrobusse bestellt. Wer den Zuschlag erhält, ist offen; '
           'Branchenkenner nennen die Ebusco Fahrzeug GmbH.', 'Ebusco Fahrzeug'),
    # the winner cue in another paragraph: another story
    ('fr', "La Métropole de Lyon a commandé 40 bus électriques.\nDans le Nord, le marché a été attribué à "
           "Carrosseries Vernet.", 'Carrosseries Vernet'),
]


@pytest.mark.parametrize(('lang', 'body', 'firm'), UNLINKED)
def test_a_winner_cue_that_does_not_open_a_sentence_of_the_paragraph_is_left_alone(lang: str, body: str, firm: str):
    title, *paragraphs = ['News', *body.split('\n')]
    events = [parties(e) for e in extract_events(page(lang, title, *paragraphs)) if e['type'] == 'contract']
    assert not any((firm, 'supplier') in e for e in events)
