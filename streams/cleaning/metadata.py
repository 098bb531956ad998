"""Page metadata from the HTML head and markup: title, publication date, canonical URL, site name, JSON-LD's
article body.
Sources in order of trust: JSON-LD, meta tags, <time datetime>, the URL, then a date line printed just above the
article's first paragraph (`dateline`); the caller's last resort is a dateline or date line of the text
(`page_date_in_text`), never a date inside a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import orjson
from selectolax.lexbor import LexborHTMLParser, LexborNode

from streams.cleaning import dates
from streams.cleaning.blocks import is_date_line, squash, word_count

_DATE_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "cxenseparse:recs:publishtime",
    "originalpublicationdate",
    "creation_date",
    "date.release",
)
_ARTICLE_TYPES = re.compile(r"Article|Posting|Report|WebPage|Blog", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|–—·»:]|-{1,2})\s+")
_MAX_LD_CHARS = 200_000
_DATELINE_WINDOW = 8  # lines around the article's first piece: headline, lead, byline, date, image credit ...
_ANCHOR_CHARS = 60
_DATELINE_LEAD_WORDS = 4  # a place or label before a dateline's date: "BRISTOL, UK,", "Toulon, le", "Mis en ligne le"
_DATELINE_TAIL = re.compile(r"\s*(?:$|[-–—|/(.]|\d{1,2}[:h]\d\d)")  # end, separator or clock after its date


@dataclass
class Metadata:
    title: str | None = None  # og:title, JSON-LD headline or <title> without the site name
    published: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    article_body: str | None = None  # JSON-LD's articleBody: the text a script may render into the page


def _ld_objects(tree: LexborHTMLParser) -> list[dict]:
    objects: list[dict] = []
    for node in tree.css('script[type="application/ld+json"]'):
        raw = node.text(deep=True)
        if not raw or len(raw) > _MAX_LD_CHARS:
            continue
        try:
            data = orjson.loads(raw.strip().rstrip(";"))
        except orjson.JSONDecodeError:
            continue
        stack = [data]
        while stack and len(objects) < 50:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                objects.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
    return objects


def _ld_text(value: object) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _metas(tree: LexborHTMLParser) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
        content = attrs.get("content")
        if key and content:
            found.setdefault(key.strip().lower(), content.strip())
    return found


def strip_site_name(title: str, site_name: str | None) -> str:
    """A <title> without its " | Site name" part (the longest segment when the site is unknown)."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) == 1:
        return title.strip()
    if site_name:
        kept = [p for p in parts if p.strip().casefold() != site_name.strip().casefold()]
        if kept and len(kept) < len(parts):
            return " - ".join(kept).strip() if len(kept) > 1 else kept[0].strip()
    return max(parts, key=len).strip()


def without_last_segment(title: str) -> tuple[str, str]:
    """The title up to its last separator and what follows it ("Headline – Blog Name": "Headline", "Blog Name");
    the whole title and "" without a separator."""
    last = next(reversed([*_TITLE_SEPARATORS.finditer(title)]), None)
    return (title, "") if last is None else (title[: last.start()].strip(), title[last.end() :].strip())


def read(tree: LexborHTMLParser, url: str) -> Metadata:
    """The metadata found in the page (anything missing is None)."""
    meta = Metadata()
    metas = _metas(tree)
    articles = [o for o in _ld_objects(tree) if _ARTICLE_TYPES.search(str(o.get("@type", "")))]
    for obj in articles:
        meta.published = meta.published or (dates.from_iso(str(obj.get("datePublished") or "")) or None)
        meta.title = meta.title or _ld_text(obj.get("headline"))
        meta.site_name = meta.site_name or _ld_text(obj.get("publisher"))
        meta.article_body = meta.article_body or _ld_text(obj.get("articleBody"))
    if not meta.published:
        for key in _DATE_META:
            if key in metas and (iso := dates.from_iso(metas[key])):
                meta.published = iso
                break
    if not meta.published:
        meta.published = _time_element(tree) or dates.from_url(url)
    meta.site_name = metas.get("og:site_name") or meta.site_name or metas.get("application-name")
    meta.title = metas.get("og:title") or metas.get("twitter:title") or meta.title
    if not meta.title and (node := tree.css_first("title")):
        meta.title = strip_site_name(node.text(), meta.site_name) or None
    link = tree.css_first('link[rel="canonical"][href]')
    meta.canonical_url = (link.attributes.get("href") if link else None) or metas.get("og:url") or None
    return meta


def _time_element(tree: LexborHTMLParser) -> str | None:
    nodes: list[LexborNode] = tree.css("time[datetime]")
    for node in nodes:
        if "pubdate" in node.attributes or "published" in (node.attributes.get("class") or ""):
            return dates.from_iso(node.attributes.get("datetime") or "")
    for node in nodes[:3]:
        if iso := dates.from_iso(node.attributes.get("datetime") or ""):
            return iso
    return None



def dateline(tree: LexborHTMLParser, first_piece: str) -> str | None:
    """The date of the date line nearest the article's opening ("Mittwoch, 16. April 2025" under the headline or
    the lead): a page without date metadata prints its date there, and the cleaner drops that line, so the clean
    text's first date would be one the article speaks of ("effective 1 January")."""
    body = tree.body
    if body is None or not first_piece:
        return None
    lines = [line for raw in body.text(separator="\n").splitlines() if (line := squash(raw))]
    anchor = first_piece[:_ANCHOR_CHARS]
    start = next((i for i, line in enumerate(lines) if _opens(anchor, line)), None)
    if start is None:
        return None
    near = range(max(0, start - _DATELINE_WINDOW), min(len(lines), start + _DATELINE_WINDOW))
    for i in sorted(near, key=lambda i: abs(i - start)):
        if is_date_line(lines[i]) and (iso := dates.from_text(lines[i])):
            return iso
    return None


def page_date_in_text(text: str, fetched: str = "") -> str | None:
    """The first date of `text` that dates the page: on a date line, or opening a line with at most a place or a
    label before it and a separator after it ("BRISTOL, 7 July 2026 – Acme today ..."), and not after the day
    the page was fetched (`fetched`, ISO: a calendar's coming dates). A date inside a sentence is one
    the text speaks of ("As of 1 July 2024, the group ...") and would misdate every relative date."""
    for line in text.splitlines():
        found = dates.first_date(line)
        if (found and (is_date_line(line) or _opens_as_dateline(line, found[0], found[1]))
                and _not_after_fetch(found[2], fetched)):
            return found[2]
    return None


def _not_after_fetch(iso: str, fetched: str) -> bool:
    """Whether a page could be dated `iso` when fetched at `fetched`; a day's grace for a local date ahead of UTC."""
    fetch_day = dates.from_iso(fetched) if fetched else None
    return fetch_day is None or date.fromisoformat(iso) <= date.fromisoformat(fetch_day) + timedelta(days=1)


def _opens_as_dateline(line: str, start: int, end: int) -> bool:
    """Whether the date at `start`:`end` of `line` is a dateline's: few words before it, a separator after it."""
    return word_count(line[:start]) <= _DATELINE_LEAD_WORDS and bool(_DATELINE_TAIL.match(line, end))


def _opens(anchor: str, line: str) -> bool:
    """Whether `line` is where the text that starts with `anchor` begins (inline markup may split it)."""
    return line.startswith(anchor) or (len(line) >= _ANCHOR_CHARS // 3 and anchor.startswith(line[:_ANCHOR_CHARS]))
