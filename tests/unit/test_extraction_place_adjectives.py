"""German place adjectives before a name: after an article, the adjective of a known place ("der Münchner", "der
Bremer") says where the firm sits and opens no name ("der Münchner Nordwerk AG": Nordwerk); a kind noun right after
the name still belongs to it ("der Bremer Weserkai Spedition"), and the adjective stays where the rest is only a
trade ("die Berliner Volksbank"). Descriptors ("Hersteller", "Finanzinvestor") are nouns, no place adjectives.
Sentences written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page, parties

NAMED = [
    ("Lumatec übernimmt die Münchner Nordwerk AG.", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("Die Bremer Nordwerk Spedition übernimmt die Firma Lumatec.",
     {("Nordwerk Spedition", "acquirer"), ("Lumatec", "target")}),
    ("Der Kölner Konzern Lumatec übernimmt die Hamburger Nordhafen Logistik GmbH.",
     {("Lumatec", "acquirer"), ("Nordhafen Logistik", "target")}),
    ("Die Stuttgarter Lumatec Holding hat die Dresdner Nordwerk GmbH übernommen.",
     {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("Lumatec übernimmt den Münchner Hersteller Nordwerk.", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
    ("Lumatec übernimmt die Berliner Volksbank.", {("Lumatec", "acquirer"), ("Berliner Volksbank", "target")}),
    ("Lumatec übernimmt die Hamburger Sparkasse.", {("Lumatec", "acquirer"), ("Hamburger Sparkasse", "target")}),
    ("Der Finanzinvestor Lumatec übernimmt die Nordwerk AG.", {("Lumatec", "acquirer"), ("Nordwerk", "target")}),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_a_place_adjective_after_an_article_opens_no_name(text: str, expected: set):
    events = [parties(e) for e in extract_events(page("de", "Nachrichten", text + " Lumatec sitzt in Kassel."))
              if e["type"] == "acquisition"]
    assert expected in events


def test_both_merging_firms_lose_their_place_adjective():
    text = ("Die geplante Fusion der Hamburger Nordhafen Logistik mit der Bremer Weserkai AG ist gescheitert. "
            "Nordhafen Logistik beschäftigt 800 Mitarbeiter.")
    events = [e for e in extract_events(page("de", "Nachrichten", text)) if e["type"] == "merger"]
    assert [(parties(e), e["status"]) for e in events] == [
        ({("Nordhafen Logistik", "party"), ("Weserkai", "party")}, "terminated")]
