"""German sentence shapes that reversed or lost a deal (issue 3, german19): an object the article "den" fronts before
the verb, its subject after it ("Den Autobauer X beliefert das Unternehmen"); an offer told by its bidder in the
genitive, the page's firm the target ("Ein Übernahmeangebot des Verbunds X war gescheitert"); the subject after the
verb where no other firm goes without a preposition ("Im Januar investierte die Nordbank AG in X", "Seit 2023 hält
die Nordbank AG knapp 30 Prozent an X"); bare names in the perfect ("Lumatec hat Nordwerk übernommen"). Probes that
keep their roles: the subject first, an object after the verb, an offer whose target follows, common nouns in the
perfect. Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

TITLE = "Tallis Robotik eröffnet neues Werk"
INTRO = "Die Tallis Robotik GmbH, ein Hersteller von Roboterarmen aus Ulm, hat am Dienstag ein neues Werk eröffnet."


def _events(sentence: str, kind: str, title: str = TITLE, intro: str = INTRO) -> list[set[tuple[str, str]]]:
    return [parties(e) for e in extract_events(page("de", title, f"{intro} {sentence}")) if e["type"] == kind]


@pytest.mark.parametrize(("sentence", "kind", "expected"), [
    # the object fronted by "den", the subject after the verb
    ("Den Autobauer Brenwick Motoren beliefert das Unternehmen seit 2019 mit Sitzen.", "contract",
     {("Brenwick Motoren", "customer"), ("Tallis Robotik", "supplier")}),
    ("Den Autobauer Brenwick Motoren beliefert die Tallis Robotik seit 2019 mit Greifarmen.", "contract",
     {("Brenwick Motoren", "customer"), ("Tallis Robotik", "supplier")}),
    ("Den Konkurrenten Nordwerk AG übernahm die Lumatec GmbH im Jahr 2020.", "acquisition",
     {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("Den Konkurrenten Nordwerk AG hat die Lumatec GmbH 2020 übernommen.", "acquisition",
     {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("Den Hamburger Logistiker Kronfeld Cargo hat der Konzern im Mai gekauft.", "acquisition",
     {("Tallis Robotik", "acquirer"), ("Kronfeld Cargo", "target")}),
    ("Den Zulieferer Kronfeld Teile beliefert seit 2019 die Brenwick Motoren AG.", "contract",
     {("Brenwick Motoren", "supplier"), ("Kronfeld Teile", "customer")}),
    # must keep their roles: the subject first, or the object after the verb
    ("Die Bahngesellschaft Ostrail beliefert die Kronfeld Werke seit 2020 mit Bremsen.", "contract",
     {("Ostrail", "supplier"), ("Kronfeld Werke", "customer")}),
    ("Die Lumatec GmbH hat den Konkurrenten Nordwerk AG 2020 übernommen.", "acquisition",
     {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("Im März übernahm die Nordbank AG die Brenwick Sensorik GmbH.", "acquisition",
     {("Nordbank", "acquirer"), ("Brenwick Sensorik", "target")}),
    # the subject after the verb, the only firm there with no preposition
    ("Im Januar investierte die Nordbank AG in die Kronfeld Energie GmbH.", "investment",
     {("Nordbank", "investor"), ("Kronfeld Energie", "investee")}),
    ("Im Mai investierte die Nordbank AG 20 Millionen Euro in die Kronfeld Energie GmbH.", "investment",
     {("Nordbank", "investor"), ("Kronfeld Energie", "investee")}),
    ("Seit 2023 hält die Nordbank AG knapp 30 Prozent an der Kronfeld Energie GmbH.", "investment",
     {("Nordbank", "investor"), ("Kronfeld Energie", "investee")}),
    ("Die Nordbank AG hält seit 2023 knapp 30 Prozent an der Kronfeld Energie GmbH.", "investment",
     {("Nordbank", "investor"), ("Kronfeld Energie", "investee")}),
    # an offer told by its bidder in the genitive: the page's firm is the target
    ("Ein Übernahmeangebot des Verbunds Kronfeld Holding war am Widerstand des Gemeinderats gescheitert.",
     "acquisition", {("Kronfeld", "acquirer"), ("Tallis Robotik", "target")}),
    ("Im Jahr 2019 scheiterte ein Übernahmeangebot der Brenwick AG am Widerstand der Familie.", "acquisition",
     {("Brenwick", "acquirer"), ("Tallis Robotik", "target")}),
    ("Die Aktionäre nahmen das Übernahmeangebot der Brenwick AG an.", "acquisition",
     {("Brenwick", "acquirer"), ("Tallis Robotik", "target")}),
    # must keep its roles: the offer's target named
    ("Die Kronfeld Werke lehnten das Übernahmeangebot der Brenwick AG ab.", "acquisition",
     {("Brenwick", "acquirer"), ("Kronfeld Werke", "target")}),
])
def test_roles_of_german_word_order(sentence: str, kind: str, expected: set[tuple[str, str]]) -> None:
    assert expected in _events(sentence, kind)


@pytest.mark.parametrize("sentence", [
    "Im Jahr 2019 scheiterte ein Übernahmeangebot der Brenwick AG am Widerstand der Familie.",
    "Ein Übernahmeangebot des Verbunds Kronfeld Holding war am Widerstand des Gemeinderats gescheitert.",
])
def test_a_failed_offer_is_terminated(sentence: str) -> None:
    (event,) = [e for e in extract_events(page("de", TITLE, f"{INTRO} {sentence}")) if e["type"] == "acquisition"]
    assert event["status"] == "terminated"


LUMATEC = ("Lumatec wächst weiter", "Die Lumatec GmbH aus Ulm baut Sensoren.")


@pytest.mark.parametrize("sentence", [
    "Lumatec hat Nordwerk übernommen.",
    "Lumatec hat Nordwerk im Mai 2023 gekauft.",
    "Lumatec hatte Nordwerk 2019 gekauft.",
    "Im Jahr 2023 hat sie Nordwerk übernommen.",
])
def test_bare_names_in_the_perfect(sentence: str) -> None:
    assert {("Lumatec", "acquirer"), ("Nordwerk", "target")} in _events(sentence, "acquisition", *LUMATEC)


@pytest.mark.parametrize("sentence", [
    "Der Vorstand hat Verantwortung übernommen.",
    "Lumatec hat Strom gekauft.",
    "Das Unternehmen hat die Leitung übernommen.",
])
def test_common_nouns_in_the_perfect_stay_no_deal(sentence: str) -> None:
    assert _events(sentence, "acquisition", *LUMATEC) == []
