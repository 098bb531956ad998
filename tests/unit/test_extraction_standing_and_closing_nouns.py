"""A standing tie concluded in an earlier year that the sentence says goes on, or carried on after an adverb
("poursuit par ailleurs son partenariat"), is ongoing; a closing told by a noun after an article with a forecast
later in its clause ("La finalisation du rachat est attendue d'ici l'été") is still to come. Sentences and names
written for these tests."""

import pytest

from streams.extraction import extract_events
from streams.extraction.lexicon import lexicon
from streams.extraction.status import assess
from tests.unit.test_extraction_roles import page


def _events(lang: str, title: str, *paragraphs: str, kind: str, published: str = "2026-03-12") -> list[tuple]:
    return [(e["status"], e["date"], {(p["name"], p["role"]) for p in e["parties"]})
            for e in extract_events(page(lang, title, *paragraphs, published=published)) if e["type"] == kind]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Velmar poursuit par ailleurs son partenariat avec le groupe Corbel Aviation pour la maintenance des "
           "moteurs."),
    ("fr", "Velmar entend poursuivre le partenariat stratégique conclu en 2024 avec Corbel Aviation."),
    ("es", "Velmar continúa además su alianza con Corbel Aviación para el mantenimiento de motores."),
])
def test_a_tie_carried_on_is_standing(lang, sentence):
    title = "Velmar cède sa division" if lang == "fr" else "Velmar vende su división"
    found = _events(lang, title, sentence, kind="partnership")
    assert found and all(status == "ongoing" for status, _, _ in found)


@pytest.mark.parametrize(("lang", "window"), [
    ("en", "Velmar's partnership with Corbel, concluded in 2023, continues unchanged."),
    ("fr", "Velmar va poursuivre le partenariat conclu en 2023 avec Corbel."),
])
def test_a_tie_concluded_before_that_goes_on(lang, window):
    assert assess(window, "partnership", "2023", "2026-03-12", lexicon(lang))[0] == "ongoing"


@pytest.mark.parametrize(("lang", "window", "expected"), [
    ("fr", "La finalisation du rachat de Corbel est attendue d'ici l'été.", "announced"),
    ("es", "El cierre de la compra de Corbel está previsto para el primer trimestre.", "announced"),
    ("es", "La culminación de la operación se espera para el verano.", "announced"),
    # a closing told as done, or a forecast in another clause, is a closing
    ("fr", "Velmar a annoncé mardi la finalisation du rachat de Corbel.", "completed"),
    ("es", "Velmar anunció ayer el cierre de la compra de Corbel, que prevé integrar en verano.", "completed"),
])
def test_a_closing_noun_with_a_forecast_is_to_come(lang, window, expected):
    assert assess(window, "acquisition", None, "2026-03-12", lexicon(lang))[0] == expected
