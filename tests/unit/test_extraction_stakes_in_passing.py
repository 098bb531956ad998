"""Stakes and subscriptions told in passing (issue 3, stakes18): an investor whose cue names the capital with no
owner ("détient 3,6 % du capital", "que posee el 30% restante"), the firm by a definite description ("holds 9.9 per
cent of the company", "dans l'entreprise familiale", "am Unternehmen") or the firm's share offering ("a souscrit à
l'offre", "Aktien ... zu zeichnen") put money into the firm the discourse is at (`discourse.own_capital`, phrases in
each language file). Mini-articles written for these tests; probes that must stay no investment of that firm."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_own_capital import FIRM, OPENING
from tests.unit.test_extraction_roles import page, parties

INVESTOR = 'Arbor Capital'

LINKED = [
    # the firm by a definite description
    ('en', 'Last year the trading house Arbor Capital bought 9.9% of the company for $40 million.'),
    ('en', 'Arbor Capital put $40 million into the startup in 2024 as part of a strategic investment.'),
    ('en', 'Arbor Capital, which has held 12% of the company since 2022, declined to comment.'),
    ('fr', "Le fonds américain Arbor Capital va prendre 30 % du capital de l'entreprise familiale."),
    ('fr', "Le fonds Arbor Capital a annoncé qu'il investira 35 millions de dollars dans l'entreprise familiale."),
    ('fr', "Arbor Capital avait pris une participation de 30 % dans l'entreprise familiale en 2023."),
    ('fr', 'Le fonds Arbor Capital, qui contrôle 40 % du capital de la société depuis 2022, ne commente pas.'),
    ('es', 'Según fuentes del sector, Arbor Capital estudia entrar en el capital de la compañía.'),
    ('es', 'El fondo Arbor Capital, que posee el 40% del capital de la empresa desde 2022, no hizo comentarios.'),
    ('de', 'Die Reederei Arbor Capital hält seit 2023 knapp 30 Prozent an dem Unternehmen.'),
    ('de', 'Im Januar hat sich auch der Finanzinvestor Arbor Capital mit einer Minderheitsbeteiligung bei dem '
           'Unternehmen eingekauft.'),
    # the capital with no owner, or the rest of it
    ('fr', "Le fonds Arbor Capital, qui s'était engagé comme investisseur de référence, a souscrit pour 40 millions "
           "d'euros d'actions et détient désormais environ 3,6 % du capital."),
    ('fr', 'Le fonds Arbor Capital, qui détient 12 % du capital depuis 2019, ne commente pas.'),
    ('es', 'El fondo Arbor Capital, que posee el 30% restante desde 2017, no hizo comentarios.'),
    ('es', 'La gestora Arbor Capital, que posee el 25% del capital desde 2021, apoya la operación.'),
    # shares subscribed in the firm's offering
    ('en', 'Arbor Capital subscribed for $40 million of shares in the offering as a cornerstone investor.'),
    ('fr', "Arbor Capital, déjà actionnaire de la société, a souscrit à l'opération à hauteur de 40 millions d'euros."),
    ('fr', "Le fonds Arbor Capital s'était engagé à souscrire pour 10 millions d'euros en tant qu'investisseur de "
           "référence."),
    ('es', 'La gestora Arbor Capital suscribió 40 millones de euros en la oferta como inversor de referencia.'),
    ('de', 'Der Staatsfonds Arbor Capital zeichnete als Ankerinvestor Aktien für 120 Mio. Franken.'),
]


@pytest.mark.parametrize(('lang', 'sentence'), LINKED)
def test_a_stake_told_in_passing_is_an_investment_in_the_firm_spoken_of(lang: str, sentence: str):
    events = [parties(e) for e in extract_events(page(lang, 'News', OPENING[lang] + sentence))
              if e['type'] == 'investment']
    assert {(INVESTOR, 'investor'), (FIRM[lang], 'investee')} in events


UNLINKED = [
    # a plan with no counterparty, the firm's own plant, a share price, investors in general, a fund's size
    ('en', 'Arbor Capital will invest $200 million in a new plant in Ohio.'),
    ('en', "Arbor Capital put $40 million into the company's new warehouse."),
    ('en', 'Shares in Arbor Capital rose 9.9 per cent after the results.'),
    ('en', 'Investors in the company welcomed the offering.'),
    ('en', 'Arbor Capital manages $2 billion and holds stakes in 40 companies.'),
    ('fr', "Arbor Capital investira 200 millions d'euros dans une nouvelle usine."),
    ('fr', "L'action Arbor Capital a gagné 3,6 % à la Bourse de Paris."),
    ('fr', "Les investisseurs ont souscrit trois fois l'offre."),
    ('es', 'Arbor Capital invertirá 200 millones de euros en una nueva planta en Toledo.'),
    ('es', 'Las acciones de Arbor Capital subieron un 3% en la bolsa.'),
    ('de', 'Arbor Capital investiert 200 Millionen Euro in ein neues Werk.'),
    ('de', 'Die Aktie von Arbor Capital legte um 4 Prozent zu.'),
    # a stake whose firm is named after it
    ('fr', 'Le fonds Arbor Capital détient désormais 12 % du capital de Verdi Imballaggi.'),
    ('es', 'La gestora Arbor Capital suscribió 40 millones en la oferta de Conservas Ría.'),
    # a name before a colon is the topic of what follows, not its investor
    ('fr', 'Arbor Capital : un fonds américain entre au capital du club'),
]


@pytest.mark.parametrize(('lang', 'sentence'), UNLINKED)
def test_a_plan_a_price_or_a_named_firm_is_no_investment_in_the_firm_spoken_of(lang: str, sentence: str):
    events = [parties(e) for e in extract_events(page(lang, 'News', OPENING[lang] + sentence))
              if e['type'] == 'investment']
    assert not any((FIRM[lang], 'investee') in e for e in events)
