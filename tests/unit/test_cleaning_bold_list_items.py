"""A list whose items are set in bold is a list, not a run of subheadings: its short items stay even when no
paragraph follows them (a subheading followed by another heading goes), as the benchmarks' bodies keep them. A
bold paragraph is still a subheading, and bold link lists (menus, teasers, related stories) still go."""

from __future__ import annotations

import pytest

from tests.unit.test_cleaning_layouts import clean_html

_HEADLINE = "Harbour board sets out its rules for the new marina"
_PARAGRAPHS = [
    "The harbour board of Westerhaven has published the rules that will govern the new marina when it opens "
    "to private boats next spring, after two years of building work.",
    "Owners will book their berths online and pay by the season, and the board said it would keep a fifth of the "
    "berths for visiting boats from other ports.",
    "The board's chair said the rules had been written with the sailing clubs and would be reviewed after the "
    "first summer.",
]
_ITEMS = ["Book ahead", "Pay online", "Keep it clean", "No engines at night", "Respect the quiet hours", "Sail safely"]
_LABEL = "The rules in short:"


def _page(items: str, tail: str = "") -> str:
    prose = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return (
        f"<html><body><article><h1>{_HEADLINE}</h1>{prose}<p>{_LABEL}</p>{items}"
        "<p>The board will publish the full rules on its website before the marina opens.</p>"
        f"{tail}</article></body></html>"
    )


@pytest.mark.parametrize(
    "shape",
    [
        '<ol class="rte--list">{}</ol>',
        "<ul>{}</ul>",
        '<div class="box"><ul class="list">{}</ul></div>',
    ],
)
@pytest.mark.parametrize(
    "item", ["<li><strong>{}</strong></li>", "<li><b>{}</b><br/></li>", "<li> <strong>{} </strong></li>"]
)
def test_bold_list_items_stay(shape: str, item: str) -> None:
    lines = clean_html(_page(shape.format("".join(item.format(i) for i in _ITEMS))))["text"].split("\n")
    assert lines[lines.index(_LABEL) + 1 : lines.index(_LABEL) + 1 + len(_ITEMS)] == _ITEMS


def test_bold_list_items_are_paragraphs_not_headings() -> None:
    record = clean_html(_page("<ul>" + "".join(f"<li><strong>{i}</strong></li>" for i in _ITEMS) + "</ul>"))
    lines = record["text"].split("\n")
    assert {record["paragraphs"][lines.index(i)]["kind"] for i in _ITEMS} == {"paragraph"}


def test_bold_paragraphs_in_a_row_are_still_headings_that_go() -> None:
    """Two bold paragraphs in a row: the first heads nothing and goes, the second heads the paragraph below."""
    items = "<p><strong>Berths</strong></p><p><strong>Fees</strong></p>"
    record = clean_html(_page(items))
    lines = record["text"].split("\n")
    assert "Berths" not in lines
    assert record["paragraphs"][lines.index("Fees")]["kind"] == "heading"


@pytest.mark.parametrize(
    "links",
    [
        # a menu of bold links above the article
        '<ul class="menu"><li><a href="/"><strong>Home</strong></a></li><li><a href="/n"><strong>News</strong></a>'
        '</li><li><a href="/s"><strong>Sailing</strong></a></li></ul>',
        # bold teasers of other stories inside the article's container
        '<ul><li><a href="/a"><strong>Ferry fares rise again</strong></a></li><li><a href="/b"><strong>New '
        "lighthouse keeper named</strong></a></li><li><a href='/c'><strong>Dredging starts in May</strong></a></li>"
        "</ul>",
    ],
)
def test_bold_link_lists_still_go(links: str) -> None:
    text = clean_html(_page("", tail=links).replace("<article>", links + "<article>", 1))["text"]
    for word in ("Home", "Sailing", "Ferry fares", "lighthouse", "Dredging"):
        assert word not in text


def test_bold_items_under_a_related_label_still_go() -> None:
    items = "".join(f'<li><a href="/{n}"><strong>{t}</strong></a></li>' for n, t in enumerate(("Ferry fares", "Tides")))
    related = f"<h3>Related</h3><ul>{items}</ul>"
    text = clean_html(_page("", tail=related))["text"]
    assert "Ferry fares" not in text and "Tides" not in text


def test_lone_bold_item_in_a_box_of_page_tools_still_goes() -> None:
    """A tools list below the article: the "Print" button's link goes by its class, leaving its bold label alone
    in an item beside items that are not bold; neither it nor the heading above the box becomes text."""
    tools = (
        "<h4>More audio on this topic</h4><ul><li><strong>Date</strong> 02.06.2026</li><li><strong>Print</strong> "
        '<a class="icon print" href="javascript:window.print()">Print this page</a></li>'
        "<li><strong>Permalink</strong> https://p.example/x1</li></ul>"
    )
    lines = clean_html(_page("", tail=tools))["text"].split("\n")
    assert "Print" not in lines and "More audio on this topic" not in lines
