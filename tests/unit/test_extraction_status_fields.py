"""Status and date of a deal by the kinds of wrong field found on the tuning sets (branch status12): reports told
afterwards, deals given up or put off, this year's awards, spans counted back from the news, the money a listing
raised, tenses, standing relationships. Sentences written for these tests, several phrasings a kind and language."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

PUBLISHED = "2024-03-14"  # a Thursday
TAIL = {"en": " Lumatec is based in Leeds.", "de": " Lumatec sitzt in Kassel.", "fr": " Lumatec est basé à Lille.",
        "es": " Lumatec tiene sede en León."}


def fields(lang: str, text: str, names: set[str]) -> set[tuple[str, str, str | None]]:
    """Type, status and date of the events of a page whose parties are exactly `names`."""
    return {(e["type"], e["status"], e["date"]) for e in extract_events(page(lang, "Lumatec", text + TAIL[lang],
                                                                            published=PUBLISHED))
            if {p["name"] for p in e["parties"]} == names}


BOTH = {"Lumatec", "Nordwerk"}

REPORTED = [  # talks a report told before the page: rumoured, dated when reported
    ("en", "Bloomberg reported last summer that Lumatec had explored buying Nordwerk.",
     ("acquisition", "rumored", "2023")),
    ("de", "Im Sommer hatte das Handelsblatt berichtet, der Chiphersteller Lumatec habe beim Autozulieferer Nordwerk "
     "wegen einer Übernahme angeklopft.", ("acquisition", "rumored", "2023")),
    ("de", "Im Herbst hatte eine Zeitung unter Berufung auf Finanzkreise berichtet, der Chiphersteller Lumatec wolle "
     "den Autozulieferer Nordwerk übernehmen.", ("acquisition", "rumored", "2023")),
    ("de", "In Branchenkreisen heißt es, der Chiphersteller Lumatec wolle den Autozulieferer Nordwerk übernehmen.",
     ("acquisition", "rumored", PUBLISHED)),
    ("fr", "Le groupe Lumatec discute du rachat de Nordwerk, a rapporté mardi l'agence Bloomberg.",
     ("acquisition", "rumored", "2024-03-12")),
    ("fr", "Le groupe Lumatec veut racheter Nordwerk, a indiqué mardi un quotidien citant des sources proches du "
     "dossier.", ("acquisition", "rumored", "2024-03-12")),
]

GIVEN_UP = [  # called off, given up, put off with no new date
    ("en", "Talks over a takeover of Nordwerk by Lumatec ended without agreement in February.",
     ("acquisition", "terminated", "2024-02")),
    ("en", "The takeover of Nordwerk by Lumatec has been postponed indefinitely.",
     ("acquisition", "terminated", PUBLISHED)),
    ("de", "Die Übernahme des Autozulieferers Nordwerk durch den Chiphersteller Lumatec wurde auf unbestimmte Zeit "
     "verschoben.", ("acquisition", "terminated", PUBLISHED)),
    ("fr", "Le groupe Lumatec a annoncé mardi qu'il renonçait à racheter Nordwerk.",
     ("acquisition", "terminated", "2024-03-12")),
    ("fr", "Lumatec renonça finalement au rachat de Nordwerk en février.", ("acquisition", "terminated", "2024-02")),
    ("fr", "Le rachat de Nordwerk par Lumatec a été reporté sine die.", ("acquisition", "terminated", PUBLISHED)),
    ("es", "Lumatec ha aplazado sin fecha la compra de Nordwerk.", ("acquisition", "terminated", PUBLISHED)),
    ("es", "Lumatec dio por cerrado su intento de comprar Nordwerk.", ("acquisition", "terminated", PUBLISHED)),
]

AWARDS = [  # a contract won this year is news (announced); one of an earlier year a completed background fact
    ("en", "In January Lumatec won a contract from Nordwerk to supply sensors.", ("contract", "announced", "2024-01")),
    ("en", "Last month Lumatec won a £20m contract from Nordwerk.", ("contract", "announced", "2024-02")),
    ("de", "Im Januar erhielt der Chiphersteller Lumatec einen Auftrag des Autobauers Nordwerk.",
     ("contract", "announced", "2024-01")),
    ("fr", "En janvier, Lumatec a remporté un contrat auprès de Nordwerk.", ("contract", "announced", "2024-01")),
    ("es", "En enero, Lumatec ganó un contrato de Nordwerk.", ("contract", "announced", "2024-01")),
    ("en", "In 2021 Lumatec won a contract from Nordwerk to supply sensors.", ("contract", "completed", "2021")),
]

COUNTED = [  # the news comes a span after an earlier deal: that deal lies the span before the publication
    ("en", "The deal comes six months after Lumatec walked away from a proposed merger with Nordwerk.",
     ("merger", "terminated", "2023-09")),
    ("en", "The listing comes a year after Lumatec scrapped a planned merger with Nordwerk.",
     ("merger", "terminated", "2023")),
    ("es", "El anuncio llega dos días después de que Lumatec y Nordwerk sellaran una alianza.",
     ("partnership", "announced", "2024-03-12")),
    ("fr", "L'annonce intervient trois mois après que Lumatec a renoncé au rachat de Nordwerk.",
     ("acquisition", "terminated", "2023-12")),
    ("de", "Die Meldung kommt drei Monate nachdem der Chiphersteller Lumatec seine Fusion mit dem Autozulieferer "
     "Nordwerk abgesagt hatte.", ("merger", "terminated", "2023-12")),
    ("de", "Die Nachricht kommt zwei Wochen nach der Übernahme von Nordwerk durch Lumatec.",
     ("acquisition", "announced", "2024-02-29")),
    # a date the sentence goes on to name wins over the span
    ("en", "The round comes 18 months after Lumatec bought Nordwerk in 2022.", ("acquisition", "completed", "2022")),
]

TENSES = [  # a stage told by its tense: perfect purchases done, pluperfect announcements still announced
    ("de", "Der Chiphersteller Lumatec hat im Januar den Wettbewerber Nordwerk übernommen, wie das Unternehmen am "
     "Mittwoch mitteilte.", ("acquisition", "completed", "2024-01")),
    ("de", "Dafür hat der Chiphersteller Lumatec den Wettbewerber Nordwerk übernommen, wie er am Mittwoch mitteilte.",
     ("acquisition", "completed", "2024-03-13")),
    ("fr", "En janvier, Lumatec et Nordwerk avaient déjà annoncé la création d'une coentreprise.",
     ("joint_venture", "announced", "2024-01")),
    ("fr", "Le groupe Lumatec avait annoncé en janvier le rachat de Nordwerk.",
     ("acquisition", "announced", "2024-01")),
    ("es", "Lumatec ha cerrado un acuerdo para comprar Nordwerk.", ("acquisition", "announced", PUBLISHED)),
    ("es", "Lumatec y Nordwerk completaron el lunes la constitución de la sociedad conjunta.",
     ("joint_venture", "completed", "2024-03-11")),
    ("es", "La fusión entre Lumatec y Nordwerk es ya una realidad.", ("merger", "completed", PUBLISHED)),
]

STANDING = [  # a relationship told as continuing: ongoing, undated
    ("en", "Lumatec also has a long-running research partnership with Nordwerk.", ("partnership", "ongoing", None)),
    ("de", "Der Chiphersteller Lumatec bezieht seine Gehäuse wie bisher vom Autozulieferer Nordwerk.",
     ("contract", "ongoing", None)),
    ("es", "Lumatec mantendrá el contrato de mantenimiento con Nordwerk.", ("contract", "ongoing", None)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REPORTED + GIVEN_UP + AWARDS + COUNTED + TENSES + STANDING)
def test_status_and_date(lang: str, text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in fields(lang, text, BOTH)


LISTINGS = [  # the money a listing raised: the listing took place
    ("de", "Der Chiphersteller Lumatec hat beim Börsengang 500 Millionen Euro eingesammelt."),
    ("de", "Beim Börsengang nahm der Chiphersteller Lumatec brutto 300 Mio. Euro ein."),
    ("fr", "Lumatec a levé 200 millions d'euros lors de son introduction en Bourse."),
    ("es", "Lumatec captó 200 millones de euros en su salida a bolsa."),
    ("en", "Lumatec raised $200 million in its initial public offering."),
]


@pytest.mark.parametrize(("lang", "text"), LISTINGS)
def test_money_a_listing_raised_completes_it(lang: str, text: str) -> None:
    assert ("ipo", "completed", PUBLISHED) in fields(lang, text, {"Lumatec"})


def test_a_plan_put_off_is_dated_by_the_page_not_by_the_month_it_was_planned_for():
    assert fields("es", "Lumatec aplazó sin fecha su salida a bolsa, que preveía para junio.", {"Lumatec"}) == {
        ("ipo", "terminated", PUBLISHED)}
