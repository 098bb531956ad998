"""Places spelt as another language's press spells them ("in Shanghai unterzeichnet" where the German list held only
"Schanghai", "signé à Singapore") are places too, never parties (sentences written for these tests)."""

import pytest

from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_false_names import sentence_names


@pytest.mark.parametrize("lang,place", [("de", "shanghai"), ("de", "singapore"), ("es", "shanghai"),
                                        ("fr", "lima"), ("en", "abidjan")])
def test_a_place_spelt_by_the_foreign_press_is_a_place(lang: str, place: str) -> None:
    assert place in lexicon(lang).places


@pytest.mark.parametrize("lang,text,place", [
    ("de", "Lumatec hat Nordwerk einen Auftrag erteilt, der Vertrag wurde am Montag in Shanghai unterzeichnet.",
     "Shanghai"),
    ("es", "Lumatec ha adjudicado a Nordwerk un contrato que se firmó el lunes en Abidjan.", "Abidjan"),
])
def test_the_place_of_signing_is_no_name(lang: str, text: str, place: str) -> None:
    names = sentence_names(lang, text)
    assert "Lumatec" in names and place not in names
