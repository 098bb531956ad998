"""A firm named alone at the start of a sentence and followed by a bracket only a listed firm gets (its share move,
its ticker, a security code) is the subject of the deal verb after the bracket, not a firm named earlier."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def events_of(lang: str, *paragraphs: str) -> list[dict]:
    return extract_events(page(lang, "Nachrichten" if lang == "de" else "News", *paragraphs))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Hélvore a fait ses débuts en Bourse jeudi. Naviron (+4,2 %) a décroché auprès de la société Tolbrec un "
           "contrat de 230 millions d'euros.", {("Naviron", "supplier"), ("Tolbrec", "customer")}),
    ("fr", "Hélvore a fait ses débuts en Bourse jeudi. Mirolle (-1,8\u00a0%) a annoncé le rachat de Tolbrec.",
     {("Mirolle", "acquirer"), ("Tolbrec", "target")}),
    ("en", "Hartvale shares rose 5% on Monday. Brelmoor (-3%) agreed to buy Quillard for $40 million.",
     {("Brelmoor", "acquirer"), ("Quillard", "target")}),
    ("en", "Hartvale shares rose 5% on Monday. Brelmoor (NYSE: BRM) agreed to buy Quillard for $40 million.",
     {("Brelmoor", "acquirer"), ("Quillard", "target")}),
    ("es", "Hartvale subió un 5% el lunes. Almerosa (+2,1%) ha adquirido la empresa Quintara por 40 millones de euros.",
     {("Almerosa", "acquirer"), ("Quintara", "target")}),
    ("es", "Hartvale subió un 5% el lunes. Almerosa (ISIN ES0105022999) ha adquirido la empresa Quintara.",
     {("Almerosa", "acquirer"), ("Quintara", "target")}),
    ("de", "Tessandor (WKN 123456) übernimmt den Maschinenbauer Korvalt für 40 Millionen Euro.",
     {("Tessandor", "acquirer"), ("Korvalt", "target")}),
])
def test_a_name_before_a_listed_firms_bracket_is_the_subject(lang: str, text: str, expected: set):
    assert expected in [parties(e) for e in events_of(lang, text)]


def test_a_bracket_of_plain_words_confirms_no_name():
    assert not any(p["name"] == "Sommer" for e in events_of(
        "de", "Sommer (wie jedes Jahr) übernimmt Tessandor den Maschinenbauer Korvalt.") for p in e["parties"])
