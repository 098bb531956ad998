"""Words read as firms that name none (names2): the first word of a person's title of two words ("Vice Chancellor
Ana Ruiz"), a place adjective between an article and a title ("der Thuner CEO"), a region noun after a place
adjective ("Berner Oberland"), the first word of a section heading that closes on a span of years, anonymous
sources ("Insidern zufolge") and an outlet with the circles it learned the news from before its verb ("Wie der X
aus Finanzkreisen erfuhr"). Sentences and names written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _names(lang: str, *paragraphs: str) -> set[str]:
    events = extract_events(page(lang, *paragraphs, published="2025-06-05"))
    return {name for e in events for name, _ in parties(e)}


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "Vice Chancellor Laura Brenning ruled that Tamsin Robotics breached its merger agreement with Olvar "
           "Systems.", "Vice"),
    ("de", "Vorsitzende Richterin Laura Brenning befand, die Tamsin Robotik AG habe den Fusionsvertrag mit der "
           "Olvar Systeme AG gebrochen.", "Vorsitzende"),
])
def test_the_first_word_of_a_title_is_no_firm(lang: str, text: str, person: str) -> None:
    names = _names(lang, "Court ruling", text)
    assert not any(person in n or "Brenning" in n for n in names)


def test_a_town_adjective_before_a_title_and_a_region_are_no_firms() -> None:
    names = _names("de", "Zusammenarbeit in der Region",
                   "Der Wendlinger CEO Marc Ostler lobte die Partnerschaft, da die beiden Unternehmen seit 2021 "
                   "beim Betrieb der Leitstelle Berner Oberland zusammenarbeiten.")
    assert not names & {"Wendlinger", "Berner Oberland"}


def test_the_first_word_of_a_period_heading_is_no_issuer() -> None:
    events = extract_events(page("en", "Harlow Pickles", "Harlow Pickles was founded in 1952 in Leeds.",
                                 "Growth and listing (1995–2010)",
                                 "In 1995 the family sold a stake to local investors.", published="2025-06-05"))
    assert not any(name == "Growth" for e in events for name, _ in parties(e))


def test_anonymous_sources_are_no_issuer() -> None:
    names = _names("de", "Funktechnik aus Ulm",
                   "Die Velmar Funktechnik GmbH baut Funkgeräte für Behörden.",
                   "Nun erwägt das Unternehmen Insidern zufolge einen Börsengang in Frankfurt im kommenden Jahr.")
    assert "Insidern" not in names


def test_an_outlet_with_its_circles_before_the_verb_reports() -> None:
    names = _names("de", "Landesbank prüft Verkauf",
                   "Wie der WIRTSCHAFTSBOTE aus Finanzkreisen erfuhr, verhandelt die Norder Landesbank exklusiv mit "
                   "dem Finanzinvestor Kessing Capital über einen Verkauf.")
    assert "WIRTSCHAFTSBOTE" not in names


@pytest.mark.parametrize(("lang", "text", "outlet"), [
    ("en", "Harbour Ledger has learned from people familiar with the matter that Tamsin Robotics is in talks to "
           "buy Olvar Systems.", "Harbour Ledger"),
    ("fr", "La Lettre Brune a appris de sources proches du dossier que Tamsin Robotique négocie le rachat "
           "d'Olvar Systèmes.", "Lettre Brune"),
    ("es", "Diario Brenca ha sabido por fuentes cercanas que Tamsin Robótica negocia la compra de Olvar "
           "Sistemas.", "Diario Brenca"),
])
def test_an_outlet_that_learned_from_sources_reports(lang: str, text: str, outlet: str) -> None:
    assert not any(outlet in n for n in _names(lang, "Talks", text))
