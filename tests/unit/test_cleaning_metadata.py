"""Metadata: title, publication date (JSON-LD, meta, <time>, URL, text), canonical URL, site name."""

from __future__ import annotations

import pytest

from streams.cleaning import clean_page, dates

PROSE = (
    "<p>The company said on Tuesday it had agreed to buy its rival for a large sum in cash and shares, "
    "in the biggest deal in its history, and expects to close it next year.</p>"
    "<p>Analysts said the price was fair, and the shares rose by three percent in early trading on the news.</p>"
)


def _clean(head: str, body: str = "", url: str = "https://news.example/story") -> dict:
    article = f"<article><h1>Big deal announced today</h1>{body}{PROSE}</article>"
    html = f"<html><head>{head}</head><body>{article}</body></html>"
    return clean_page({"url": url, "fetched_at": "2024-01-01T00:00:00Z", "content_type": "text/html", "body": html})


def test_json_ld_date_site_and_headline() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Big deal announced today",'
        ' "datePublished": "2024-01-17T06:30:00+00:00", "publisher": {"name": "The Ledger"}}</script>'
    )
    record = _clean(head)
    assert record["published"] == "2024-01-17"
    assert record["site_name"] == "The Ledger"
    assert record["title"] == "Big deal announced today"


def test_json_ld_graph_and_broken_json_ld() -> None:
    head = (
        '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "BlogPosting",'
        ' "datePublished": "2021-06-02"}]}</script><script type="application/ld+json">{broken</script>'
    )
    assert _clean(head)["published"] == "2021-06-02"


@pytest.mark.parametrize(
    "meta",
    [
        '<meta property="article:published_time" content="2020-03-18T10:00:00+01:00">',
        '<meta name="date" content="2020-03-18">',
        '<meta itemprop="datePublished" content="2020-03-18T10:00:00Z">',
        '<meta name="DC.date.issued" content="2020-03-18">',
    ],
)
def test_meta_tag_dates(meta: str) -> None:
    assert _clean(meta)["published"] == "2020-03-18"


def test_time_element_date() -> None:
    assert _clean("", '<time datetime="2019-03-29T08:00:00+01:00">29. März 2019</time>')["published"] == "2019-03-29"


def test_url_date() -> None:
    assert _clean("", url="https://news.example/2018/04/30/big-deal")["published"] == "2018-04-30"


def test_canonical_site_name_and_title_from_og() -> None:
    head = (
        '<link rel="canonical" href="https://news.example/c"><meta property="og:site_name" content="News">'
        '<meta property="og:title" content="Big deal announced today"><title>Big deal | News</title>'
    )
    record = _clean(head)
    assert record["canonical_url"] == "https://news.example/c"
    assert record["site_name"] == "News"


def test_title_without_site_name_when_no_headline_element() -> None:
    html = (
        f"<html><head><title>Firm buys rival - Daily News</title><meta property='og:site_name' "
        f"content='Daily News'></head><body><div>{PROSE}</div></body></html>"
    )
    record = clean_page({"url": "https://x.example/a", "fetched_at": "t", "content_type": "text/html", "body": html})
    assert record["title"] == "Firm buys rival"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Von Katrin Wendel · 15. März 2022 · 4 Min. Lesezeit", "2022-03-15"),
        ("Stand: 29.03.2019, 10:20 Uhr", "2019-03-29"),
        ("January 17, 2024 6:30 am GMT", "2024-01-17"),
        ("Redacción | 14 de junio de 2023, 17:35", "2023-06-14"),
        ("Publié le 8 juillet 2025 à 07h30", "2025-07-08"),
        ("11 Sept. 2025", "2025-09-11"),
        ("16 abril, 2026 · Andrés Gil", "2026-04-16"),  # a comma before the year (WordPress in Spanish)
        ("2023-11-17 20:52:15 | Source: Wire", "2023-11-17"),
        ("build 2023-11-17-beta", None),
        ("no date here, 31.02.2020 is impossible", None),
    ],
)
def test_text_dates(text: str, expected: str | None) -> None:
    assert dates.from_text(text) == expected


def test_text_date_of_a_text_export() -> None:
    body = (
        "Firma kauft Rivalen für viel Geld\n02.06.2021 | Finanzierungen\n"
        "Die Firma hat den Rivalen gekauft, wie sie am Mittwoch mitteilte, und zahlt dafür einen hohen Preis in bar.\n"
        "Die Übernahme soll bis zum Jahresende abgeschlossen sein, sagte ein Sprecher des Unternehmens in Berlin.\n"
    )
    record = clean_page({"url": "https://x.example/a", "fetched_at": "t", "content_type": "text/plain", "body": body})
    assert record["published"] == "2021-06-02"
    assert record["language"] == "de"


@pytest.mark.parametrize(
    ("dateline", "sentence", "expected"),
    [
        ("Mittwoch, 16. April 2025", "Die Fusion soll rückwirkend zum 1. Januar 2025 wirksam werden.", "2025-04-16"),
        ("Nantes, le 28 août 2025", "Le rachat a été finalisé le 27 août 2025.", "2025-08-28"),
        ("March 4, 2026 | Markets", "The deal is expected to close by December 31, 2026.", "2026-03-04"),
        ("12 de mayo de 2026", "La operación se cerrará el 30 de junio de 2026.", "2026-05-12"),
    ],
)
def test_date_line_by_the_article_opening_beats_a_date_in_its_sentences(
    dateline: str, sentence: str, expected: str
) -> None:
    """No date metadata: the page's own date line (dropped from the clean text) dates it, not the first date the
    article mentions."""
    html = (
        "<html><head><title>Deal</title></head><body><div class='nav'><a href='/'>Home</a></div>"
        "<div class='main'><div class='ttl'>Two lenders agree to merge their businesses</div>"
        "<div class='lead'>The boards approved the plan on Tuesday evening after months of talks.</div>"
        f"<div class='au'>By Jane Roe</div><div class='dt'>{dateline}</div>"
        f"<div class='txt'>{sentence} {PROSE[3:-4]}</div><div class='txt'>{PROSE[3:-4]}</div></div></body></html>"
    )
    record = clean_page({"url": "https://x.example/a", "fetched_at": "t", "content_type": "text/html", "body": html})
    assert sentence.split()[0] in record["text"]
    assert record["published"] == expected


def test_date_lines_far_from_the_article_do_not_date_it() -> None:
    """A date in a sidebar list far below the article's opening is not its date line."""
    teasers = "".join(f"<li><a href='/t{i}'>Teaser headline number {i}</a></li>" for i in range(12))
    html = (
        "<html><head><title>Deal</title></head><body><article><h1>Two lenders agree to merge</h1>"
        f"{PROSE}{PROSE}</article><ul>{teasers}</ul><div>March 4, 2026</div></body></html>"
    )
    record = clean_page({"url": "https://x.example/a", "fetched_at": "t", "content_type": "text/html", "body": html})
    assert record["published"] != "2026-03-04"
