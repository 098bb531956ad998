"""F2: strings that are no firm never become a party: a town's dateline closed by a full stop and a dash, the
paper the news is credited to ("Nach Informationen des X"), a trial stage ("Phase 3"), a kind of care home
("EHPAD"), a unit told by what it makes ("die Sparte Pumpen": SPEC sells it as its owner's unit, no target)."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def parties_of(lang: str, *paragraphs: str) -> list[set[tuple[str, str]]]:
    return [{(p["name"], p["role"]) for p in e["parties"]} for e in extract_events(page(lang, *paragraphs))]


@pytest.mark.parametrize("town", ["Ciudad de Panamá.– ", "Bogotá.- "])
def test_town_dateline_is_no_investee(town):
    found = parties_of("es", "Pagazul cierra una ronda", town + "Pagazul, la plataforma de pagos, cerró una ronda de "
                       "5 millones de dólares liderada por Kaszek.")
    assert found == [{("Pagazul", "investee"), ("Kaszek", "investor")}]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lindach/Weilbronn – Das Bundesamt für Wehrbeschaffung hat bei der Halberg Wehrtechnik GmbH 80 "
     "Transportfahrzeuge bestellt."),
    ("fr", "Rivaz/Montclair – La Direction générale de l'armement a commandé 80 camions à la société Halberg Défense."),
])
def test_towns_joined_by_a_slash_before_a_dash_are_a_dateline(lang, text):
    """german: a dateline in ordinary case that names each side's town ("Koblenz/Kassel – ")."""
    found = parties_of(lang, "Nachrichten" if lang == "de" else "Actualités", text)
    towns = {"Lindach", "Weilbronn", "Rivaz", "Montclair"}
    assert found and not any(name in towns for f in found for name, _ in f), found


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Nach Informationen des Nordischen Handelsblatts verhandelt die Marstrand AG über den Verkauf der "
     "Frachttochter an den Rivalen Quernholm."),
    ("fr", "Selon les informations du Courrier Alpin, le groupe Marstrand négocie la vente de sa filiale de fret au "
     "groupe Quernholm."),
])
def test_paper_credited_is_no_party(lang, text):
    found = parties_of(lang, "Marstrand", text)
    assert found
    assert all(name.startswith(("Marstrand", "Quernholm")) for event in found for name, _ in event)


def test_trial_stage_is_no_investor():
    assert parties_of("en", "Novabio raises $40m", "Novabio raised $40m from Orbit Ventures to finance trials up to "
                      "Phase 3 data.") == [{("Novabio", "investee"), ("Orbit Ventures", "investor")}]


def test_care_homes_are_no_target():
    assert parties_of("fr", "Orvita cède des maisons de retraite",
                      "Le groupe Orvita cède onze de ses EHPAD au groupe Korian.") == [
        {("Orvita", "seller"), ("Korian", "acquirer")}]


@pytest.mark.parametrize("unit", ["die Sparte Pumpen", "den Geschäftsbereich Kühlung", "ihre Division Hydraulik"])
def test_unit_named_by_what_it_makes_is_no_target(unit):
    assert parties_of("de", "Ostwerk verkauft Sparte", f"Die Ostwerk AG verkauft {unit} an die Pallmann Gruppe.") == [
        {("Ostwerk", "seller"), ("Pallmann", "acquirer")}]


def test_named_unit_stays_the_target():
    (found,) = parties_of("de", "Ostwerk verkauft Sparte", "Die Ostwerk AG verkauft ihre Sparte Velora an die "
                          "Pallmann Gruppe.")
    assert any(name.endswith("Velora") and role == "target" for name, role in found)
