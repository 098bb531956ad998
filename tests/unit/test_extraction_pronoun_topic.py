"""Parties left to the discourse (issue 3, branch pronouns2): a buyer that completes "the purchase" after a
sentence on a unit of another firm bought that unit from it ("the cold-chain business of X has a new owner. Y
completed the purchase": X sells); a German award given to a dative pronoun ("hat ihr den Zuschlag erteilt") goes
to the firm spoken of; names keep the page's typographic apostrophe. Pages written for these tests, fictional
firms."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def events(lang: str, *paragraphs: str) -> list[tuple[str, set[tuple[str, str]]]]:
    return [(e["type"], parties(e)) for e in extract_events(page(lang, *paragraphs))]


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


@pytest.mark.parametrize("text", [
    "Die Nordwerk GmbH wächst kräftig. Die Deutsche Bahn hat ihr den Zuschlag für die Wartung von 40 Zügen erteilt.",
    "Die Nordwerk GmbH wächst kräftig. Die Deutsche Bahn erteilte ihr den Zuschlag für die Wartung von 40 Zügen.",
    "Der Zughersteller Nordwerk wächst kräftig. Die Deutsche Bahn hat ihm den Zuschlag für die Wartung von 40 Zügen "
    "erteilt.",
])
def test_german_award_given_to_a_dative_pronoun(text):
    assert ("contract", {("Deutsche Bahn", "customer"), ("Nordwerk", "supplier")}) in events(
        "de", "Nachrichten", text)
