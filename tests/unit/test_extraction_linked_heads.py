"""Issue 3 (names6): a capitalised kind noun heading a name through a connector ("Institut für ...") keeps it in the
name; sentences written for these tests."""

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def _deals(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    return [(e["type"], parties(e)) for e in extract_events(page("de", "Nachrichten", text))]


def test_an_institute_keeps_its_head():
    assert _deals("Das Institut für Molekulare Immunologie Greifenau übernimmt Lumatec für 20 Millionen Euro.") == [
        ("acquisition", {("Institut für Molekulare Immunologie Greifenau", "acquirer"), ("Lumatec", "target")})]
    assert _deals("Lumatec hat das Institut für Leichtbau Kassel übernommen.") == [
        ("acquisition", {("Institut für Leichtbau Kassel", "target"), ("Lumatec", "acquirer")})]


def test_an_institute_as_customer_of_a_contract():
    assert _deals("Lumatec erhält vom Institut für Leichtbau Kassel einen Auftrag über 2 Millionen Euro.") == [
        ("contract", {("Institut für Leichtbau Kassel", "customer"), ("Lumatec", "supplier")})]


def test_a_kind_noun_before_a_plain_noun_stays_a_description():
    found = {n for _, ps in _deals("Der Softwarekonzern Nordwerk übernimmt den Anbieter für Software Lumatec.")
             for n, _ in ps}
    assert not any(n.startswith("Anbieter") for n in found)
