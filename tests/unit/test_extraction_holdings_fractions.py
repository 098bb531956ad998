"""Stakes told as a fraction (holdingsA): a quarter, a third, a fifth or a tenth of a firm bought is a minority
stake, an investment ("übernehmen ein Viertel der X", "rachète un quart de X", "compra una cuarta parte de X"); two
thirds or three quarters give control, an acquisition. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

BUYER = {"en": "Kornberg Utilities", "de": "Gemeindewerke Kornberg", "fr": "Kornberg Énergie",
         "es": "Kornberg Energía"}


@pytest.mark.parametrize(("lang", "sentence", "kind"), [
    ("en", "Kornberg Utilities is buying a quarter of Vellor Plan for £20m.", "investment"),
    ("en", "Kornberg Utilities is buying two thirds of Vellor Plan for £20m.", "acquisition"),
    ("de", "Die Gemeindewerke Kornberg übernehmen ein Viertel der Vellor Plan GmbH.", "investment"),
    ("de", "Die Gemeindewerke Kornberg übernehmen zwei Drittel der Vellor Plan GmbH.", "acquisition"),
    ("fr", "Kornberg Énergie rachète un quart de Vellor Plan.", "investment"),
    ("fr", "Kornberg Énergie rachète les deux tiers de Vellor Plan.", "acquisition"),
    ("es", "Kornberg Energía compra una cuarta parte de Vellor Plan.", "investment"),
    ("es", "Kornberg Energía compra dos tercios de Vellor Plan.", "acquisition"),
])
def test_fraction_bought_decides_the_type(lang: str, sentence: str, kind: str) -> None:
    (event,) = extract_events(page(lang, "News", sentence))
    roles = ("investor", "investee") if kind == "investment" else ("acquirer", "target")
    assert event["type"] == kind
    assert parties(event) == {(BUYER[lang], roles[0]), ("Vellor Plan", roles[1])}
