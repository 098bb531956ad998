"""A deal's later stage told apart from its first statement (branch status3): an agreement dated to an earlier
year and its prohibition or close dated now are one deal with the later status. Sentences written for these
tests, with invented firms."""

import pytest

from streams.extraction import extract_events
from streams.extraction.lexicon import lexicon
from streams.extraction.status import assess
from tests.unit.test_extraction_roles import page

PUBLISHED = "2025-06-13"  # a Friday


def events(lang: str, *paragraphs: str) -> list[tuple[str, str, str | None]]:
    """Type, status and date of the events of a page."""
    return [(e["type"], e["status"], e["date"]) for e in extract_events(page(lang, *paragraphs, published=PUBLISHED))]


AGREED_THEN_BLOCKED = [
    ("en", "Market news", "Brontel Systems agreed in October 2024 to buy Kavori Labs for $300 million. On Wednesday "
     "regulators prohibited the acquisition of Kavori Labs by Brontel Systems."),
    ("fr", "Actualité", "Le groupe Brontel avait annoncé en octobre 2024 le rachat de Kavori Labs pour 300 millions "
     "d'euros. Mercredi, la Commission a interdit le rachat de Kavori Labs par Brontel."),
    ("es", "Actualidad", "El grupo Brontel acordó en octubre de 2024 la compra de Kavori Labs por 300 millones de "
     "euros. El miércoles, la Comisión prohibió la compra de Kavori Labs por Brontel."),
    ("de", "Nachrichten", "Die Brontel AG hatte im Oktober 2024 die Übernahme der Kavori Labs für 300 Millionen Euro "
     "vereinbart. Am Mittwoch untersagte die Kommission die Übernahme der Kavori Labs durch Brontel."),
]


@pytest.mark.parametrize(("lang", "title", "text"), AGREED_THEN_BLOCKED)
def test_agreement_of_last_year_blocked_now_is_one_terminated_deal(lang, title, text):
    assert events(lang, title, text) == [("acquisition", "terminated", "2025-06-11")]


def test_agreement_of_last_year_closed_now_is_one_completed_deal():
    assert events("en", "Market news", "Brontel Systems agreed in November 2024 to buy Kavori Labs for $300 million. "
                  "Brontel completed the acquisition of Kavori Labs on Monday.") == [
        ("acquisition", "completed", "2025-06-09")]


def test_deal_done_years_before_another_agreement_stays_apart():
    assert sorted(events("en", "Market news", "Brontel Systems bought Kavori Labs in 2019. On Monday Brontel agreed to "
                         "buy Kavori Labs's former parent Ostrel for $90 million.")) == [
        ("acquisition", "announced", "2025-06-09"), ("acquisition", "completed", "2019")]


CLOSED_NEXT_SENTENCE = [  # the close told by a sentence that opens on a deal noun and names no firm
    ("fr", "Actualité", "Le groupe Brontel a annoncé en mars le rachat de Kavori Labs pour 300 millions d'euros. "
     "L'opération a été finalisée mardi."),
    ("es", "Actualidad", "El grupo Brontel anunció en marzo la compra de Kavori Labs por 300 millones de euros. "
     "La operación quedó cerrada el martes."),
    ("en", "Market news", "Brontel Systems agreed in March to buy Kavori Labs for $300 million. The transaction was "
     "completed on Tuesday."),
]


@pytest.mark.parametrize(("lang", "title", "text"), CLOSED_NEXT_SENTENCE)
def test_close_told_by_the_next_sentence(lang, title, text):
    assert events(lang, title, text) == [("acquisition", "completed", "2025-06-10")]


def test_close_told_as_a_forecast_is_no_close():
    assert events("fr", "Actualité", "Le groupe Brontel a annoncé mardi le rachat de Kavori Labs pour 300 millions "
                  "d'euros. L'opération devrait être finalisée d'ici la fin de l'année.") == [
        ("acquisition", "announced", "2025-06-10")]


def test_contract_cancelled_in_a_later_year():
    assert events("en", "Market news", "Brontel Systems signed a supply contract with Kavori Rail in 2021. In 2023 "
                  "Kavori cancelled the contract.") == [("contract", "terminated", "2023")]


def test_end_told_before_a_deal_is_not_its_end():
    """ "X said it had cancelled the offering. Instead, X has raised $40m in a round led by Y": the offering called
    off is the listing told before, not the round."""
    found = events("en", "Market news", "Kavori Labs has abandoned plans for a listing on Nasdaq. The company said on "
                   "Wednesday that it had cancelled the offering. Instead, Kavori Labs has raised $40 million in a "
                   "Series B round led by Brontel Ventures.")
    assert ("funding_round", "completed", "2025-06-11") in found


@pytest.mark.parametrize(("lang", "text", "kind", "date", "expected"), [
    ("en", "The Commission stopped the proposed combination of Brontel and Kavori in early 2024.", "merger", "2024",
     "terminated"),
    ("en", "Brontel's offer for Kavori lapsed on Friday after too few shareholders accepted.", "acquisition", None,
     "terminated"),
    ("es", "Brontel anunció el lunes que retira la oferta pública de venta con la que pretendía captar 90 millones.",
     "ipo", None, "terminated"),
    ("es", "En 2021 lanzó una oferta sobre Kavori que terminó retirando tras las exigencias del regulador.",
     "acquisition", "2021", "terminated"),
    ("fr", "L'offre de Brontel sur Kavori est devenue caduque vendredi.", "acquisition", None, "terminated"),
    ("de", "Das Übernahmeangebot von Brontel für Kavori ist am Freitag verfallen.", "acquisition", None, "terminated"),
    ("fr", "Le fonds Brontel Gestion, entré au capital de Kavori en mai, pourrait peser sur l'offre.", "investment",
     None, "completed"),
    ("fr", "Brontel Gestion a déclaré avoir franchi en hausse, le 2 mai, le seuil de 5 % du capital de Kavori.",
     "investment", "2025-05-02", "completed"),
    ("en", "Brontel's collaboration with Kavori Pharma, signed in 2021, continues unchanged.", "partnership", "2021",
     "ongoing"),
    ("en", "Brontel signed a collaboration with Kavori Pharma in March.", "partnership", "2025-03", "announced"),
])
def test_status_cues_of_ends_stakes_and_standing_ties(lang, text, kind, date, expected):
    assert assess(text, kind, date, PUBLISHED, lexicon(lang))[0] == expected
