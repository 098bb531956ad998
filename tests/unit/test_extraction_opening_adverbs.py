"""(german2) A lone capitalised word opening a sentence, told an adverb by its ending ("Technisch arbeitet X",
"Actualmente controla") or a short sentence adverb ("Eng arbeitet"), is no firm; sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import names, page


def _names(lang: str, *paras: str) -> set[str]:
    return names(extract_events(page(lang, "Nachrichten" if lang == "de" else "News", *paras)))


def test_german_adverb_told_by_its_ending_is_no_partner():
    found = _names("de", "Der Sensorhersteller Quellmark aus Jena erhält einen Großauftrag.",
                   "Technisch arbeitet Quellmark seit 2021 mit der Hochschule Saalwerk zusammen.")
    assert "Technisch" not in found and {"Quellmark", "Hochschule Saalwerk"} <= found
    found = _names("de", "Strategisch arbeitet Quellmark seit 2022 mit dem Institut Brennhof zusammen.")
    assert "Strategisch" not in found and "Quellmark" in found


def test_german_short_sentence_adverb_is_no_partner():
    found = _names("de", "Der Sensorhersteller Quellmark aus Jena erhält einen Großauftrag.",
                   "Eng arbeitet das Start-up außerdem mit der Hochschule Saalwerk zusammen.")
    assert "Eng" not in found


def test_spanish_adverb_before_its_verb_is_no_firm():
    found = _names("es", "Actualmente controla Grupo Tarvela el 40 % de Lumisol, que compró en 2021.")
    assert "Actualmente" not in found


def test_french_adverb_before_a_verb_is_no_firm():
    assert "Parallèlement" not in _names("fr", "Parallèlement travaille Orvane avec le groupe Dalmeris depuis 2020.")


def test_a_firm_opening_a_sentence_keeps_its_name():
    assert {"Fröhlich", "Norvax"} <= _names("de", "Fröhlich übernimmt den Maschinenbauer Norvax aus Ulm.")
    assert {"Tallisterly", "Norvax"} <= _names("en", "Tallisterly acquired the payments startup Norvax.")
