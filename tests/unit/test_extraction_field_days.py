"""Dates and currencies of the kinds of wrong field counted on pages nobody tuned on (branch fields16): a deal
called off is dated by the date its cue encloses or that follows it, "this morning" is the page's day, and a
country's press writes its own dollar bare.
Sentences written for these tests, several phrasings a kind and language, and probes that must not change."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page
from tests.unit.test_extraction_status_fields import BOTH, PUBLISHED, fields

CALLED_OFF = [  # the date of the called-off cue's own phrase, not the talks before it
    ("de", "Der Chiphersteller Lumatec wollte den Autozulieferer Nordwerk im Sommer 2023 übernehmen, zog sein Angebot "
     "aber im Oktober 2023 zurück.", "2023-10"),
    ("en", "Lumatec spent much of last summer in talks to buy Nordwerk but walked away in November.", "2023-11"),
    ("es", "Lumatec, que negoció en junio la compra de Nordwerk, abandonó la operación en octubre.", "2023-10"),
    # must not change: the only date before the cue, the cue's own date before an earlier one
    ("en", "In October, Lumatec walked away from its bid for Nordwerk.", "2023-10"),
    ("en", "Lumatec abandoned its bid for Nordwerk in October after agreeing terms in June.", "2023-10"),
    ("fr", "Lumatec, qui avait engagé des discussions en juin, a renoncé en octobre au rachat de Nordwerk.", "2023-10"),
    ("es", "Lumatec abandonó en octubre la compra de Nordwerk, que había pactado en junio.", "2023-10"),
]

SIGNED = [  # the day the lead's deal was signed, in the third sentence, does not date another deal of the page
    ("de", "Der Chiphersteller Lumatec übernimmt den Sensorhersteller Alder. Der Kaufpreis liegt bei 20 Millionen "
     "Euro. Den Vertrag unterzeichneten beide Seiten am Montag in Kassel. Zudem vereinbarte Lumatec eine Kooperation "
     "mit dem Autozulieferer Nordwerk."),
    ("en", "Lumatec is buying sensor maker Alder. The price is $20 million. Both sides signed the agreement on Monday "
     "in Leeds. Lumatec also agreed a partnership with carmaker Nordwerk."),
]

THIS_MORNING = [  # a deal told "this morning" is the page's day, not the day another item of a digest was told
    ("en", "Good morning. Here is the news. Quillfern said on Monday that it had closed a funding round. In materials, "
     "Lumatec and Nordwerk announced this morning that they would form a joint venture."),
    ("fr", "Bonjour. Voici les nouvelles. Quillfern a annoncé lundi une levée de fonds. Dans la chimie, Lumatec et "
     "Nordwerk ont annoncé ce matin la création d'une coentreprise."),
    ("es", "Buenos días. Estas son las noticias. Quillfern anunció el lunes una ronda. En química, Lumatec y Nordwerk "
     "han anunciado esta mañana la creación de una empresa conjunta."),
]

LOCAL_DOLLARS = [  # "$" and "dollars" on a page naming Canadian places twice; a page that names one, or US places
    ("en", "Lumatec agreed to buy Nordwerk for $410 million. Both firms are based in Toronto, Ontario.", "CAD"),
    ("fr", "Lumatec va acquérir Nordwerk pour 410 millions de dollars. Les deux entreprises sont établies à Montréal, "
     "au Québec.", "CAD"),
    ("fr", "Lumatec va acquérir Nordwerk pour 410 M$. Les deux entreprises sont établies à Montréal, au Québec.",
     "CAD"),
    ("fr", "Lumatec va acquérir Nordwerk pour 410 millions de dollars américains. Les deux entreprises sont établies à "
     "Montréal, au Québec.", "USD"),
    ("en", "Lumatec agreed to buy Nordwerk for $410 million. Lumatec opened an office in Toronto last year.", "USD"),
    ("fr", "Lumatec va acquérir Nordwerk pour 410 millions de dollars. Lumatec est présent au Canada.", "USD"),
    ("en", "Lumatec agreed to buy Nordwerk for $410 million. Both firms are based in Austin, Texas.", "USD"),
]


@pytest.mark.parametrize("lang,text,date", CALLED_OFF)
def test_a_deal_called_off_is_dated_by_its_cue(lang: str, text: str, date: str) -> None:
    assert fields(lang, text, BOTH) == {("acquisition", "terminated", date)}


@pytest.mark.parametrize("lang,text", SIGNED)
def test_a_signing_day_beyond_the_lead_dates_no_other_deal(lang: str, text: str) -> None:
    assert fields(lang, text, BOTH) == {("partnership", "announced", PUBLISHED)}


@pytest.mark.parametrize("lang,text", THIS_MORNING)
def test_this_morning_is_the_pages_day(lang: str, text: str) -> None:
    assert fields(lang, text, BOTH) == {("joint_venture", "announced", PUBLISHED)}


@pytest.mark.parametrize("lang,text,currency", LOCAL_DOLLARS)
def test_a_bare_dollar_is_the_local_one(lang: str, text: str, currency: str) -> None:
    events = extract_events(page(lang, "Lumatec", text, published="2024-03-14"))
    assert [(e["amount"]["value"], e["amount"]["currency"]) for e in events] == [(410e6, currency)]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der Chiphersteller Lumatec hat die Übernahme des Autozulieferers Nordwerk abgeschlossen. Der Vollzug "
     "erfolgte am Dienstag, wie Lumatec am Mittwoch mitteilte."),
    ("en", "Lumatec has completed its acquisition of carmaker Nordwerk. The deal closed on Tuesday, Lumatec said on "
     "Wednesday."),
    ("fr", "Lumatec a finalisé le rachat de l'équipementier Nordwerk. L'opération a été bouclée mardi, a annoncé "
     "Lumatec mercredi."),
])
def test_step_day_not_the_report_day(lang, text):
    assert fields(lang, text, BOTH) == {("acquisition", "completed", "2024-03-12")}
