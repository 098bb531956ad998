"""A completion whose only day is the report's ("ha completado la compra, según comunicó ayer") is dated by the
closing day the next sentence tells ("La operación se cerró el pasado viernes"); with no such sentence, the report's
day stands. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Construcciones Vadillo ha completado la adquisición de la británica Harlow Build, según comunicó ayer a "
           "la CNMV. La operación se cerró el pasado viernes, una vez obtenida la autorización del regulador."),
    ("en", "Vadillo has completed the acquisition of Harlow Build, it said on Monday. The deal closed last Friday "
           "after the regulator's approval."),
])
def test_a_completion_reported_later_takes_the_closing_day_told_after(lang: str, text: str) -> None:
    (event,) = extract_events(page(lang, "News", text, published="2026-05-12"))
    assert (event["status"], event["date"]) == ("completed", "2026-05-08")


def test_with_no_closing_day_told_the_report_day_stands() -> None:
    text = "Vadillo has completed the acquisition of Harlow Build, it said on Monday. Its shares rose 3%."
    (event,) = extract_events(page("en", "News", text, published="2026-05-12"))
    assert (event["status"], event["date"]) == ("completed", "2026-05-11")
