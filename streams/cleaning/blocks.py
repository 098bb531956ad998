"""The cleaner's output unit, shared by the HTML and the text-export paths, and the line filters
that both apply (ad labels, credits and captions, "read more" links, sign-up boxes, cookie notices,
bylines, date lines)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from streams.cleaning import dates
from streams.cleaning.cues import cues

TITLE, HEADING, PARAGRAPH = "title", "heading", "paragraph"
_SENTENCE_END = re.compile(r"[.!?…:;\"”“»«)。！？]\s*$")
_WORD = re.compile(r"\w+")
_SHORT = 160
_META_LINE_WORDS = 14
_DATE_LINE_WORDS = 3  # words of a date line besides its date, time and labels ("le", "à", "Uhr", "Redaktion")
_ALPHA_WORD = re.compile(r"[^\W\d_]{2,}")
_META_SEPARATOR = re.compile(r"[|·•]")
_INNER_SENTENCE_END = re.compile(r"[.!?]\s")
_TRAILING_ASIDE = re.compile(r"\s*\([^()]{1,40}\)$")  # "(1003 HKT)", "(Mis à jour : 30 avril 2015 à 07:38)"
_YEAR, _CLOCK = r"(?<!\d)(?:19|20)\d\d(?!\d)", r"(?<!\d)\d{1,2}:\d\d(?!\d)"
_TIME_STAMP = re.compile(rf"{_YEAR}.*{_CLOCK}|{_CLOCK}.*{_YEAR}")
_ABBREVIATION_END = re.compile(r"(?:(?<!\w)\w\.){2,}$")  # "at 11:29 a.m.": no sentence end
_NUMBER = re.compile(r"\d+")
_CLOCK_WORD = re.compile(r"[A-Z]{2,4}")  # "AM", "EST", "GMT" beside a time
_CONSENT_WORDS = 80  # a longer text that speaks of cookies is an article about them
_BUTTON_WORDS = 5  # "Accept all cookies", "Cookie settings"
_DOWNLOAD_WORDS = 8  # "Download the annual report (PDF, 2 MB)"
_CHANNEL_BUTTON_WORDS = 8  # "Compartir este artículo por correo electrónico"
_NOTICE_LABEL_WORDS = 4  # "Avis sur les cookies :"
_CAPTION_WORDS = 25  # a longer line without a full stop is a paragraph that lost it
_PROMO_WORDS = 40  # a sign-up box's pitch
_NOTE_WORDS = 60  # a note on the article's provenance: where it first appeared, the issue, the categories, the feed
_LONG_CAPTION = 320  # a caption that ends with its credit may be longer than a short line
_CREDIT_TAIL = 60
_READING_TIME_CHARS = 40  # "Temps de lecture : 4 minutes"
_PROMPT_WORDS = 12  # an offer's words ("Subscribe from £1 a week")
_CREDIT_WORDS = 10  # "PHOTO ROBERT SKINNER, ARCHIVES LA PRESSE"
# An author's name: two to four capitalised words, a short particle between them ("Julien Le Goff", "Ana de la Torre").
_AUTHOR = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:[a-zà-ÿ]{1,3}\s+){0,2}[A-ZÀ-Þ][\w'’.-]+){1,3}")
_ROLE_SEPARATOR = re.compile(r"\s*(?:,|\s[|·–—-])\s*")
_ROLE_WORDS = 6  # "Senior Energy and Climate Correspondent"
# "Le Courrier de Loire", "La Presse d'affaires" (an elided article before a word of the name)
_OUTLET = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:(?:[a-zà-ÿ]{1,3}\s+)?[A-ZÀ-Þ][\w'’.-]*|[a-zà-ÿ]['’]\w[\w'’.-]*))*")
_OUTLET_WORDS = 5
_DASH_FIELD = re.compile(r"\s+[—–-]\s+")  # the fields of a meta line set apart by dashes
_FIRST_WORD = re.compile(r"\s+(\w+)")
_AUTHOR_NOTE_WORDS = 30  # "Priya Raman writes Deal Desk Weekly. She previously covered venture capital for a wire."
_MINUTES = re.compile(r"\d{1,3}\s?min\.?")  # a reading time's bare minutes as a meta line's last field ("3 Min.")
_SIGNED_CHANGE = re.compile(r"(?<!\w)[+\-−–]\s?\d+(?:[.,]\d+)?\s?%")  # "+8,63 %", "-1.2%"
# A ticker symbol as a field of its own: between separators, in brackets or before a colon ("- HLPR -", "(SAP)").
_TICKER_FIELD = re.compile(r"(?:^|[|·•(:]|\s[-–—])\s*[A-Z][A-Z0-9]{1,4}(?:\.[A-Z]{1,2})?\s*(?=$|[|·•):]|\s[-–—]\s)")
_PRICE = re.compile(r"\d[.,]\d")
# A price in its currency right before its signed change, as a stock box sets it without a ticker ("41,12 EUR -0,8 %")
_PRICE_IN_CURRENCY = re.compile(r"\d[.,]\d+\s?(?:[€$£¥]|[A-Z]{3})\s+[+\-−–]\s?\d")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zß-ÿ]{2,}")
_QUOTE_WORDS = 16
_QUOTE_PHRASING = 2  # lowercase words of a quote line ("bid", "ask"); a headline has more
_ISIN = re.compile(r"(?<![\w-])[A-Z]{2}[A-Z0-9]{9}\d(?![\w-])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT_WORDS = 25
_DISCLAIMER_WORDS = 150  # a release's legal notice; a longer paragraph is the article's
_TEASER_WORDS = 25  # a headline run in after a "read also" label
_AD_LINE_WORDS = 20  # an ad's copy after its label on the same line ("SPONSORED: Meet the experts at TrackExpo")
_PARAGRAPH_WORDS = 20  # ad copy is shorter: an offer in a line or two, under twenty words


@dataclass(slots=True)
class Piece:
    kind: str  # title | heading | paragraph
    text: str


def squash(text: str) -> str:
    """Whitespace runs (also non-breaking and zero-width ones) as one space, trimmed."""
    return " ".join(text.replace("\u200b", "").replace("\xad", "").split())


@lru_cache(maxsize=4096)
def word_count(text: str) -> int:
    """Cached for one page (`clean_page` clears it): its filters count the words of the same lines ~3 times each."""
    return len(_WORD.findall(text))


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def is_prose_paragraph(text: str) -> bool:
    """A paragraph of prose, longer than any ad copy: beside an ad label, it is the article's (the ad was a
    picture)."""
    return ends_sentence(text) and word_count(text) >= _PARAGRAPH_WORDS


def has_inner_sentence_end(text: str) -> bool:
    """A full stop inside the line: more than one sentence, so no heading or caption."""
    return bool(_INNER_SENTENCE_END.search(text))


def is_noise_line(text: str) -> bool:
    """A line that is never article text: an ad label, image credit, "read more" link, sign-up box, box on
    the author, cookie notice, note on where the article first appeared, legal footer, byline, comment count,
    share button, share price line, press contact or a short line that only carries a date."""
    c = cues()
    if c.ad_label.match(text) or c.read_more.match(text) or is_consent_notice(text) or is_ad_line(text):
        return True
    if c.login_label.match(text):
        return True
    low, words = text.lower(), word_count(text)
    if is_signup_line(text) or (words <= _PROMO_WORDS and c.author_label.match(text)):
        return True
    if words <= _NOTE_WORDS and c.article_note.search(low):
        return True
    if words <= _PROMO_WORDS and c.liability.search(low):  # a wire's liability line may run past a short line
        return True
    if len(text) > _SHORT:
        return len(text) <= _LONG_CAPTION and _ends_with_credit(text)
    if c.credit.search(text) or c.counter.match(text) or c.share.match(text) or c.rights.search(low):
        return True
    if c.standards_label.match(text) or c.comments_closed.search(low) or _is_channel_button(text):
        return True
    if c.share_bar.match(text) or c.ad_note.match(text) or (c.subscribe_prompt.match(text) and _is_prompt(text)):
        return True
    if _NUMBER.search(text) and c.price_period.search(low) and _is_price_offer(text):
        return True
    if _opens_call_to_action(text, low) and is_promo_line(text):
        return True
    if is_capitals_credit(text) or _is_reading_time(low) or _is_download_button(text, low):
        return True
    return is_byline(text) or is_date_line(text) or is_quote_line(text) or is_contact_line(text)


def is_signup_line(text: str) -> bool:
    """A line of a sign-up box or a newsletter's pitch ("Newsletter: Every Friday the week's deals", "Recevez nos
    alertes"): a sign-up phrase in a short line, or an imperative opening it."""
    c = cues()
    if word_count(text) > _PROMO_WORDS:  # the count first: a paragraph is not searched for sign-up cues
        return False
    return c.signup.search(text.lower()) is not None or c.signup_opener.match(text) is not None


def is_ad_line(text: str) -> bool:
    """An ad's label and its copy on one line ("PUBLICIDAD - Feria Solar 2026: acredítate ya"), or a newsletter's
    promo slot ("Sponsored by Quillpay: close your books in days", "Jobs board: 380 open roles"): the copy is a short
    pitch, one sentence at most; a paragraph that opens with the word goes on with sentences of prose."""
    c = cues()
    m = c.ad_line.match(text) or c.promo_slot.match(text)
    return m is not None and word_count(text) <= _AD_LINE_WORDS and not has_inner_sentence_end(text[m.end() :])


def _opens_call_to_action(text: str, low: str) -> bool:
    """An imperative of an ad opens the line ("Invierta", "Ouvrez"), or one that may also open a subheading ("Invierte")
    with an offer word after it ("Invierte en fondos sin comisiones")."""
    c = cues()
    if c.promo_opener.match(text):
        return True
    verb = c.promo_verb.match(text)
    return verb is not None and c.offer.search(low, verb.end()) is not None


def is_promo_line(text: str) -> bool:
    """An ad's call to action without its label, its imperative already matched ("Invierta en fondos sin comisiones
    durante 3 meses", "Participez au Prix de l'innovation 2026"): a short pitch with an offer's figure (a price, a
    duration, a rate, a year) and no full stop; an article's sentence states what a firm did and ends with its stop,
    a tutorial's step names a version or a count ("Download openssl-0.9.7c.tar.gz")."""
    if word_count(text) > _AD_LINE_WORDS or has_inner_sentence_end(text) or not cues().offer_figure.search(text):
        return False
    return not ends_sentence(text) or text.rstrip().endswith("!")


def is_contact_line(text: str) -> bool:
    """A press contact: an e-mail address on a short line without a sentence ("Corvane Systems: Lena Ortiz,
    press@corvane.example, +1 412 555 0142")."""
    return "@" in text and word_count(text) <= _CONTACT_WORDS and not ends_sentence(text) and bool(_EMAIL.search(text))


def gives_email(text: str) -> bool:
    """An e-mail address in the line: a press contact's."""
    return "@" in text and _EMAIL.search(text) is not None


def is_quote_line(text: str) -> bool:
    """A share price box's or an issuer notice's line: a ticker symbol as a field, a price and its signed
    change, names but no phrasing ("Hélioprisme - HLPR - Euronext Paris - 19,01 EUR (+8,63 %)"; without the ticker,
    the price in its currency right before the change: "Aktie im Fokus: Kalwer Systems 41,12 EUR -0,8 %"), or a
    securities identifier ("ISIN: DE0007164600"); the article states a price move in a sentence."""
    security = cues().security_label.match(text) or _ISIN.search(text)  # "ISIN: DE0007164600"
    change = _SIGNED_CHANGE.search(text) if "%" in text else None
    if not security and change is None:
        return False  # most lines: a quick look
    if word_count(text) > _QUOTE_WORDS or text.rstrip().endswith((".", "!", "?")) or has_inner_sentence_end(text):
        return False
    if security:
        return True
    if change is None or len(_LOWER_WORD.findall(text)) > _QUOTE_PHRASING:
        return False
    if _TICKER_FIELD.search(text) is None and _PRICE_IN_CURRENCY.search(text) is None:
        return False
    return _PRICE.search(text[: change.start()] + " " + text[change.end() :]) is not None  # the price beside it


def _is_prompt(text: str) -> bool:
    """A button ("S'abonner") or an offer with its price ("Subscribe from £1 a week"), no sentence; not a
    subheading on subscriptions ("Abonnieren statt kaufen") nor "Abonnieren können Kunden den Dienst ab März."."""
    if ends_sentence(text):
        return False
    words = word_count(text)
    return words <= _BUTTON_WORDS or (words <= _PROMPT_WORDS and _NUMBER.search(text) is not None)


def _is_channel_button(text: str) -> bool:
    """A share button naming its channel ("Share this article by email", "Artikel per E-Mail teilen"): no
    sentence, a few words; a heading on a network's share of a market does not open with the verb."""
    if word_count(text) > _CHANNEL_BUTTON_WORDS or ends_sentence(text):
        return False
    return cues().share_channel.match(text) is not None


def _is_price_offer(text: str) -> bool:
    """A paywall's offer: a price for a period ("Alle Artikel für 2,95 Euro im Monat", "Offre découverte : 1 € le
    premier mois") on a short line without a sentence; the article states a price in a sentence, and a rate
    ("Prices up 2% a month") is no price."""
    return "%" not in text and not ends_sentence(text) and word_count(text) <= _PROMPT_WORDS


def _is_download_button(text: str, low: str) -> bool:
    """A download button ("Dieses Skript als PDF herunterladen", "Download (PDF, 2 MB)"): a download verb and a file
    format in a few words, no sentence; an article's sentence on a download ends with its stop."""
    if word_count(text) > _DOWNLOAD_WORDS or text.rstrip().endswith((".", "!", "?", ":")):
        return False  # "(PDF, 2 MB)" may close it
    c = cues()
    return c.download_verb.search(low) is not None and c.file_format.search(low) is not None


def _is_reading_time(low: str) -> bool:
    """ "Lesezeit: 3 Min.", "5 min read", "Temps de lecture : 4 min": a figure and a reading-time word."""
    return len(low) <= _READING_TIME_CHARS and bool(_NUMBER.search(low)) and bool(cues().reading_time.search(low))


def is_capitals_credit(text: str) -> bool:
    """A credit set in capitals on its own line, its label without a colon ("PHOTO FOURNIE PAR HYDROLUX",
    "PHOTO ARCHIVES LE NOUVELLISTE"): a headline in capitals does not open with a credit's label."""
    return text.isupper() and word_count(text) <= _CREDIT_WORDS and cues().credit_label.match(text) is not None


def _ends_with_credit(text: str) -> bool:
    """A long caption closed by its credit ("... in Berlin, March 13, 2024. REUTERS/Jane Doe")."""
    tail = text[-_CREDIT_TAIL:]
    ends = [m.end() for m in cues().credit.finditer(tail)]
    return bool(ends) and not ends_sentence(tail[ends[-1] :])


def is_consent_notice(text: str) -> bool:
    """A cookie banner's text or button: a cookie word with a consent phrase ("By continuing to browse
    you agree ...", "En poursuivant votre navigation ..."), or a few words without a sentence; or a
    request for the reader's consent to the site."""
    c = cues()
    low = text.lower()
    if not c.cookie.search(low):
        return _asks_consent_to_the_site(low, text)
    words = word_count(text)
    if words <= _BUTTON_WORDS and not ends_sentence(text):
        return True
    return words <= _CONSENT_WORDS and (c.consent.search(low) is not None or _is_labelled_notice(low))


def _is_labelled_notice(low: str) -> bool:
    """A crawler's label of a cookie notice opening the line, the notice speaking of the site ("Cookie-Hinweis:
    Diese Seite nutzt Cookies für ...", "Aviso de cookies: este sitio ..."); an article's paragraph on biscuits
    has no such label."""
    label, colon, rest = low.partition(":")
    c = cues()
    if not colon or word_count(label) > _NOTICE_LABEL_WORDS:
        return False
    return c.cookie.search(label) is not None and c.site.search(rest) is not None


def _asks_consent_to_the_site(low: str, text: str) -> bool:
    """A consent notice that names no cookies: it asks the reader's consent and speaks of the site ("Wir
    benötigen Ihre Zustimmung, bevor Sie unsere Website weiter besuchen können.")."""
    if len(text) > _SHORT * 2:
        return False  # a paragraph: no need to search it
    c = cues()
    asks = c.consent_request.search(low) is not None and c.site.search(low) is not None
    return asks and word_count(text) <= _PROMO_WORDS


def is_caption(text: str) -> bool:
    """A picture's description without a credit: no sentence, a comma and a scene word ("Jane Doe,
    chief executive of X, at the plant in Y"; "X lors de la conférence de presse, lundi"). Only
    where a caption may stand (not the headline): the callers know the position."""
    if "," not in text or ends_sentence(text) or has_inner_sentence_end(text):
        return False
    return word_count(text) <= _CAPTION_WORDS and cues().caption.search(text.lower()) is not None


def is_byline(text: str) -> bool:
    """ "By Jane Doe", "Von Anna Schmidt · 15. März 2022"; not "By 2025, sales will double." nor
    "Por su parte, ..." (a byline names someone: a capital follows the prefix, or meta separators)."""
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]  # "(Reporting by Jane Doe; Editing by John Smith)"
    m = cues().byline.match(text)
    if m is None and _AUTHOR.match(text) is None:
        return False  # most lines: neither a prefix nor a name
    if ends_sentence(_without_reading_time(text)) or word_count(text) > _meta_line_words(text):
        return False
    if m is None:
        return _names_author_and_role(text)
    return bool(_META_SEPARATOR.search(text)) or text[m.end() :].lstrip(" :")[:1].isupper()


def _without_reading_time(text: str) -> str:
    """A meta line without the reading time closing it ("Von Jana Roe · 10. Februar 2026 · Lesezeit 3 Min.", or
    the bare minutes as the last field: "20. Mai 2026 · Finanzierungen · 3 Min."): the full stop of its abbreviation
    ends no sentence."""
    separators = list(_META_SEPARATOR.finditer(text))
    last = text[separators[-1].end() :].strip().lower() if separators else ""
    if not separators or not (_is_reading_time(last) or _MINUTES.fullmatch(last)):
        return text
    return text[: separators[-1].start()].rstrip()


def _after_author(text: str) -> str | None:
    """What follows a leading author's name and a separator ("Sarah Whitlock, Media Correspondent")."""
    name = _AUTHOR.match(text)
    separator = _ROLE_SEPARATOR.match(text, name.end()) if name else None
    return None if separator is None else text[separator.end() :]


def _names_author_and_role(text: str) -> bool:
    """A byline without a prefix: the author's name, then a journalist's job title ("Sarah Whitlock, Media
    Correspondent", "Claire Dumont | correspondante à Berlin"); a job title is what tells it from a headline."""
    role = _after_author(text)
    return role is not None and word_count(role) <= _ROLE_WORDS and cues().byline_role.search(role.lower()) is not None


def is_author_note(text: str) -> bool:
    """A note on the author: a person's name, then a verb of the author's beat ("Tom Ashcroft covers
    industrials for X.", "Moritz Kellner schreibt über Start-ups.") or a verb like "is" and a journalist's job
    ("Ignacio Vela es periodista especializado en defensa."). Only where such a note stands (after the
    article's last paragraph): the callers know the position."""
    name = _AUTHOR.match(text)
    if name is None or word_count(text) > _AUTHOR_NOTE_WORDS:
        return False
    verb = _FIRST_WORD.match(text, name.end())
    if verb is None or not verb.group(1).islower():
        return False  # "Jane Doe, chief executive, ...": no sentence about her
    c = cues()
    low = text.lower()
    if c.author_note_verb.match(low, verb.start(1)):
        return True
    return c.author_note_copula.match(low, verb.start(1)) is not None and c.byline_role.search(low) is not None


def without_closing_author_notes(pieces: list[Piece]) -> list[Piece]:
    """The article's pieces without the notes on its author that close it."""
    end = len(pieces)
    while end > 1 and pieces[end - 1].kind == PARAGRAPH and is_author_note(pieces[end - 1].text):
        end -= 1
    return pieces[:end]


def without_release_disclaimers(pieces: list[Piece]) -> list[Piece]:
    """The pieces without a release's closing legal notice: a section under a disclaimer's heading, and a paragraph
    that opens with its label or warns that the release's forecasts carry risks, where only the issuer's profile
    ("About Acme") or nothing follows it (the article may report a forecast's risks in its body)."""
    kept: list[Piece] = []
    section = False  # under a disclaimer's heading
    for k, piece in enumerate(pieces):
        if piece.kind == HEADING:
            section = cues().disclaimer_label.fullmatch(piece.text) is not None
        if section or (piece.kind == PARAGRAPH and is_release_disclaimer(piece.text) and _closes_release(pieces, k)):
            continue
        kept.append(piece)
    return kept


def is_release_disclaimer(text: str) -> bool:
    """A release's legal notice: its label opens the paragraph ("Forward-looking statements: ..."), or it names the
    release's forecasts and their risks ("Diese Mitteilung enthält zukunftsgerichtete Aussagen, die Risiken und
    Unsicherheiten unterliegen")."""
    c, low = cues(), text.lower()
    if c.disclaimer_label.match(text):
        return True
    return word_count(text) <= _DISCLAIMER_WORDS and bool(c.forward_looking.search(low) and c.risks.search(low))


def _closes_release(pieces: list[Piece], k: int) -> bool:
    """Nothing but other notices or the issuer's profile follows piece k."""
    rest = (p for p in pieces[k + 1 :] if not (p.kind == PARAGRAPH and is_release_disclaimer(p.text)))
    following = next(rest, None)
    return following is None or cues().about_label.match(following.text) is not None


def without_teaser_tails(pieces: list[Piece]) -> list[Piece]:
    """The paragraphs without another article's headline run in after their last sentence under a "read also"
    label ("... approval. Lesen Sie auch: Nordwerk eröffnet Werk in Polen")."""
    return [Piece(p.kind, without_teaser_tail(p.text)) if p.kind == PARAGRAPH else p for p in pieces]


def without_teaser_tail(text: str) -> str:
    """The text up to a "read also" label after its last sentence, when a headline alone (no sentence in it, few
    words) follows the label; else the whole text."""
    label = cues().read_more_after.search(text)
    if label is None:
        return text
    teaser = text[label.end() :]
    if word_count(teaser) > _TEASER_WORDS or has_inner_sentence_end(teaser):
        return text
    return text[: label.start()]


def is_author_name(text: str) -> bool:
    """A line that is only a person's name ("Rachel Oduya", "Marie-Ève Gagnon"), as a byline without a prefix
    stands; a company's name looks the same, so callers ask only beside a headline and a date line."""
    return _AUTHOR.fullmatch(text) is not None


def is_author_list(text: str) -> bool:
    """Several authors' names, each maybe with the place they write from ("Jane Doe in Paris and John Roe in
    Rome"): a byline without a prefix. Firms' names look the same ("Siemens and Alstom"): callers know the
    position."""
    names = cues().author_joiner.split(text)
    return len(names) > 1 and all(word_count(n) >= 2 and is_author_name(n) for n in names)


def is_signature(text: str) -> bool:
    """An author's name and the outlet's, capitalised words only ("Julien Le Goff, Le Courrier de Loire"). A
    headline may look the same ("Deutsche Bank, Commerzbank End Talks"): callers know the position."""
    outlet = _after_author(text)
    return outlet is not None and word_count(outlet) <= _OUTLET_WORDS and _OUTLET.fullmatch(outlet) is not None


def _meta_line_words(text: str) -> int:
    """How many words a byline or date line may have: more when meta separators ("·", "|") chain items."""
    return _META_LINE_WORDS * 2 if _META_SEPARATOR.search(text) else _META_LINE_WORDS


def is_date_line(text: str) -> bool:
    """A short line that carries a date and little else ("02.06.2021 | Finanzen", "Jan 5, 2024 6:30",
    "Updated 10:20 AM EST, Fri November 28, 2014"); the figures of dates and times count as no words."""
    figures = len(_NUMBER.findall(text))
    if not figures:
        return False  # every date form has figures
    words = word_count(text) - figures
    if words > _meta_line_words(text) or ends_sentence(
        _ABBREVIATION_END.sub("", _TRAILING_ASIDE.sub("", _without_reading_time(text)))
    ):
        return False
    c = cues()
    undated = text
    if dates.from_text(text) is None:
        if _TIME_STAMP.search(text):
            return True  # a year and a clock time: a time stamp in any language ("2018年6月18日 10:01")
        undated = c.time_ago.sub(" ", text)  # "Updated 2 hours ago": a date relative to now
        if undated == text:
            return False
    # "Published", "Mis à jour" label a date: no words of their own, and each labelled date may bring its
    # particles and clock word ("Veröffentlicht am ... Uhr - Aktualisiert am ... Uhr")
    unlabelled, labels = c.meta_label.subn(" ", undated)
    others = [
        w
        for w in _ALPHA_WORD.findall(unlabelled)
        if not _CLOCK_WORD.fullmatch(w) and (low := w.lower()) not in c.months and low not in c.weekdays
    ]
    if len(others) <= _DATE_LINE_WORDS * max(labels, 1) or _META_SEPARATOR.search(text):
        return True
    return _is_named_date_line(text)


def is_signed_date_line(text: str) -> bool:
    """A date line opening with a person's name or holding it as a field ("Jane Roe May 5, 2026 at 10:14", "Hans
    Becker · 5. Mai 2026", "June 3, 2026 - Jane Roe"): a comment's or a note's signature, not a label ("Updated May
    5") nor a month ("June 5, 2026")."""
    if not is_date_line(text) or cues().byline.match(text):
        return False
    opening = _AUTHOR.match(text)
    names = [opening.group()] if opening else []
    names += [field for field in _ROLE_SEPARATOR.split(text) if is_author_name(field)]  # "June 3, 2026 - Jane Roe"
    return any(name.split()[0].lower() not in cues().months for name in names)


def _is_named_date_line(text: str) -> bool:
    """A date line whose other fields, set apart by dashes, are names ("Jane Doe — The Ledger — Published
    May 4, 2026"): the author's, the outlet's, the place's; a sentence or a headline has words of its own."""
    fields = _DASH_FIELD.split(text)
    if len(fields) < 2:
        return False
    dated = [f for f in fields if is_date_line(f)]
    return len(dated) == 1 and all(f in dated or _is_name_field(f) for f in fields)


def _is_name_field(text: str) -> bool:
    return word_count(text) <= _OUTLET_WORDS and _OUTLET.fullmatch(text) is not None
