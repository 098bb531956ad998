"""The page cleaner: a raw page record in, the clean page record (schemas/clean_page.v1.json, without
"origin") out. A page without an article is a normal outcome ("no_article", empty text), never an error."""

from __future__ import annotations

from streams import ids
from streams.cleaning import dates, html, language, metadata, text_export
from streams.cleaning.blocks import (
    TITLE,
    Piece,
    squash,
    without_closing_author_notes,
    without_release_disclaimers,
    without_teaser_tails,
    word_count,
)
from streams.cleaning.encoding import fix_mojibake

CLEANER_NAME = "dealstream-cleaner"
CLEANER_VERSION = "1.2.0"
MAX_TEXT_CHARS = 1_000_000
_DATE_SEARCH_CHARS = 5_000

__all__ = ["CLEANER_VERSION", "clean_page"]


def _is_html(page: dict) -> bool:
    ctype = (page.get("content_type") or "").lower()
    head = page["body"][:512].lstrip().lower()
    if "html" in ctype or "xml" in ctype:
        return True
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head and "<p" in head)


def _assemble(pieces: list[Piece]) -> tuple[str, list[dict]]:
    parts: list[str] = []
    spans: list[dict] = []
    offset = 0
    for piece in pieces:
        if parts:
            offset += 1  # the "\n" between paragraphs
        parts.append(piece.text)
        spans.append({"start": offset, "end": offset + len(piece.text), "kind": piece.kind})
        offset += len(piece.text)
    return "\n".join(parts), spans


def _clean_html(body: str, url: str) -> tuple[list[Piece], metadata.Metadata, str]:
    tree = html.parse(body)
    meta = metadata.read(tree, url)
    pieces = html.with_structured_body(html.extract(tree, meta.title, url), meta.article_body, meta.title)
    if not meta.published:
        meta.published = metadata.dateline(tree, squash(pieces[0].text) if pieces else "")
    return pieces, meta, ""


def _clean_text(body: str, url: str) -> tuple[list[Piece], metadata.Metadata, str]:
    pieces = text_export.extract(body[:MAX_TEXT_CHARS], url)
    meta = metadata.Metadata(published=dates.from_url(url))
    return pieces, meta, body[:_DATE_SEARCH_CHARS]


def clean_page(page: dict) -> dict:
    """The clean record of one validated raw page record."""
    url, body = page["url"], page["body"]
    word_count.cache_clear()  # its cache serves one page: no page's lines are kept past it
    repaired = fix_mojibake(body)
    if _is_html(page):
        pieces, meta, date_source = _clean_html(repaired, url)
    else:
        pieces, meta, date_source = _clean_text(repaired, url)
    pieces = without_closing_author_notes([Piece(p.kind, fixed) for p in pieces if (fixed := squash(p.text))])
    pieces = without_release_disclaimers(without_teaser_tails(pieces))
    text, spans = _assemble(pieces)
    title = next((p.text for p in pieces if p.kind == TITLE), None) or meta.title
    published = meta.published or metadata.page_date_in_text(
        date_source or text[:_DATE_SEARCH_CHARS], page.get("fetched_at") or ""
    )
    return {
        "schema_version": 1,
        "page_id": ids.page_id(url, body),
        "url": url,
        "canonical_url": meta.canonical_url,
        "fetched_at": page["fetched_at"],
        "content_type": page["content_type"],
        "http_status": page.get("status"),
        "outcome": "article" if text else "no_article",
        "title": squash(title) if title else None,
        "published": published,
        "language": language.detect(text),
        "site_name": meta.site_name,
        "text": text,
        "paragraphs": spans,
        "cleaner": {"name": CLEANER_NAME, "version": CLEANER_VERSION},
    }
