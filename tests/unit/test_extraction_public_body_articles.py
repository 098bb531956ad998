"""A public body's name keeps the article after its connector ("Department of the Treasury", "Comisión Nacional de
los Mercados y la Competencia"); two bodies joined by "and the" stay two, and a firm's name takes no article."""

import pytest

from streams.extraction import organisations
from streams.extraction.lexicon import lexicon


def names(language: str, sentence: str) -> list[str]:
    lex = lexicon(language)
    found = organisations.mentions(organisations.analyse(sentence, 0, lex, None), lex, set())
    return [m.name for m in found if m.name]


@pytest.mark.parametrize(
    ("language", "sentence", "body"),
    [
        ("en", "The Department of the Treasury cleared the purchase of Tarnholm by Brisewell.",
         "Department of the Treasury"),
        ("en", "Brisewell won an order for six patrol boats from the Ministry of the Interior.",
         "Ministry of the Interior"),
        ("es", "La Comisión Nacional de los Mercados y la Competencia autorizó la compra de Tarnholm por Brisewell.",
         "Comisión Nacional de los Mercados y la Competencia"),
        ("es", "Brisewell firmó un contrato con el Ministerio de la Presidencia.", "Ministerio de la Presidencia"),
        ("fr", "La Commission des Affaires de la Défense a auditionné Brisewell sur le rachat de Tarnholm.",
         "Commission des Affaires de la Défense"),
        ("fr", "L'Agence de la Transition Écologique a retenu Brisewell.", "Agence de la Transition Écologique"),
        ("de", "Das Ministerium für die Bundeswehr bestellt bei Brisewell.", "Ministerium für die Bundeswehr"),
        ("de", "Die Behörde für die Sicherheit der Kerntechnik hat Brisewell beauftragt.",
         "Behörde für die Sicherheit der Kerntechnik"),
    ],
)
def test_a_public_body_keeps_its_articles(language: str, sentence: str, body: str) -> None:
    found = names(language, sentence)
    assert body in found
    assert "Brisewell" in found


@pytest.mark.parametrize(
    ("language", "sentence", "glued"),
    [
        ("en", "The Competition Commission and the Treasury cleared the sale of Tarnholm to Brisewell.", " and the "),
        ("es", "El Ministerio de Hacienda y la Generalitat apoyan la compra de Tarnholm por Brisewell.", " y la "),
        ("fr", "La Commission Européenne et la Banque de France examinent le rachat de Tarnholm.", " et la "),
        ("en", "Brisewell, named Bank of the Year, bought Tarnholm.", "of the"),
        ("de", "Die Kommission und die Bundesnetzagentur prüfen den Kauf von Tarnholm durch Brisewell.", " und die "),
    ],
)
def test_no_article_glues_two_names(language: str, sentence: str, glued: str) -> None:
    assert not any(glued in n for n in names(language, sentence))
