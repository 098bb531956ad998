"""Cleaning of crude text exports (text/plain pages, plain and markdown-like)."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.cleaning import clean_page
from streams.cleaning.blocks import is_noise_line

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cleaning"


def _clean_text(body: str) -> dict:
    page = {
        "url": "https://site.example/artikel",
        "fetched_at": "2024-04-02T00:00:00Z",  # after the exports' dates: no page is dated after its fetch
        "content_type": "text/plain; charset=utf-8",
        "body": body,
    }
    return clean_page(page)


@pytest.fixture(scope="module")
def markdown() -> dict:
    return _clean_text((FIXTURES / "markdown_export.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def plain() -> dict:
    return _clean_text((FIXTURES / "plain_export.txt").read_text(encoding="utf-8"))


def test_markdown_export_article(markdown: dict) -> None:
    lines = markdown["text"].split("\n")
    assert lines[0] == "Alphawerk kauft Betasoft für 300 Millionen Euro"  # '# ' stripped
    assert lines[1].startswith("Der Maschinenbauer erweitert")  # the lead below the byline
    assert "Kartellamt muss zustimmen" in lines
    assert lines[-1].startswith("Die Übernahme steht unter dem Vorbehalt")
    kinds = {markdown["text"][p["start"] : p["end"]]: p["kind"] for p in markdown["paragraphs"]}
    assert kinds["Kartellamt muss zustimmen"] == "heading"
    assert markdown["published"] == "2022-03-15"  # "15. März 2022" in the byline line
    assert markdown["language"] == "de"


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Start",
        "Wirtschaft\n",
        "Anna Schmidt",
        "Bild: Alphawerk",
        "Die Zentrale",
        "Lesen Sie auch",
        "Gammatec",
        "Anzeige",
        "Jetzt abonnieren",
        "Teilen",
        "Weitere Artikel",
        "Deltabank",
        "©",
        "https://",
    ],
)
def test_markdown_export_boilerplate_is_gone(markdown: dict, boilerplate: str) -> None:
    assert boilerplate not in markdown["text"]


def test_plain_export_article(plain: dict) -> None:
    lines = plain["text"].split("\n")
    assert lines[0] == "Zeta Cloud agrees to buy Eta Security for $1.2bn"
    assert lines[1].startswith("The acquisition gives the cloud provider")
    assert lines[-1].startswith("The deal is expected to close in the second quarter")
    assert plain["published"] == "2024-03-29"


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Subscribe",
        "Tom Baker",
        "4 min read",
        "Share on X",
        "Copy link",
        "Ann Lee",
        "Photo:",
        "Sponsored",
        "free trial",
        "Topics",
        "Related coverage",
        "Theta Networks",
        "Privacy",
        "Market Wire",
    ],
)
def test_plain_export_boilerplate_is_gone(plain: dict, boilerplate: str) -> None:
    assert boilerplate not in plain["text"]


def test_headline_starting_with_a_date_is_no_list_item() -> None:
    body = (
        "\n22. Juli 2025 – Firma A kündigt Partnerschaft mit Firma B an\n"
        "Firma A hat am 22. Juli 2025 eine weitreichende Partnerschaft mit Firma B bekannt gegeben, wie beide "
        "Unternehmen mitteilten.\n"
        "Die Partner wollen gemeinsam Rechenzentren bauen und betreiben, zunächst in Deutschland und später "
        "in weiteren Ländern Europas.\n"
    )
    assert _clean_text(body)["text"].split("\n")[0] == "22. Juli 2025 – Firma A kündigt Partnerschaft mit Firma B an"


def test_ad_label_before_a_subheading_keeps_the_subheading() -> None:
    body = (
        "Titel des Artikels über eine Übernahme\n"
        "Der erste Absatz des Artikels ist lang genug, um als Fließtext zu gelten, und er erzählt, was passiert ist.\n"
        "Anzeige\n"
        "Kritik aus Tokio\n"
        "Der zweite Absatz des Artikels ist ebenfalls lang genug, um als Fließtext zu gelten, mit Kommas, Punkt.\n"
    )
    text = _clean_text(body)["text"]
    assert "Kritik aus Tokio" in text and "Anzeige" not in text


def test_caption_before_a_credit_line_goes_too() -> None:
    body = (
        "Titel des Artikels über eine Finanzierung\n"
        "Der erste Absatz des Artikels ist lang genug, um als Fließtext zu gelten, und er erzählt, was passiert ist.\n"
        "Die Gründer des Unternehmens (v. l.).\n"
        "Foto: Firma\n"
        "Der zweite Absatz des Artikels ist ebenfalls lang genug, um als Fließtext zu gelten, mit Kommas, Punkt.\n"
    )
    text = _clean_text(body)["text"]
    assert "Gründer" not in text and "Foto" not in text
    assert len(text.split("\n")) == 3


def test_text_export_without_prose_is_no_article() -> None:
    record = _clean_text("Home\nNews\nAbout us\n© 2024 Site\n")
    assert record["outcome"] == "no_article" and record["text"] == ""


@pytest.mark.parametrize(
    ("line", "noise"),
    [
        ("By Tom Baker", True),
        ("Par Julien Marchal", True),
        ("Von Katrin Wendel · 15. März 2022 · 4 Min. Lesezeit", True),
        ("Publié le 8 juillet 2025 à 07h30 · Mis à jour le 8 juillet 2025 à 09h15", True),
        ("02.06.2021 | Finanzierungen | Lesezeit: 4 Minuten", True),
        ("March 3, 2024 -- Updated 0815 GMT (1615 HKT)", True),  # a time zone aside is no sentence end
        ("2023-11-17 20:52:15 | Source: Wire", True),
        ("Shares of the group rose on March 3, 2024 (Reuters)", False),
        ("By 2025, the company expects its sales to double.", False),
        ("Por su parte, la empresa dijo que no comentaría", False),
        ("Von der Garage zum Weltkonzern", False),
        ("22. Juli 2025 – Firma A kündigt Partnerschaft mit Firma B an", False),
    ],
)
def test_bylines_and_date_lines(line: str, noise: bool) -> None:
    assert is_noise_line(line) is noise


def test_latest_news_label_closes_the_teasers_above_the_article() -> None:
    body = (
        "LO ÚLTIMO\n"
        "Una aerolínea regional firma un acuerdo de código compartido con otra compañía\n"
        "Un fondo estadounidense compra tres hoteles en la costa por 120 millones de euros\n"
        "\n"
        "La región cierra el año con un número récord de turistas extranjeros y nacionales\n"
        "Economía · 13/01/2026\n"
        "\n"
        "Las islas recibieron el año pasado millones de turistas, un 4,6% más que en 2024, según los datos "
        "publicados este martes por el instituto de estadística.\n"
        "El mercado británico sigue siendo el principal, seguido del peninsular y del alemán, y la estancia "
        "media bajó ligeramente.\n"
    )
    text = _clean_text(body)["text"]
    assert text.split("\n")[0].startswith("La región cierra el año")
    assert "aerolínea" not in text and "hoteles" not in text


@pytest.mark.parametrize(
    "ad", ["Gründerforum 2026 – jetzt Tickets sichern", "Jetzt 4 Wochen das E-Paper für 0,99 € lesen"]
)
def test_ad_copy_that_makes_an_offer_goes_even_between_paragraphs(ad: str) -> None:
    body = (
        "Titel des Artikels über eine Finanzierung\n"
        "Der erste Absatz des Artikels ist lang genug, um als Fließtext zu gelten, und er erzählt, was passiert ist.\n"
        "Anzeige\n"
        f"{ad}\n"
        "Der zweite Absatz des Artikels ist ebenfalls lang genug, um als Fließtext zu gelten, mit Kommas, Punkt.\n"
    )
    text = _clean_text(body)["text"]
    assert ad not in text and "Der zweite Absatz" in text


def test_sign_up_pitch_between_paragraphs_goes() -> None:
    body = (
        "Start-up raises $38m to sell flood forecasts to insurers\n"
        "The company, which turns satellite images into street-level flood forecasts, has raised $38m, it said.\n"
        "Sign up to the Weekly Briefing: the week's funding rounds every Friday.\n"
        "Most of its revenue comes from insurers, who use the forecasts to price home policies and warn customers.\n"
    )
    text = _clean_text(body)["text"]
    assert "Sign up" not in text and "Most of its revenue" in text


def test_section_kicker_under_the_headline_neither_hides_it_nor_stays() -> None:
    body = (
        "ÚLTIMAS NOTICIAS\n"
        "Una cadena de farmacias cambia de manos en el norte del país\n"
        "Un grupo aeroportuario coloca un bono por 4.000 millones de pesos\n"
        "\n"
        "Una fintech capta 60 millones de dólares y se alía con un banco regional\n"
        "Fintech\n"
        "Por Diego Salcedo Ruiz\n"
        "21 de octubre de 2026\n"
        "\n"
        "La fintech, que ofrece cobros con código QR a pequeños comercios, cerró una ronda de financiamiento "
        "Serie C por 60 millones de dólares, informó este miércoles la compañía.\n"
        "La ronda fue encabezada por un fondo con sede en Santiago de Chile, y con estos recursos la empresa suma "
        "más de 110 millones de dólares levantados desde su creación.\n"
    )
    lines = _clean_text(body)["text"].split("\n")
    assert lines[0] == "Una fintech capta 60 millones de dólares y se alía con un banco regional"
    assert lines[1].startswith("La fintech, que ofrece") and "farmacias" not in "\n".join(lines)


@pytest.mark.parametrize(
    "line",
    [
        "Der Wirtschaftsbote-Newsletter: Die wichtigsten Nachrichten jeden Morgen um sieben.",
        "The Markets Daily newsletter: the day's deals in your inbox before breakfast.",
        "Recevez chaque soir la newsletter de L'Écho des Entreprises : l'essentiel en cinq minutes.",
        "Newsletter : toute l'actualité des PME chaque vendredi.",
        "Mercados al Día newsletter: las claves de la jornada cada mañana.",
    ],
)
def test_newsletter_promotions_are_noise(line: str) -> None:
    assert is_noise_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The company sends its newsletter to 40,000 subscribers each week.",
        "Erhalten hat den Auftrag die Nordbau GmbH aus Kiel.",
        "Recibe el encargo la constructora Obras del Sur, según fuentes de la empresa.",
    ],
)
def test_article_sentences_about_newsletters_or_receipts_stay(line: str) -> None:
    assert not is_noise_line(line)


_TICKER_EXPORT = "\n".join(
    [
        "Diario de la Costa",
        "Portada",
        "Economía",
        "Deportes",
        "Economía",
        "{teaser}",
        "Naviera Levante compra la gallega Transportes Miño por 85 millones",
        "Valencia, 03/03/2025 - 08:00 - Ana Ruiz",
        "Naviera Levante ha cerrado la compra de Transportes Miño, una empresa de logística de Vigo, por 85 millones "
        "de euros, según informó ayer la compañía.",
        "La operación incluye los tres almacenes de la empresa gallega en el puerto de Vigo y su flota de 140 "
        "camiones frigoríficos.",
        "Compartir Facebook X LinkedIn",
    ]
)


@pytest.mark.parametrize(
    "teaser",
    [
        "ÚLTIMA HORA: El Ibex cierra la semana con una subida del 2%",
        "Tipo de cambio hoy: el euro cierra en 1,08 dólares",
    ],
)
def test_another_storys_headline_above_the_article_goes_when_the_url_slug_names_the_article(teaser: str) -> None:
    page = {
        "url": "https://diario.example/economia/2025/03/03/naviera-levante-compra-transportes-mino-85-millones.html",
        "fetched_at": "2025-03-03T09:00:00Z",
        "content_type": "text/plain; charset=utf-8",
        "body": _TICKER_EXPORT.format(teaser=teaser),
    }
    record = clean_page(page)
    assert record["title"] == "Naviera Levante compra la gallega Transportes Miño por 85 millones"
    assert teaser not in record["text"]
    assert record["text"].startswith(record["title"] + "\nNaviera Levante ha cerrado")


def test_kicker_above_the_headline_stays_without_a_slug_naming_it() -> None:
    page = {
        "url": "https://diario.example/economia/noticia-118822.html",
        "fetched_at": "2025-03-03T09:00:00Z",
        "content_type": "text/plain; charset=utf-8",
        "body": _TICKER_EXPORT.format(teaser="ÚLTIMA HORA: El Ibex cierra la semana con una subida del 2%"),
    }
    assert clean_page(page)["title"] == "ÚLTIMA HORA: El Ibex cierra la semana con una subida del 2%"  # no evidence
