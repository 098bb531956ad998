"""Assembly: sentence-level deal mentions merged into one event per deal, with amount, date, status,
evidence and a confidence that reflects how much of the event the text states explicitly."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from streams import ids
from streams.extraction import amounts, dates, organisations, roles, sentences, status, triggers
from streams.extraction.lexicon import Lexicon, lexicon
from streams.extraction.organisations import Mention

LOOKAHEAD = 3  # following sentences of a paragraph searched for a deal's amount, date or investors
SINGLE_PARTY_TYPES = {"ipo", "funding_round"}
# types a headline may use for one another ("fusionan" for a joint venture, "alliance" for a supply deal)
KINDRED = {"acquisition": "combine", "merger": "combine", "joint_venture": "combine", "partnership": "cooperate",
           "contract": "cooperate", "investment": "invest", "funding_round": "invest", "ipo": "list"}
VALUED_TYPES = {"acquisition", "merger", "joint_venture"}


@dataclass
class Candidate:
    """One statement of a deal in one sentence."""

    type: str
    parties: list[tuple[str, str]]
    sentence: int
    amount: amounts.Amount | None
    date: str | None
    status: str
    anaphoric: bool
    explicit_date: bool = True
    merged: list[Candidate] = field(default_factory=list)

    @property
    def names(self) -> set[str]:
        return {n for n, _ in self.parties}


@dataclass
class Page:
    text: str
    lex: Lexicon
    anchor: dt.date | None
    sentences: list[sentences.Sentence]
    mentions: list[list[Mention]]
    title_paragraphs: set[int]
    main: str | None  # the organisation the page is about (most mentioned)

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start:s.end]

    def dates(self, i: int) -> list[dates.DateMention]:
        if self.anchor is None:
            return []
        s = self.sentences[i]
        return dates.find(self.sentence_text(i), s.start, self.lex, self.anchor)


def _anchor(clean: dict) -> dt.date | None:
    for value in (clean.get("published"), (clean.get("fetched_at") or "")[:10]):
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            continue
    return None


def read_page(clean: dict) -> Page:
    text = clean.get("text") or ""
    lex = lexicon(clean.get("language") or "en")
    paragraphs = clean.get("paragraphs") or [{"start": 0, "end": len(text), "kind": "paragraph"}]
    sents = sentences.split(text, paragraphs, lex)
    person_words: set[str] = set()
    analyses = [organisations.analyse(text[s.start:s.end], s.start, lex) for s in sents]
    for a in analyses:
        organisations.persons(a, lex, person_words)
    found = [organisations.mentions(a, lex, person_words) for a in analyses]
    confirmed = _confirmed(found, lex)
    found = [sorted([m for m in ms if m.anaphor or m.name in confirmed] + _compound_mentions(a, ms, confirmed),
                    key=lambda m: m.start) for a, ms in zip(analyses, found, strict=True)]
    order: list[str] = []
    for ms in found:
        order.extend(m.name for m in ms if m.name and m.name not in order)
    canon = organisations.canonical_names(order)
    for ms in found:
        for m in ms:
            m.name = canon.get(m.name) if m.name else None
    counts = Counter(m.name for ms in found for m in ms if m.name and not m.anaphor)
    top = [n for n, _ in counts.most_common(2)]
    for i, ms in enumerate(found):
        for m in ms:
            if m.pair:
                m.name = top[0] if len(top) == 2 else None
            elif m.anaphor:
                m.name = _antecedent(text, found, i, m, lex)
        if len(top) == 2:  # "both companies" stands for the page's two most named firms
            ms.extend(Mention(top[1], m.start, m.end, anaphor=True, pair=True) for m in list(ms) if m.pair)
            ms.sort(key=lambda m: m.start)
    titles = {i for i, p in enumerate(paragraphs) if p.get("kind") == "title"}
    main = counts.most_common(1)[0][0] if counts else None
    return Page(text, lex, _anchor(clean), sents, found, titles, main)


def _compound_mentions(a: organisations.Analysis, ms: list[Mention], names: set[str]) -> list[Mention]:
    """ "Wabco-Aktionäre", "BioNTech-Aktien", "Oracle-Deal": a known name opening a hyphenated word."""
    if "-" not in a.sentence:
        return []
    taken = [(m.start, m.end) for m in ms]
    out = []
    for t in a.tokens:
        head = t.text.split("-", 1)[0]
        if "-" in t.text and head in names and not any(s <= t.start < e for s, e in taken):
            out.append(Mention(head, t.start, t.start + len(head)))
    return out


def _plain(name: str) -> bool:
    """Ordinary capitalised words only ("Wabco", "Finanzieren"), as opposed to "SAP", "BioNTech", "O2"."""
    return all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in name.split())


def _confirmed(found: list[list[Mention]], lex: Lexicon) -> set[str]:
    """Names that behave like organisations on this page: a plain word must also occur inside a
    sentence twice where every noun is capitalised (not only as a sentence's first word), unless it
    follows a descriptor ("der US-Zulieferer TRW") or carries a legal suffix."""
    inside: Counter[str] = Counter()
    total: Counter[str] = Counter()
    introduced: set[str] = set()
    for ms in found:
        for m in ms:
            if m.anaphor or not m.name:
                continue
            total[m.name] += 1
            inside[m.name] += not m.initial
            if m.introduced:
                introduced.add(m.name)
    if lex.compound_nouns:
        confirmed = {n for n in total if not _plain(n) or n in introduced or inside[n] >= 2}
    else:  # a capitalised first word ("Analysts", "Fin") is a name when it recurs
        confirmed = {n for n in total if not _plain(n) or n in introduced or inside[n] or total[n] >= 2}
    parts = {w for n in confirmed if " " in n for w in n.split()}  # "Fosun" of "Shanghai Fosun Pharmaceutical"
    return confirmed | (set(total) & parts)


def _antecedent(page_text: str, found: list[list[Mention]], i: int, anaphor: Mention, lex: Lexicon) -> str | None:
    """ "the company" refers to the first organisation named before it in its sentence, else to the
    subject of the closest sentence before: its first name not governed by a preposition."""
    here = [m for m in found[i] if not m.anaphor and m.name and m.end <= anaphor.start]
    for j in range(i - 1, -1, -1):
        if here:
            break
        previous = 0
        named = [m for m in found[j] if not m.anaphor and m.name and not organisations.is_institution(m.name, lex)]
        marks = []
        for m in named:  # "the company" is no commission
            marks.append(roles.marker(m, previous, page_text, lex))
            previous = m.end
        # a subject first; else a firm governed by "of"/"de", never the agent of a passive ("led by X")
        here = [m for m, mk in zip(named, marks, strict=True) if mk is None] or [
            m for m, mk in zip(named, marks, strict=True) if mk == "patient"]
    return here[0].name if here else None


def _nearest(items: list, position: int):
    return min(items, key=lambda x: abs(x.start - position), default=None)


_PERCENT = r"(\d+(?:[.,]\d+)?)\s*(?:%|prozent|per ?cent|pour ?cent|por ?ciento)"
HYPOTHETICAL_REACH = 30  # characters before a trigger searched for "possible", "next", "geplant"
STAKE_REACH = 60  # characters after a buy trigger in which "a 30% stake", "Aktien" make it an investment


def _retype(kind: str, parties: list[tuple[str, str]], near: str, lex: Lexicon):
    """Buying a minority stake or shares is an investment, not an acquisition."""
    if kind != "acquisition" or not lex.stake_re.search(near) or lex.majority_re.search(near):
        return kind, parties
    if any(float(p.replace(",", ".")) > 50 for p in re.findall(_PERCENT, near, re.IGNORECASE)):
        return kind, parties
    roles_ = {r for _, r in parties}
    mapping = {"acquirer": "investor", "target": "investee"}
    if "target" not in roles_:
        mapping["seller"] = "investee"
    return "investment", [(n, mapping[r]) for n, r in parties if r in mapping]


def _complete(kind: str, parties: list[tuple[str, str]]) -> bool:
    roles_ = {r for _, r in parties}
    if kind in SINGLE_PARTY_TYPES:
        return bool(roles_ & {"issuer", "investee"})
    if kind == "acquisition":
        return "acquirer" in roles_ and bool(roles_ & {"target", "seller"})
    return len(parties) >= 2


_QUOTE = re.compile(r"[“„«\"]([^“”„«»\"]*)[”“»\"]")


def _quoted_spans(sentence: str, offset: int) -> list[tuple[int, int]]:
    return [(offset + m.start(), offset + m.end()) for m in _QUOTE.finditer(sentence)]


def _in(items: list, start: int, end: int) -> list:
    return [x for x in items if start <= x.start < end]


def candidates(page: Page) -> list[Candidate]:
    out = []
    main = Mention(page.main, 0, 0, anaphor=True) if page.main else None
    for i, s in enumerate(page.sentences):
        sentence = page.sentence_text(i)
        found = triggers.find(sentence, s.start, page.lex)
        if not found:
            continue
        listing = any(t.trigger.type == "ipo" for t in found)
        money = amounts.find(sentence, s.start, page.lex)
        when = [d for d in page.dates(i) if not d.since]
        since = [d for d in page.dates(i) if d.since]
        anchor = page.anchor.isoformat() if page.anchor else "9999"
        quoted = _quoted_spans(sentence, s.start)
        for k, trig in enumerate(found):
            if listing and trig.trigger.type == "funding_round":
                continue  # the money raised in a listing is the IPO's
            if any(a <= trig.start < b for a, b in quoted):
                continue  # quoted commentary ("Pinault is buying time") states no deal
            if page.lex.hypothetical_re.search(page.text, max(s.start, trig.start - HYPOTHETICAL_REACH), trig.start):
                continue  # "zu einem möglichen Börsengang", "la prochaine levée de fonds": no deal yet
            start = found[k - 1].end if k else s.start
            end = found[k + 1].start if k + 1 < len(found) else s.end
            window = roles.Window(s.start, roles.clause_start(page.text, s.start, trig, start, page.lex), end)
            pairs = roles.assign(trig, page.mentions[i], page.text, window, page.lex, main)
            parties: list[tuple[str, str]] = []
            for m, role in pairs:
                if m.name and all(m.name != n for n, _ in parties):
                    parties.append((m.name, role))
            near = page.text[max(s.start, trig.start - STAKE_REACH // 2):min(s.end, trig.end + STAKE_REACH)]
            kind, parties = _retype(trig.trigger.type, parties, near, page.lex)
            if (kind != trig.trigger.type and [r for _, r in parties] == ["investor"] and page.main
                    and parties[0][0] != page.main):
                parties.append((page.main, "investee"))  # "a 3% stake in the capital": the page's company
            if not _complete(kind, parties):
                continue
            names = {n for n, _ in parties}
            later = [a for a in _in(money, trig.end, s.end) if all(  # "... Virgin Media en 2013, en una compra de"
                m.name in names for m in _in(page.mentions[i], trig.end, a.start))]
            values = [a for a in _in(money, start, end) or later
                      if amounts.is_deal_value(a, page.text, kind, page.lex)]
            date = _nearest(_in(when, window.clause_start, roles.clause_end(page.text, trig, end, page.lex))
                            or _in(when, start, end), trig.start)
            value = date.value if date else None
            state = status.status(page.text[start:end], kind, value, anchor, page.lex)
            began = _in(since, window.clause_start, roles.clause_end(page.text, trig, end, page.lex))
            if kind in status.STANDING_TYPES and (began or state == "ongoing"):
                # "Since 2019 they have worked together": a standing relationship, dated by its start
                state, value = "ongoing", getattr(_nearest(began, trig.start), "value", None)
            if state == "terminated":  # dated by when it was called off: the date nearest the cue
                cue = page.lex.status_res["terminated"].search(page.text, start, end)
                value = getattr(_nearest(_in(when, start, end), cue.start()), "value", value) if cue else value
            out.append(Candidate(kind, parties, i, _nearest(values, trig.start), value, state,
                                 anaphoric=any(m.anaphor for m, _ in pairs)))
    return out


def _same_deal(a: Candidate, b: Candidate, headline: bool = False) -> bool:
    """Same type and parties (one set within the other), on compatible dates and amounts; a headline
    may call the deal by another type ("fusionan" for a joint venture) when it names the same parties."""
    if a.type != b.type and not (headline and a.names == b.names and KINDRED[a.type] == KINDRED[b.type]):
        return False
    small, large = sorted((a.names, b.names), key=len)
    if not small <= large or (len(small) < 2 and a.type not in SINGLE_PARTY_TYPES):
        return False
    if a.date and b.date and (a.date[:4] != b.date[:4] or a.status == b.status and not (
            a.date.startswith(b.date) or b.date.startswith(a.date))):
        return False  # two rounds, two investments: the same parties on different dates
    if a.amount and b.amount and abs(a.amount.value - b.amount.value) > 0.01 * max(a.amount.value, 1):
        return a.amount.currency != b.amount.currency
    return True


def merge(cands: list[Candidate], titles: set[int]) -> list[Candidate]:
    """One event per deal: later statements join the first statement of the same deal; the headline
    only supports what the body states."""
    events: list[Candidate] = []
    body = [c for c in cands if c.sentence not in titles]
    for c in body + [c for c in cands if c.sentence in titles]:
        for e in events:
            if _same_deal(e, c, headline=c.sentence in titles):
                e.merged.append(c)
                if c.sentence not in titles:
                    known = dict(e.parties)
                    e.parties += [(n, r) for n, r in c.parties if n not in known]
                break
        else:
            if c.sentence not in titles:
                events.append(c)
    return events


def _following(page: Page, i: int) -> list[int]:
    para = page.sentences[i].paragraph
    return [j for j in range(i + 1, min(i + 1 + LOOKAHEAD, len(page.sentences)))
            if page.sentences[j].paragraph == para]


def _fill_amount(page: Page, event: Candidate, mentions: list[Candidate]) -> amounts.Amount | None:
    """The amount a statement gives, else a later sentence about the same deal ("the deal values X
    at $68.7bn"), before any other deal is stated."""
    for c in mentions:
        if c.amount:
            return c.amount
    if event.type not in VALUED_TYPES:
        return None
    for c in mentions:
        for j in range(c.sentence + 1, min(c.sentence + 1 + LOOKAHEAD, len(page.sentences))):
            sentence = page.sentence_text(j)
            if triggers.find(sentence, 0, page.lex):
                break
            named = {m.name for m in page.mentions[j]} & event.names
            if not named and not page.lex.deal_noun_re.search(sentence):
                continue
            s = page.sentences[j]
            values = [a for a in amounts.find(sentence, s.start, page.lex)
                      if amounts.is_deal_value(a, page.text, event.type, page.lex)]
            if values:
                return values[0]
    return None


def _fill_date(page: Page, chosen: list[Candidate], final: str) -> str | None:
    """The statement's date, else a day named in the next sentences ("signed on Thursday"), else
    the publication date for news."""
    for c in chosen:
        if c.date:
            return c.date
    for c in chosen:
        for j in _following(page, c.sentence):
            days = [d for d in page.dates(j) if len(d.value) == 10]
            if days:
                return days[0].value
    if final == "ongoing" or page.anchor is None:
        return None
    return page.anchor.isoformat()


def _add_investors(page: Page, event: Candidate) -> None:
    """Investors of a round named in the next sentences ("X also took part", "angeführt von X"),
    up to the next sentence that states a deal of its own."""
    for j in range(event.sentence + 1, min(event.sentence + 1 + LOOKAHEAD, len(page.sentences))):
        sentence = page.sentence_text(j)
        if triggers.find(sentence, 0, page.lex):
            break
        if page.lex.participation_re.search(sentence):
            event.parties += [(m.name, "investor") for m in page.mentions[j]
                              if m.name and not m.anaphor and all(m.name != n for n, _ in event.parties)]


def confidence(event: Candidate, mentions: list[Candidate], amount, date_explicit: bool) -> float:
    """Higher when the parties are named (not inferred from "the company"), the deal is stated more
    than once, and amount and date come from the text; measured on the dev corpus, events at 0.8 and
    above pair with a gold event about four times in five, those below about half the time."""
    score = 0.7
    score += 0.1 if len(mentions) > 1 else 0.0
    score += 0.1 if amount else 0.0
    score += 0.1 if date_explicit else 0.0
    score -= 0.2 if all(c.anaphoric for c in mentions) else 0.0
    score -= 0.1 if event.type in SINGLE_PARTY_TYPES and len(event.parties) == 1 and not amount else 0.0
    score -= 0.1 if len(event.parties) > 3 and event.type not in SINGLE_PARTY_TYPES else 0.0
    return round(min(0.95, max(0.05, score)), 2)


def build(clean: dict, name: str, version: str) -> list[dict]:
    """All deal events of one clean page (without processed_at)."""
    page = read_page(clean)
    out: list[dict] = []
    seen: dict[tuple, int] = {}
    dated: list[tuple[set[str], str]] = []  # parties and day of the events the text dates explicitly
    title_sentences = {i for i, x in enumerate(page.sentences) if x.paragraph in page.title_paragraphs}
    merged = merge(candidates(page), title_sentences)
    listed = {e.amount.value for e in merged if e.type == "ipo" and e.amount}
    for event in merged:
        if event.type == "funding_round" and event.amount and event.amount.value in listed:
            continue  # the money a listing raised, told as "raising"
        mentions = [event, *event.merged]
        body = [c for c in mentions if page.sentences[c.sentence].paragraph not in page.title_paragraphs]
        final = status.latest([c.status for c in body])
        chosen = [c for c in body if c.status == final]
        if event.type == "funding_round":
            _add_investors(page, event)
        amount = _fill_amount(page, event, body + [c for c in mentions if c not in body])
        date = _fill_date(page, chosen, final)
        explicit = any(c.date for c in chosen)
        if explicit and date and len(date) == 10:
            dated.append((event.names, date))
        elif not explicit and final == "announced":
            # announced alongside a deal dated to the day ("Teil der Vereinbarung ist ...")
            date = next((d for names, d in dated if names & event.names), date)
        keys = sorted(organisations.normalise(n, page.lex) for n, _ in event.parties)
        first = page.sentences[body[0].sentence]
        record = {
            "schema_version": 1,
            "event_id": "",
            "type": event.type,
            "status": final,
            "parties": [{"name": n, "role": r} for n, r in event.parties],
            "amount": {"value": amount.value, "currency": amount.currency, "text": amount.text} if amount else None,
            "date": date,
            "language": clean.get("language") or page.lex.lang,
            "evidence": {"text": page.text[first.start:first.end], "start": first.start, "end": first.end},
            "confidence": confidence(event, body, amount, explicit),
            "source": {
                "url": clean.get("url"),
                "title": clean.get("title"),
                "published": clean.get("published"),
                "page_id": clean.get("page_id"),
                "fetched_at": clean.get("fetched_at"),
            },
            "extractor": {"name": name, "version": version},
        }
        key = (event.type, tuple(keys))
        seen[key] = seen.get(key, 0) + 1
        disambiguator = "" if seen[key] == 1 else (date or str(seen[key]))
        record["event_id"] = ids.event_id(clean.get("page_id") or "", event.type, keys, disambiguator)
        out.append(record)
    return out
