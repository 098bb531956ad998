"""An investment in the issuer of a listing the page tells as done, dated the listing's day and told by no cue of
its own stage (an anchor order "s'était engagé à souscrire"), was filled with the listing: completed. Sentences and
names written for these tests."""

import pytest

from streams.extraction import extract_events
from tests.unit.test_extraction_roles import page


def _events(lang: str, title: str, *paragraphs: str, kind: str, published: str = "2026-03-12") -> list[tuple]:
    return [(e["status"], e["date"], {(p["name"], p["role"]) for p in e["parties"]})
            for e in extract_events(page(lang, title, *paragraphs, published=published)) if e["type"] == kind]


LISTINGS = [
    ("en", "Nordal shares jump on debut",
     "Shares of Nordal Energy began trading on the Frankfurt exchange on Thursday after the company raised 400 "
     "million euros in its initial public offering. The fund Varne Capital had committed to buy 50 million euros of "
     "the shares as an anchor investor."),
    ("fr", "Nordal réussit son entrée en Bourse",
     "Nordal Énergie a fait jeudi ses débuts sur Euronext Paris, après avoir levé 400 millions d'euros lors de son "
     "introduction en Bourse. Le fonds Varne Capital s'était engagé à souscrire 50 millions d'euros en tant "
     "qu'investisseur d'ancrage."),
]


@pytest.mark.parametrize(("lang", "title", "text"), LISTINGS)
def test_an_order_in_a_listing_done_is_done(lang, title, text):
    listed = _events(lang, title, text, kind="ipo")
    stakes = _events(lang, title, text, kind="investment")
    assert listed and listed[0][0] == "completed"
    assert stakes and all(status == "completed" for status, _, _ in stakes)


def test_an_investment_of_another_day_keeps_its_status():
    text = ("Shares of Nordal Energy began trading on the Frankfurt exchange on Thursday after the company raised 400 "
            "million euros in its initial public offering. In 2022 Varne Capital had agreed to buy a 10% stake in "
            "Nordal Energy.")
    stakes = _events("en", "Nordal shares jump on debut", text, kind="investment")
    assert all(date != "2026-03-12" for _, date, _ in stakes)
