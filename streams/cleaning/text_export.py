"""Article extraction from crude text exports (text/plain pages, some in a markdown-like form):
the crawler's own extraction with menus, teaser lists, credits, bylines and ads around the article.

Lines get a score (long prose lines count their length, short lines and list items cost), and the
best-scoring run of lines that crosses no section label ("Mehr zum Thema", "Related coverage") is the
body; the headline and lead are found by walking back from it over bylines, dates and credits."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from urllib.parse import urlsplit

from streams.cleaning.blocks import (
    HEADING,
    PARAGRAPH,
    TITLE,
    Piece,
    ends_sentence,
    has_inner_sentence_end,
    is_author_name,
    is_byline,
    is_capitals_credit,
    is_caption,
    is_date_line,
    is_noise_line,
    is_prose_paragraph,
    is_signature,
    is_signup_line,
    squash,
    word_count,
)
from streams.cleaning.cues import cues

_MD_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_MD_LINK = re.compile(r"\[([^\[\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_LIST_ITEM = re.compile(r"^(?:[*•+]|-(?=\s)|\d{1,2}[.)])\s+")
_QUOTE = re.compile(r"^>\s*")
_MAX_LINES = 20_000
_LONG_WORDS = 10
_SHORT_COST = 25.0
_LIST_COST = 50.0
_HEADING_COST = 5.0
_BARRIER = float("-inf")
_LOOK_BACK = 8
_SENTENCE_WORDS = 5
_HEADLINE_WORDS = (5, 25)
_BOX_TEASERS = 6  # headlines in a teaser box inside an article
_CAPTION_CHARS = 160
_CAPTION_SENTENCE_WORDS = 16  # a scene's description in one sentence beside its credit
_SECTION_WORDS = 2  # a section's name as a kicker between the headline and its byline
_SLUG_WORD = re.compile(r"[a-z]{4,}")  # a slug's words, short ones (articles, prepositions) left out
SLUG_HITS = 2
_STORY_ITEM_WORDS = 15  # a numbered item this long, of several sentences, is a newsletter's story
_STORY_SENTENCE_WORDS = 30  # and an item of one sentence this long
_LIST_ENTRIES = 3  # entries of a list that goes on from the article's last line
# a dated entry of a timeline: a year or a date, a colon or a dash, then words ("2019: ...", "12.03.2021 – ...")
_DATED_ENTRY = re.compile(r"^(?:(?:19|20)\d\d|\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d)\s*[:–—-]\s*(?:[^\W\d_]{2,}\W+){2}")
_WRAP_MAX = 100  # hard wrapping (a mail at 72 columns, a cache's text-only copy) sets lines this long at most
_WRAP_SLACK = 15  # a wrapped line fills its width up to a long word
_WRAP_LINES = 4  # full lines a wrapped export has at least
_RUN_ON_LINES = 3  # and lines whose sentence goes on on the next line
_FIRST_WORD = re.compile(r"\S+")
_COLUMN_GAP = re.compile(r"(?<![.!?:;])\s{2,}(?=\S)")  # a menu's or a table's columns; prose has one space
_LAYOUT_GAP = re.compile(rf"{_COLUMN_GAP.pattern}|\s[|>›»]\s")  # and a menu's bars, a breadcrumb's arrows
_MENU_COLUMNS = 3  # a line set in this many columns is a menu or a table row, no headline


@dataclass(slots=True)
class _Line:
    text: str
    heading: bool = False  # a markdown heading
    listed: bool = False  # a list item or a link line
    noise: bool = False
    barrier: bool = False  # a section label that closes the article
    marker: str = ""  # a numbered item's number as the export writes it ("3.")

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def long(self) -> bool:
        return not self.noise and not self.listed and word_count(self.text) >= _LONG_WORDS


def _parse(body: str) -> list[_Line]:
    lines: list[_Line] = []
    alt = ""  # the description of the picture on the last filled line
    for raw in _unwrapped(body.splitlines()[:_MAX_LINES]):
        text = raw.strip()
        picture = _MD_IMAGE.search(text)
        image = picture is not None
        text = _MD_IMAGE.sub("", text)
        linked = _MD_LINK.search(text) is not None
        text = _MD_LINK.sub(r"\1", text)
        heading = bool(_MD_HEADING.match(text))
        text = _QUOTE.sub("", _MD_HEADING.sub("", text))
        item = _LIST_ITEM.match(text)
        if item and (_starts_with_month(text[item.end() :]) or _is_story_item(text, item)):
            item = None  # "22. Juli 2025 ...": a date; "1. Acme buys Beta. Acme has ...": a story; not a list
        listed = linked or item is not None or len(_COLUMN_GAP.findall(text)) >= _MENU_COLUMNS - 1
        text = squash(text[item.end() :] if item else text)
        line = _Line(text, heading=heading, listed=listed)
        if item and item.group()[0].isdigit():
            line.marker = item.group().strip()
        line.barrier = bool(text) and (_closes_article(text) or _is_rights_notice(text))
        line.noise = (image and not text) or (bool(text) and not line.barrier and is_noise_line(text))
        line.noise = line.noise or _is_rule(text)
        # the caption under a picture repeats its description: no lead, even where a lead would stand
        line.noise = line.noise or (bool(text) and text == alt and is_caption(text))
        if text or image:
            alt = squash(picture.group(1)) if picture else ""
        lines.append(line)
    _mark_captions(lines)
    _mark_bare_bylines(lines)
    _mark_ads_and_promos(lines)
    return lines


def _wrap_width(raw: list[str]) -> int | None:
    """The width a hard-wrapped export breaks its lines at, or None: a third of its lines of words or more end within
    a long word of the width its line breaks fit best (100 at most), most of those mid-sentence, and a few run on
    into the next line (an export of one line a paragraph has longer lines, or lines that end sentences; a list of
    headlines, of about one length, has no line that runs on)."""
    texts = [line.strip() for line in raw]
    width = _fitted_width(texts)
    if width is None:
        return None
    worded = sum(1 for t in texts if len(t.split()) >= 3)
    full = [i for i, t in enumerate(texts) if width - _WRAP_SLACK <= len(t) <= width and len(t.split()) >= 3]
    open_ended = sum(1 for i in full if not ends_sentence(texts[i]))
    if len(full) < max(_WRAP_LINES, worded // 3) or 2 * open_ended < len(full):
        return None
    return width if sum(1 for i in full if _runs_on(texts, i, width)) >= _RUN_ON_LINES else None


def _runs_on(texts: list[str], i: int, width: int) -> bool:
    """Line i's sentence goes on below it: the next line starts in lowercase, or closes the paragraph (a sentence's
    end, no longer than the width, a blank line below it)."""
    below = texts[i + 1] if i + 1 < len(texts) else ""
    if below[:1].islower():
        return True
    return len(below) <= width and ends_sentence(below) and texts[i + 2 : i + 3] == [""]


def _fitted_width(texts: list[str]) -> int | None:
    """The width that the most line breaks fit: a prose line of n characters broken before a word of k was wrapped
    at a width from n up to n + k. The longest lines do not set it (an export may wrap its paragraphs and leave a
    headline or a standfirst on one long line); of equally fitting widths the narrowest leaves no line longer."""
    fits: Counter[int] = Counter()
    for above, below in pairwise(texts):
        word = _FIRST_WORD.match(below)
        if word and len(above.split()) >= 3 and not _LAYOUT_GAP.search(above):
            fits.update(range(len(above), min(len(above) + len(word.group()), _WRAP_MAX) + 1))
    most = max(fits.values(), default=0)
    return min((width for width, n in fits.items() if n == most), default=None)


def _unwrapped(raw: list[str]) -> list[str]:
    """The lines of a hard-wrapped export joined into its paragraphs: a line continues the one above it when the
    first word of it would not have fit on that one (a paragraph's last line leaves room, a blank line parts
    paragraphs); list items, markdown headings and the date line under a headline start lines of their own, and no
    line continues a menu set out in columns."""
    width = _wrap_width(raw)
    if width is None:
        return raw
    out: list[str] = []
    above = ""  # the line above, "" after a blank line
    for line in raw:
        text = line.strip()
        if _continues(above, text, width):
            out[-1] = f"{out[-1].rstrip()} {text}"
        else:
            out.append(line)
        above = text
    return out


def _continues(above: str, text: str, width: int) -> bool:
    """The line goes on the wrapped line above it: its first word would not have fit on that one, which is no
    longer than the width (a longer one was never wrapped: a headline over its byline); neither is a menu or a
    table row set in columns, and the line opens no block of its own."""
    word = _FIRST_WORD.match(text)
    if not above or word is None or len(above) + 1 + len(word.group()) <= width or len(above) > width:
        return False
    return not (_LAYOUT_GAP.search(above) or _LAYOUT_GAP.search(text) or _opens_block(text) or _is_meta_line(text))


def _opens_block(text: str) -> bool:
    return bool(_LIST_ITEM.match(text) or _MD_HEADING.match(text) or _QUOTE.match(text))


def _is_story_item(text: str, item: re.Match) -> bool:
    """A numbered or bulleted paragraph of several sentences or of one long one ("1. Acme buys Beta. Acme said on
    Friday ...", "* ACME - The group said on Tuesday it had won ..."): a newsletter's story, a stock in a market
    round-up, not an item of a list (one line each: "1. Top 10 IPOs to watch", "* Acme agreed to buy Beta.")."""
    story = text[item.end() :]
    if not ends_sentence(story):
        return False
    words = word_count(story)
    return words >= _STORY_SENTENCE_WORDS or (words >= _STORY_ITEM_WORDS and has_inner_sentence_end(story))


def _is_rule(text: str) -> bool:
    """A line of dashes, stars or equals signs that sets a box apart ("----------"): no text."""
    return bool(text) and not any(ch.isalnum() for ch in text)


def _closes_article(text: str) -> bool:
    """A section label after which the article is over ("Tags: ...", "Newsletter", "More from Markets"); a
    newsletter's pitch on its label's line ("Newsletter: Every Friday the week's deals") is a promo set between two
    paragraphs: it goes, the article goes on below it."""
    label = cues().end_marker.match(text)
    if label is None:
        return False
    return not (text[label.end() :].strip(" :›»>|-–—") and is_signup_line(text))


def _is_rights_notice(text: str) -> bool:
    """A site's rights notice ("All rights reserved") or the line that makes an issuer responsible for its notice
    ("The issuer is solely responsible for the content of this announcement"): the article never spans it, it closes
    the page or ends a distributor's header above the notice. A long sentence naming such a phrase is prose."""
    return cues().rights.search(text.lower()) is not None and is_noise_line(text)


def _starts_with_month(text: str) -> bool:
    first = text.split(None, 1)[0].rstrip(".,").lower() if text.strip() else ""
    return first in cues().months


def _next_filled(lines: list[_Line], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(lines):
        if not lines[j].blank:
            return j
        j += step
    return None


def _next_kept(lines: list[_Line], i: int, step: int = 1) -> int | None:
    """Index of the nearest non-blank, non-noise line after (step 1) or before (step -1) line i."""
    j = _next_filled(lines, i, step)
    while j is not None and lines[j].noise:
        j = _next_filled(lines, j, step)
    return j


def _neighbour(lines: list[_Line], i: int, step: int) -> _Line | None:
    j = _next_kept(lines, i, step)
    return None if j is None else lines[j]


def _looks_like_subheading(lines: list[_Line], i: int) -> bool:
    """A short unpunctuated line between two prose lines."""
    line = lines[i]
    if word_count(line.text) > 12 or ends_sentence(line.text) or line.listed or has_inner_sentence_end(line.text):
        return False
    nxt, prev = _neighbour(lines, i, 1), _neighbour(lines, i, -1)
    return nxt is not None and nxt.long and prev is not None and prev.long


def _label_only(line: _Line, label: re.Pattern) -> bool:
    """The line is a bare label ("Lesen Sie auch:"), not a label with its teaser on the same line."""
    m = label.match(line.text)
    return m is not None and not line.text[m.end() :].strip(" :›»>|-–—")


def _may_be_caption(line: _Line, continued: bool) -> bool:
    """A line above a credit is its caption unless it reads as a paragraph of prose (a caption of
    people names them "from left" even when it is a long sentence, a scene is one short sentence where the
    article goes on below the credit: else it may be the article's closing sentence)."""
    if not (line.long and ends_sentence(line.text)) or (continued and _is_caption_sentence(line)):
        return True
    return cues().caption.search(line.text.lower()) is not None


def _is_caption_sentence(line: _Line) -> bool:
    """One short sentence that describes a picture ("The founders in their office in Lyon."): a paragraph of
    the article beside a credit is longer or has more sentences."""
    if line.noise or line.barrier or line.heading or line.listed or not ends_sentence(line.text):
        return False
    return word_count(line.text) <= _CAPTION_SENTENCE_WORDS and not has_inner_sentence_end(line.text)


def _is_caption_below_credit(lines: list[_Line], i: int) -> bool:
    """Right below a credit, one short sentence with a paragraph of the article below it is the picture's
    caption; the article's closing sentence has none below it."""
    if i >= len(lines) or not _is_caption_sentence(lines[i]):
        return False
    return _is_paragraph(_neighbour(lines, i, 1))


def _is_headline(line: _Line, lead: bool) -> bool:
    """Above the article's lead, a headline-sized line without a full stop or a scene's words right over a
    credit is the headline (the picture stands below it), not the picture's caption."""
    if lead or ends_sentence(line.text) or cues().caption.search(line.text.lower()):
        return False
    return _HEADLINE_WORDS[0] <= word_count(line.text) <= _HEADLINE_WORDS[1]


def _is_caption_below(line: _Line) -> bool:
    """The line under a credit in capitals is its caption when it is short and one sentence at most (the
    article's lead is longer)."""
    if line.noise or line.barrier or line.heading or line.listed:
        return False
    return len(line.text) < _CAPTION_CHARS and not has_inner_sentence_end(line.text)


def _mark_captions(lines: list[_Line]) -> None:
    """Captions: a line that a credit closes, and a scene description below the lead (a lead without a
    full stop may read like a caption)."""
    c = cues()
    titled = False  # a headline-like line was met
    lead = False  # and a prose line below it (the lead): a caption may stand from here on
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if line.noise and c.credit.match(line.text):
            _mark_credit_captions(lines, i, lead)
        elif line.noise and is_capitals_credit(line.text):
            nxt = _next_filled(lines, i, 1)
            if nxt is not None and _is_caption_below(lines[nxt]):
                lines[nxt].noise = True  # a credit in capitals heads its caption
        elif not line.noise and not line.barrier and not line.listed:
            if lead and is_caption(line.text):
                line.noise = True
            lead = lead or (titled and line.long)
            titled = titled or word_count(line.text) >= 3


def _mark_credit_captions(lines: list[_Line], i: int, lead: bool) -> None:
    """The caption of the credit on line i: the line right above it, else (between paragraphs or under the
    headline) one short sentence right below it; a headline right above a credit is no caption."""
    prev = lines[i - 1] if i and not lines[i - 1].blank else None
    headline = prev is not None and _is_headline(prev, lead)
    continued = _is_paragraph(_neighbour(lines, i, 1))
    if prev is not None and len(prev.text) < _CAPTION_CHARS and _may_be_caption(prev, continued) and not headline:
        prev.noise = True
    elif (lead or headline) and not (prev and prev.noise) and _is_caption_below_credit(lines, i + 1):
        lines[i + 1].noise = True


def _mark_bare_bylines(lines: list[_Line]) -> None:
    """A byline without a prefix right above the date line: the author's bare name ("Sophie Delvaux") or a
    signature ("Jane Doe, The Ledger"). Between the lead and the body it would read like a subheading."""
    for i, line in enumerate(lines):
        if line.blank or line.noise or not (is_author_name(line.text) or is_signature(line.text)):
            continue
        below = _next_filled(lines, i, 1)
        if below is not None and lines[below].noise and _is_meta_line(lines[below].text):
            line.noise = True


def _is_meta_line(text: str) -> bool:
    return is_date_line(text) or is_byline(text)


def _mark_ads_and_promos(lines: list[_Line]) -> None:
    """The ad below an ad label, and promo boxes in the middle of the article: a "read more" label with
    its teaser on the same line, or a bare label ("Lesen Sie auch:", "Most read") over a few teaser
    headlines, when the article's prose goes on below them (else the label closes the article). A
    section label in a menu ("* Agenda") is no box label: the headline below it is no teaser; above the
    article's first paragraph, the line right over it is the headline (under a share button "Teilen")."""
    c = cues()
    prose = False  # a paragraph of the article stands above: a box label from here on is inside it
    for i, line in enumerate(lines):
        if line.blank:
            continue
        promo = c.read_more.match(line.text) is not None
        prose = prose or _is_paragraph(line)
        if c.ad_label.match(line.text) or c.promo_slot_label.match(line.text):
            line.noise = True  # a promo slot's bare label ("PRESENTED BY ACME") is no subheading
            nxt = i + 1
            if nxt < len(lines) and not lines[nxt].blank and _is_ad_copy(lines, nxt):
                lines[nxt].noise = True
        elif promo and not _label_only(line, c.read_more):
            line.barrier, line.noise = False, True
        elif promo or (line.barrier and not line.listed and _label_only(line, c.end_marker)):  # not a menu item
            teasers = _teasers_in_prose(lines, i, prose_lines=1 if promo else 2)
            if teasers and not prose and _is_paragraph(_neighbour(lines, teasers[-1], 1)):
                teasers.pop()  # the line right above the article's first paragraph is its headline
            if teasers:
                line.barrier, line.noise = False, True
                for k in teasers:
                    lines[k].noise = True


def _list_below(lines: list[_Line], end: int) -> list[int]:
    """The entries of a list that goes on right below the article's last line, no blank line between (a ranking
    "1. ...", "2. ...", a timeline "2019: ...", "2021: ..."): the article's; [] when fewer follow. A list under a
    label or a blank line is another box's."""
    entries: list[int] = []
    j = end + 1
    while j < len(lines) and not lines[j].blank and not lines[j].barrier and _is_entry(lines[j], len(entries) + 1):
        entries.append(j)
        j += 1
    return entries if len(entries) >= _LIST_ENTRIES else []


def _is_entry(line: _Line, n: int) -> bool:
    """The line is entry n of a numbered list, or a dated entry of a timeline."""
    return line.marker.rstrip(".)") == str(n) or _DATED_ENTRY.match(line.text) is not None


def _is_paragraph(line: _Line | None) -> bool:
    return line is not None and line.long and ends_sentence(line.text)


def _is_ad_copy(lines: list[_Line], i: int) -> bool:
    """The line below an ad label is the ad, unless it is a subheading or a paragraph of prose (the ad
    was a picture the export dropped); a line that makes an offer ("jetzt Tickets sichern") is the ad even
    where it stands like a subheading."""
    line = lines[i]
    if is_prose_paragraph(line.text):
        return False
    return cues().offer.search(line.text.lower()) is not None or not _looks_like_subheading(lines, i)


def _is_teaser(line: _Line) -> bool:
    """A headline of another article: no sentence, headline-sized."""
    headline = not ends_sentence(line.text) or _is_story_teaser(line.text)
    return not line.barrier and headline and word_count(line.text) <= _HEADLINE_WORDS[1]


def _is_story_teaser(text: str) -> bool:
    """A kind of story's label and its headline ("Entrevista: «El 5G llegará a todas las capitales»"): another
    article's, even where a quote closes it like a sentence; no full stop (a paragraph's sentence has one)."""
    label = cues().story_label.match(text)
    return label is not None and not text.rstrip().endswith((".", "!", "?")) and not has_inner_sentence_end(text)


def _heads_article(lines: list[_Line], i: int) -> bool:
    """The line sits right above a byline or date line, or above the author's bare name or the section's
    name over one: the article's headline, not a teaser."""
    below = _next_filled(lines, i, 1)
    if below is not None and (is_author_name(lines[below].text) or _is_section_name(lines[below])):
        below = _next_filled(lines, below, 1)  # "Rachel Oduya" or "Fintech" over "April 16, 2026"
    return below is not None and lines[below].noise and _is_meta_line(lines[below].text)


def _heads_excerpt(lines: list[_Line], i: int) -> bool:
    """Inside the article, a headline-sized line right above a source's date line ("The Courier - 14 Oct 2025"): an
    aggregator's next story, whose excerpt follows; it heads it as a subheading would."""
    line = lines[i]
    return not line.noise and _is_headline_above_lead(line) and _heads_article(lines, i)


def _is_section_name(line: _Line) -> bool:
    """A kicker naming the article's section ("Fintech", "Wirtschaft"): a word or two, no sentence."""
    return not line.noise and word_count(line.text) <= _SECTION_WORDS and not ends_sentence(line.text)


def _teasers_in_prose(lines: list[_Line], label: int, prose_lines: int) -> list[int]:
    """The teaser headlines below a box label when that many long prose lines follow them, else []."""
    teasers: list[int] = []
    j = _next_kept(lines, label)
    while j is not None and len(teasers) < _BOX_TEASERS and _is_teaser(lines[j]):
        if _heads_article(lines, j):
            return teasers  # the box ends above the article's own headline
        teasers.append(j)
        j = _next_kept(lines, j)
    for _ in range(prose_lines):
        if j is None or not lines[j].long:
            return []
        j = _next_kept(lines, j)
    return teasers


def _score(line: _Line) -> float:
    if line.barrier:
        return _BARRIER
    if line.blank or line.noise:
        return 0.0
    if line.long:
        return float(len(line.text))
    if line.heading:
        return -_HEADING_COST
    return -_LIST_COST if line.listed else -_SHORT_COST


def _best_run(lines: list[_Line]) -> tuple[int, int] | None:
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, line in enumerate(lines):
        s = _score(line)
        if total <= 0:
            total, start = 0.0, i
        total += s
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def _head(lines: list[_Line], start: int, slug: set[str]) -> tuple[str | None, str | None]:
    """Headline and lead above the body: the first title-like line walking back (or the headline over it that
    the URL's slug names), and a long line met on the way. Above a fence (a notice's responsibility line) a long
    sentence is the distributor's header, no lead; the headline may stand over it."""
    lead = None
    fenced = False
    j, seen = start, 0
    while (j := _next_filled(lines, j, -1)) is not None and seen < _LOOK_BACK:
        seen += 1
        line = lines[j]
        fenced = fenced or (line.barrier and _is_rights_notice(line.text))
        if line.noise or line.barrier or (fenced and line.long and ends_sentence(line.text)):
            continue
        if line.long and lead is None and not line.heading and not fenced:
            lead = line.text
            continue
        words = word_count(line.text)
        if 3 <= words <= 40 and not line.listed and not line.text.endswith(":"):
            above = _next_filled(lines, j, -1)
            byline = words < _HEADLINE_WORDS[0] or is_signature(line.text)
            if byline and above is not None and not lines[above].noise and _is_headline_above_lead(lines[above]):
                return lines[above].text, lead  # a short line or a signature under a headline is its byline
            if above is not None and _is_headline_over_subtitle(lines[above], line, slug):
                return lines[above].text, lead
            return line.text, lead
    return None, lead


def _is_headline_over_subtitle(above: _Line, line: _Line, slug: set[str]) -> bool:
    """Two headline-like lines over the byline: the upper one is the headline when the URL's slug names it and not
    the one below (a subtitle too short to read as the lead: "Fuentes financieras sitúan las conversaciones ...")."""
    if above.noise or above.barrier or above.listed or ends_sentence(above.text) or ends_sentence(line.text):
        return False
    if word_count(above.text) > _HEADLINE_WORDS[1]:
        return False
    hits = len(folded_words(above.text) & slug)  # a slug's words: no kicker, whatever its length
    return hits >= SLUG_HITS and hits > len(folded_words(line.text) & slug)


def _is_headline_above_lead(line: _Line) -> bool:
    """A markdown heading, or a headline-sized line (a section kicker has fewer words)."""
    if line.barrier or line.listed or ends_sentence(line.text) or line.text.endswith(":"):
        return False
    return line.heading or _HEADLINE_WORDS[0] <= word_count(line.text) <= _HEADLINE_WORDS[1]


def _is_sentence(line: _Line) -> bool:
    """A short line of text: a sentence of a few words, not a list item."""
    if line.listed or not ends_sentence(line.text) or _is_story_teaser(line.text):
        return False
    return word_count(line.text) >= _SENTENCE_WORDS


def _without_trailing_teasers(lines: list[_Line], start: int, end: int) -> tuple[int, int]:
    """The run without the headlines that close it: below the article's last sentence and a line that is no
    paragraph (a caption, a label: "Most read", "Más información"), lines that end no sentence are a teaser
    list whose longer headlines outweigh its label. A paragraph without a full stop right below the last
    sentence is the article's, unless a kind of story's label heads it ("Interview: ...") or more headlines follow it
    one a line (a list of long headlines without a label)."""
    last = end
    while last > start and (lines[last].blank or lines[last].noise or _is_teaser(lines[last])):
        last -= 1
    below = _next_filled(lines, last, 1)
    if last == end or not ends_sentence(lines[last].text) or below is None:
        return start, end
    if lines[below].long and not _is_story_teaser(lines[below].text) and _headlines_between(lines, last, end) < 2:
        return start, end
    return start, last


def _headlines_between(lines: list[_Line], last: int, end: int) -> int:
    """How many headline-like lines (neither blank nor noise) stand below line last up to line end."""
    return sum(1 for k in range(last + 1, end + 1) if not (lines[k].blank or lines[k].noise))


def _signed_off(lines: list[_Line], end: int, nxt: int) -> bool:
    """A section label, or a sign-off between the run and the line ("(Reporting by ...; Editing by ...)"):
    the article is over, what follows is the site's."""
    return lines[nxt].barrier or any(lines[k].noise and is_byline(lines[k].text) for k in range(end + 1, nxt))


def folded_words(text: str) -> set[str]:
    """A text's words as a URL slug spells them: lowercase, without accents."""
    return set(_SLUG_WORD.findall(unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()))


def slug_words(url: str) -> set[str]:
    """The words of the longest segment of a URL's path: the slug of its article's headline, if it has one."""
    return folded_words(max(urlsplit(url).path.split("/"), key=len)) if url else set()


def _past_teaser(lines: list[_Line], start: int, slug: set[str]) -> int:
    """The run's start past another story's headline right above the article's own (a "breaking" ticker, the
    section's top story): two headline-like lines in a row, and the URL's slug names the second, not the first."""
    nxt = _next_kept(lines, start)
    if not slug or nxt is None or any(ends_sentence(lines[i].text) for i in (start, nxt)):
        return _past_teaser_box(lines, start)
    if len(folded_words(lines[nxt].text) & slug) >= SLUG_HITS and not folded_words(lines[start].text) & slug:
        return nxt
    return _past_teaser_box(lines, start)


def _past_teaser_box(lines: list[_Line], start: int) -> int:
    """The run's start past a box of other stories' headlines under the menu ("Trending now", "Les titres du jour"):
    two headlines or more, no paragraph among them, then a blank line and the article's own headline (a section's
    kicker maybe over it) over its byline or date line, or over its lead and that line."""
    headlines = 0
    j: int | None = start
    while j is not None and headlines <= _BOX_TEASERS and not _is_paragraph(lines[j]):
        if headlines >= 2 and lines[j - 1].blank:
            head = _next_kept(lines, j) if _is_section_name(lines[j]) else j
            if head is not None and _is_article_head(lines, head):
                return head
        headlines += not _is_section_name(lines[j])
        j = _next_kept(lines, j)
    return start


def _is_article_head(lines: list[_Line], i: int) -> bool:
    """A headline-sized line over the byline or date line, or over the lead and that line."""
    if not _is_headline_above_lead(lines[i]):
        return False
    below = _next_kept(lines, i)
    return _heads_article(lines, i) or (below is not None and _heads_article(lines, below))


def extract(body: str, url: str = "") -> list[Piece]:
    """The article of a text export as pieces (headline first); [] when there is none."""
    lines = _parse(html.unescape(body) if "&" in body else body)
    span = _best_run(lines)
    if span is None:
        return []
    start, end = _without_trailing_teasers(lines, *span)
    slug = slug_words(url)
    first, start = start, _past_teaser(lines, start, slug)
    while (nxt := _next_kept(lines, end)) is not None and _is_sentence(lines[nxt]) and not _signed_off(lines, end, nxt):
        end = nxt  # a short closing paragraph ("The deal is subject to approval.") costs the run, yet is text
    entries = _list_below(lines, end)
    end = entries[-1] if entries else end
    if not ends_sentence(lines[start].text) and word_count(lines[start].text) <= 40:
        above = _neighbour(lines, start, -1) if start == first else None  # not the teaser passed
        if above is not None and _is_headline_above_lead(above):
            title, lead = above.text, lines[start].text  # the run starts with a lead without a full stop
        else:
            title, lead = lines[start].text, None  # the run starts with a long headline
        start += 1
    else:
        title, lead = _head(lines, start, slug)
    pieces = [Piece(TITLE, title)] if title else []
    if lead and lead != title:
        pieces.append(Piece(PARAGRAPH, lead))
    for i in range(start, end + 1):
        line = lines[i]
        if i in entries:
            pieces.append(Piece(PARAGRAPH, f"{line.marker} {line.text}".lstrip()))
        elif line.blank or line.noise or line.text == title:  # the headline again, under its section's label
            continue
        elif line.long or _is_sentence(line):
            pieces.append(Piece(PARAGRAPH, line.text))
        elif (line.heading and not line.listed) or _heads_excerpt(lines, i):
            pieces.append(Piece(HEADING, line.text))
        elif _looks_like_subheading(lines, i) and not line.listed and not (pieces and pieces[-1].kind == TITLE):
            pieces.append(Piece(HEADING, line.text))  # right under the headline, a short line is its section's kicker
    return pieces
