"""A firm inverted right after its verb, its goods right behind it (german, session 30): where every noun is
capitalised, "liefert Wendel Containerbrücken an Y" or "transportiert Hartmann Material für Y" reads two capitalised
words as one name. Where the page names the firm elsewhere ("die Wendel Hebetechnik GmbH") and the pair only once,
the first word is that firm and the second its goods. Probes: a firm's word ends a real name ("Kornwald Logistik"),
an adjective is no verb ("die kleinere Raiffeisenbank X"). Sentences and names written for these tests."""

import pytest

from streams.extraction import extract_events
from streams.extraction.page import read_page
from tests.unit.test_extraction_roles import page, parties


def _events(text: str, kind: str) -> list[dict]:
    return [e for e in extract_events(page("de", "Nachrichten", text, published="2026-03-12")) if e["type"] == kind]


@pytest.mark.parametrize(("intro", "sentence", "firm"), [
    ("Die Kornwald Hebetechnik GmbH wächst.", "Seit Jahren liefert Kornwald Containerbrücken an den Hamburger "
     "Hafenbetreiber Pellmar.", "Kornwald Hebetechnik"),
    ("Die Kornwald Hebetechnik GmbH wächst.", "Seit Jahren liefert Kornwald Kräne an den Hafenbetreiber Pellmar.",
     "Kornwald Hebetechnik"),
    ("Die Spedition Kornwald wächst.", "Im Rahmen eines Rahmenvertrags transportiert Kornwald Material für die "
     "Pellmar AG.", "Kornwald"),
])
def test_goods_after_an_inverted_firm_are_no_part_of_its_name(intro: str, sentence: str, firm: str) -> None:
    (event,) = _events(f"{intro} {sentence}", "contract")
    assert parties(event) == {(firm, "supplier"), ("Pellmar", "customer")}


def test_a_firm_word_keeps_the_name_whole() -> None:
    (event,) = _events("Die Kornwald Hebetechnik GmbH wächst. Im Mai übernahm Kornwald Logistik die Pellmar AG.",
                       "acquisition")
    assert parties(event) == {("Kornwald Logistik", "acquirer"), ("Pellmar", "target")}


def test_an_adjective_before_a_name_is_no_verb() -> None:
    record = page("de", "Nachrichten", "Die Raiffeisenbank Kornwald wächst. Die Raiffeisenbank Kornwald hatte 2021 "
                  "bereits die kleinere Raiffeisenbank Pellingen aufgenommen.", published="2026-03-12")
    names = {m.name for ms in read_page(record).mentions for m in ms}
    assert "Raiffeisenbank Pellingen" in names
