"""The edges of the article body: a lead that stands apart from the headline and from the body's
paragraphs, and closing lines set in heading type."""

from __future__ import annotations

from tests.unit.test_cleaning_layouts import clean_html

_PARAGRAPHS = (
    "The port authority said on Tuesday that the new crane line, built over two years, will double the "
    "number of containers the terminal handles each week.",
    "Dock workers, who had feared the cranes would cost jobs, said the operator had promised to retrain "
    "every driver, and the union welcomed the plan.",
    "The first ships are expected in March, when the terminal opens its second berth to larger vessels "
    "from the northern routes.",
)


def _wrapped(text: str) -> str:
    """A paragraph in the nested wrappers of a page builder (row > column > wrapper > text > wrapper)."""
    return (
        "<div class='row'><div class='column'><div class='wrapper'><div class='text-block'>"
        f"<div class='inner'><p>{text}</p></div></div></div></div></div>"
    )


def test_dek_in_the_article_while_the_headline_stands_in_the_page_header_is_the_lead() -> None:
    dek = "A harbour that lost half its trade in ten years bets on automation, and its workers agree to it."
    body = (
        "<html><body><div><header><div class='hero'><div class='title-box'><h1>Harbour doubles its crane line"
        "</h1></div></div></header><main><div class='grid'><article class='post'>"
        f"<h2 class='intro'>{dek}</h2><div class='content'>"
        + "".join(_wrapped(p) for p in _PARAGRAPHS)
        + "</div></article></div></main></div></body></html>"
    )
    lines = clean_html(body)["text"].split("\n")
    assert lines == ["Harbour doubles its crane line", dek, *_PARAGRAPHS]


def test_closing_sentences_set_in_heading_type_stay() -> None:
    closing = "The union will vote on the plan in May. Its leaders back it."
    story = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    body = f"<html><body><h1>Harbour doubles its crane line</h1><div class='story'>{story}<h4>{closing}</h4></div>"
    assert clean_html(body)["text"].endswith(_PARAGRAPHS[-1] + "\n" + closing)


def test_heading_of_one_phrase_or_a_trailing_teaser_line_is_no_closing_paragraph() -> None:
    story = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    for heading in ("What comes next?", "Is it over? We asked the dock workers ..."):
        body = f"<html><body><h1>Harbour doubles its crane line</h1><div class='story'>{story}<h3>{heading}</h3>"
        assert clean_html(body)["text"].endswith(_PARAGRAPHS[-1])


def test_dateline_opening_the_first_paragraph_stays_whatever_its_class() -> None:
    first = "<p><span class='dateline'>ROTTERDAM —</span> " + _PARAGRAPHS[0] + "</p>"
    story = first + "".join(f"<p>{p}</p>" for p in _PARAGRAPHS[1:])
    body = f"<html><body><h1>Harbour doubles its crane line</h1><div class='story'>{story}</div></body></html>"
    text = clean_html(body)["text"]
    assert "\nROTTERDAM — The port authority said" in text


def test_dated_box_of_its_own_still_goes() -> None:
    story = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    dated = "<div><span class='dateline'>Updated 12 March</span></div>"
    body = f"<html><body><h1>Harbour doubles its crane line</h1><div class='story'>{dated}{story}</div></body></html>"
    assert "Updated" not in clean_html(body)["text"]


def test_short_h1_above_the_heading_the_title_repeats_is_the_headline() -> None:
    """The intro between the <h1> and the longer heading the <title> repeats is the article's."""
    intro = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS[:2])
    body = (
        "<html><head><title>Cranes vs. tugs: which harbour wins? | Port Weekly</title></head><body>"
        f"<article><h1>Cranes vs. tugs</h1><div class='intro'>{intro}</div>"
        "<div class='wrap'><div class='outro'><h2>Cranes vs. tugs: which harbour wins?</h2>"
        + "".join(f"<p>{p.replace('port authority', 'tug operator')}</p>" for p in _PARAGRAPHS)
        + "</div></div></article></body></html>"
    )
    lines = clean_html(body)["text"].split("\n")
    assert lines[:3] == ["Cranes vs. tugs", *_PARAGRAPHS[:2]]


def test_site_name_in_an_h1_above_the_headline_is_not_the_headline() -> None:
    story = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    body = (
        "<html><head><title>Harbour doubles its crane line | Port Weekly</title></head><body>"
        "<h1>Port Weekly</h1><p>News and views from the docks of the northern coast since 1998, every week.</p>"
        f"<h2>Harbour doubles its crane line</h2><div class='story'>{story}</div></body></html>"
    )
    assert clean_html(body)["text"].split("\n")[0] == "Harbour doubles its crane line"
