"""The publication date a page without date metadata takes from its text (branch dates2): a dateline, a date line
or a labelled date dates the page; a date a sentence speaks of ("As of 1 July 2024, ...") does not, nor a date
after the page was fetched (a financial calendar's coming events). Sentences and firms invented for these tests."""

import pytest

from streams.cleaning.metadata import page_date_in_text

FETCHED = "2025-11-20T08:00:00Z"

BODY_DATES = [  # a date inside a sentence: what the text tells of, not when it was written
    "As of 1 July 2024, Brindlecor Holdings owned 62% of the shares of Fennick Tools.",
    "Am 3. März 2025 hat die Tolvena AG die Übernahme der Kessler Fördertechnik abgeschlossen.",
    "Le 1er juillet 2024, la fusion entre Vorlande et Quessac est devenue effective.",
    "El 14 de mayo de 2025, Grupo Ferral cerró la compra de Talleres Ondarra.",
]


@pytest.mark.parametrize("text", BODY_DATES)
def test_a_date_a_sentence_speaks_of_does_not_date_the_page(text):
    assert page_date_in_text(f"Shareholder letter\n{text}\nThank you for your trust.", FETCHED) is None


DATELINES = [  # a place or label before the date, a separator after it
    ("BRISTOL, 4 February 2025 – Brindlecor Holdings today announced the purchase of Fennick Tools.", "2025-02-04"),
    ("Hamburg, 12.03.2025 – Die Tolvena AG übernimmt die Kessler Fördertechnik.", "2025-03-12"),
    ("Lyon, le 7 avril 2025 – Quessac annonce l'acquisition de Vorlande.", "2025-04-07"),
    ("Madrid, 5 de mayo de 2025. Grupo Ferral ha comprado Talleres Ondarra.", "2025-05-05"),
    ("Publié le 9 juin 2025", "2025-06-09"),
]


@pytest.mark.parametrize(("text", "day"), DATELINES)
def test_a_dateline_dates_the_page(text, day):
    assert page_date_in_text(f"Headline\n{text}\nMore text.", FETCHED) == day


def test_a_date_line_after_the_article_dates_it_past_the_dates_of_its_sentences():
    text = "Am 1. Juli 2024 hat die Tolvena AG die Kessler Fördertechnik übernommen.\nRedaktion\n22.10.2025"
    assert page_date_in_text(text, FETCHED) == "2025-10-22"


def test_a_calendar_date_after_the_fetch_does_not_date_the_page():
    text = "Letter to shareholders\n14 December 2025 – Capital markets day\n2 March 2026 – Annual results"
    assert page_date_in_text(text, FETCHED) is None


def test_a_local_date_a_day_ahead_of_the_fetch_in_utc_dates_the_page():
    assert page_date_in_text("News\n21 Nov, 2025 6:05am\nBy the desk", FETCHED) == "2025-11-21"
