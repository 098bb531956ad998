"""Robustness: charset mistakes, entities, broken markup, empty and huge pages, deep nesting,
pathological text; and the shape of the record (schema, offsets, ids)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import jsonschema
import pytest

from streams import ids
from streams.cleaning import CLEANER_VERSION, clean_page
from streams.cleaning.encoding import fix_mojibake

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "cleaning"
PARA2 = (
    "<p>Analysts said the price looked fair, and the shares of both companies rose by several percent in early "
    "trading on the news of the agreement.</p>"
)
PARA = (
    "<p>Lorem company said on Monday it had agreed to buy a rival for a large sum, in cash and shares, "
    "and expects the deal to close next year after the regulators have looked at it.</p>"
)


def _page(body: str, content_type: str = "text/html; charset=utf-8", **extra: object) -> dict:
    return {
        "url": "https://x.example/a",
        "fetched_at": "2024-01-01T00:00:00Z",
        "content_type": content_type,
        "body": body,
        **extra,
    }


def _timed(page: dict) -> tuple[dict, float]:
    """The record and the CPU seconds the cleaning took: the bound is on the work (no runaway regex or walk),
    which a loaded machine's wall clock would blur."""
    start = time.process_time()
    record = clean_page(page)
    return record, time.process_time() - start


def test_mojibake_page_is_repaired() -> None:
    record = clean_page(_page((FIXTURES / "mojibake.html").read_text(encoding="utf-8")))
    assert record["text"].split("\n")[0] == "Nordwerk übernimmt Südstahl"
    assert "Ã" not in record["text"] and "â€" not in record["text"]


def test_fix_mojibake_keeps_good_text_and_fixes_runs() -> None:
    assert fix_mojibake("Münchner Straße – “ok”") == "Münchner Straße – “ok”"
    assert fix_mojibake("MÃ¼nchner StraÃŸe â€“ good ü") == "Münchner Straße – good ü"


def test_entities_in_html_and_text_exports() -> None:
    html = f"<html><body><h1>Caf&eacute; &amp; Co buys &#8220;Bar&#8221;</h1>{PARA}{PARA2}</body></html>"
    assert clean_page(_page(html))["text"].startswith("Café & Co buys “Bar”")
    text = (
        "Caf&eacute; &amp; Co buys a bar in town\n" + "Caf&eacute; &amp; Co said on Monday it had bought the bar, "
        "in cash, and would keep all of its staff, the owner said.\n"
    )
    assert clean_page(_page(text, "text/plain"))["text"].startswith("Café & Co buys a bar in town")


@pytest.mark.parametrize("body", ["", "   \n  ", "<html></html>", "<<<>>>", "\x00\x01binary\xff"])
def test_empty_and_junk_pages_are_no_article(body: str) -> None:
    for content_type in ("text/html", "text/plain"):
        record = clean_page(_page(body, content_type))
        assert record["outcome"] == "no_article" and record["text"] == "" and record["language"] == "und"


def test_a_paragraph_of_one_endless_token_is_no_article() -> None:
    for run in ("a" * 300, "x" * 100_000):
        record = clean_page(_page(f"<html><body><article><p>{run}</p></article></body></html>"))
        assert record["outcome"] == "no_article" and record["text"] == ""


def test_invalid_markup() -> None:
    html = "<html><body><div><p>" + PARA + "<p><b><i>unclosed " + PARA2 + "</div></span></table><p>" + PARA
    record = clean_page(_page(html))
    assert record["outcome"] == "article" and "Lorem company said" in record["text"]


def test_ten_megabyte_page_in_bounded_time() -> None:
    html = (
        "<html><body><article><h1>Big page</h1>"
        + "".join(PARA.replace("Lorem", f"Lorem{i}") for i in range(55_000))
        + "</article></body></html>"
    )
    assert len(html) > 10_000_000
    record, seconds = _timed(_page(html))
    assert record["outcome"] == "article" and seconds < 10


def test_deeply_nested_html() -> None:
    html = (
        "<html><body>" + "<div>" * 60_000 + "<h1>Deep title</h1>" + PARA + PARA2 + "</div>" * 60_000 + "</body></html>"
    )
    record, seconds = _timed(_page(html))
    assert "Lorem company said" in record["text"] and seconds < 5


def test_pathological_text_exports() -> None:
    for body in (
        "![" + "[" * 200_000 + "](" * 2000,
        "1. " * 1_000_000,
        "a" * 5_000_000,
        ("word " * 20 + "\n") * 50_000,
    ):
        _, seconds = _timed(_page(body, "text/plain"))
        assert seconds < 10


def test_record_matches_the_schema_and_offsets_point_into_the_text() -> None:
    schema = json.loads((ROOT / "schemas" / "clean_page.v1.json").read_text())
    schema["properties"].pop("origin")
    html = (FIXTURES / "wordpress_blog.html").read_text(encoding="utf-8")
    page = _page(html, status=200)
    record = clean_page(page)
    jsonschema.validate(record, schema)
    assert set(record) == set(schema["properties"])
    assert record["page_id"] == ids.page_id(page["url"], page["body"])
    assert record["http_status"] == 200
    assert record["cleaner"] == {"name": "dealstream-cleaner", "version": CLEANER_VERSION}
    text = record["text"]
    assert "\n".join(text[p["start"] : p["end"]] for p in record["paragraphs"]) == text


def test_language_is_detected_not_taken_from_the_domain() -> None:
    html = (
        "<html lang='de'><body><h1>Ein Titel</h1><p>La empresa anunció el lunes la compra de su rival por una "
        "suma elevada, en efectivo y acciones, y espera cerrar la operación el próximo año.</p><p>Los analistas "
        "consideran que el precio es razonable y las acciones de ambas compañías subieron.</p></body></html>"
    )
    page = _page(html)
    page["url"] = "https://www.beispiel.de/artikel"
    assert clean_page(page)["language"] == "es"


def test_html_sent_as_text_plain_is_read_as_html() -> None:
    html = "<!DOCTYPE html><html><body><h1>Headline of the page</h1>" + PARA + PARA2 + "</body></html>"
    assert clean_page(_page(html, "text/plain"))["text"].startswith("Headline of the page")
