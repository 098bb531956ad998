"""Status and date of a deal by the step the sentence tells (branch fields): a listing's first day, a plan put off or
talks broken off, a venture set up, a bid only studied, talks ("pláticas"), a closing still awaited, a deal agreed
before another, a year counted from the one named before, a month a cancelled plan was due. Sentences written for
these tests, several phrasings a shape and language."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

PUBLISHED = "2024-03-14"


def fields(lang: str, text: str) -> set[tuple[str, str, str | None]]:
    """Type, status and date of the events of a page."""
    return {(e["type"], e["status"], e["date"]) for e in extract_events(page(lang, "Noticias", text,
                                                                            published=PUBLISHED))}


STEPS = [
    # a listing's first day: the shares trade
    ("es", "Lumatec ha debutado hoy en la Bolsa de Madrid.", ("ipo", "completed", PUBLISHED)),
    ("es", "Lumatec debutó en el Mercado Continuo en julio de 2021.", ("ipo", "completed", "2021-07")),
    ("en", "Lumatec debuted on the Nasdaq today.", ("ipo", "completed", PUBLISHED)),
    ("fr", "Lumatec a fait ses débuts aujourd'hui à la Bourse de Paris.", ("ipo", "completed", PUBLISHED)),
    # talks broken off, a listing put off with no new date
    ("es", "Lumatec y Nordwerk han dado por rotas las negociaciones para su fusión.",
     ("merger", "terminated", PUBLISHED)),
    ("es", "Lumatec aplaza sine die su salida a bolsa.", ("ipo", "terminated", PUBLISHED)),
    ("es", "La tecnológica Lumatec ha aplazado sine die su salida a Bolsa.", ("ipo", "terminated", PUBLISHED)),
    ("en", "Lumatec and Nordwerk have broken off talks about a merger.", ("merger", "terminated", PUBLISHED)),
    ("de", "Lumatec und Nordwerk haben die Fusionsgespräche abgebrochen.", ("merger", "terminated", PUBLISHED)),
    # a venture set up: done
    ("es", "Lumatec y Nordwerk han constituido una sociedad conjunta para fabricar baterías.",
     ("joint_venture", "completed", PUBLISHED)),
    ("en", "Lumatec and Nordwerk have set up a joint venture to make batteries.",
     ("joint_venture", "completed", PUBLISHED)),
    ("fr", "Lumatec et Nordwerk ont constitué une coentreprise pour fabriquer des batteries.",
     ("joint_venture", "completed", PUBLISHED)),
    ("de", "Lumatec und Nordwerk haben ein Gemeinschaftsunternehmen gegründet.",
     ("joint_venture", "completed", PUBLISHED)),
    # a bid only studied, talks: a rumour
    ("es", "Lumatec estudia lanzar una opa sobre Nordwerk, según fuentes del mercado.",
     ("acquisition", "rumored", PUBLISHED)),
    ("es", "Fuentes del mercado apuntan a que Lumatec estudia lanzar una opa sobre Nordwerk.",
     ("acquisition", "rumored", PUBLISHED)),
    ("es", "La empresa Lumatec confirmó que mantiene pláticas con el fondo Kapita para la venta de una "
     "participación mayoritaria.", ("acquisition", "rumored", PUBLISHED)),
    # a year counted from the one the sentence before names
    ("es", "Lumatec compró Bolt en 2019. Un año más tarde vendió su negocio de autopistas a Nordwerk.",
     ("acquisition", "completed", "2020")),
    ("en", "Lumatec bought Bolt in 2019. A year later it sold its motorway business to Nordwerk.",
     ("acquisition", "completed", "2020")),
    # a source that heads the sentence reports its deals, past another cue
    ("es", "Según fuentes del mercado, la compañía Lumatec ha encargado a Santander y a JP Morgan los trabajos "
     "preliminares para una salida a bolsa en 2027.", ("ipo", "rumored", PUBLISHED)),
    ("en", "According to people familiar with the matter, Lumatec has hired Goldman Sachs and Morgan Stanley for a "
     "stock market listing next year.", ("ipo", "rumored", PUBLISHED)),
    # a closing told with its day, the month it was announced told after
    ("es", "Banco Lumatec concluyó este miércoles la adquisición de Nordwerk, informó la entidad. La compra se había "
     "anunciado en diciembre.", ("acquisition", "completed", "2024-03-13")),
    ("es", "La tecnológica Lumatec ha completado la compra de Nordwerk, una empresa chilena. La operación, anunciada "
     "en enero, se cerró el pasado viernes.", ("acquisition", "completed", "2024-03-08")),
    ("en", "Lumatec has completed its purchase of Nordwerk, a Chilean builder. The deal, announced in January, closed "
     "on Friday.", ("acquisition", "completed", "2024-03-08")),
    ("fr", "Lumatec a finalisé le rachat de Nordwerk, un constructeur chilien. L'opération, annoncée en janvier, a été "
     "bouclée vendredi.", ("acquisition", "completed", "2024-03-08")),
    # a month of the year named just before
    ("es", "En 2021, Lumatec había pactado quedarse con Nordwerk por 300 millones de euros, pero la CNMC bloqueó la "
     "transacción en noviembre de ese año.", ("acquisition", "terminated", "2021-11")),
    ("en", "In 2021 Lumatec agreed to buy Nordwerk for $300 million, but regulators blocked the deal in November of "
     "that year.", ("acquisition", "terminated", "2021-11")),
    ("fr", "En 2021, Lumatec avait accepté de racheter Nordwerk pour 300 millions d'euros, mais l'Autorité de la "
     "concurrence a bloqué l'opération en novembre de la même année.", ("acquisition", "terminated", "2021-11")),
    # a bid given up is dated when given up, not by the relative clause that tells its launch
    ("es", "Lumatec ha desistido de la opa que lanzó en marzo sobre Nordwerk.", ("acquisition", "terminated",
                                                                                PUBLISHED)),
    ("es", "Lumatec ha desistido de la opa sobre Nordwerk que lanzó en enero.", ("acquisition", "terminated",
                                                                                PUBLISHED)),
    ("es", "Lumatec abandonó en enero la opa sobre Nordwerk.", ("acquisition", "terminated", "2024-01")),
    # the month a cancelled plan was due is no date of the cancellation
    ("es", "Lumatec ha cancelado su salida a bolsa, prevista para junio.", ("ipo", "terminated", PUBLISHED)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STEPS)
def test_status_and_date_of_the_step_told(lang: str, text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in fields(lang, text)


AGREED_BEFORE = [  # a venture agreed before the news: announced then, not done
    "Lumatec compra Bolt pocas semanas después de que Nordwerk y Kapita acordaran en febrero crear una sociedad "
    "conjunta.",
    "La noticia llega después de que Nordwerk y Kapita acordaran en febrero crear una sociedad conjunta.",
]


@pytest.mark.parametrize("text", AGREED_BEFORE)
def test_a_venture_agreed_before_another_event_is_announced(text: str) -> None:
    assert {s for t, s, _ in fields("es", text) if t == "joint_venture"} == {"announced"}


def test_a_closing_still_awaited_is_not_done():
    statuses = {s for t, s, _ in fields("es", "Lumatec espera completar en la primavera la venta de su filial "
                                               "Bolt a Nordwerk, acordada en diciembre.") if t == "acquisition"}
    assert "completed" not in statuses


@pytest.mark.parametrize(("lang", "text", "expected"), [  # probes that keep their result
    ("es", "Lumatec lanza una opa sobre Nordwerk.", ("acquisition", "announced", PUBLISHED)),
    ("es", "Según fuentes del mercado, Lumatec ha comprado Nordwerk.", ("acquisition", "completed", PUBLISHED)),
    ("en", "Lumatec, which is in talks with several banks, has agreed to buy Nordwerk.",
     ("acquisition", "announced", PUBLISHED)),
    ("es", "La tecnológica Lumatec ha aplazado sin fecha su salida a bolsa.", ("ipo", "terminated", PUBLISHED)),
    ("en", "Lumatec and Nordwerk plan to set up a joint venture.", ("joint_venture", "announced", PUBLISHED)),
])
def test_probes_keep_their_result(lang: str, text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in fields(lang, text)
