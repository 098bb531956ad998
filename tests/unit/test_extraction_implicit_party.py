"""A stake told as a noun with only its object named (topic C shape 6): the German "Minderheitsanteil an X" is an
investment cue and a stake word, and where no firm acts in its clause the firm the page is about takes the open
slot. Pages written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _events(text: str) -> list[tuple[str, str, set[tuple[str, str]]]]:
    return [(e["type"], e["status"], parties(e)) for e in extract_events(page("de", "Nachrichten", text))]


def test_rumoured_minority_share_with_the_topic_firm_as_investor():
    events = _events("Die Molkerei Bergland übernimmt die Käserei Alpenhof. Die Molkerei Bergland wächst damit auf "
                     "400 Mitarbeiter. Erwogen werde außerdem ein Minderheitsanteil an der Sennerei Obermoos, heißt "
                     "es aus Unternehmenskreisen.")
    assert ("investment", "rumored", {("Molkerei Bergland", "investor"), ("Sennerei Obermoos", "investee")}) in events


def test_minority_share_named_with_its_investor():
    events = _events("Die Molkerei Bergland hat einen Minderheitsanteil an der Sennerei Obermoos erworben.")
    assert ("investment", "announced", {("Molkerei Bergland", "investor"), ("Sennerei Obermoos", "investee")}) in events
