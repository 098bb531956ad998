"""The tail of a press release or an issuer notice: a contact label and the contacts below it, the
issuer's disclaimer and the "end of announcement" line go; the release's "About" sections stay."""

from __future__ import annotations

import pytest

from streams.cleaning import clean_page
from streams.cleaning.blocks import is_contact_line, is_noise_line

_RELEASE = [
    "Corvane and Halvorsen form port automation joint venture",
    "Corvane Systems and Halvorsen Maritime said on Monday that they would set up a joint venture to sell "
    "automated crane systems to container terminals in Europe and North America.",
    "Completion of the joint venture is subject to customary regulatory approvals and is expected before the "
    "end of the year. Financial terms were not disclosed.",
    "About Corvane Systems",
    "Corvane Systems develops perception and control software for cranes and mining trucks. Founded in 2014, the "
    "company employs 650 people in the United States, Canada and Poland.",
]
_TAIL = [
    "Media contacts:",
    "Corvane Systems: Lena Ortiz, press@corvane.example, +1 412 555 0142",
    "The issuer is solely responsible for the content of this announcement.",
]


def _clean(body: str, content_type: str) -> list[str]:
    page = {"url": "https://wire.example/a", "fetched_at": "2025-01-01T00:00:00Z", "content_type": content_type}
    return clean_page({**page, "body": body})["text"].split("\n")


def test_export_ends_before_the_contacts() -> None:
    assert _clean("\n\n".join([*_RELEASE, *_TAIL]), "text/plain") == _RELEASE


def test_page_drops_contacts_and_disclaimer() -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in [*_RELEASE[1:], *_TAIL])
    body = f"<html><body><div class='release'><h1>{_RELEASE[0]}</h1>{paragraphs}</div></body></html>"
    assert _clean(body, "text/html") == _RELEASE


@pytest.mark.parametrize(
    ("line", "contact"),
    [
        ("Halvorsen Maritime: Kjetil Brun, media@halvorsen.example", True),
        ("Pressekontakt: Anna Berg, presse@nordwerk.example, +49 89 555 0100", True),
        ("Readers reached the company at info@acme.example on Monday, but the line stayed silent.", False),
    ],
)
def test_contact_lines(line: str, contact: bool) -> None:
    assert is_contact_line(line) is contact


@pytest.mark.parametrize(
    "line",
    [
        "Für den Inhalt der Mitteilung ist der Emittent / Herausgeber verantwortlich.",
        "L'émetteur est seul responsable du contenu de ce communiqué.",
        "El emisor es el único responsable del contenido de este comunicado.",
    ],
)
def test_issuer_disclaimers(line: str) -> None:
    assert is_noise_line(line)


def _release(disclaimer: str) -> str:
    body = "".join(
        f"<p>{s}</p>"
        for s in (
            "Acme Corp. and Bolt Inc. today announced that they have entered into a definitive agreement to combine "
            "in an all-stock merger of equals, creating a diversified industrial technology company.",
            "Under the terms of the agreement, which has been unanimously approved by both boards, Bolt shareholders "
            "will receive 0.8 shares of Acme common stock for each Bolt share they own.",
            "The merger is expected to close in the fourth quarter, subject to approval by the shareholders of both "
            "companies, regulatory approvals and other customary closing conditions.",
        )
    )
    return (
        "<html><head><title>Acme and Bolt to Combine in All-Stock Merger</title></head><body><div class='release'>"
        f"<h1>Acme and Bolt to Combine in All-Stock Merger</h1><div class='body'>{body}</div>{disclaimer}"
        "</div></body></html>"
    )


def _release_text(html: str) -> str:
    page = {"url": "https://wire.example/r/1", "fetched_at": "2026-04-22T00:00:00Z", "content_type": "text/html"}
    return clean_page({**page, "body": html})["text"]


def test_disclaimer_boxed_apart_from_the_release_body_goes() -> None:
    notice = (
        "<div class='fls'><p><b>Forward-Looking Statements.</b> This communication contains forward-looking "
        "statements within the meaning of the securities laws. Actual results may differ materially.</p></div>"
    )
    text = _release_text(_release(notice))
    assert "forward-looking" not in text and "customary closing conditions" in text


def test_disclaimer_closing_the_release_body_goes() -> None:
    """Issue 4 (session 12): the closing disclaimer is boilerplate inside the body too (it stayed before)."""
    html = _release("").replace(
        "</div></div>",
        "<p>Forward-looking statements: This release contains forward-looking statements that involve risks and "
        "uncertainties. Actual results may differ materially.</p></div></div>",
    )
    text = _release_text(html)
    assert "forward-looking" not in text and "customary closing conditions" in text


@pytest.mark.parametrize(
    "label",
    [
        "Cautionary Note Regarding Forward-Looking Information:",
        "Cautionary Statement Regarding Forward-Looking Statements.",
        "Hinweis zu zukunftsgerichteten Aussagen:",
        "Mise en garde concernant les énoncés prospectifs :",
        "Información prospectiva:",
    ],
)
def test_disclaimer_labels_of_every_language_go_when_boxed_apart(label: str) -> None:
    notice = f"<div class='legal'><p>{label} This news release contains statements about the future.</p></div>"
    text = _release_text(_release(notice))
    assert "statements about the future" not in text and "customary closing conditions" in text
