"""A German round named by its letter alone with its sum after it ("Die Serie B über 30 Millionen Euro, angeführt von
X, hatte Y im Herbst 2024 abgeschlossen"): a funding round; the Italian league is none; sentences written for these
tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def test_a_round_named_by_its_letter_and_sum_is_a_round():
    found = extract_events(page(
        "de", "Kölner Start-up Pixelhain wächst",
        "Das Kölner Start-up Pixelhain hat 120 Mitarbeiter. Die Serie A über 12 Millionen Euro, angeführt von "
        "Rheinau Capital, hatte Pixelhain im Frühjahr 2023 abgeschlossen."))
    assert [(e["type"], parties(e), e["amount"]["value"]) for e in found] == [
        ("funding_round", {("Pixelhain", "investee"), ("Rheinau Capital", "investor")}, 12_000_000)]


def test_the_italian_league_is_no_round():
    found = extract_events(page(
        "de", "Stürmer wechselt nach Italien",
        "Der Stürmer spielt künftig in der Serie A für den AC Brevio. Die Ablöse soll bei 30 Millionen Euro liegen."))
    assert [e for e in found if e["type"] == "funding_round"] == []
