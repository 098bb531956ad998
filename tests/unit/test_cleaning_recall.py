"""Article text the cleaner used to lose on real pages: a body that a script renders and that the page gives in
full to readers without scripts inside <noscript> (Blogger's templates), and a body cut into the components of a
content framework whose class names all open with its namespace ("cmp-text", "cmp-container" of Adobe's Core
Components), which read as a consent box's cue; a dek lost to a teaser box that lists the article itself under a
linked heading tying with the headline. Boilerplate of the same shapes must still go."""

from __future__ import annotations

import pytest

from tests.unit.test_cleaning_layouts import clean_html

_PARAGRAPHS = (
    "Harwick Labs has released a new version of its browser shield that checks each page a reader opens "
    "against a list of known phishing sites, updated every few minutes.",
    "The company said attackers now rotate their domains within hours, so a list refreshed once a day no "
    "longer keeps up with them, and that the new checks run in real time.",
    "Readers who turn the feature on share the address of a suspicious page with the service, which the "
    "company says it deletes after a day and never links to an account.",
    "The shield is free and will reach every desktop version of the browser over the coming weeks, "
    "starting with readers in Europe and North America.",
)
_PROSE = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)


def _text(html: str) -> str:
    return clean_html(f"<html><body>{html}</body></html>")["text"]


@pytest.mark.parametrize(
    "page",
    [
        # a blog template: the post's body only in <noscript>, the script's mount point empty
        f'<div class="post"><h1>Harwick Labs ships a faster shield</h1><div class="post-body">'
        f'<script>render()</script><noscript>{_PROSE}</noscript></div></div>',
        # the whole column in <noscript>, a "loading" wrapper around it
        f'<div class="loading"><h1>Harwick Labs ships a faster shield</h1>'
        f'<noscript><div class="entry">{_PROSE}</div></noscript></div>',
        # beside a menu that the page shows without scripts
        f'<ul class="menu"><li><a href="/a">Home</a></li><li><a href="/b">Archive</a></li></ul>'
        f'<h1>Harwick Labs ships a faster shield</h1><noscript>{_PROSE}</noscript>',
    ],
)
def test_body_given_in_noscript_is_the_article(page: str) -> None:
    text = _text(page)
    assert all(p in text for p in _PARAGRAPHS)
    assert "Archive" not in text


@pytest.mark.parametrize(
    "notice",
    [
        "<noscript><p>Please enable JavaScript to view the comments powered by our discussion service.</p></noscript>",
        '<noscript><img src="/pixel.gif"><p>This site works best with JavaScript turned on.</p></noscript>',
        "<noscript><div>Your browser does not support scripts, some features of this page will not work "
        "as intended.</div></noscript>",
    ],
)
def test_noscript_notice_without_prose_goes(notice: str) -> None:
    """A <noscript> with a line asking for scripts, or a tracking pixel, is no text of the article."""
    text = _text(f"<article><h1>Harwick Labs ships a faster shield</h1>{_PROSE}{notice}</article>")
    assert _PARAGRAPHS[-1] in text
    assert "JavaScript" not in text and "scripts" not in text


def test_noscript_copy_of_a_shown_body_is_not_doubled() -> None:
    """A page that shows its body and repeats it in <noscript> keeps one copy: the body is one element."""
    page = (
        f'<article><h1>Harwick Labs ships a faster shield</h1><div class="body">{_PROSE}</div></article>'
        f'<noscript><div class="body-static">{_PROSE}</div></noscript>'
    )
    text = _text(page)
    assert text.count(_PARAGRAPHS[0]) == 1


def _component(text: str) -> str:
    return (
        '<section class="richtext-component grid-column"><div class="richtext">'
        f'<div class="cmp-text"><p>{text}</p></div></div></section>'
    )


@pytest.mark.parametrize(
    "wrap",
    [
        # every paragraph in a text component of its own, the components in a container component
        lambda body: f'<div class="cmp-container">{body}</div>',
        # the same without the container's class
        lambda body: f'<div class="grid">{body}</div>',
        # a title component heading the body
        lambda body: f'<div class="cmp-title"><h2>Why attackers move fast</h2></div>{body}',
    ],
)
def test_body_in_framework_components_stays(wrap) -> None:  # noqa: ANN001
    body = "".join(_component(p) for p in _PARAGRAPHS)
    text = _text(f"<main><h1>Harwick Labs ships a faster shield</h1>{wrap(body)}</main>")
    assert all(p in text for p in _PARAGRAPHS)


@pytest.mark.parametrize(
    "box",
    [
        '<div class="usercentrics-cmp"><p>We use cookies and similar tools to run this site and to measure how '
        "it is used, with your consent.</p></div>",
        '<div id="cmp"><p>We and our partners store and access information on your device to show you '
        "personalised content.</p></div>",
        '<div class="cmp cmp-banner"><p>This site asks for your agreement before it stores anything on your '
        "device for analytics.</p></div>",
    ],
)
def test_consent_box_named_cmp_still_goes(box: str) -> None:
    """"cmp" alone or closing a class name still names a consent management platform's box."""
    body = "".join(_component(p) for p in _PARAGRAPHS)
    text = _text(f"<main><h1>Harwick Labs ships a faster shield</h1>{body}</main>{box}")
    assert _PARAGRAPHS[0] in text
    assert "device" not in text and "consent" not in text


@pytest.mark.parametrize(
    "furniture",
    [
        '<div class="cmp-navigation"><ul><li><a href="/a">Heating</a></li><li><a href="/b">Solar power</a></li>'
        '<li><a href="/c">Insulation</a></li></ul></div>',
        '<div class="cmp-teaser"><a href="/d">Heat pumps for old houses: what to check before buying</a></div>',
        '<div class="cmp-breadcrumb"><a href="/">Start</a> / <a href="/w">Knowledge</a></div>',
    ],
)
def test_framework_components_of_boilerplate_still_go(furniture: str) -> None:
    """Past the namespace, the component's name is the cue: navigation, teasers, breadcrumbs go."""
    body = "".join(_component(p) for p in _PARAGRAPHS)
    text = _text(f"<main>{furniture}<h1>Harwick Labs ships a faster shield</h1>{body}</main>")
    assert _PARAGRAPHS[0] in text
    assert not any(word in text for word in ("Solar power", "old houses", "Knowledge"))


_HEADLINE = "Harwick Labs ships a faster shield for its browser"
_DEK = "The company's new checks run in real time and reach every desktop version over the coming weeks."
_TEASERS = (
    '<div class="box"><div>Front page</div>'
    f'<h3><a href="/a">{_HEADLINE}</a></h3><h3><a href="/b">Rail strike called off after a late offer</a></h3>'
    '<h3><a href="/c">City council backs the new tram line to the airport</a></h3></div>'
)


def _titled(html: str) -> str:
    return clean_html(f"<html><head><title>{_HEADLINE} | The Courier</title></head><body>{html}</body></html>")["text"]


@pytest.mark.parametrize(
    "page",
    [
        # the page's header with the headline and its dek, a box of teasers listing this very article, the body
        f'<header class="story-head"><h1>{_HEADLINE}</h1><div class="dek"><p>{_DEK}</p></div></header>'
        f'{_TEASERS}<div class="story-body">{_PROSE}</div>',
        # the same with the dek's sentence in a div of its own and the box in an <article>
        f'<div class="top"><h1>{_HEADLINE}</h1><div class="subtitle">{_DEK}</div></div>'
        f'<article class="cards">{_TEASERS}</article><div class="text">{_PROSE}</div>',
    ],
)
def test_teaser_repeating_the_headline_does_not_take_its_place(page: str) -> None:
    """A linked heading in a teaser box that names this very article ties with the headline on the page
    title; the unlinked one is the headline, so the dek between them is the article's lead."""
    text = _titled(page)
    assert text.startswith(f"{_HEADLINE}\n{_DEK}\n{_PARAGRAPHS[0]}")
    assert "Rail strike" not in text and "tram line" not in text


def test_linked_headline_without_a_rival_stays_the_headline() -> None:
    """A headline written as a link to its own page is still the headline when no unlinked heading ties."""
    text = _titled(f'<article><h1><a href="/this">{_HEADLINE}</a></h1><p>{_DEK}</p>{_PROSE}</article>')
    assert text.startswith(f"{_HEADLINE}\n{_DEK}")
