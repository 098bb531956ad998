"""A note on the article itself closing it (where it first appeared, the magazine issue it comes from, its licence,
how to cite it, a blog engine's "posted on ... follow any responses through the RSS 2.0 feed" line) is no article
text, in HTML and in text exports, in the four languages; a report's sentence on a study or a text first published
elsewhere stays. Nor is the short box of the site's commenting rules right above a reader-comments widget, while
the article's last paragraph right above the widget stays."""

from __future__ import annotations

import pytest

from streams.cleaning.blocks import is_noise_line
from tests.conftest import export_lines
from tests.unit.test_cleaning_layouts import clean_html

_HEADLINE = "Marlow Freight sells its rail unit to Dunmore"
_BODY = [
    "Marlow Freight has agreed to sell its rail logistics unit to the Irish group Dunmore for 85 million pounds, "
    "the two companies said on Monday.",
    "The unit runs 40 locomotives between Felixstowe and the Midlands and employs about 600 people, most of whom "
    "will move to Dunmore once the sale closes.",
    "Marlow said it would use the money to pay down debt.",
]
_EXPORT = ["Home", "Business", _HEADLINE, "By Ruth Calloway", "June 2, 2026", *_BODY]

_NOTES = [
    "This article was originally published on The Harbour Review. Read the original article.",
    "This story first appeared in the June issue of Freight Weekly.",
    "A version of this article appeared in print on June 3, 2026, Section B, Page 4.",
    "Suggested citation: Calloway, Ruth: Marlow sells its rail unit, Freight Blog, 2026/6/02.",
    "This entry was posted on Tuesday, June 2nd, 2026 at 10:14 am and is filed under Business, Rail. You can follow "
    "any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.",
    "Dieser Beitrag stammt aus Ausgabe 6/2026 der Technik Heute. Das Heft ist ab 12.06.2026 im Handel erhältlich.",
    "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen nicht verwendet werden.",
    "Der Beitrag wurde am Dienstag, den 2. Juni 2026 um 10:14 Uhr veröffentlicht und wurde unter Wirtschaft abgelegt. "
    "Du kannst die Kommentare zu diesem Eintrag durch den RSS 2.0 Feed verfolgen.",
    "Cet article a d’abord été publié dans La Revue du Rail.",
    "Pour citer cet article : Ruth Calloway, « Marlow cède sa filiale ferroviaire », juin 2026.",
    "Este artículo fue publicado originalmente en La Gaceta del Puerto.",
    "Cómo citar este artículo: Calloway, R. (2026). Marlow vende su filial ferroviaria.",
]


def _html(extra: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    return f"<html><body><main><article><h1>{_HEADLINE}</h1>{body}{extra}</article></main></body></html>"


@pytest.mark.parametrize("note", _NOTES)
@pytest.mark.parametrize("shape", ["<p>{}</p>", "<p><em>{}</em></p>", '<div class="postmeta"><small>{}</small></div>'])
def test_note_on_the_article_closing_it_goes(note: str, shape: str) -> None:
    assert clean_html(_html(shape.format(note)))["text"].split("\n") == [_HEADLINE, *_BODY]


@pytest.mark.parametrize("note", _NOTES)
def test_note_on_the_article_closing_an_export_goes(note: str) -> None:
    assert export_lines([*_EXPORT, note, "Contact us"]) == [_HEADLINE, *_BODY]


@pytest.mark.parametrize(
    "sentence",
    [
        "The study was first published in The Lancet in 2019, and Marlow's own figures confirm it.",
        "The report originally appeared as a draft, the regulator said on Monday.",
        "Die Studie erschien zuerst im Fachblatt Nature, wie die Autoren mitteilten.",
        "Le rapport a été publié initialement en 2019 par l'autorité des transports.",
        "El informe fue publicado originalmente en 2019 por el regulador del puerto.",
        "Readers can follow the sale on the company's feed, Marlow said.",
    ],
)
def test_sentences_on_other_texts_first_published_stay(sentence: str) -> None:
    assert not is_noise_line(sentence)
    assert sentence in export_lines([*_EXPORT, sentence])
    assert sentence in clean_html(_html(f"<p>{sentence}</p>"))["text"]


_PREAMBLES = [
    "<div><p>We welcome a lively and useful debate. Please read our community guidelines before you post.</p>"
    "<p>The views below are the readers' own, not ours.</p></div>",
    '<div class="note"><p>Wir freuen uns über Ihre Meinung. Bitte beachten Sie unsere Netiquette.</p></div>',
    "<section><p>Les commentaires sont modérés avant publication.</p><p>Merci de rester courtois.</p></section>",
    "<div><div>Los comentarios son responsabilidad de sus autores.</div></div>",
]
_WIDGETS = [
    '<div class="fb-comments" data-href="https://news.example/marlow"></div>',
    '<div id="disqus_thread"></div>',
    '<div id="respond" class="comment-respond"><h3>Leave a Reply</h3></div>',
]


@pytest.mark.parametrize("preamble", _PREAMBLES)
@pytest.mark.parametrize("widget", _WIDGETS)
def test_commenting_rules_right_above_the_comments_go(preamble: str, widget: str) -> None:
    assert clean_html(_html(preamble + widget))["text"].split("\n") == [_HEADLINE, *_BODY]


@pytest.mark.parametrize("widget", _WIDGETS)
def test_last_paragraph_right_above_the_comments_stays(widget: str) -> None:
    """The article's paragraphs share one box: its last one is text, whatever follows it."""
    last = "<p>The sale is the third Marlow has made this year.</p>"
    assert clean_html(_html(last + widget))["text"].split("\n") == [
        _HEADLINE, *_BODY, "The sale is the third Marlow has made this year."
    ]


def test_short_box_above_other_things_stays() -> None:
    box = "<div><p>The sale is the third Marlow has made this year.</p></div>"
    page = _html(box + '<div class="pager"><a href="/next">Next</a></div>')
    assert "The sale is the third Marlow has made this year." in clean_html(page)["text"]
