"""A clean page read once: its sentences, the organisations each sentence names (persons, places and
common nouns left out, short forms and "the company" resolved), and the publication date anchor."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from streams.extraction import amounts, dates, kinds, organisations, roles, sentences, triggers
from streams.extraction.casefold import lowered
from streams.extraction.kinds import PHRASE_BREAK
from streams.extraction.lexicon import (
    Lexicon,
    common_word,
    indefinite_article,
    is_article,
    known_word,
    lexicon,
    very_common_word,
)
from streams.extraction.organisations import Mention

_NAME_RUN = r"([^\W\d_][^\W_]*(?:[ &'.-]{1,2}[^\W_]+){0,3})"  # a name of up to four words
# a name and a dash, bar or colon that open a paragraph ("SORANEX – La société ...", "Brisac : le groupe ...")
_LABEL = re.compile(_NAME_RUN + r"(?:\s+[–—|-]|\s?:)\s+(?=\S)")
_SPEAKER_LABEL = re.compile(_NAME_RUN + r"\s?:\s+(?=\S)")  # "Keller: We sold ...", "Hélène Dufort : Nous avons ..."
# an interview's headline: who speaks, the firm in brackets, a colon ("Jane Doe (Acme): « Nous avons ... »")
_HEADLINE_SPEAKER = re.compile(_NAME_RUN + organisations.SPEAKER_FIRM + r"(?=\S)")
_NAME_LINE = re.compile(_NAME_RUN)  # a heading that is a name alone
YEAR_REACH = 3  # sentences back in which "the following year", "l'année précédente" find the year they count from
ANTECEDENT_REACH = 5  # sentences back in which "the company" finds the firm it stands for
MARKER_REACH = 30  # characters between a name governed by a preposition and a descriptor that is another firm
LEAD_FIRMS = 2  # the first firms a page names, one of which its publisher is where the page is about it
VOICE_GAP = 4  # words between a speaker's title and the firm it heads ("Director Ships Support at DE&S")


@dataclass
class Page:
    text: str
    lex: Lexicon
    anchor: dt.date | None
    sentences: list[sentences.Sentence]
    mentions: list[list[Mention]]
    title_paragraphs: set[int]
    main: str | None  # the organisation the page is about (most mentioned)
    named: Counter[str]  # how often the page names each organisation (anaphors aside)
    currency: str | None  # the page's most frequent currency: that of figures given without one
    local: dict[str, str]  # the currency a bare dollar sign or word means on the page ("410 M$" in Québec)
    cues: list[list[triggers.TriggerMatch]]  # the deal cues of each sentence (absolute offsets)
    memo: dict = field(default_factory=dict)  # per-sentence dates and money figures, computed on demand
    speakers: frozenset[str] = frozenset()  # firms named as a speaker's ("Chefin von X"): a quote's "we"

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start:s.end]

    def _year_before(self, i: int) -> str | None:
        """The last year named in the few sentences before sentence i: "En mars 2023, X ... Fort bien. Sauf que
        l'année précédente, Y avait créé ...": a short remark between does not lose the year counted from."""
        return next((found[-1].value[:4] for j in range(i - 1, max(-1, i - 1 - YEAR_REACH), -1)
                     if (found := self.dates(j))), None)

    def dates(self, i: int) -> list[dates.DateMention]:
        """The dates of sentence i (absolute offsets), found once: several deals may look at them."""
        key = ("dates", i)
        if key not in self.memo:
            s, text = self.sentences[i], self.sentence_text(i)
            before = None  # "ese mismo año": the year the sentences before named
            if i and self.lex.year_reference_re.search(text):
                before = self._year_before(i)
            self.memo[key] = [] if self.anchor is None else dates.find(text, s.start, self.lex, self.anchor, before,
                                                                       self._line_year(i))
            # a sentence that states a deal, and no rumour (a report is dated by the page, not by the deal before)
            opening = self.lex.same_day_re.match(text) if self.cues[i] and not self.lex.status_res[
                "rumored"].search(text) else None
            if opening and not self.memo[key]:  # "Dans la foulée, X a annoncé ...": the day of the deal told before
                self.memo[key] = [dates.DateMention(day, s.start + opening.start(), s.start + opening.end())
                                  for day in self._day_before(i, dated_deal=True)[:1]]
            pointed = self.lex.that_weekday_re.search(text) if i else None
            if pointed:  # "An jenem Montag hatte X ...": that weekday's day told before, not the last before the news
                self.memo[key] = [self._pointed_day(i, d, pointed.start() + s.start, pointed.end() + s.start)
                                  for d in self.memo[key]]
            if not self.memo[key]:  # a timeline's item under its year ("1986" / "Adquirimos Bodegas X"): of it
                self.memo[key] = self._heading_year(i)
            then = self.lex.back_then_re.search(text) if i and not self.memo[key] else None
            if then:  # "Mit der Erstnotiz damals flossen ...": at the date the sentence before names last
                self.memo[key] = [dates.DateMention(d.value, s.start + then.start(), s.start + then.end())
                                  for d in self.dates(i - 1)[-1:] if not d.counted]
        return self.memo[key]

    def _line_year(self, i: int) -> str | None:
        """The year heading the timeline line sentence i stands in (`dates.year_of_line`), read from the line's
        first sentence and the line above it."""
        above = self._line_above(i)
        return dates.year_of_line(self.sentence_text(self.paragraph_start(i)),
                                  None if above is None else self.sentence_text(above))

    def paragraph_start(self, i: int) -> int:
        """The first sentence of the paragraph sentence i stands in."""
        first = i
        while first and self.sentences[first - 1].paragraph == self.sentences[i].paragraph:
            first -= 1
        return first

    def _line_above(self, i: int) -> int | None:
        """The sentence right above the paragraph of sentence i where it is a paragraph of its own (a heading)."""
        above = self.paragraph_start(i) - 1
        return above if above >= 0 and self.paragraph_start(above) == above else None

    def money(self, i: int) -> list[amounts.Amount]:
        """The money figures of sentence i (absolute offsets), found once: the statements, the amounts filled from
        the sentences after a deal and the checks on those sentences all read them."""
        key = ("money", i)
        if key not in self.memo:
            s = self.sentences[i]
            self.memo[key] = amounts.find(self.sentence_text(i), s.start, self.lex, self.currency, self.local)
        return self.memo[key]

    def _heading_year(self, i: int) -> list[dates.DateMention]:
        """The year a line of its own heads the paragraph of sentence i with (`dates.year_heading`), as a date at the
        sentence's start: a company history or a portrait lists each step under its year ("1986" above "Adquirimos
        Bodegas X"), where the step names no date of its own."""
        above = self._line_above(i)
        if above is None or self.anchor is None:
            return []
        year = dates.year_heading(self.sentence_text(above)) or (
            self._bracketed_day(above) if self.paragraph_start(i) == i else None)  # the item's lead, not its aside
        start = self.sentences[i].start
        return [dates.DateMention(year, start, start)] if year and year <= str(self.anchor) else []

    def _bracketed_day(self, above: int) -> str | None:
        """ "Verdance signs recycled-bottle deal (June 6)", "... dissolvent leur coentreprise (7 janvier)": a
        newsletter's item heading that ends on its day in brackets dates the item's first sentence below it."""
        heading = self.sentence_text(above)
        bracket = _END_BRACKET.search(heading)
        if bracket is None:
            return None
        days = [d.value for d in self.dates(above) if bracket.start() <= d.start - self.sentences[above].start]
        return days[0] if len(days) == 1 and len(days[0]) == 10 else None

    def _day_before(self, i: int, weekday: int | None = None, dated_deal: bool = False) -> list[str]:
        """The last day a sentence before i names (not a start, an end or a span counted back), if any; with a
        weekday, the last that falls on it; with `dated_deal`, not a "today" of a sentence that states no deal ("Hoy
        la plantilla supera las 60 personas", "emploie aujourd'hui 140 personnes"): a state, not the day of a step."""
        today = {w for w, v in self.lex.relative_days.items() if v == 0} if dated_deal else set()
        for j in range(i - 1, max(-1, i - 1 - SAME_DAY_REACH), -1):
            days = [d.value for d in self.dates(j) if len(d.value) == 10 and d.of_a_step
                    and not (today and not self.cues[j] and self.text[d.start:d.end].lower() in today)
                    and (weekday is None or dt.date.fromisoformat(d.value).weekday() == weekday)]
            if days:
                return days[-1:]
        return []

    def _pointed_day(self, i: int, date: dates.DateMention, start: int, end: int) -> dates.DateMention:
        """A date within a weekday pointed back to ("ce lundi-là") as the day of that weekday a sentence before i
        names; kept as it is when no such day is named (the weekday before the news, as told alone)."""
        if not (start <= date.start < end and len(date.value) == 10):
            return date
        weekday = dt.date.fromisoformat(date.value).weekday()
        return next((replace(date, value=day) for day in self._day_before(i, weekday)), date)

    def triggers(self, i: int) -> list[triggers.TriggerMatch]:
        """The deal cues of sentence i (absolute offsets)."""
        return self.cues[i]


_END_BRACKET = re.compile(r"\([^()]{3,30}\)\s*$")  # a heading's last words in brackets
TRANSCRIPT_TURNS = 2  # paragraphs a capitalised speaker's label opens at least in a transcript
SAME_DAY_REACH = 8  # sentences back searched for the day a "same day" opening refers to


def _anchor(clean: dict) -> dt.date | None:
    for value in (clean.get("published"), (clean.get("fetched_at") or "")[:10]):
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            continue
    return None


HEADLINE_WORDS = 25  # words a headline of several sentences holds at most ("EXCLUSIF. Le laitier X en discussions ...")


def _headlines(text: str, paragraphs: list[dict], sents: list[sentences.Sentence]) -> set[int]:
    """The title paragraphs that are headlines. A thread's or a post's opening text, which a page without a headline
    gives as its title ("1/ Big news: X and Y are in talks on a merger. Combined they ..."), is no headline: its
    several sentences of prose are body text, whose deals stand without a body restating them."""
    told = Counter(s.paragraph for s in sents)
    return {i for i, p in enumerate(paragraphs) if p.get("kind") == "title"
            and (told[i] < 2 or len(text[p["start"]:p["end"]].split()) <= HEADLINE_WORDS)}


def read_page(clean: dict) -> Page:
    # the typographic apostrophe read as the straight one the language files write ("l’offre", "Acme’s"), one
    # character for one so that every offset stays that of the clean text (`replace`: `translate` costs more)
    text = (clean.get("text") or "").replace("’", "'").replace("ʼ", "'")
    lex = lexicon(clean.get("language") or "en")
    paragraphs = clean.get("paragraphs") or [{"start": 0, "end": len(text), "kind": "paragraph"}]
    sents = sentences.split(text, paragraphs, lex)
    titles = _headlines(text, paragraphs, sents)
    low = lowered(text)  # lowercased once: where it keeps its offsets, its slice is the lowered sentence
    lows = [low[s.start:s.end] if low is not None else lowered(text[s.start:s.end]) for s in sents]
    cues = [triggers.find(text[s.start:s.end], s.start, lex, w) for s, w in zip(sents, lows, strict=True)]
    if not any(cues):  # no deal cue, no candidate: the names (most of the cost) would go unread
        return Page(text, lex, _anchor(clean), sents, [[] for _ in sents], titles, None, Counter(), None, {}, cues)
    person_words: set[str] = set()
    surnames: dict[str, int] = {}  # a titled person's surname -> where the page names that person in full
    analyses = [organisations.analyse(text[s.start:s.end], s.start, lex, w) for s, w in zip(sents, lows, strict=True)]
    for a in analyses:
        organisations.persons(a, lex, person_words, surnames)
    said_by = _speaker_labels(text, sents, titles, analyses, lex)
    person_words |= {w for name in said_by.values() for w in name.split()}
    found = [_traded_firms(text, s, organisations.mentions(a, lex, person_words), lex)
             for s, a in zip(sents, analyses, strict=True)]
    if said_by:
        found = [[m for m in ms if not _names_speaker(m, said_by)] for ms in found]
    if surnames:
        found = _without_titled_surnames(found, surnames)
    if works := organisations.work_titles(analyses, lex):
        found = [[m for m in ms if m.name not in works] for ms in found]
    found = [[m for m in ms if not _term_acronym(text, m, ms, lex) and not _attributive_acronym(text, m, lex)]
             for ms in found]
    confirmed = _confirmed(found, lex, text, [t for c in cues for t in c])
    confirmed |= _listed_with_confirmed(text, found, confirmed, lex)
    numbered = {n.split()[0] for n in confirmed if n[0].isdigit() and " " in n}  # "3G" of "3G Capital"
    heads = _name_heads(confirmed, lex) - person_words
    kind_heads = _kind_heads(confirmed, lex)
    name_nouns = _name_nouns(confirmed, lex)
    found = [[_named_description(_hyphen_owner(_genitive_s(_goods_after_subject(m, text, confirmed, lex), text,
                                                           confirmed), confirmed, lex), text, confirmed, lex)
              for m in ms] for ms in found]
    found = [sorted([m for m in ms if m.anaphor or m.name in confirmed] + _compound_mentions(a, ms, confirmed)
                    + _numbered_mentions(a, ms, numbered) + _reported_short_forms(a, ms, heads, lex)
                    + _kind_head_mentions(a, ms, kind_heads, lex), key=lambda m: m.start)
             for a, ms in zip(analyses, found, strict=True)]
    named_alone = {m.name for ms in found for m in ms if m.name and not m.anaphor}
    found = [_split_joined_names(ms, named_alone) for ms in found]
    by_noun: dict[int, str] = {}  # a description's start -> the firm whose name holds its noun
    if name_nouns:  # the page's tokens are read for introducing nouns only where a name holds a noun
        introducing = _introducing_nouns(analyses, lex)
        found = [_name_noun_descriptions(a, ms, name_nouns, lex, introducing, by_noun)
                 for a, ms in zip(analyses, found, strict=True)]
    labels = {i: label for i, label in _item_labels(text, sents, titles, found, lex).items()
              if not any(m.start < label.end and label.start < m.end for m in found[i])  # not named already
              and label.name not in said_by}  # nor who speaks
    for i, label in labels.items():
        found[i].insert(0, label)
    order: list[str] = []
    headline = [s.paragraph in titles or subheading(text, sents, i) or _deck(text, sents, i, titles)
                for i, s in enumerate(sents)]
    # a headline's, a deck's or a subheading's short form ("Cerberus", "Kaltenbach will an die Börse") is no first use
    for ms in [ms for ms, h in zip(found, headline, strict=True) if not h] + [
            ms for ms, h in zip(found, headline, strict=True) if h]:
        order.extend(m.name for m in ms if m.name and m.name not in order)
    canon = organisations.canonical_names(order)
    canon.update(_team_nicknames(order, lex))
    for ms in found:
        for m in ms:
            m.name = canon.get(m.name) if m.name else None
    places = _placed(text, lex)
    for ms in found:  # "le constructeur de Frauenfeld", "du fabricant de turbines de Sorel-Tracy": a place the page
        ms[:] = [m for m in ms if not (m.governed and m.name in places)]  # gives a firm as its seat, no party
    seated_words = places | _hyphened_places(text)
    found = [[_place_description(text, m, seated_words, lex) for m in ms] for ms in found]
    short = _bracketed_short_forms(text, found, lex)
    for ms in found:
        for m in ms:
            m.name = short.get(m.name, m.name)
    counts = Counter(m.name for ms in found for m in ms if m.name and not m.anaphor)
    top = [n for n, _ in counts.most_common(2)]
    starts = [s.start for s in sents]
    spoken = any(m.first_person for ms in found for m in ms)
    voiced = _headline_firm(text, found, sents, titles) if spoken else None  # not `headline`, the list above
    publisher = _site_firm(clean.get("url"), counts, lex) if spoken else None
    voices, speakers = (_voices(text, found, sents, lex, counts, bool(said_by), voiced, publisher) if spoken
                        else ({}, set()))
    seats = _Lazy(_around)  # firm -> the capitalised words around its name ("aus Reutlingen")
    guessed: dict[str, set[str]] = {}  # firm -> the places it got from a description of a place no firm sat in
    given = _Lazy(kinds.given)  # firm -> the kinds the page gave it so far ("X, a Leeds-based lender")
    told = _Lazy(kinds.told)  # firm -> the kinds a noun before its name gave it ("la constructora X")
    apposed = _Lazy(kinds.apposed)  # firm -> the kinds an apposition gave it ("X SA, spécialiste des capteurs")
    for i, ms in enumerate(found):
        for m in ms:
            if m.name and not m.anaphor and not organisations.is_institution(m.name, lex):
                seats.note(m.name, text, sents[i], m, lex)
                given.note(m.name, text, sents[i].start, sents[i].end, m, lex)
                told.note(m.name, text, sents[i].start, m, lex)
                apposed.note(m.name, text, sents[i].end, m, lex)
        for m in _demonyms(analyses[i], ms, lex):  # "die Allgäuer": only where the page ties a firm to the place
            # the people of a place are their own place: the words before them are another phrase's ("hatte X aus
            # Zhengzhou die Ulmer übernommen")
            place = _around(text, sents[i], m, lex, before=False)
            m.name = _seated(found, i, m, place, seats, guessed, place) or _named_after_place(found, i, m, place)
            if m.name is None and text[m.start:m.end].split()[-1][:1].isupper():  # not "los madrileños" (rarer)
                m.name = _traded_placeless(text, found, sents, i, place, seats, lex)
                m.recent = m.name is not None  # the sentence before's firm: no other firm of the discourse
            if m.name:
                ms.append(m)
                ms.sort(key=lambda m: m.start)
        for m in ms:
            if m.public in lex.town_nouns:
                m.name = _town_antecedent(text, found, i, m, lex)
            elif m.public:
                m.name = _public_antecedent(found, i, m, lex)
            elif m.first_person:
                m.name = voices[sents[i].paragraph]
            elif m.latter:
                m.name = _latter_antecedent(found, i, m, lex)
            elif m.pronoun:
                m.name = _pronoun_antecedent(text, found, starts, i, m, lex, counts)
            elif m.anaphor and m.recent:
                continue  # resolved above, to the firm the sentence before names by its shares
            elif m.anaphor and not m.pair and (moved := _moved_firm(text, ms, m, lex)):
                m.name = moved  # "X fielen 4 Prozent, nachdem der Bremer Stromanbieter mitgeteilt hatte": X
            elif m.anaphor and not m.pair:
                place = _around(text, sents[i], m, lex) | _place_after(text, m, places, lex)
                founded = _founded(text, found, cues, i, m, lex)
                m.name = _defined_term(text, sents[i].start, m, lex, found) or _apposed_to_relative(
                    text, ms, m, lex) or founded or _seated(found, i, m, place, seats, guessed,
                                                            place & _own_place(text, m, lex, head=False))
                m.unplaced = m.name is None and _placeless(found, i, _own_place(text, m, lex), seats)
                recent = _recent(text, found, sents, i, m, lex, place, seats, lambda n: given.get(n, set()) | told.get(
                    n, set())) if m.name is None and cues[i] and not (i and cues[i - 1]) else None
                subject = None if m.name or recent else _own_object(text, sents[i].start, ms, m, cues[i], lex)
                m.name = m.name or recent or (subject and _object_before(
                    text, found, sents, cues, i, subject, lex)) or _section_opener(text, found, sents, i, m, lex) or (
                    _antecedent(text, found, starts, i, m, lex, subject, counts))
                m.name = _of_its_kind(text, found, i, m, lex, given, told, apposed) or m.name
                m.name = _rival(text, found, i, m, lex) or m.name
                m.recent = recent is not None and m.name == recent
                had = given.get(m.name, set()) | told.get(m.name, set()) if m.name else set()
                if kinds.traded(text, m, lex) and kinds.described(text, m, lex) not in had:
                    # "the club", "la papelera": only a firm the page called so, no guess; where the discourse gave
                    # none, or a firm of another known kind, the one whose name says so
                    m.name = _called_so(found, i, m, kinds.described(text, m, lex), counts, lex) if (
                        had or not m.name) else None
                m.name = _named_by_noun(text, m, by_noun, lex, lambda n: given.get(n, set()) | told.get(n, set()))
                m.name = _subsidiary_spoken_of(text, ms, m, counts, lex) or m.name
                if (set_off := _apposed_to_object(text, ms, m, lex)) not in (None, m.name):
                    m.name, m.recent = set_off, False
                if not founded and _venture_cue_inside(cues[i], m):
                    m.name = None  # "apporte à la coentreprise son expérience": no venture named, none of its founders
                if m.name and (kind := kinds.described(text, m, lex)):
                    given.setdefault(m.name, set()).add(kind)  # "La constructora madrileña" (X): X is one
                if m.name and not organisations.is_institution(m.name, lex):
                    seats.setdefault(m.name, set()).update(place)  # "Der Walldorfer Konzern": SAP sits there
                    if m.unplaced:  # a guess: the page tied no firm to the place
                        guessed.setdefault(m.name, set()).update(place)
        ms[:] = [m for m in ms if m.name or m.pair or not (m.anaphor and (  # as if unsaid
            kinds.traded(text, m, lex) or _venture_cue_inside(cues[i], m) or m.public in lex.town_nouns))]
        pairs = [m for m in ms if m.pair]
        if pairs:  # "both companies": the two firms last named together, else the page's two most named
            two = _coordinated_pair(text, found, i, pairs[0], lex) or _two_named(found, i, pairs[0], lex) or (
                _page_pair(text, sents[i], found, i, pairs[0], top, cues[i], lex))
            if _restated(found[i], pairs[0], two) and not _cue_object(text, cues[i], pairs[0]):
                ms[:] = [m for m in ms if not m.pair]  # "den Verkauf von X an Y untersagt, weil beide Händler
                pairs = []  # ...": the two firms its sentence just named, restated in another clause, no party

            for m in pairs:
                m.name = two[0]
            ms.extend(Mention(two[1], m.start, m.end, anaphor=True, pair=True) for m in pairs if two[1])
            ms.sort(key=lambda m: m.start)
    for i, label in labels.items():
        if (description := _label_description(text, found[i], label)) is not None:
            found[i].remove(description)
    main = voiced or (publisher if _leads(found, publisher) else None) or _main_firm(text, found, counts, lex)
    local = amounts.local_currencies(text, lex)
    return Page(text, lex, _anchor(clean), sents, found, titles, main, counts, amounts.main_currency(text, lex, local),
                local, cues, speakers=frozenset(speakers))


_SHARE_HEAD = re.compile(r"(?<![\w-])[^\W\d_a-zß-ÿ][\w&]*(?=-)")  # "Almera" of "Almera-Aktien"
SHARES_REACH = 30  # characters before a name read for the shares of it ("Gefragt waren Aktien von X")


def _traded_firms(text: str, s: sentences.Sentence, ms: list[Mention], lex: Lexicon) -> list[Mention]:
    """ "Gefragt waren Aktien von Vossel", "Almera-Aktien verloren 3 Prozent", "Shares in X rose": a market report
    names a firm by its shares (`shares_res`), a name even where it reads like a common noun, and the head of a
    compound with a share noun ("Almera-Aktien") is a firm of its own."""
    for m in ms:
        if m.name and not m.anaphor and shares_of(text, s.start, m, lex):
            m.introduced = True
    heads = [Mention(w.group(), w.start(), w.end(), introduced=True) for w in _SHARE_HEAD.finditer(text, s.start, s.end)
             if lex.shares_res[1].match(text, w.end()) and not any(m.start < w.end() and w.start() < m.end for m in ms)]
    return sorted(ms + heads, key=lambda m: m.start) if heads else ms


def shares_of(text: str, start: int, m: Mention, lex: Lexicon) -> bool:
    """Whether the sentence from `start` names the shares of the firm right around its name (`shares_res`)."""
    before, after = lex.shares_res
    return bool(before.search(text, max(start, m.start - SHARES_REACH), m.start) or after.match(text, m.end))


def _speaker_labels(text: str, sents: list[sentences.Sentence], titles: set[int],
                    analyses: list[organisations.Analysis], lex: Lexicon) -> dict[str, str]:
    """ "Keller: We sold our stake in ...", "Hélène Dufort : Nous avons mené le tour ...", "Moreau : Harwood
    Lettings, the joint venture we set up ...": an interview's answer opens its paragraph with who speaks and a
    colon. The name is a speaker's (a person, no firm) where the answer speaks as "we" (the firm the page gives
    the speaker) or it is a surname an earlier full name ends with ("Martin Keller ... Keller:"); a digest's
    item label ("Brisac : le groupe a racheté ...") and a title's topic ("Céréales : ...") are none. Each speaker's
    label -> the full name the page gives that surname ("" where none). A full name in capitals that opens several
    paragraphs is a speaker's too ("DEV KAPOOR: Oh, I remember."): a transcript's turns (`_transcript_turns`). A
    headline labels its speaker only with the firm in brackets ("Jane Doe (Acme): « Nous ... »"), never with a
    name alone ("Acme : « Nous ... »" is the firm speaking)."""
    out: dict[str, str] = {}
    labels = {i: label for i, s in enumerate(sents) if not (i and sents[i - 1].paragraph == s.paragraph) and (
        label := (_SPEAKER_LABEL if s.paragraph not in titles else _HEADLINE_SPEAKER).match(text, s.start, s.end))}
    turns = Counter(label.group(1) for label in labels.values())
    for i, label in labels.items():
        name, s = label.group(1), sents[i]
        full = " " not in name and _full_name(name, analyses[:i])
        end = max(x.end for x in sents[i:] if x.paragraph == s.paragraph)
        if full or _speaks_as_we(text[label.end():end], lex) or _transcript_turns(name, turns):
            out[name] = full or ""
    return out


def _full_name(label: str, analyses: list[organisations.Analysis]) -> str | None:
    """The full name of two words a one-word label stands for: its surname ("Keller" of "Martin Keller"), or, in
    capitals, its first name ("NADIA" of "Nadia Brennan", the host a show's notes name before her turns)."""
    return next((" ".join(t.text for t in run) for a in analyses for run in a.runs if len(run) == 2 and (
        run[-1].text == label or label.isupper() and run[0].text.upper() == label)), None)


def _speaks_as_we(answer: str, lex: Lexicon) -> bool:
    """Whether a turn speaks in the first person plural: a pronoun ("we", "nous"), else a verb whose ending alone
    says it ("«Compramos X»")."""
    return bool(lex.first_person_re.search(answer)) or any(
        lex.we_verb_re.fullmatch(w.lower()) for w in re.findall(r"\w+", answer))


def _transcript_turns(name: str, turns: Counter[str]) -> bool:
    """ "DEV KAPOOR: They always call it a merger of equals.": a full name in capitals that opens several paragraphs
    with a colon is a transcript's speaker, whatever the turn says; so is a single name in capitals that takes turns
    with another such label ("NADIA: ... TOM: ... NADIA: ...": two hosts), where one alone may be a digest's firm."""
    if turns[name] < TRANSCRIPT_TURNS or not name.isupper():
        return False
    return len(name.split()) >= 2 or any(
        other != name and other.isupper() and n >= TRANSCRIPT_TURNS for other, n in turns.items())


def _names_speaker(m: Mention, speakers: dict[str, str]) -> bool:
    """Whether a mention names a speaker of an interview's labels: the label itself, or a first name and the label's
    surname ("Martin Keller" for "Keller"), or the name of a label in capitals ("DEV KAPOOR: ... I'm Dev Kapoor.")."""
    if m.anaphor or not m.name:
        return False
    words = m.name.split()
    return m.name in speakers or m.name.upper() in speakers or len(words) == 2 and words[-1] in speakers


def _without_titled_surnames(found: list[list[Mention]], surnames: dict[str, int]) -> list[list[Mention]]:
    """ "Chief executive Dr. Anna Berg ... Berg bought ...", "M. Paul Roux ... Roux a déclaré": a surname alone after
    the page named a person in full after a title is that person, whatever verb follows. A surname the page named
    alone before the person ("El presidente de Puig, Marc Puig, ... Puig compra"), after a firm's noun or before a
    legal suffix ("Gestora Arnal", "Quist Holdings") or as a word of a firm's name ("Construcciones Ulloa") is a firm
    named after its family."""
    first: dict[str, int] = {}
    firms = {w for ms in found for m in ms if m.name and " " in m.name for w in m.name.split()}  # "Construcciones
    for m in (m for ms in found for m in ms if m.name in surnames and not m.anaphor):  # Ulloa ... Ramón Ulloa"
        first[m.name] = min(first.get(m.name, m.start), m.start)
        if m.introduced:
            firms.add(m.name)
    person = {name for name, start in first.items() if start > surnames[name] and name not in firms}
    return [[m for m in ms if m.anaphor or m.name not in person] for ms in found]


def _item_labels(text: str, sents: list[sentences.Sentence], titles: set[int], found: list[list[Mention]],
                 lex: Lexicon) -> dict[int, Mention]:
    """ "SORANEX – La société a confirmé ...", "OXALYS – Le fonds X a pris 15 % du capital de l'éditeur", "Brisac :
    le groupe renonce à ...": a market report's or digest's items, each a paragraph opened by a name and a dash or
    colon, name their firm in that label (the descriptions of the item stand for it, not a firm of an item before).
    A name in capitals is a label where the page has two such items or it opens a later paragraph (one in the
    article's first paragraph alone is its dateline: "PARIS – Le groupe ..."); a capitalised one ("Brisac – Le
    groupe") where the page has two items, and a description follows it; a frequent word ("Transport :",
    "Paris –") or a place is never a label. Sentence -> the label's mention."""
    body = sorted({s.paragraph for s in sents} - titles)
    labels, capitals = {}, set()
    for i, s in enumerate(sents):
        if s.paragraph in titles or (i and sents[i - 1].paragraph == s.paragraph):
            continue
        m = _LABEL.match(text, s.start, s.end) or _heading(text, sents, found, i)
        words = m.group(1).split() if m else []
        if not words or sum(c.isalpha() for c in m.group(1)) < 3 or any(
                w.lower() in lex.places or w.lower() in lex.stopwords for w in words) or all(
                common_word(w, lex) for w in words):
            continue
        after = next((x for x in found[i] if x.start >= m.end()), None) if m.end() < s.end else found[i + 1][0]
        if m.group(1).isupper():
            capitals.add(i)
        elif not (all(w[0].isupper() for w in words) and after is not None and after.anaphor and not after.pair):
            continue
        labels[i] = Mention(m.group(1), m.start(1), m.end(1), introduced=True)
    if len(labels) < 2:
        return {i: m for i, m in labels.items() if i in capitals and sents[i].paragraph != body[0]}
    return labels


def _heading(text: str, sents: list[sentences.Sentence], found: list[list[Mention]], i: int) -> re.Match | None:
    """ "Soranex" on a line of its own, its item's paragraph opening with a description ("La société a racheté ..."):
    a digest's bold name above its item, a label of the paragraph below."""
    s = sents[i]
    if i + 1 >= len(sents) or sents[i + 1].paragraph == s.paragraph or not found[i + 1] or (
            found[i + 1][0].start != sents[i + 1].start):
        return None
    return _NAME_LINE.fullmatch(text, s.start, s.end)


def subheading(text: str, sents: list[sentences.Sentence], i: int) -> bool:
    """A short line that is a paragraph of its own with no closing stop ("Kaltenbach will an die Börse" above its
    item): a subheading, which names a firm by its short form before the item names it in full."""
    s = sents[i]
    alone = (i == 0 or sents[i - 1].paragraph != s.paragraph) and (
        i + 1 == len(sents) or sents[i + 1].paragraph != s.paragraph)
    line = text[s.start:s.end].rstrip()
    return alone and bool(line) and line[-1] not in ".!?:;\"“”»«)" and len(line.split()) <= SUBHEADING_WORDS


SUBHEADING_WORDS = 10  # words of a subheading at most


def _deck(text: str, sents: list[sentences.Sentence], i: int, titles: set[int]) -> bool:
    """A line of its own right under the headline with no closing stop ("X to receive $85 million upfront and is
    eligible for up to $1.1 billion"): the deck, which names a firm by its short form before the body names it in
    full, as the headline does."""
    s = sents[i]
    line = text[s.start:s.end].rstrip()
    return (i > 0 and sents[i - 1].paragraph in titles and sents[i - 1].paragraph != s.paragraph
            and (i + 1 == len(sents) or sents[i + 1].paragraph != s.paragraph)
            and bool(line) and line[-1] not in ".!?:;\"“”»«)" and len(line.split()) <= HEADLINE_WORDS)


def _label_description(text: str, ms: list[Mention], label: Mention) -> Mention | None:
    """ "KARMINA – Der Versicherer übernimmt X", "Brisac : le groupe renonce à céder Y": the description right after
    a label that stands for it says the label's firm again; the label alone is the sentence's subject (not a second
    phrase before the verb), a firm named, not described."""
    nxt = next((m for m in ms if m.start >= label.end), None)
    if nxt is not None and nxt.anaphor and nxt.name == label.name and not text[label.end:nxt.start].strip(" –—|-:"):
        return nxt
    return None


class _Lazy(dict):
    """Firm -> what its mentions noted so far tell (its kinds, its places), each firm's read only when a rule asks
    for it (`get`): most firms are never asked about, and reading every mention cost ~4% of the core. A named
    mention keeps its name once noted (only anaphors are resolved later), so what is read late is what was read at
    once."""

    def __init__(self, read: Callable[..., set[str]]) -> None:
        super().__init__()
        self.read, self.pending = read, {}

    def note(self, name: str, *args) -> None:
        self.pending.setdefault(name, []).append(args)

    def get(self, name, default=None):
        for args in self.pending.pop(name, ()):
            self.setdefault(name, set()).update(self.read(*args))
        return super().get(name, default)


PLACE_STEM = 5  # letters two forms of a place share ("Reutlingen" / "Reutlinger", "Munich" / "Munich-based")
AROUND = 3  # words either side of a mention read for the place it is tied to
APPOSED_AROUND = 7  # words of a description in apposition after a name read for the firm's seat


def _around(text: str, sentence: sentences.Sentence, m: Mention, lex: Lexicon, before: bool = True) -> set[str]:
    """The stems of the places a mention is tied to: capitalised words right before it ("Der Stuttgarter
    Konzern X", not "Reutlingen übernimmt die X"), inside a description, or after an origin cue, maybe past an
    article ("X aus Reutlingen", "X aus dem Allgäu", "the group based in Leeds")."""
    tied = text[m.start:m.end].split() if m.anaphor else _seat_in_name(text[m.start:m.end], lex)
    tied += [f for w in tied for f in lex.nationals.get(w.lower(), ())]  # "die Dänen": "dänisch", "Dänemark"
    for w in reversed(PHRASE_BREAK.split(text[sentence.start:m.start])[-1].split()[-AROUND:] if before else []):
        if w[:1].islower() and w.lower() not in lex.determiners and not organisations.national_adjective(w, lex):
            break  # a verb or a preposition: what stands before it is no modifier of this name
        tied.append(w)
    rest = text[m.end:sentence.end] if m.anaphor else kinds.past_suffix(text[m.end:sentence.end], lex)
    after = [w.rstrip(".") for w in PHRASE_BREAK.split(rest.lstrip(" ,"), 1)[0].split()]  # "X, based in Leeds,"
    if not m.anaphor:
        tied.extend(_apposed_place(rest, after, lex))
    # past a description in apposition the seat may come later ("X, le réseau de crèches privées basé à Bordeaux")
    reach = APPOSED_AROUND if rest.startswith(", ") and after and (
        after[0].lower() in lex.determiners or after[0].lower() in lex.indefinite_articles) else AROUND
    seat = next((after[k:k + 2] for k in range(1, min(reach + 1, len(after)))
                 if lex.origin_re.search(" ".join(after[:k]) + " ")), [])
    tied.extend(seat + _bracketed_region(rest, seat))
    # "Le spécialiste grenoblois des capteurs X", "X, une PME lyonnaise," ... "la société grenobloise": an adjective
    # of a place near the name or after the description
    tied.extend(w for w in PHRASE_BREAK.split(text[sentence.start:m.start])[-1].split()[-AROUND - 1:] + after[:AROUND]
                if organisations.demonym_adjective(w, lex))
    return {_stem(p) for w in tied if (w[:1].isupper() or organisations.demonym_adjective(w, lex)
                                       or organisations.national_adjective(w, lex))
            and len(w) >= PLACE_STEM and w.lower() not in lex.determiners and not organisations.is_descriptor(w, lex)
            for p in _place_parts(w)}


def _bracketed_region(rest: str, seat: list[str]) -> list[str]:
    """ "X, con sede en Gijón (Asturias)", "basée à Vannes (Morbihan)": the region in brackets after a seat ties the
    firm to it too ("la operadora asturiana")."""
    if not seat:
        return []
    region = re.search(rf"{re.escape(seat[-1])}\s*\(([A-ZÀ-ÖØ-Þ][\w'’-]*)\)", rest)
    return [region.group(1)] if region else []


def _place_parts(word: str) -> list[str]:
    """A place's word, and the last capitalised part of a hyphenated one, which its adjective may be formed on
    ("Saint-Nazaire": "nazairien")."""
    last = word.rsplit("-", 1)[-1]
    return [word, last] if last != word and last[:1].isupper() and len(last) >= PLACE_STEM else [word]


def _apposed_place(rest: str, after: list[str], lex: Lexicon) -> list[str]:
    """The capitalised words of a description in apposition right after a name, before its first function word
    ("X, the Devon milk and butter maker,": Devon), or the one that ends it after a genitive ("X, la société de
    Nanterre,", "X, una empresa de Toledo."): the place the page ties the firm to."""
    if not (rest.startswith(", ") and after and (after[0] in lex.determiners or after[0] in lex.indefinite_articles)):
        return []
    words = []
    for k, w in enumerate(after[1:AROUND + 1], 1):
        if w.lower() in lex.markers.get("patient", ()) and k > 1 and after[k + 1:k + 2] and len(
                after) == k + 2 and after[k + 1][:1].isupper():
            words.append(after[k + 1])  # "X, la société de Nanterre,": the one word its apposition ends with
        if w.lower() in lex.stopwords or w.lower() in lex.determiners:
            break
        words.append(w)
    return [w for w in words if w[:1].isupper()]


def _seat_in_name(name: str, lex: Lexicon) -> list[str]:
    """The place adjective a firm's name opens with ("Neusser Waggonbau", "Kieler Werft AG"): the page ties the firm
    to that place ("bei den Neussern bestellt")."""
    words = name.split()
    return words[:1] if len(words) > 1 and lex.modifier_endings and words[0].endswith(lex.modifier_endings) else []


def _stem(word: str) -> str:
    """The first letters of a place's name or adjective, lowercase and without accents: "Annecy" and "annécien",
    "München" and "Münchner" share one."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()[:PLACE_STEM].lower()


def _demonym_people(word: str, lex: Lexicon) -> bool:
    """ "los madrileños", "los bilbaínos": the people of a place in the plural, written in lowercase (a demonym's
    ending and the plural's), a description of a firm only where the page ties one to that place."""
    return organisations.demonym_adjective(word, lex) and word.endswith(
        tuple(e for e in lex.demonym_endings if e.endswith("s")))


def _place_after(text: str, description: Mention, places: set[str], lex: Lexicon) -> set[str]:
    """The stem of the place named right after a description and its genitive preposition ("le constructeur de
    Frauenfeld"), where the page gives it as a firm's seat: the description stands for the firm that sits there."""
    after = _GENITIVE_NAME.match(text, description.end)
    if after is None or after.group(1).lower() not in lex.markers.get("patient", ()) or after.group(2) not in places:
        return set()
    return {_stem(after.group(2))}


_GENITIVE_NAME = re.compile(r" (\S+) ([A-ZÀ-ÖØ-Þ][\w'’-]*)")


def _placed(text: str, lex: Lexicon) -> set[str]:
    """The one-word names the page writes right after an origin cue ("Lumatec, basée à Frauenfeld", "établi à
    Sorel-Tracy"): places wherever a preposition governs them; not a consortium's member ("Konsortium aus X und Y")."""
    return {w.group() for w in _CAPITALISED.finditer(text)
            if lex.origin_re.search(text, max(0, w.start() - organisations.ORIGIN_REACH), w.start())
            and not organisations.after_members(text, w.start(), lex)
            and not _CAPITALISED.match(text, w.end() + 1)}


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]*(?=[\s,.;:)]|$)")
_HYPHENED_PLACE = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][\w'’]*)-[a-zß-ÿ]")


def _hyphened_places(text: str) -> set[str]:
    """The capitalised words the page writes before a hyphen and a lowercase word ("the Leeds-based engineer"):
    a place, or a firm's name as a modifier, never alone a firm's name before a descriptor."""
    return {w.group(1) for w in _HYPHENED_PLACE.finditer(text)}


_NEXT_WORD = re.compile(r" ([a-zß-ÿ][\w-]*)")


def _place_description(text: str, m: Mention, places: set[str], lex: Lexicon) -> Mention:
    """ "Leeds group bets on defence as it swallows its American rival": a one-word name opening its sentence, that
    the page gives elsewhere as a seat ("the Leeds-based engineer", "based in Leeds"), before a lowercase descriptor
    is a place and a description without its article: it stands for the firm seated there, as "The Leeds group"."""
    nxt = _NEXT_WORD.match(text, m.end)
    if not (m.initial and not m.anaphor and m.name in places and nxt and organisations.is_descriptor(
            nxt.group(1), lex)):
        return m
    return Mention(None, m.start, nxt.end(), anaphor=True)


def _demonyms(a: organisations.Analysis, ms: list[Mention], lex: Lexicon) -> list[Mention]:
    """ "2023 hatten die Allgäuer bereits X übernommen", "bei den Neussern bestellt", "les Lyonnais ont racheté X":
    an article and one capitalised word with an ending of the people or adjective of a place (maybe with a case
    ending), no name or noun after it, is a description of a firm (unresolved: only a firm the page ties to that place
    may take it)."""
    endings = lex.demonym_endings + lex.modifier_endings
    endings += tuple(e + case for e in endings for case in lex.demonym_cases)  # "bei den Neussern bestellt"
    toks = a.tokens
    out = []
    for k in range(1, len(toks)):
        word, nxt = toks[k], toks[k + 1] if k + 1 < len(toks) else None
        if (toks[k - 1].low in lex.determiners and (word.text[:1].isupper() and (
                word.low.endswith(endings) or word.low in lex.nationals) or _demonym_people(word.text, lex))
                and (nxt is None or not nxt.text[:1].isupper()) and not organisations.is_descriptor(word.text, lex)
                and not any(m.start <= word.start < m.end for m in ms)):
            out.append(Mention(None, toks[k - 1].start, word.end, word.possessive, anaphor=True))
    return out


def _seated(found: list[list[Mention]], i: int, description: Mention, place: set[str],
            seats: dict[str, set[str]], guessed: dict[str, set[str]], far: set[str]) -> str | None:
    """ "Der Konzern aus Reutlingen", "the Munich-based group": a description tied to a place stands for the
    one firm of the sentences just before that the page tied to that place; where none of them sits there, for the
    one firm the page tied to it earlier ("das Grazer Softwareunternehmen X ... [a section on another firm] ... Der
    Grazer Softwareanbieter gehört seit 2023 zu Y": the place names it as well as its name, however far back),
    where the page tied it there itself, not by a guess (`guessed`: an earlier description of a place no firm sat
    in resolved to it), and only by the places (`far`) the description's own words or the people it names give,
    not a word around it."""
    if not place:
        return None
    for first, unsure, stems in ((max(0, i - ANTECEDENT_REACH), {}, place), (0, guessed, far)):
        named = {m.name for j in range(first, i + 1) for m in found[j]
                 if m.name and not m.anaphor and (j < i or m.end <= description.start)}
        tied = {n for n in named if (seats.get(n, set()) - unsure.get(n, set())) & stems}
        if tied:
            return tied.pop() if len(tied) == 1 else None
    return None


def _named_after_place(found: list[list[Mention]], i: int, people: Mention, place: set[str]) -> str | None:
    """ "Die Agrarhandel Oberland GmbH ... Die Oberländer hatten 2022 ... übernommen": the people of a place stand
    for the one firm of the sentences just before whose name holds that place after its first word (a first word is
    a seat only as a place adjective: `_seat_in_name`)."""
    if not place:
        return None
    near = {m.name for j in range(max(0, i - ANTECEDENT_REACH), i + 1) for m in found[j]
            if m.name and not m.anaphor and (j < i or m.end <= people.start)}
    named = {n for n in near if place & {_stem(w) for w in n.split()[1:] if w[:1].isupper() and len(w) >= PLACE_STEM}}
    return named.pop() if len(named) == 1 else None


def _traded_placeless(text: str, found: list[list[Mention]], sents: list[sentences.Sentence], i: int, place: set[str],
                      seats: dict[str, set[str]], lex: Lexicon) -> str | None:
    """ "Gerüchte trieben die Aktie des Zahlungsdienstleisters X um 7 Prozent nach oben. Einem Bericht zufolge lotet
    Y einen Zusammenschluss mit den Frankfurtern aus": the people of a place the page ties to no firm stand for the
    one firm the sentence just before names by its shares (a market report's item goes on about it)."""
    if not place or any(seats.get(m.name, set()) & place for ms in found[:i + 1] for m in ms if m.name):
        return None
    lone = lone_firm_before(text, found, sents, i, lex)
    if lone is None:
        return None
    start = sents[i - 1].start
    return lone if any(m.name == lone and (shares_of(text, start, m, lex) or _shares_described(text, start, m, lex))
                       for m in found[i - 1]) else None


DESCRIBED_SHARES_REACH = 60  # characters before a name read for its shares named before its description


def _shares_described(text: str, start: int, m: Mention, lex: Lexicon) -> bool:
    """Whether the shares of a firm are named before its description and a percentage follows its name ("die Aktie
    des Zahlungsdienstleisters X um 7 Prozent"): a market report's move of that firm."""
    gap = text[max(start, m.start - DESCRIBED_SHARES_REACH):m.start]
    ends = [k.end() for k in re.finditer(r"\s+", gap)]
    return any(lex.shares_res[0].search(gap, 0, k) for k in ends) and bool(
        lex.share_re.search(text, m.end, m.end + SHARES_REACH))


def _own_place(text: str, description: Mention, lex: Lexicon, head: bool = True) -> set[str]:
    """The stems of the places a description names among its own words ("den Karlsruher Konzern", "the Leeds-based
    printer"), not a name or place around it; without its `head`, a noun capitalised where nouns are ("der Verein")
    is no place, only the words that qualify it ("der Grazer Anbieter", "la société grenobloise")."""
    words = [w for w in text[description.start:description.end].split()[1:]
             if w.partition("-")[2][:1].islower() or "-" not in w]  # "Ohio-based", not "die Lindquart-Gruppe"
    if not head and words and words[-1][:1].isupper():
        words = words[:-1]
    stems = [w.split("-")[0] for w in words if w[:1].isupper() and not organisations.is_descriptor(w, lex)
             or organisations.demonym_adjective(w, lex)]
    return {_stem(w) for w in stems if len(w) >= PLACE_STEM}


def _placeless(found: list[list[Mention]], i: int, place: set[str], seats: dict[str, set[str]]) -> bool:
    """Whether a description names a place ("den Karlsruher Konzern") to which the page tied none of the firms it
    named so far: it stands for a firm the page did not name, not for another firm of the discourse."""
    return bool(place) and not any(seats.get(m.name, set()) & place for ms in found[:i + 1] for m in ms
                                   if m.name and not m.anaphor)


def lone_firm_before(text: str, found: list[list[Mention]], sents: list[sentences.Sentence], i: int,
                      lex: Lexicon) -> str | None:
    """The one firm the sentence before sentence i, in its paragraph, names, if it names exactly one and not as a
    title's complement ("Attention is also turning to X.", "Aubrac Net s'est envolé de 11 %."; not "La ministra de
    X"), else None."""
    if i == 0 or sents[i - 1].paragraph != sents[i].paragraph:
        return None
    names = {m.name for m in found[i - 1] if m.name and not m.anaphor and not m.pair
             and not organisations.is_institution(m.name, lex)
             and not lex.titled_re.search(text, max(0, m.start - MARKER_REACH), m.start)}
    return names.pop() if len(names) == 1 else None


def _says_more(text: str, description: Mention, lex: Lexicon) -> bool:
    """Whether a description says more than "a firm": a word after its article that is no plain descriptor ("the
    fintech group", "der Chemiekonzern", "el banco"; not "the company", "le groupe", "la entidad")."""
    words = [lex.elision.sub("", w.lower().strip(",")) for w in text[description.start:description.end].split()]
    return any(w not in lex.plain_descriptors for w in words if w not in lex.determiners)


def _counted_or_new(text: str, description: Mention, lex: Lexicon) -> bool:
    """Whether a description counts firms ("die beiden Versorger") or names a new one ("Der neue Konzern"): neither
    is the one firm named just before."""
    return bool(lex.pair_count_re.search(text, description.start, description.end)
                or lex.new_firm_re.search(text, description.start, description.end))


def _recent(text: str, found: list[list[Mention]], sents: list[sentences.Sentence], i: int, description: Mention,
            lex: Lexicon, place: set[str], seats: dict[str, set[str]],
            kinds_of: Callable[[str], set[str]]) -> str | None:
    """ "Attention is also turning to X. The fintech group is in talks to sell ...": a description in a deal's
    sentence that says more than "a firm" and opens its sentence stands for the one firm the sentence just before
    names (recency beats the page's most named firm), unless its words give a seat, or a kind, the page did not
    give that firm ("Its largest customer is the grocery chain Y. In April the startup won ...": not Y); the
    caller asks only where the sentence before states no deal of its own ("Le tour est mené par X, avec Y. Dans la
    foulée, la jeune pousse a racheté Z": the startup is the round's, not its investor Y)."""
    before = text[sents[i].start:description.start].split()
    if _pronoun(text, description, lex) or any(m.end <= description.start for m in found[i]) or any(
            w.title() in lex.pronouns for w in before) or not _says_more(text, description, lex) or _counted_or_new(
            text, description, lex):
        return None  # "Il est aussi le fournisseur de Y": the subject is another
    lone = lone_firm_before(text, found, sents, i, lex)
    if lone is None:
        return None
    had = kinds_of(lone)
    if (place and not seats.get(lone, set()) & place) or (had and kinds.described(text, description, lex) not in had):
        return None
    return lone


def _of_its_kind(text: str, found: list[list[Mention]], i: int, description: Mention, lex: Lexicon,
                 given: dict[str, set[str]], told: dict[str, set[str]], apposed: dict[str, set[str]]) -> str | None:
    """ "Y Capital and X, a Leeds-based lender ... the lender": a description whose noun names a kind of firm
    stands, when it was resolved to none or to a firm the page gave other kinds only, for the closest firm before
    it the page gave that kind, if any; when it was resolved to a firm of no known kind, for the closest firm the
    page called so by a noun ("El grupo X comprará la constructora Y. X tiene 5.000 empleados. La constructora
    ejecuta ...": Y; "X SA, spécialiste des capteurs ... le spécialiste": an apposition calls it so too), not for
    one only named so ("Constructora Z"), or by the same words ("X agreed to buy the Dutch shipbuilder Y. X runs 30
    ships. The Dutch shipbuilder ...": Y)."""
    want = kinds.head(text, description, lex)
    had = given.get(description.name) if description.name else {"none"}  # resolved to none: any firm of the kind
    if want is None or (had and want in had):
        return None
    near = [m for j in range(i, max(-1, i - 1 - ANTECEDENT_REACH), -1) for m in reversed(found[j])
            if m.name and not m.anaphor and (j < i or m.end <= description.start)
            and not _relative_between(text, m, description, lex)]
    if had:
        return kinds.fitting(near, want, given)
    return kinds.fitting(near, want, {m.name: told.get(m.name, set()) | apposed.get(m.name, set())
                                      for m in near if m.name}) or _named_kind_before(
        found[i], description, want, lex) or _only_called_so(text, found, i, description, want, told, apposed, lex)


def _only_called_so(text: str, found: list[list[Mention]], i: int, description: Mention, want: str,
                    told: dict[str, set[str]], apposed: dict[str, set[str]], lex: Lexicon) -> str | None:
    """ "Der Übertragungsnetzbetreiber X hat ... bestellt. [eight sentences on the supplier and its venture] ... über
    einen Einstieg beim Netzbetreiber": a bare description (its article and noun, no seat: not "dem Hamburger
    Investor") of a kind no firm nearby was called stands, where nouns are compounded, for the one firm the page called
    so before it, however far back."""
    words = [w.lower() for w in text[description.start:description.end].split()]
    if not lex.compound_nouns or len([w for w in words if w not in lex.determiners | lex.contracted_articles]) != 1:
        return None
    called = {m.name for j in range(i) for m in found[j] if m.name and not m.anaphor
              and want in told.get(m.name, set()) | apposed.get(m.name, set())}
    return called.pop() if len(called) == 1 else None


def _called_so(found: list[list[Mention]], i: int, description: Mention, want: str | None, counts: Counter,
               lex: Lexicon) -> str | None:
    """ "Olympique de Varenne : X pour racheter le club ... Le club a signé": a description by a noun of a trade
    whose discourse antecedent is none or a firm of another kind stands for a firm named before it whose own name says
    it is one ("FC", "Club", "Olympique"), the most named of them where there are several (the first named where
    they are named as often: the page's topic); else for none (a kind only an apposition gave may be a guess)."""
    called = [m.name for j in range(i + 1) for m in found[j] if m.name and not m.anaphor
              and (j < i or m.end <= description.start) and want in kinds.named(m.name, lex)]
    return max(dict.fromkeys(called), key=lambda n: counts[n]) if called and want else None


def _named_kind_before(ms: list[Mention], description: Mention, want: str, lex: Lexicon) -> str | None:
    """ "X counts Corden Capital among its shareholders; the investment firm bought a stake in 2024": the one firm
    its own sentence named before the description whose name gives it the kind."""
    named = {m.name for m in ms if m.name and not m.anaphor and m.end <= description.start
             and want in kinds.named(m.name, lex)}
    return named.pop() if len(named) == 1 else None


SHARED_OWNERS = 40  # characters before a description read for the words that make its owners share it


def _founded(text: str, found: list[list[Mention]], cues: list[list[triggers.TriggerMatch]], i: int,
             description: Mention, lex: Lexicon) -> str | None:
    """ "X und Y gründen die Z GmbH. ... hat das neue Gemeinschaftsunternehmen bestellt", "la nouvelle société":
    a description of a new firm stands for the closest firm named after a cue of a joint venture, or, where the
    description is no such cue itself, right before it with the cue in apposition ("han constituido Z, S.L., una
    empresa conjunta ... La nueva sociedad"), the venture founded, not for its founders; None where no venture was
    named, or where an indefinite article opens the noun ("la création d'une coentreprise avec Y": a new venture,
    not the one named before). A firm with the cue in apposition is the venture itself, taken before any founder
    named after the cue, and in the sentence right before the description even where the description is the cue
    ("Y and Z set up X, a joint venture, in 2022. The joint venture raised ...": X; not farther: "X apporte à la
    coentreprise son expérience" paragraphs later names no venture). A description its owners share ("Y and Z
    jointly own the company") is one too, whatever its noun."""
    new = lex.new_firm_re.search(text, description.start, description.end)
    shared = lex.shared_owners_re.search(text, max(0, description.start - SHARED_OWNERS), description.start)
    if not (new or shared) or new and indefinite_article(
            (text[description.start:new.start()].split() or [""])[-1], lex):
        return None
    apposed = not _venture_cue_inside(cues[i], description)  # "la coentreprise" reads only a venture named after
    for j in range(i, max(-1, i - 1 - ANTECEDENT_REACH), -1):
        ventures = [t for t in cues[j] if t.trigger.type == "joint_venture"]
        before = [m for m in found[j] if m.name and not m.anaphor and (j < i or m.end <= description.start)]
        itself = [m for m in before if (apposed or j == i - 1) and any(
            m.end <= t.start and roles.venture_apposed(text[m.end:t.start], lex) for t in ventures)]
        named = itself or [m for m in before if any(t.end <= m.start for t in ventures)]
        if named:
            return named[-1].name
    return None


def _venture_cue_inside(cues: list[triggers.TriggerMatch], description: Mention) -> bool:
    """Whether the description is a venture's own cue ("la coentreprise", "the joint venture"): it stands for the
    venture, never for a firm that founds it."""
    return any(t.trigger.type == "joint_venture" and description.start <= t.start and t.end <= description.end
               for t in cues)


def _rival(text: str, found: list[list[Mention]], i: int, description: Mention, lex: Lexicon) -> str | None:
    """ "la reprise de l'entreprise vaudoise par son concurrent zurichois": a rival named by a possessive is not the
    firm its sentence named before it (the possessor), but the closest other firm before it."""
    if not lex.rival_re.match(text, description.start):
        return None
    before = {m.name for m in found[i] if m.name and m.end <= description.start}
    after = next((m for m in found[i] if m.name and not m.anaphor and m.start >= description.end), None)
    if description.name not in before or (after and _APPOSED_NAME.fullmatch(text, description.end, after.start)):
        return None  # "son principal concurrent européen, l'allemand X": the name apposed says which
    others = (m.name for j in range(i, max(-1, i - 1 - ANTECEDENT_REACH), -1) for m in reversed(found[j])
              if m.name and not m.anaphor and m.name not in before and (j < i or m.end <= description.start)
              and not organisations.is_institution(m.name, lex))
    return next(others, None)


_APPOSED_NAME = re.compile(r"(?:\s+[\w'’-]+){0,3}\s*,\s*(?:[\w'’-]+\s+){0,3}")


def _bracketed_short_forms(text: str, found: list[list[Mention]], lex: Lexicon) -> dict[str, str]:
    """ "Dirección General de Tráfico (DGT)": a shorter name in brackets right after a name is its short form (not a
    longer one, "plants in Leeds and Penrith (Gillespie Dairies)", nor the short form of a firm named before in full,
    "Penrith (Gillespie)": both set a firm beside its site); so is an acronym in brackets after the legal suffix that
    closes a name whose words spell it ("Services industriels du Chablais SA (SIC)", where the name read stops at
    "Services")."""
    out = {}
    seen: set[str] = set()  # the names told before: a short form of one in brackets is a firm the text spoke of
    for ms in found:
        for a, b in zip(ms, ms[1:], strict=False):
            if a.name and b.name and text[a.end:b.start] == " (" and text[b.end:b.end + 1] == ")" and not (
                    _founder_and_firm(a.name, b.name)) and len(b.name) < len(a.name) and not (
                    b.name in seen and text[b.start:b.end] != b.name):
                out[b.name] = a.name  # not "Penrith (Gillespie)": the short form of "Gillespie Dairies" named before
        seen |= {m.name for m in ms if m.name and not m.anaphor}
        for k, b in enumerate(ms):
            if b.name and b.name not in out and _suffixed_acronym(text, b, lex):
                spelled = next((a for a in reversed(ms[:k]) if a.name and not a.anaphor
                                and _spells(text[a.start:b.start - 2], b.name, lex)), None)
                if spelled is not None:
                    out[b.name] = spelled.name
            elif b.name and b.name not in out and _bracketed_acronym(text, b):
                out.update(_spelled_in_lowercase(text, ms[:k], b, lex) or _spelled_in_capitals(text, ms[:k], b, lex))
    return _public_body_in_full(text, found, lex) | out | _spelled_on_page(text, found, out, lex)


def _founder_and_firm(name: str, bracketed: str) -> bool:
    """ "Luc Marchal (Vitalis)", "Inès Karam (Dokto)": two plain capitalised words and, in brackets, a name that is
    no acronym and shares none of their words are a person and the firm the person stands for, no short form (an
    alias there made every later "Dokto" a person's name)."""
    words = name.split()
    return len(words) == 2 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) and not (
        bracketed.isupper()) and not set(words) & set(bracketed.split())


BODY_ADJECTIVES = 2  # lowercase words between a public body's head and its complement ("Direction générale de")


def _public_body_in_full(text: str, found: list[list[Mention]], lex: Lexicon) -> dict[str, str]:
    """ "la Direction générale de l'armement lui a confié": a public body's head word the name reader kept alone
    (`public_heads`: "Direction"), its lowercase adjectives and one lowercase complement right after it ("de
    l'armement", "des entreprises") is its name in full; the complement is one word, so "de l'aviation civile"
    loses its adjective rather than take a verb ("... de l'aviation commande")."""
    out: dict[str, str] = {}
    for m in (m for ms in found for m in ms if m.name and not m.anaphor and m.name.lower() in lex.public_heads):
        words = [w for w in _PHRASE_WORDS.finditer(text, m.end, m.end + 120)][:BODY_ADJECTIVES + 3]
        if not words or text[m.end:words[0].start()] != " ":
            continue
        k = 0
        while k < min(BODY_ADJECTIVES, len(words)) and _plain_word(words[k].group(), lex):
            k += 1
        end = _complement_end(text, words[k:], lex, named=k > 0)
        if end is not None and out.get(m.name, text[m.start:end]) == text[m.start:end]:
            out[m.name] = text[m.start:end]
    return out


def _plain_word(word: str, lex: Lexicon) -> bool:
    """A lowercase word that is neither a function word nor a connector: an adjective or a noun."""
    return word.isalpha() and word.islower() and word not in lex.stopwords and word not in lex.connectors


def _complement_end(text: str, words: list[re.Match], lex: Lexicon, named: bool = False) -> int | None:
    """Where a connector, maybe an article, and one plain noun right after it end ("de l'armement", "de la
    recherche", "des entreprises"), or with `named` (after the body's adjective) one capitalised word, the place it
    serves ("l'Institut océanographique de Brest"); None unless the words are that, spaces only between them."""
    if not words or words[0].group() not in lex.connectors:
        return None
    rest = words[1:3]
    if rest and rest[0].group() in lex.determiners and len(rest) == 2:
        rest = rest[1:]  # "de la recherche"
    used = words[:words.index(rest[0]) + 1] if rest else []  # the connector, the article, the noun
    if not rest or any(text[a.end():b.start()] != " " for a, b in zip(used, used[1:], strict=False)):
        return None
    noun = re.sub(r"^[a-z][’']", "", rest[0].group())  # "l'armement"
    place = named and noun.isalpha() and noun[:1].isupper() and noun[1:].islower() and rest[0] is words[1]
    return rest[0].end() if _plain_word(noun, lex) or place else None


SPELLED_WORDS = 8  # words from a name's first one searched for the lowercase words that spell an acronym with it
_PHRASE_WORDS = re.compile(r"[^\s.,;:()«»\"]+")


def _spelled_on_page(text: str, found: list[list[Mention]], taken: dict[str, str], lex: Lexicon) -> dict[str, str]:
    """ "décroche une commande de la DGA" and "la Direction générale de l'armement lui a confié": an acronym the page
    writes with no brackets is the name a capitalised word and the lowercase words after it spell out elsewhere on
    the page, and so is that word, all the name reader kept of it ("Direction"); one initial a word (no brackets
    tie the two, so "Direction générale" spells no "DGA"); not past a capitalised word ("la Caisse de dépôt et
    placement du Québec" named whole made "la Caisse" a firm of its own: README, session 11)."""
    acronyms = {m.name for ms in found for m in ms
                if m.name and not m.anaphor and m.name not in taken and m.name.isalpha() and m.name.isupper()}
    out: dict[str, str] = {}
    for m in (m for ms in found for m in ms if acronyms and m.name and not m.anaphor and m.name not in taken):
        if m.name in acronyms or m.name in out:
            continue
        own = len(m.name.split())
        words = [w for w in _PHRASE_WORDS.finditer(text, m.start, m.start + 120)][:SPELLED_WORDS]
        if len(words) <= own or words[0].start() != m.start:
            continue
        for n in range(own + 1, len(words) + 1):
            if not words[n - 1].group().islower() or text[words[n - 2].end():words[n - 1].start()].strip(" '"):
                break  # a capitalised word, or a stop, before the words spelled out end
            lettered = organisations.lettered_words([w.group() for w in words[:n]], lex)
            spelled = next((a for a in acronyms if lettered and lettered[-1] == words[n - 1].group().split("'")[-1]
                            and organisations.spells(lettered, a, loose=False)), None)
            if spelled is not None:
                name = text[m.start:words[n - 1].end()]
                out.update({spelled: name, m.name: name})
                break
    return out


def _bracketed_acronym(text: str, m: Mention) -> bool:
    """An acronym in brackets ("(DGA)")."""
    return (bool(m.name) and m.name.isalpha() and m.name[0].isupper() and sum(c.isupper() for c in m.name) >= 2
            and text[m.start - 2:m.start] == " (" and text[m.end:m.end + 1] == ")")  # "(BAAINBw)"


TERM_WORDS = 8  # lowercase words before an acronym in brackets read for the term they spell
TERM_CHARS = 160  # characters before an acronym in brackets read for its term


def _term_acronym(text: str, m: Mention, ms: list[Mention], lex: Lexicon) -> bool:
    """ "des stations de transfert d'énergie par pompage (STEP)", "power purchase agreements (PPA)": an acronym in
    brackets that the lowercase words right before it spell is a term the article defines, never a firm (a body
    named so has capitals: "la Direction générale de l'armement (DGA)"); so is one a single compound noun spells
    from its glued parts where nouns are capitalised ("Krankenhausinformationssystem (KIS)", `_compound_term`)."""
    if not _bracketed_acronym(text, m) or not m.name.isupper():
        return False
    if lex.compound_nouns and _compound_term(text, m, ms, lex):
        return True
    run: list[str] = []
    for word in reversed(text[max(0, m.start - TERM_CHARS):m.start - 2].split()[-TERM_WORDS:]):
        if not word.islower() or any(c in word for c in ".,;:()"):
            return False
        run.insert(0, unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode())
        if organisations.spells(organisations.lettered_words(run, lex), m.name, loose=False):
            return True
    return False


def _compound_term(text: str, acronym: Mention, ms: list[Mention], lex: Lexicon) -> bool:
    """Whether the one word before a bracketed acronym is a compound noun that spells it from its glued parts
    ("Bahnstromleitung (BSL)"): not where that word is a firm's name ("Rheinmetall (RHM)": a mention already) or a
    compound of a kind of firm or a public body ("Bundesbeteiligungsholding (BBH)", "Landesstraßenbauamt (LSA)")."""
    words = text[max(0, acronym.start - TERM_CHARS):acronym.start - 2].split()
    word = words[-1] if words else ""
    return (word.isalpha() and word[0].isupper() and word[1:].islower()
            and organisations.spells([word], acronym.name) and not any(m.end == acronym.start - 2 for m in ms)
            and not organisations.is_descriptor(word, lex) and not organisations.is_institution(word, lex)
            and not word.lower().endswith(tuple(w for w in lex.legal_suffixes | lex.trades if len(w) > 3)))


ACRONYM_LETTERS = 5  # letters at most of an acronym read as a term's


def _attributive_acronym(text: str, m: Mention, lex: Lexicon) -> bool:
    """ "an open RAN test network", "a private LTE network": a short acronym after an indefinite article and a
    lowercase word, before a lowercase noun, qualifies what the article introduces; a technology, never a firm (a
    firm so placed would follow its kind: "the lender HSBC")."""
    name = text[m.start:m.end]
    if m.anaphor or not (name.isalpha() and name.isupper() and 2 <= len(name) <= ACRONYM_LETTERS):
        return False
    before = text[max(0, m.start - 40):m.start].split()[-2:]
    after = text[m.end:m.end + 30].split()[:1]
    return (len(before) == 2 and before[0].lower() in lex.indefinite_articles and before[1].isalpha()
            and before[1].islower() and not organisations.is_descriptor(before[1], lex)
            and bool(after) and after[0].isalpha() and after[0].islower())


def _spelled_in_lowercase(text: str, before: list[Mention], acronym: Mention, lex: Lexicon) -> dict[str, str]:
    """ "la Direction générale de l'armement (DGA)": a name whose lowercase words the name reader left out
    ("Direction"), spelled out before its acronym in brackets, is named in full, and so is the acronym ("la DGA"
    later). Only the names change, not the mentions (a description spelled out so would become an antecedent of
    "l'entreprise"), and only where all the words left out are lowercase: "la Caisse de dépôt et placement du
    Québec (CDPQ)" in full lost a pair, the page's "la Caisse" then a firm of its own (README, session 11)."""
    a = next((m for m in reversed(before) if m.name and not m.anaphor), None)
    if a is None:
        return {}
    left_out = text[a.end:acronym.start - 2]
    if left_out[:1] == " " and left_out.lower() == left_out and _spells(text[a.start:acronym.start - 2],
                                                                        acronym.name, lex):
        return {acronym.name: text[a.start:acronym.start - 2], a.name: text[a.start:acronym.start - 2]}
    return {}


_CAPITALISED_RUN = re.compile(r"(?:[A-ZÀ-ÞÄÖÜ][\w'’-]*\s+){1,5}$")


def _spelled_in_capitals(text: str, before: list[Mention], acronym: Mention, lex: Lexicon) -> dict[str, str]:
    """ "Die Rheinische Verkehrsgesellschaft (RVG)": capitalised words right before an acronym in brackets that the
    name reader took for no name (an adjective, a compound noun) are its full name where they spell it, the fewest
    words that do; the acronym, and a mention of the first word, are named so (the headline's "RVG" too)."""
    run = _CAPITALISED_RUN.search(text, max(0, acronym.start - 120), acronym.start - 1)
    if run is None:
        return {}
    words = run.group().split()
    for n in range(2, len(words) + 1):
        name = " ".join(words[-n:])
        if words[-n].lower() in lex.stopwords:
            return {}  # "Die", "Der": the article opens no name
        if _spells(name, acronym.name, lex):
            first = next((m.name for m in before if m.name and not m.anaphor
                          and m.start == acronym.start - 2 - len(name)), None)
            return {acronym.name: name} | ({first: name} if first else {})
    return {}


def _suffixed_acronym(text: str, m: Mention, lex: Lexicon) -> bool:
    """An acronym in brackets right after a legal suffix ("... du Chablais SA (SIC)")."""
    before = text[max(0, m.start - 12):m.start - 2].split()
    return (bool(m.name) and m.name.isalpha() and m.name.isupper() and text[m.start - 2:m.start] == " ("
            and text[m.end:m.end + 1] == ")" and bool(before) and before[-1].lower().rstrip(".") in lex.legal_suffixes)


def _spells(words: str, acronym: str, lex: Lexicon) -> bool:
    """Whether the initials of a name's words spell an acronym ("Caisse de dépôt et placement du Québec": CDPQ)."""
    return not any(c in words for c in ".;:()") and organisations.spells(
        organisations.lettered_words(words.replace(",", " ").split(), lex), acronym)


PAIR_REACH = 3  # sentences back in which a pair anaphor looks for the two firms that opened a sentence together


def _coordinated_pair(text: str, found: list[list[Mention]], i: int, pair: Mention, lex: Lexicon) -> list[str] | None:
    """The two firms a pair anaphor refers back to: the first two named together ("X and the Norwegian
    group Y") in its sentence before it; else, in the sentences before, the two a sentence opens with ("X und Y wollen
    fusionieren. X war 2019 aus der Fusion von A und B hervorgegangen. Beide Institute ...": X and Y, not A and B,
    which a firm named before them in their sentence holds as its past); else the first two named together in the
    sentence before."""
    first = joined(text, [m for m in found[i] if m.name and not m.anaphor and m.end <= pair.start], lex)
    if first is not None:
        return first
    for j in range(i - 1, max(-1, i - 1 - PAIR_REACH), -1):
        named = [m for m in found[j] if m.name and not m.anaphor]
        if (two := joined(text, named, lex)) is not None and two[0] == named[0].name:
            return two
    return joined(text, [m for m in found[i - 1] if m.name and not m.anaphor], lex) if i else None


def joined(text: str, named: list[Mention], lex: Lexicon) -> list[str] | None:
    """The first two firms of a sentence's mentions named together by a conjunction ("X Inc. and Y"): subjects come
    first."""
    for a, b in zip(named, named[1:], strict=False):
        gap = [w for w in text[a.end:b.start].split() if w.lower().rstrip(".,") not in lex.legal_suffixes]
        if (a.name != b.name and gap and gap[0].lower() in lex.markers.get("comitative", ())
                and len(gap) <= 5 and not any(c in " ".join(gap) for c in ",.;:")):  # "X Inc. and Y"
            return [a.name, b.name]
    return None


CUE_OBJECT_GAP = 2  # words between a deal cue and a pair anaphor that is its object ("fusion de las dos")


def _two_named(found: list[list[Mention]], i: int, pair: Mention, lex: Lexicon) -> list[str] | None:
    """ "La empresa construirá su planta junto a la cooperativa X. Ambas sociedades han constituido ...", "Pour X,
    l'opération a valeur de revanche. L'Autorité avait bloqué son rapprochement avec Y, estimant que la fusion des
    deux opérateurs ...": with no two firms named together, a pair anaphor stands for the last two firms (by name
    or description) named before it, in its sentence and the one before (not the page's two most named, which may
    be another deal's); none where a sentence names more firms than it lacks (which two is unsaid)."""
    last: list[str] = []
    for j in range(i, max(-1, i - 2), -1):
        new = list(dict.fromkeys(m.name for m in found[j] if m.name and not m.pair and (j < i or m.end <= pair.start)
                                 and m.name not in last and not organisations.is_institution(m.name, lex)))
        if len(new) > 2 - len(last):
            return None
        last = new + last
        if len(last) == 2:
            return last
    return None


def _page_pair(text: str, sentence: sentences.Sentence, found: list[list[Mention]], i: int, pair: Mention,
               top: list[str], cues: list[triggers.TriggerMatch], lex: Lexicon) -> list[str | None]:
    """The page's two most named firms for a pair anaphor that no pair named just before explains ("Les deux
    groupes se connaissent bien"), where the sentence before spoke of a pair too or its own sentence says nothing
    of another two: none where a firm named before it in its clause is neither ("El Ayuntamiento ha pedido a ambas
    partes": a dispute's sides; not the venture a cue names, "das Gemeinschaftsunternehmen X, an dem beide Konzerne
    beteiligt sind"; not a fronted clause's, "En 2020, cuando X vendió Y a Z, las dos entidades exploraron"),
    nor for a bare pronoun ("they", "sie") that does not act together (`together_re`): people, products, sides."""
    if len(top) != 2:
        return [None, None]
    if i and any(m.pair for m in found[i - 1]):
        return top  # "No es la primera vez que ambos bancos negocian. En 2020, ..., las dos entidades exploraron"
    other = any(m.name and not m.pair and m.name not in top and m.end <= pair.start and _same_clause(
        text, m, pair, lex) and not any(t.trigger.type == "joint_venture" and t.end <= m.start
                                        and roles.venture_named_after(t, m, text, lex) for t in cues)
                for m in found[i])
    bare = " " not in text[pair.start:pair.end].strip()
    return [None, None] if other or bare and not lex.together_re.search(text, sentence.start, sentence.end) else top


def _same_clause(text: str, m: Mention, pair: Mention, lex: Lexicon) -> bool:
    """Whether a firm named before a pair anaphor stands in its clause: no comma between them, or words other than an
    article between the last comma and the anaphor ("..., las dos entidades exploraron": a new clause opens)."""
    comma = text.rfind(",", m.end, pair.start)
    gap = text[comma + 1:pair.start].split()
    return comma < 0 or not (len(gap) == 0 or len(gap) == 1 and is_article(gap[0], lex))


def _subsidiary_spoken_of(text: str, ms: list[Mention], m: Mention, counts: Counter, lex: Lexicon) -> str | None:
    """ "Valmonde erwägt, die deutsche Tochter an die Börse zu bringen": a subsidiary noun that fell on a firm its own
    sentence names before it is that parent's unit, not the parent: the firm the page names most, when another. Not
    after a possessive ("sa filiale de papiers, Fibrea"): the name set after it, or the unit, is read elsewhere."""
    words = text[m.start:m.end].lower().split()
    if words[-1] not in lex.subsidiary_nouns or words[0] not in lex.definite_articles or not any(
            o.name == m.name and not o.anaphor and o.end <= m.start for o in ms):
        return None
    main = next((n for n, _ in counts.most_common(1)), None)
    return main if main != m.name else None


def _main_firm(text: str, found: list[list[Mention]], counts: Counter, lex: Lexicon) -> str | None:
    """The organisation the page is about, the most named; a regulator or a court ("l'Autorité de la concurrence")
    reviews or blocks the deals of others and is never the firm whose slot a sentence leaves open."""
    bodies = {m.name for ms in found for m in ms if m.name and organisations.regulator(m, text, lex)}
    return next((n for n, _ in counts.most_common() if n not in bodies), None)


def _restated(ms: list[Mention], pair: Mention, two: list[str | None]) -> bool:
    """Whether the sentence names both firms of a pair anaphor before it ("les adhérents de X et ceux de Y ont
    approuvé la fusion des deux coopératives"): the names carry the deal, the anaphor adds nothing."""
    named = {m.name for m in ms if m.name and not m.pair and m.end <= pair.start}
    return None not in two and set(two) <= named


def _cue_object(text: str, cues: list[triggers.TriggerMatch], pair: Mention) -> bool:
    """Whether a pair anaphor follows a deal cue with at most an article and a preposition between ("la fusion des
    deux coopératives"): the deal's parties, whatever names came before."""
    return any(t.end <= pair.start and len(text[t.end:pair.start].split()) <= CUE_OBJECT_GAP for t in cues)


def _compound_mentions(a: organisations.Analysis, ms: list[Mention], names: set[str]) -> list[Mention]:
    """ "Wabco-Aktionäre", "BioNTech-Aktien", "Oracle-Deal": a known name opening a hyphenated word; not one that
    describes the name right after it ("die Bahn-Infrastrukturtochter DB InfraGO": that firm acts, its owner does
    not)."""
    if "-" not in a.sentence:
        return []
    taken = [(m.start, m.end) for m in ms]
    described = {m.start for m in ms if not m.anaphor}
    out = []
    for t in a.tokens:
        head = t.text.split("-", 1)[0]
        if "-" in t.text and head in names and not any(s <= t.start < e for s, e in taken) and (
                t.end + 1 not in described or a.sentence[t.end - a.offset:t.end - a.offset + 1] != " "):
            out.append(Mention(head, t.start, t.start + len(head)))
    return out


def _numbered_mentions(a: organisations.Analysis, ms: list[Mention], heads: set[str]) -> list[Mention]:
    """ "3G" alone where the page names "3G Capital": a word of digits is a name only as a short form."""
    if not heads:
        return []
    return [Mention(t.text, t.start, t.end, t.possessive) for t in a.tokens
            if t.text in heads and not any(m.start <= t.start < m.end for m in ms)]


def _name_heads(names: set[str], lex: Lexicon) -> set[str]:
    """The first words of the page's names of several words that may stand alone for them ("Marlow" of "Marlow
    Foods"): no descriptor, trade or function word ("Banco", "Groupe")."""
    return {w for n in names if " " in n and len(w := n.split()[0]) > 2 and w[1:].islower()
            and w.lower() not in lex.stopwords and w.lower() not in lex.trades
            and not organisations.is_descriptor(w, lex)}


def _kind_heads(names: set[str], lex: Lexicon) -> dict[str, str]:
    """The first words of the page's names that are compounds of a kind of firm ("Raiffeisenbank" of
    "Raiffeisenbank Ammertal"; not "Bank", "Sparkasse", kinds themselves), each opening exactly one name."""
    by_head: dict[str, set[str]] = {}
    for n in names:
        w = n.split()[0]
        if " " in n and w.lower() not in lex.kinds and not organisations.is_descriptor(w, lex) and kinds.kind(w, lex):
            by_head.setdefault(w, set()).add(n)
    return {w: ns.pop() for w, ns in by_head.items() if len(ns) == 1}


def _named_description(m: Mention, text: str, confirmed: set[str], lex: Lexicon) -> Mention:
    """ "das Quellhaus im März mit Y vereinbart hatte" where the page names "den Getränkekonzern Quellhaus": an
    article and a kind compound the page confirms as a firm's whole name is that firm, no description."""
    words = text[m.start:m.end].split()
    if m.anaphor and not m.pair and len(words) == 2 and words[0].lower() in lex.determiners and words[1] in confirmed:
        return Mention(words[1], m.start, m.end, m.possessive)
    return m


def _kind_head_mentions(a: organisations.Analysis, ms: list[Mention], heads: dict[str, str],
                        lex: Lexicon) -> list[Mention]:
    """ "Die Raiffeisenbank hatte sich einen anderen Partner gesucht" where the page names one "Raiffeisenbank X":
    the compound of a kind after an article, no name after it, is that firm, not the page's other bank."""
    if not heads:
        return []
    toks = a.tokens
    return [Mention(heads[t.text], toks[k - 1].start, t.end, t.possessive) for k, t in enumerate(toks[1:], 1)
            if t.text in heads and toks[k - 1].low in lex.determiners
            and not (k + 1 < len(toks) and toks[k + 1].text[:1].isupper())
            and not any(m.start <= t.start < m.end for m in ms)]


NAME_NOUN = 5  # letters a description's noun and the word of a name it stands for hold at least ("the bakery")
NOUN_STEM = 5  # letters a noun shares at least with the start of a word of a name it is a form of ("bakery" / "Bakers")
NOUN_ENDING = 3  # letters after that shared start the noun holds at most ("papetier" / "Papeteries")
NAME_ENDING = 5  # letters after it the word of the name holds at most


def _name_nouns(names: set[str], lex: Lexicon) -> dict[str, str]:
    """The first and last words, lowercase, of the page's firm names of several words ("bakers" of "Tamsin Bakers",
    "kornmühle" of "Kornmühle Brandt"), no function word nor a noun that says no more than "a firm", each held by
    one name."""
    by_word: dict[str, set[str]] = {}
    for n in names:
        words = n.split()
        if len(words) < 2 or organisations.is_institution(n, lex):
            continue
        for low in (words[0].lower(), words[-1].lower()):  # its noun ends or opens it, not "Plataforma de Contratación"
            if len(low) >= NAME_NOUN and low.isalpha() and low not in lex.stopwords and (
                    low not in lex.plain_descriptors):
                by_word.setdefault(low, set()).add(n)
    return {w: ns.pop() for w, ns in by_word.items() if len(ns) == 1}


def _word_of_name(noun: str, word: str) -> bool:
    """Whether a description's noun ends a longer word of a name ("Mühle" of "Kornmühle", "eléctrica" of
    "Hidroeléctrica"); not the word itself: a firm only named with the noun ("Constructora X") may be another
    builder than the one the page described."""
    return word.endswith(noun) and len(word) >= len(noun) + kinds.COMPOUND_HEAD


def _plural_of(noun: str, word: str) -> bool:
    """Whether a word of a name is the plural of a description's noun ("Chantiers de l'Estuaire" / "le chantier",
    "Bodegas Ardanza" / "la bodega"): a name in the plural tells the trade of the firm, which its singular stands
    for, unlike a name that holds the noun itself ("Constructora X" may be another builder)."""
    return any(word == plural or word.endswith(plural) and len(word) >= len(plural) + kinds.COMPOUND_HEAD
               for plural in (noun + "s", noun + "x", noun + "es"))  # "Tamsin Shipyards" / "the yard"


def _form_of_name(noun: str, word: str) -> bool:
    """Whether a description's noun is another form of a word of a name, each with its own ending after a shared
    start ("bakery" / "Bakers", "papetier" / "Papeteries", "conservera" / "Conservas"), not the word itself nor
    its start ("the joint venture" / "Joint"); where nouns are compounds, two share their first part ("der Stadtrat"
    / "Stadtwerke"), so the caller asks elsewhere only."""
    shared = len(os.path.commonprefix([noun, word]))
    return shared >= NOUN_STEM and 0 < len(noun) - shared <= NOUN_ENDING and 0 < len(word) - shared <= NAME_ENDING


def _introducing_nouns(analyses: list[organisations.Analysis], lex: Lexicon) -> dict[str, set[str]]:
    """The lowercase words the page writes right before a capitalised one, or before the adjectives that follow a
    noun there ("la hotelera Soleria", "la hotelera mallorquina Soleria"), each with the capitalised words it stands
    before: a noun the page calls a firm by where it names it, which the kinds it gives that firm resolve
    (`kinds.told`)."""
    reach = AROUND if lex.adjectives_follow else 1
    out: dict[str, set[str]] = {}
    for a in analyses:
        toks = a.tokens
        for k, t in enumerate(toks):
            if not t.text.islower() or t.low in lex.stopwords:
                continue
            for nxt in toks[k + 1:k + 1 + reach]:
                if nxt.text[:1].isupper():
                    if not any(c in ",;:()" for c in a.sentence[t.end - a.offset:nxt.start - a.offset]):
                        out.setdefault(t.low, set()).add(nxt.text)
                    break
                if nxt.low in lex.stopwords:
                    break
    return out


def _name_noun_descriptions(a: organisations.Analysis, ms: list[Mention], nouns: dict[str, str],
                            lex: Lexicon, introducing: dict[str, set[str]], by_noun: dict[int, str]) -> list[Mention]:
    """ "Tamsin Bakers ... The bakery has supplied Y since 2018", "Kornmühle Brandt ... von der Mühle", "Hidroeléctrica
    del Tera ... la eléctrica": a description whose noun is a word of one firm's name, or its ending (a description
    the sentence reads already: noted in `by_noun` for `_named_by_noun`), or another form of it (a noun right after a
    definite article, no name or complement after it: a mention of the firm) stands for that firm, not for the firm
    named last; not a noun the page puts before a name (`introducing`: "la hotelera X" tells which firm it is)."""
    toks = a.tokens
    out = []
    for k, t in enumerate(toks[1:], 1):
        article = toks[k - 1].low
        if article not in lex.definite_articles and article not in lex.contracted_articles or (
                len(t.low) < NAME_NOUN or _introduces_another(t.low, introducing, nouns)):
            continue  # "la bodega", "du chantier", "de la bodega", "al grupo"
        read = next((m for m in ms if m.start <= t.start < m.end), None)
        if read is not None and not (read.anaphor and read.end == t.end and not (
                read.pair or read.public or read.pronoun or read.first_person)):
            continue  # a name, or a description of another kind ("the ministry")
        held = {n for w, n in nouns.items() if _word_of_name(t.low, w) or _plural_of(t.low, w)} if (
            read is not None) else set()
        if not held and not lex.compound_nouns and read is None and _bare_noun(a, k, lex) and not (
                organisations.is_descriptor(t.text, lex) or lex.trigger_re.match(a.sentence, t.start - a.offset)):
            held = {n for w, n in nouns.items() if _form_of_name(t.low, w) or _plural_of(t.low, w)}
        if held & {m.name for m in ms if not m.anaphor}:
            continue  # "La hotelera vendió su hotel a Soleria Hoteles": another firm than the one its sentence names
        if len(held) == 1 and read is not None:
            by_noun[read.start] = held.pop()
        elif len(held) == 1:
            out.append(Mention(held.pop(), toks[k - 1].start, t.end, t.possessive))
    return sorted(ms + out, key=lambda m: m.start) if out else ms


def _introduces_another(noun: str, introducing: dict[str, set[str]], nouns: dict[str, str]) -> bool:
    """Whether the page puts a noun before a name that is not the one firm's whose name holds the noun ("la hotelera
    Soleria" tells which hotelier it is); "le chantier Kervadec" beside "Chantiers Kervadec" names that very firm, so
    "du chantier" still stands for it."""
    if noun not in introducing:
        return False
    held = {n for w, n in nouns.items() if _word_of_name(noun, w) or _plural_of(noun, w)}
    return len(held) != 1 or not introducing[noun] <= set(next(iter(held)).split())


def _named_by_noun(text: str, description: Mention, by_noun: dict[int, str], lex: Lexicon,
                   kinds_of: Callable[[str], set[str]]) -> str | None:
    """The firm a description stands for: the firm whose name holds its noun (`by_noun`), where the discourse
    resolved it to none or to a firm the page gave no kind (the kinds decide between firms the page described)."""
    noun = by_noun.get(description.start)
    if noun is None or description.name == noun or (description.name and kinds_of(description.name)):
        return description.name
    return noun


def _bare_noun(a: organisations.Analysis, k: int, lex: Lexicon) -> bool:
    """Whether the word at k is a noun alone after its article: lowercase where only names are, no capitalised word
    right after it ("die Bäckereikette Kranz": it introduces a name) nor a complement ("la construcción de 14
    kilómetros")."""
    t = a.tokens[k]
    nxt = a.tokens[k + 1] if k + 1 < len(a.tokens) else None
    after = a.tokens[k + 2] if k + 2 < len(a.tokens) else None
    if not (t.text.islower() or lex.compound_nouns) or nxt is None:
        return nxt is None and t.text.islower()
    gap = a.sentence[t.end - a.offset:nxt.start - a.offset]
    if nxt.text[:1].isupper() and gap == " ":
        return False
    complement = after is None or not after.text[:1].isupper()  # "de 14 kilómetros", not "de Boiro"
    return not (nxt.low in lex.markers.get("patient", ()) and gap == " " and complement)


def _reported_short_forms(a: organisations.Analysis, ms: list[Mention], heads: set[str], lex: Lexicon) -> list[Mention]:
    """ "People familiar with the matter said Marlow has held talks": the short form of a firm the page named in
    full, alone right after a speech verb and before a lowercase verb, is that firm, no person speaking (whose
    names the page gave in full)."""
    toks = a.tokens
    return [Mention(t.text, t.start, t.end, t.possessive) for k, t in enumerate(toks[1:-1], 1)
            if t.text in heads and toks[k - 1].low in lex.speech_verbs and toks[k + 1].text.islower()
            and a.sentence[t.end - a.offset:toks[k + 1].start - a.offset] == " "
            and not any(m.start <= t.start < m.end for m in ms)]


def _split_joined_names(ms: list[Mention], named: set[str]) -> list[Mention]:
    """ "Clinova-Biolis : l'Autorité bloque le rachat": a hyphen joining two names the page also gives apart is
    two firms (a headline's shorthand for their deal), not one firm's name; not the short form of a longer name
    the page gives ("Hitachi-Alstom" of "Hitachi-Alstom High Speed", their joint venture)."""
    out = []
    for m in ms:
        parts = m.name.split("-") if m.name and not m.anaphor and " " not in m.name else []
        if len(parts) == 2 and all(p in named for p in parts) and not any(
                n.startswith(f"{m.name} ") for n in named):
            cut = m.start + len(parts[0])
            out += [Mention(parts[0], m.start, cut, initial=m.initial), Mention(parts[1], cut + 1, m.end)]
        else:
            out.append(m)
    return out


def _genitive_s(m: Mention, text: str, confirmed: set[str]) -> Mention:
    """ "Velmars Übernahme von Ostwerk" where the page names "die Velmar Gruppe": a confirmed name with a
    genitive "-s", right before the capitalised noun it owns, is that firm (as possessive as "Velmar's")."""
    name = m.name or ""
    if m.anaphor or name in confirmed or not name.endswith("s") or " " in name or name[:-1] not in confirmed or not (
            text[m.end:m.end + 1] == " " and text[m.end + 1:m.end + 2].isupper()):
        return m
    m.name, m.possessive = name[:-1], True
    return m


def _goods_after_subject(m: Mention, text: str, confirmed: set[str], lex: Lexicon) -> Mention:
    """ "Seit Jahren liefert Wendel Containerbrücken an Y", "transportiert Hartmann Material für die Bundeswehr": where
    every noun is capitalised, a firm the page names elsewhere ("Wendel", "die Wendel Hebetechnik") inverted right
    after its verb runs into the verb's object, a noun of the language; named so only once, the two words are that
    firm and its goods, not a firm's name (not one with a firm's word: "Wendel Logistik")."""
    name = m.name or ""
    words = name.split()
    before = text[max(0, m.start - AUXILIARY_REACH):m.start].split()
    if (m.anaphor or m.introduced or m.governed or m.initial or not lex.compound_nouns or len(words) != 2
            or not _plain(name) or text.count(name) != 1 or not before or not before[-1].isalpha()
            or not before[-1].islower() or before[-1] in lex.stopwords or is_article(before[-1], lex)
            or before[-1].endswith(lex.adjective_endings)):  # an adjective, no verb ("die kleinere Raiffeisenbank X")
        return m
    head, tail = words
    low = tail.lower()
    if low in lex.firm_name_words or not (known_word(tail, lex) or low.endswith(lex.plain_noun_endings)):
        return m
    longer = [n for n in confirmed if n.startswith(f"{head} ") and n != name]
    firm = head if head in confirmed else longer[0] if len(longer) == 1 else None
    if firm is None:
        return m
    m.name, m.end = firm, m.start + len(head)
    return m


def _hyphen_owner(m: Mention, confirmed: set[str], lex: Lexicon) -> Mention:
    """ "Am Brenner-Stand machte ein Gerücht die Runde", "die Lumatec-Zentrale": where nouns are compounds, a confirmed
    name (or the first word of one) joined by a hyphen to a frequent noun of the language names a thing of that firm
    (its booth, its seat), so the mention is the firm's, as possessive as "Brenners Stand"."""
    name = m.name or ""
    head, _, tail = name.rpartition("-")
    if (m.anaphor or not lex.compound_nouns or " " in name or not _plain(tail) or not common_word(tail, lex)
            or not (head in confirmed or any(n.startswith(f"{head} ") for n in confirmed))):
        return m  # "Velmora" named alone or opening a longer name ("die Velmora Antriebstechnik GmbH")
    m.name, m.possessive = head, True
    return m


def _plain(name: str) -> bool:
    """Ordinary capitalised words only ("Wabco", "Finanzieren"), as opposed to "SAP", "BioNTech", "O2"."""
    return all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in name.split())


def _confirmed(found: list[list[Mention]], lex: Lexicon, text: str, cues: list[triggers.TriggerMatch]) -> set[str]:
    """Names that behave like organisations on this page: a plain word must also occur inside a
    sentence twice where every noun is capitalised (not only as a sentence's first word), unless it
    follows a descriptor ("der US-Zulieferer TRW"), carries a legal suffix, opens its sentence as the
    subject of a deal verb ("Lumatec übernimmt", where a common noun would take an article) or is the bare
    object right after one ("übernimmt Nordwerk", not "übernimmt Verantwortung"). A word that ends like a noun
    ("Kranzhofer") in such a place is a name where the page names it once more and it is no frequent word."""
    verbs = [t for t in cues if text[t.start].islower() or _noun_with_participle(text, t.end)]
    starts, ends = {t.start for t in verbs}, {t.end for t in verbs}
    nouns = {t.start for t in cues}
    inside: Counter[str] = Counter()
    total: Counter[str] = Counter()
    introduced: set[str] = set()
    bare: Counter[str] = Counter()  # "Bayer zahlt": opens a sentence with no article
    counted: Counter[str] = Counter()  # "eine Notlösung": after an indefinite article
    dealt: set[str] = set()  # in a deal cue's subject or object place, though ending like a noun
    openers: set[str] = set()  # words that open their sentence with nothing but their place to make them names
    counting_openers: set[str] = set()  # such words right before an indefinite article ("Tenían una alianza")
    for ms in found:
        for m in ms:
            if m.anaphor or not m.name:
                continue
            total[m.name] += 1
            if _bare_opener(m, text, lex):
                openers.add(m.name)
                if _before_indefinite(m, text, lex) or sentences.opens_a_turn(text, m.start, lex):
                    counting_openers.add(m.name)
            inside[m.name] += not m.initial
            common = m.name.lower().endswith(lex.noun_endings)
            bare[m.name] += _bare_subject(m, text)
            counted[m.name] += _after_indefinite(m, text, lex)
            if m.introduced or m.governed and not common or _around_deal_verb(m, text, starts, ends, lex, common) or (
                    _price_moved(m, text, lex) or _listed_bracket(m, text, lex)) or (
                    _plans_a_deal(m, text, nouns, lex)) or (
                    not common and _relative_subject(m, text, starts, lex)) or _owns_the_cue(m, text, nouns, lex) or (
                    not common and organisations.after_members(text, m.start, lex)) or (
                    not common and _apposed_description(m, text, lex)):
                introduced.add(m.name)  # "an die Swisscom", but not "in die Bankenlandschaft"
            elif common and _around_deal_verb(m, text, starts, ends, lex, False):
                dealt.add(m.name)  # "hatte Kranzhofer ... abgekauft": a noun's ending, a party's place
                if _inverted_subject(m, text, lex) and not common_word(m.name, lex):
                    introduced.add(m.name)  # "Im März hat Velmar den Rivalen Ostwerk übernommen"
            elif _inverted_deal_subject(m, text, nouns, lex):  # "Mit X hat Quickmed zudem einen Rahmenvertrag
                (dealt if common else introduced).add(m.name)  # geschlossen"; a noun's ending ("Kabelon") needs twice
    if lex.compound_nouns:  # two capitalised words in a row are rarely ordinary nouns ("Alpha Stahl")
        confirmed = {n for n in total if not _plain(n) or n in introduced or inside[n] >= (1 if " " in n else 2)
                     or inside[n] and n.lower() in lex.named_bodies}  # "die Bundeswehr": one body's word
        confirmed -= {n for n in confirmed if _noun_phrase(n, lex)}
    else:  # a capitalised first word ("Analysts", "Fin") is a name when it recurs or has company
        confirmed = {n for n in total if not _plain(n) or n in introduced or inside[n] or total[n] >= 2 or " " in n
                     or n.lower() in lex.public_heads}  # "L'Agence des achats de défense a notifié": a body's head
    confirmed |= {n for n in dealt if total[n] >= 2 and _plain(n) and " " not in n and not common_word(n, lex)}
    confirmed -= {n for n in confirmed if _common_noun(n, introduced, inside, bare, lex)
                  or counted[n] and " " not in n and _plain(n) and n not in introduced
                  or n in openers and total[n] == 1 and (very_common_word(n, lex) or n in counting_openers
                                                         and common_word(n, lex))}
    parts = {w for n in confirmed if " " in n for w in n.split()}  # "Fosun" of "Shanghai Fosun Pharmaceutical"
    return confirmed | (set(total) & parts)


def _bare_opener(m: Mention, text: str, lex: Lexicon) -> bool:
    """A lone plain word that opens its sentence, with no descriptor, suffix or governing word to make it a name
    and no share price moving after it ("Asked about acquisitions, the CEO said ...", "¿Hubo conversaciones?",
    "Où en est votre entrée au capital ?"): where the page names it nowhere else and it is an everyday word of the
    language, it is that word (a participle, a verb, a question word), not a firm opening a deal's sentence."""
    return (m.initial and not m.introduced and not m.governed and _plain(m.name) and " " not in m.name
            and not _price_moved(m, text, lex))


def _before_indefinite(m: Mention, text: str, lex: Lexicon) -> bool:
    """Whether an indefinite article follows the word right away ("Tenían una alianza con X", "Hatten Sie eine
    Partnerschaft"): a verb with its object, where a firm opening its sentence is followed by its verb."""
    word = _WORD.match(text, m.end + 1) if text[m.end:m.end + 1] == " " else None
    return word is not None and indefinite_article(word.group(), lex)


def _price_moved(m: Mention, text: str, lex: Lexicon) -> bool:
    """A name that opens its sentence right before a share price's move ("Lumatec rose 5% after ...",
    "Constructora Altea subió un 2,3%"): a market report's firm, whose shares moved, named as the subject."""
    return m.initial and text[m.end:m.end + 1] == " " and bool(lex.price_move_re.match(text, m.end + 1))


def _listed_bracket(m: Mention, text: str, lex: Lexicon) -> bool:
    """A name right before a bracket only a listed firm gets ("Naviclair (+4,2 %) a décroché", "Tessane (WKN 123456)
    übernimmt"): a market report's firm, though the bracket keeps it from the deal verb that would confirm it."""
    return bool(lex.listed_bracket_re.match(text, m.end))


def _bare_subject(m: Mention, text: str) -> bool:
    """A word that opens its sentence with no article, a lowercase verb after it ("Bayer zahlt", "Bayer rechnet"):
    how a firm is named, where a common noun takes an article ("Die Insel ist")."""
    return m.initial and text[m.end:m.end + 1] == " " and text[m.end + 1:m.end + 2].islower()


def _after_indefinite(m: Mention, text: str, lex: Lexicon) -> bool:
    """Whether an indefinite article stands right before the word ("eine Notlösung", "une Solution"): a thing
    counted, never how a firm is named."""
    words = text[max(0, m.start - 8):m.start].split()
    return text[m.start - 1:m.start] == " " and bool(words) and words[-1].lower() in lex.indefinite_articles


def _common_noun(name: str, introduced: set[str], inside: Counter[str], bare: Counter[str], lex: Lexicon) -> bool:
    """A lone frequent word of the language ("Eigenständigkeit", "Übernahmen", "Prix" opening a sentence) the page
    gives no evidence for as a name: no suffix, descriptor or deal verb around it, never twice the bare subject of
    a sentence, and, where only names are capitalised inside a sentence, never written so there. A public body
    ("Bundeswehr") is known by the language file. Where every noun is capitalised, a rarer noun of the language
    ("die Sensoren", "technische Folien") is no name on such a page either, unless it is a kind of firm ("die
    Stadtwerke"): that stands for the firm of that kind the page names."""
    return (" " not in name and _plain(name) and name not in introduced and bare[name] < 2
            and not (inside[name] and not lex.compound_nouns)
            and (common_word(name, lex) or lex.compound_nouns and known_word(name, lex)
                 and name.lower() not in lex.kinds)
            and not organisations.is_institution(name, lex))


_WORD = re.compile(r"[\w'’-]+")
# a word of a clause, a figure with its separators one word ("9,8 Prozent", "1.300 Stellen"): its comma closes no clause
_CLAUSE_WORD = re.compile(r"\d+(?:[.,]\d+)+|[\w'’-]+")
_DAY = re.compile(r" \d{1,2}(?:er)?\.? (\w+)")  # the day and month after an article ("le 5 mars", "le 1er mars")
AUXILIARIES = 3  # lowercase words allowed between a subject and its deal verb ("has agreed to buy")
AUXILIARY_REACH = 40  # characters before a bare object in which its perfect auxiliary stands
APPOSED_REACH = 80  # characters after a sentence's first word and its comma in which its apposition closes
APPOSED_WORDS = 4  # words of that description searched for its noun ("der Münchner Robotik-Spezialist")
RELATIVE_VERB_REACH = 40  # characters after a relative pronoun in which its deal verb stands ("which has also bought")
PERFECT_WORDS = 10  # words from a perfect auxiliary to the deal verb that closes its clause ("hat ... übernommen")
PERFECT_OPENING = 5  # words from a perfect auxiliary to its object ("hatte bereits 2022 die niederländische X")
CLAUSE_WORDS = 14  # words from a perfect auxiliary after a sentence's subject to the verb that closes the clause
APPOSITION = 80  # characters of an apposition between a subject and its verb (", une biotech genevoise,")


def _deal_verb_after(text: str, end: int, verbs: set[int], lex: Lexicon) -> bool:
    """Whether a lowercase deal verb (one of the cue starts `verbs`) follows a name, maybe after its
    auxiliaries ("Lumatec fusioniert mit", "Lumatec has agreed to buy"): the subject of a deal. Where the
    finite verb comes second, right after it: "Schon heute liefert X" opens with an adverb. A verb may take
    the deal as its object, after a definite article or a possessive ("Kerval a finalisé le rachat de",
    "Aéris annonce l'acquisition de", "Siltek renonce à son introduction en Bourse"), and an apposition may
    stand between ("Helvagen, une biotech genevoise, lève")."""
    end = _past_apposition(text, end)
    for step in range(1 if lex.verb_second else AUXILIARIES + 1):
        end = _past_weekday(text, end, verbs, lex)
        if text[end:end + 1] != " " or not text[end + 1:end + 2].islower():
            return False
        if end + 1 in verbs:
            return True
        word = _WORD.match(text, end + 1)
        elided = lex.elision.match(word.group())
        article = elided.group()[:-1] + "'" if elided else word.group()
        day = _DAY.match(text, word.end())
        if day and day.group(1).lower() in lex.months:
            end = day.end()  # "a annoncé le 5 mars l'acquisition de": a date between the verb and its object
            continue
        if article.lower() in lex.definite_articles:
            noun = word.start() + elided.end() if elided else word.end() + 1
            return step > 0 and noun in verbs  # "Until now its biggest purchase": a noun phrase, no verb group
        if word.group().lower() in lex.determiners:
            return step > 0 and any(word.start() < v and lex.possessive_cue_re.match(text, word.start(), v)
                                    for v in verbs)
        end = word.end()
    return False


_WEEKDAY = re.compile(r" (?:(?-i:[^\W\d_A-Z])+ )?(\w+)")  # a weekday, maybe after a preposition ("on Thursday")


def _past_weekday(text: str, end: int, verbs: set[int], lex: Lexicon) -> int:
    """The end of a weekday told between a subject's verb and the rest of its clause ("X said on Thursday it had
    closed", "X said Monday it would buy"): a capitalised day there is no name that ends the verb group. Not one
    after the deal verb itself ("a attribué mardi à Y"), which the verb group must still reach."""
    day = _WEEKDAY.match(text, end)
    if day is None or end + 1 in verbs or not day.group(1)[:1].isupper():
        return end
    return day.end() if day.group(1).lower() in lex.weekdays else end


def _relative_subject(m: Mention, text: str, verb_starts: set[int], lex: Lexicon) -> bool:
    """Whether a word opening its sentence is the antecedent of a relative clause whose verb is a deal cue ("Unilever,
    which has bought packs from X under a supply agreement since 2019, ..."): a firm told in passing, where a common
    noun would take an article (and the page never writes the word in lowercase). Not where a relative clause puts its
    verb last (`verb_second`): a cue right after the pronoun there is no verb ("Nordwerk, das an der Börse notiert
    ist")."""
    relative = lex.relative_re.match(text, m.end) if m.initial and not lex.verb_second else None
    if relative is None or _written_lowercase(text, m.name):
        return False
    words = list(_WORD.finditer(text, relative.end(), relative.end() + RELATIVE_VERB_REACH))
    return any(w.start() in verb_starts for w in words[:3])


def _apposed_description(m: Mention, text: str, lex: Lexicon) -> bool:
    """Whether a word opening its sentence is set off by a comma before a description of a firm ("+ Greifwerk,
    Münchner Spezialist für Greifroboter, hat ...", "Greifwerk, a Munich-based maker of robots, has ..."): a digest's
    item names its firm so, where a common noun would take an article (and the page never writes it in lowercase)."""
    if not m.initial or text[m.end:m.end + 2] != ", " or _written_lowercase(text, m.name):
        return False
    close = text.find(",", m.end + 2, m.end + 2 + APPOSED_REACH)  # set off on both sides, not the clause's subject
    if close < 0 or any(c in text[m.end + 2:close] for c in ".;:"):  # ("Paralelamente, la compañía ha cerrado")
        return False
    return any(organisations.is_descriptor(w.strip("()"), lex) for w in text[m.end + 2:close].split()[:APPOSED_WORDS])


def _plans_a_deal(m: Mention, text: str, cue_starts: set[int], lex: Lexicon) -> bool:
    """Whether a name stands between a lowercase verb and an indefinite article before a deal cue: opening its
    sentence before the verb ("Calder prüft eine Übernahme von Verano", "Kerval étudie un rachat de") or right
    after it, inverted ("Laut Insidern erwägt Brennwald eine Übernahme"): the subject of a deal it plans, where a
    common noun would take an article itself (and the page never writes the word in lowercase)."""
    if _written_lowercase(text, m.name):
        return False
    if m.initial:
        verb = _WORD.match(text, m.end + 1) if text[m.end:m.end + 1] == " " else None
        return (verb is not None and verb.group().islower() and text[verb.end():verb.end() + 1] == " "
                and _indefinite_cue(text, verb.end() + 1, cue_starts, lex))
    before = text[max(0, m.start - AUXILIARY_REACH):m.start]
    verb = before.split()[-1] if before.endswith(" ") and before.split() else ""
    return (verb.isalpha() and verb.islower() and verb not in lex.stopwords and text[m.end:m.end + 1] == " "
            and _indefinite_cue(text, m.end + 1, cue_starts, lex))


def _owns_the_cue(m: Mention, text: str, cue_starts: set[int], lex: Lexicon) -> bool:
    """Whether a word opening its sentence is followed by a lowercase verb and a possessive determiner that leads
    right into a deal cue ("Borgmann hat seinen Anteil an Y aufgestockt", "Borgmann stockt seine Beteiligung an Y
    auf"): the owner of the stake or deal, where a common noun would take an article (and the page never writes the
    word in lowercase)."""
    if not m.initial or text[m.end:m.end + 1] != " " or _written_lowercase(text, m.name):
        return False
    verb = _WORD.match(text, m.end + 1)
    owner = _WORD.match(text, verb.end() + 1) if verb is not None and verb.group().islower() else None
    return (owner is not None and owner.start() == verb.end() + 1 and lex.possessive_re.fullmatch(owner.group())
            is not None and owner.end() + 1 in cue_starts and text[owner.end():owner.end() + 1] == " ")


def _indefinite_cue(text: str, start: int, cue_starts: set[int], lex: Lexicon) -> bool:
    """Whether an indefinite article at `start` leads right into a deal cue ("eine Übernahme", "un rachat"), not one
    of a unit the next words describe ("einen Börsengang der Tochter X": the subject may be its owner)."""
    article = _WORD.match(text, start)
    if article is None or article.start() != start or article.group().lower() not in lex.indefinite_articles or (
            text[article.end():article.end() + 1] != " " or article.end() + 1 not in cue_starts):
        return False
    after = text[_WORD.match(text, article.end() + 1).end():].split()[:2]
    return not (len(after) == 2 and after[0].lower() in lex.determiners and organisations.is_descriptor(after[1], lex))


def _past_apposition(text: str, end: int) -> int:
    """The end of a lowercase apposition set off by commas right after position end (", une biotech
    genevoise,"), else end."""
    if text[end:end + 2] != ", " or not text[end + 2:end + 3].islower():
        return end
    close = text.find(",", end + 2, end + 2 + APPOSITION)
    return close + 1 if close > 0 and "." not in text[end:close] else end


def _around_deal_verb(m: Mention, text: str, starts: set[int], ends: set[int], lex: Lexicon, common: bool) -> bool:
    """The subject that opens a sentence before a deal verb ("Lumatec übernimmt"), or the bare object right
    after one ("übernimmt Nordwerk", not a noun ending such as "Verantwortung")."""
    if m.initial and (_deal_verb_after(text, m.end, starts, lex) or _perfect_subject(m, text, starts, ends, lex)) and (
            not _written_lowercase(text, m.name)):
        return True
    if not common and not m.governed and _perfect_object(m, text, starts, ends, lex):
        return True  # "Lumatec hat Nordwerk übernommen": the bare object before the final verb
    return m.start - 1 in ends and text[m.start - 1] == " " and not common


def _perfect_object(m: Mention, text: str, starts: set[int], ends: set[int], lex: Lexicon) -> bool:
    """Whether a plain word stands right after a perfect auxiliary and its subject pronoun or description ("hat
    Nordwerk", "hat sie Nordwerk"), maybe past adverbs, a year and an article with its adjectives ("hatte bereits
    2022 die niederländische Polytex"), and only lowercase words, figures, months or a sum come between it and a
    deal verb that closes the clause ("... 2019 übernommen.", "... für 380 Mio. Euro übernommen."), any words where
    it follows the auxiliary: the object or the inverted subject of that verb, no common noun."""
    before = text[max(0, m.start - AUXILIARY_REACH):m.start].split()[-PERFECT_OPENING:]
    aux = next((k for k in range(len(before) - 1, -1, -1) if before[k] in lex.perfect_auxiliaries), None)
    if aux is None or not all(w.islower() or w.isdigit() or organisations.is_descriptor(w, lex)
                              for w in before[aux + 1:]):
        return False  # "hat Nordwerk", "hat sie Nordwerk", "hat das Unternehmen Nordwerk"
    # right after the auxiliary, the subject of an inverted clause may stand before the object ("Zuletzt hatte
    # Lumatec die Nordwerk GmbH übernommen")
    return _closing_deal_verb(text, m.end, starts, ends, lex, whole_clause=aux == len(before) - 1)


def _inverted_subject(m: Mention, text: str, lex: Lexicon) -> bool:
    """Whether a word stands right after a perfect auxiliary and right before a definite article that is no
    genitive's connector ("hat Velmar den Rivalen", not "hatte Vorzugsaktien der Nordwerk AG"): a bare word
    there is the inverted subject, where a noun object would take the article itself."""
    before = text[max(0, m.start - AUXILIARY_REACH):m.start].split()
    after = _WORD.match(text, m.end + 1) if text[m.end:m.end + 1] == " " else None
    return (bool(before) and before[-1] in lex.perfect_auxiliaries and after is not None
            and after.group() in lex.definite_articles and after.group() not in lex.connectors)


INVERTED_CUE_REACH = 120  # characters before or after an inverted subject in which its clause's deal cue stands


def _inverted_deal_subject(m: Mention, text: str, cue_starts: set[int], lex: Lexicon) -> bool:
    """Whether a plain word stands right after a perfect auxiliary that does not open its sentence, before a
    lowercase word, with a deal cue in the same sentence ("Mit X hat Quickmed zudem einen Rahmenvertrag
    geschlossen", "Den Auftrag hatte Quellwerk bereits an Y vergeben"): the inverted subject of the deal, where a
    common noun would take an article (no frequent word, never written in lowercase on the page)."""
    before = text[max(0, m.start - AUXILIARY_REACH):m.start]
    words = before.split()
    if (m.initial or not before.endswith(" ") or len(words) < 2 or words[-1] not in lex.perfect_auxiliaries
            or not words[-2][-1:].isalnum() or text[m.end:m.end + 1] != " " or not text[m.end + 1:m.end + 2].islower()
            or common_word(m.name, lex) or _written_lowercase(text, m.name)):
        return False
    opening = max(text.rfind(". ", 0, m.start), text.rfind(": ", 0, m.start), m.start - INVERTED_CUE_REACH)
    closing = [k for k in (text.find(". ", m.end), m.end + INVERTED_CUE_REACH) if k >= 0]
    return any(opening < c < min(closing) and c != m.start for c in cue_starts)


def _perfect_subject(m: Mention, text: str, starts: set[int], ends: set[int], lex: Lexicon) -> bool:
    """Whether a name opening its sentence is followed by a perfect auxiliary whose clause a deal verb closes
    ("Lumatec hat Nordwerk übernommen.", "Rheinauer hatte bereits 2022 die niederländische Polytex für 380 Mio.
    Euro übernommen."): the subject of that deal, where the verb comes last."""
    word = _WORD.match(text, m.end + 1)
    if text[m.end:m.end + 1] != " " or word is None or word.group() not in lex.perfect_auxiliaries:
        return False
    return _closing_deal_verb(text, word.end(), starts, ends, lex, whole_clause=True) or _cued_perfect_clause(
        text, word.end(), starts)


def _cued_perfect_clause(text: str, end: int, starts: set[int]) -> bool:
    """Whether the clause that goes on at position end holds a lowercase deal cue and a lowercase participle closes
    it ("Lumatec hat mit der Nordwerk AG einen Rahmenvertrag geschlossen."): the cue's deal is the subject's."""
    words = list(_CLAUSE_WORD.finditer(text, end))[:CLAUSE_WORDS]
    previous, cued = end, False
    for word in words:
        gap = text[previous:word.start()]
        if gap.strip(" "):
            return False  # a comma or a full stop before the clause closes: another clause
        cued = cued or word.start() in starts
        previous = word.end()
        if text[previous:previous + 1] in ".,;:":
            return cued and word.group().islower() and word.start() not in starts
    return False


def _closing_deal_verb(text: str, end: int, starts: set[int], ends: set[int], lex: Lexicon,
                       whole_clause: bool = False) -> bool:
    """Whether a deal verb closes the clause that goes on at position end, with only lowercase words, figures,
    months or a sum between ("2019", "für 380 Mio. Euro"), or over a whole clause any words (its object too: "hat
    Nordwerk ... übernommen"); a comma or a full stop first opens another clause."""
    previous = end
    for word in list(_CLAUSE_WORD.finditer(text, end))[:CLAUSE_WORDS if whole_clause else PERFECT_WORDS]:
        gap = text[previous:word.start()]
        if gap.strip(" ") and not (gap == ". " and text[:previous].rsplit(None, 1)[-1].lower() in lex.abbreviations):
            return False  # a comma or a full stop first: another clause (not the one of "Mio. Euro")
        if word.start() in starts and word.end() in ends:
            return text[word.end():word.end() + 1] in ".,;:" or _noun_with_participle(text, word.end())
        low = word.group().lower()
        if not (word.group().islower() or word.group()[0].isdigit() or low in lex.months or whole_clause
                or low in lex.amounts["currencies"] or low in lex.amounts["scales"]):
            return False
        previous = word.end()
    return False


def _noun_with_participle(text: str, end: int) -> bool:
    """Whether a capitalised deal noun ending at `end` has its clause closed by one lowercase word, the participle
    it takes ("hat mit X eine Kooperation vereinbart.", "hat einen Liefervertrag unterzeichnet,"): a deal verb
    where the verb comes last, as "übernommen" is."""
    word = _WORD.match(text, end + 1)
    return (text[end - 1:end].isalpha() and text[end:end + 1] == " " and word is not None
            and word.group().islower() and text[word.end():word.end() + 1] in ".,;:")


def _written_lowercase(text: str, name: str) -> bool:
    """Whether the page also writes the word in lowercase ("Jetzt übernimmt ..." and "jetzt"): no name."""
    low = name.lower()
    if low == name:
        return False
    start = text.find(low)
    while start != -1:
        end = start + len(low)
        if not _word_char(text[start - 1:start]) and not _word_char(text[end:end + 1]):
            return True
        start = text.find(low, start + 1)
    return False


def _word_char(char: str) -> bool:
    """Whether a one-character string is a word character (a regex's \\w); plain string search is much cheaper than
    a regex built per name."""
    return char.isalnum() or char == "_"


def _noun_phrase(name: str, lex: Lexicon) -> bool:
    """ "Ausstattung der Lehrkräfte", "Bedenken der Kommission", "Veto der Bundesregierung": where nouns are
    capitalised, a common noun and its genitive, not a firm; a noun of any ending before a public body is that
    body's act (but "Ministerium für Schule", "Verband der Autoindustrie" are names)."""
    words = name.split()
    return (len(words) > 2 and words[1] in lex.connectors and words[1].isalpha() and _plain(words[0])
            and not organisations.is_institution(words[0], lex) and (
                words[0].lower().endswith(lex.noun_endings) or organisations.is_institution(words[-1], lex)))


def _listed_with_confirmed(text: str, found: list[list[Mention]], confirmed: set[str], lex: Lexicon) -> set[str]:
    """ "Orange y MásMóvil firmaron ...", "Nordwerk y la tecnológica sevillana Lumatec sellaron ...": a capitalised
    first word joined by "and" to a confirmed name, maybe with its description, is a name too."""
    out = set()
    for ms in found:
        for a, b in zip(ms, ms[1:], strict=False):
            gap = text[a.end:b.start].strip()
            if a.initial and a.name and b.name in confirmed and (
                    lex.conjunction_re.fullmatch(gap + " ") or _described_companion(gap, lex)):
                out.add(a.name)
    return out


COMPANION_WORDS = 4  # words after "and" that describe the firm it joins ("und der Münchner Softwarehersteller")


def _described_companion(gap: str, lex: Lexicon) -> bool:
    """ "and the software maker", "et le fabricant grenoblois": a conjunction, then a short description of the
    firm named after it (a descriptor or a noun of a trade among its words, no punctuation)."""
    words = gap.split()
    return (1 < len(words) <= COMPANION_WORDS + 1 and bool(lex.conjunction_re.fullmatch(words[0] + " "))
            and not any(c in gap for c in ",;:()") and any(
                organisations.is_descriptor(w, lex) or w.lower() in lex.trades for w in words[1:]))


def _short_form(text: str, title: int, names: set[str]) -> str | None:
    """ "sagte Volksbank-Vorstandschef X" on a page that names "die Volksbank Isartal": the first word of one firm's
    name glued to a title is that firm."""
    word = re.search(r"(\w+)-$", text[max(0, title - 40):title])
    heads = {n for n in names if word and n.split()[0] == word.group(1) and n != word.group(1)}
    return next(iter(heads)) if len(heads) == 1 else None


def _spoken_for(text: str, found: list[list[Mention]], sents: list[sentences.Sentence], lex: Lexicon,
                leaders: bool = True, names: frozenset[str] = frozenset()) -> str | None:
    """ "Frau Kessler, Chefin von Lindwerk, ...", "la consejera delegada de Ugarte Metal repasa ...", "Jane Doe,
    Brightwell's chief executive": the first firm these sentences name as the one a speaker heads or speaks for
    (after a leader's title, a few words on in its phrase: "Director Ships Support at DE&S"; or right before it:
    "Brenntal-Chefin"); without `leaders`, after any person's title ("analyst at X"). A "we" stands for it."""
    titles = lex.leader_re if leaders else lex.speaker_re
    for s, ms in zip(sents, found, strict=True):
        for title in titles.finditer(text, s.start, s.end):
            named = [m for m in ms if m.name and not m.anaphor]
            before = next((m for m in named if m.end <= title.start() and text[m.end:title.start()] in (
                "-", " ", "'s ")), None)
            after = [m for m in named if m.start >= title.end() and len(text[title.end():m.start].split()) <= VOICE_GAP
                     and not any(c in text[title.end():m.start] for c in ",;:.\"«»“”„")]
            if before or after:  # the last firm of the title's phrase ("Director of Capital Delivery at X")
                return before.name if before else after[-1].name
            if short := _short_form(text, title.start(), names):
                return short
    return None


def _headline_firm(text: str, found: list[list[Mention]], sents: list[sentences.Sentence],
                   titles: set[int]) -> str | None:
    """ "Jane Doe (Acme): « Nous avons ... »", "Acme's Jane Doe on the takeover talk", "Acme (ACM) Q3 Earnings Call
    Transcript": the firm a headline sets in brackets after a name, or whose possessive goes before a capitalised
    word, is the one the page gives a voice to (an interviewee's, a call's issuer): its "we" is that firm's."""
    for s, ms in zip(sents, found, strict=True):
        if s.paragraph not in titles:
            continue
        for m in ms:
            if m.name and not m.anaphor and (_bracketed_after_name(text, m) or m.possessive and (
                    after := re.match(r"\S*\s+([^\W\d_])", text[m.end:m.end + 40])) and after.group(1).isupper()):
                return m.name
    return None


def _bracketed_after_name(text: str, m: Mention) -> bool:
    """ "Jane Doe (Acme)": a mention set alone in brackets right after a capitalised word, as a headline sets the firm
    of the person it quotes: that firm is the one speaking."""
    before = text[max(0, m.start - 40):m.start]
    return text[m.end:m.end + 1] == ")" and bool(re.search(r"[^\W\d_]\w*\s?\($", before)) \
        and before.rstrip(" (").split()[-1][:1].isupper()


def _site_firm(url: str | None, counts: Counter, lex: Lexicon) -> str | None:
    """ "www.acme-chemie.example/investoren/...": the firm whose name the page's host spells (its leading words run
    together, accents and case aside) publishes the page, a letter to shareholders or a call transcript of its
    own: its "we" is that firm's. A platform's host (`_platform`: "linkedin.example/posts/...") spells the site
    that hosts the writing, never its writer: there the firm a path segment spells ("/posts/acme-chemie_...",
    the poster's handle) says "we"."""
    parts = urlsplit(url) if url else None
    host = (parts.hostname or "") if parts else ""
    labels = [w for w in host.split(".")[:-1] if w != "www"]
    if not labels:
        return None
    segments = [w for segment in parts.path.split("/") for w in segment.split("_") if w]
    if not _platform(labels + segments, lex):
        return _spelled_firm([labels[-1].replace("-", "")], counts)
    # a handle may open with a kind word the page's name leaves out ("grupo-altamira" for "Altamira")
    return _spelled_firm(["".join(words[i:]) for w in segments if (words := w.lower().split("-"))
                          for i in range(len(words))], counts)


def _spelled_firm(spellings: list[str], counts: Counter) -> str | None:
    """The first firm of the page whose leading words, run together, are one of the spellings."""
    for name in counts:
        words = organisations.normalise(name).split()
        if any("".join(words[:k]) in spellings for k in range(1, len(words) + 1)):
            return name
    return None


def _platform(url_words: list[str], lex: Lexicon) -> bool:
    """A host or path word of `platform_marks` ("posts", "forum", "wiki"): the site hosts what others write (a
    social network, a forum, a blog, an encyclopedia), so its own name is no party to what they write."""
    return any(w.lower() in lex.platform_marks for w in url_words)


def _leads(found: list[list[Mention]], firm: str | None) -> bool:
    """Whether a firm is among the first two the page names: a site's own page (a letter, a call) is about the
    firm that publishes it, where a newsletter's writer ("Vamos allá") speaks for a site that reports on others."""
    first: list[str] = []
    for m in (m for ms in found for m in ms if m.name and not m.anaphor):
        if m.name not in first:
            first.append(m.name)
        if len(first) == LEAD_FIRMS:
            break
    return firm is not None and firm in first


def _voices(text: str, found: list[list[Mention]], sents: list[sentences.Sentence], lex: Lexicon,
            counts: Counter, interview: bool = False, headline: str | None = None,
            site: str | None = None) -> tuple[dict[int, str | None], set[str]]:
    """Paragraph -> the firm its "we" stands for: the firm of the speaker the paragraph introduces ('..., Director
    Ships Support at DE&S, said: "... we buy"'), else the firm the headline gives a voice to (`_headline_firm`),
    else the firm the page introduces a leader of (an interview's subject; on an interview whose answers open with
    who speaks, the firm after any person's title: "Martin Keller, Partner bei X"), else the firm whose site
    publishes the page (`_site_firm`), else the firm the page names most (a release's issuer); and the firms named
    as a speaker's."""
    leader = headline or _spoken_for(text, found, sents, lex) or (
        _spoken_for(text, found, sents, lex, leaders=False, names=frozenset(counts)) if interview else None)
    page = leader or site or (counts.most_common(1)[0][0] if counts else None)
    out: dict[int, str | None] = {}
    speakers = {leader} if leader else set()
    by_paragraph: dict[int, list[int]] = {}
    for k, s in enumerate(sents):
        by_paragraph.setdefault(s.paragraph, []).append(k)
    for p, own in sorted(by_paragraph.items()):
        speaker = _spoken_for(text, [found[k] for k in own], [sents[k] for k in own], lex, leaders=False,
                              names=frozenset(counts))
        speakers |= {speaker} if speaker else set()
        out[p] = speaker or page
    return out, speakers


def _public_antecedent(found: list[list[Mention]], i: int, description: Mention, lex: Lexicon) -> str | None:
    """ "the ministry", "le ministère": the last public body named before whose name holds that word
    (a firm is never one); "la collectivité" (`public_nouns`), a word for any public body: the last one named."""
    return _last_named_before(found, i, description, lambda m: (
        description.public in m.name.lower() if description.public not in lex.public_nouns
        else organisations.is_institution(m.name, lex)))


def _last_named_before(found: list[list[Mention]], i: int, description: Mention,
                       fits: Callable[[Mention], bool]) -> str | None:
    """The last firm or body named before a description, in its sentence or the `ANTECEDENT_REACH` before, that
    fits what the description says it is: the one it stands for, as a reader takes it."""
    for j in range(i, max(-1, i - 1 - ANTECEDENT_REACH), -1):
        for m in reversed(found[j]):
            if m.name and not m.anaphor and m.end <= description.start and fits(m):
                return m.name
    return None


NICKNAME_STEM = 4  # letters a nickname keeps at least before its ending ("Rot-Weiß" of "den Rot-Weißen")


def _team_nicknames(names: list[str], lex: Lexicon) -> dict[str, str]:
    """ "Kellerbach hat den Vertrag mit den Rot-Weißen verlängert": a one-word name that is a word of a club's name
    with an ending (`nickname_endings`: "Rot-Weiß" of "SV Rot-Weiß Ettenbach") is that club's nickname, where one
    club of the page (a firm its name gives a kind of `team_kinds`) holds that word."""
    clubs = [n for n in names if kinds.named(n, lex) & lex.team_kinds]
    out = {}
    for name in names:
        if " " in name:
            continue
        stems = {name[:-len(e)] for e in lex.nickname_endings
                 if name.endswith(e) and len(name) - len(e) >= NICKNAME_STEM}
        held = {club for club in clubs if club != name and stems & set(club.split())}
        if len(held) == 1:
            out[name] = held.pop()
    return out


TOWN_REACH = 30  # characters before a name read for a town's noun and its connector ("la mairie de ")


def _town_antecedent(text: str, found: list[list[Mention]], i: int, description: Mention, lex: Lexicon) -> str | None:
    """ "La reprise inquiétait la mairie de Villeurbanne. Depuis 2019, X livre les cantines de la commune": a town's
    description (`town_nouns`) stands for the last town the page named by its government before it, a name opened by
    a town's noun ("la Ville de Castelmaure", "Stadt Ulm") or right after one and a connector ("la mairie de
    Villeurbanne", "the city of Harwick"); else for none (the town may be no party of the page)."""
    return _last_named_before(found, i, description, lambda m: (
        m.name.split()[0].lower() in lex.town_nouns or _after_town_noun(text, m, lex)))


def _after_town_noun(text: str, m: Mention, lex: Lexicon) -> bool:
    """Whether a town's noun and a connector stand right before the name ("la mairie de Villeurbanne", "the city of
    Harwick", "d'Annecy")."""
    words = text[max(0, m.start - TOWN_REACH):m.start].lower().split()
    return len(words) > 1 and words[-1] in lex.connectors and words[-2] in lex.town_nouns


MOVE_REASON_WORDS = 6  # words between a share price's move and the subordinator that gives its reason


def _moved_firm(text: str, ms: list[Mention], description: Mention, lex: Lexicon) -> str | None:
    """ "Nordlicht Energie fielen 4 Prozent, nachdem der Bremer Stromanbieter mitgeteilt hatte, ...", "Shares of X fell
    after the utility said ...": a description right after the subordinator that gives a share price's move its
    reason stands for the firm whose shares moved, named last before it (a market report tells why it moved), not
    for a firm the page tied to its seat or kind."""
    named = [m for m in ms if m.end <= description.start]
    if not named or named[-1].anaphor or not named[-1].name:
        return None
    move = lex.price_move_re.match(text, named[-1].end + 1)
    if move is None:
        return None
    gap = text[move.end():description.start]
    reason = list(lex.subordinator_word_re.finditer(gap))
    if not reason or gap[reason[-1].end():].strip() or len(gap[:reason[-1].start()].split()) > MOVE_REASON_WORDS:
        return None
    return named[-1].name


def _latter_antecedent(found: list[list[Mention]], i: int, latter: Mention, lex: Lexicon) -> str | None:
    """ "... con Y para que esta última se hiciera con ...": the latter is the firm named last before it, in its
    sentence or the one before (no public body)."""
    for j in (i, i - 1):
        named = [m for m in (found[j] if j >= 0 else []) if m.name and not m.pair and (j < i or m.end <= latter.start)
                 and not organisations.is_institution(m.name, lex)]
        if named:
            return named[-1].name
    return None


def _pronoun_antecedent(page_text: str, found: list[list[Mention]], starts: list[int], i: int, pronoun: Mention,
                        lex: Lexicon, counts: Counter) -> str | None:
    """ "..., and in 2021 it completed", "Seit 2019 beliefert sie": a subject pronoun inside a sentence stands
    for the subject of its sentence before it, else for the subject of the sentence before, named or a pronoun
    itself ("Im Mai hat sie X übernommen. 2021 übernahm sie Y"), else for a firm its sentence names before it;
    a chain of descriptions is too weak a guide, so else for the firm the page is about. A sentence before that opens
    with a description standing for no firm read ("The housebuilder, formed by the merger of X and Y, ...") goes on
    from the one before it: X is no subject."""
    said = _speaker(page_text, found[i], starts[i], pronoun, lex) or _opened_topic(
        page_text, found[i], starts[i], pronoun, lex)
    if said is not None:
        return said
    before = i - 2 if i > 1 and _unnamed_subject(page_text, starts[i - 1], found[i - 1], lex) else i - 1
    for j in (i, before):
        previous = starts[j] if j >= 0 else 0
        for m in found[j] if j >= 0 else []:
            if j == i and m.end > pronoun.start:
                break
            # the sentence before's subject, named, a pronoun or a "we" ("„Wir ...“, sagte X-Chef Y. 2024 hatte es")
            said = not m.anaphor or _pronoun(page_text, m, lex) or m.first_person
            if m.name and not m.pair and (j == i or said) and not organisations.is_institution(
                    m.name, lex) and roles.marker(m, previous, page_text, lex) is None:
                return m.name
            previous = m.end
        if j == i and (topic := _topic_before_colon(page_text, found[i], starts[i], pronoun, lex)):
            return topic
    fronted = [m for m in found[i] if m.name and not m.anaphor and m.end <= pronoun.start
               and not organisations.is_institution(m.name, lex)]
    if fronted:  # "Quant à X, il ...", "Für X ist es ...": the firm its sentence opened with is its topic
        return fronted[-1].name
    return counts.most_common(1)[0][0] if counts else None


def _opened_topic(page_text: str, ms: list[Mention], start: int, pronoun: Mention, lex: Lexicon) -> str | None:
    """ "Quant à X, il a annoncé ...", "En cuanto a X, la empresa ...": a sentence that opens by naming its topic has
    that firm for the subject pronoun right after the comma, not the subject of the sentence before."""
    opener = lex.topic_opener_re.match(page_text, start)
    first = next((m for m in ms if m.name and not m.anaphor), None)
    if opener is None or first is None or first.start != opener.end() or first.end > pronoun.start:
        return None
    return first.name if re.fullmatch(r"\s*,\s*", page_text[first.end:pronoun.start]) else None


TOPIC_WORDS = 2  # words before the firm a sentence opens with as its topic ("Für die Genossenschaft ist es ...")


def _topic_before_colon(page_text: str, ms: list[Mention], start: int, pronoun: Mention, lex: Lexicon) -> str | None:
    """ "Für die Genossenschaft ist es der zweite Schritt: 2025 hatte sie ...", "Pour X, c'est le deuxième
    rachat : en 2024, elle avait ...": the one firm a sentence opens with, governed or not, is the topic a pronoun
    after its colon stands for, before the subject of the sentence before."""
    before = [m for m in ms if m.name and m.end <= pronoun.start and not m.pair]
    if not before or {m.name for m in before} != {before[0].name} or organisations.is_institution(
            before[0].name, lex):
        return None
    opening, gap = page_text[start:before[0].start], page_text[before[0].end:pronoun.start]
    if len(opening.split()) > TOPIC_WORDS or not re.search(r"[:;]", gap):
        return None
    return before[0].name


def _defined_term(text: str, sentence_start: int, description: Mention, lex: Lexicon,
                  found: list[list[Mention]]) -> str | None:
    """ "La Sociedad completó en enero la adquisición de Y", "the Group will continue", "la Société": a plain noun
    capitalised inside a sentence, where the language writes nouns in lowercase, is a release's defined term for its
    issuer, the firm the page names first, whatever firm the sentence before names."""
    words = text[description.start:description.end].split()
    noun = words[-1] if words else ""
    opening = not text[sentence_start:description.end - len(noun)].strip()  # "Company shares rose": any noun
    if lex.compound_nouns or opening or not noun[:1].isupper() or noun.lower() not in lex.plain_descriptors:
        return None
    after = text[description.end:description.end + MARKER_REACH].split()[:1]
    if after and (after[0][:1].isupper() or after[0].lower() in lex.markers.get("patient", ()) or re.search(
            r"['’]", after[0])):
        return None  # "la Société d'énergie du Nunavik", "the Company of Merchant Adventurers": a name
    return next((m.name for ms in found for m in ms if m.name and not m.anaphor and not m.pair
                 and not organisations.is_institution(m.name, lex)), None)


def _speaker(page_text: str, mentions: list[Mention], start: int, pronoun: Mention, lex: Lexicon) -> str | None:
    """ "X legte zu, nachdem die Y mitgeteilt hatte, sie wolle Z übernehmen": a subject pronoun right after a verb of
    saying stands for who said it, the firm named last before that verb, not for the firm the sentence opens with."""
    verb = lex.reported_end_re.search(page_text, max(start, pronoun.start - roles.REPORT_REACH), pronoun.start)
    if verb is None:
        return None
    named = [m for m in mentions if m.name and not m.anaphor and m.end <= verb.start()
             and not organisations.is_institution(m.name, lex)]
    return named[-1].name if named else None


def _comma_after_name(gap: str, lex: Lexicon) -> bool:
    """Whether only a comma, maybe after the name's legal suffix ("Rutilia SL, la start-up"), ends a name."""
    return gap.endswith(", ") and all(w.lower().rstrip(".") in lex.legal_suffixes for w in gap[:-2].split())


def _apposed_to_relative(text: str, ms: list[Mention], description: Mention, lex: Lexicon) -> str | None:
    """ "Rutilia SL, la start-up gallega con la que X colabora", "Y, the Leeds start-up with which X works": a
    description right after a name and its comma, before a relative clause, is that name in apposition (the
    clause's subject is another firm; no seat nor kind outweighs the apposition)."""
    before = [m for m in ms if m.end <= description.start]
    if not before or before[-1].anaphor or not before[-1].name:
        return None
    if _comma_after_name(text[before[-1].end:description.start], lex) and _relative_after(text, description.end, lex):
        return before[-1].name
    return None


APPOSED_WORDS = 2  # words of a description in apposition after its noun ("la start-up gallega")


def _apposed_to_object(text: str, ms: list[Mention], description: Mention, lex: Lexicon) -> str | None:
    """ "X has agreed to buy Y, the Leeds haulier owned by the Z family", "X se hace con Y, el fabricante alicantino de
    helados": a description right after a name and its comma, the name following the sentence's own subject (another
    firm named before it), and itself followed by its complement (a preposition or a relative pronoun after at most
    an adjective or two) is that name in apposition, whatever firm the discourse was at; not a reported subject ("X
    bought Y, the company said in a statement": a speech verb first) nor the subject of a main clause after a
    fronted phrase ("After buying Y, the group ...": no firm named before Y)."""
    if description.possessive or description.pronoun:
        return None
    before = [m for m in ms if m.end <= description.start and m.name]
    if len(before) < 2 or before[-1].anaphor or not _comma_after_name(text[before[-1].end:description.start], lex):
        return None
    if not any(not m.anaphor and m.name != before[-1].name for m in before[:-1]):
        return None
    return before[-1].name if _complement_after(text, description.end, lex) else None


def _complement_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a preposition or a relative pronoun follows a description, past an adjective or two and no speech
    verb ("the haulier owned by", "el fabricante alicantino de", "the developer of", "la société qui")."""
    words = text[end:end + 80].lower().replace(",", " ").split()[:APPOSED_WORDS + 1]
    for word in words:
        if word in lex.speech_verbs:
            return False
        if word in roles.marker_words(lex) or lex.relative_word_re.fullmatch(word):
            return True
    return False


def _relative_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a relative clause opens right after a description, past an adjective or two and a preposition
    with its article ("X, la start-up gallega con la que Y colabora", "X, the Leeds start-up with which Y works",
    "X, dem Zulieferer, mit dem"): the description is in apposition to the name before it, not the clause's
    subject."""
    words = text[end:end + 80].lower().replace(",", " ").split()[:APPOSED_WORDS + 4]
    for k, word in enumerate(words[:APPOSED_WORDS + 1]):
        if word in roles.marker_words(lex):
            rest = words[k + 1:]
            if rest and rest[0] in lex.prepositional_relatives:
                return True
            while rest and rest[0] in lex.determiners and not lex.relative_re.match(", " + rest[0]):
                rest = rest[1:]
            return bool(rest) and lex.relative_re.match(", " + rest[0]) is not None
    return False


def _companion(text: str, ms: list[Mention], m: Mention, lex: Lexicon) -> bool:
    """Whether a "with" (no "and") governs a name ("Mit der X aus Hannover arbeitet das Start-up zusammen", "Con la
    alemana X, la empresa gallega ha sellado una alianza"): a firm's partner, never the description of its clause."""
    boundary = max((n.end for n in ms if n.end <= m.start), default=0)
    if roles.marker(m, boundary, text, lex) != "comitative":
        return False
    words = text[max(boundary, m.start - roles.MARKER_WINDOW):m.start].lower().split()
    last = next((w for w in reversed(words) if w in lex.markers["comitative"]), None)
    return last is not None and last not in lex.conjunction_words and last not in lex.between_words


def _relative_between(text: str, m: Mention, anaphor: Mention, lex: Lexicon) -> bool:
    """Whether a description opens a relative clause right after the name it follows ("Vossport, mit dem der Konzern
    seit 2018 zusammenarbeitet", "Y, an der das Unternehmen beteiligt ist", "Y, with which the group works"): the
    clause's subject is another firm than its antecedent."""
    gap = text[m.end:anaphor.start]
    head, comma, tail = gap.partition(",")
    if m.anaphor or not comma or any(w.lower().rstrip(".") not in lex.legal_suffixes for w in head.split()):
        return False  # the name right before the comma ("Voltan SAS, avec qui"), no other phrase
    return _relative_opener(tail.lower().split(), lex)


def _relative_opener(words: list[str], lex: Lexicon) -> bool:
    """Whether the words after a comma open a relative clause, maybe after a preposition and an article ("mit dem",
    "an der", "with which", "con la que", "avec qui"): what follows is the clause's subject."""
    return bool(words) and all(w in roles.marker_words(lex) or w in lex.determiners or w in lex.prepositional_relatives
                               or lex.relative_re.match(", " + w) for w in words) and (
        words[-1] in lex.prepositional_relatives or lex.relative_re.match(", " + words[-1]) is not None)


NOUN_PHRASE_WORDS = 4  # lowercase words between a trade's noun and the name it introduces ("naviera de cruceros X")


def _unnamed_subject(text: str, start: int, ms: list[Mention], lex: Lexicon) -> bool:
    """Whether a sentence opens with a description that stands for no firm read ("La foncière, issue de la fusion
    de X et de Y, gère ...", "The housebuilder, formed by the merger of X and Y, ..."): its subject is a firm of the
    discourse, so the firms its complements name ("de X", "of Y") are not what a later description stands for."""
    words = list(re.finditer(r"\S+", text[start:start + 3 * MARKER_REACH]))[:3]
    first = words[0].group().lower() if words else ""
    noun = lex.elision.sub("", first)  # "L'entreprise": the article and the noun in one word
    if noun == first:
        if first not in lex.definite_articles or len(words) < 2:
            return False
        words = words[1:]
        noun = words[0].group().lower()
    bare = noun.rstrip(",;:")
    if not (bare in lex.trades or organisations.is_descriptor(bare, lex)) or any(
            m.start < start + words[0].end() for m in ms):
        return False  # a description read as a firm is a subject like a name
    if bare != noun:
        return True  # "La foncière, issue de ...": a clause in apposition, no name
    # "Le club a signé ...", not "La PME alsacienne X fabrique" nor "Die IT-Dienstleister X und Y": the name's noun
    if len(words) < 2 or not words[1].group()[:1].islower():
        return False
    if not ms:
        return True
    between = text[start + words[0].end():ms[0].start]  # "La naviera de cruceros fluviales X": the name's noun
    return roles.description_start(text, start, ms[0].start, lex) > start + words[0].start() and (
        len(between.split()) > NOUN_PHRASE_WORDS or bool(re.search(r"[,;:]", between)))


RELATIVE_OPENER_WORDS = 4  # words of a preposition, an article and a relative pronoun before a clause's subject


def _prepositional_relative_subject(text: str, start: int, m: Mention, lex: Lexicon) -> bool:
    """Whether a firm a preposition seems to mark is the subject of a relative clause that the preposition opens
    ("Teil eines Programms, mit dem X Mittel freisetzen will", "un programme avec lequel X", "a plan with which X"):
    it acts in its sentence, no object. Where the relative pronoun is also an article ("mit dem"), only after a
    comma."""
    comma = text.rfind(",", start, m.start)
    words = text[max(start, comma + 1):m.start].lower().split()
    for k in range(max(0, len(words) - RELATIVE_OPENER_WORDS), len(words)):
        if words[k] in roles.marker_words(lex) and _relative_opener(words[k:], lex) and (
                words[-1] not in lex.determiners or comma >= 0 and k == 0):
            return True
    return False


def _pronoun(page_text: str, m: Mention, lex: Lexicon) -> bool:
    """Whether an anaphor is a subject pronoun ("it", "sie", "elle"), not a description."""
    return page_text[m.start:m.end].title() in lex.pronouns


def _fund(name: str, lex: Lexicon) -> bool:
    """Whether a firm's name ends in a word of an investment firm's ("Harbor Capital"): "the startup" in a round's
    sentence ("Harbor Capital led the round, ..., which also led the startup's Series A") is the firm it backs."""
    return name.rpartition(" ")[2].lower() in lex.fund_words


def _joined_round(text: str, start: int, m: Mention, lex: Lexicon) -> bool:
    """Whether a participation cue before a firm in its sentence names it an investor ("Le tour de table est mené par
    X, avec la participation de ses investisseurs historiques Y et Z"): "la jeune pousse" or "la société" after it
    is not Y."""
    return lex.participation_re.search(text, start, m.start) is not None


def _object_of_named(page_text: str, mentions: list[Mention], anaphor: Mention, lex: Lexicon) -> bool:
    """Whether a description stands right after a named firm and an auxiliary of "have" ("X hat das Unternehmen"):
    the object of X's clause, which is never X itself."""
    before = [m for m in mentions if m.end <= anaphor.start]
    words = page_text[before[-1].end:anaphor.start].split() if before else []
    return (bool(before) and not before[-1].anaphor and len(words) == 1
            and words[0].lower() in lex.transitive_auxiliaries)


OBJECT_GAP = 4  # words between a deal cue and the description it takes as its object ("la compra de la empresa")


def _own_object(text: str, start: int, ms: list[Mention], description: Mention, cues: list[triggers.TriggerMatch],
                lex: Lexicon) -> str | None:
    """ "el Grupo X ya negocia la compra de la empresa toledana", "le fonds X avait pris le contrôle de la firme
    bordelaise": the last unmarked firm of the clause before a deal cue whose object the description is, governed a
    few words on ("de", "of"), is the deal's subject; no firm takes itself, so the description stands for another
    firm (not "its rival": a possessive description is the possessor's other; not a unit, which its owner sells:
    "the purchase of the metrology business of Y")."""
    if (lex.possessive_re.match(text, description.start) or roles.marker(description, start, text, lex) != "patient"
            or lex.unit_re.search(text, description.start, description.end)):
        return None
    gaps = [(c, text[c.end:description.start]) for c in cues if c.end <= description.start]
    cue = next((c for c, gap in gaps if len(gap.split()) <= OBJECT_GAP and not re.search(r"[,;:]", gap)), None)
    if cue is None:
        return None
    previous, subject = start, None
    for m in ms:
        if m.end > cue.start:
            break
        if m.name and not m.anaphor and roles.marker(m, previous, text, lex) is None:
            subject = m
        previous = m.end
    return subject.name if subject is not None and _clause_to(text, subject, cue.start, lex) else None


def _object_before(text: str, found: list[list[Mention]], sents: list[sentences.Sentence],
                   cues: list[list[triggers.TriggerMatch]], i: int, subject: str, lex: Lexicon) -> str | None:
    """ "X boucle le rachat de Y. Vendeur, le fonds Z, qui avait pris le contrôle de la firme en 2019", "... and the
    39% of Y that X already owns. X agreed to buy the remaining shares of the broadcaster": a description that is
    the object of another firm's deal goes on from the last firm that the sentence just before (in its paragraph)
    names as an object ("de", "of") after a deal cue, not from that sentence's subject ("X makes pumps in Leeds":
    no deal, no object)."""
    if i == 0 or sents[i - 1].paragraph != sents[i].paragraph or not cues[i - 1]:
        return None
    governed = [m for m in found[i - 1] if m.name and not m.anaphor and m.name != subject
                and m.start >= min(c.end for c in cues[i - 1])
                and not organisations.is_institution(m.name, lex)
                and roles.marker(m, sents[i - 1].start, text, lex) == "patient"]
    return governed[-1].name if governed else None


def _clause_to(text: str, m: Mention, end: int, lex: Lexicon) -> bool:
    """Whether a firm and a later offset stand in one clause: no comma between them, but the one that opens a
    relative clause on the firm ("le fonds X, qui avait pris le contrôle de")."""
    gap = text[m.end:end]
    relative = lex.relative_re.match(gap)
    return not re.search(r"[,;:]", gap[relative.end():] if relative else gap)


def _section_opener(text: str, found: list[list[Mention]], sents: list[sentences.Sentence], i: int,
                    description: Mention, lex: Lexicon) -> str | None:
    """ "... Hollins facturó 2.300 millones. / Venta de concesiones / Para financiar la operación, la compañía vendió
    ...": a description that is the subject of the first sentence below a subheading naming no firm opens a new
    section of the article, about the firm its headline opens on, not about the last firm before the heading."""
    if i < 2 or not subheading(text, sents, i - 1) or found[i - 1]:
        return None
    if any(m.end <= description.start for m in found[i]) or roles.marker(description, sents[i].start, text, lex):
        return None
    first = found[0][0] if found[0] and not found[0][0].anaphor else None
    return first.name if first and roles.marker(first, sents[0].start, text, lex) is None else None


def _antecedent(page_text: str, found: list[list[Mention]], starts: list[int], i: int, anaphor: Mention,
                lex: Lexicon, besides: str | None = None, counts: Counter | None = None) -> str | None:
    """ "the company" refers to the first firm spoken of before it in its sentence, by name or by a pronoun
    ("Last month it signed ..., and Y now holds 9.9% of the company"), else to the subject of the closest
    sentence before: its first firm not governed by a preposition, of two coordinated subjects ("X and Y each own
    half of it. The company is owned by ...") the one the page names most (`counts`) for a plain description that
    opens its sentence as its subject (not "l'acquisition de Y par le groupe canadien"); never to `besides`, the
    subject of the deal whose object it is."""
    # a description of a firm ("la constructora", "the company") never stands for a public body
    # a description that opens the sentence as its subject counts as a firm spoken of ("Le groupe rémois négocie
    # avec X la cession de sa filiale": the group's unit, not X's)
    first = found[i][0] if found[i] else None
    opens = first is anaphor and not _says_more(page_text, anaphor, lex) and roles.marker(
        anaphor, starts[i], page_text, lex) is None and not page_text[starts[i]:anaphor.start].strip(' "“')
    young = lex.young_firm_re.search(page_text, anaphor.start, anaphor.end) is not None
    backed = young or not _says_more(page_text, anaphor, lex)  # "la jeune pousse", "la société": no investor of a round
    subject = first if first is not None and first.anaphor and not (first.pair or first.possessive) and roles.marker(
        first, starts[i], page_text, lex) is None else None
    named = [m for m in found[i] if m.name and m.name != besides and m.end <= anaphor.start and (
        not m.anaphor or m is subject or _pronoun(page_text, m, lex)) and not organisations.is_institution(
        m.name, lex) and not (young and _fund(m.name, lex))]
    if named and not named[-1].anaphor and page_text[named[-1].end:anaphor.start] == ", " and re.match(
            r"(?:\s+[\w'’-]+){0,2},", page_text[anaphor.end:anaphor.end + 60]):
        return named[-1].name  # "X, the Swedish logistics group, ...": in apposition, the name it follows
    # "l'acquisition de X par le groupe": not X; "Aktien von X fielen, nachdem der Konzern": X, whose shares they are
    here = [m for m in named if not (m.governed and anaphor.start - m.end < MARKER_REACH
                                     and not shares_of(page_text, starts[i], m, lex))
            and not _relative_between(page_text, m, anaphor, lex)
            and not _companion(page_text, found[i], m, lex)]
    if here and roles.dative(anaphor, max(m.end for m in found[i] if m.end <= anaphor.start), page_text, lex):
        here = []  # "hatte der Landkreis X dem Unternehmen erteilt": whom the subject gives to is another firm
    if here and _object_of_named(page_text, found[i], anaphor, lex):
        here = []  # "DB InfraGO hat das Unternehmen mit ... beauftragt": the subject's object is another firm
    if named and all(m.governed for m in named) and roles.marker(named[0], starts[i], page_text, lex) == "agent":
        here = []  # "Fondée en 2023 par X, ancien de Y, la société ...": the firm of the sentences before
    for j in range(i - 1, max(-1, i - 1 - ANTECEDENT_REACH), -1):
        if here:
            break
        previous = starts[j]  # no preposition of the sentence before marks its first name
        firms = [m for m in found[j] if m.name and m.name != besides and not m.pair and not m.public
                 and not organisations.is_institution(m.name, lex)  # "the company" is no commission
                 and not (young and _fund(m.name, lex))
                 and not (backed and _joined_round(page_text, starts[j], m, lex))]
        marks = []
        for m in firms:
            marks.append(roles.marker(m, previous, page_text, lex))
            previous = m.end
        # its subject, named or a description or pronoun that stood for a firm ("It reported ... / In 2023 the
        # group paid"), or the firm whose shares a market report names ("Gefragt waren Aktien von X"), whichever
        # comes first; else a firm governed by "of"/"de", never the agent of a passive ("led by X")
        if _unnamed_subject(page_text, starts[j], found[j], lex):
            continue  # its subject a description that stood for no firm read: the firms it names are complements
        here = [m for m, mk in zip(firms, marks, strict=True) if mk is None or shares_of(
            page_text, starts[j], m, lex) or _prepositional_relative_subject(page_text, starts[j], m, lex)] or [
            m for m, mk in zip(firms, marks, strict=True) if mk == "patient" and not m.anaphor
            and not lex.titled_re.search(page_text, max(0, m.start - MARKER_REACH), m.start)]  # "la ministra de X"
        if counts and here and len(firms) >= 2 and here[0] is firms[0] and opens and roles.coordinated(
                firms[1], firms[0], page_text, lex):
            return max(firms[:2], key=lambda m: counts[m.name]).name  # two subjects: the firm the page is about
    return here[0].name if here else None
