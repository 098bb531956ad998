"""A deal ended by a regulator is dated by the day a later sentence gives its act (`ruling_nouns`: "adoptó la
decisión este martes", "published its ruling on Monday"), in any paragraph, not by the publication; a day the act was
reported on is the report's. Sentences and names written for these tests (published Wednesday 2026-03-18)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page

PUBLISHED = "2026-03-18"  # a Wednesday

BLOCKED = [
    ("en", "Regulator blocks Velmar's purchase of Corbel",
     "The competition authority has blocked the purchase of Corbel Foods by Velmar Group. It is the first such ban "
     "in the food sector for five years.",
     "The regulator published its ruling on Monday after a six-month review."),
    ("de", "Kartellamt untersagt Übernahme von Corbel",
     "Das Bundeskartellamt hat die Übernahme der Corbel Lebensmittel AG durch die Velmar Gruppe untersagt. Es ist "
     "das erste solche Verbot in der Branche seit fünf Jahren.",
     "Die Behörde begründete ihre Entscheidung am Montag mit der Marktmacht im Süden."),
    ("fr", "L'Autorité bloque le rachat de Corbel",
     "L'Autorité de la concurrence a interdit le rachat de Corbel Alimentaire par le groupe Velmar. C'est une "
     "première dans le secteur depuis cinq ans.",
     "L'institution a rendu sa décision lundi, après six mois d'examen."),
    ("es", "La CNMC veta la compra de Corbel",
     "La Comisión Nacional de los Mercados y la Competencia ha prohibido la compra de Corbel Alimentación por el "
     "grupo Velmar. Es la primera vez en cinco años que el regulador frena una concentración en el sector.",
     "El consejo del regulador adoptó la decisión el lunes, según ha informado este miércoles el organismo."),
]


@pytest.mark.parametrize(("lang", "title", "lead", "ruling"), BLOCKED)
def test_an_end_is_dated_by_its_ruling(lang, title, lead, ruling):
    ended = [e for e in extract_events(page(lang, title, lead, ruling, published=PUBLISHED))
             if e["status"] == "terminated"]
    assert ended and all(e["date"] == "2026-03-16" for e in ended)


def test_a_ruling_dates_no_deal_that_goes_on():
    text = ("Velmar Group agreed on Tuesday to buy Corbel Foods for 300 million pounds.",
            "The board's decision came on Monday after a long review.")
    agreed = [e for e in extract_events(page("en", "Velmar to buy Corbel", *text, published=PUBLISHED))
              if e["type"] == "acquisition"]
    assert agreed and all(e["date"] == "2026-03-17" for e in agreed)
