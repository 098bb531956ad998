"""A description told by a firm's seat far from where the page tied the firm to it ("das Grazer Softwarehaus X" in
the lead, "Der Grazer Softwareanbieter" paragraphs later): with no firm of that seat in the sentences just before, it
stands for the one firm the page tied to that seat further back. Sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

LEAD = ("Die Landesbahn Nordtal hat den Auftrag für ein neues Leitsystem an das Linzer Softwarehaus Quentrix "
        "vergeben.")
MIDDLE = ("Der Zuschlag sei am Dienstag erteilt worden. Das Auftragsvolumen beträgt 12 Mio. Euro. Das System soll ab "
          "2027 eingeführt werden. Unterlegen ist der Anbieter Morvana Systems, der das alte System betreibt. Morvana "
          "prüft eine Beschwerde. Bis zur Umstellung bleibt der Altvertrag aufrecht.")


def test_a_seat_told_far_back_names_the_firm() -> None:
    events = extract_events(page("de", "Auftrag nach Linz", LEAD, MIDDLE, "Der Linzer Softwareanbieter gehört seit "
                                 "2021 zum Konzern Heldrin, der das Unternehmen damals übernommen hatte.",
                                 published="2026-01-22"))
    assert {("Quentrix", "target"), ("Heldrin", "acquirer")} in [parties(e) for e in events]


def test_two_firms_of_that_seat_far_back_name_none() -> None:
    lead = LEAD.replace("vergeben.", "vergeben, der Linzer Wettbewerber Sorvik ging leer aus.")
    events = extract_events(page("de", "Auftrag nach Linz", lead, MIDDLE, "Der Linzer Softwareanbieter gehört seit "
                                 "2021 zum Konzern Heldrin, der das Unternehmen damals übernommen hatte.",
                                 published="2026-01-22"))
    assert not any(("Quentrix", "target") in parties(e) for e in events)
