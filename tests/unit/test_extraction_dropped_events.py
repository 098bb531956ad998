"""Deals whose cue and parties a sentence names but which were dropped: a French quote run into the sentence before
it (sentences written for these tests)."""

import pytest

from streams.extraction.lexicon import lexicon
from streams.extraction.sentences import split
from tests.unit.test_extraction_roles import parties_by_event


@pytest.mark.parametrize("text", [
    "Norvatek a été racheté par Brixel. « À l'époque, on pensait qu'ils avaient vendu trop tôt », dit un investisseur.",
    "Norvatek a été racheté par Brixel.\u00a0«\u00a0C'était bien joué\u00a0», glisse un fondateur.",
])
def test_a_french_quote_after_a_stop_opens_a_sentence(text):
    assert len(split(text, [], lexicon("fr"))) == 2


def test_a_quote_inside_a_sentence_ends_none():
    assert len(split("Le fondateur parle d'une « sortie réussie » pour Norvatek.", [], lexicon("fr"))) == 1


def test_a_sale_told_before_a_quote_keeps_both_sides():
    text = ("Norvatek Santé, concurrent de Lumasoft, a été racheté en 2022 par le groupe allemand Brixel. « Ils ont "
            "vendu trop tôt », glisse un investisseur.")
    assert parties_by_event("fr", text, "acquisition") == [{("Brixel", "acquirer"), ("Norvatek Santé", "target")}]

