"""A German entry noun whose genitive names the investor ("Ein Einstieg des Londoner Fonds Y war gescheitert"): Y
would have invested in the firm the page's stake is taken in, it is never the firm entered; sentences written for
these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _events(*paragraphs):
    return [(e["type"], e["status"], parties(e)) for e in extract_events(page("de", *paragraphs))]


def test_a_failed_entry_of_a_fund_was_an_entry_in_the_firm_of_the_page():
    found = _events(
        "Mühlbach Holding steigt bei Eintracht Talheim ein",
        "Die Mühlbach Holding GmbH übernimmt 20 Prozent an der Eintracht Talheim Fußball GmbH, wie der Verein am "
        "Montag mitteilte. Vor zwei Jahren war ein Einstieg des Pariser Fonds Cormoran Sports am Widerstand der "
        "Mitglieder gescheitert.")
    assert ("investment", "terminated", {("Cormoran Sports", "investor"), ("Eintracht Talheim Fußball", "investee")}) \
        in found
    assert all(("Cormoran Sports", "investee") not in p for _, _, p in found)


def test_the_entry_of_an_investor_rejected_by_a_named_firm():
    found = _events(
        "Werftgruppe lehnt Investor ab",
        "Die Werftgruppe Kielhafen AG hat im März den Einstieg des Finanzinvestors Borealis Partners abgelehnt.")
    assert [p for t, _, p in found if t == "investment"] == [
        {("Borealis Partners", "investor"), ("Kielhafen", "investee")}]


def test_an_entry_that_names_the_firm_it_enters_keeps_its_roles():
    found = _events(
        "Fonds steigt bei Softwarefirma ein",
        "Der Einstieg des Finanzinvestors Lindholm Capital bei der Münchner Datavia GmbH ist abgeschlossen, "
        "teilte Datavia am Dienstag mit.")
    assert [p for t, _, p in found if t == "investment"] == [
        {("Lindholm Capital", "investor"), ("Datavia", "investee")}]
