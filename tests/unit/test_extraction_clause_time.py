"""A date right before ", when" / ", als" / ", lorsque" / ", cuando" dates the clause that conjunction opens (datesAB,
topic A F8: a background purchase under a hypothetical main clause keeps its own past)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Such a deal would add to a buying spree that started in 2021, when Harwick Tools bought pump maker "
           "Brimley Castings for $60m."),
    ("en", "The buying spree started in 2021, when Harwick Tools bought pump maker Brimley Castings."),
    ("es", "La expansión empezó en 2021, cuando Grupo Almendral compró la textil Boreal Tejidos."),
])
def test_clause_after_time_conjunction_takes_the_date_before_it(lang, text):
    (event,) = [e for e in extract_events(page(lang, "News", text, published="2026-03-12"))
                if e["type"] == "acquisition"]
    assert (event["status"], event["date"]) == ("completed", "2021")

