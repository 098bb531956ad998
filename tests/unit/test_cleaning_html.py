"""HTML boilerplate removal on fixture pages of several styles (tests/fixtures/cleaning)."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.cleaning import clean_page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cleaning"


def _clean(name: str, url: str = "https://site.example/news/page") -> dict:
    body = (FIXTURES / name).read_text(encoding="utf-8")
    page = {
        "url": url,
        "fetched_at": "2024-01-01T00:00:00Z",
        "content_type": "text/html; charset=utf-8",
        "body": body,
        "status": 200,
    }
    return clean_page(page)


def _lines(record: dict) -> list[str]:
    return record["text"].split("\n")


@pytest.fixture(scope="module")
def wordpress() -> dict:
    return _clean("wordpress_blog.html")


@pytest.fixture(scope="module")
def news() -> dict:
    return _clean("news_article.html")


def test_wordpress_keeps_headline_body_subheading_and_list(wordpress: dict) -> None:
    lines = _lines(wordpress)
    assert lines[0] == "Acme Robotics buys Beta Sensors in $120m deal"
    assert "Why the deal matters" in lines
    assert "Beta Sensors will keep its brand and its plant in Ohio for at least three years." in lines
    assert lines[-1] == "The transaction is expected to close in the third quarter, subject to regulatory approval."
    kinds = [p["kind"] for p in wordpress["paragraphs"]]
    assert kinds[0] == "title" and kinds.count("heading") == 1


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Skip to content",  # skip link
        "About",  # navigation
        "Jane Doe",  # byline
        "Share this",  # share buttons
        "Gamma Motion raises",  # related posts and sidebar widget
        "Great move by Acme",  # comments
        "thoughts on",  # comment heading
        "Subscribe to our weekly",  # newsletter widget
        "Proudly powered",  # footer
        "Tagged",  # tags
        "Previous: Delta Drones",  # post navigation
        "wpData",  # script
    ],
)
def test_wordpress_boilerplate_is_gone(wordpress: dict, boilerplate: str) -> None:
    assert boilerplate not in wordpress["text"]


def test_news_article_keeps_intro_and_body_in_order(news: dict) -> None:
    lines = _lines(news)
    assert lines[0] == "Nordwerk übernimmt Südstahl"
    assert lines[1].startswith("Der Hamburger Konzern zahlt 2,1 Milliarden Euro")
    assert lines[2].startswith("Die Nordwerk AG übernimmt")
    assert "Gewerkschaft fordert Jobgarantie" in lines
    assert lines[-1].startswith("Analysten werteten den Preis als fair.")


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Cookies",  # cookie banner
        "Börse",  # navigation
        "Stahlindustrie",  # kicker
        "Von Petra Lang",  # byline
        "Foto: Wirtschaftskurier",  # caption credit
        "Depot eröffnen",  # ad inside the body
        "Lesen Sie auch",  # read-more link inside the body
        "Stahlpreise steigen",
        "Mehr zum Thema",  # related list inside the article column
        "Südstahl prüft Verkauf",
        "Morgen-Newsletter",  # newsletter box
        "berichtet seit 2010",  # author box
        "Dax schließt",  # sidebar
        "Alle Rechte vorbehalten",  # footer
    ],
)
def test_news_article_boilerplate_is_gone(news: dict, boilerplate: str) -> None:
    assert boilerplate not in news["text"]


def test_div_soup_without_article_or_paragraph_tags() -> None:
    record = _clean("div_soup.html")
    lines = _lines(record)
    assert record["paragraphs"][0]["kind"] == "title"
    assert lines[0] == "Omega Foods and Sigma Farms agree merger"
    assert len(lines) == 4  # the three <br><br> paragraphs
    for boilerplate in ("Grain prices", "Markets", "More agribusiness news", "Copyright"):
        assert boilerplate not in record["text"]


def test_teaser_index_page_is_no_article() -> None:
    record = _clean("category_index.html")
    assert record["outcome"] == "no_article"
    assert record["text"] == "" and record["paragraphs"] == []
    assert record["language"] == "und"


def test_boilerplate_outweighing_the_article() -> None:
    teasers = "".join(
        f'<li><a href="/t{i}">Teaser headline number {i} about another deal entirely</a></li>' for i in range(300)
    )
    body = (
        f"<html><body><ul class='menu'>{teasers}</ul><div><h1>Small article headline here</h1>"
        "<p>This is the only real paragraph of the article, and it tells what happened, to whom and why, "
        "in enough words to count as prose rather than as a label or a link.</p>"
        "<p>A second short paragraph, with a comma, closes it, as articles often do.</p></div>"
        f"<div class='links'>{teasers}</div></body></html>"
    )
    record = clean_page(
        {"url": "https://x.example/a", "fetched_at": "2024-01-01T00:00:00Z", "content_type": "text/html", "body": body}
    )
    assert record["text"].split("\n")[0] == "Small article headline here"
    assert "Teaser headline" not in record["text"]


def test_article_body_whose_class_carries_a_cue_word_is_kept() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i} of the story tells in plain words what the two companies agreed, "
        f"when they agreed it and what comes next for staff and customers.</p>"
        for i in range(4)
    )
    nav = "".join(f"<li><a href='/s{i}'>Section number {i} of the site</a></li>" for i in range(200))
    body = (
        f"<html><body><ul>{nav}</ul><h1>Headline of the story</h1>"
        f"<div class='story-body sharing-enabled'>{paragraphs}</div><ul>{nav}</ul></body></html>"
    )
    record = clean_page(
        {"url": "https://x.example/a", "fetched_at": "2024-01-01T00:00:00Z", "content_type": "text/html", "body": body}
    )
    assert record["text"].count("Paragraph") == 4


def _article_with_ad_label(after_label: str) -> str:
    page = {
        "url": "https://news.example/a",
        "fetched_at": "2026-06-24T00:00:00Z",
        "content_type": "text/html",
        "body": (
            "<html><body><article><h1>Dos constructoras se adjudican un tramo del AVE</h1><div class='cuerpo'>"
            "<p>El Ministerio adjudicó ayer a la unión temporal de empresas la construcción del tramo de la línea "
            "de alta velocidad, por un importe de 412,5 millones de euros, con dos viaductos y un túnel.</p>"
            f"<div class='publi'><span>Publicidad</span></div>{after_label}"
            "<p>La adjudicación llega pocos días después de otro movimiento relevante: la constructora acordó la "
            "venta de su negocio de aparcamientos a un fondo por 95 millones de euros.</p>"
            "</div></article></body></html>"
        ),
    }
    return clean_page(page)["text"]


def test_paragraph_of_prose_beside_an_ad_label_stays() -> None:
    prose = (
        "Es el mayor contrato que obtiene este año la compañía madrileña, cuya cartera de obra supera ya los 5.800 "
        "millones. En bolsa, las acciones subieron un 2,3%, hasta 14,82 euros."
    )
    assert prose in _article_with_ad_label(f"<p>{prose}</p>")


def test_ad_copy_beside_an_ad_label_goes() -> None:
    assert "coches" not in _article_with_ad_label("<p>La nueva gama de coches eléctricos, desde 19.900 euros.</p>")
