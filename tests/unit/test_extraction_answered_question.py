"""An interviewer's question that names a deal of the interviewee's firm without naming the firm ("P. Acaban de
cerrar una ronda", "Q. You have just closed a funding round") is one event with the answer that confirms it: the
firm the interview speaks for fills the open slot, the sum the answer opens with is the deal's value, the end or
close the answer's first sentence tells is the deal's status and date, and the bare verb opening the question is
no firm (branch voices2). Sentences and names written for these tests."""

import pytest

from streams.extraction import extract_events, sentences
from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_roles import page

INTERVIEWS = [
    ("es", "Ana Ruiz (Velmora): «No estamos en venta»", "Ana Ruiz fundó Velmora en 2015.",
     "P. Acaban de cerrar una ronda de financiación. ¿De cuánto?",
     "R. Son 12 millones de euros. La lidera Quist Capital."),
    ("en", "Ann Roe (Velmora): 'We are not for sale'", "Ann Roe founded Velmora in 2015.",
     "Q. You have just closed a funding round. How much?", "A. It is £12 million. It was led by Quist Capital."),
    ("fr", "Anne Roux (Velmora) : « Nous ne sommes pas à vendre »", "Anne Roux a fondé Velmora en 2015.",
     "Q. Vous venez de boucler une levée de fonds. De combien ?",
     "R. C'est 12 millions d'euros. Le tour est mené par Quist Capital."),
    ("de", "Anna Roth (Velmora): „Wir stehen nicht zum Verkauf“", "Anna Roth gründete Velmora 2015.",
     "F. Sie haben gerade eine Finanzierungsrunde abgeschlossen. Wie viel?",
     "A. Es sind 12 Millionen Euro. Angeführt wird die Runde von Quist Capital."),
]


@pytest.mark.parametrize("paragraphs", INTERVIEWS, ids=[p[0] for p in INTERVIEWS])
def test_question_and_its_answer_make_one_round(paragraphs):
    lang, *body = paragraphs
    (event,) = extract_events(page(lang, *body))
    assert event["type"] == "funding_round"
    assert {(p["name"], p["role"]) for p in event["parties"]} == {
        ("Velmora", "investee"), ("Quist Capital", "investor")}
    assert event["amount"]["value"] == 12_000_000


def test_question_answered_without_a_sum_states_no_deal():
    body = ["Ana Ruiz (Velmora): «No estamos en venta»", "Ana Ruiz fundó Velmora en 2015.",
            "P. ¿Se plantean salir a bolsa?", "R. No es una prioridad, primero tenemos que ser rentables."]
    assert not extract_events(page("es", *body))


def test_a_turn_opens_right_after_its_label():
    text = "Velmora\nP. Acaban de cerrar una ronda.\nJ. Velmora & Söhne"
    lex = lexicon("es")
    assert sentences.opens_a_turn(text, text.index("Acaban"), lex)
    assert not sentences.opens_a_turn(text, text.index("una"), lex)
    assert not sentences.opens_a_turn(text, text.index("Velmora"), lex)
    assert not sentences.opens_a_turn(text, text.index("Velmora &"), lex)  # "J." is no label of the language


ENDED_IN_ANSWER = [  # the question names a tie of the interviewee's firm, the answer tells it ended
    ("es", "Ana Ruiz (Velmora): «No estamos en venta»", "Ana Ruiz fundó Velmora en 2015.",
     "P. ¿Y Chile? Tenían una alianza con Quist Envíos.", "R. La dimos por terminada en octubre. No encajaba."),
    ("fr", "Anne Roux (Velmora) : « Nous ne sommes pas à vendre »", "Anne Roux a fondé Velmora en 2015.",
     "Q. Vous deviez créer une coentreprise avec Quist Composites.", "R. Nous avons abandonné ce projet en octobre."),
    ("en", "Ann Roe (Velmora): 'We are not for sale'", "Ann Roe founded Velmora in 2015.",
     "Q. You had a partnership with Quist Freight.", "A. We terminated it in October. It did not fit."),
    ("de", "Anna Roth (Velmora): „Wir stehen nicht zum Verkauf“", "Anna Roth gründete Velmora 2015.",
     "F. Sie hatten eine Partnerschaft mit Quist Logistik.", "A. Die haben wir im Oktober abgebrochen."),
]


@pytest.mark.parametrize("paragraphs", ENDED_IN_ANSWER, ids=[p[0] for p in ENDED_IN_ANSWER])
def test_answer_tells_the_end_of_the_questions_tie(paragraphs):
    lang, *body = paragraphs
    (event,) = extract_events(page(lang, *body, published="2025-01-20"))
    assert (event["status"], event["date"]) == ("terminated", "2024-10")


def test_answer_without_a_status_cue_leaves_the_tie():
    body = ["Ana Ruiz (Velmora): «No estamos en venta»", "Ana Ruiz fundó Velmora en 2015.",
            "P. ¿Y Chile? Tenían una alianza con Quist Envíos.", "R. Es un mercado difícil, pero seguimos allí."]
    (event,) = extract_events(page("es", *body, published="2025-01-20"))
    assert event["status"] != "terminated"
