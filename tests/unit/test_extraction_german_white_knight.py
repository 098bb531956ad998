"""A German white knight in talks ("Demnach spricht X mit dem Finanzinvestor Y über ein mögliches Gegenangebot"):
the firm the page is about would be bought by the firm it talks with, a rumour; an adjective may stand between the
article and the deal noun; sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def test_talks_with_a_fund_about_a_possible_counter_offer_are_a_rumoured_purchase_of_the_page_firm():
    found = extract_events(page(
        "de", "Vorstand von Falkner Pumpen lehnt Angebot ab",
        "Der Vorstand der Falkner Pumpen AG hat das feindliche Übernahmeangebot der Grauholz Industrie AG abgelehnt. "
        "Die Offerte bewertet Falkner mit 800 Mio. Euro.",
        "Insidern zufolge sucht der Pumpenhersteller nach Alternativen. Demnach spricht Falkner mit dem Hamburger "
        "Finanzinvestor Nordkap Equity über ein mögliches Gegenangebot."))
    assert ("acquisition", "rumored", {("Nordkap Equity", "acquirer"), ("Falkner Pumpen", "target")}) in [
        (e["type"], e["status"], parties(e)) for e in found]


def test_another_deal_that_failed_is_no_purchase_of_the_page_firm():
    found = extract_events(page(
        "de", "Brandhorst Software kauft Zellwerk",
        "Die Brandhorst Software AG übernimmt das Start-up Zellwerk für 90 Mio. Euro, wie der Konzern am Montag "
        "mitteilte. Im Sommer war ein anderer Zukauf noch geplatzt."))
    assert [(e["type"], e["status"], parties(e)) for e in found] == [
        ("acquisition", "announced", {("Brandhorst Software", "acquirer"), ("Zellwerk", "target")})]
