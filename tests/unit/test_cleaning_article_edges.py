"""What stands at the edges of an article on pages written after the earlier rounds: teaser headlines that close
a text export's body, a share button over its headline, lines after a sign-off, captions closed by a credit in
brackets, paywall offers with their price, support appeals, press-kit buttons, signatures naming an outlet with
an elided article, and bylines of several authors set as long as a dek; a body that only the page's JSON-LD holds
in full; time stamps in languages without a data file."""

from __future__ import annotations

import json

import pytest

from streams.cleaning.blocks import is_author_list, is_date_line, is_noise_line, is_signature
from tests.conftest import export_lines
from tests.unit.test_cleaning_layouts import clean_html

_BODY = [
    "Fernhill Robotics has agreed to buy the Danish gripper maker Oksby for about 210 million euros in cash, the "
    "two companies said on Wednesday.",
    "The deal gives the Manchester group a plant near Aarhus and roughly 300 engineers, and is expected to close "
    "before the end of the year, subject to the usual approvals.",
    "Fernhill said it would keep the Oksby brand and that no jobs would be cut at either site.",
]
_HEADLINE = "Fernhill Robotics buys Danish gripper maker Oksby"


@pytest.mark.parametrize(
    "teasers",
    [
        ["Most popular", "Quarry group Stonebury weighs sale of its Welsh aggregates business to a rival",
         "Harbour cranes", "Shipping line Calloway orders eight container vessels from a Korean yard"],
        ["Más información", "Una naviera gallega encarga ocho buques portacontenedores a un astillero coreano"],
    ],
)
def test_teaser_headlines_that_close_an_export_are_no_body(teasers: list[str]) -> None:
    """Long teaser headlines outweigh their label: they end the best run, yet none ends a sentence."""
    lines = ["Home", "Markets", _HEADLINE, "By Ruth Calder", "May 4, 2026", *_BODY, *teasers, "Contact us"]
    assert export_lines(lines) == [_HEADLINE, *_BODY]


def test_last_paragraph_without_a_full_stop_stays() -> None:
    """A paragraph right below the last sentence is the article's, full stop or not; teasers stand below a label."""
    body = [*_BODY[:2], "Fernhill shares were up 4 per cent in late trading in London on Wednesday at 412 pence"]
    lines = ["Home", _HEADLINE, "By Ruth Calder", "May 4, 2026", *body[:2], body[2]]
    assert export_lines(lines)[-1] == body[2]


def test_share_button_over_the_headline_is_no_teaser_box() -> None:
    """A share button that also ends articles ("Teilen") stands above the headline: the headline right above the
    first paragraph is the article's, not a teaser."""
    headline = "Fernhill übernimmt dänischen Greiferhersteller Oksby"
    body = [
        "Der Robotikkonzern Fernhill kauft den dänischen Greiferhersteller Oksby für rund 210 Millionen Euro, wie "
        "beide Unternehmen am Mittwoch mitteilten.",
        "Mit dem Kauf erhält Fernhill ein Werk bei Aarhus und rund 300 Ingenieure; der Abschluss wird bis zum "
        "Jahresende erwartet.",
    ]
    lines = ["Startseite", "Wirtschaft", "Aktualisiert: 04.05.2026, 10:12 Uhr", "Teilen", "Drucken", headline, *body]
    assert export_lines(lines) == [headline, *body]


def test_footer_sentence_after_the_sign_off_is_no_closing_paragraph() -> None:
    sign_off = "(Reporting by Ruth Calder in London; Editing by Tom Haye)"
    lines = [_HEADLINE, "By Ruth Calder", "May 4, 2026", *_BODY, sign_off, "Read our editorial policy."]
    assert "Read our editorial policy." not in export_lines(lines)


@pytest.mark.parametrize(
    ("caption", "dropped"),
    [
        ("The Oksby plant near Aarhus. (Handout)", True),
        ("Engineers at the Oksby plant. (Courtesy photo)", True),
        ("The plant opened in 1998. It employs 300 people. (Handout)", False),  # two sentences: text
        ("The plant near Aarhus employs 300 people.", False),  # no credit: a paragraph beside a picture
    ],
)
def test_caption_in_a_picture_box_closed_by_a_credit_in_brackets(caption: str, dropped: bool) -> None:
    picture = f"<div class='pic'><img src='/a.jpg'><div class='cap'>{caption}</div></div>"
    body = "".join(f"<div class='txt'>{p}</div>" for p in _BODY)
    html = f"<html><body><div class='story'><h1>{_HEADLINE}</h1>{picture}{body}</div></body></html>"
    assert (caption not in clean_html(html)["text"]) is dropped


@pytest.mark.parametrize(
    ("line", "noise"),
    [
        ("Jetzt alle Artikel lesen: 2,95 Euro im Monat", True),
        ("Offre découverte : 1 € le premier mois", True),
        ("Read everything for £1 a week", True),
        ("Suscríbete: 1 euro al mes durante un año", True),
        ("Die Miete stieg auf 900 Euro im Monat.", False),  # a price in a sentence is the article's
        ("Rents in Lisbon up 2% a month since the spring", False),  # a rate, no offer
        ("Vous lisez un article gratuit. Soutenez le journalisme de qualité en vous abonnant.", True),
        ("Download high-resolution images", True),
        ("Pressebilder herunterladen", True),
    ],
)
def test_paywall_offers_support_appeals_and_press_kit_buttons(line: str, noise: bool) -> None:
    assert is_noise_line(line) is noise


def test_signature_of_an_outlet_with_an_elided_article() -> None:
    assert is_signature("Louise Tremblay, La Presse d'affaires")
    assert not is_signature("Louise Tremblay, la patronne d'affaires")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Ruth Calder in London and Tom Haye in Copenhagen", True),
        ("Ruth Calder, Tom Haye und Anna Berg", True),
        ("Fernhill and Oksby", False),  # one word each: firms, not people
        ("Fernhill Robotics buys Oksby in Denmark", False),
    ],
)
def test_byline_of_several_authors(line: str, authors: bool) -> None:
    assert is_author_list(line) is authors


def test_byline_of_several_authors_is_no_dek() -> None:
    byline = "Ruth Calder in London and Tom Haye in Copenhagen"
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    html = (
        f"<html><body><div class='col'><div class='hl'><h1>{_HEADLINE}</h1></div><div class='by'>{byline}</div>"
        f"<div class='txt'>{body}</div></div></body></html>"
    )
    assert clean_html(html)["text"].split("\n") == [_HEADLINE, *_BODY]


def _ld_page(article_body: str, shown: str) -> str:
    ld = json.dumps({"@type": "NewsArticle", "headline": _HEADLINE, "articleBody": article_body})
    return (
        f"<html><head><title>{_HEADLINE}</title><script type='application/ld+json'>{ld}</script></head><body>"
        f"<div class='story'><h1>{_HEADLINE}</h1><div class='body'>{shown}</div></div></body></html>"
    )


def test_structured_article_body_when_the_markup_shows_little_of_it() -> None:
    """A script renders the body (or a paywall shows its teaser): JSON-LD's articleBody holds the text."""
    html = _ld_page("\n".join(_BODY) + "\n" + _BODY[0].replace("Wednesday", "Thursday"), f"<p>{_BODY[0][:80]}</p>")
    assert clean_html(html)["text"].split("\n")[:4] == [_HEADLINE, *_BODY]


def test_markup_body_stays_when_it_shows_the_structured_one() -> None:
    shown = "".join(f"<p>{p}</p>" for p in _BODY)
    html = _ld_page("<p>" + " ".join(_BODY) + "</p>", shown)
    assert clean_html(html)["text"].split("\n") == [_HEADLINE, *_BODY]


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("2024年5月4日 10:01 発信地：ロンドン", True),  # a language without a data file: a year and a clock time
        ("Τετάρτη, 4 Μαΐου 2024, 14:00", True),
        ("Trading closes at 16:30 in 2024.", False),  # a sentence
        ("Kick-off 2024 at 15:00 in the new stadium of the club that won the league last season again", False),
    ],
)
def test_time_stamp_line_in_any_language(line: str, stamp: bool) -> None:
    assert is_date_line(line) is stamp
