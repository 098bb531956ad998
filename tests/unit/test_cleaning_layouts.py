"""Page layouts of real news sites that once made the cleaner lose the article: a layout wrapper whose
class names the rail it holds, page state shipped as megabytes of script text."""

from __future__ import annotations

from pathlib import Path

from streams.cleaning import clean_page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cleaning"


def clean_html(body: str) -> dict:
    """The clean record of an HTML page with this body (also used by the other layout tests)."""
    page = {"url": "https://news.example/a", "fetched_at": "2024-01-01T00:00:00Z", "content_type": "text/html"}
    return clean_page({**page, "body": body})


def test_wrapper_named_after_its_rail_keeps_the_main_element() -> None:
    text = clean_html((FIXTURES / "rail_layout.html").read_text(encoding="utf-8"))["text"]
    assert text.startswith("Harbor Logistics agrees to buy Quayside Freight\nHarbor Logistics said on Monday")
    assert text.endswith("though some questioned the timing.")
    assert "Storm closes" not in text and "Section 3" not in text


def test_script_text_does_not_count_as_page_text() -> None:
    article = "".join(
        f"<p>Paragraph {i} says that the two lenders agreed to merge their card units, which together "
        "serve four million customers, and that the regulator must still approve it.</p>"
        for i in range(2)
    )
    state = '{"x": "' + "y" * 50_000 + '"}'
    body = (
        f"<html><body><h1>Two lenders merge card units</h1><div class='article-meta'>{article}</div>"
        f"<script type='application/json'>{state}</script><style>p {{ color: red }}</style></body></html>"
    )
    assert clean_html(body)["text"].count("Paragraph") == 2


def test_body_split_into_containers_of_one_class_is_read_whole() -> None:
    text = clean_html((FIXTURES / "split_body.html").read_text(encoding="utf-8"))["text"]
    assert text.count("\n") == 5  # the headline and the five paragraphs of the three containers
    assert text.endswith("could make recycling less profitable.")
    assert "Advertisement" not in text and "Solar panel" not in text


def test_list_inside_the_body_does_not_become_the_body() -> None:
    lines = clean_html((FIXTURES / "list_article.html").read_text(encoding="utf-8"))["text"].split("\n")
    assert lines[1].startswith("An online marketplace published")
    assert "Among the findings:" in lines and "Board games had their best December since the list began." in lines
    assert lines[-1] == "The lesson: thrift is in."


def test_short_paragraphs_in_scripts_without_spaces_are_kept() -> None:
    """A CJK sentence is one or two \\w runs: its full stop, not its word count, says it is text."""
    paragraphs = "".join(
        f"<p>第{i}段：两家公司周二宣布合并，交易金额约为十亿美元，预计明年完成。</p>" for i in range(12)
    )
    story = f"<div class='story'>{paragraphs}<p>双方均表示欢迎。</p></div>"
    body = f"<html><body><h1>两家公司宣布合并</h1>{story}</body></html>"
    text = clean_html(body)["text"]
    assert text.count("\n") == 13 and text.endswith("双方均表示欢迎。")


def test_element_holding_most_of_the_prose_stays_whatever_its_class() -> None:
    text = clean_html((FIXTURES / "sidebar_layout.html").read_text(encoding="utf-8"))["text"]
    assert text.startswith("Ransomware spreads through fake game links\nResearchers have found a new strain")
    assert text.endswith("promise free versions of paid games.")


def test_comments_holding_most_of_the_prose_still_go() -> None:
    text = clean_html((FIXTURES / "sidebar_layout.html").read_text(encoding="utf-8"))["text"]
    assert "click links in text messages" not in text and "Banking trojan" not in text


def test_short_article_above_a_heavier_teaser_list_is_found() -> None:
    record = clean_html((FIXTURES / "short_post_above_teasers.html").read_text(encoding="utf-8"))
    assert record["outcome"] == "article"
    assert record["text"].split("\n")[1].startswith("A cartoonist was invited on a news show")
    assert "excerpt" not in record["text"] and "Read the rest" not in record["text"]


def test_next_article_of_an_endless_page_is_not_a_split_body() -> None:
    def article(slug: str, sentence: str, n: int) -> str:
        paragraphs = "".join(f"<p>{sentence} Paragraph {i} adds a detail, a date and a figure.</p>" for i in range(n))
        return f"<article id='{slug}'><h2>{slug}</h2><div class='detail__content'>{paragraphs}</div></article>"

    first = article("first", "The port authority approved the sale of its container terminal to a shipping group.", 6)
    second = article("second", "A later story about a regional airline that ordered twelve new turboprop aircraft.", 3)
    text = clean_html(f"<html><body>{first}{second}</body></html>")["text"]
    assert text.count("container terminal") == 6 and "turboprop" not in text


def test_split_body_of_classless_containers_is_matched_by_their_wrappers() -> None:
    def chunk(topic: str) -> str:
        paragraphs = "".join(
            f"<p>The island's {topic} recovered within five years of the goats leaving, surveyors said, "
            f"and part {i} of the survey describes how.</p>"
            for i in range(3)
        )
        return f"<div class='paragraph'><div>{paragraphs}</div></div>"

    caption = "<div class='media'><div>Goats on the cliffs before they were moved.</div></div>"
    body = f"<html><body><h1>An island reborn</h1><div>{chunk('grass')}{caption}{chunk('lizards')}</div></body></html>"
    text = clean_html(body)["text"]
    assert text.count("grass") == 3 and text.count("lizards") == 3 and "cliffs" not in text


_STORY = "".join(
    f"<p>The novelist received the book prize on Monday evening for a long experimental novel, and part {i} of "
    "the report quotes the jury on why it chose him over five other authors.</p>"
    for i in range(4)
)


def test_article_inside_a_misused_aside_is_kept() -> None:
    article = (
        f"<section itemscope itemtype='http://schema.org/Article'><h2>Novelist wins book prize</h2>{_STORY}</section>"
    )
    body = (
        f"<html><body><aside class='content-area'>{article}</aside><aside><p>Weather: sunny</p></aside></body></html>"
    )
    text = clean_html(body)["text"]
    assert text.count("the jury") == 4 and "Weather" not in text


def test_page_wrapped_in_one_form_is_read() -> None:
    nav = "<ul>" + "".join(f"<li><a href='/{i}'>Section {i}</a></li>" for i in range(10)) + "</ul>"
    form = f"<form id='page-form' method='post'>{nav}<h1>Novelist wins book prize</h1>{_STORY}</form>"
    body = f"<html><body>{form}</body></html>"
    assert clean_html(body)["text"].count("the jury") == 4


def test_sentence_set_in_heading_type_is_text() -> None:
    answer = (
        "“Leading a team means giving the people around you what they need to do their best work, and then "
        "getting out of their way so that they can surprise you with what they build together.”"
    )
    body = (
        f"<html><body><h1>Five questions for a team lead</h1><div class='interview'>{_STORY}"
        f"<h2>What does leading mean to you?</h2><h3>{answer}</h3><h2>What comes next?</h2>{_STORY}</div></body></html>"
    )
    record = clean_html(body)
    lines = record["text"].split("\n")
    assert lines.index("What does leading mean to you?") + 1 == lines.index(answer)
    assert record["paragraphs"][lines.index(answer)]["kind"] == "paragraph"


def test_blog_post_in_a_widget_next_to_link_heavy_widgets_is_kept() -> None:
    text = clean_html((FIXTURES / "blog_widget.html").read_text(encoding="utf-8"))["text"]
    assert text.startswith("Release 4.2 is out\nRelease 4.2 of the toolkit is now available.")
    assert text.endswith("the volunteers who wrote the documentation.")
    assert "January 2023" not in text and "security" not in text


def test_bold_paragraph_is_a_subheading() -> None:
    body = (
        f"<html><body><h1>Novelist wins book prize</h1><div class='story'>{_STORY}"
        "<p><strong>The shortlist</strong></p><p>Five other authors were on the shortlist, two of them debut "
        "novelists, and the jury said the choice had been close.</p></div></body></html>"
    )
    record = clean_html(body)
    lines = record["text"].split("\n")
    assert record["paragraphs"][lines.index("The shortlist")]["kind"] == "heading"


def test_class_saying_what_an_element_holds_is_no_boilerplate_cue() -> None:
    story = "".join(
        f"<p>Part {i}: the city council approved the sale of the old tram depot to a housing cooperative, "
        "which plans four hundred flats and a school on the site.</p>"
        for i in range(2)
    )
    about = (
        "<div class='about'>"
        + "<p>The city paper has reported on local politics since 1891, from the council and the courts.</p>" * 9
        + "</div>"
    )
    body = f"<html><body><h1>Council sells tram depot</h1><div class='story has-ads'>{story}</div>{about}</body></html>"
    assert clean_html(body)["text"].count("tram depot to a housing cooperative") == 2


def test_page_builder_text_widgets_hold_the_post() -> None:
    def widget(text: str) -> str:
        return (
            "<div class='builder-element builder-widget builder-widget-text-editor'>"
            f"<div class='builder-widget-container'><p>{text}</p></div></div>"
        )

    post = "".join(
        widget(
            f"Section {i} of the post: summer is here, the short dresses come out again, and earrings get their turn."
        )
        for i in range(5)
    )
    sidebar = "<div class='sidebar'><div class='widget'><p>About me: I write about fashion and travel.</p></div></div>"
    body = f"<html><body><h1>Ear cuffs for the summer</h1><div class='entry'>{post}</div>{sidebar}</body></html>"
    text = clean_html(body)["text"]
    assert text.count("earrings get their turn") == 5 and "About me" not in text


def test_short_brief_is_an_article_but_a_label_is_not() -> None:
    brief = (
        "<p>The two lenders agreed on Tuesday to merge their card units, the companies said in a joint "
        "statement; more to follow.</p>"
    )
    record = clean_html(f"<html><body><h1>Lenders merge card units</h1><div class='brief'>{brief}</div></body></html>")
    assert record["outcome"] == "article" and record["text"].endswith("more to follow.")
    label = "<p>Subscribe to read the full story, it takes a minute.</p>"
    assert clean_html(f"<html><body><h1>Lenders merge</h1><div>{label}</div></body></html>")["outcome"] == "no_article"


def test_teasers_of_other_articles_go_even_when_they_hold_most_long_paragraphs() -> None:
    teaser = (
        "<p>Another story from this week, told in a long summary with a comma or two, so that it looks "
        "like a paragraph of prose to anyone counting characters.</p>"
    )
    brief = (
        "<p>The two lenders agreed on Tuesday to merge their card units, the companies said in a joint "
        "statement, and the regulator must still approve the deal.</p>"
        + "<p>Short line number one of the brief, with a comma.</p>"
        * 6
    )
    body = (
        f"<html><body><h1>Lenders merge card units</h1><div class='story'>{brief}</div>"
        f"<div class='related-stories'>{teaser * 2}</div></body></html>"
    )
    text = clean_html(body)["text"]
    assert "regulator must still approve" in text and "Another story" not in text


def test_short_post_with_related_headings_inside_its_body_is_an_article() -> None:
    """A blog's related-posts box inside the post's own content element: its linked headings after all the prose
    make no index page of a short article (an index's teasers outnumber its prose or come between it)."""
    paragraphs = "".join(
        f"<p>The co-operative bank agreed to buy a payments start-up, its chief executive said, in paragraph {i} of "
        "a short post that gives the price, the date and the reasons.</p>"
        for i in range(5)
    )
    related = "".join(
        f"<div class='related-post'><h4 class='related-title'><a href='/r{i}'>Another headline {i} on another "
        "deal</a></h4></div>"
        for i in range(3)
    )
    body = (
        "<html><body><article><header><h1>Co-operative bank buys payments start-up</h1></header>"
        f"<div class='entry-content'>{paragraphs}<div class='relatedposts'><h3>Related</h3>{related}</div></div>"
        "</article></body></html>"
    )
    record = clean_html(body)
    assert record["outcome"] == "article"
    assert record["text"].count("short post") == 5 and "Another headline" not in record["text"]


def test_headline_list_after_one_intro_paragraph_is_still_a_list() -> None:
    """Linked headings that outnumber the prose before them are a list of teasers, whatever comes first."""
    teasers = "".join(
        f"<div class='teaser'><h3><a href='/t{i}'>Tagged story {i} about a supplier's new order</a></h3></div>"
        for i in range(6)
    )
    body = (
        "<html><body><main><div class='tag-page'><p>All our stories about the region's suppliers, their orders, "
        f"their owners and their plans, newest first.</p>{teasers}</div></main></body></html>"
    )
    assert "Tagged story" not in clean_html(body)["text"]
