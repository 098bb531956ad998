"""A description or pronoun subject of a deal whose antecedent the page names once in passing stands for the firm
named often that the sentences just before spoke of, not always for the page's firm (`discourse.topic_subject`,
`discourse._recent_topic`): "Harbeck is to be taken over by Dunmore ... Dunmore will pay in cash. The deal needs
the approval of Y. The company bought Z": Dunmore bought Z. Mini-articles written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

ARTICLES = [
    ('en', 'Harbeck Valves agrees takeover by Dunmore Controls',
     'Harbeck Valves is to be taken over by Dunmore Controls for £900m. Harbeck Valves makes valves in Sheffield. '
     'Harbeck Valves employs 900 people. Dunmore Controls will pay in cash. The deal still needs the approval of the '
     'pension trustee Greyfield Partners. The company bought the pump maker Kessler Pumpen for €780m in 2023.'),
    ('en', 'Harbeck Valves agrees takeover by Dunmore Controls',
     'Harbeck Valves is to be taken over by Dunmore Controls for £900m. Harbeck Valves makes valves in Sheffield. '
     'Harbeck Valves employs 900 people. Dunmore Controls will pay in cash, said the analyst Tom Reed of Castlegate '
     'Research. The group bought the pump maker Kessler Pumpen for €780m in 2023.'),
    ('de', 'Dunmore übernimmt Harbeck',
     'Die Harbeck Armaturen wird von Dunmore Controls übernommen. Harbeck Armaturen baut Ventile in Kassel. Harbeck '
     'Armaturen beschäftigt 900 Mitarbeiter. Dunmore Controls zahlt in bar. Der Deal braucht noch die Zustimmung des '
     'Pensionsfonds Greyfield Partners. Der Konzern hatte 2023 den Pumpenhersteller Kessler Pumpen übernommen.'),
    ('fr', 'Dunmore rachète Harbeck',
     'Harbeck Robinetterie va être rachetée par Dunmore Controls. Harbeck Robinetterie fabrique des vannes à Lyon. '
     'Harbeck Robinetterie emploie 900 personnes. Dunmore Controls paiera en numéraire. L\'opération doit encore '
     'recevoir l\'accord du fonds de pension Greyfield Partners. Le groupe avait racheté en 2023 le fabricant de '
     'pompes Kessler Pumpen.'),
    ('es', 'Dunmore compra Harbeck',
     'Harbeck Válvulas será comprada por Dunmore Controls. Harbeck Válvulas fabrica válvulas en Bilbao. Harbeck '
     'Válvulas emplea a 900 personas. Dunmore Controls pagará en efectivo. La operación necesita aún la aprobación '
     'del fondo de pensiones Greyfield Partners. El grupo compró en 2023 el fabricante de bombas Kessler Pumpen.'),
]


@pytest.mark.parametrize(('lang', 'title', 'body'), ARTICLES)
def test_a_description_speaks_of_the_firm_the_sentences_before_spoke_of(lang: str, title: str, body: str):
    events = [parties(e) for e in extract_events(page(lang, title, body)) if e['type'] == 'acquisition']
    assert {('Dunmore Controls', 'acquirer'), ('Kessler Pumpen', 'target')} in events
    assert not any(('Kessler Pumpen', 'target') in e and ('Dunmore Controls', 'acquirer') not in e for e in events)


def test_with_no_firm_named_often_just_before_the_page_firm_stays():
    """The sentences just before name no firm often: the page's firm, as before."""
    body = ('Harbeck Valves is to be taken over by Dunmore Controls for £900m. Harbeck Valves makes valves in '
            'Sheffield. Harbeck Valves employs 900 people. The plant opened in 1950. Its workers are unionised. Its '
            'order book is full. The deal still needs the approval of the pension trustee Greyfield Partners. The '
            'company bought the pump maker Kessler Pumpen for €780m in 2023.')
    events = [parties(e) for e in extract_events(page('en', 'Harbeck Valves agrees takeover', body))
              if e['type'] == 'acquisition']
    assert not any(('Dunmore Controls', 'acquirer') in e and ('Kessler Pumpen', 'target') in e for e in events)
