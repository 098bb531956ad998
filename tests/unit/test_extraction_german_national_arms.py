"""A German firm's national arm named with its country before the legal suffix ("durch die Vantel Deutschland
GmbH"): the country is a word of the name, and the short form later stands for it; sentences written for these
tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def test_a_national_arm_with_its_suffix_buys():
    found = extract_events(page(
        "de", "Kartellamt prüft Netzkauf",
        "Der geplante Kauf des Kabelnetzbetreibers Wellnetz GmbH durch die Brisant Deutschland GmbH wird vertieft "
        "geprüft. Brisant hatte die Übernahme im Mai angekündigt."))
    assert [(e["type"], parties(e)) for e in found] == [
        ("acquisition", {("Brisant Deutschland", "acquirer"), ("Wellnetz", "target")})]


def test_a_national_arm_as_subject_orders():
    found = extract_events(page(
        "de", "Großauftrag für Busbauer",
        "Die Corvana Österreich GmbH hat beim Fahrzeugbauer Tallmann AG 40 Elektrobusse bestellt."))
    assert [(e["type"], parties(e)) for e in found] == [
        ("contract", {("Corvana Österreich", "customer"), ("Tallmann", "supplier")})]


def test_a_country_alone_after_a_firm_is_no_word_of_its_name():
    found = extract_events(page(
        "de", "Zukauf in Frankreich",
        "Die Helmwerk AG übernimmt den Hersteller Gravot in Frankreich."))
    assert [(e["type"], parties(e)) for e in found] == [
        ("acquisition", {("Helmwerk", "acquirer"), ("Gravot", "target")})]
