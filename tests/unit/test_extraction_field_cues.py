"""Status cues of the kinds of wrong field counted on pages nobody tuned on (branch fields16): a relationship
running for a span of years is ongoing, a press report is a rumour, a deal announced in the passive is announced
(not completed by its tense), a merger that has made one group is completed. Sentences written for these tests,
several phrasings a kind and language, and probes that must not change."""

import pytest

from tests.unit.test_extraction_status_fields import BOTH, PUBLISHED, fields

SPAN = [  # a supply or partnership running for a span of years: ongoing, undated
    ("en", "Nordwerk has bought its sensors from Lumatec for more than ten years.", "contract"),
    ("en", "Lumatec has supplied sensors to Nordwerk for over 20 years.", "contract"),
    ("en", "Lumatec has supplied Nordwerk for the past five years.", "contract"),
    ("de", "Lumatec beliefert Nordwerk seit mehr als zehn Jahren mit Sensoren.", "contract"),
    ("de", "Lumatec arbeitet seit über 20 Jahren mit Nordwerk zusammen.", "partnership"),
    ("de", "Lumatec beliefert Nordwerk seit einem Jahrzehnt mit Sensoren.", "contract"),
    ("fr", "Lumatec fournit des capteurs à Nordwerk depuis plus de dix ans.", "contract"),
    ("fr", "Lumatec travaille avec Nordwerk depuis quinze ans.", "partnership"),
    ("fr", "Lumatec travaille avec Nordwerk depuis une vingtaine d'années.", "partnership"),
    ("es", "Lumatec suministra sensores a Nordwerk desde hace más de diez años.", "contract"),
    ("es", "Lumatec colabora con Nordwerk desde hace más de una década.", "partnership"),
]

REPORTS = [  # what the press reports: rumoured, dated by the page
    ("fr", "Selon nos informations, Lumatec veut racheter Nordwerk."),
    ("fr", "D'après nos informations, Lumatec veut racheter Nordwerk."),
    ("fr", "Lumatec veut racheter Nordwerk, selon plusieurs médias."),
    ("fr", "Lumatec veut racheter Nordwerk, selon la presse."),
    ("es", "Lumatec quiere comprar Nordwerk, según ha publicado el diario Expansión."),
    ("es", "Lumatec quiere comprar Nordwerk, según varios medios."),
    ("es", "Según han adelantado varios diarios, Lumatec quiere comprar Nordwerk."),
]

PASSIVE = [  # announced in the passive, an earlier month: announced then, not completed
    ("fr", "L'acquisition de Nordwerk par Lumatec a été annoncée en février."),
    ("fr", "Le rachat de Nordwerk par Lumatec avait été annoncé en février."),
    ("es", "La compra de Nordwerk por Lumatec fue anunciada en febrero."),
    ("es", "La compra de Nordwerk por Lumatec había sido anunciada en febrero."),
    ("en", "The acquisition of Nordwerk by Lumatec had been announced in February."),
    ("de", "Die Übernahme von Nordwerk durch Lumatec war im Februar angekündigt worden."),
]

ONE_GROUP = [  # a merger that has made one group
    ("fr", "Depuis ce lundi, Lumatec et Nordwerk ne forment plus qu'un seul groupe.", "2024-03-11"),
    ("fr", "Depuis lundi, Lumatec et Nordwerk ne font plus qu'une seule entreprise.", "2024-03-11"),
]

UNCHANGED = [  # a new contract's term, a completed deal's earlier announcement, a firm's own statement
    ("en", "Lumatec won a five-year contract from Nordwerk to supply sensors.", ("contract", "announced", PUBLISHED)),
    ("en", "Lumatec won a contract from Nordwerk to supply sensors for the next ten years.",
     ("contract", "announced", PUBLISHED)),
    ("fr", "Lumatec a remporté un contrat de dix ans auprès de Nordwerk.", ("contract", "announced", PUBLISHED)),
    ("fr", "Le rachat de Nordwerk par Lumatec, annoncé en février, a été finalisé.",
     ("acquisition", "completed", "2024-02")),
    ("es", "La compra de Nordwerk por Lumatec, anunciada en febrero, se ha cerrado.",
     ("acquisition", "completed", "2024-02")),
    ("es", "Lumatec ha comprado Nordwerk, según ha informado la compañía.", ("acquisition", "completed", PUBLISHED)),
    ("fr", "Lumatec a racheté Nordwerk, a indiqué la société dans un communiqué.",
     ("acquisition", "completed", PUBLISHED)),
    ("fr", "Lumatec a annoncé mardi le rachat de Nordwerk.", ("acquisition", "announced", "2024-03-12")),
    ("en", "Lumatec has worked with Nordwerk on battery cells since 2021.", ("partnership", "ongoing", "2021")),
    ("de", "Lumatec arbeitet seit 2021 mit Nordwerk zusammen.", ("partnership", "ongoing", "2021")),
]


@pytest.mark.parametrize("lang,text,kind", SPAN)
def test_a_relationship_running_for_years_is_ongoing(lang: str, text: str, kind: str) -> None:
    assert fields(lang, text, BOTH) == {(kind, "ongoing", None)}


@pytest.mark.parametrize("lang,text", REPORTS)
def test_a_press_report_is_a_rumour(lang: str, text: str) -> None:
    assert fields(lang, text, BOTH) == {("acquisition", "rumored", PUBLISHED)}


@pytest.mark.parametrize("lang,text", PASSIVE)
def test_a_deal_announced_in_the_passive_is_announced(lang: str, text: str) -> None:
    assert fields(lang, text, BOTH) == {("acquisition", "announced", "2024-02")}


@pytest.mark.parametrize("lang,text,date", ONE_GROUP)
def test_a_merger_that_made_one_group_is_completed(lang: str, text: str, date: str) -> None:
    assert fields(lang, text, BOTH) == {("merger", "completed", date)}


@pytest.mark.parametrize("lang,text,expected", UNCHANGED)
def test_probes_that_must_not_change(lang: str, text: str, expected: tuple[str, str, str | None]) -> None:
    assert fields(lang, text, BOTH) == {expected}
