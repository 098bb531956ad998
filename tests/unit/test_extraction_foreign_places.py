"""Places spelt as another language's press spells them ("in Shanghai unterzeichnet" where the German list holds
"Schanghai") are places in every language, never parties; a foreign place that is a frequent word here stays a word
(sentences written for these tests)."""

import pytest

from streams.extraction.lexicon import lexicon
from tests.unit.test_extraction_false_names import sentence_names


@pytest.mark.parametrize("lang,place", [("de", "shanghai"), ("de", "singapore"), ("es", "abidjan"),
                                        ("fr", "lima"), ("en", "schanghai")])
def test_a_place_of_another_language_is_a_place(lang: str, place: str) -> None:
    assert place in lexicon(lang).places


def test_a_foreign_place_that_is_a_word_here_is_no_place() -> None:
    assert "landes" not in lexicon("de").places


@pytest.mark.parametrize("lang,text", [
    ("de", "Lumatec hat Nordwerk einen Auftrag erteilt, der Vertrag wurde am Montag in Shanghai unterzeichnet."),
    ("es", "Lumatec ha adjudicado a Nordwerk un contrato que se firmó el lunes en Abidjan."),
])
def test_the_place_of_signing_is_no_name(lang: str, text: str) -> None:
    names = sentence_names(lang, text)
    assert "Lumatec" in names and not any(n in ("Shanghai", "Abidjan") for n in names)
