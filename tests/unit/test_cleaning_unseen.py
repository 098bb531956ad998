"""What a reader never sees or never reads as the article, and what stands beside its headline: elements that CSS
utility classes keep from the screen ("sr-only", "hidden", "d-none"), unless a class shows them again from a
breakpoint on or they hold the article itself; a box on the author under its label ("About the author",
"Autor:innen"), whose portrait would outweigh an article of one paragraph; a dek in the headline's box while the
body sits in a column apart."""

from __future__ import annotations

import pytest

from tests.unit.test_cleaning_layouts import clean_html

_BODY = (
    "<p>Greywell Foods has agreed to buy the Dutch bakery chain Molenaar for about 85 million euros, the two "
    "companies said on Tuesday, in a deal that adds 40 shops to its network.</p>"
    "<p>The purchase, Greywell's third this year, is expected to close in the spring once the competition "
    "authority in The Hague has cleared it.</p>"
    "<p>Molenaar's founding family will keep a minority stake and a seat on the board, Greywell said.</p>"
)


def _page(extra: str, body: str = _BODY) -> str:
    return f"<html><body><article><h1>Greywell Foods buys Molenaar</h1>{extra}{body}</article></body></html>"


@pytest.mark.parametrize(
    "element",
    [
        '<div class="hidden">Saved to your reading list for later on every device</div>',
        '<span class="sr-only">You are reading an article in the business section</span>',
        '<div class="tooltip d-none">This article could not be saved, please try again</div>',
        '<p class="visually-hidden">Jump to the comments below this article now</p>',
        '<h2 class="screen-reader-text">Main navigation of the site and its sections</h2>',
    ],
)
def test_element_hidden_by_a_utility_class_is_no_text(element: str) -> None:
    text = clean_html(_page(element))["text"]
    assert text.startswith("Greywell Foods buys Molenaar\nGreywell Foods has agreed")
    assert element.split(">", 1)[1].split("<", 1)[0] not in text


def test_screen_reader_words_inside_a_sentence_go_and_leave_a_space() -> None:
    """Hidden even where text runs on both sides; the words around it stay apart."""
    body = _BODY.replace(
        "for about 85 million euros",
        'for about 85 million<span class="sr-only">(opens in a new window)</span>euros',
    )
    text = clean_html(_page("", body))["text"]
    assert "for about 85 million euros" in text and "new window" not in text


@pytest.mark.parametrize("classes", ["hidden lg:block", "d-none d-md-block", "invisible md:visible"])
def test_element_shown_from_a_breakpoint_on_stays(classes: str) -> None:
    """"hidden lg:block": hidden on a phone, the element of a desktop's page."""
    dek = "The Dutch chain's forty shops will keep their name and their staff, the buyer promised."
    text = clean_html(_page(f'<p class="{classes}">{dek}</p>'))["text"]
    assert dek in text


def test_hidden_wrapper_holding_the_article_stays() -> None:
    """A script reveals a body hidden until the page has loaded: the article is inside, so it stays."""
    html = f'<html><body><div class="hidden"><h1>Greywell Foods buys Molenaar</h1>{_BODY}</div></body></html>'
    assert "Greywell Foods has agreed to buy" in clean_html(html)["text"]


_SHORT_ARTICLE = (
    "<p>The harbour board approved on Friday the sale of the old grain silo to Pellow Estates for 4.2 million "
    "pounds, ending a dispute that has lasted two years.</p>"
)
_PORTRAIT = (
    "<p>Born in 1979, she has been a reporter at the paper since 2008, covering ports, shipping and the regional "
    "economy, and before that worked for two news agencies in London and Rotterdam.</p>"
    "<p>She studied economics, history and Dutch at the universities of Leeds and Leiden.</p>"
)


@pytest.mark.parametrize("label", ["Author", "About the author", "Autor:innen", "Sobre la autora", "Auteurs"])
def test_author_box_under_its_label_is_never_the_body(label: str) -> None:
    """The portrait's two paragraphs outweigh an article of one paragraph; under its label it is no candidate."""
    html = (
        "<html><body><h1>Harbour board sells the old grain silo</h1>"
        f'<div class="content">{_SHORT_ARTICLE}</div>'
        f'<div class="box"><h2><span>{label}</span></h2><div class="columns"><a href="/a/jd">Jane Doe</a>'
        f'<div class="content">{_PORTRAIT}</div></div></div></body></html>'
    )
    text = clean_html(html)["text"]
    assert "Pellow Estates for 4.2 million pounds" in text
    assert "Born in 1979" not in text and label not in text


def test_label_with_a_name_is_no_box_heading() -> None:
    """"Author: Jane Doe" is a byline, not the heading of a box: the paragraphs after it are the article."""
    html = (
        "<html><body><article><h1>Harbour board sells the old grain silo</h1>"
        f"<p>Author: Jane Doe</p>{_SHORT_ARTICLE}{_SHORT_ARTICLE.replace('Friday', 'Monday')}</article></body></html>"
    )
    text = clean_html(html)["text"]
    assert "approved on Friday" in text and "approved on Monday" in text


def test_long_text_under_an_author_label_stays() -> None:
    """A portrait is short: a long run under the label is the article going on (an interview with the author)."""
    long_run = "".join(_SHORT_ARTICLE.replace("Friday", f"day {i}") for i in range(8))
    html = (
        "<html><body><article><h1>Harbour board sells the old grain silo</h1>"
        f"<h2>The author</h2>{long_run}</article></body></html>"
    )
    assert "approved on day 7" in clean_html(html)["text"]


_DEK = "The Dutch chain's forty shops keep their name, and the buyer says none of its 600 bakers will lose their job."


def _headed_page(dek_box: str) -> str:
    """A page header apart from the article's column, the body's paragraphs many wrappers deep."""
    column = "".join(f"<div class=w{i}>" for i in range(9)) + _BODY + "</div>" * 9
    return (
        f"<html><body><div class=page><div class=head><h1>Greywell Foods buys Molenaar</h1>{dek_box}</div>"
        f"<div class=main>{column}</div></div></body></html>"
    )


@pytest.mark.parametrize("dek_box", [f"<p>{_DEK}</p>", f"<div class=intro><p>{_DEK}</p></div>"])
def test_dek_beside_the_headline_is_the_lead(dek_box: str) -> None:
    """Right below the headline in its box (or in a wrapper of its own there), however deep the body sits."""
    text = clean_html(_headed_page(dek_box))["text"]
    assert text.startswith(f"Greywell Foods buys Molenaar\n{_DEK}\nGreywell Foods has agreed")


def test_subtitle_set_as_a_heading_beside_the_headline_is_the_lead() -> None:
    """A subtitle in heading type ends without a full stop; right below the headline in its box, it is the dek."""
    subtitle = "A bakery chain of forty shops for the food group from the north"
    text = clean_html(_headed_page(f"<h2>{subtitle}</h2>"))["text"]
    assert text.startswith(f"Greywell Foods buys Molenaar\n{subtitle}\nGreywell Foods has agreed")


@pytest.mark.parametrize(
    "dek_box",
    [
        "<p>Shops and bakeries of the Low Countries, our weekly guide to the trade and its people</p>",  # no sentence
        f"<p>{_DEK.split(',')[0]}.</p>",  # too short for a dek
        f"<p>Updated on Tuesday at 10:00 by the business desk of the paper.</p><p>{_DEK}</p>",  # not the first
    ],
)
def test_other_lines_beside_the_headline_are_no_dek(dek_box: str) -> None:
    text = clean_html(_headed_page(dek_box))["text"]
    assert _DEK not in text and "weekly guide" not in text
