"""German cooperative banks share their kind in their names ("Volksbank Lahn-Taunus", "Volksbank Vogelsberg"): two
such banks are two firms, so failed talks with one of them told with the subject left out are the talks of the bank
the text is about; sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def test_failed_talks_with_another_volksbank_are_a_terminated_merger_of_the_page_bank():
    found = extract_events(page(
        "de", "Zwei Genossenschaftsbanken wollen fusionieren",
        "Die Volksbank Rheinhöhe eG und die Raiffeisenbank Talgrund eG wollen sich zusammenschließen, wie die Banken "
        "am Montag mitteilten.",
        "Für die Volksbank Rheinhöhe ist es nicht die erste Fusion. Gespräche mit der benachbarten Volksbank "
        "Kornau waren dagegen 2023 gescheitert."))
    assert ("merger", "terminated", {("Volksbank Rheinhöhe", "party"), ("Volksbank Kornau", "party")}) in [
        (e["type"], e["status"], parties(e)) for e in found]
