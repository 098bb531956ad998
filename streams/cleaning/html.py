"""Main-content extraction from HTML on one selectolax (Lexbor) parse, without recursion:

1. one iterative walk over <body> (scripts, styles, sign-up boxes and <noscript>s without prose removed first)
   turns the page into text blocks (one per paragraph-like element; a table row or a definition-list term of
   short cells is one line), skipping dropped tags, elements whose class/id/role marks boilerplate (cues.yaml)
   and elements that a CSS utility class keeps from the screen ("sr-only", "d-none"), unless they hold the
   article (<main>, the articleBody, most of the prose); a box on the author under its label ("About the
   author") goes too;
2. paragraph scores (length, commas, link density) go to the blocks' parents and grandparents, and the
   best-scored element is the article body; good sibling containers join it, and so do containers of
   the same class in the same article (a body split by ads); a teaser list that outweighs a short
   article is set aside;
3. the headline (the <h1> that matches the page title, or a short <h1> above the heading that does) and the
   lead between it and the body are put in front; ads, credits, captions, bylines, link lists, date lines,
   lists of the story's points ("Story highlights"), sections opened by an end label ("Related posts") and the
   short box of commenting rules right above a comments widget are dropped;
4. when the markup shows less than a third of the page's JSON-LD articleBody (a script renders the body, a
   paywall shows its teaser), that articleBody is the body."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from html import unescape
from itertools import islice, takewhile

from selectolax.lexbor import LexborHTMLParser, LexborNode

from streams.cleaning.blocks import (
    HEADING,
    PARAGRAPH,
    TITLE,
    Piece,
    ends_sentence,
    gives_email,
    has_inner_sentence_end,
    is_author_list,
    is_author_name,
    is_capitals_credit,
    is_caption,
    is_date_line,
    is_noise_line,
    is_prose_paragraph,
    is_signed_date_line,
    squash,
    word_count,
)
from streams.cleaning.cues import cues
from streams.cleaning.metadata import without_last_segment
from streams.cleaning.text_export import SLUG_HITS, folded_words, slug_words

# fmt: off
_BLOCK_TAGS = frozenset(
    (
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
        "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "center", "address", "details",
        "summary", "hr", "body"
    )
)
# fmt: on
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
# Phrasing elements: one standing inside a sentence is part of it, whatever its class says ("popup" notes).
_INLINE_TAGS = frozenset(("a", "span", "em", "strong", "b", "i", "u", "font", "abbr", "cite", "q", "mark", "small"))
_CELLS = frozenset(("td", "th"))
_LINE_PARTS = {"td": _CELLS, "th": _CELLS, "dt": frozenset(("dd",))}  # what may follow on the same line
_LINE_TAGS = frozenset(("tr", "dl"))  # such a line's tag
_SCORED_TAGS = frozenset(["p", "div", "td", "blockquote", "pre", "section", "article", "dd", "li"])
_SKIP_TAGS = frozenset(("-comment", "head", "title", "meta", "link", "base", "img"))
_UNRENDERED = "script, style, noscript, template"
# An element holding one of these holds the article: never boilerplate ("layout-with-rail" wrappers).
_ARTICLE_ROOTS = "main, [itemprop=articleBody]"
_ARTICLE_MARKS = f"h1, {_ARTICLE_ROOTS}"
# Sectioning elements dropped as boilerplate unless the article is inside (markup misuses them).
_SECTIONING = frozenset(("aside", "nav", "footer", "form", "header"))
_TOKEN_SPLIT = re.compile(r"[\s_\-:/.]+|(?<=[a-z])(?=[A-Z])")
# "has-ads", "layout-with-rail", "main--withSidebar", "contentWithRail": the element holds that thing (and more),
# it is not that thing; "no_caption", "without-ads", "noAds": it lacks that thing.
_HOLDER = re.compile(
    r"(?:(?<![a-zA-Z])(?i:has|with|contains|no|without)|(?<=[a-z])(?:Has|With|Contains|No|Without))"
    r"(?:[-_]+[a-zA-Z]+|[A-Z][a-z]+)"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# a class that shows the element again from a breakpoint on: "hidden lg:block", "d-none d-md-block", "md:visible"
_SHOWN_AT_BREAKPOINT = re.compile(
    r"(?:[\w-]+:)+(?:block|flex|grid|inline|inline-block|inline-flex|table|contents|visible)"
    r"|d-[a-z]{2,3}-(?:block|flex|grid|inline|inline-block|inline-flex|table)"
)
_MAX_DEPTH = 256
_MAX_NODES = 300_000
_MIN_ARTICLE_CHARS = 100  # besides overlong runs: a page of one endless token ("aaaa...") holds no article
_LONGEST_WORD = re.compile(r"\w{65,}")  # longer runs of letters are no words of any language
_INDEX_MIN_TEASERS = 3
_PROSE_PARAGRAPHS = 3
_PROSE_CHARS = 400
_LONG_PARAGRAPH = 80
_PROSE_SPAN_CHARS = 160  # a phrasing element with this much text ending a sentence is a paragraph
_MOST_PROSE = 1 / 2  # an element with this share of the page's long paragraphs holds the article
_PROPAGATION = (1.0, 0.5, 0.25)
_TOP_CANDIDATES, _RIVAL_SHARE, _MIN_RIVALS = 5, 0.75, 3
_TITLE_MATCH = 0.5  # word overlap of a heading with the page title that makes it the headline
_HEADLINE_PLACES = 3  # the first pieces where an unmarked headline stands (a kicker, a caption above it)
_TITLED_SHARE = 0.2  # the titled article's body may weigh this little beside a longer article on its page
# Blocks that may hold a picture's caption set as a paragraph (not headings, not list items).
_CAPTIONED = frozenset(("p", "div", "td", "dd"))
_PICTURE_CAPTION_WORDS = 25  # a longer line beside a picture is a paragraph that lost its full stop
_PROSE_WORDS = 10  # a paragraph of prose below a picture: the article goes on
_SCENE_SENTENCE_WORDS = 16  # a picture's description in one sentence, no credit
_PICTURE_BOX_CHILDREN = 3  # a picture's box holds the picture (or its link), the caption and little else
_PICTURE_BOX_SPACE = 200  # the box's text is the caption's with its layout whitespace
# A picture's box with a credit line of its own beside the caption ("<div class=bild><img><div>View into the hall
# ...</div><div>Foto: X</div></div>"): the box is this many levels above the caption at most, the caption a sentence
# or two, the credit a label and a name.
_PICTURE_BOX_REACH, _CREDITED_CAPTION_WORDS, _CREDIT_LINE_WORDS = 3, 40, 10
_PICTURE_BOX_PARTS = 6  # the picture (or its link), the caption, a credit or two: more is a body's container
# a sentence's full stop, then its credit in brackets: "... (Keystone)", "... (Courtesy photo)"
_BRACKETED_CREDIT = re.compile(r"(?<=[.!?])\s*\((?:\s*[^()\s.]+){1,4}\s*\)$")
_PROFILE_HEADING_WORDS = 6  # "About Tamsin Health Technologies Inc."
_AUTHOR_LABEL_WORDS = 4  # "About the authors", "Autorinnen und Autoren": a longer line says more than a label
_AUTHOR_BOX_WORDS = 150  # a portrait of the author is short; more under the label is the article going on
_END_LABEL_CHARS = 100  # a longer line starting with an end label ("Related ...") is text
_WIRE_SOURCE_WORDS = 8  # "SOURCE Lumatec Holdings plc"
_ORDER_CALL_WORDS = 40  # a magazine's promotion: the issue, its focus and the call to order it
_CONTACT_LINE_WORDS = 80  # "Media contacts: X press office, +44 ...; Y communications, +44 ..."
# a phone number in international form ("+44 20 7946 0000", "0049 (0)30 123456")
_PHONE = re.compile(r"(?:\+|(?<!\d)00)\d{1,3}(?:[\s./()-]*\d){6,}")
_SIGNUP_FORMS = "form:has(input[type=email])"
_SIGNUP_BOX_CHARS = 400  # text of a sign-up box (heading, pitch, consent line); more is the page around it
_AD_CHARS = 200  # the ad beside an ad label in the label's box: a line of ad copy, not a paragraph
_COMMENT_WORDS = 40  # a reader's comment under its signature: a line or two; more is the article going on
_REPORT_LABEL_WORDS = 6  # the label atop a typo-report box ("Found a mistake in the text?"); more is a paragraph
_READ_ALSO_WORDS = 30  # a "read also" box: its label and a teaser's headline, maybe its date; more is an info box
_PREAMBLE_WORDS = 100  # the rules above a comment form: a paragraph or two; more is the article going on
# The body may sit this many levels below the element it shares with the headline for the blocks between
# them to be its lead (a page's wrappers: article > grid > column > content > body > text > p; deks of news
# sites sit that far above their body's paragraphs).
_LEAD_DEPTH = 7
# A dek stands in the headline's box, or in a wrapper of its own beside the headline ("<div class=intro><p>"):
# it shares the headline's parent or grandparent. Prose there is a dek from this many words on, ending a sentence
# (a subtitle in heading type may be shorter and end without a full stop).
_DEK_REACH, _DEK_WORDS = 2, 12
# JSON-LD's articleBody replaces the body found in the markup when it is this long and the markup's body shows
# less than a third of it.
_STRUCTURED_BODY_CHARS = 500
_STRUCTURED_BODY_SHARE = 3
_MARKUP = re.compile(r"<[^<>]{0,500}>")
_PARAGRAPH_BREAK = re.compile(r"\n+|\r+")
_LINKED_SENTENCE_WORDS = 12
_HEADING_WORDS = 25  # a longer "heading" is text set in heading type (a pull quote, an answer)
_SUBHEADING_WORDS = 12  # a subheading set in a <div> ("<div class=zt>Demand from China</div>") is short
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of letters: a rating ("9,2 / 10") or a time is no title
_PICTURES = "img, svg, picture, video, canvas, button"
_LINKED_HEADING_PROSE = 40  # words of the paragraph that makes a linked heading a section's heading
_WORDS = re.compile(r"\w+")
_COMMAS = re.compile("[,，、]")
# How a short paragraph ends when it is text: a sentence, or a lead-in to a list (":"); CJK stops too.
_CLOSINGS = (".", "!", "?", ":", "。", "！", "？", "：")
_ENTER, _EXIT_BLOCK, _EXIT_LINK = range(3)
MAX_HTML_CHARS = 3_000_000  # longer pages are cut: the article is near the top, the rest is work
# Lexbor slows down quadratically on very deep nesting: tags past this depth are dropped before parsing.
_MAX_NESTING = 1000
_NESTING_CHECK_TAGS = 5000  # pages with fewer tags cannot nest that deep: no check
_OPENING_RUN = 1000  # opening tags in a row without a closing tag: the cheap sign of deep nesting
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,15})\b[^<>]{0,2000}?(/?)>")
# Void elements and elements whose end tag may be left out do not deepen the nesting.
# fmt: off
_FLAT_TAGS = frozenset(
    (
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot", "colgroup"
    )
)
# fmt: on


@dataclass(slots=True)
class _Block:
    text: str
    tag: str
    link_chars: int
    path: tuple[int, ...]  # ids of the enclosing block elements, outermost first

    @property
    def link_density(self) -> float:
        return self.link_chars / max(len(self.text), 1)


def _unlinked_chars(node: LexborNode) -> int:
    """Characters of text outside links: what a reader reads, not what a menu lists."""
    return len(node.text(deep=True)) - sum(len(a.text(deep=True)) for a in node.css("a"))


def _long_paragraphs(node: LexborNode) -> int:
    return sum(1 for p in node.css("p") if len(p.text(deep=True)) >= _LONG_PARAGRAPH)


def _cue_tokens(attrs: dict, tag: str = "") -> frozenset[str]:
    """The words of an element's class and id, lowercased, without those that name what it holds. A
    heading's id is an anchor named after its text or the table of contents ("nav_outlook_1"), no cue."""
    return _tokens(attrs.get("class") or "", "" if tag in _HEADINGS else attrs.get("id") or "")


@lru_cache(maxsize=4096)
def _hidden_by_class(cls: str) -> bool:
    """A CSS utility class keeps the element from the screen ("sr-only", "d-none") and no class shows it
    again at a breakpoint ("hidden lg:block" is a desktop's element). Cached like _tokens."""
    names = cls.split()
    return not cues().hidden_classes.isdisjoint(names) and not any(map(_SHOWN_AT_BREAKPOINT.fullmatch, names))


@lru_cache(maxsize=8192)
def _tokens(cls: str, ident: str) -> frozenset[str]:
    """Cached: the elements of a page, and the pages of a site, repeat a few class names many times. A
    framework's namespace opening a class name ("cmp-text") is no cue, the component's name after it is."""
    words = _HOLDER.sub(" ", f"{cues().component_prefix.sub('', cls)} {ident}")
    return frozenset(t.lower() for t in _TOKEN_SPLIT.split(words) if t)


def _is_words(node: LexborNode | None) -> bool:
    return node is not None and node.tag == "-text" and not (node.text_content or "").isspace()


def _is_running_text(node: LexborNode) -> bool:
    """A phrasing element that is text whatever its class says: text of the same block runs on both sides
    (a word or phrase of a sentence), it opens a paragraph's sentence (a dateline: "<p><span
    class=dateline>CAIRO —</span> Gunmen ..."), or it holds sentences of prose itself (a paragraph pasted
    with its source's markup: "<span class='...ContentTags'>")."""
    before, after = node.prev, node.next
    opens = before is None or (before.tag == "-text" and not _is_words(before))
    if _is_words(after) and (_is_words(before) or (opens and node.parent is not None and node.parent.tag == "p")):
        return True
    text = node.text(deep=True).strip()
    return len(text) >= _PROSE_SPAN_CHARS and ends_sentence(text)


def _heads_an_article(header: LexborNode) -> bool:
    """A <header> inside an <article> introduces that article (headline, dek), not the site."""
    node = header.parent
    while node is not None and node.tag != "body":
        if node.tag == "article":
            return True
        node = node.parent
    return False


def _holds_prose(node: LexborNode) -> bool:
    """Several paragraphs of text: an article body whose class names happen to carry a cue word
    ("story-body sharing-enabled")."""
    paragraphs = [len(p.text(deep=True)) for p in node.css("p")[: _PROSE_PARAGRAPHS * 4]]
    return sum(1 for n in paragraphs if n >= _LONG_PARAGRAPH) >= _PROSE_PARAGRAPHS and sum(paragraphs) >= _PROSE_CHARS


class _Walker:
    """Turns the DOM under <body> into a flat list of text blocks in reading order."""

    def __init__(self, body: LexborNode) -> None:
        self.body = body
        self.cues = cues()
        self._total_chars: int | None = None
        self._page_prose: int | None = None
        self._runs: dict[tuple[int, frozenset[str]], bool] = {}
        self.blocks: list[_Block] = []
        self.elements: dict[int, LexborNode] = {}  # the block elements by id
        self._buf: list[str] = []
        self._links = 0

    def total_chars(self) -> int:
        if self._total_chars is None:
            self._total_chars = _unlinked_chars(self.body)
        return self._total_chars

    def holds_most_prose(self, *nodes: LexborNode) -> bool:
        """The elements hold most of the page's long paragraphs: whatever their class says ("sidebar-layout",
        "l-sidebar-fixed l-article-body"), the article is inside."""
        if self._page_prose is None:
            self._page_prose = _long_paragraphs(self.body)
        return self._page_prose > 0 and sum(map(_long_paragraphs, nodes)) >= _MOST_PROSE * self._page_prose

    def run_holds_most_prose(self, node: LexborNode, hits: frozenset[str]) -> bool:
        """The element and its siblings marked by the same cue hold most of the page's long paragraphs
        together: an article cut into sections that each say they carry ads ("Section--Ads")."""
        parent = node.parent
        if parent is None:
            return False
        key = (parent.mem_id, hits)
        if key not in self._runs:
            run = [c for c in parent.iter() if c.tag == node.tag and c.attributes and hits <= _cue_tokens(c.attributes)]
            self._runs[key] = len(run) > 1 and self.holds_most_prose(*run)
        return self._runs[key]

    def holds_article(self, node: LexborNode) -> bool:
        """The element holds the article: its root, most long paragraphs, or, for a <form>, most of the page's
        text (a page wrapped in one form, ASP.NET's, whose text may have no paragraphs but <br>s)."""
        return (
            node.css_first(_ARTICLE_ROOTS) is not None
            or self.holds_most_prose(node)
            or (node.tag == "form" and _unlinked_chars(node) >= _MOST_PROSE * self.total_chars())
        )

    def _flush(self, path: list[int], tags: list[str]) -> None:
        if self._buf:
            raw = "".join(self._buf)
            text = "" if raw.isspace() else squash(raw)
            if text:
                self.blocks.append(_Block(text, tags[-1], min(self._links, len(text)), tuple(path)))
            self._buf.clear()
        self._links = 0

    def _is_unseen(self, node: LexborNode, attrs: dict) -> bool:
        """A utility class hides the element (see _hidden_by_class), unless it holds the article: a script
        reveals such a body once the page has loaded."""
        cls = attrs.get("class")
        return bool(cls) and _hidden_by_class(cls) and not self.holds_article(node)

    def _is_boilerplate(self, node: LexborNode, tag: str, attrs: dict) -> bool:
        if not attrs or tag in ("body", "html"):
            return False
        if "hidden" in attrs or attrs.get("aria-hidden") == "true":
            return True
        style = attrs.get("style")
        if style and _HIDDEN_STYLE.search(style):
            return True
        role = (attrs.get("role") or "").lower()
        tokens = _cue_tokens(attrs, tag)
        hits = tokens & self.cues.boilerplate_tokens
        if not hits and role not in self.cues.roles:
            return False
        always = bool(hits & self.cues.always_tokens)
        if tokens & self.cues.lead_tokens and tag in ("p", "div") and node.css_first("a") is None:
            return False
        if tag in ("main", "article") and not always:
            return False
        if node.css_first(_ARTICLE_MARKS) is not None or (not always and _holds_prose(node)):
            return False
        # a lead cue ("teaser") may name the article's own display ("teaser--only-body"), not other articles
        other_content = not (hits.isdisjoint(self.cues.other_content_tokens) or hits <= self.cues.lead_tokens)
        if not other_content and self.holds_most_prose(node):
            return False
        if not always and hits and self.run_holds_most_prose(node, hits):
            return False
        share = _unlinked_chars(node) / max(self.total_chars(), 1)
        return share < (0.6 if always else 0.3)

    def walk(self) -> list[_Block]:
        drop = self.cues.drop_tags
        path: list[int] = []
        tags: list[str] = ["body"]
        # (node, what to do): _ENTER, or on the way out _EXIT_BLOCK / _EXIT_LINK
        stack: list[tuple[LexborNode, int]] = [(self.body, _ENTER)]
        in_link = 0
        seen = 0
        while stack:
            node, step = stack.pop()
            if step == _EXIT_BLOCK:
                self._flush(path, tags)
                path.pop()
                tags.pop()
                continue
            if step == _EXIT_LINK:
                in_link -= 1
                continue
            tag = node.tag
            if tag == "-text":
                text = node.text_content
                if text:
                    self._buf.append(text)
                    if in_link:
                        self._links += len(text.strip())
                continue
            seen += 1
            if seen > _MAX_NODES or tag in _SKIP_TAGS:
                continue
            if tag in drop and (tag not in _SECTIONING or not self.holds_article(node)):
                continue
            if tag == "br":
                self._flush(path, tags)
                continue
            if (
                tag == "header"
                and node.css_first("h1") is None
                and not (_heads_an_article(node) or _holds_prose(node) or self.holds_article(node))
            ):
                continue
            attrs = node.attributes
            if self._is_boilerplate(node, tag, attrs) and not (tag in _INLINE_TAGS and _is_running_text(node)):
                continue
            if attrs and self._is_unseen(node, attrs):
                self._buf.append(" ")  # even inside a sentence: a screen reader's words ("(link is external)")
                continue
            if tag in _BLOCK_TAGS and len(path) < _MAX_DEPTH:
                self._flush(path, tags)
                path.append(node.mem_id)
                self.elements[node.mem_id] = node
                tags.append(tag)
                stack.append((node, _EXIT_BLOCK))
            elif tag == "a":
                in_link += 1
                stack.append((node, _EXIT_LINK))
            stack.extend((child, _ENTER) for child in reversed(list(node.iter(include_text=True))))
        self._flush(path, tags)
        return self.blocks


def _rows_as_lines(blocks: list[_Block]) -> list[_Block]:
    """The short cells of a table row as one line ("Herbert Dürr 63 16.6%"), and a short term of a
    definition list with its description ("Weight 1.2 kg"): a cell alone is too short to read as text, its
    row is a line of the article's table. A row with a long cell is layout, left as is."""
    merged: list[_Block] = []
    i = 0
    while i < len(blocks):
        b, j = blocks[i], i + 1
        parts = _LINE_PARTS.get(b.tag)
        if parts is None or len(b.text) >= _LONG_PARAGRAPH:
            merged.append(b)
            i = j
            continue
        row = b.path[:-1]
        while j < len(blocks) and blocks[j].tag in parts and blocks[j].path[:-1] == row:
            j += 1
        cells = blocks[i:j]
        if len(cells) > 1 and all(len(c.text) < _LONG_PARAGRAPH for c in cells):
            text = " ".join(c.text for c in cells)
            line = "tr" if b.tag in _CELLS else "dl"
            # links counted by cells: a data row whose first cell links to its item is no link list
            linked = sum(1 for c in cells if c.link_density > 0.5)
            merged.append(_Block(text, line, len(text) * linked // len(cells), row))
        else:
            merged.extend(cells)
        i = j
    return merged


def _without_author_boxes(blocks: list[_Block]) -> list[_Block]:
    """The blocks without a box on the author: a line that is only an author label ("About the author",
    "Autor:innen") and what follows it in its box up to the next heading. The portrait's sentences (a career,
    a degree) would outweigh an article of one paragraph in the scoring."""
    label = cues().author_label
    dropped: set[int] = set()
    for i, b in enumerate(blocks):
        if len(b.path) < 2 or word_count(b.text) > _AUTHOR_LABEL_WORDS or not _is_whole_label(label, b.text):
            continue
        box, portrait = b.path[-2], []
        for j in range(i + 1, len(blocks)):
            if box not in blocks[j].path or blocks[j].tag in _HEADINGS:
                break
            portrait.append(j)
        if sum(word_count(blocks[j].text) for j in portrait) <= _AUTHOR_BOX_WORDS:
            dropped.update((i, *portrait))
    return [b for k, b in enumerate(blocks) if k not in dropped] if dropped else blocks


def _is_whole_label(label: re.Pattern, text: str) -> bool:
    """The line is the label and nothing else but its colon or dash ("Author:"), no byline ("Author: Jane Doe")."""
    found = label.match(text)
    return found is not None and not text[found.end() :].strip(" :—–")


def _score(blocks: list[_Block]) -> dict[int, float]:
    scores: dict[int, float] = defaultdict(float)
    for b in blocks:
        n = len(b.text)
        if b.tag not in _SCORED_TAGS or n < 25 or b.link_density > 0.5 or len(b.path) < 2:
            continue
        s = (1 + len(_COMMAS.findall(b.text)) + min(n // 100, 3)) * (1 - b.link_density)
        # a list item counts for the element that holds the list: a list is rarely the whole article
        ancestors = b.path[-3::-1] if b.tag == "li" else b.path[-2::-1]
        for weight, anc in zip(_PROPAGATION, ancestors, strict=False):
            scores[anc] += s * weight
    return scores


def _overlap(a: str, b: str) -> float:
    """Share of words in common; words, not space-separated runs: punctuation ("Ltd.", "(Reuters)") and
    CJK titles without spaces ("...の成否（写真＝ロイター）") would hide them."""
    wa, wb = _word_set(a), _word_set(b)
    return len(wa & wb) / max(len(wa | wb), 1)


@lru_cache(maxsize=1024)
def _word_set(text: str) -> frozenset[str]:
    """Cached: the page title is compared with every heading."""
    return frozenset(_WORDS.findall(text.casefold()))


def _headline(blocks: list[_Block], title: str | None, before: int) -> int | None:
    """Index of the headline block: the heading closest to the page title, else the last <h1> above the
    body that is no logo, else (in markup without headings) a short block before the body that repeats
    the page title or opens with it."""
    if title:  # above the body first: a box below it may be named like the page ("Radfahren in der Stadt")
        overlaps = {i: _overlap(b.text, title) for i, b in enumerate(blocks) if b.tag in _HEADINGS}
        for last in (before, len(blocks) - 1):
            # of equals, an unlinked one (a box of teasers may list this very article), then the one nearest the
            # body: a logo that names the site like the <title> comes first
            best = max(
                (i for i in overlaps if i <= last),
                key=lambda i: (overlaps[i], blocks[i].link_density <= 0.5, -abs(before - i)),
                default=None,
            )
            if best is not None and overlaps[best] >= _TITLE_MATCH:
                return _short_h1_above(blocks, title, best)
    h1s = [i for i, b in enumerate(blocks) if b.tag == "h1" and not _is_logo(b, title)]
    if h1s:  # the last <h1> above the body (a logo <h1> comes first), else the first one
        return next((i for i in reversed(h1s) if i <= before), h1s[0])
    if title:
        for i in range(before):
            if word_count(blocks[i].text) <= 30 and _repeats_title(blocks[i].text, title):
                return i
    return None


def _repeats_title(text: str, title: str) -> bool:
    """The block says the page title, or opens with it: a headline with a dash of its own ("X raises EUR 42m –
    and signs up Y") loses its second half to the site name's cut of the <title>."""
    return _overlap(text, title) >= 0.7 or text.casefold().startswith(title.casefold())


def _short_h1_above(blocks: list[_Block], title: str, heading: int) -> int:
    """An <h1> above the heading that says the heading in short ("X vs. Y" above "X vs. Y: How do they
    compare?", which the page title repeats): the headline, the heading below it a section's. A site's name
    in an <h1> is no part of the article's heading."""
    full = _word_set(blocks[heading].text)
    for i in range(heading):
        b = blocks[i]
        if b.tag == "h1" and not b.link_chars and len(words := _word_set(b.text)) >= 2 and words < full:
            return i
    return heading


def _is_logo(block: _Block, title: str | None) -> bool:
    """A linked <h1> without a word of the page title: the site's name linking home ("<h1><a href=/>Jane's
    blog</a>"). An unlinked one may be the headline of a page whose <title> is only the site's name."""
    return block.link_density > 0.5 and title is not None and _overlap(block.text, title) == 0


def _titled_article(body: LexborNode, title: str) -> int | None:
    """The <article> holding a heading that repeats the page title (even in a header the walk skips)."""
    for heading in body.css("h1, h2, h3"):
        if _overlap(heading.text(deep=True), title) >= _TITLE_MATCH:
            node = heading.parent
            while node is not None and node.tag != "body":
                if node.tag == "article":
                    return node.mem_id
                node = node.parent
    return None


def _in_titled_article(
    blocks: list[_Block], scores: dict[int, float], body: LexborNode, title: str | None
) -> dict[int, float]:
    """On a page of several full articles (a dossier, an endless page), the scores of the elements inside
    the <article> whose heading repeats the page title: that one is the page's article, even when
    another one is longer."""
    home = _titled_article(body, title) if title else None
    if home is None:
        return scores
    inside = {n for b in blocks if home in b.path for n in b.path[b.path.index(home) :]}
    mine = {n: s for n, s in scores.items() if n in inside}
    if not mine or max(scores.values()) <= max(mine.values()):
        return scores
    return mine if max(mine.values()) >= _TITLED_SHARE * max(scores.values()) else scores


def _is_index(blocks: list[_Block], chosen: list[int]) -> bool:
    """A list of teasers (linked headings with a line each), not an article (whose subheadings may be
    links too, but with prose after them)."""
    linked = [
        k
        for k, i in enumerate(chosen)
        if blocks[i].tag in _HEADINGS
        and blocks[i].link_density > 0.5
        and (k + 1 == len(chosen) or word_count(blocks[chosen[k + 1]].text) < _LINKED_HEADING_PROSE)
    ]
    prose = [k for k, i in enumerate(chosen) if blocks[i].tag not in _HEADINGS and blocks[i].link_density <= 0.5]
    if prose and linked and min(linked) > max(prose) and len(prose) > len(linked):
        return False  # a short article and the related links its body closes with
    return len(linked) >= _INDEX_MIN_TEASERS and 2 * len(linked) >= len(prose)


def _class_tokens(node: LexborNode) -> frozenset[str]:
    return frozenset((node.attributes.get("class") or "").split())


def _nested(a: frozenset[str], b: frozenset[str]) -> bool:
    return a <= b or b <= a


def _twins(unit: int, scores: dict[int, float], blocks: list[_Block], elements: dict[int, LexborNode]) -> set[int]:
    """Other scored elements with the tag and class of the body's unit, in the same <article> (or outside
    any): an article body split into several containers by ads and embeds ("body__inner-container"),
    not the next articles of an endless page. The first container may carry one more class ("content
    lead" before "content")."""
    cls = _class_tokens(elements[unit])
    tag = elements[unit].tag
    alike = {
        n
        for n in scores
        if n != unit and elements[n].tag == tag and (other := _class_tokens(elements[n])) and _nested(cls, other)
    }
    if not alike:
        return alike
    above: dict[int, tuple[int, ...]] = {}  # the ancestors of the unit and of its look-alikes
    for b in blocks:
        for depth, n in enumerate(b.path):
            if (n == unit or n in alike) and n not in above:
                above[n] = b.path[:depth]

    def article(n: int) -> int | None:
        return next((a for a in reversed(above[n]) if elements[a].tag == "article"), None)

    home = article(unit)
    return {n for n in alike if unit not in above[n] and n not in above[unit] and article(n) == home}


def _with_section_headings(
    blocks: list[_Block], members: list[int], containers: set[int], elements: dict[int, LexborNode]
) -> list[int]:
    """The members of a split body and the headings beside its containers: each section's heading sits
    next to its text's container, not in it ("<section><h2/><div class=text/></section>"); the heading's
    text may have a wrapper of its own ("<h2><div>Outlook</div></h2>")."""
    homes: set[int] = set()  # the elements holding a container
    for i in members:
        path = blocks[i].path
        homes.update(path[path.index(n) - 1] for n in containers if n in path[1:])
    headings = [i for i in range(members[0] - 1, members[-1]) if _heading_home(blocks[i], elements) in homes]
    return sorted({*members, *headings})


def _heading_home(b: _Block, elements: dict[int, LexborNode]) -> int | None:
    """The element holding the block's heading: the block's parent when it is a heading, its grandparent
    when its text is the only content of a heading."""
    path = b.path
    if b.tag in _HEADINGS:
        return path[-2] if len(path) > 1 else None
    if len(path) > 2 and elements[path[-2]].tag in _HEADINGS and squash(elements[path[-2]].text()) == b.text:
        return path[-3]
    return None


def _best(blocks: list[_Block], scores: dict[int, float]) -> int:
    """The best-scored element or, when several others score nearly as well (a body split into steps or
    sections, each in its own wrapper), the closest ancestor that holds enough of them (Readability's rule)."""
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)[:_TOP_CANDIDATES]
    best = ranked[0]
    rivals = {n for n in ranked[1:] if scores[n] >= _RIVAL_SHARE * scores[best]}
    if len(rivals) < _MIN_RIVALS:
        return best
    paths: dict[int, tuple[int, ...]] = {}
    for b in blocks:
        for depth, n in enumerate(b.path):
            if (n == best or n in rivals) and n not in paths:
                paths[n] = b.path[:depth]
    for ancestor in reversed(paths[best][1:]):  # never the page's <body>
        if sum(1 for n in rivals if ancestor in paths[n]) >= _MIN_RIVALS:
            return ancestor
    return best


def _body_indices(blocks: list[_Block], scores: dict[int, float], elements: dict[int, LexborNode]) -> list[int]:
    best = _best(blocks, scores)
    best_score = scores[max(scores, key=scores.__getitem__)]
    members = [i for i, b in enumerate(blocks) if best in b.path]
    best_path = blocks[members[0]].path
    depth = best_path.index(best)
    # the body's unit: the body or, when it has no class, the closest of its two ancestors that has one
    unit = next(
        (n for n in (best, *best_path[max(depth - 2, 0) : depth][::-1]) if elements[n].attributes.get("class")), None
    )
    twins = _twins(unit, scores, blocks, elements) if unit is not None else set()
    if twins:
        members = [i for i, b in enumerate(blocks) if best in b.path or not twins.isdisjoint(b.path)]
        members = _with_section_headings(blocks, members, {unit, *twins}, elements)
    if depth == 0:
        return members
    parent = best_path[depth - 1]
    chosen = set(members)
    profiles: dict[int, bool] = {}  # the siblings by whether their first block heads an issuer's profile
    for i, b in enumerate(blocks):
        if i in chosen or len(b.path) <= depth or b.path[depth - 1] != parent:
            continue
        sibling = b.path[depth]
        good_paragraph = b.tag == "p" and len(b.text) >= 80 and b.link_density < 0.2
        if sibling not in profiles:
            profiles[sibling] = _heads_profile(b)
        if profiles[sibling] or _is_disclaimer(b.text):
            continue  # a release's legal notice or its issuer's profile boxed apart from its body is no text of it
        if scores.get(sibling, 0.0) >= 0.3 * best_score or good_paragraph:
            chosen.add(i)
    return sorted(chosen | _subheadings_between(blocks, chosen, depth, parent, elements))


def _subheadings_between(
    blocks: list[_Block], chosen: set[int], depth: int, parent: int, elements: dict[int, LexborNode]
) -> set[int]:
    """Subheadings standing alone between the body's containers ("<div class=text>...</div><div class=zt>Demand from
    China</div><div class=text>...</div>"): short unlinked lines without a full stop in a heading or a <div>, each an
    element of its own beside the containers. A box between them (a teaser's heading and its line) is no part of the
    body, nor is a short <p> (a wire's name above its copyright line)."""
    lo, hi = min(chosen), max(chosen)
    return {
        i
        for i in range(lo + 1, hi)
        if i not in chosen
        and len(blocks[i].path) == depth + 1
        and blocks[i].path[depth - 1] == parent
        and (blocks[i].tag in _HEADINGS or blocks[i].tag == "div")
        and _reads_as_subheading(blocks[i], elements)
    }


def _reads_as_subheading(b: _Block, elements: dict[int, LexborNode]) -> bool:
    """A short unlinked line of words without a full stop, in an element without a picture or an icon: a subheading
    whatever its tag (a line beside a picture is its caption, a line beside an icon a widget's button: "Diashow
    starten »"). Outside a heading's tag, one word alone is rather a box's label ("Annonce", "Video") than a title."""
    least = 1 if b.tag in _HEADINGS else 2
    if b.link_chars or not least <= len(_LETTER_WORD.findall(b.text)) <= _SUBHEADING_WORDS:
        return False
    return not b.text.endswith((".", "。")) and elements[b.path[-1]].css_first(_PICTURES) is None


def _heads_profile(b: _Block) -> bool:
    """A short heading "About Acme": the issuer's profile a box beside a release's body opens with."""
    return word_count(b.text) <= _PROFILE_HEADING_WORDS and cues().about_label.match(b.text) is not None


def _is_disclaimer(text: str) -> bool:
    return cues().disclaimer_label.match(text) is not None


def _article_indices(blocks: list[_Block], scores: dict[int, float], elements: dict[int, LexborNode]) -> list[int]:
    """The body's blocks; [] on an index page. A short article may sit above a list of teasers that
    outweighs it: when the best element is such a list, the article is looked for once more outside it."""
    chosen = _body_indices(blocks, scores, elements)
    if not _is_index(blocks, chosen):
        return chosen
    teasers = _best(blocks, scores)
    region = {n for b in blocks if teasers in b.path for n in b.path}  # the list, inside and above it
    scores = {n: s for n, s in scores.items() if n not in region}
    if not scores:
        return []
    chosen = [i for i in _body_indices(blocks, scores, elements) if teasers not in blocks[i].path]
    return [] if not chosen or _is_index(blocks, chosen) else chosen


def _common_depth(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    """How many enclosing elements two blocks share, outermost first."""
    depth = 0
    while depth < min(len(a), len(b)) and a[depth] == b[depth]:
        depth += 1
    return depth


def _lead(blocks: list[_Block], head: int, first: int, body_path: tuple[int, ...]) -> list[int]:
    """Blocks between the headline and the body that belong to the same article (dek, lead, a table's rows):
    in the element the headline shares with the body, or closer to the body than the headline (a dek at the
    top of the article's own container while the headline stands in the page's header)."""
    hp = blocks[head].path
    common = _common_depth(hp, body_path)
    near_head = len(body_path) - common <= _LEAD_DEPTH
    lead = []
    first_text = True  # the first block of text below the headline: the dek when it stands beside the headline
    for i in range(head + 1, first):
        b = blocks[i]
        if (word_count(b.text) < 8 and b.tag not in _LINE_TAGS) or b.link_density >= 0.3 or is_author_list(b.text):
            continue  # a byline of several authors is as long as a dek
        shared = _common_depth(b.path, body_path)
        if (
            (near_head and shared >= common)
            or (shared > common and len(body_path) - shared <= _LEAD_DEPTH)
            or (first_text and _is_dek_beside(b, hp))
        ):
            lead.append(i)
        first_text = False
    return lead


def _is_dek_beside(b: _Block, headline_path: tuple[int, ...]) -> bool:
    """Prose in the headline's own box, right below it ("<header><h1/><p class=intro>...</p></header>"), or a
    subtitle set as a heading there: the dek, however far the body's wrappers are (a page header apart from
    the article's column)."""
    if _common_depth(b.path, headline_path) < len(headline_path) - _DEK_REACH:
        return False
    return b.tag in _HEADINGS or (word_count(b.text) >= _DEK_WORDS and ends_sentence(b.text))


def _flatten_deep_nesting(html: str) -> str:
    depth = 0

    def keep_shallow(m: re.Match) -> str:
        nonlocal depth
        close, name, self_closing = m.groups()
        if self_closing or name.lower() in _FLAT_TAGS:
            return m.group(0)
        if close:
            depth = max(depth - 1, 0)
            return m.group(0) if depth < _MAX_NESTING else ""
        depth += 1
        return m.group(0) if depth <= _MAX_NESTING else ""

    return _TAG.sub(keep_shallow, html)


def parse(html: str) -> LexborHTMLParser:
    """One bounded parse of a page: cut at MAX_HTML_CHARS, pathological nesting flattened."""
    html = html[:MAX_HTML_CHARS]
    if html.count("<") > _NESTING_CHECK_TAGS and max(run.count("<") for run in html.split("</")) > _OPENING_RUN:
        html = _flatten_deep_nesting(html)
    return LexborHTMLParser(html)


def _drop_signup_boxes(body: LexborNode) -> None:
    """A form asking for an e-mail address and the short box around it go: a newsletter's pitch
    ("... delivered to your inbox every weekday") stands beside the form, whatever the box's class. A form
    holding the headline or paragraphs of prose wraps the whole page (ASP.NET's) and stays."""
    for form in body.css(_SIGNUP_FORMS):
        if form.css_first(_ARTICLE_MARKS) is not None or _long_paragraphs(form) >= _PROSE_PARAGRAPHS:
            continue
        box = form
        while (
            (parent := box.parent) is not None
            and parent.tag != "body"
            and parent.css_first(_ARTICLE_ROOTS) is None
            and len(parent.text(deep=True)) <= _SIGNUP_BOX_CHARS
        ):
            box = parent
        box.decompose()


def extract(tree: LexborHTMLParser, title: str | None, url: str = "") -> list[Piece]:
    """The article of the page as pieces (headline first); [] when the page holds no article. Without a headline of
    its own, the page title is the headline when the URL's slug names it."""
    body = tree.body
    if body is None:
        return []
    for node in body.css(_UNRENDERED):  # their text (often megabytes of JSON) would count as page text
        if node.tag == "noscript" and _holds_prose(node):
            node.unwrap()  # the body a script renders, given in full to readers without scripts (Blogger's)
        else:
            node.decompose()
    _drop_signup_boxes(body)
    walker = _Walker(body)
    blocks = _without_author_boxes(_rows_as_lines(walker.walk()))
    scores = _score(blocks)
    if not scores:
        return []
    scores = _in_titled_article(blocks, scores, body, title)
    chosen = _article_indices(blocks, scores, walker.elements)
    if not chosen:
        return []
    first_prose = next((i for i in chosen if word_count(blocks[i].text) >= 30), chosen[0])
    head = _headline(blocks, title, first_prose)
    order: list[int] = []
    if head is not None and head < chosen[0]:
        order = [head, *_lead(blocks, head, chosen[0], blocks[chosen[0]].path), *chosen]
    elif head is not None and head in chosen:
        pos = chosen.index(head)
        order = [head] + [i for i in chosen[:pos] if word_count(blocks[i].text) >= 8] + chosen[pos + 1 :]
    else:
        order = chosen
    order = _without_summary_lists(blocks, _before_end_sections(blocks, order, chosen[0]))
    pieces = _pieces(blocks, order, head, walker.elements)
    if not _enough_words(p.text for p in pieces if p.kind == PARAGRAPH):
        return []
    if head is None and title and _takes_page_title(blocks, chosen[0], pieces, title, url):
        pieces.insert(0, Piece(TITLE, _without_site_suffix(title, slug_words(url))))
    return pieces


def _without_site_suffix(title: str, slug: set[str]) -> str:
    """The page title without a site's name after its last separator (og:title's "Headline – Blog Name"): a segment
    the URL's slug does not name, after one it names."""
    headline, suffix = without_last_segment(title)
    if not suffix or folded_words(suffix) & slug or len(folded_words(headline) & slug) < SLUG_HITS:
        return title
    return headline


def _takes_page_title(blocks: list[_Block], start: int, pieces: list[Piece], title: str, url: str) -> bool:
    """A blog's post without a headline of its own (a theme that shows it in the <title> only, "Headline – Blog
    Name") takes the page title, its site name cut off, as its headline, when the URL's slug names the title (it is
    this article's, not the site's or a section's). A headline of its own: an unlinked heading above the body's
    first block (even one that does not repeat the page title), or a block among its first ones that repeats it."""
    if len(folded_words(title) & slug_words(url)) < SLUG_HITS:
        return False
    if any(b.tag in _HEADINGS and b.link_density <= 0.5 for b in blocks[:start]):
        return False
    return not any(_overlap(p.text, title) >= _TITLE_MATCH for p in pieces[:_HEADLINE_PLACES])


def with_structured_body(pieces: list[Piece], article_body: str | None, title: str | None) -> list[Piece]:
    """The pieces, or the page's JSON-LD articleBody as its paragraphs when the markup shows much less of it: a
    body a script renders, or a paywall's teaser in the markup while the structured data holds the text."""
    if not article_body or len(article_body) < _STRUCTURED_BODY_CHARS:
        return pieces
    shown = sum(len(p.text) for p in pieces if p.kind == PARAGRAPH)
    if shown * _STRUCTURED_BODY_SHARE >= len(article_body):
        return pieces
    text = unescape(_MARKUP.sub(" ", article_body))
    paragraphs = [Piece(PARAGRAPH, line) for raw in _PARAGRAPH_BREAK.split(text) if (line := squash(raw))]
    head = next((p for p in pieces if p.kind == TITLE), None) or (Piece(TITLE, title) if title else None)
    return [head, *paragraphs] if head else paragraphs


def _enough_words(paragraphs: Iterable[str]) -> bool:
    """Whether the paragraphs hold an article's worth of text (_MIN_ARTICLE_CHARS) besides overlong runs."""
    found = 0
    for text in paragraphs:
        found += len(text) - sum(len(run) for run in _LONGEST_WORD.findall(text))
        if found >= _MIN_ARTICLE_CHARS:
            return True
    return False


def _is_end_marker(text: str) -> bool:
    return cues().end_marker.match(text) is not None


def _before_end_sections(blocks: list[_Block], order: list[int], start: int) -> list[int]:
    """The article's blocks without the sections that open with an end label ("Related posts", "Ähnliche
    Beiträge") below the body's first block: their teasers are other articles. A label inside the body's
    own container only goes itself (an inline box may follow it, then the article goes on)."""
    chosen = set(order)
    cut: set[int] = set()  # the elements opened by an end label
    for i in range(start + 1, max(order)):
        b = blocks[i]
        if len(b.path) > 1 and len(b.text) < _END_LABEL_CHARS and _is_end_marker(b.text):
            box = b.path[-2]
            if not any(box in blocks[j].path for j in chosen if j < i):
                cut.add(box)
    return [i for i in order if cut.isdisjoint(blocks[i].path)] if cut else order


def _without_summary_lists(blocks: list[_Block], order: list[int]) -> list[int]:
    """The article's blocks without a list of the story's points under its label ("Story highlights",
    "Das Wichtigste in Kürze"): the items repeat the article in short, the benchmarks' bodies leave them out."""
    dropped: set[int] = set()
    labels = cues().summary_label
    for k, i in enumerate(order):
        b = blocks[i]
        if len(b.text) >= _END_LABEL_CHARS or len(b.path) < 2 or not labels.match(b.text):
            continue
        box = b.path[-2]
        items = list(takewhile(lambda j, box=box: blocks[j].tag == "li" and box in blocks[j].path, order[k + 1 :]))
        if items:
            dropped.update((i, *items))
    return [i for i in order if i not in dropped] if dropped else order


def _is_bold(block: _Block, elements: dict[int, LexborNode]) -> bool:
    """The whole block is set in bold: a subheading written as a paragraph ("<p><b>Outlook</b></p>")."""
    strong = elements[block.path[-1]].css_first("strong, b") if block.path else None
    return strong is not None and squash(strong.text(deep=True)) == block.text


def _is_div_subheading(b: _Block, above: tuple[int, ...], elements: dict[int, LexborNode]) -> bool:
    """A subheading set in a <div> of its own ("<p>...</p><div class=zt>Demand from China</div><p>..."): a short line
    whose wrapper beside the paragraph kept above it (the widest of its elements that the paragraph is not in) holds
    this line alone and no picture, not a widget's other parts (a video player's "UP NEXT", a slide show's button)."""
    common = _common_depth(b.path, above)
    if common >= len(b.path) or not _reads_as_subheading(b, elements):
        return False
    wrapper = elements[b.path[common]]
    return squash(wrapper.text(deep=True)) == b.text and wrapper.css_first(_PICTURES) is None


def _in_bold_list(block: _Block, elements: dict[int, LexborNode]) -> bool:
    """A list item in a list whose items are all set in bold ("<li><strong>Sleep well</strong></li>" ...): a list's
    items, not subheadings. A lone bold item beside others that are not (a "Print" button's label left over in a
    box of page tools) is no such list."""
    if block.tag != "li":
        return False
    items = [li for li in elements[block.path[-1]].parent.iter() if li.tag == "li"]
    return len(items) > 1 and all(
        (strong := li.css_first("strong, b")) is not None and squash(strong.text()) == squash(li.text()) for li in items
    )


def _is_caption_block(b: _Block, elements: dict[int, LexborNode], closing: bool) -> bool:
    """A caption by its words (see is_caption), or a line that shares a box with nothing but a picture: a
    figure built of <div>s ("<div class=picBox><img><p>Jane Doe at work</p>"), without a full stop, with
    one sentence closed by its credit in brackets ("The plant in Lyon. (Handout)") or, with the article going on
    below it (else it may be its closing sentence), one short sentence without a credit ("The plant in Bremen.")."""
    if is_caption(b.text):
        return True
    if word_count(b.text) > _PICTURE_CAPTION_WORDS or len(b.path) < 2:
        return False
    if ends_sentence(b.text) and not (_credited_sentence(b.text) or (not closing and _is_scene_sentence(b.text))):
        return False
    box = elements[b.path[-2]]
    if sum(1 for _ in box.iter()) > _PICTURE_BOX_CHILDREN or box.css_first("img") is None:
        return False
    text = box.text(deep=True)
    return len(text) < 2 * len(b.text) + _PICTURE_BOX_SPACE and squash(text) == b.text


def _is_scene_sentence(text: str) -> bool:
    """One short sentence: beside a picture and nothing else, its description (the article's sentences stand
    together in its body's container)."""
    return word_count(text) <= _SCENE_SENTENCE_WORDS and not has_inner_sentence_end(text)


def _in_credited_picture_box(b: _Block, elements: dict[int, LexborNode]) -> bool:
    """A line in a picture's box beside the picture's credit, whatever its words and full stops ("<div class=bild>
    <img><div>View into the production hall.</div><div>Foto: Nordwerk</div></div>"): the caption. The box (the closest
    of the line's ancestors holding an <img>) holds only the picture, the line and credit lines, each in a part of its
    own: a lead beside a teaser picture whose credit sits in the picture's own part is no caption."""
    if word_count(b.text) > _CREDITED_CAPTION_WORDS or len(b.path) < 2:
        return False
    for box in b.path[-2 : -2 - _PICTURE_BOX_REACH : -1]:
        node = elements[box]
        if sum(1 for _ in islice(node.iter(), _PICTURE_BOX_PARTS + 1)) > _PICTURE_BOX_PARTS:
            return False  # a body's container, and every box above it (counted no further: a body may hold 50,000)
        if node.css_first("img") is not None:
            parts = _parts_beside(node, b.path)
            return parts is not None and any(parts) and all(map(_is_credit_line, filter(None, parts)))
    return False


def _parts_beside(box: LexborNode, path: tuple[int, ...]) -> list[str] | None:
    """The texts of the box's parts besides the line's own element ("" for a picture's part), going down into the
    line's ancestors; None when a part holds both a picture and text."""
    parts: list[str] = []
    for child in box.iter(include_text=True):
        if child.tag == "-text":
            parts.append(squash(child.text_content or ""))
        elif child.mem_id == path[-1] or child.tag.startswith("-"):
            continue
        elif child.mem_id in path:
            inner = _parts_beside(child, path)
            if inner is None:
                return None
            parts.extend(inner)
        elif (text := squash(child.text(deep=True))) and (child.tag == "img" or child.css_first("img") is not None):
            return None
        else:
            parts.append(text)
    return parts


def _is_credit_line(text: str) -> bool:
    """A picture's credit on a line of its own: a label and a name ("Foto: Jane Doe", "Grafik: Nordwerk"), an
    agency's form ("REUTERS/Jane Doe"), a label in capitals."""
    return (word_count(text) <= _CREDIT_LINE_WORDS and cues().credit.search(text) is not None) or is_capitals_credit(
        text
    )


def _may_be_caption(b: _Block, pieces: list[Piece]) -> bool:
    """Below the first paragraph, or anywhere when a credit in brackets closes it: the first paragraph is the
    lead, even without a full stop; a lead never ends with a credit."""
    return any(p.kind == PARAGRAPH for p in pieces) or _credited_sentence(b.text)


def _credited_sentence(text: str) -> bool:
    """One sentence and a credit in brackets after its full stop ("Staff at the plant. (Courtesy photo)")."""
    credit = _BRACKETED_CREDIT.search(text)
    return credit is not None and not has_inner_sentence_end(text[: credit.start()])


def _is_noise_block(b: _Block) -> bool:
    return (
        (b.link_density > 0.5 and not _is_linked_sentence(b))
        or is_noise_line(b.text)
        or (len(b.text) < _END_LABEL_CHARS and _is_end_marker(b.text))
        or _is_wire_source(b.text)
        or _is_order_call(b.text)
        or _is_contact_list(b.text)
    )


def _is_wire_source(text: str) -> bool:
    """A press-release wire's closing line naming the issuer ("SOURCE Lumatec Holdings plc", "FUENTE Lumatec"): the
    label in capitals, a name, no sentence."""
    return cues().wire_source.match(text) is not None and word_count(text) <= _WIRE_SOURCE_WORDS and not (
        has_inner_sentence_end(text)
    )


def _is_order_call(text: str) -> bool:
    """A magazine's promotion closed by a call to order ("The current issue 3/2026 with the focus X: order it now by
    subscription", "... jetzt im Abo bestellen"); an article's sentence on ordering ends with its full stop."""
    return word_count(text) <= _ORDER_CALL_WORDS and cues().order_call.search(text.lower()) is not None


def _is_contact_list(text: str) -> bool:
    """Press contacts under their label, however many ("Media contacts: X press office, +44 ...; Y communications,
    +44 ..."): an end label ("Media contacts") opening a line that gives phone numbers or e-mail addresses."""
    if word_count(text) > _CONTACT_LINE_WORDS or not _is_end_marker(text):
        return False
    return _PHONE.search(text) is not None or gives_email(text)


def _is_ad_copy(b: _Block) -> bool:
    """The block beside an ad label is its ad unless it is a heading or a paragraph of prose."""
    return b.tag not in _HEADINGS and len(b.text) < _AD_CHARS and not is_prose_paragraph(b.text)


def _is_linked_sentence(b: _Block) -> bool:
    """A paragraph of the body that is a whole sentence however much of it links (a career written as links to
    the firms named): a link list's items and teasers' headlines are no sentences."""
    return b.tag == "p" and word_count(b.text) >= _LINKED_SENTENCE_WORDS and ends_sentence(b.text)


def _pieces(blocks: list[_Block], order: list[int], head: int | None, elements: dict[int, LexborNode]) -> list[Piece]:
    pieces: list[Piece] = []
    linked: set[int] = set()  # positions of headings written as links
    seen: set[str] = set()
    ad_box: tuple[int, ...] | None = None  # the container of the ad label just passed
    kept: list[tuple[int, ...]] = []  # the paths of the paragraphs kept
    # the box of a reader's comment under its signature, of a typo-report prompt or of a "read also" insert
    comment_box: int | None = None
    last_prose = _last_prose(blocks, order)
    for n, i in enumerate(order):
        b, above = blocks[i], blocks[order[n - 1]] if n else None  # the block above, kept or not
        beside_ad, ad_box = b.path[:-1] == ad_box, None
        if b.text in seen or (comment_box in b.path and word_count(b.text) <= _COMMENT_WORDS):
            continue
        if kept and _introduces_comments(b, kept, elements):
            continue
        if kept and (box := _typo_report_box(b, above, kept, elements)) is not None:
            if above is not None and box in above.path and pieces and pieces[-1].text == above.text:
                pieces.pop()  # the box's label ("Error in the text?")
                kept = [path for path in kept if box not in path]
            comment_box = box  # its other short lines go too: the same prompt for touch screens
            continue
        if i == head:
            pieces.append(Piece(TITLE, b.text))
        elif cues().ad_label.match(b.text):
            ad_box = b.path[:-1]
        elif _is_linked_heading(b):
            linked.add(len(pieces))
            pieces.append(Piece(HEADING, b.text))
        elif _is_noise_block(b) or (beside_ad and _is_ad_copy(b)):
            if (box := _read_also_box(b, kept, elements)) is not None:
                comment_box = box  # the teaser's headline below the label goes with it
            elif kept and b.tag not in _CELLS and b.tag not in _LINE_TAGS:  # a table's name and date are data
                rest = [path for path in kept if path != above.path] if above is not None else kept
                if rest and above is not None and _is_name_above_date(above, b) and _holds_none(b.path[-2], rest):
                    if pieces[-1].text == above.text:  # the commenter's name, set apart from the date
                        pieces.pop()
                    kept, comment_box = rest, b.path[-2]
                elif is_signed_date_line(b.text) and (box := _comment_box(b.path, kept)) is not None:
                    comment_box = box
            continue
        elif b.tag in _CAPTIONED and _may_be_caption(b, pieces) and _is_caption_block(b, elements, n >= last_prose):
            continue  # a picture's caption set as a paragraph
        elif b.tag in _CAPTIONED and _in_credited_picture_box(b, elements):
            continue  # a picture's caption beside its credit line
        elif b.tag in _HEADINGS and word_count(b.text) <= _HEADING_WORDS and not _holds_sentences(b.text):
            pieces.append(Piece(HEADING, b.text))
        elif word_count(b.text) >= 4 or b.text.endswith(_CLOSINGS):
            pieces.append(Piece(PARAGRAPH, b.text))
            kept.append(b.path)
        elif _is_bold(b, elements) and not _in_bold_list(b, elements):
            pieces.append(Piece(HEADING, b.text))
        elif kept and b.tag == "div" and _is_div_subheading(b, kept[-1], elements):
            pieces.append(Piece(HEADING, b.text))  # kept when a paragraph follows
        elif _is_short_text(b):
            pieces.append(Piece(PARAGRAPH, b.text))
        else:
            continue
        seen.add(b.text)
    while pieces and pieces[-1].kind == HEADING:
        pieces.pop()
    return [p for k, p in enumerate(pieces) if p.kind != HEADING or _opens_section(pieces, k, k in linked)]


def _last_prose(blocks: list[_Block], order: list[int]) -> int:
    """The position in the body of its last paragraph of prose (-1 when none): below it, the article is closing."""
    texts = (blocks[i].text for i in order)
    return max((n for n, t in enumerate(texts) if ends_sentence(t) and word_count(t) >= _PROSE_WORDS), default=-1)


def _comment_box(path: tuple[int, ...], kept: list[tuple[int, ...]]) -> int | None:
    """The box a signature line opens below the article's paragraphs ("Jane Roe May 5, 2026 at 10:14"): a reader's
    comment, whatever its class names; the widest of the line's element (the path's last) and its parent that holds
    none of the paragraphs kept. None when every such box holds the article."""
    return next((box for box in path[-2:] if _holds_none(box, kept)), None)


def _introduces_comments(b: _Block, kept: list[tuple[int, ...]], elements: dict[int, LexborNode]) -> bool:
    """A line of a short box of its own below the article's paragraphs, right above a reader-comments widget
    ("fb-comments", "disqus_thread"): the site's rules for commenting, not the article's text. The box is the line's
    parent and holds none of the kept paragraphs: the article's last paragraph may stand right above the widget."""
    node = elements.get(b.path[-2]) if len(b.path) > 1 else None
    if node is None or not _holds_none(b.path[-2], kept) or word_count(node.text(deep=True)) > _PREAMBLE_WORDS:
        return False
    after = node.next
    while after is not None and after.tag in ("-text", "-comment"):
        after = after.next
    return after is not None and not cues().comment_tokens.isdisjoint(_cue_tokens(after.attributes, after.tag))


def _typo_report_box(
    b: _Block, above: _Block | None, kept: list[tuple[int, ...]], elements: dict[int, LexborNode]
) -> int | None:
    """The box of a typo-report prompt below the article's paragraphs ("Found a mistake? Select it and press
    Ctrl+Enter", in any language): the line's parent when it names a key chord of `report_keys`, holds none of the
    kept paragraphs but a short line right above (the box's label, "Error in the text?") and little text. A how-to's
    sentence naming the keys stands among the article's paragraphs."""
    if len(b.path) < 2 or not cues().report_key.search(b.text):
        return None
    label = above.path if above is not None and word_count(above.text) <= _REPORT_LABEL_WORDS else None
    if not _holds_none(b.path[-2], [path for path in kept if path != label]):
        return None
    node = elements.get(b.path[-2])
    return b.path[-2] if node is not None and word_count(node.text(deep=True)) <= _PREAMBLE_WORDS else None


def _read_also_box(b: _Block, kept: list[tuple[int, ...]], elements: dict[int, LexborNode]) -> int | None:
    """The box of a "read also" insert that a whole label opens ("<div><b>Lesen Sie auch:</b><div>Headline</div>
    </div>"): the label's element, or its parent when the element holds the label alone; a short box holding none of
    the kept paragraphs, whose text after the label ends without a full stop (another article's headline, linked or
    not). An info box under a label ("Hintergrund: ...") says sentences."""
    if not _is_whole_label(cues().read_more, b.text):
        return None
    for box in b.path[-1:-3:-1]:
        text = squash(elements[box].text(deep=True))
        if text == b.text:
            continue
        rest = text[len(b.text) :] if text.startswith(b.text) else ""
        if not rest or word_count(text) > _READ_ALSO_WORDS or rest.endswith(".") or not _holds_none(box, kept):
            return None
        return box
    return None


def _holds_none(box: int, kept: list[tuple[int, ...]]) -> bool:
    """Whether the box holds none of the article's kept paragraphs: a box below them, not the article's own."""
    return not any(box in path for path in kept)


def _is_name_above_date(above: _Block, b: _Block) -> bool:
    """A signature on two lines of one box: a person's name, then the date ("Jane Roe" / "June 3, 2026")."""
    return len(b.path) > 1 and above.path[:-1] == b.path[:-1] and is_author_name(above.text) and is_date_line(b.text)


def _holds_sentences(text: str) -> bool:
    """Two sentences or more, the last one closed by a full stop: text set in heading type (a pull quote, a
    closing line), a paragraph wherever it stands. A heading is one phrase ("Why now?"); a teaser's line
    trails off ("... I tested it ...")."""
    end = text.rstrip()
    return end.endswith((".", "。")) and not end.endswith("..") and has_inner_sentence_end(end)


def _is_short_text(b: _Block) -> bool:
    """An unlinked list item or paragraph however short ("Moss", "Tweezers": what a how-to needs; "Wakebeach
    257", an address line); not an author's signature in brackets ("(tre)")."""
    return not b.link_chars and b.tag in ("li", "p") and not (b.text.startswith("(") and b.text.endswith(")"))


def _is_linked_heading(b: _Block) -> bool:
    """A heading written as a link (a self-anchor, an article's own headline in a weekly edition):
    kept when prose follows (see _opens_section), unlike a teaser's linked heading."""
    return (
        b.tag in _HEADINGS
        and b.link_density > 0.5
        and word_count(b.text) <= _HEADING_WORDS
        and not is_noise_line(b.text)
        and not _is_end_marker(b.text)
    )


def _opens_section(pieces: list[Piece], k: int, linked: bool) -> bool:
    """A heading stays when a paragraph follows it; a linked one only when that paragraph is prose, not
    the line of a teaser."""
    after = pieces[k + 1] if k + 1 < len(pieces) else None
    if after is None or after.kind != PARAGRAPH:
        return False
    return not linked or word_count(after.text) >= _LINKED_HEADING_PROSE
