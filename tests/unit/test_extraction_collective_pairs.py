"""A pair anaphor ("beide Institute", "both banks", "les deux banques", "las dos entidades") after a sentence
that tells the past of one firm of a pair (the two firms it was formed from, named together after it) stands for the
two firms that opened an earlier sentence together, the deal's pair, not for the past ones (`page._coordinated_pair`).
Pages written for these tests, one a language, and one where the nearer pair opens its sentence and keeps it."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _partnerships(lang: str, *paragraphs: str) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page(lang, *paragraphs)) if e["type"] == "partnership"]


CASES = [
    ("de", "Die Volksbank Arvel und die Raiffeisenbank Sorin wollen fusionieren. Die Volksbank Arvel war 2019 aus "
     "der Fusion der Volksbank Tolmer und der Volksbank Virand hervorgegangen. Schon seit 2020 kooperieren beide "
     "Institute bei Unternehmenskrediten mit der Förderbank Kelby.",
     {("Volksbank Arvel", "partner"), ("Raiffeisenbank Sorin", "partner"), ("Förderbank Kelby", "partner")}),
    ("en", "Harlow Bank and Penmore Bank agreed to merge. Harlow Bank was formed in 2019 from the merger of Tessop "
     "Savings and Quarry Bank. Since 2020 both banks have worked together with Kelby Capital on a lending partnership.",
     {("Harlow Bank", "partner"), ("Penmore Bank", "partner"), ("Kelby Capital", "partner")}),
    ("fr", "La Banque Arvel et la Banque Sorin vont fusionner. La Banque Arvel est née en 2019 de la fusion de la "
     "Caisse Tolmer et de la Caisse Virand. Depuis 2020, les deux banques ont noué un partenariat avec le fonds "
     "Kelby Capital.",
     {("Banque Arvel", "partner"), ("Banque Sorin", "partner"), ("Kelby Capital", "partner")}),
    ("es", "Caja Arvel y Caja Sorin negocian su fusión. Caja Arvel nació en 2019 de la fusión de Caja Tolmer y Caja "
     "Virand. Desde 2020 las dos entidades mantienen una alianza con el fondo Kelby Capital.",
     {("Caja Arvel", "partner"), ("Caja Sorin", "partner"), ("Kelby Capital", "partner")}),
]


def test_pair_anaphor_stands_for_the_pair_that_opened_a_sentence():
    for lang, text, expected in CASES:
        assert _partnerships(lang, "Nachrichten" if lang == "de" else "News", text) == [expected], text


def test_nearer_pair_that_opens_its_sentence_keeps_the_anaphor():
    text = ("Harlow Bank and Penmore Bank agreed to merge. Tessop Savings and Quarry Bank called off their own merger "
            "in 2024. Since 2020 both banks have worked together with Kelby Capital on a lending partnership.")
    assert _partnerships("en", "News", text) == [
        {("Tessop Savings", "partner"), ("Quarry Bank", "partner"), ("Kelby Capital", "partner")}]
