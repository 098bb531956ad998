"""A weekday pointed back to ("An jenem Montag", "ce lundi-là", "aquel lunes", "that Monday") is the day of that
weekday a sentence before names, not the last such weekday before the publication."""

import pytest

from streams.extraction import extract_events
from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page

# published on Thursday 2024-03-14; the day named first is Monday 2024-03-04, the Monday before the news 2024-03-11
CASES = [
    ("de", "Der Kurs vor dem 4. März diente als Maßstab.", "An jenem Montag hatte die Norvato AG ihre Pläne genannt."),
    ("fr", "Le cours retenu est celui du 4 mars.", "Ce lundi-là, Norvato avait dévoilé son projet."),
    ("es", "El precio toma como referencia el 4 de marzo.", "Aquel lunes, Norvato había presentado su plan."),
    ("en", "The price is measured against March 4.", "That Monday, Norvato had set out its plan."),
]


@pytest.mark.parametrize(("lang", "before", "pointed"), CASES)
def test_a_pointed_weekday_takes_the_day_named_before(lang, before, pointed):
    read = read_page(page(lang, "Nachrichten", before, pointed))
    assert [d.value for d in read.dates(2)] == ["2024-03-04"]


@pytest.mark.parametrize(("lang", "before", "pointed"), CASES)
def test_a_pointed_weekday_with_no_such_day_before_stays_the_last_one(lang, before, pointed):
    read = read_page(page(lang, "Nachrichten", before.replace("4", "5"), pointed))  # 5 March is a Tuesday
    assert [d.value for d in read.dates(2)] == ["2024-03-11"]


def test_a_verb_closing_its_clause_dates_the_announcement_from_afar():
    text = ("Die Velmar Holding SE hat ihr Übernahmeangebot für die Ostrava Technik AG vorgelegt. Die Finanzaufsicht "
            "hatte die Angebotsunterlage am Dienstag gestattet. Der Preis liegt über dem Kurs vor dem 4. März. "
            "An jenem Montag hatte Velmar seine Entscheidung zur Abgabe des Angebots bekanntgegeben.")
    (event,) = extract_events(page("de", "Velmar legt Angebot für Ostrava vor", text))
    assert (event["type"], event["status"], event["date"]) == ("acquisition", "announced", "2024-03-04")
