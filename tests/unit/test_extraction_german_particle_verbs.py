"""A German separable verb that looks like a speech verb ("Den Börsengang sagte X im April ab"): the name after it is
the subject that calls the deal off, no speaker; and an attribute of the next deal noun ("übernimmt die Kette nach
einem abgesagten Börsengang") tells that deal's status, not the cue's before it; sentences written for these
tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _events(*paragraphs):
    return [(e["type"], e["status"], parties(e)) for e in extract_events(page("de", *paragraphs))]


def test_a_listing_called_off_by_its_firm_after_a_speech_like_verb():
    found = _events(
        "Fonds verkauft Bäckereikette Kornfeld",
        "Der Finanzinvestor Mainau Partners verkauft die Bäckereikette Kornfeld GmbH an die Brotwerk Holding. "
        "Den geplanten Börsengang in Frankfurt sagte Kornfeld im März wegen der schwachen Märkte ab.")
    assert ("ipo", "terminated", {("Kornfeld", "issuer")}) in found


def test_a_status_word_before_the_next_deal_noun_is_that_deal_s():
    found = _events(
        "Bäckereikette wechselt den Besitzer",
        "Die Brotwerk Holding AG übernimmt die Bäckereikette Kornfeld GmbH nach einem abgesagten Börsengang.")
    assert ("acquisition", "announced", {("Brotwerk", "acquirer"), ("Kornfeld", "target")}) in found
    assert all(not (t == "acquisition" and s == "terminated") for t, s, _ in found)


def test_a_planned_listing_called_off_is_dated_by_the_month_it_was_called_off():
    found = extract_events(page(
        "de", "Fonds verkauft Bäckereikette Kornfeld",
        "Der Finanzinvestor Mainau Partners verkauft die Bäckereikette Kornfeld GmbH an die Brotwerk Holding. "
        "Den für den Sommer geplanten Börsengang in Frankfurt sagte Kornfeld im März wegen der schwachen Märkte ab.",
        published="2025-09-10"))
    assert [(e["status"], e["date"]) for e in found if e["type"] == "ipo"] == [("terminated", "2025-03")]
