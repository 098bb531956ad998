"""Stakes taken or held, told as background, and minority stakes sold in a subsidiary (issue 3, session 11): a
stake bought is an investment (investor, investee) dated by the year its clause gives ("a pris en 2020 une
participation de 10 % dans Y", "die sich 2021 mit 18 Prozent an Y beteiligt hatte"), a stake held "since 2021"
dates the investment 2021, and "X vende el 49% de su filial solar a Y" is Y's investment in the unit the page names
after X ("X Solar"). Mini-articles written for these tests; probes that must keep their result."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_own_capital import FIRM, OPENING
from tests.unit.test_extraction_roles import page, parties

TAKEN = [
    # a stake taken in a named firm, the year between the verb and the stake, or the verb last
    ('fr', "Le groupe Varnel, lui, a pris en 2020 une participation de 10 % dans l'assurtech Coralis.",
     'Varnel', 'Coralis', '2020'),
    ('de', 'Der Finanzinvestor Arbor Capital, der sich 2021 mit 18 Prozent an Coralis beteiligt hatte, begrüßt den '
           'Schritt.', 'Arbor Capital', 'Coralis', '2021'),
    ('de', 'Die Nordbank AG hat sich 2021 mit 12 Prozent an Coralis beteiligt.', 'Nordbank', 'Coralis', '2021'),
    # a stake held since a year in the firm the page is about
    ('fr', 'Le fonds Arbor Capital, qui détient une participation de 19 % depuis 2021, soutient le projet.',
     'Arbor Capital', FIRM['fr'], '2021'),
    ('de', 'Größter Aktionär ist die Reederei Arbor Capital, die seit 2023 knapp 30 Prozent an dem Unternehmen hält.',
     'Arbor Capital', FIRM['de'], '2023'),
    # a share bought for a price, the firm spoken of
    ('es', 'La gestora Arbor Capital adquirió en 2022 un 30% por 150 millones de euros.', 'Arbor Capital', FIRM['es'],
     '2022'),
]


@pytest.mark.parametrize(('lang', 'sentence', 'investor', 'investee', 'year'), TAKEN)
def test_a_stake_taken_or_held_is_an_investment_dated_by_its_year(lang, sentence, investor, investee, year):
    events = [e for e in extract_events(page(lang, 'News', OPENING[lang] + sentence)) if e['type'] == 'investment'
              and {(investor, 'investor'), (investee, 'investee')} <= parties(e)]
    assert events and events[0]['status'] == 'completed' and (events[0]['date'] or '').startswith(year)


def test_a_capital_increase_subscribed_by_funds_is_their_investment():
    text = OPENING['fr'] + ("Soler Emballages annonce une augmentation de capital de 150 millions d'euros, qui sera "
                            "intégralement souscrite par Arbor Capital et Varnel Partners.")
    events = [parties(e) for e in extract_events(page('fr', 'News', text)) if e['type'] == 'investment']
    assert {('Arbor Capital', 'investor'), ('Varnel Partners', 'investor'), (FIRM['fr'], 'investee')} in events


def test_a_share_bought_for_a_price_in_the_firm_is_no_acquisition_of_it():
    text = OPENING['es'] + ('En su capital figura desde 2022 el fondo Arbor Capital, que adquirió entonces un 30% por '
                            '150 millones.')
    events = extract_events(page('es', 'News', text))
    assert {('Arbor Capital', 'investor'), (FIRM['es'], 'investee')} in [parties(e) for e in events]
    assert not any(e['type'] == 'acquisition' for e in events)


SUBSIDIARY = [
    ('es', 'Varnel vende el 49% de su filial renovable a Arbor Capital por 1.600 millones de euros. Varnel Renovables '
           'agrupa 3 gigavatios eólicos en España. Varnel seguirá controlando Varnel Renovables.', 'Varnel Renovables'),
    ('en', 'Varnel sells 49% of its renewables unit to Arbor Capital for $1.6bn. Varnel Renewables runs 3 gigawatts '
           'of wind farms. Varnel will keep control of Varnel Renewables.', 'Varnel Renewables'),
    ('fr', "Varnel cède 49 % de sa filiale renouvelable à Arbor Capital pour 1,6 milliard d'euros. Varnel "
           "Renouvelables exploite 3 gigawatts. Varnel garde le contrôle de Varnel Renouvelables.",
     'Varnel Renouvelables'),
    # no unit named after the parent: the stake stays one in the parent
    ('es', 'Varnel vende el 49% de su filial renovable a Arbor Capital por 1.600 millones de euros. Varnel es la mayor '
           'eléctrica de España.', 'Varnel'),
    # a stake in a firm named in the sentence: that firm, whatever units the seller has
    ('es', 'Varnel vende el 49% de Coralis a Arbor Capital por 1.600 millones de euros. Varnel Renovables agrupa 3 '
           'gigavatios.', 'Coralis'),
]


@pytest.mark.parametrize(('lang', 'text', 'investee'), SUBSIDIARY)
def test_a_minority_stake_sold_in_a_subsidiary_is_an_investment_in_that_unit(lang, text, investee):
    events = [e for e in extract_events(page(lang, 'News', text)) if e['type'] == 'investment']
    assert [parties(e) for e in events] == [{('Arbor Capital', 'investor'), (investee, 'investee')}]
    assert events[0]['status'] == 'announced' and events[0]['amount']['value'] == 1.6e9


def test_the_firm_a_seller_agreed_with_to_sell_it_a_stake_is_the_investor():
    text = OPENING['es'] + ('Grupo Soler ha cerrado un acuerdo con la gestora canadiense de infraestructuras Arbor '
                            'Capital para venderle el 49% de Soler Solar por 620 millones de euros.')
    events = [parties(e) for e in extract_events(page('es', 'News', text)) if e['type'] == 'investment']
    assert {('Arbor Capital', 'investor'), ('Soler Solar', 'investee')} in events


HELD_ONLY = [
    # a stake held with no start is a standing fact, no deal
    ('de', 'Die Nordbank AG ist mit 12 Prozent an Coralis beteiligt.'),
    ('fr', "L'État détient 15 % du capital de Coralis."),
]


@pytest.mark.parametrize(('lang', 'sentence'), HELD_ONLY)
def test_a_stake_held_with_no_start_stays_no_investment(lang, sentence):
    assert not [e for e in extract_events(page(lang, 'News', OPENING[lang] + sentence)) if e['type'] == 'investment']


INTEREST = [
    # a firm after the country it is of, a stake named an interest
    ('en', "Ardwell Metals is in talks to take a minority stake in Finland's Coralis Steel.", 'rumored', None, None),
    ('en', "Ardwell Metals invested $40 million in Canada's Coralis Steel in 2023.", 'completed', '2023', 40e6),
    ('en', 'Ardwell Metals bought a 19.9% interest in Coralis Lithium in 2023 for $45 million.', 'completed', '2023',
     45e6),
]


@pytest.mark.parametrize(('lang', 'sentence', 'state', 'year', 'value'), INTEREST)
def test_a_minority_interest_is_an_investment_in_the_firm_named(lang, sentence, state, year, value):
    events = extract_events(page(lang, 'News', OPENING[lang] + sentence))
    (event,) = [e for e in events if {('Ardwell Metals', 'investor')} < parties(e)]
    assert event['type'] == 'investment' and event['status'] == state
    assert year is None or event['date'] == year
    assert value is None or event['amount']['value'] == value


def test_an_interest_acquired_told_in_a_relative_clause_is_no_acquisition():
    text = OPENING['en'] + ("Varnel Metals' 19.9% interest in Coralis Lithium, which Varnel Metals acquired in 2023 "
                            "for C$45 million, is held at cost.")
    events = extract_events(page('en', 'News', text))
    assert {('Varnel Metals', 'investor'), ('Coralis Lithium', 'investee')} in [parties(e) for e in events]
    assert not any(e['type'] == 'acquisition' for e in events)


KEPT = [
    # an interest held with no start, an interest in buying
    ('en', 'Ardwell Metals, which holds a 19.9% interest in Coralis Lithium, reported higher profits.', None),
    ('en', 'Ardwell Metals has expressed interest in buying Coralis Lithium.', 'acquisition'),
    ('en', "Ardwell Metals agreed to buy Germany's Coralis Steel for $2bn.", 'acquisition'),
]


@pytest.mark.parametrize(('lang', 'sentence', 'kind'), KEPT)
def test_an_interest_held_or_in_buying_keeps_its_reading(lang, sentence, kind):
    events = [e for e in extract_events(page(lang, 'News', OPENING[lang] + sentence))
              if ('Coralis Lithium', 'investee') in parties(e) or e['type'] == 'acquisition']
    assert [e['type'] for e in events] == ([kind] if kind else [])


def test_an_entry_that_names_no_firm_is_in_the_firm_spoken_of():
    text = OPENING['de'] + 'Auch die Nordbank AG steigt ein.'
    events = [e for e in extract_events(page('de', 'News', text)) if e['type'] == 'investment']
    assert [parties(e) for e in events] == [{('Nordbank', 'investor'), (FIRM['de'], 'investee')}]
    assert events[0]['status'] == 'announced'


def test_an_entry_with_its_firm_after_a_preposition_is_not_left_to_the_discourse():
    text = OPENING['de'] + 'Die Nordbank AG steigt beim Softwarehaus Coralis ein.'
    events = [parties(e) for e in extract_events(page('de', 'News', text)) if e['type'] == 'investment']
    assert not any((FIRM['de'], 'investee') in e for e in events)



REST = [
    ('fr', 'Le fonds Arbor Capital prendra les 10 % restants en y injectant 140 millions.', FIRM['fr']),
    ('fr', 'Le fonds Arbor Capital prendra les 10 % restants de Coralis.', 'Coralis'),
]


@pytest.mark.parametrize(('lang', 'sentence', 'investee'), REST)
def test_the_rest_of_a_capital_taken_is_an_investment_in_its_firm(lang, sentence, investee):
    events = [parties(e) for e in extract_events(page(lang, 'News', OPENING[lang] + sentence))
              if e['type'] == 'investment']
    assert events == [{('Arbor Capital', 'investor'), (investee, 'investee')}]
