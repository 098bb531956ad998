"""A typo-report box below the article ("Found a mistake? Select it and press Ctrl+Enter", in any language, with
its twin for touch screens) asks the reader to report an error to the editors: it is no article text. The key
chord (`report_keys` in cues.yaml) is the cue; a how-to's sentence naming the same keys among the article's
paragraphs, or opening the article, stays."""

from __future__ import annotations

import pytest

from tests.unit.test_cleaning_layouts import clean_html

_HEADLINE = "Ferry operator adds a night crossing to the islands"
_BODY = [
    "The ferry operator Nordsund will run a night crossing between the mainland and the outer islands from June, "
    "the company said on Tuesday.",
    "The boat will leave the harbour at eleven and reach the last island shortly after two, a timetable the "
    "islanders had asked for since the winter.",
    "Tickets go on sale next week at the same prices as the day crossings.",
]


def _page(box: str) -> str:
    prose = "".join(f"<p>{p}</p>" for p in _BODY)
    return f"<html><body><article><h1>{_HEADLINE}</h1>{prose}{box}</article></body></html>"


@pytest.mark.parametrize(
    "box",
    [
        # a label, the prompt for keyboards and its twin for touch screens
        '<div class="article__report"><div class="desc"><strong>Error in the text?</strong>'
        '<p class="d-none d-md-block">Select the text and press <span>Ctrl+Enter</span> to send it to the editors!</p>'
        '<p class="d-md-none">Select the text and tap the <span>Report an error</span> button to send it to the '
        "editors!</p></div></div>",
        # one line of its own, spaces around the "+"
        "<div><p>Found a typo? Highlight it and press Ctrl + Enter.</p></div>",
        # German and French keyboards
        "<div class='hinweis'><p>Fehler gefunden? Markieren Sie ihn und drücken Sie Strg+Enter.</p>"
        "<p>Vielen Dank für Ihre Hilfe!</p></div>",
        "<section><p>Vous avez repéré une faute ? Sélectionnez-la et appuyez sur Ctrl+Entrée.</p></section>",
    ],
)
def test_typo_report_box_below_the_article_goes(box: str) -> None:
    assert clean_html(_page(box))["text"].split("\n") == [_HEADLINE, *_BODY]


_HOWTO = [
    "Most mail programs send a message as soon as you press the send button, but many also offer a shortcut "
    "for readers who keep their hands on the keyboard.",
    "In the desktop program, write your message and press Ctrl+Enter to send it at once; the program asks "
    "the first time whether you want to keep the shortcut.",
    "On a phone there is no such shortcut, and the send button stays the only way to send a message.",
]


def test_how_to_sentence_naming_the_keys_among_the_paragraphs_stays() -> None:
    prose = "".join(f"<p>{p}</p>" for p in _HOWTO)
    page = f"<html><body><article><h1>How to send mail faster</h1>{prose}</article></body></html>"
    assert clean_html(page)["text"].split("\n") == ["How to send mail faster", *_HOWTO]


def test_how_to_opening_with_the_keys_stays() -> None:
    first = "Press Ctrl+Enter to send a message at once: the shortcut works in most desktop mail programs."
    prose = f"<div class='tip'><p>{first}</p></div>" + "".join(f"<p>{p}</p>" for p in _HOWTO)
    page = f"<html><body><article><h1>How to send mail faster</h1>{prose}</article></body></html>"
    assert clean_html(page)["text"].split("\n")[:2] == ["How to send mail faster", first]
