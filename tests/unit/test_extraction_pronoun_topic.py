"""Pronouns whose antecedent the paragraph does not name (issue 3, branch pronouns2): a dative pronoun that
receives a contract in a paragraph naming no firm before it is the firm the page is about ("Dans la foulée,
l'industriel a fait savoir que la DGA lui avait confié ..."); a buyer that completes "the purchase" after a
sentence on a unit of another firm bought that unit from it ("the cold-chain business of X has a new owner. Y
completed the purchase": X sells). Pages written for these tests, fictional firms."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def events(lang: str, *paragraphs: str) -> list[tuple[str, set[tuple[str, str]]]]:
    return [(e["type"], parties(e)) for e in extract_events(page(lang, *paragraphs))]


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), [
    ("fr", ("Vextrane rachète Morvan", "Vextrane SA a finalisé lundi le rachat des Ateliers Morvan SAS. Vextrane "
            "emploie 900 personnes. Les salariés de Morvan conservent leur site. La marque sera maintenue.",
            "Dans la foulée, l'industriel a fait savoir que la Direction générale de "
            "l'armement lui avait confié la fourniture de 1 200 kits de blindage."),
     {("Direction générale de l'armement", "customer"), ("Vextrane", "supplier")}),
    ("es", ("Lumatec compra Verdane", "Lumatec S.A. cerró el lunes la compra de la firma Verdane. Lumatec emplea "
            "a 900 personas. La plantilla de Verdane conserva su fábrica. La marca se mantendrá.",
            "Además, el Ministerio de Defensa le adjudicó un contrato de 95 millones de euros "
            "para 1.200 kits de blindaje."),
     {("Ministerio de Defensa", "customer"), ("Lumatec", "supplier")}),
])
def test_recipient_pronoun_opening_a_paragraph_is_the_page_firm(lang, paragraphs, expected):
    assert ("contract", expected) in events(lang, *paragraphs)


@pytest.mark.parametrize(("lang", "text", "seller", "buyer"), [
    ("en", "Further south, the cold-chain business of Brandel Logistics Inc. has a new owner. Korvex Corp. "
     "completed the purchase on Thursday.", "Brandel Logistics", "Korvex"),
    ("fr", "Plus au sud, la division froid de Brandel Logistique SA change de mains. Korvex SA a finalisé "
     "l'acquisition jeudi.", "Brandel Logistique", "Korvex"),
    ("es", "Más al sur, la división de frío de Brandel Logística S.A. cambia de manos. Korvex S.A. cerró la compra "
     "el jueves.", "Brandel Logística", "Korvex"),
])
def test_unit_owner_of_the_sentence_before_sells(lang, text, seller, buyer):
    assert ("acquisition", {(seller, "seller"), (buyer, "acquirer")}) in events(lang, "News", text)


def test_firm_of_the_sentence_before_is_still_the_target():
    """Probe that keeps its result: a firm, not its unit, that has a new owner is the one bought."""
    found = events("en", "News", "Further south, Brandel Logistics Inc. has a new owner. Korvex Corp. completed "
                                 "the purchase on Thursday.")
    assert ("acquisition", {("Brandel Logistics", "target"), ("Korvex", "acquirer")}) in found


def test_name_keeps_the_typographic_apostrophe_of_the_page():
    """The page reads "’" straight; the record names the party as the page writes it (a scorer that drops the
    apostrophe would read "l'armement" and "l’armement" as two names)."""
    found = extract_events(page("fr", "Nouvelles", "La Direction générale de l’armement a attribué à Vextrane SA "
                                                   "un marché de 95 millions d'euros."))
    assert {p["name"] for e in found for p in e["parties"]} >= {"Direction générale de l’armement"}
