"""Mergers, takeovers, talks and listings called off, told with descriptions, pronouns and nouns (branch
terminated5): a combination ended, talks broken off by a firm a description names, a merger with the page's firm
that failed, a takeover attempt blocked, talks in which "the latter" would have bought the firm, a listing given up
in a relative clause. Sentences written for these tests, several phrasings a shape and language; the look-alikes
at the end must keep their result."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

PUBLISHED = "2024-03-14"


def deals(lang: str, title: str, *paragraphs: str) -> set[tuple[str, str, frozenset[tuple[str, str]]]]:
    """Type, status and (name, role) parties of the events of a page."""
    return {(e["type"], e["status"], frozenset((p["name"], p["role"]) for p in e["parties"]))
            for e in extract_events(page(lang, title, *paragraphs, published=PUBLISHED))}


def merged(a: str, b: str) -> tuple[str, str, frozenset[tuple[str, str]]]:
    return "merger", "terminated", frozenset({(a, "party"), (b, "party")})


def bought(buyer: str, target: str) -> tuple[str, str, frozenset[tuple[str, str]]]:
    return "acquisition", "terminated", frozenset({(buyer, "acquirer"), (target, "target")})


COMBINATION = [  # "combination" as the merger noun, told by its plan and its price
    ("en", "Lumatec and Nordwerk Logistics said on Monday that they had terminated the planned $1.8 billion "
     "combination they unveiled in March."),
    ("en", "Lumatec and Nordwerk Logistics said on Monday they had called off their planned combination."),
    ("en", "Lumatec and Nordwerk Logistics have scrapped their agreed combination, the companies said on Monday."),
]


@pytest.mark.parametrize(("lang", "text"), COMBINATION)
def test_combination_called_off(lang, text):
    assert merged("Lumatec", "Nordwerk Logistics") in deals(lang, "News", text)


def test_terminated_combination_keeps_its_price_and_day():
    (event,) = extract_events(page("en", "News", COMBINATION[0][1], published=PUBLISHED))
    assert event["amount"]["value"] == 1.8e9 and event["date"] == "2024-03-11"


TALKS_BY_DESCRIPTION = [  # talks broken off by the firm whose shares fell, named by a description after it
    ("de", "Die Strompreise steigen. Der Versorger Brixel AG aus Hamburg kündigte Preiserhöhungen an. Die Aktien von "
     "Lumatec Energie fielen 4 Prozent, nachdem der Bremer Stromanbieter am Montagabend mitgeteilt hatte, die "
     "Fusionsgespräche mit Nordwerk Power abgebrochen zu haben."),
    ("de", "Der Dax schloss fester. Lumatec Energie fielen 4 Prozent, nachdem der Bremer Stromanbieter am Montagabend "
     "mitgeteilt hatte, die Fusionsgespräche mit Nordwerk Power abgebrochen zu haben."),
    ("en", "Shares of Lumatec Energie fell 4% after the Bremen utility said on Monday evening it had broken off "
     "merger talks with Nordwerk Power."),
    ("fr", "L'action Lumatec Energie a chuté de 4% après que le groupe brêmois a annoncé lundi soir avoir rompu les "
     "négociations de fusion avec Nordwerk Power."),
    ("es", "Las acciones de Lumatec Energie cayeron un 4% después de que la eléctrica alemana anunciara el lunes la "
     "ruptura de las conversaciones de fusión con Nordwerk Power."),
]


MOVER_OVER_SEATED = [  # the firm whose shares moved, not another firm of the same seat or kind named before
    ("de", "Größter Gewinner war die Brixel AG aus Bremen mit einem Plus von 3 Prozent. Lumatec Energie fielen 4 "
     "Prozent, nachdem der Bremer Stromanbieter am Montagabend mitgeteilt hatte, die Fusionsgespräche mit Nordwerk "
     "Power abgebrochen zu haben."),
    ("en", "Brixel of Bremen gained 3%. Shares of Lumatec Energie fell 4% after the Bremen utility said on Monday it "
     "had broken off merger talks with Nordwerk Power."),
    ("es", "La eléctrica Brixel subió un 3%. Lumatec Energie cayó un 4% después de que la eléctrica alemana anunciara "
     "el lunes la ruptura de las conversaciones de fusión con Nordwerk Power."),
    ("fr", "Le groupe brêmois Brixel a grimpé de 3%. Lumatec Energie a chuté de 4% après que le groupe brêmois a "
     "annoncé lundi avoir rompu les négociations de fusion avec Nordwerk Power."),
]


@pytest.mark.parametrize(("lang", "text"), TALKS_BY_DESCRIPTION + MOVER_OVER_SEATED)
def test_talks_broken_off_by_the_firm_a_description_names(lang, text):
    assert merged("Lumatec Energie", "Nordwerk Power") in deals(lang, "Energie", text)


MERGER_WITH_PAGE_FIRM = [  # a failed merger with another firm, the page's firm the side left implicit (the
    # relative clause's title makes no person of the cooperative)
    ("de", "Lumatec AG", "Die Lumatec AG steigert ihren Umsatz. Eine Fusion mit der Molkerei Nordwerk eG, die der "
     "Vorstand jahrelang vorbereitet hatte, war im Herbst 2023 am Votum der Mitglieder gescheitert."),
    ("en", "Lumatec", "Lumatec raised its sales. A merger with Molkerei Nordwerk, which the board had prepared for "
     "years, failed in autumn 2023 when members voted against it."),
    ("fr", "Lumatec", "Lumatec a augmenté ses ventes. Une fusion avec Molkerei Nordwerk, que le directoire préparait "
     "depuis des années, avait échoué à l'automne 2023 lors du vote des membres."),
    ("es", "Lumatec", "Lumatec aumentó sus ventas. Una fusión con Molkerei Nordwerk, que la dirección llevaba años "
     "preparando, fracasó en otoño de 2023 por el voto de los socios."),
]


@pytest.mark.parametrize(("lang", "title", "text"), MERGER_WITH_PAGE_FIRM)
def test_failed_merger_with_the_page_firm(lang, title, text):
    (merger,) = [parties for kind, status, parties in deals(lang, title, text) if kind == "merger"
                 and status == "terminated"]
    assert {name.removesuffix(" eG") for name, _ in merger} == {"Lumatec", "Molkerei Nordwerk"}


ATTEMPT_BLOCKED = [  # a takeover attempt of the page's firm that failed, its object before the infinitive
    ("de", "Die Lumatec GmbH wächst weiter. Im vergangenen Jahr war der Versuch, den Wettbewerber Nordwerk "
     "Verpackungen zu übernehmen, noch am Bundeskartellamt gescheitert."),
    ("de", "Die Lumatec GmbH wächst weiter. 2023 scheiterte der Plan, den Rivalen Nordwerk Verpackungen zu "
     "übernehmen."),
    ("en", "Lumatec keeps growing. Last year its attempt to take over rival Nordwerk Verpackungen was blocked by the "
     "competition authority."),
    ("fr", "Lumatec poursuit sa croissance. L'an dernier, sa tentative de racheter le concurrent Nordwerk "
     "Verpackungen avait échoué devant l'Autorité de la concurrence."),
    ("es", "Lumatec sigue creciendo. El año pasado, su intento de adquirir a la rival Nordwerk Verpackungen fracasó "
     "ante la CNMC."),
]


@pytest.mark.parametrize(("lang", "text"), ATTEMPT_BLOCKED)
def test_takeover_attempt_of_the_page_firm_failed(lang, text):
    assert bought("Lumatec", "Nordwerk Verpackungen") in deals(lang, "Lumatec", text)


def test_blocked_takeover_of_described_page_firm_keeps_its_buyer():
    """The regulator blocks the purchase of the page's firm by a buyer its agent names: no buyer is left out."""
    assert bought("Grevenbroich Zement", "Hagedorn Baustoffe") in deals(
        "de", "Hagedorn Baustoffe", "Das Bundeskartellamt hat die geplante Übernahme des Baustoffhändlers Hagedorn "
        "Baustoffe durch den Zementhersteller Grevenbroich Zement untersagt.")


LATTER_BUYS = [  # talks ended in which "the latter" would have bought the firm that broke them off
    ("es", "La conservera Conservas Lumatec ha dado por rotas las conversaciones que mantenía desde primavera con "
     "Pesquera Nordwerk para que esta última se hiciera con la mayoría de su capital."),
    ("en", "Conservas Lumatec has ended talks with Pesquera Nordwerk under which the latter would have acquired a "
     "majority stake in the company."),
    ("fr", "Conservas Lumatec a rompu les discussions qu'elle menait avec Pesquera Nordwerk en vue d'un rachat de sa "
     "majorité par ce dernier."),
]


@pytest.mark.parametrize(("lang", "text"), LATTER_BUYS)
def test_the_latter_buys_in_talks_broken_off(lang, text):
    assert bought("Pesquera Nordwerk", "Conservas Lumatec") in deals(lang, "Conservas Lumatec", text)


LISTING_GIVEN_UP = [  # a listing given up, told in a relative clause of a description of the page's firm
    ("fr", "Lumatec a publié ses résultats. Le groupe néerlandais, qui avait renoncé en 2023 à son introduction en "
     "Bourse, vise une croissance de 5%."),
    ("es", "Lumatec presentó sus resultados. La compañía, que había aparcado su salida a bolsa en 2023, prevé crecer "
     "un 5%."),
    ("en", "Lumatec reported results. The Dutch group, which had shelved its stock market listing in 2023, expects "
     "growth of 5%."),
    ("de", "Die Lumatec AG legte Zahlen vor. Der niederländische Konzern, der 2023 seinen Börsengang abgesagt hatte, "
     "erwartet ein Wachstum von 5 Prozent."),
]


@pytest.mark.parametrize(("lang", "text"), LISTING_GIVEN_UP)
def test_listing_given_up_in_a_relative_clause(lang, text):
    assert ("ipo", "terminated", frozenset({("Lumatec", "issuer")})) in deals(lang, "Lumatec", text)


TALKS_THEN_FAILED = [  # talks told in one sentence, their failure in the next, naming them only by their noun
    ("de", "Die Brauerei Obermaier wächst. 2023 hatten Obermaier und die benachbarte Weißenhofer Brauerei über eine "
     "Fusion verhandelt. Die Gespräche scheiterten damals an der Frage, welcher Name künftig auf den Flaschen stehen "
     "sollte."),
    ("en", "Obermaier keeps growing. In 2023 Obermaier and Weißenhofer Brauerei held talks about a merger. The talks "
     "collapsed over the question of which name would appear on the bottles."),
]


@pytest.mark.parametrize(("lang", "text"), TALKS_THEN_FAILED)
def test_talks_that_failed_the_next_sentence(lang, text):
    events = [e for e in extract_events(page(lang, "Obermaier", text, published=PUBLISHED)) if e["type"] == "merger"]
    assert [(e["status"], e["date"]) for e in events] == [("terminated", "2023")]


STILL_OPEN = [  # talks that go on, and a "latter" of time, stay as they are
    ("de", "Lumatec", "Lumatec ist in Gesprächen mit Nordwerk über eine Fusion.", set()),
    ("en", "Lumatec", "Lumatec is in talks with Nordwerk about a combination.", set()),
    ("de", "Obermaier", "Die Brauerei Obermaier wächst. Obermaier und die benachbarte Weißenhofer Brauerei verhandeln "
     "über eine Fusion. Die Gespräche könnten noch scheitern.", {"rumored"}),
    ("fr", "Lumatec", "Lumatec a racheté Nordwerk en 2023. Ce dernier trimestre, le groupe a doublé ses ventes.",
     {"completed"}),
]


@pytest.mark.parametrize(("lang", "title", "text", "statuses"), STILL_OPEN)
def test_open_talks_and_time_words_keep_their_result(lang, title, text, statuses):
    assert {status for _, status, _ in deals(lang, title, text)} == statuses


def test_takeover_announced_last_year_and_blocked_now_is_one_deal():
    """The buyer had announced the purchase, its price and seller in an infinitive clause last year; the regulator
    blocks it now: one terminated deal with all three sides (a holding's name "... Beteiligungen" is no stake)."""
    (event,) = [e for e in extract_events(page(
        "de", "Kartellamt stoppt Übernahme", "Das Bundeskartellamt hat die geplante Übernahme des Händlers Lumatec "
        "Baustoffe durch den Zementhersteller Nordwerk Zement untersagt. Nordwerk Zement hatte im vergangenen Herbst "
        "angekündigt, Lumatec für rund 300 Millionen Euro von der Familienholding Brixel Beteiligungen zu kaufen.",
        published=PUBLISHED)) if e["type"] in ("acquisition", "investment")]
    assert (event["type"], event["status"]) == ("acquisition", "terminated")
    assert {(p["name"], p["role"]) for p in event["parties"]} == {
        ("Nordwerk Zement", "acquirer"), ("Lumatec Baustoffe", "target"), ("Brixel Beteiligungen", "seller")}
    assert event["amount"]["value"] == 3e8


ENDED_TALKS_DAY = [  # talks ended, told in the sentence after the deal: the day of the end, not the talks' start
    ("de", "Aus dem Zusammenschluss von Lumatec mit Nordwerk Logistics wird nichts. Die seit Februar laufenden "
     "Gespräche seien beendet, bestätigten beide Unternehmen am Dienstag."),
    ("en", "The merger of Lumatec and Nordwerk Logistics will not go ahead. The talks, under way since February, "
     "were called off on Tuesday, both companies said."),
]


@pytest.mark.parametrize(("lang", "text"), ENDED_TALKS_DAY)
def test_talks_ended_are_dated_by_the_end(lang, text):
    events = [e for e in extract_events(page(lang, "News", text, published=PUBLISHED)) if e["type"] == "merger"]
    assert [(e["status"], e["date"]) for e in events] == [("terminated", "2024-03-12")]


CLOSED_IN_AN_EARLIER_YEAR = [  # an undated sale whose close the next sentence dates to a year before the page's
    ("en", "We also sold our coatings business to Harlow Chemicals. The transaction, completed on 30 December "
     "2023, lets us focus on adhesives."),
    ("de", "Wir haben zudem unser Lackgeschäft an die Harlow Chemie verkauft. Der Verkauf, abgeschlossen am "
     "30. Dezember 2023, erlaubt uns, uns auf Klebstoffe zu konzentrieren."),
    ("fr", "Nous avons par ailleurs cédé notre activité peintures au groupe Harlow Chimie. Cette cession, finalisée le "
     "30 décembre 2023, nous permet de nous concentrer sur les adhésifs."),
    ("es", "También hemos vendido nuestro negocio de pinturas a Harlow Química. La operación se cerró el 30 de "
     "diciembre de 2023, lo que nos permite centrarnos en los adhesivos."),
]


@pytest.mark.parametrize(("lang", "text"), CLOSED_IN_AN_EARLIER_YEAR)
def test_an_undated_deal_closed_in_an_earlier_year_takes_that_close(lang, text):
    events = [e for e in extract_events(page(lang, "Vorbeck Group: letter", text, published=PUBLISHED))
              if e["type"] == "acquisition"]
    assert [(e["status"], e["date"]) for e in events] == [("completed", "2023-12-30")]
