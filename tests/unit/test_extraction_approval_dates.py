"""The day of an outsider's approval dates no deal it leaves announced: the announcement or signing does (datesAB,
topic A F9); the parties' own boards approving is the deal's news and keeps its day."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "La CNMV dio luz verde el lunes a la opa que Grupo Almendral presentó en abril sobre Textiles Boreal.",
     "2026-04"),
    ("es", "Competencia aprobó ayer la compra de Textiles Boreal por Grupo Almendral. Comprador y vendedor la "
           "firmaron el 3 de febrero.", "2026-02-03"),
    ("en", "Regulators on Tuesday approved Harwick Tools' purchase of Brimley Castings, which was agreed in January.",
     "2026-01"),
])
def test_approval_day_does_not_date_the_announced_deal(lang, text, expected):
    (event,) = extract_events(page(lang, "News", text, published="2026-06-12"))
    assert (event["status"], event["date"]) == ("announced", expected)


def test_the_parties_own_boards_approving_dates_the_deal():
    text = ("Les conseils d'administration des coopératives Terres d'Aubrac et Agrinova ont approuvé lundi un projet "
            "de fusion.")
    (event,) = extract_events(page("fr", "Actualités", text, published="2026-06-12"))
    assert event["date"] == "2026-06-08"
