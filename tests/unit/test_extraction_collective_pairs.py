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


STANDING = [
    ("fr", "Lumatec et Biolis vont fusionner. Ils travaillent ensemble depuis 2021 sur le stockage du CO2."),
    ("en", "Lumatec and Biolis agreed to merge. The two companies have had a partnership on carbon storage "
     "since 2021."),
    ("es", "Lumatec y Biolis acordaron fusionarse. Ambas colaboran desde 2021 en el almacenamiento de CO2."),
    ("de", "Lumatec und Biolis wollen fusionieren. Beide Unternehmen kooperieren bereits seit 2021 bei der "
     "Speicherung von CO2."),
]


def test_standing_cooperation_of_the_merging_pair_is_its_own_deal():
    """The pair's cooperation since a past year is an ongoing partnership beside the merger; a chemical formula
    ("CO2", a `common_nouns` word) is no third partner."""
    for lang, text in STANDING:
        events = extract_events(page(lang, "Nachrichten" if lang == "de" else "News", text))
        assert [(e["type"], e["status"], e["date"]) for e in events if e["type"] == "partnership"] == [
            ("partnership", "ongoing", "2021")], text
        assert all(parties(e) == {("Lumatec", "partner"), ("Biolis", "partner")}
                   for e in events if e["type"] == "partnership"), text


def test_tie_up_told_again_as_a_partnership_stays_one_deal():
    text = "Lumatec and Biolis agreed to merge. The two companies said the partnership would create a leader."
    assert [e["type"] for e in extract_events(page("en", "News", text))] == ["merger"]
