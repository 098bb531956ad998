"""Contracts awarded by public bodies whose object or frame misled the roles: a facility or works named as what a
contract is for ("for the Harwick Water Treatment Facility", "für den Ausbau der B 12") is no supplier (`structures`,
`works_nouns`); an award told by a participle set off after the works, naming the giver and the winner ("Las obras,
adjudicadas por Y a X, siguen"); rights won from the league that holds them; goods bought "up to" a count under an
offtake agreement (`count_hedges`). Mini-articles written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

CONTRACTS = [
    # the facility a contract is for is no party; "it" is the firm that announces the award
    ('en', 'Pumps', 'Lumatec Water Systems today announced that the City of Harwick has awarded it a $40 million '
                    'design-build contract for the Harwick Water Treatment Facility.',
     {('City of Harwick', 'customer'), ('Lumatec Water Systems', 'supplier')}),
    ('en', 'Port', 'Nordwerk Water Systems announced that the Port Authority of Larkmoor awarded it a contract for the '
                   'Larkmoor Container Terminal.',
     {('Port Authority of Larkmoor', 'customer'), ('Nordwerk Water Systems', 'supplier')}),
    ('es', 'Agua', 'Nordwerk Water Systems anunció hoy que el Ayuntamiento de Almería le ha adjudicado un contrato de '
                   '25 millones de euros para la Planta Desaladora de Almería.',
     {('Ayuntamiento de Almería', 'customer'), ('Nordwerk Water Systems', 'supplier')}),
    # a report's clause opens after "said the": "it" is the reporting firm, the body that awards the customer
    ('en', 'Pumps', 'Lumatec Water Systems said the City of Harwick has awarded it a $40 million contract for the new '
                    'plant.', {('City of Harwick', 'customer'), ('Lumatec Water Systems', 'supplier')}),
    # the works and what they build are no firm; the town after "aus" is where the winner sits
    ('de', 'Bau', 'Das Landesamt für Straßenbau Nordhessen hat der Nordwerk Bau aus Fulda den Zuschlag für den Ausbau '
                  'der B 12 erteilt.',
     {('Landesamt für Straßenbau Nordhessen', 'customer'), ('Nordwerk Bau', 'supplier')}),
    ('de', 'Bau', 'Die Stadt Kassel hat der Nordwerk GmbH den Auftrag für den Neubau der Kläranlage erteilt.',
     {('Stadt Kassel', 'customer'), ('Nordwerk', 'supplier')}),
    # an award told by a participle set off by commas: the giver after "by", the winner after "to"
    ('es', 'Obras', 'Las obras de ampliación, adjudicadas en 2023 por el Ayuntamiento de Lumares a Construcciones '
                    'Nordwerk por 4 millones de euros, siguen en marcha.',
     {('Ayuntamiento de Lumares', 'customer'), ('Construcciones Nordwerk', 'supplier')}),
    ('es', 'Obras', 'La reforma, adjudicada por la Diputación de Lumares a Nordwerk Obras, avanza según lo previsto.',
     {('Diputación de Lumares', 'customer'), ('Nordwerk Obras', 'supplier')}),
    ('en', 'Works', 'The works, awarded in 2023 by the City of Harwick to Lumatec Ltd for £6m, are continuing.',
     {('City of Harwick', 'customer'), ('Lumatec', 'supplier')}),
    ('fr', 'Nordwerk', 'Les travaux, attribués en 2023 par la Ville de Nantes au groupe Nordwerk pour 6 millions '
                       "d'euros, se poursuivent.",
     {('Ville de Nantes', 'customer'), ('Nordwerk', 'supplier')}),
    ('fr', 'Nordwerk', 'Le chantier, confié par la Région Bretagne au groupe Nordwerk, avance.',
     {('Région Bretagne', 'customer'), ('Nordwerk', 'supplier')}),
    # rights won: the winner buys them from the league that holds them
    ('en', 'Rights', 'Lumatec TV has won the broadcast rights to the Northern Hockey League in a four-year agreement '
                     'worth £40m.', {('Lumatec TV', 'customer'), ('Northern Hockey League', 'supplier')}),
    ('en', 'Rights', 'Lumatec TV has secured the exclusive media rights to the Nordwerk Rugby League.',
     {('Lumatec TV', 'customer'), ('Nordwerk Rugby League', 'supplier')}),
    ('fr', 'Droits', 'Lumatec TV a obtenu les droits de diffusion de la Ligue Nordwerk de Hockey pour quatre ans.',
     {('Lumatec TV', 'customer'), ('Ligue Nordwerk de Hockey', 'supplier')}),
    ('es', 'Derechos', 'Lumatec TV se ha hecho con los derechos de retransmisión de la Liga Nordwerk de Hockey por 40 '
                       'millones de euros.', {('Lumatec TV', 'customer'), ('Liga Nordwerk de Hockey', 'supplier')}),
]


@pytest.mark.parametrize(('lang', 'title', 'body', 'expected'), CONTRACTS)
def test_an_award_names_its_giver_and_its_winner_not_its_object(lang: str, title: str, body: str, expected: set):
    events = extract_events(page(lang, title, body))
    assert [parties(e) for e in events if e['type'] == 'contract'] == [expected]
    assert not [e for e in events if e['type'] == 'acquisition']


@pytest.mark.parametrize(('lang', 'body'), [
    ('en', 'Lumatec Lithium on Monday signed a six-year offtake agreement under which Nordwerk Motors will buy up to '
           '10,000 tonnes a year.'),
    ('de', 'Die Stadtwerke Kassel wollen bis zu 40 Elektrobusse von der Nordwerk AG kaufen.'),
])
def test_goods_bought_up_to_a_count_are_no_acquisition(lang: str, body: str):
    events = extract_events(page(lang, 'News', body))
    assert [e['type'] for e in events] == ['contract']


@pytest.mark.parametrize(('lang', 'body', 'expected'), [
    ('es', 'Nordwerk se ha hecho con Lumatec por 40 millones de euros.', {('Nordwerk', 'acquirer'),
                                                                          ('Lumatec', 'target')}),
    ('en', 'Lumatec Terminals has bought Nordwerk for £40m.', {('Lumatec Terminals', 'acquirer'),
                                                               ('Nordwerk', 'target')}),
    ('en', 'Nordwerk has bought Lumatec for £40m.', {('Nordwerk', 'acquirer'), ('Lumatec', 'target')}),
    ('en', 'Nordwerk said the acquisition of Lumatec will close in May.', {('Nordwerk', 'acquirer'),
                                                                          ('Lumatec', 'target')}),
    ('de', 'Die Nordwerk AG kauft rund 40 Prozent der Lumatec GmbH.', {('Nordwerk', 'investor'),
                                                                     ('Lumatec', 'investee')}),
])
def test_a_firm_bought_stays_an_acquisition(lang: str, body: str, expected: set):
    events = extract_events(page(lang, 'News', body))
    assert [parties(e) for e in events] == [expected]
