"""Issue 3 (names6): a word that opens a place's name ("San", "New", "Saint", "Sankt") and the one name word after
it name a place, no firm; sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import names, page


def _names(lang: str, text: str) -> set[str]:
    return names(extract_events(page(lang, "Nachrichten" if lang == "de" else "News", text)))


def test_english_place_before_a_description_is_no_firm():
    assert "Diego" not in _names("en", "Lumatec agreed to buy the San Diego biotech for $40 million.")
    assert _names("en", "Lumatec agreed to buy the San Diego biotech Norvax for $40 million.") == {"Lumatec", "Norvax"}
    assert _names("en", "Lumatec agreed to buy the New York lender Norvax for $40 million.") == {"Lumatec", "Norvax"}


def test_spanish_place_inside_a_clause_is_no_firm():
    found = _names("es", "Lumatec compró la San Sebastián startup Norvax por 40 millones de euros.")
    assert "San Sebastián" not in found and "Sebastián" not in found


def test_firms_named_with_an_opener_keep_their_name():
    assert "Santa Lucía" in _names("es", "Santa Lucía compra Norvax por 40 millones de euros.")
    assert _names("de", "Lumatec übernimmt die Firma Norvax aus Bad Tölz für 40 Millionen Euro.") == {
        "Lumatec", "Norvax"}


def test_a_kind_noun_before_the_opener_names_a_firm():
    assert "San Isidro" in _names("es", "Lumatec compró la almazara San Isidro por 40 millones de euros.")
    assert "Los Robles" in _names("es", "Lumatec compró la almazara Los Robles por 40 millones de euros.")
    assert "San Aurelio" in _names("es", "Aubrac Salud ha completado la adquisición de la clínica San Aurelio.")
