"""An investor whose cue names a capital with no owner after it ("entrée à son capital", "que entró en el capital",
"in ihr Kapital eingestiegen", "a stake in its share capital") put money into the firm the discourse is at
(`discourse.own_capital`): the subject of the sentences just before, else the page's firm. Mini-articles written
for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

OPENING = {
    'en': 'Soler Packaging makes boxes in Leeds. Soler Packaging employs 900 people. Soler Packaging exports to '
          'Europe. ',
    'de': 'Die Soler Verpackung GmbH baut Kartons in Kassel. Soler Verpackung beschäftigt 900 Mitarbeiter. Soler '
          'Verpackung exportiert nach Europa. ',
    'fr': 'Soler Emballages fabrique des cartons à Lyon. Soler Emballages emploie 900 personnes. Soler Emballages '
          'exporte en Europe. ',
    'es': 'Grupo Soler fabrica envases en Valencia. Grupo Soler emplea a 900 personas. Grupo Soler exporta a Europa. ',
}
FIRM = {'en': 'Soler Packaging', 'de': 'Soler Verpackung', 'fr': 'Soler Emballages', 'es': 'Soler'}

LINKED = [
    ('en', 'Arbor Capital bought a 20% stake in its share capital in 2021.'),
    ('en', 'Arbor Capital invested £30m in its share capital in 2021.'),
    ('de', 'Der Finanzinvestor Arbor Capital ist 2021 mit 20 Prozent in ihr Kapital eingestiegen.'),
    ('fr', 'Son premier actionnaire est le fonds Arbor Capital, entré à son capital en 2021.'),
    ('fr', "L'année suivante, le fonds régional Arbor Capital est entré à son capital à hauteur de 20 %."),
    ('fr', "Le fonds Arbor Capital injectera 30 millions d'euros dans son capital."),
    ('es', 'Su principal accionista es la gestora Arbor Capital, que entró en el capital en 2019.'),
    ('es', 'La gestora Arbor Capital entró en su capital en 2019 con un 25%.'),
]


@pytest.mark.parametrize(('lang', 'sentence'), LINKED)
def test_an_investor_in_a_capital_with_no_owner_named_invested_in_the_firm_spoken_of(lang: str, sentence: str):
    events = [parties(e) for e in extract_events(page(lang, 'News', OPENING[lang] + sentence))
              if e['type'] == 'investment']
    assert {('Arbor Capital', 'investor'), (FIRM[lang], 'investee')} in events


UNLINKED = [
    ('en', 'Arbor Capital took a 20% stake in the share capital of Verdi Imballaggi in 2021.', 'Verdi Imballaggi'),
    ('fr', 'Le fonds Arbor Capital est entré au capital de Verdi Imballaggi en 2021.', 'Verdi Imballaggi'),
    ('es', 'La gestora Arbor Capital entró en el capital de Conservas Ría en 2019.', 'Conservas Ría'),
    ('fr', 'Soler Emballages va investir 30 millions dans son usine de Lyon.', None),
    ('fr', "Le fonds Arbor Capital a un droit de regard sur toute entrée au capital d'une firme d'armement.", None),
    ('es', 'La gestora Arbor Capital entró en el capital de una empresa de defensa en 2019.', None),
    ('en', 'Analysts at Castlegate Research said the deal would strengthen its capital base.', None),
]


@pytest.mark.parametrize(('lang', 'sentence', 'investee'), UNLINKED)
def test_a_capital_whose_owner_is_named_or_no_investor_is_left_alone(lang: str, sentence: str, investee: str | None):
    events = [parties(e) for e in extract_events(page(lang, 'News', OPENING[lang] + sentence))
              if e['type'] == 'investment']
    assert not any((FIRM[lang], 'investee') in e for e in events)
    if investee:
        assert {('Arbor Capital', 'investor'), (investee, 'investee')} in events
