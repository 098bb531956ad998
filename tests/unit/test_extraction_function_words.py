"""A pronoun, a distributive or a sentence adverb that opens a sentence is capitalised there only as the first
word ("He bought ...", "Chacun reprend ...", "Zugleich trennt sich ..."): it names no firm, so a description that
follows ("the company", "la nouvelle société", "der Konzern") stands for the firm named before it. Mini-articles
written for these tests."""

import pytest

from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page

ARTICLES = [
    ('en', 'He', [
        'Tarnley Freight buys Ossett Haulage',
        'Tarnley Freight has agreed to buy Ossett Haulage for $300 million. Its founder, Tom Ashby, led the talks. '
        'He sold two depots last year. The company will pay in cash.'],
     'The company', 'Tarnley Freight'),
    ('fr', 'Chacun', [
        'Valbrise et Norcâble créent une coentreprise',
        "Valbrise et Norcâble ont signé un accord de coentreprise. Chacun reprend une usine de l'autre. "
        "Chaque partenaire détiendra la moitié du capital. Valbrise précise que la nouvelle société aura son siège "
        "à Lyon."],
     'la nouvelle société', 'Valbrise'),
    ('de', 'Zugleich', [
        'Hartenfels übernimmt Lorbach',
        'Der Maschinenbauer Hartenfels übernimmt den Zulieferer Lorbach für 80 Millionen Euro. Zugleich trennt sich '
        'der Konzern von seiner Gießerei.'],
     'der Konzern', 'Hartenfels'),
    ('es', 'Él', [
        'Alimentos Tarvia compra Lácteos Ulla',
        'Alimentos Tarvia ha comprado Lácteos Ulla por 90 millones de euros. Su fundador, Andrés Pomar, dirigió la '
        'negociación. Él vendió dos plantas el año pasado. La compañía pagará en efectivo.'],
     'La compañía', 'Alimentos Tarvia'),
]


@pytest.mark.parametrize(("lang", "word", "paragraphs", "description", "firm"), ARTICLES)
def test_a_sentence_opening_function_word_names_no_firm(lang: str, word: str, paragraphs: list[str],
                                                        description: str, firm: str):
    p = read_page(page(lang, *paragraphs))
    mentions = [m for ms in p.mentions for m in ms]
    assert word not in {m.name for m in mentions}
    (anaphor,) = [m for m in mentions if m.anaphor and p.text[m.start:m.end] == description]
    assert anaphor.name == firm
