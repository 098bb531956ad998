"""Minority stakes (issue 3, stakes): holdings told in passing in a relative clause a preposition opens ("X, in which Y
has held 20% since 2020", "dont le fonds Y détient", "en la que Y tiene", "an der Y ... beteiligt ist",
`stake_relatives`) or in the passive ("X, participada desde 2022 en un 20% por Y"), an investor let into a firm or
its unit ("ouvre le capital de sa filiale Z à Y", "da entrada en su capital a Y", "brought in Y as a minority
investor", "holt sich den Fonds Y ins Boot"), a stake sold with its buyer named before it ("a cédé au fonds Y sa
participation dans X") and entries that fail or do not come about. Sentences written for these tests; probes that
must keep their result."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

INVESTOR = 'Arbor Capital'


def investments(lang: str, sentence: str) -> list[dict]:
    return [e for e in extract_events(page(lang, 'Nachrichten' if lang == 'de' else 'News', sentence))
            if e['type'] == 'investment']


HELD = [
    # a stake held from a start, told in a relative clause on the firm it is in
    ('en', 'Lumatec Inc, in which Arbor Capital has held a 20% stake since 2020, reported record sales.',
     'Lumatec', '2020'),
    ('en', 'Lumatec Inc, in which the fund Arbor Capital has held a 20% stake since 2020, reported record sales.',
     'Lumatec', '2020'),
    ('fr', 'Lumatec SA, dont le fonds Arbor Capital détient 15 % depuis 2021, affiche une croissance record.',
     'Lumatec', '2021'),
    ('fr', 'La société Lumatec, dont Arbor Capital détient 15 % du capital depuis 2021, affiche une croissance record.',
     'Lumatec', '2021'),
    ('es', 'Lumatec SA, en la que el fondo Arbor Capital tiene un 15% desde 2021, cerró el ejercicio con beneficios.',
     'Lumatec', '2021'),
    ('de', 'Die Nordwerk GmbH, an der der Finanzinvestor Arbor Capital seit 2023 mit 25 Prozent beteiligt ist, meldet '
           'Rekordumsätze.', 'Nordwerk', '2023'),
    ('de', 'Der Familienbetrieb Nordwerk, an dem der Finanzinvestor Arbor Capital seit 2023 mit 25 Prozent beteiligt '
           'ist, wächst weiter.', 'Nordwerk', '2023'),
    # a firm owned in part, told in the passive
    ('es', 'Para Lumatec Iberia, participada desde 2022 en un 20% por el fondo Arbor Capital, la compra supone un '
           'paso importante.', 'Lumatec Iberia', '2022'),
    ('es', 'Lumatec SA, participada en un 25% por el fondo Arbor Capital desde 2021, cerró el ejercicio con '
           'beneficios.', 'Lumatec', '2021'),
    # a stake bought in, the verb last
    ('de', 'Die Arbor Capital AG hatte sich bereits 2023 mit 9,8 Prozent bei Nordwerk eingekauft.', 'Nordwerk', '2023'),
    ('de', 'Die Arbor Capital AG hat sich schon 2022 mit 12 Prozent beim Softwarehaus Nordwerk GmbH eingekauft.',
     'Nordwerk', '2022'),
]


@pytest.mark.parametrize(('lang', 'sentence', 'firm', 'year'), HELD)
def test_a_stake_held_since_a_year_is_an_investment_completed_then(lang: str, sentence: str, firm: str, year: str):
    found = [(parties(e), e['status'], e['date']) for e in investments(lang, sentence)]
    assert ({(INVESTOR, 'investor'), (firm, 'investee')}, 'completed', year) in found


LET_IN = [
    # the investor let into the firm or into its unit (the parent takes no part then)
    ('fr', 'Nordwerk ouvre le capital de sa filiale Lumatec Energie au fonds Arbor Capital.', 'Lumatec Energie'),
    ('fr', 'Nordwerk ouvre le capital de sa filiale Lumatec Energie à Arbor Capital, qui prendra 30 %.',
     'Lumatec Energie'),
    ('fr', 'Le groupe Nordwerk a ouvert son capital au fonds Arbor Capital, qui prend 20 %.', 'Nordwerk'),
    ('es', 'Nordwerk da entrada en el capital de su filial Hidrógeno Ebro al fondo Arbor Capital, que tomará un 30%.',
     'Hidrógeno Ebro'),
    ('es', 'Nordwerk ha dado entrada a Arbor Capital, que adquirirá un 35% de la filial Hidrógeno Ebro por 45 millones '
           'de euros.', 'Hidrógeno Ebro'),
    ('es', 'El grupo Nordwerk ha abierto su capital al fondo Arbor Capital, que tomará un 20%.', 'Nordwerk'),
    ('en', 'Nordwerk has brought in Arbor Capital as a minority investor.', 'Nordwerk'),
    ('en', 'Nordwerk Inc welcomed Arbor Capital as a new shareholder.', 'Nordwerk'),
    ('de', 'Nordwerk holt sich den Finanzinvestor Arbor Capital ins Boot.', 'Nordwerk'),
    ('de', 'Nordwerk holt sich mit Arbor Capital einen Finanzinvestor ins Haus.', 'Nordwerk'),
    ('de', 'Die Nordwerk GmbH holt sich mit dem Münchner Fonds Arbor Capital einen neuen Geldgeber ins Haus.',
     'Nordwerk'),
    # a stake sold: its buyer invests in the firm, the seller takes no part
    ('fr', "Lundi, Nordwerk a cédé au fonds Arbor Capital sa participation de 30 % dans Boulangeries Fabre, pour 95 "
           "millions d'euros.", 'Boulangeries Fabre'),
    ('fr', 'Nordwerk a cédé sa participation de 30 % dans Boulangeries Fabre au fonds Arbor Capital.',
     'Boulangeries Fabre'),
    ('es', 'Nordwerk ha vendido al fondo Arbor Capital su participación del 30% en Panaderías Fabre por 95 millones de '
           'euros.', 'Panaderías Fabre'),
    ('de', 'Nordwerk verkauft seine 30-Prozent-Beteiligung an Bäckerei Fabre an Arbor Capital.', 'Bäckerei Fabre'),
    ('de', 'Nordwerk hat seine Beteiligung von 30 Prozent an der Bäckerei Fabre an den Finanzinvestor Arbor Capital '
           'verkauft.', 'Bäckerei Fabre'),
    ('en', 'On Monday Nordwerk sold its 30% stake in Fabre Bakeries to the fund Arbor Capital for $95 million.',
     'Fabre Bakeries'),
]


@pytest.mark.parametrize(('lang', 'sentence', 'firm'), LET_IN)
def test_an_investor_let_in_or_buying_a_stake_invests_in_the_firm_whose_capital_it_is(lang: str, sentence: str,
                                                                                      firm: str):
    assert {(INVESTOR, 'investor'), (firm, 'investee')} in [parties(e) for e in investments(lang, sentence)]


FAILED = [
    ('de', 'Nicht zustande kommt der Einstieg von Arbor Capital bei Nordwerk.', 'Nordwerk'),
    ('en', "Arbor Capital's planned investment in Lumatec has fallen through.", 'Lumatec'),
    ('es', 'La entrada de Arbor Capital en el capital de Lumatec no se ha materializado, según informó la empresa el '
           'lunes.', 'Lumatec'),
]


@pytest.mark.parametrize(('lang', 'sentence', 'firm'), FAILED)
def test_an_entry_that_does_not_come_about_is_terminated(lang: str, sentence: str, firm: str):
    found = [(parties(e), e['status']) for e in investments(lang, sentence)]
    assert ({(INVESTOR, 'investor'), (firm, 'investee')}, 'terminated') in found


RUMOURED = [
    ('de', 'Laut Finanzkreisen erwägt der Finanzinvestor Arbor Capital einen Einstieg bei dem Softwarehaus Nordwerk '
           'aus Darmstadt.', 'Nordwerk'),
    ('fr', "Selon des sources proches du dossier, le fonds Arbor Capital envisage une entrée au capital de Lumatec.",
     'Lumatec'),
    ('es', 'Según fuentes del mercado, la entrada de Arbor Capital en el capital de Lumatec se cerrará en marzo.',
     'Lumatec'),
    ('en', 'According to people familiar with the matter, Arbor Capital is considering taking a stake in Lumatec.',
     'Lumatec'),
]


@pytest.mark.parametrize(('lang', 'sentence', 'firm'), RUMOURED)
def test_an_entry_sources_report_is_a_rumoured_investment(lang: str, sentence: str, firm: str):
    found = [(parties(e), e['status']) for e in investments(lang, sentence)]
    assert ({(INVESTOR, 'investor'), (firm, 'investee')}, 'rumored') in found


NO_STAKE = [
    # a holding with no start is a standing fact, no deal
    ('en', 'Lumatec Inc, in which Arbor Capital holds a 20% stake, reported record sales.'),
    ('fr', 'Lumatec SA, dont le fonds Arbor Capital détient 15 %, affiche une croissance record.'),
    ('de', 'Die Nordwerk GmbH, an der der Finanzinvestor Arbor Capital mit 25 Prozent beteiligt ist, meldet '
           'Rekordumsätze.'),
    # a relative clause on a firm that tells no stake, and capital opened to no firm
    ('fr', "Lumatec SA, dont le directeur Paul Martin a quitté Arbor Capital en 2021, affiche une croissance record."),
    ('fr', 'Nordwerk ouvre son capital à ses salariés.'),
    ('es', 'Nordwerk abre su capital a los empleados.'),
    # an investor sought, none named
    ('de', 'Nordwerk holt sich einen Finanzinvestor ins Haus.'),
]


@pytest.mark.parametrize(('lang', 'sentence'), NO_STAKE)
def test_a_holding_with_no_start_or_no_named_investor_is_no_investment(lang: str, sentence: str):
    assert not [e for e in investments(lang, sentence) if len(e['parties']) > 1]
