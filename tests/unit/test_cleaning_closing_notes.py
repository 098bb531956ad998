"""Boilerplate that survived on pages no rule had read: a crawler's labelled cookie notice in a text export, share
buttons naming their channel ("Share this article by email"), a wire's editorial-standards line closing its
article, and a note that the comments are closed; in the four languages, while the article's sentences that only
mention cookies, sharing, standards or comments stay."""

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
