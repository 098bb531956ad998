"""A lone surname right before a speech verb ("Raikes said") is the person the page named in full, never a party;
a firm that reports, or a firm named like a person on the page but not speaking, stays a firm."""

import pytest

from streams.extraction import organisations
from streams.extraction.lexicon import lexicon


def names(language: str, sentences: list[str]) -> list[str]:
    """The firm names of the last sentence, the persons read over every sentence as a page does."""
    lex = lexicon(language)
    analyses, offset = [], 0
    for sentence in sentences:
        analyses.append(organisations.analyse(sentence, offset, lex, None))
        offset += len(sentence) + 1
    person_words: set[str] = set()
    for a in analyses:
        organisations.persons(a, lex, person_words)
    return [m.name for m in organisations.mentions(analyses[-1], lex, person_words) if m.name]


@pytest.mark.parametrize(
    ("language", "sentences", "person", "firm"),
    [
        ("en", ["Brisewell bought Tarnholm, chief executive Mara Quist said.",
                "Quist said the deal with Tarnholm closes in May."], "Quist", "Tarnholm"),
        ("en", ["Tarnholm was bought by Brisewell, whose founder Ivo Drent stays on.",
                "Growth will come from Tarnholm's clients, Drent told investors."], "Drent", "Tarnholm"),
        ("de", ["Brisewell übernimmt Tarnholm, wie Vorstandschef Jonas Pohl mitteilte.",
                "Der Kauf von Tarnholm sei ein Meilenstein, Pohl sagte das am Montag."], "Pohl", "Tarnholm"),
        ("fr", ["Brisewell rachète Tarnholm, a annoncé son PDG, Luc Marrand.",
                "Avec Tarnholm, Marrand estime que le groupe double de taille."], "Marrand", "Tarnholm"),
        ("es", ["Brisewell compra Tarnholm, según su consejera delegada, Irene Vidal.",
                "Con Tarnholm, Vidal afirmó que el grupo duplica su tamaño."], "Vidal", "Tarnholm"),
    ],
)
def test_a_reported_surname_of_a_named_person_is_no_firm(
        language: str, sentences: list[str], person: str, firm: str) -> None:
    found = names(language, sentences)
    assert person not in found
    assert firm in found


@pytest.mark.parametrize(
    ("language", "sentences", "firm"),
    [
        # a firm that reports, no person of that name on the page
        ("en", ["Brisewell bought Tarnholm, chief executive Mara Quist said.",
                "Tarnholm said the deal closes in May."], "Tarnholm"),
        ("de", ["Brisewell übernimmt Tarnholm, wie Vorstandschef Jonas Pohl mitteilte.",
                "Tarnholm sagte, der Kauf schließe im Mai."], "Tarnholm"),
        # a firm named after its founder's family, not speaking
        ("es", ["El presidente de Puig, Marc Puig, dijo que la compra de Tarnholm avanza.",
                "Puig compra Tarnholm por 300 millones."], "Puig"),
        ("fr", ["Le président, Luc Marrand, a présenté les comptes.",
                "Marrand Industries rachète Tarnholm."], "Marrand Industries"),
    ],
)
def test_a_firm_stays_a_firm(language: str, sentences: list[str], firm: str) -> None:
    assert firm in names(language, sentences)
