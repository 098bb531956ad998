"""Layouts met on real pages of the Readability and newspaper4k test sets (tools/eval_real_pages.py),
rebuilt small: each test is one general cause of lost or extra article text."""

from __future__ import annotations

from streams.cleaning import clean_page

_SENTENCE = (
    "The two lenders agreed on Monday to merge their card units, which together serve four million "
    "customers across the region, and the regulator must still approve the deal."
)


def _clean(body: str) -> str:
    page = {"url": "https://news.example/a", "fetched_at": "2024-01-01T00:00:00Z", "content_type": "text/html"}
    return clean_page({**page, "body": body})["text"]


def test_link_inside_a_sentence_stays_whatever_its_class() -> None:
    note = "<a href='#' class='popup'>card units</a>"
    paragraphs = "".join(
        f"<p>Paragraph {i}: the lenders merge their {note} this year, they said.</p>" for i in range(4)
    )
    text = _clean(f"<html><body><h1>Lenders merge</h1><div>{paragraphs}<p>{_SENTENCE}</p></div></body></html>")
    assert text.count("merge their card units this year") == 4


def test_link_standing_alone_with_a_boilerplate_class_still_goes() -> None:
    share = "<p><a href='#' class='share-button'>Share this story with your friends today</a></p>"
    text = _clean(
        f"<html><body><h1>Lenders merge</h1><div><p>{_SENTENCE}</p>{share}<p>{_SENTENCE} Twice.</p></div></body></html>"
    )
    assert "Share this story" not in text
