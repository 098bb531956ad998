"""Cue words of the cleaner, read once: language-free ones from cues.yaml, the rest from the
`cleaning:` section of every streams/languages/<lang>.yaml (a page of one language often carries
labels of another, so the cues of all languages apply to every page)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from streams import languages

_CUES_FILE = Path(__file__).with_name("cues.yaml")


@dataclass(frozen=True)
class Cues:
    drop_tags: frozenset[str]
    boilerplate_tokens: frozenset[str]
    always_tokens: frozenset[str]
    other_content_tokens: frozenset[str]
    comment_tokens: frozenset[str]  # a reader-comments widget's class or id
    lead_tokens: frozenset[str]
    report_key: re.Pattern  # a typo-report widget's key chord ("Ctrl+Enter")
    roles: frozenset[str]
    hidden_classes: frozenset[str]  # whole class names that keep an element from the screen ("sr-only")
    component_prefix: re.Pattern  # a framework's namespace opening a class name ("cmp-" of "cmp-text")
    ad_label: re.Pattern  # a whole line that only labels an ad
    ad_line: re.Pattern  # an ad's label and its copy on one line ("Anzeige: Messe X – jetzt Ticket sichern")
    promo_slot: re.Pattern  # a newsletter's promo slot's label, a name maybe, and its pitch ("Sponsored by X: ...")
    promo_slot_label: re.Pattern  # a whole line that only labels a promo slot, a name maybe ("PRESENTED BY ACME")
    ad_note: re.Pattern  # a whole line that says the article goes on below an ad
    subscribe_prompt: re.Pattern  # a subscription prompt opening a line
    price_period: re.Pattern  # the period an offer's price is for ("a month", "le premier mois"), in lowercased text
    credit: re.Pattern  # an image credit or caption line
    credit_label: re.Pattern  # a credit's label opening a line ("PHOTO FOURNIE PAR X")
    security_label: re.Pattern  # a securities identifier's label opening a line ("ISIN: DE0007164600")
    # caption, consent, consent_request, site, cookie, signup, offer, price_period and rights search lowercased text
    # (3x faster than ignoring case)
    caption: re.Pattern  # a word of a caption that describes a picture's scene
    consent: re.Pattern  # a phrase of a cookie consent notice
    consent_request: re.Pattern  # the reader's consent asked for ("your consent")
    site: re.Pattern  # a word for the website
    cookie: re.Pattern  # a cookie word
    signup: re.Pattern  # a phrase of a newsletter or sign-up box
    offer: re.Pattern  # a word of an ad's offer or call to act now, in lowercased text
    promo_opener: re.Pattern  # an imperative opening an ad's call to action ("Invierta en fondos ...")
    promo_verb: re.Pattern  # an imperative that may open another line too ("Invierte"): a call with an offer word
    offer_figure: re.Pattern  # an offer's price, duration, rate or year ("0 Euro", "3 meses", "30%", "$1", "2026")
    login_label: re.Pattern  # a login box's line alone ("Password", "Forgot your password?", "Se connecter")
    signup_opener: re.Pattern  # an imperative opening a sign-up box's line ("Sign up to X: ...")
    counter: re.Pattern  # a count on a line of its own ("12 comments", "Comments (31)")
    reading_time: re.Pattern  # a word of a reading-time line, in lowercased text
    share: re.Pattern  # a share button ("Share on LinkedIn")
    download_verb: re.Pattern  # a download button's verb, in lowercased text
    file_format: re.Pattern  # a format of a file to download ("PDF"), in lowercased text
    share_bar: re.Pattern  # a row of share buttons and nothing else ("Share · Print · Email")
    share_channel: re.Pattern  # a share button naming its channel ("Share this article by email", "Per E-Mail teilen")
    standards_label: re.Pattern  # the label of a wire's editorial-standards line ("Our Standards: ...")
    wire_source: re.Pattern  # a wire's closing line naming the issuer under its label in capitals ("SOURCE Acme")
    order_call: re.Pattern  # a call to order a copy closing a line ("...: order it now"), in lowercased text
    comments_closed: re.Pattern  # a note that the reader comments are closed, in lowercased text
    rights: re.Pattern  # a legal footer ("All rights reserved")
    liability: re.Pattern  # a wire's disclaimer of its releases' content, in lowercased text
    article_note: re.Pattern  # a note on the article's first publication, licence or citation, in lowercased text
    read_more: re.Pattern  # a link to another article
    read_more_after: re.Pattern  # a "read also" label and its colon after a paragraph's sentence ("... Read also:")
    end_marker: re.Pattern  # a section label after which the article is over ("Related", "More news from Markets")
    disclaimer_label: re.Pattern  # a release's legal disclaimer, run in or alone ("Forward-Looking Statements.")
    forward_looking: re.Pattern  # forecasts named in a release's disclaimer ("forward-looking statements"), lowercased
    risks: re.Pattern  # the risks a release's disclaimer warns of ("risks and uncertainties"), in lowercased text
    about_label: re.Pattern  # the heading of an issuer's profile ("About Acme", "À propos de Solvéa")
    summary_label: re.Pattern  # the label of a list of the story's points ("Story highlights")
    story_label: re.Pattern  # a kind of story labelling a headline, its colon and the headline ("Interview: ...")
    byline: re.Pattern  # a byline or reading-time line
    author_joiner: re.Pattern  # what joins the authors' names of a byline ("Jane Doe and John Roe")
    byline_role: re.Pattern  # a journalist's job title after the name in a byline, in lowercased text
    author_label: re.Pattern  # the label of a box on the author, alone or before its note ("About the author:")
    author_note_verb: re.Pattern  # the verb after the name in a note on the author ("covers", "schreibt über")
    author_note_copula: re.Pattern  # the verb after the name in a note naming the author's job ("is", "ist")
    meta_label: re.Pattern  # a byline, date or edition label anywhere in a line ("Publié le ...", "Edición del ...")
    time_ago: re.Pattern  # a relative publication time ("2 hours ago", "vor 3 Stunden")
    months: dict[str, int]  # month words of all languages
    weekdays: frozenset[str]  # weekday names of all languages and their three-letter abbreviations


def alternation(words: set[str]) -> str:
    """The words as one regex branching letter by letter (a trie, matched case-insensitively): the
    engine tries one branch per text position instead of every word, 2-3x faster on long paragraphs."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict) -> str:
    parts = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if "" in node else body


def _gather(key: str) -> set[str]:
    words: set[str] = set()
    for lang in languages.supported():
        words.update(str(w) for w in (languages.load(lang).get("cleaning") or {}).get(key) or ())
    return words


def _words(key: str) -> re.Pattern:
    """Whole words or phrases of the languages' `key` lists, in lowercased text."""
    return re.compile(rf"(?<!\w)(?:{alternation(_gather(key))})(?!\w)")


def _spaced_chord(keys: str) -> str:
    """A key chord's pattern, spaces or none around its "+" ("Ctrl+Enter", "Ctrl + Enter")."""
    return r"\s*\+\s*".join(map(re.escape, keys.split("+")))


def _time_ago() -> re.Pattern:
    """The languages' relative publication times, their {n} standing for a number."""
    forms = sorted(_gather("time_ago"), key=len, reverse=True)
    branches = "|".join(re.escape(form).replace(re.escape("{n}"), r"\d{1,3}") for form in forms)
    return re.compile(rf"(?<!\w)(?:{branches})(?!\w)", re.I)


def _offer_figure(signs: set[str]) -> re.Pattern:
    """A figure with its sign or unit ("30 %", "$1", "6 months") or a year: what an offer's price, duration or rate
    looks like; a version number or a count has no unit."""
    sign = "|".join(map(re.escape, sorted(signs)))
    units = alternation(_gather("offer_units"))
    return re.compile(
        rf"(?:{sign})\s?\d|(?<![\w.,])\d[\d.,]*\s?(?:{sign}|(?:{units})(?!\w))|(?<![\w.,])(?:19|20)\d\d(?![\w.,]\d)",
        re.I,
    )


@cache
def cues() -> Cues:
    """The compiled cues (built on first use)."""
    with _CUES_FILE.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    months: dict[str, int] = {}
    weekdays: set[str] = set()
    for lang in languages.supported():
        calendar = languages.load(lang).get("calendar") or {}
        months.update(calendar.get("months") or {})
        weekdays.update(w for day in calendar.get("weekdays") or {} for w in (day, day[:3]))
    bullet = r"^[\s>\[\(\-–—•*|]*"
    tail = r"[\s\]\)\-–—:|›»>]*$"
    label_end = r"(?:\s*[:›»>|]|\s+[—–]|$)"  # "Related:", "Related ›", "Related — 有關" (with its translation)
    agency = alternation(set(data["photo_agencies"]))
    counted = alternation(_gather("counted"))
    name = r"[^\W\d][\w'’ /-]{0,30}"  # a photographer's name, no sentence
    prefixes = alternation(_gather("credit_prefixes"))
    archive = alternation(_gather("archive_words"))
    # names and agencies after a caption's sentence: capitalised words, short particles ("X. de Fenoyl")
    capital = r"(?-i:[A-ZÀ-Þ])[\w'’.-]*"
    proper = rf"{capital}(?:[ ,/–—]+(?:{capital}|(?-i:[a-zà-ÿ]{{1,3}}))){{0,6}}"  # "Le Journal – Jane Doe"
    by = alternation(_gather("credit_by"))
    # a name or nothing after a profile's label: "About the deal" heads a section of the article
    named = r"(?:\s*$|\s+(?-i:[A-ZÀ-Þ\d])|(?<=['’])(?-i:[A-ZÀ-Þ]))"
    buttons = alternation(_gather("share_buttons") | set(data["share_networks"]))
    verbs = alternation(_gather("share_verbs"))
    channels = alternation(_gather("share_channels") | set(data["share_networks"]))
    # a photographer's name in capitals ("M. MORALEJO"), or a word that alone credits the picture ("Cedida")
    caps = r"(?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*)"
    owner = rf"{caps}(?:\s+{caps}){{0,3}}(?<!\.)|{alternation(_gather('credit_words'))}"
    credits = (
        rf"(?:^|[\s.(\[*])(?:{prefixes})\s?[:©]|©|\(c\)\s",
        rf"(?:^|[\s(])(?:{agency})\s?/\s?{name}[)\]]?$",  # "REUTERS/Jane Doe"
        rf"\s?/\s?(?:{agency})[)\]]?$",  # "Jean Dupont / AFP"
        # "REUTERS", "dpa", "AFP via Getty Images" alone on its line, under the caption it credits
        rf"^[(\[]?(?:{agency})(?:\s+via\s+(?:{agency}))?[)\]]?$",
        rf"^(?:{prefixes})\s+{name}\s/\s?{name}$",  # "Photo X / Le Journal"
        rf"^(?:{prefixes})\s+(?:{by})\s+{proper}(?<![.\s])$",  # "Photo by Jane Doe"
        # "... Photo DDO, X. de Fenoyl", "... Photo archives Le Courrier / N. Brun", "... Photo courtesy of X"
        rf"[.!?]\s+(?:{prefixes})\s+(?:(?:(?-i:[a-z]{{1,3}})|{archive}|{by})\s+)?{proper}(?<![.\s])$",
        rf"[.!?]\s+\((?:(?:{prefixes})\s+)?(?:{by})\s+{proper}\)$",  # "... on Thursday. (Courtesy of Nasdaq)"
        # "... en su oficina de Valencia. Cedida", "... en Boiro. M. MORALEJO": a word's full stop, not "U.S."
        rf"(?<=(?-i:[a-zà-ÿ\d]))[.!?]\s+(?:{owner})$",
        rf"\([^()]{{0,30}}\b(?:{archive})\b[^()]{{0,30}}\)[.\s]*$",  # "(Archivbild)"
        # "REUTERS/Jane Doe/File Photo Purchase Licensing Rights", whoever the agency
        rf"(?:^|\s)(?:{alternation(_gather('licensing_buttons'))})$",
    )
    # a section's or topic's name after a label: capitalised words, a short particle first ("aus der Region")
    section = rf"(?:(?-i:[a-zà-ÿ]{{1,4}})(?:\s+|['’])){{0,2}}{capital}(?:\s+(?:&|{capital})){{0,3}}"
    return Cues(
        drop_tags=frozenset(data["drop_tags"]),
        boilerplate_tokens=frozenset(data["boilerplate_tokens"]),
        always_tokens=frozenset(data["always_tokens"]),
        other_content_tokens=frozenset(data["other_content_tokens"]),
        comment_tokens=frozenset(data["comment_tokens"]),
        lead_tokens=frozenset(data["lead_tokens"]),
        report_key=re.compile(rf"(?<!\w)(?:{'|'.join(map(_spaced_chord, data['report_keys']))})(?!\w)", re.I),
        roles=frozenset(data["roles"]),
        hidden_classes=frozenset(data["hidden_classes"]),
        component_prefix=re.compile(rf"(?<!\S)(?:{'|'.join(map(re.escape, data['component_prefixes']))})-(?=\w)"),
        ad_label=re.compile(bullet + f"(?:{alternation(_gather('ad_labels'))})" + tail, re.I),
        ad_line=re.compile(bullet + f"(?:{alternation(_gather('ad_labels'))})" + r"\s*(?:[:|]|\s[-–—])\s*(?=\w)", re.I),
        # the label, a sponsor's name of a few words maybe, then a colon or a dash and the pitch
        promo_slot=re.compile(
            f"{bullet}(?:{alternation(_gather('promo_slots'))})" + r"(?:\s+[^\s:|]+){0,4}?\s*(?:[:|]|\s[-–—])\s*(?=\w)",
            re.I,
        ),
        promo_slot_label=re.compile(
            f"{bullet}(?:{alternation(_gather('promo_slots'))})" + r"(?:\s+[^\s:|.!?]+){0,4}" + tail, re.I
        ),
        ad_note=re.compile(bullet + f"(?:{alternation(_gather('ad_notes'))})" + tail, re.I),
        subscribe_prompt=re.compile(bullet + f"(?:{alternation(_gather('subscribe_prompts'))})" + r"(?!\w)", re.I),
        credit=re.compile("|".join(credits), re.I),
        credit_label=re.compile(rf"(?:{prefixes})\s", re.I),
        security_label=re.compile(rf"{bullet}(?:{alternation(set(data['security_labels']))})\s*:", re.I),
        caption=_words("caption_cues"),
        consent=_words("consent_cues"),
        consent_request=_words("consent_requests"),
        site=_words("site_words"),
        cookie=_words("cookie_words"),
        signup=_words("signup_cues"),
        offer=_words("offer_cues"),
        # as the data files spell it, capitalised ("GET / HTTP/1.1" is no call), not "Start-ups": a hyphen goes on
        promo_opener=re.compile(rf"{bullet}(?:{'|'.join(map(re.escape, sorted(_gather('promo_openers'))))})(?![\w-])"),
        promo_verb=re.compile(rf"{bullet}(?:{'|'.join(map(re.escape, sorted(_gather('promo_verbs'))))})(?![\w-])"),
        offer_figure=_offer_figure(set(data["figure_signs"])),
        price_period=_words("price_periods"),
        login_label=re.compile(bullet + f"(?:{alternation(_gather('login_labels'))})" + r"[\s?:.]*$", re.I),
        signup_opener=re.compile(bullet + f"(?:{alternation(_gather('signup_openers'))})" + r"(?!\w)", re.I),
        counter=re.compile(rf"^(?:\d[\d.,]*\s?k?\s+(?:{counted})|(?:{counted})\s*\(?\d[\d.,]*k?\)?)$", re.I),
        rights=re.compile(alternation(_gather("rights_notices"))),
        liability=re.compile(alternation(_gather("liability_notices"))),
        article_note=_words("article_notes"),
        reading_time=_words("reading_time"),
        download_verb=_words("download_verbs"),
        file_format=re.compile(rf"(?<!\w)(?:{alternation(set(data['file_formats']))})(?!\w)"),
        share=re.compile(bullet + f"(?:{alternation(_gather('share_prefixes'))})" + r"\b", re.I),
        # the first button may be the row's label ("Comparte: X · LinkedIn · Telegram")
        share_bar=re.compile(rf"^[\s·|•]*(?:{buttons})(?:\s*:)?(?:[\s·|/,•]+(?:{buttons}))+[\s·|•]*$", re.I),
        share_channel=re.compile(
            rf"{bullet}(?:(?:{verbs})\s.*(?<!\w)(?:{channels})|(?:.*\s)?(?:{channels})\s+(?:{verbs})){tail}", re.I
        ),
        standards_label=re.compile(bullet + f"(?:{alternation(_gather('standards_labels'))})" + r"\s*:", re.I),
        comments_closed=_words("comments_closed"),
        # the label as the data files spell it (in capitals: "Source Energy said ..." opens a sentence), then a name
        wire_source=re.compile(
            rf"^(?:{'|'.join(map(re.escape, sorted(_gather('wire_source_labels'))))})\s+(?=[A-ZÀ-Þ\d])"
        ),
        # a few words may follow the call ("... order it now by subscription"), no full stop
        order_call=re.compile(rf"(?<!\w)(?:{alternation(_gather('order_calls'))})(?!\w)(?:\s+[^\s.]+){{0,3}}[\s!›»→>]*$"),
        read_more_after=re.compile(
            rf"(?<=[.!?…»”\"])\s+(?:{alternation(_gather('read_more'))})\s*[:›»|]\s*(?=\S)", re.I
        ),
        read_more=re.compile(bullet + f"(?:{alternation(_gather('read_more'))})" + r"(?:\s*[:›»>|]|$)", re.I),
        end_marker=re.compile(
            f"{bullet}(?:{alternation(_gather('end_markers'))}){label_end}"
            f"|{bullet}(?:{alternation(_gather('section_labels'))})\\s+{section}{tail}",
            re.I,
        ),
        disclaimer_label=re.compile(
            bullet + f"(?:{alternation(_gather('disclaimer_labels'))})" + r"\s*(?:[.:—–-]|$)", re.I
        ),
        forward_looking=_words("forward_looking_cues"),
        risks=_words("risk_cues"),
        about_label=re.compile(bullet + f"(?:{alternation(_gather('about_labels'))})" + named, re.I),
        summary_label=re.compile(bullet + f"(?:{alternation(_gather('summary_labels'))})" + r"\s*:?\s*$", re.I),
        story_label=re.compile(bullet + f"(?:{alternation(_gather('story_labels'))})" + r"\s*:\s*(?=\S)", re.I),
        byline=re.compile(bullet + f"(?:{alternation(_gather('byline_prefixes'))})" + r"\b", re.I),
        author_joiner=re.compile(rf",\s*|\s+(?:&|{alternation(_gather('author_joiners'))})\s+"),
        # no boundary before the title: German writes it as a compound ("Wirtschaftsredakteurin")
        byline_role=re.compile(rf"(?:{alternation(_gather('byline_roles'))})(?!\w)"),
        author_label=re.compile(bullet + f"(?:{alternation(_gather('author_labels'))})" + r"\s*(?:[:—–]|$)", re.I),
        author_note_verb=re.compile(rf"(?:{alternation(_gather('author_note_verbs'))})(?!\w)"),
        author_note_copula=re.compile(rf"(?:{alternation(_gather('author_note_copulas'))})(?!\w)"),
        time_ago=_time_ago(),
        meta_label=re.compile(
            rf"(?<!\w)(?:{alternation(_gather('byline_prefixes') | _gather('edition_labels'))})(?!\w)", re.I
        ),
        months=months,
        weekdays=frozenset(weekdays),
    )
