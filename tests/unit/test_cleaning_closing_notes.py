"""Boilerplate that survived on pages no rule had read: a crawler's labelled cookie notice in a text export, share
buttons naming their channel ("Share this article by email"), a wire's editorial-standards line closing its
article, a note that the comments are closed, and a reader's one-line comment under its signature (a name and a
date) in a box without a comment class; in the four languages, while the article's sentences that only mention
cookies, sharing, standards or comments stay."""

from __future__ import annotations

import pytest

from streams.cleaning.blocks import is_noise_line
from tests.conftest import export_lines
from tests.unit.test_cleaning_layouts import clean_html

_HEADLINE = "Harlow Instruments buys Belgian valve maker Vandamme"
_BODY = [
    "Harlow Instruments has agreed to buy the Belgian valve maker Vandamme for about 140 million euros, the two "
    "companies said on Thursday.",
    "The deal adds a plant near Ghent and some 250 staff to the Leeds group, and is expected to close in the third "
    "quarter once the competition authorities have cleared it.",
    "Vandamme's founders will stay on to run the business, Harlow said.",
]
_EXPORT = ["Home", "Business", _HEADLINE, "By Tom Ashby", "June 2, 2026", *_BODY]


def _html(extra: str, outside: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    return f"<html><body><main><article><h1>{_HEADLINE}</h1>{body}{extra}</article>{outside}</main></body></html>"


@pytest.mark.parametrize(
    "notice",
    [
        "Cookie notice: this site uses cookies for analytics and to show you relevant offers.",
        "Cookie-Hinweis: Diese Seite nutzt Cookies für Statistik und personalisierte Werbung.",
        "Hinweis zu Cookies: Diese Website verwendet Cookies, um Inhalte anzupassen.",
        "Avis sur les cookies : ce site utilise des traceurs pour mesurer son audience.",
        "Aviso de cookies: este sitio utiliza cookies para mejorar su experiencia.",
        "Política de cookies: esta web usa cookies propias y de terceros.",
    ],
)
@pytest.mark.parametrize("before", [True, False])
def test_labelled_cookie_notice_in_an_export_goes(notice: str, before: bool) -> None:
    lines = [notice, *_EXPORT] if before else [*_EXPORT, notice]
    assert export_lines(lines) == [_HEADLINE, *_BODY]


@pytest.mark.parametrize(
    "line",
    [
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Unsere Standards: Die Grundsätze der Agentur für unabhängigen Journalismus.",
        "Nos standards : les principes de confiance de l'agence.",
        "Nuestros estándares: Los principios de confianza de la agencia.",
        "Comments are closed for this article.",
        "Commenting has been disabled on this story",
        "Die Kommentarfunktion ist für diesen Artikel geschlossen.",
        "Les commentaires sont fermés pour cet article.",
        "Los comentarios están cerrados para este artículo.",
    ],
)
def test_standards_line_and_closed_comments_after_an_export_go(line: str) -> None:
    assert export_lines([*_EXPORT, line, "Contact us"]) == [_HEADLINE, *_BODY]


@pytest.mark.parametrize(
    "button",
    [
        "Share this article by email",
        "Share this story on LinkedIn",
        "Artikel per E-Mail teilen",
        "Artikel auf WhatsApp teilen",
        "Partager cet article par e-mail",
        "Partager cet article sur X",
        "Compartir este artículo por correo electrónico",
        "Enviar esta noticia por WhatsApp",
    ],
)
@pytest.mark.parametrize("shape", ["<p>{}</p>", '<div class="tools"><span>{}</span></div>'])
def test_share_button_naming_its_channel_goes(button: str, shape: str) -> None:
    for page in (_html(shape.format(button)), _html("", shape.format(button))):
        assert clean_html(page)["text"].split("\n") == [_HEADLINE, *_BODY]


@pytest.mark.parametrize(
    "note",
    [
        "Comments are closed for this article.",
        "Die Kommentarfunktion ist für diesen Artikel geschlossen.",
        "Les commentaires sont fermés pour cet article.",
        "Los comentarios están cerrados para este artículo.",
    ],
)
def test_closed_comments_note_inside_the_article_goes(note: str) -> None:
    assert clean_html(_html(f"<p>{note}</p>"))["text"].split("\n") == [_HEADLINE, *_BODY]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cookies: the bakery's best seller rose 12% last year, Harlow said.",
        "Cookie sales: the group's biscuit arm grew fastest in Spain and Italy.",
        "Shareholders will share in the savings, the company said on LinkedIn.",
        "Our standards are high, and the deal meets them, the chief executive said.",
        "Die Grundsätze der Übernahme stehen seit März fest.",
        "Comments from investors were positive, and the consultation closed in May.",
        "Les commentaires des analystes sont restés prudents après l'annonce.",
        "Los comentarios del regulador se conocerán en julio.",
    ],
)
def test_article_sentences_on_these_subjects_stay(sentence: str) -> None:
    assert not is_noise_line(sentence)
    assert sentence in export_lines([*_EXPORT, sentence])


@pytest.mark.parametrize("heading", ["LinkedIn's share of the market", "Share prices on X fell", "Mail order sends"])
def test_subheadings_on_shares_and_networks_are_no_buttons(heading: str) -> None:
    """The verb opens a button and the channel closes it, or the verb follows the channel at the end."""
    assert not is_noise_line(heading)


_COMMENTS = [
    '<div class="c-item"><div><b>Jane Roe</b> <span>June 3, 2026 at 10:14</span></div>'
    "<p>Good move by Harlow, long overdue.</p></div>",
    '<div><p><strong>Hans Becker</strong> · 3. Juni 2026</p><p>Endlich eine gute Nachricht für Gent.</p>'
    "<p><strong>Petra Lang</strong> · 4. Juni 2026</p><p>Mal sehen, was vom Werk bleibt.</p></div>",
    '<div class="entry"><span class="who">Pierre L.</span> <time datetime="2026-06-03">3 juin 2026</time>'
    "<p>Encore un rachat qui finira mal.</p></div>",
    "<section><h3>Opiniones</h3><div><p>Carlos M. — 3 de junio de 2026</p>"
    "<p>Muy buena operación para las dos empresas.</p></div></section>",
    "<div><p>3 de junio de 2026 - Lucía Ferrer</p><p>¿Y los empleados de Gante?</p></div>",
    "<div><p><b>Jane Roe</b></p><p>June 3, 2026</p><p>What a bargain for Harlow.</p></div>",
    "<div><div>Jane Roe</div><div>June 3, 2026 at 10:14 am</div><div>What a bargain for Harlow.</div></div>",
]


@pytest.mark.parametrize("comment", _COMMENTS)
@pytest.mark.parametrize("inside", [True, False])
def test_reader_comment_under_its_signature_goes(comment: str, inside: bool) -> None:
    page = _html(comment) if inside else _html("", comment)
    assert clean_html(page)["text"].split("\n") == [_HEADLINE, *_BODY]


def test_signed_date_line_above_the_body_keeps_the_dek() -> None:
    """Above the article's paragraphs a name and a date are its byline, and the line below is the dek."""
    dek = "The Leeds group pays cash and keeps the Belgian brand."
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    page = (
        f"<html><body><article><h1>{_HEADLINE}</h1><div><p>Tom Ashby · June 2, 2026</p><p>{dek}</p></div>"
        f"{body}</article></body></html>"
    )
    assert clean_html(page)["text"].split("\n") == [_HEADLINE, dek, *_BODY]


def test_author_signature_closing_the_body_stays_with_the_body() -> None:
    """A name and a date on two lines inside the article's own box open no comment box: nothing goes but the
    date line."""
    closing = "The takeover will be put to the shareholders in September."
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    page = (
        f"<html><body><article><h1>{_HEADLINE}</h1>{body}<p>{closing}</p><p>Tom Ashby</p><p>June 2, 2026</p>"
        "</article></body></html>"
    )
    assert clean_html(page)["text"].split("\n") == [_HEADLINE, *_BODY, closing, "Tom Ashby"]


def test_paragraph_after_a_dated_line_in_the_body_stays() -> None:
    """A signature inside the article's own box (a letter's sign-off) opens no comment: the box holds the body."""
    closing = "The takeover will be put to the shareholders in September."
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    page = (
        f"<html><body><article><h1>{_HEADLINE}</h1>{body}<p>Tom Ashby · June 2, 2026</p><p>{closing}</p>"
        "</article></body></html>"
    )
    assert clean_html(page)["text"].split("\n") == [_HEADLINE, *_BODY, closing]


def test_table_of_names_dates_and_deeds_stays() -> None:
    """A table's row of a name, a date and a short sentence is data the article shows, no comment."""
    rows = "".join(
        f"<tr><td>{name}</td><td>{day}</td><td>{deed}</td></tr>"
        for name, day, deed in [
            ("Ann Clarke", "4 March, 2025", "Signed the letter of intent for the group."),
            ("Mark Ellis", "9 May, 2025", "Led the talks with the Belgian founders."),
        ]
    )
    page = _html(f"<table>{rows}</table>")
    text = clean_html(page)["text"]
    assert "Signed the letter of intent for the group." in text and "Led the talks with the Belgian founders." in text
