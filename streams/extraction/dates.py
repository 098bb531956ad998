"""Date expressions of a sentence, resolved against the publication date ("am Montag", "in 2016")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from streams.extraction.lexicon import Lexicon, alternation, is_article

FUTURE_WINDOW = 30  # characters before a date where "expected", "soll" ... make it a forecast
AHEAD_DAYS = 45  # days after the publication within which a day named without its year is the coming one
DATELINE = 6  # words at most before a day that opens the body: a dateline ("PARIS, le 12 mars -"), "Acme on Monday ..."
# "March 11 (Wire) - ", "12 mars –", "12 de marzo (EFE).-"
_DATELINE_END = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:\.[–—-]\s?|(?:--|[–—-])\s)")
_LINE_YEAR = re.compile(r"\s*((?:19|20)\d{2})\s*(?::|[–—|-])\s")  # a timeline's line: "2021: ...", "2020 — ..."
_YEAR_HEADING = re.compile(r"\s*((?:19|20)\d{2})\s*[:.–—-]?\s*")  # a year on a line of its own ("1999", "2003 :")


@dataclass(frozen=True)
class DateMention:
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    start: int
    end: int
    since: bool = False  # "since 2019": when a standing relationship began, not a development
    counted: bool = False  # "comes six months after X walked away": counted back from the news, dates only what follows

    @property
    def of_a_step(self) -> bool:
        """Whether the date is that of a development itself: neither a start ("since") nor a span counted back."""
        return not (self.since or self.counted)


def heads_dateline(text: str, sentence_start: int, date: DateMention) -> bool:
    """Whether a day is the dateline that heads its sentence ("OSLO, March 11 (Wire) - X agreed ..."): the day the
    wire filed the story, not the day of a deal the sentence dates itself ("..., the group said on Monday")."""
    return len(text[sentence_start:date.start].split()) <= DATELINE and bool(_DATELINE_END.match(text, date.end))


def undatelined(dates: list[DateMention], text: str, sentence_start: int) -> list[DateMention]:
    """The days of a sentence without its dateline when it names another day: that one dates the news."""
    own = [d for d in dates if not heads_dateline(text, sentence_start, d)]
    return own if any(len(d.value) == 10 for d in own) else dates


def year_of_line(opening: str, above: str | None) -> str | None:
    """The year that heads a timeline's line: the paragraph opens with it and a colon or dash ("2021: Im März
    unterzeichnet ...", "2020 — ... abandonné en mai"), or the paragraph above is that year alone (a heading). A
    company history dates each line so; a month or day the line names without its year is one of that year, not
    the last before the page was read."""
    m = _LINE_YEAR.match(opening)
    return m.group(1) if m else year_heading(above) if above is not None else None


def year_heading(line: str) -> str | None:
    """The year a line of nothing else gives ("1986", "2003 :"): a company history or a portrait lists its steps
    under such headings, each step of the paragraphs below taking that year."""
    m = _YEAR_HEADING.fullmatch(line)
    return m.group(1) if m else None


@cache
def _pattern(lex: Lexicon) -> re.Pattern:
    # abbreviations ("jan", "mar") are left out: they collide with ordinary words
    full = [k for k, v in lex.months.items()
            if not any(o != k and o.startswith(k) and lex.months[o] == v for o in lex.months)]
    # ...except before a year, where no word collides: "6 nov 2025", "12 févr. 2024", "Feb 2023"
    short = [k for k in lex.months if k not in full] or ["(?!x)x"]
    if lex.capitalised_months:  # "May" is a month, "may" a verb
        month = "|".join(re.escape(m.title()) for m in sorted(full, key=len, reverse=True))
        abbreviated = "|".join(re.escape(m.title()) for m in sorted(short, key=len, reverse=True))
    else:
        month = f"(?i:{alternation(full, escape=True)})"
        abbreviated = f"(?i:{alternation(short, escape=True)})"
    weekday = alternation(list(lex.weekdays), escape=True)
    relative = alternation(list(lex.relative_days), escape=True)
    day = r"[0-3]?\d"
    joiner = f"(?i:{alternation(list(lex.connectors), escape=True)})"  # "29 de abril de 2020", "autumn of 2018"
    year = r"(?:19|20)\d{2}"
    that_year = f"(?i:{alternation(list(lex.same_year), escape=True)})" if lex.same_year else "(?!x)x"
    that_month = f"(?i:{alternation(list(lex.that_month), escape=True)})" if lex.that_month else "(?!x)x"
    parts = [
        *([_elapsed(lex.elapsed)] if lex.elapsed else []),
        *([_ago(lex.elapsed, lex.ago)] if lex.elapsed and lex.ago else []),
        rf"(?P<iso>{year}-[01]\d-[0-3]\d)",
        rf"(?P<dmy>{day})\.(?P<dmm>[01]?\d)\.(?P<dmyy>{year})",
        rf"(?P<dab>{day})\s+(?P<abbr>{abbreviated})\.?\s+(?P<dabyear>{year})",
        # "walked away in Feb 2023", "a notice sent on Sept. 14, 2023"
        rf"(?P<abm>{abbreviated})\.?\s+(?:(?P<abmday>{day}),?\s+)?(?P<abmyear>{year})",
        rf"(?P<day>{day})(?:{lex.ordinal})?\s+(?:{joiner}\s+)?(?P<month>{month})(?:\s+(?:{joiner}\s+)?(?P<year>{year}))?",
        # not a share after the month ("im Januar 30 Prozent am Logistiker X erworben")
        rf"(?P<month2>{month})\s+(?P<day2>{day})(?![.,]?\d|\s*(?:{lex.percent}))(?:{lex.ordinal})?"
        rf"(?:,?\s+(?P<year2>{year}))?(?!\d)",
        # "en noviembre de ese año", "in November of that year": the month of the year named just before
        # "that September": the month of the year named just before, pointed at
        rf"(?:(?P<thatmonth>{that_month})\s+)?"
        rf"(?P<month3>{month})(?:\s+(?:{joiner}\s+)?(?:(?P<year3>{year})|(?P<thatyear>{that_year})))?",
        rf"(?P<season>(?i:{alternation(list(lex.seasons), escape=True)}))"
        rf"(?:\s+(?:{joiner}\s+)?(?P<year5>{year}))?",
        rf"(?P<relyear>(?i:{alternation(list(lex.relative_years), escape=True)}))",
        rf"(?P<nextyear>(?i:{alternation([*lex.following_year, *lex.same_year, *lex.preceding_year], escape=True)}))",
        rf"(?P<relmonth>(?i:{alternation(list(lex.relative_months), escape=True)}))",
        rf"(?P<relweek>(?i:{alternation(list(lex.relative_weeks), escape=True)}))",
        rf"(?P<year4>{year})(?!\d|[.,]\d|\s*(?:{lex.percent}))",
        rf"(?P<weekday>(?i:{weekday}))\w*",
        rf"(?P<relative>(?i:{relative}))",
    ]
    # one lookbehind before the alternation, not one per alternative: the engine tests it once a position
    lead = rf"(?<![\w-])(?:(?i:{alternation(list(lex.date_prefixes), escape=True)}))?"  # "mid-March", "mi-février"
    return re.compile(lead + "(?:" + "|".join(rf"(?:{p})(?!\w)" if "weekday" not in p else rf"(?:{p})"
                                              for p in parts) + ")")


def _elapsed(words: dict) -> str:
    """ "comes six months after", "llega dos días después de": the news told as a span after an earlier deal."""
    openers, after = alternation(words["openers"], escape=True), alternation(words["after"], escape=True)
    counts, units = alternation(list(words["counts"]), escape=True), alternation(list(words["units"]), escape=True)
    return (rf"(?P<elapsed>(?i:(?:{openers})\s+(?:\w+\s+)?(?P<count>\d{{1,2}}|{counts})\s+(?P<unit>{units})"
            rf"\s+(?:{after})))")


def _ago(words: dict, ago: dict) -> str:
    """ "nine years ago", "vor neun Jahren", "il y a neuf ans", "hace nueve años": a span of months or years counted
    back from the news ("hace dos semanas" fixes no day: an earlier report's rough age, not when the deal was made)."""
    counts = alternation(list(words["counts"]), escape=True)
    units = alternation([w for w, unit in words["units"].items() if unit in ("month", "year")], escape=True)
    before = rf"(?:{alternation(ago['before'], escape=True)})\s+" if ago.get("before") else ""
    after = rf"\s+(?:{alternation(ago['after'], escape=True)})" if ago.get("after") else ""
    return rf"(?P<ago>(?i:{before}(?P<agocount>\d{{1,2}}|{counts})\s+(?P<agounit>{units}){after}))"


def _span_before(count: int, unit: str, anchor: dt.date) -> str:
    """The day, month or year a span of days, weeks, months or years before the anchor: as precise as the span."""
    if unit in ("day", "week"):
        return (anchor - dt.timedelta(days=count * (7 if unit == "week" else 1))).isoformat()
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 - count
        return f"{index // 12}-{index % 12 + 1:02d}"
    return str(anchor.year - count)


def _counted_back(count: str, unit: str, lex: Lexicon, anchor: dt.date) -> str:
    """A span counted back from the news in digits or number words (`elapsed`'s counts and units): the date it
    names, by `_span_before`."""
    count = count.lower()
    return _span_before(int(count) if count.isdigit() else lex.elapsed["counts"][count],
                        lex.elapsed["units"][unit.lower()], anchor)


def _month_before(month: int, anchor: dt.date) -> str:
    """A month named without a year: its most recent occurrence on or before the anchor."""
    year = anchor.year if month <= anchor.month else anchor.year - 1
    return f"{year}-{month:02d}"


def _week(anchor: dt.date, step: int) -> str | None:
    """The month of a week counted from the anchor's (its Monday up to the anchor at most), else its year,
    when all those days share it."""
    monday = anchor - dt.timedelta(days=anchor.weekday() - 7 * step)
    first, last = monday.isoformat(), min(monday + dt.timedelta(days=6), anchor).isoformat()
    for size in (7, 4):
        if first[:size] == last[:size]:
            return first[:size]
    return None


def _day(year: int | None, month: int, day: int, anchor: dt.date) -> str | None:
    """A day; one named without its year is the most recent such day, unless it comes within `AHEAD_DAYS` after
    the anchor: "le 1er octobre" in a September article is the coming one (a forecast), not last year's."""
    if year is None:
        year = anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
        ahead = (dt.date(anchor.year, month, min(day, 28)) - anchor).days
        if 0 < ahead <= AHEAD_DAYS:
            year = anchor.year
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _resolve(m: re.Match, lex: Lexicon, anchor: dt.date, previous_year: str | None,
             line_year: str | None = None) -> str | None:
    g = m.groupdict()
    if line_year and _yearless(m):  # a timeline's "2021: Im März ...": the month of the year heading the line
        return _of_line_year(m, lex, int(line_year), anchor)
    if g.get("elapsed"):  # "comes six months after X walked away": six months before the news
        return _counted_back(g["count"], g["unit"], lex, anchor)
    if g.get("ago"):  # "nine years ago": the year, month or day that span before the news
        return _counted_back(g["agocount"], g["agounit"], lex, anchor)
    if g["nextyear"]:  # "in 2021 ... the following year", "that same year", "the previous year": from the year
        return str(int(previous_year) + _year_step(g["nextyear"].lower(), lex)) if previous_year else None
    if g["iso"]:
        return g["iso"]
    if g["dmy"]:
        return _day(int(g["dmyy"]), int(g["dmm"]), int(g["dmy"]), anchor)
    if g["dab"]:
        return _day(int(g["dabyear"]), lex.months[g["abbr"].lower()], int(g["dab"]), anchor)
    if g["abm"]:
        month = lex.months[g["abm"].lower()]
        year = int(g["abmyear"])
        return _day(year, month, int(g["abmday"]), anchor) if g["abmday"] else f"{year}-{month:02d}"
    if g["month"] or g["month2"]:
        year = g["year"] or g["year2"]
        month = lex.months[(g["month"] or g["month2"]).lower()]
        return _day(int(year) if year else None, month, int(g["day"] or g["day2"]), anchor)
    if g["month3"]:
        month = lex.months[g["month3"].lower()]
        year = g["year3"] or (previous_year if g["thatyear"] or g["thatmonth"] else None)
        return f"{year}-{month:02d}" if year else _month_before(month, anchor)
    if g["season"]:  # a season gives the year only
        if g["year5"]:
            return g["year5"]
        month = lex.seasons[g["season"].lower()]
        return str(anchor.year if month <= anchor.month else anchor.year - 1)
    if g["relyear"]:  # "last year", "el año pasado": a year counted from the publication
        return str(anchor.year + lex.relative_years[g["relyear"].lower()])
    if g["relmonth"]:  # "last month", "le mois dernier": a month counted from the publication
        index = anchor.year * 12 + anchor.month - 1 + lex.relative_months[g["relmonth"].lower()]
        return f"{index // 12}-{index % 12 + 1:02d}"
    if g["relweek"]:  # "last week", "la semaine dernière": as precise as the days of that week agree; "this week",
        # "cette semaine": the news of the page's own week, told on its publication day
        step = lex.relative_weeks[g["relweek"].lower()]
        return _week(anchor, step) if step else anchor.isoformat()
    if g["year4"]:
        return g["year4"]
    if g["weekday"]:
        back = (anchor.weekday() - lex.weekdays[g["weekday"].lower()]) % 7
        return (anchor - dt.timedelta(days=back)).isoformat()
    if g["relative"]:
        return (anchor + dt.timedelta(days=lex.relative_days[g["relative"].lower()])).isoformat()
    return None


def _year_step(words: str, lex: Lexicon) -> int:
    """How many years after the one named before a reference to it points: "the following year" one, "that same
    year" none, "the previous year" one back."""
    return 0 if words in lex.same_year else -1 if words in lex.preceding_year else 1


def _of_line_year(m: re.Match, lex: Lexicon, year: int, anchor: dt.date) -> str | None:
    """A day, month or season named without its year in a line a year heads: of that year, as precise as told."""
    g = m.groupdict()
    if g["season"]:
        return str(year)
    month = lex.months[(g["month"] or g["month2"] or g["month3"]).lower()]
    day = g["day"] or g["day2"]
    return _day(year, month, int(day), anchor) if day else f"{year}-{month:02d}"


def _yearless(m: re.Match) -> bool:
    """A day, month or season named without its year ("in June", "im Herbst", "le 12 mars")."""
    g = m.groupdict()
    return bool(g["month"] and not g["year"] or g["month2"] and not g["year2"]
                or g["month3"] and not (g["year3"] or g["thatyear"] or g["thatmonth"])
                or g["season"] and not g["year5"])


def forecast_after(sentence: str, end: int, lex: Lexicon) -> bool:
    """Whether a forecast word follows a point of a clause where the verbs close the clause ("Der Abschluss wird
    im März erwartet", "..., die im Juni an die Börse gehen soll"): there the forecast comes after the month or
    the cue. The clause ends at a comma, colon, semicolon or a conjunction ("ging im Juni an die Börse und will")."""
    if not lex.verb_second:
        return False
    stop = min((i for i in (sentence.find(c, end) for c in ",;:") if i >= 0), default=len(sentence))
    joined = re.search(rf"\s(?:{alternation(list(lex.conjunction_words), escape=True)})\s", sentence[end:stop],
                       re.IGNORECASE)
    return any(not _attributive(sentence, m.start(), lex)
               for m in lex.future_re.finditer(sentence, end, end + joined.start() if joined else stop))


def _forecast_before(sentence: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a forecast word stands in [start, end) of a sentence that no article makes a noun's attribute ("Die
    geplante Übernahme scheiterte im Juli": a plan of before that failed then, not a forecast of July)."""
    return any(not (_attributive(sentence, m.start(), lex) or _extended_attribute(sentence, m.start(), lex))
               or _after_suffix(sentence, m.start(), lex) for m in lex.future_re.finditer(sentence, start, end))


def _after_suffix(sentence: str, start: int, lex: Lexicon) -> bool:
    """Whether the word before a point is a firm's legal suffix ("Lumatec SA prépare ..."), not an article ("sa")."""
    before = sentence[:start].split()
    return bool(before) and before[-1].lower() in lex.legal_suffixes and before[-1] != before[-1].lower()


ATTRIBUTE_ENDINGS = r"(?:e|en|er|es|em)$"  # the endings of an inflected participle ("geplanten" of "geplant")


def _attributive(sentence: str, start: int, lex: Lexicon) -> bool:
    """Whether a forecast word follows an article or determiner ("hatte im Juni seinen geplanten Börsengang
    abgesagt"): it describes the noun after it, a plan of before, and makes no forecast of the clause."""
    before = sentence[:start].split()
    return bool(before) and is_article(before[-1], lex)


def _extended_attribute(sentence: str, start: int, lex: Lexicon) -> bool:
    """Whether a forecast word is an inflected participle right before a capitalised noun ("Den für das Frühjahr
    geplanten Börsengang sagte X im April ab"): an extended attribute, its article further back; it makes no forecast
    of a date after it (but one inside it is the plan's: "seinen für Dezember geplanten Börsengang")."""
    word = re.match(r"\w+", sentence[start:])
    after = sentence[start + word.end():].split()[:1] if word else []
    stem = word and re.sub(ATTRIBUTE_ENDINGS, "", word.group().lower())
    return bool(lex.compound_nouns and word and after and after[0][:1].isupper() and stem != word.group().lower()
                and "ge" in stem and lex.future_re.fullmatch(stem))


def find(sentence: str, offset: int, lex: Lexicon, anchor: dt.date, year_before: str | None = None,
         line_year: str | None = None) -> list[DateMention]:
    """Past or present dates of a sentence (forecasts and dates after the anchor are left out; starting
    points such as "seit 2018" and spans counted back from the news are marked); `year_before` is the last
    year the text named before it; `line_year` the year that heads its line in a timeline (`year_of_line`)."""
    out: list[DateMention] = []
    for m in _pattern(lex).finditer(sentence):
        value = _resolve(m, lex, anchor, out[-1].value[:4] if out else year_before, line_year)
        if value is None or value > anchor.isoformat() or _price_day(sentence, m, lex):
            continue
        # a forecast word of the date's own clause ("Acme, which will keep the brand, said on Tuesday"); for a
        # month or season with no year, anywhere in its clause: "expects the deal to close in the summer"
        # names the coming summer, not the last one; a colon or semicolon ends a clause too ("Ein Teil soll mit X
        # entstehen: Die beiden Firmen hatten im September vereinbart")
        clause = max(sentence.rfind(c, 0, m.start()) for c in ",;:")
        reach = clause if _yearless(m) else max(clause, m.start() - FUTURE_WINDOW)
        if not _told_as_history(line_year, anchor) and (
                _forecast_before(sentence, max(0, reach), m.start(), lex)
                or _yearless(m) and forecast_after(sentence, m.end(), lex)):
            continue
        before = sentence[max(0, m.start() - FUTURE_WINDOW):m.start()]
        since = bool(lex.since_re.search(sentence, max(0, m.start() - FUTURE_WINDOW), m.start())) or bool(
            m.group("relyear")) and _since_past_article(before, lex, lex.since_re) or bool(
            m.group("season") and not m.group("year5")) and _since_past_article(before, lex, lex.running_since_re)
        out.append(DateMention(value, offset + m.start(), offset + m.end(), since, bool(m.groupdict().get("elapsed"))))
    # a span counted back yields to the date the sentence goes on to name ("comes 18 months after a round in 2024")
    return [d for d in out if not d.counted or not any(o.start > d.end and o.of_a_step for o in out)]


def _price_day(sentence: str, m: re.Match, lex: Lexicon) -> bool:
    """Whether a date is that of a share price ("ein Aufschlag von 27 Prozent auf den Schlusskurs vom Montag", "a
    premium to Monday's closing price"): the price the offer is measured against, not a step of the deal."""
    return bool(lex.price_day_re.search(sentence, max(0, m.start() - FUTURE_WINDOW), m.start())
                or lex.price_day_after_re.match(sentence, m.end()))


def _told_as_history(line_year: str | None, anchor: dt.date) -> bool:
    """Whether a sentence stands in a timeline's line of a year before the page's: its present and its "wird ...
    abgeschlossen" tell what happened then (a history's tense, or the German passive), never a forecast."""
    return line_year is not None and int(line_year) < anchor.year


def _since_past_article(before: str, lex: Lexicon, start: re.Pattern) -> bool:
    """Whether a year counted back from the news follows a start word and its article ("seit dem vergangenen Jahr",
    "desde el año pasado"), or a season with no year a word of a state running since ("seit dem Herbst", not
    "starting in the summer"): when a standing relationship or a running talk began, as "seit 2025" (not "effective
    depuis le 1er juillet", the day a deal took effect)."""
    head, _, last = before.rstrip().rpartition(" ")
    return last.lower() in lex.determiners and start.search(head + " ") is not None
