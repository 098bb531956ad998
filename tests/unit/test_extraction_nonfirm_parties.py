"""Non-firm tokens as parties (topic B, F1/R3): a place's possessive before a firm ("to Rotherham's Kinder Group"),
a sentence-opening conjunction glued to a name ("Because Kwillo"), a contracted pronoun ("We've"), a person's
firm in brackets, an insolvency administrator: none is a party, and the firm they stand next to keeps its role."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties


def events_of(lang: str, *paragraphs: str) -> list[dict]:
    return extract_events(page(lang, "Nachrichten" if lang == "de" else "News", *paragraphs))


POSSESSED = [
    ("Hartwell will sell its pump unit to Wexbridge's Kinder Group for an undisclosed sum.",
     {("Hartwell", "seller"), ("Kinder", "acquirer")}),
    ("Hartwell Holdings bought Tarnwick's Dunmore Marine for $20 million.",
     {("Hartwell", "acquirer"), ("Dunmore Marine", "target")}),
    ("Hartwell Holdings bought Malaysia's Dunmore Marine, a cold-storage operator.",
     {("Hartwell", "acquirer"), ("Dunmore Marine", "target")}),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSED)
def test_a_place_possessive_before_a_firm_is_no_party(text: str, expected: set):
    assert [parties(e) for e in events_of("en", text) if e["type"] == "acquisition"] == [expected]


def test_an_owner_possessive_before_its_site_stays_the_party():
    (event,) = [e for e in events_of("en", "Nordcast agreed to buy Hartwell's Brackley Works plant for $9 million.")
                if e["type"] == "acquisition"]
    assert "Brackley Works" not in {p["name"] for p in event["parties"]}


OPENERS = [
    ("en", "Because Brelvo chose a direct listing, it sold no new shares."),
    ("en", "We've agreed to buy Tamsin Foods, said the chairman."),
    ("fr", "Parce que Brelvo a choisi une cotation directe, elle n'a levé aucun fonds."),
    ("es", "Aunque Brelvo compró Tamsin en 2022, la marca sigue."),
    ("de", "Obwohl Brelvo die Tamsin GmbH 2022 übernommen hatte, bleibt die Marke."),
]


@pytest.mark.parametrize(("lang", "text"), OPENERS)
def test_an_opening_conjunction_or_contraction_is_no_part_of_a_name(lang: str, text: str):
    found = {p["name"] for e in events_of(lang, text) for p in e["parties"]}
    assert not any(" " in n and n.split()[0].lower() in ("because", "parce", "aunque", "obwohl") for n in found)
    assert "We've" not in found and "Parce" not in found
