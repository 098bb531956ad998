"""An article and the people of a place ("die Kieler", "die Allgäuer", "les Roubaisiens") as the subject of a
deal stand for the firm the page ties to that place ("Der Kieler Werftkonzern X", "X aus dem Allgäu", "X, basé
à Roubaix"), even where another firm was named in between; with no firm tied to the place they stand for none
(`page._demonyms`). Mini-articles written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

LINKED = [
    ('de', 'Nordmarin kauft Baltica', 'Der Kieler Werftkonzern Nordmarin übernimmt die Reederei Baltica. Baltica '
                                      'beschäftigt 300 Mitarbeiter. Im Vorjahr hatten die Kieler bereits den '
                                      'Motorenbauer Schleiwerk gekauft.', ('Nordmarin', 'Schleiwerk')),
    ('de', 'Hohenkamm kauft Altmühl', 'Die Brauerei Hohenkamm aus dem Allgäu übernimmt die Klosterbrauerei Altmühl. '
                                      'Altmühl braut seit 300 Jahren. 2023 hatten die Allgäuer bereits den '
                                      'Getränkehersteller Fichtelgold übernommen.',
     ('Brauerei Hohenkamm', 'Fichtelgold')),
    ('de', 'Vernal wächst', 'Die Vernal AG aus Ulm baut Busse. Der Ulmer Hersteller beschäftigt 600 Mitarbeiter. Vor '
                            'zwei Jahren hatten die Ulmer den Zulieferer Achswerk übernommen.', ('Vernal', 'Achswerk')),
    ('fr', 'Textilia rachète Tissor', 'Le groupe Textilia, basé à Roubaix, rachète le fabricant Tissor. Tissor '
                                      'emploie 300 personnes. En 2022, les Roubaisiens avaient déjà racheté le belge '
                                      'Flandtex.', ('Textilia', 'Flandtex')),
    ('fr', 'Textilia rachète Tissor', 'Le groupe Textilia, basé à Roubaix, rachète le fabricant Tissor, basé à '
                                      'Grenoble. En 2022, les Grenoblois avaient déjà racheté le belge '
                                      'Flandtex.', ('Tissor', 'Flandtex')),
]


@pytest.mark.parametrize(('lang', 'title', 'body', 'deal'), LINKED)
def test_the_people_of_a_place_stand_for_the_firm_tied_to_it(lang: str, title: str, body: str, deal: tuple):
    buyer, target = deal
    events = [parties(e) for e in extract_events(page(lang, title, body)) if e['type'] == 'acquisition']
    assert {(buyer, 'acquirer'), (target, 'target')} in events


UNLINKED = [
    ('de', 'Die Vernal AG aus Ulm baut Busse. Die Anleger hatten den Zulieferer Achswerk übernommen.'),  # no place
    ('de', 'Die Vernal AG aus Ulm baut Busse. Die Stuttgarter hatten den Zulieferer Achswerk übernommen.'),  # no firm
]


@pytest.mark.parametrize(('lang', 'body'), UNLINKED)
def test_people_of_a_place_no_firm_sits_in_stand_for_no_firm(lang: str, body: str):
    events = extract_events(page(lang, 'Vernal wächst', body))
    assert not any(('Vernal', 'acquirer') in parties(e) for e in events)
