"""Assembly: merged deals completed with amount, date and investors found around their statements, a
confidence that reflects how much of the event the text states explicitly, and the event record."""

from __future__ import annotations

import re

from streams import ids
from streams.extraction import amounts, candidate_features, organisations, roles, scorer, statements, status, triggers
from streams.extraction.dates import DATELINE, DateMention, undatelined
from streams.extraction.lexicon import Lexicon
from streams.extraction.merging import KINDRED, OPEN_STAGES, SHUT_STAGES, halves, merge, seller_and_buyer
from streams.extraction.page import Page, read_page
from streams.extraction.statements import SINGLE_PARTY_TYPES, Candidate, candidates, complete

LOOKAHEAD = 3  # following sentences searched for a deal's amount, date or investors
LEAD_SENTENCES = 2  # first sentences of the body in which a day dates the article's news
NEWS_DAY_REACH = 2  # sentences after the lead whose deals, undated, still take the lead's day (later ones the page's)
PRICE_WORDS = 3  # opening words of a sentence read for a noun of a deal's value ("The purchase price was ...")
SUBJECT_WORDS = 2  # opening words of a sentence read for a deal noun as its subject ("The deal", "Die Vereinbarung")
MADE_PUBLIC_REACH = 6  # sentences after a deal's first statement read for the day it was made public
MADE_PUBLIC_GAP = 40  # characters at most between a verb of making a deal public and the date it names
_CLAUSE_END = re.compile(r"\s*(?:[.!?;,]|$)")  # a verb that closes its clause: a stop, a comma or the end next
HALF_REACH = 2  # sentences at most between the two halves of one sale (`_new_deals`)
SHARES_REACH = 20  # characters around a cue after a listing in which shares make its sale the offering's
VALUED_TYPES = {"acquisition", "merger", "contract"}  # a venture's later figures are mostly its spending
# a later figure of these counts only in a sentence about the deal itself ("The tie-up values ... at £15bn",
# "Le montant de l'opération atteint 150 millions" after a listing), and for a stake, partnership or listing not in
# one that speaks of a valuation (the firm's worth, not the sum paid or raised)
NOUN_VALUED_TYPES = {"investment", "joint_venture", "partnership", "ipo"}
UNVALUED_TYPES = {"investment", "partnership", "ipo"}
# deals whose figure a sentence paragraphs away may give (`_amount_far`): a venture's or merger's later figures are
# its plants' cost or the group's size
FAR_VALUED_TYPES = {"acquisition", "ipo"}


def _other_deal(cues: list[triggers.TriggerMatch], event: Candidate) -> bool:
    """Whether a sentence's cues state a deal of another kind than the event's (it speaks of another deal)."""
    return any(KINDRED[t.trigger.type] != KINDRED[event.type] for t in cues)


def _following(page: Page, i: int) -> list[int]:
    """The next sentences of the paragraph, and those of later paragraphs that still speak of the
    deal ("The eight-year deal, confirmed on Tuesday, ...")."""
    para = page.sentences[i].paragraph
    return [j for j in range(i + 1, min(i + 1 + LOOKAHEAD, len(page.sentences)))
            if page.sentences[j].paragraph == para or page.lex.deal_noun_re.search(page.sentence_text(j))
            and not page.triggers(j)]


def _fill_amount(page: Page, event: Candidate, chosen: list[Candidate], headline: list[Candidate],
                 others: list[Candidate], taken: set[int]) -> amounts.Amount | None:
    """The amount the statements of the final status give, else the headline's figure, else a later
    sentence about the deal ("the deal values X at $68.7bn"), else what other statements give; a sum counted
    from shares and their price yields to one a later sentence states ("The gross proceeds ... are $172.5 million")."""
    own = next((c.amount for c in chosen + headline if c.amount), None)
    if own is None and any(page.lex.withheld_sum_re.search(page.sentence_text(c.sentence)) for c in chosen):
        return None  # "acquired X for an undisclosed sum. The deal comes as ... counts $7bn raised by the sector"
    if own is None or own.counted:
        own = _amount_after(page, event, chosen, taken) or _answered_sum(page, event, chosen) or own
    elif amounts.is_part(own, page.text, page.lex):
        own = _whole_after(page, event, chosen, taken, own)
    return own or next((c.amount for c in others if c.amount), None) or _amount_after(
        page, event, others, taken) or _amount_far(page, event, chosen + others, taken)


def _answered_sum(page: Page, event: Candidate, mentions: list[Candidate]) -> amounts.Amount | None:
    """The deal value the answer opens with where an interviewer's question names the deal ("P. Acaban de cerrar
    una ronda. R. Son 12 millones de euros ..."): the interviewee confirms it with its figure."""
    for c in mentions:
        answer = statements.answer_to(page, c.sentence)
        values = [] if answer is None else [a for a in statements.money_of(page, answer)
                                            if amounts.is_deal_value(a, page.text, event.type, page.lex)]
        if values:
            return values[0]
    return None


def _whole_after(page: Page, event: Candidate, mentions: list[Candidate], taken: set[int],
                 part: amounts.Amount) -> amounts.Amount:
    """ "X pays $85 million upfront ... taking the potential value of the agreement to $1.31 billion": a statement's
    part payment yields to a larger whole a later sentence about the deal tells."""
    later = _amount_after(page, event, mentions, taken)
    whole = later and not amounts.is_part(later, page.text, page.lex) and later.value > part.value
    return later if whole else part


def _amount_far(page: Page, event: Candidate, mentions: list[Candidate], taken: set[int]) -> amounts.Amount | None:
    """A deal value further on that can only be this deal's: in a sentence with no deal cue of its own that names
    all its parties ("Grauwacke hatte im vergangenen Sommer rund 640 Millionen Euro für Brenntal geboten", paragraphs
    after the blocked takeover), or for a listing, one that names the listing's sum and no other firm ("Das
    Emissionsvolumen beläuft sich damit auf rund 400 Mio. Euro")."""
    if event.type not in FAR_VALUED_TYPES or event.status == "ongoing" or not mentions or _done_before(page, event):
        return None
    sold = any(r == "target" for _, r in event.parties)
    parties = {n for n, r in event.parties if not (sold and r == "seller")}
    for j in range(min(c.sentence for c in mentions) + 1, len(page.sentences)):
        if j in taken or page.triggers(j):
            continue  # a sentence that states a deal tells its own figures
        sentence, named = page.sentence_text(j), {m.name for m in page.mentions[j] if m.name}
        if event.type in SINGLE_PARTY_TYPES:
            about = named <= event.names and bool(page.lex.value_noun_re.search(sentence))
        else:
            about = len(parties) > 1 and parties <= named <= event.names
        if not about or amounts.speaks_of_combined(sentence, page.lex):
            continue
        s = page.sentences[j]
        values = [a for a in statements.money_of(page, j)
                  if amounts.is_deal_value(a, page.text, event.type, page.lex) and not (
                      event.type in UNVALUED_TYPES and amounts.valued_clause(a, sentence, s.start, page.lex))]
        if values:
            return values[0]
    return None


def _amount_after(page: Page, event: Candidate, mentions: list[Candidate], taken: set[int]) -> amounts.Amount | None:
    """A deal value in the sentences after a statement that name a party or the deal (the deal, for a
    stake, venture or partnership), before any sentence that states another deal; where the target is named, not
    one that names only the seller ("KPN erhält für seine Tochter 3,7 Mrd.": a part of the price, or its figures);
    for a standing relationship only one about the deal (a later figure that names its supplier is the firm's own);
    none from a sentence that opens on another matter ("Separately, X said ...")."""
    if event.type not in VALUED_TYPES | NOUN_VALUED_TYPES:
        return None
    if _done_before(page, event):
        return _price_told_next(page, event, mentions, taken)
    sold = any(r == "target" for _, r in event.parties)
    parties = {n for n, r in event.parties if not (sold and r == "seller")}
    part = None  # "Halberd will pay $60 million upfront. The deal is worth up to $900 million": the whole wins
    for c in mentions:
        for j in range(c.sentence + 1, min(c.sentence + 1 + LOOKAHEAD, len(page.sentences))):
            sentence = page.sentence_text(j)
            raised = [t for t in page.triggers(j) if _listing_raise(page, event, j, t)]
            foreign = [t for t in page.triggers(j) if not _offered_shares(page, event, t)
                       and not _stake_paid(page, event, j, t) and t not in raised and _other_deal([t], event)]
            s = page.sentences[j]
            # "The $1.2 billion deal ... returns 3.4 times invested capital": a sentence whose subject is a sale,
            # merger or contract tells its figures before a cue of another kind (not "La ronda ... eleva a 52
            # millones el capital captado" after a listing: the noun is another deal's)
            subject = event.type in VALUED_TYPES and _opens_with_deal_noun(page, j)
            cut = min((t.start for t in foreign), default=s.end) if subject else s.end
            if j in taken or page.lex.topic_shift_re.match(sentence) or foreign and cut == s.end:
                break  # another deal or matter; a cue of its kind that states none goes on about this one ("supply")
            if withheld := page.lex.withheld_sum_re.search(sentence):
                # "Über den Kaufpreis wurde Stillschweigen vereinbart; ... zahlt X rund 620 Millionen Euro": only a
                # figure told after it in its sentence or by a source in the next is the price, later ones are others'
                told = next((a for a in page.money(j) if a.start >= s.start + withheld.end()
                             and amounts.is_deal_value(a, page.text, event.type, page.lex)), None)
                return told or _reported_price(page, event, j + 1, taken) or part
            named = {m.name for m in page.mentions[j]} & parties
            if _about_another_firm(page, event, j):
                continue
            about = raised or page.lex.deal_noun_re.search(sentence) or page.lex.value_noun_re.search(sentence)
            if not about and (not named or event.type not in VALUED_TYPES or event.status == "ongoing") or (
                    amounts.speaks_of_combined(sentence, page.lex) and event.type not in SINGLE_PARTY_TYPES
                    and not _opens_with_deal_noun(page, j)):
                # "Together they would be worth $14bn": the group's size; "The transaction values the combined
                # company at $4.6bn" is the deal's own value; a listing has no parties to add up ("Platziert wurden
                # Aktien für zusammen 310 Mio. Euro": its total)
                continue
            # for a stake, partnership or listing not a figure of a clause that speaks of a valuation (the firm's
            # worth): "ein Platzierungsvolumen von rund 400 Mio. Euro, bei einer Bewertung von bis zu 2 Mrd. Euro"
            values = [a for a in statements.money_of(page, j) if a.end <= cut
                      and amounts.is_deal_value(a, page.text, event.type, page.lex) and not (
                          event.type in UNVALUED_TYPES and amounts.valued_clause(a, sentence, s.start, page.lex))]
            values = amounts.headline(values, page.text, page.lex)
            if values and not amounts.is_part(values[0], page.text, page.lex):
                return values[0]
            part = part or (values[0] if values else None)
            if cut < s.end:
                break  # the rest of the sentence and those after speak of another deal
    return part


def _price_told_next(page: Page, event: Candidate, mentions: list[Candidate], taken: set[int]) -> amounts.Amount | None:
    """ "Velmar hatte Brakenfeld im Juli 2021 übernommen. Der Kaufpreis lag bei bis zu 70 Mio. Euro", "1998:
    Börsengang. [...] Der Emissionserlös von 86 Mio. DM fließt in ...": a deal done in an earlier year takes the figure
    of a next sentence of its paragraph that still speaks of it, only where that one opens on a deal or value noun
    as its subject and no other deal is stated in the paragraph (other later figures are the news deal's)."""
    for c in mentions:
        paragraph = page.sentences[c.sentence].paragraph
        if any(page.sentences[k].paragraph == paragraph for k in taken):
            continue  # a paragraph that states another deal too ("Verkäufer ist X, die Y vor vier Jahren erworben
            # hatte", "Orvia agreed to buy Y. Y has been owned since 2019 by X"): the price told after is that deal's
        for j in _same_deal_after(page, event, c.sentence):
            if j in taken:
                break
            values = amounts.headline([a for a in statements.money_of(page, j)
                                       if amounts.is_deal_value(a, page.text, event.type, page.lex)], page.text,
                                      page.lex) if _opens_with_price(page, j) else []
            if values and not amounts.is_part(values[0], page.text, page.lex):
                return values[0]
    return None


def _same_deal_after(page: Page, event: Candidate, i: int) -> list[int]:
    """The next sentences of statement i's paragraph (up to `LOOKAHEAD`) before one that states another deal: a cue
    of another kind (not a listing's money raised) or a deal of a firm outside the event."""
    out = []
    for j in range(i + 1, min(i + 1 + LOOKAHEAD, len(page.sentences))):
        foreign = [t for t in page.triggers(j) if _other_deal([t], event) and not _listing_raise(page, event, j, t)]
        if page.sentences[j].paragraph != page.sentences[i].paragraph or foreign or _tells_another(page, event, j):
            break
        out.append(j)
    return out


def _opens_with_price(page: Page, j: int) -> bool:
    """Whether sentence j opens with a deal noun or a noun of its value as its subject ("Der Kaufpreis lag ...",
    "The proceeds of ...", "Le produit de l'émission ...")."""
    opening = " ".join(page.sentence_text(j).split()[:PRICE_WORDS])
    return _opens_with_deal_noun(page, j) or bool(page.lex.value_noun_re.search(opening))


def _reported_price(page: Page, event: Candidate, j: int, taken: set[int]) -> amounts.Amount | None:
    """The price a source gives in the sentence after one that says it is withheld ("Le montant n'a pas été rendu
    public. Selon nos informations, il avoisinerait 75 millions d'euros"); a figure told with no source there is
    another's ("The deal comes as the tracker counts $7bn raised by the sector")."""
    if j >= len(page.sentences) or j in taken or page.triggers(j):
        return None
    if not page.lex.status_res["rumored"].search(page.sentence_text(j)):
        return None
    return next((a for a in page.money(j) if amounts.is_deal_value(a, page.text, event.type, page.lex)), None)


def _about_another_firm(page: Page, event: Candidate, j: int) -> bool:
    """ "X and Y set up a venture, Z. Z has already booked port capacity for 38 million euros": a later sentence that
    names a firm outside a tie-up or stake before its first figure, and none of the deal's firms, tells that firm's
    figures, unless its subject is the deal itself ("The deal, advised by Z, is worth ..."); a contract's or
    purchase's later sum is often told beside the bodies that approve or finance it."""
    named = [m for m in page.mentions[j] if m.name]
    money = statements.money_of(page, j)
    return (event.type in NOUN_VALUED_TYPES - SINGLE_PARTY_TYPES and bool(named) and bool(money)
            and named[0].start < money[0].start and not {m.name for m in named} & event.names
            and not _opens_with_deal_noun(page, j))


def _done_before(page: Page, event: Candidate) -> bool:
    """A deal done in a year before the page's ("It has been owned since 2019 by X, which bought it from its
    founders"): told in passing, its value is in its own sentence; the figures after it are the news deal's."""
    return event.status == "completed" and bool(event.date) and page.anchor is not None and (
        event.date[:4] < str(page.anchor.year))


def _offered_shares(page: Page, event: Candidate, cue: triggers.TriggerMatch) -> bool:
    """ "acciones vendidas por los actuales accionistas", "shares sold by existing holders": after a listing, a sale
    of shares is the offering's, no other deal."""
    return event.type == "ipo" and _stake_near(page, cue)


def _listing_raise(page: Page, event: Candidate, j: int, cue: triggers.TriggerMatch) -> bool:
    """ "... première étape vers une cotation sur Euronext Paris. L'entreprise entend lever environ 150 millions
    d'euros": after a listing, money raised in an undated sentence that names no other firm is the listing's, no
    round ("En 2024, elle avait bouclé une série B de 60 millions" is dated: an earlier round)."""
    return event.type == "ipo" and cue.trigger.type == "funding_round" and cue.trigger.frame == "raise" and not (
        page.dates(j)) and all(m.name in event.names for m in page.mentions[j] if m.name)


def _stake_paid(page: Page, event: Candidate, j: int, cue: triggers.TriggerMatch) -> bool:
    """ "The technology group is paying $25m for the stake", "Le groupe paie 25 millions pour cette participation":
    after a stake taken, a purchase of a stake in a sentence that names no other firm is that stake's price, no
    other deal."""
    return event.type == "investment" and _stake_near(page, cue) and all(
        m.name in event.names for m in page.mentions[j] if m.name)


def _stake_near(page: Page, cue: triggers.TriggerMatch) -> bool:
    """Whether shares or a stake are named around a cue ("shares sold by existing holders", "for the stake")."""
    return bool(page.lex.stake_re.search(page.text[max(0, cue.start - SHARES_REACH):cue.end + SHARES_REACH]))


def _preface(page: Page, event: Candidate, statement: Candidate) -> bool:
    """Whether the sentence before a statement introduces its deal: in its paragraph, naming no firm
    outside it, and speaking of a deal of its kind ("On Tuesday, Acme announced a deal. It will buy Bolt"), or
    naming the firms the statement then takes up by an anaphor ("Am Dienstag kamen X und Y zusammen. Die beiden
    Unternehmen vereinbarten eine Kooperation"): the day it names is the deal's, unless the deal is a standing one
    ("X opened a plant on Tuesday. Its customers include Y": a relation of no day)."""
    i = statement.sentence
    j = i - 1
    if j < 0 or page.sentences[j].paragraph != page.sentences[i].paragraph:
        return False
    found = page.triggers(j)
    if _other_deal(found, event):
        return False
    names = {m.name for m in page.mentions[j] if m.name}
    return names <= event.names and bool(
        found or page.lex.deal_noun_re.search(page.sentence_text(j))
        or names and statement.anaphoric and statement.status != "ongoing")


def _fill_date(page: Page, event: Candidate, chosen: list[Candidate], body: list[Candidate],
               final: str) -> str | None:
    """The statement's date, else that of another statement of its sentence ("has raised $68m in a round
    led by X, the company announced on Wednesday"), else a day named in the next sentences ("signed on
    Thursday") or any date of a next sentence whose subject is the deal ("Die Vereinbarung war im April
    ... erweitert worden") or in the sentence that introduces the deal, else the publication date for news."""
    sentences = {c.sentence for c in chosen}
    # not a statement of its sentence that tells another stage ("renunció a comprar Y, cuya compra había anunciado en
    # septiembre": the announcement's month is no date of the end)
    for c in chosen + [c for c in body if c.sentence in sentences and not (c.cued and c.status != final)]:
        if c.date:
            if final == "completed" and _reported_day(page, c.sentence, c.date) and (
                    closed := _closing_told_after(page, event, c.sentence, c.date)):
                return closed  # "ha completado la compra, según comunicó ayer. La operación se cerró el viernes"
            return _step_told_after(page, event, chosen, _refined(c.date, body), final)
    answered = next((d for c in chosen if (d := _answered_date(page, c.sentence, final))), None)
    if answered:
        return answered
    for c in chosen:
        before = [c.sentence - 1] if _preface(page, event, c) else []
        ruling = _ruling_after(page, c.sentence) if final == "terminated" else []
        for j in _following(page, c.sentence) + before + ruling:
            if _tells_another(page, event, j):
                continue
            about = _opens_with_deal_noun(page, j)
            days = _step_days(page, j, [d for d in page.dates(j)
                                        if (len(d.value) == 10 or about) and d.of_a_step], final)
            if days:  # the furthest step it names ("La operación, anunciada en junio, se cerró el viernes")
                return max(d.value for d in days)
    if final == "ongoing" or page.anchor is None:
        return None
    if final == "rumored":
        return page.anchor.isoformat()  # a rumour is this page's report
    body_lead = _lead(page, [i for i, s in enumerate(page.sentences) if s.paragraph not in page.title_paragraphs])
    if min(c.sentence for c in chosen) > max(body_lead, default=-1) + NEWS_DAY_REACH:
        return page.anchor.isoformat()  # "Además, X ha sellado una alianza con Y" paragraphs below a lead "said on
        # Monday": a further deal the page reports, of its own day
    return _news_day(page)


def _closing_told_after(page: Page, event: Candidate, i: int, reported: str) -> str | None:
    """The day before the report's that a next sentence about the deal gives its closing, told by a completion cue
    and outside a clause of reporting ("según comunicó ayer. La operación se cerró el pasado viernes"); a completion
    only said to be done on the report's day ("said on Wednesday it had completed") keeps that day."""
    done = page.lex.status_res["completed"]
    for j in _following(page, i):
        if _tells_another(page, event, j) or not done.search(page.sentence_text(j)):
            continue
        days = [d.value for d in page.dates(j) if d.of_a_step and len(d.value) == len("yyyy-mm-dd")
                and d.value < reported and not _in_report_clause(page, j, d)]
        if days:
            return max(days)
    return None


def _step_told_after(page: Page, event: Candidate, chosen: list[Candidate], date: str, final: str) -> str:
    """ "1998: Börsengang. Nach der Umwandlung [...] wird die Aktie im Oktober erstmals gehandelt": a deal dated by its
    year alone takes the month or day of that year a next sentence of its paragraph gives where that sentence tells
    the deal's final step (a cue of its status) and states no deal of its own."""
    cue = page.lex.status_res.get(final)
    if len(date) != len("yyyy") or cue is None:
        return date
    for c in chosen:
        for j in _same_deal_after(page, event, c.sentence):
            finer = [d.value for d in page.dates(j) if d.of_a_step and d.value[:4] == date and len(d.value) > 4]
            if finer and cue.search(page.sentence_text(j)):
                return max(finer)
    return date


def _answered_date(page: Page, i: int, final: str) -> str | None:
    """ "P. Acaban de cerrar una ronda. R. Sí, la firmamos en enero": the first sentence of the answer to an
    interviewer's question that names a deal without its date dates it, as it gives its figures (`_answered_sum`)."""
    answer = statements.answer_to(page, i)
    days = [] if answer is None else _step_days(page, answer, [d for d in page.dates(answer) if d.of_a_step], final)
    return max((d.value for d in days), default=None)


def _ruling_after(page: Page, i: int) -> list[int]:
    """ "La CNMC ha prohibido la compra de Y. [...] El consejo de la CNMC adoptó la decisión este martes": the next
    sentences, in any paragraph, that speak of the act that ended a deal (`ruling_nouns`) and state no deal of their
    own: their day is the end's, as a deal noun's sentence dates its deal (`_following`)."""
    return [j for j in range(i + 1, min(i + 1 + LOOKAHEAD, len(page.sentences)))
            if page.lex.ruling_noun_re.search(page.sentence_text(j)) and not page.triggers(j)]


def _made_public_day(page: Page, event: Candidate, taken: set[int]) -> str | None:
    """The day a later sentence says the deal's firms made it public or agreed it ("Albarada anunció la opa el pasado
    3 de febrero", "Seine Börsenpläne hatte X am 16. September offiziell gemacht", "Halden agreed in March to pay
    EUR 1.1bn"): a deal the page tells at a later step it leaves announced (a regulator's approval, a prospectus)
    was announced then. The sentence names one of its firms and no other, and states no other deal nor a later
    stage of this one, nor another day its report ("am Dienstag unterzeichnet, wie X gestern mitteilte": the report
    dates the announcement)."""
    own = {c.sentence for c in (event, *event.merged)}
    body = [i for i in own if page.sentences[i].paragraph not in page.title_paragraphs]
    if not body:
        return None
    first = min(body)
    for j in range(first + 1, min(first + 1 + MADE_PUBLIC_REACH, len(page.sentences))):
        if j in own or j in taken or _other_deal(page.triggers(j), event) or _tells_another(page, event, j):
            continue
        if any(page.lex.status_res[k].search(page.sentence_text(j)) for k in SHUT_STAGES):
            continue  # "que la anunciaron en junio, comunicaron el viernes que la cancelaban": a later stage's
        names = {m.name for m in page.mentions[j] if m.name and not organisations.is_institution(m.name, page.lex)}
        if not names & event.names or not names <= event.names:
            continue
        text, start = page.sentence_text(j), page.sentences[j].start
        reports = [d for m in page.lex.report_verb_re.finditer(text) for d in _beside(page.dates(j), m, start)]
        for verb in page.lex.made_public_re.finditer(text):
            day = statements.nearest(_beside(page.dates(j), verb, start) or _clause_before(page, j, verb),
                                     start + verb.start())
            if day is not None and not any(d.value != day.value for d in reports):
                return day.value
    return None


def _beside(days: list, verb, start: int) -> list:
    """The dates of a sentence close to one of its verbs (not starts nor spans counted back)."""
    return [d for d in days if d.of_a_step
            and min(abs(d.start - start - verb.end()), abs(start + verb.start() - d.end)) <= MADE_PUBLIC_GAP]


def _clause_before(page: Page, j: int, verb) -> list:
    """Where verbs close their clause (verb_second), the dates of sentence j in the clause a verb of making public
    ends ("An jenem Montag hatte X seine Entscheidung zur Abgabe des Angebots bekanntgegeben."): the participle
    comes last, however far from the day the clause opens on."""
    text, start = page.sentence_text(j), page.sentences[j].start
    if not page.lex.verb_second or not _CLAUSE_END.match(text, verb.end()):
        return []
    return [d for d in page.dates(j) if d.of_a_step and d.end - start <= verb.start()
            and not amounts.CLAUSE_BREAK_RE.search(text, d.end - start, verb.start())]


def _step_days(page: Page, j: int, days: list, final: str) -> list:
    """The days of sentence j without those of a clause that reports the news ("erfolgte der Vollzug am Mittwoch, wie
    X am Donnerstag mitteilte", "closed on Monday, X said on Wednesday") while another day dates the closing itself;
    an announced deal is dated by its report ("am Dienstag unterzeichnet, wie X gestern mitteilte"); an ended one by
    its act ("adoptó la decisión el lunes, según ha informado este miércoles")."""
    if final not in ("completed", "terminated"):
        return days
    step = [d for d in days if not _in_report_clause(page, j, d)]
    return step if any(len(d.value) == len("yyyy-mm-dd") for d in step) else days


def _in_report_clause(page: Page, j: int, d: DateMention) -> bool:
    """Whether a date of sentence j lies in a clause with a verb that reports the news ("wie X am Donnerstag
    mitteilte", "según comunicó ayer")."""
    s = page.sentences[j]
    breaks = [m.end() + s.start for m in amounts.CLAUSE_BREAK_RE.finditer(page.sentence_text(j))]
    begin = max((b for b in breaks if b <= d.start), default=s.start)
    stop = min((b for b in breaks if b > d.end), default=s.end)
    return bool(page.lex.report_verb_re.search(page.text, begin, stop))


def _reported_day(page: Page, j: int, value: str) -> bool:
    """Whether a statement's day is only the report's: each date of its sentence of that value lies in a clause of a
    reporting verb (a completion "según comunicó ayer" was made public then, closed perhaps before)."""
    days = [d for d in page.dates(j) if d.value == value and d.of_a_step]
    return bool(days) and all(_in_report_clause(page, j, d) for d in days)


def _tells_another(page: Page, event: Candidate, j: int) -> bool:
    """Whether sentence j states a deal of a firm outside the event ("The deal is the biggest since it bought Y
    in 2018"): its dates are that deal's, even when the sentence opens on the event's deal noun."""
    cues = [t for t in page.triggers(j) if KINDRED[t.trigger.type] == KINDRED[event.type]]
    return any(m.name and m.name not in event.names and not organisations.is_institution(m.name, page.lex)
               and any(t.end <= m.start for t in cues) for m in page.mentions[j])


def _refined(date: str, body: list[Candidate]) -> str:
    """A statement's year or month made precise by the day of a statement of the deal that tells no stage of
    its own ("Depuis le 1er juillet, X et Y ne font plus qu'une. [...] ont fusionné en 2026"): that day is
    when the stage happened; a statement that tells a stage ("announced on 16 January") dates only that one."""
    return next((c.date for c in body if not c.cued and c.date and len(c.date) > len(date)
                 and c.date.startswith(date)), date)


def _news_day(page: Page) -> str:
    """The day the lead dates the article's news, in a dateline ("LONDON, March 12 -") or as the day its
    firms spoke ("said on Tuesday", "a annoncé lundi"), else the publication date: the date of a deal the
    article tells as news with no date of its own."""
    body = [i for i, s in enumerate(page.sentences) if s.paragraph not in page.title_paragraphs]
    lead = _lead(page, body)
    for i in lead:
        text, start = page.sentence_text(i), page.sentences[i].start
        spoken = page.lex.status_res["announced"].search(text) or any(
            w.strip(",.").lower() in page.lex.speech_verbs for w in text.split())
        days = [d for d in undatelined(page.dates(i), page.text, start) if len(d.value) == 10 and not d.counted
                and (spoken or len(page.text[start:d.start].split()) <= DATELINE)]
        if days:
            return days[0].value
    return page.anchor.isoformat()


def _lead(page: Page, body: list[int]) -> list[int]:
    """The first body sentences (`LEAD_SENTENCES`), a sentence that ends at a firm's legal suffix read with the next
    ("Die X AG übernimmt die Y GmbH. Das teilten beide am Dienstag mit": one step of the news)."""
    lead: list[int] = []
    for i in body:
        if sum(1 for j in lead if not _ends_at_suffix(page, j)) >= LEAD_SENTENCES:
            break
        lead.append(i)
    return lead


def _ends_at_suffix(page: Page, i: int) -> bool:
    """Whether sentence i ends with a firm's legal suffix ("... übernimmt die Y GmbH.")."""
    words = page.sentence_text(i).rstrip(".").split()
    return bool(words) and words[-1].lower() in page.lex.legal_suffixes


def _opens_with_deal_noun(page: Page, j: int) -> bool:
    """Whether sentence j opens with a deal noun as its subject ("The agreement was ...", "Die Vereinbarung
    war ...", "L'accord a été ..."): what it dates is the deal of the sentences before."""
    sentence, start = page.sentence_text(j), page.sentences[j].start
    lead = next(iter(page.money(j)), None)
    if lead and len(sentence[:lead.start - start].split()) < SUBJECT_WORDS:
        # "The $1.2 billion deal": a figure before the noun
        sentence = sentence[:lead.start - start] + sentence[lead.end - start:]
    return bool(page.lex.deal_noun_re.search(" ".join(sentence.split()[:SUBJECT_WORDS])))


def _counted(before: str, lex: Lexicon) -> bool:
    """Whether a deal cue is counted ("three acquisitions", "drei Übernahmen", "plusieurs rachats"): several deals."""
    words = before.split()
    return bool(words) and (words[-1].isdigit() or words[-1].lower() in lex.counters)


def _echoes(page: Page, event: Candidate, taken: set[int]) -> list[Candidate]:
    """Sentences around a deal's statements that speak of it with a cue of its kind and a status cue, but
    name no firm outside it and state no other deal ("Die Übernahme von X durch Y ist perfekt. Der Konzern
    hat sie vollzogen.", "La fusion ... est effective depuis samedi."), or call it off naming it by a noun or by its
    talks ("The deal was called off on Monday", "Die Gespräche scheiterten damals", in the paragraph of a
    statement), dated by the date nearest the cue, in the deal's year (a background deal's own date, if none)."""
    own = {c.sentence for c in (event, *event.merged)}
    near = {j for i in own for j in range(i - 1, i + LOOKAHEAD + 1) if 0 <= j < len(page.sentences)} - own - taken
    anchor = page.anchor.isoformat() if page.anchor else "9999"
    year = (event.date or anchor)[:4]
    paragraphs = {page.sentences[i].paragraph for i in own}
    first = min((i for i in own if page.sentences[i].paragraph not in page.title_paragraphs), default=0)
    answers = {statements.answer_to(page, i) for i in own}
    out = []
    for j in sorted(near):
        found, text, start = page.triggers(j), page.sentence_text(j), page.sentences[j].start
        ruled = page.sentences[j].paragraph in paragraphs and _blocked_by_regulator(page, j)  # not "the first
        # merger it ever blocked", far from the deal
        names = set() if ruled else {m.name for m in page.mentions[j] if m.name}
        if (not names <= event.names or page.sentences[j].paragraph in page.title_paragraphs
                or _other_deal(found, event)):
            continue
        if not found:  # "The deal was called off on Monday": the deal of its paragraph named by a noun, as a fact;
            # or the answer to the question that names it ("P. Tenían una alianza con X. R. La dimos por terminada")
            answer = j in answers and status.assess(text, event.type, None, anchor, page.lex) in (
                ("completed", True), ("terminated", True))
            if not answer and (page.sentences[j].paragraph not in paragraphs or j < first or not (
                    page.lex.deal_noun_re.search(text) or page.lex.talk_noun_re.search(text) or ruled)
                    or not (status.ended(text, page.lex) or _closed_by_noun(page, event, j, anchor))
                    or _supposed_end(page, text)):
                continue
        elif not names and not ruled and not (len(opening := text[:found[0].start - start].split()) == 1
                                              and opening[0].lower() in page.lex.determiners):
            continue  # unnamed, only as the subject that opens the sentence: "La fusion, ..., est effective"
        elif _counted(text[:found[0].start - start], page.lex):
            continue  # "Under X's ownership, Y completed three acquisitions": deals of its own, counted, not this one
        state, _ = status.assess(text, event.type, None, anchor, page.lex)
        cue = page.lex.status_res[state].search(text) if state in page.lex.status_res else None
        if cue is None:
            continue
        # "Die seit Februar laufenden Gespräche seien beendet, bestätigten ... am Freitag": a start before the cue is
        # that of what ended, no day of the end ("effective depuis samedi", after it, is)
        days = [d for d in page.dates(j) if not (d.since and d.end <= start + cue.start())]
        # the date of the cue's own phrase, where the sentence names another step's too ("Das Kartellamt hatte den
        # Zukauf im August freigegeben, vollzogen wurde er am Dienstag"), else the one nearest the cue
        own = statements.phrase_day(page, page.lex.status_res[state].search(page.text, start, start + len(text)),
                                    days) if state in SHUT_STAGES and len({d.value for d in days}) > 1 else None
        day = own or statements.nearest(days, start + cue.start())
        if not found and state == "completed" and days:  # the furthest step a close by a noun names ("La
            day = max(_step_days(page, j, days, state), key=lambda d: d.value)  # operación, anunciada en enero, se
            # cerró el pasado viernes"), not the day of a clause that reports it ("bouclée mardi, a annoncé X mercredi")
        if day is not None and not (day.value[:4] == year or _later_step(event, state, day.value, anchor) or (
                event.date is None and _ended_or_closed_later(event, state) and not day.since
                and day.value[:4] < year)):
            continue  # but an undated deal called off or closed in an earlier year ("Zunächst hatten X und Y eine
            # Fusion angestrebt. Die Gespräche waren im November 2023 gescheitert", "Nous avons cédé X à Y. Cette
            # cession, finalisée le 31 décembre 2024, ...") is a background deal, dated so
        when = getattr(day, "value", None)
        if when is None and not found and event.date and event.date < anchor[:len(event.date)]:
            when = event.date  # "2023 hatten X und Y verhandelt. Die Gespräche scheiterten damals": then, not today
        out.append(Candidate(event.type, event.parties, j, None, when, state, True, anaphoric=True))
    return out


def _supposed_end(page: Page, text: str) -> bool:
    """ "X has promised to return £200m to shareholders if the Y deal failed": an end told in a conditional clause is
    a case supposed, no deal's end."""
    end = page.lex.status_res["terminated"].search(text)
    return end is not None and page.lex.conditional_re.search(text, 0, end.start()) is not None


def _ended_or_closed_later(event: Candidate, state: str) -> bool:
    """Whether a later sentence's stage takes an undated deal further: called off, or closed when its statement
    only agreed it; a close told of a deal already told as done (a round raised) is another, earlier deal's."""
    return state == "terminated" or state == "completed" and event.status != "completed"


def _blocked_by_regulator(page: Page, j: int) -> bool:
    """Whether a sentence tells a regulator or a court ending a deal and names no other firm: what it blocks is a
    deal the sentences around it tell ("En mars 2021, l'Autorité de la concurrence l'a bloqué", "Im März 2021 hat
    das Bundeskartellamt den Deal untersagt"); the regulator is no party, and no other deal's firm."""
    text = page.sentence_text(j)
    return bool(page.lex.regulator_re.search(text)) and status.ended(text, page.lex) and all(
        organisations.regulator(m, page.text, page.lex) for m in page.mentions[j] if m.name)


def _closed_by_noun(page: Page, event: Candidate, j: int, anchor: str) -> bool:
    """ "L'opération a été finalisée mardi", "La operación quedó cerrada el viernes": a sentence that opens on a deal
    noun and tells its close, the deal of the sentences before (a sentence naming no deal by a cue of its own); not
    one with a forecast word anywhere ("Die Transaktion soll nach Zustimmung der Behörden bis Jahresende
    abgeschlossen sein")."""
    text = page.sentence_text(j)
    return (_opens_with_deal_noun(page, j) and not page.lex.future_re.search(text)
            and status.assess(text, event.type, None, anchor, page.lex)[0] == "completed")


OPEN_STEPS = OPEN_STAGES | {"ongoing"}  # a deal whose course a later step may end (a done deal has none)


def _later_step(event: Candidate, state: str, day: str, anchor: str) -> bool:
    """ "In 2018 X signed a contract with Y. Then in 2021 X cancelled the deal": a close or an end dated after the
    open deal's own date, up to the news, is the deal's later step (not that of a deal done then: "X bought Y in
    2019. In 2024 its sale of Y to Z failed" tells another deal)."""
    return (state in SHUT_STAGES and event.status in OPEN_STEPS and bool(event.date)
            and event.date[:4] < day[:4] <= anchor[:4])


def _sequel(page: Page, event: Candidate) -> list[int]:
    """The sentences that go on about a deal: those after each of its statements, up to the next
    sentence that states another deal (not one that only refers back to it)."""
    own = {c.sentence for c in (event, *event.merged)}
    out: list[int] = []
    for i in sorted(own):
        for j in range(i + 1, min(i + 1 + LOOKAHEAD, len(page.sentences))):
            if j in own:
                continue
            if page.triggers(j) and not _refers_back(page, event, j):
                break
            if j not in out:
                out.append(j)
    return out


def _refers_back(page: Page, event: Candidate, j: int) -> bool:
    """A sentence whose deal cues are all of the deal's own type and that names no sum speaks of the same deal
    ("The round was led by X", "La operación está liderada por Y"); one with a sum states another, unless it
    opens on the round's investors (`_aside`)."""
    s = page.sentences[j]
    return all(t.trigger.type == event.type or _joins_round(page, event, j, t) for t in page.triggers(j)) and (
        not page.money(j) or _aside(page, event, j) < s.end)


def _joins_round(page: Page, event: Candidate, j: int, cue: triggers.TriggerMatch) -> bool:
    """An investment cue after a participation cue in a sentence after a round is one more investor of that round
    ("Angeführt wurde die Runde von X; außerdem stieg die Förderbank Y neu ein"), unless it names a firm it is in
    ("... Y, which also invested in Z")."""
    s = page.sentences[j]
    return (event.type == "funding_round" and cue.trigger.type == "investment"
            and page.lex.participation_re.search(page.text, s.start, cue.start) is not None
            and not any(m.start >= cue.end and roles.marker(m, cue.end, page.text, page.lex) == "patient"
                        for m in page.mentions[j]))


def _aside(page: Page, event: Candidate, j: int) -> int:
    """Where a sentence after a round stops speaking of it: at its first deal cue when a participation cue comes
    before that cue and the sentence names a sum ("X led the round, with participation from Y, which also led the
    startup's $12 million Series A in 2023": the rest is an earlier round, its firms none of this one's); else at
    its end."""
    s = page.sentences[j]
    cues = page.triggers(j)
    if event.type != "funding_round" or not cues:
        return s.end
    opened = page.lex.participation_re.search(page.text, s.start, s.end)
    later = [t.start for t in cues if opened and t.start >= opened.end()]
    if not later:
        return s.end
    first = min(later)  # the round's own noun may come before the cue ("Le tour de table est mené par X, ...")
    money = page.money(j)
    return first if money and all(a.start > first for a in money) else s.end


def _add_named(page: Page, event: Candidate, sequel: list[int], cue, role: str, one: bool = False) -> None:
    """Parties named in the sentences after a deal (`sequel`, `_sequel`'s) that carry a cue of their role:
    investors of a round ("X also took part", "angeführt von X"), the seller of a company ("the seller is X",
    only the firm nearest the cue: "..., der das Unternehmen aus Aalen kontrolliert hatte" names no other)."""
    for j in sequel:
        hit = cue.search(page.text, page.sentences[j].start, page.sentences[j].end)
        if not hit:
            continue
        stop = _aside(page, event, j)
        named = [m for m in page.mentions[j] if m.name and not m.anaphor and m.start < stop]
        if one:
            named = sorted(named, key=lambda m: abs(m.start - hit.end()))[:1]
        for m in named:
            if all(m.name != n for n, _ in event.parties):
                event.parties.append((m.name, role))


def _add_listed(page: Page, event: Candidate) -> None:
    """Investors listed after a participation cue in the round's own sentence, past where its clause stopped
    ("Angeführt wird die Runde von X; außerdem beteiligen sich A, der B, die C aus Amsterdam sowie ...": the
    article after a comma read as a relative pronoun): the names from the cue up to the next deal cue, when no
    deal cue stands between the round's last party named before it and the cue."""
    for j in sorted({c.sentence for c in (event, *event.merged)}):
        s, starts = page.sentences[j], [t.start for t in page.triggers(j)]
        stop = _aside(page, event, j)
        for hit in page.lex.participation_re.finditer(page.text, s.start, stop):
            named = [m for m in page.mentions[j] if m.name in event.names and m.end <= hit.start()]
            if not named or any(named[-1].end <= t < hit.start() for t in starts):
                continue
            end = min([t for t in starts if t >= hit.end()] + [stop])
            for m in page.mentions[j]:
                if (m.name and not m.anaphor and hit.end() <= m.start < end
                        and all(m.name != n for n, _ in event.parties)):
                    event.parties.append((m.name, "investor"))


def _add_funds(page: Page, event: Candidate, sequel: list[int]) -> None:
    """Funds the name finder missed or cut short ("Ventures" of "Europe Ventures", a place dropped) in a round's
    sentences and those after it (`sequel`) that carry a participation cue ("angeführt vom US-Investor Insight
    Partners", "beteiligen sich ... der Förderfonds Bayern Kapital")."""
    own = sorted({c.sentence for c in (event, *event.merged)})
    for j in own + sequel:
        s = page.sentences[j]
        if not page.lex.participation_re.search(page.text, s.start, s.end):
            continue
        for f in organisations.fund_names(page.text[s.start:s.end], s.start, page.lex):
            inside = [m for m in page.mentions[j] if m.start < f.end and f.start < m.end]
            if any(m.start < f.start or m.end > f.end or not m.name or not f.name.endswith(m.name) for m in inside):
                continue  # part of a longer name, or another one ("Durable Capital" of "Durable Capital Partners")
            if inside:  # an investor named by the name's last words only takes the whole name
                parts = {m.name for m in inside}
                event.parties[:] = [(f.name if n in parts and r == "investor" else n, r) for n, r in event.parties]
            elif all(f.name != n for n, _ in event.parties):
                event.parties.append((f.name, "investor"))


def _drop_short_forms(event: Candidate) -> None:
    """One investor named twice, once in full and once by its first words ("Norte Ventures" and "Norte", the
    fund's parent "Grupo Norte" with its descriptor dropped): the full name stays, the short form goes."""
    investors = [n.split() for n, r in event.parties if r == "investor"]
    event.parties[:] = [(n, r) for n, r in event.parties if r != "investor" or not any(
        len(words) > len(n.split()) and words[:len(n.split())] == n.split() for words in investors)]


def _body_sums(page: Page, deals: list[Candidate]) -> dict[float, set[int]]:
    """Each sum the body states of a deal, with the deals (by id) whose statements state it."""
    sums: dict[float, set[int]] = {}
    for e in deals:
        for c in (e, *e.merged):
            if c.amount and page.sentences[c.sentence].paragraph not in page.title_paragraphs:
                sums.setdefault(c.amount.value, set()).add(id(e))
    return sums


def _sum_of_another(headline: Candidate, event: Candidate, sums: dict[float, set[int]]) -> bool:
    """ "Navira aparca su salida a bolsa y cierra una ronda de 50 millones": a headline's sum that the body states
    of another deal only is that deal's, not this one's (a listing's window spans the round cue after it)."""
    owners = sums.get(headline.amount.value, set()) if headline.amount else set()
    return bool(owners) and id(event) not in owners


def _listing_money(event: Candidate, listed: set[float]) -> bool:
    """A round whose sum a listing of the page raised is that listing's money told as "raising", unless it names
    its investors ("suspendió su salida a bolsa ... ha cerrado una ronda de 50 millones liderada por Y", the
    headline's sum read for the listing too): a listing's offering is led by no one."""
    return (event.type == "funding_round" and event.amount is not None and event.amount.value in listed
            and "investor" not in {r for _, r in event.parties})


def _named_once(page: Page, names: set[str]) -> bool:
    """Whether a party is a single word the page names only once, with no descriptor or legal suffix to
    introduce it ("liefert Strom an X", "Analysts at Fenwick"): as often a common noun, a place or a
    source as a firm."""
    for name in names:
        if " " in name:
            continue
        named = [m for ms in page.mentions for m in ms if m.name == name and not m.anaphor]
        if len(named) <= 1 and not any(m.introduced for m in named):
            return True
    return False


def confidence(event: Candidate, mentions: list[Candidate], amount, date_explicit: bool, named_once: bool) -> float:
    """Higher when the parties are named (not inferred from "the company"), the deal is stated more
    than once, and amount and date come from the text; lower when a party is a lone word named once.
    Measured on the tuning sets, events at 0.8 and above pair with a gold event clearly more often
    than those below (about nine in ten against seven in ten on pages from new writers)."""
    score = 0.7
    score -= 0.1 if named_once else 0.0
    score += 0.1 if len(mentions) > 1 else 0.0
    score += 0.1 if amount else 0.0
    score += 0.1 if date_explicit else 0.0
    score -= 0.2 if all(c.anaphoric for c in mentions) else 0.0
    score -= 0.1 if event.type in SINGLE_PARTY_TYPES and len(event.parties) == 1 and not amount else 0.0
    score -= 0.1 if len(event.parties) > 3 and event.type not in SINGLE_PARTY_TYPES else 0.0
    return round(min(0.95, max(0.05, score)), 2)


def _headline_status(body: list[Candidate], mentions: list[Candidate]) -> str | None:
    """ "Crédit Ligérien et Banque Pyrénéenne renoncent à leur fusion" / "Le projet de rapprochement entre ...": when
    no body statement of a deal has a status cue, the furthest stage past the announcement its headline states by one
    (not a headline's rumour word: "Lumatec eyes listing" over "Lumatec intends to list" is a plan)."""
    if any(c.cued for c in body):
        return None
    told = [c.status for c in mentions
            if c.cued and c not in body and status.ORDER[c.status] > status.ORDER["announced"]]
    return max(told, key=status.ORDER.__getitem__) if told else None


HEADLINE_LEAD = 3  # body sentences after the headline in which its firms must all be named for its deal to stand


def _headline_news(page: Page, headline: list[Candidate], events: list[Candidate]) -> list[Candidate]:
    """ "Lumatec orders 48 trains from Nordwerk" / "Nordwerk today announced that Lumatec has placed a contract
    ...": a complete statement of the headline that no body statement joined is the page's news when the lead of
    the body names each of its firms (restating the deal with descriptions, pronouns or a cue of its own the rules
    miss); not when the body tells a deal of the same firms, or the lead one of its kind with one of them or with
    another firm (the headline's reading of that deal is the wrong one)."""
    joined = {id(c) for e in events for c in e.merged}
    body = [i for i, s in enumerate(page.sentences) if s.paragraph not in page.title_paragraphs][:HEADLINE_LEAD]
    lead = {m.name for i in body for m in page.mentions[i] if m.name}
    out: list[Candidate] = []
    for c in headline:
        if id(c) in joined or not complete(c.type, c.parties):
            continue
        told = events + out
        canon = organisations.canonical_names(sorted({n for e in [c, *told] for n in e.names} | lead,
                                                     key=lambda n: -len(n.split())))  # long forms first
        mine = {canon[n] for n in c.names}
        if not mine <= {canon[n] for n in lead}:
            continue  # "Groupe Laurentis" of the headline is the lead's "Laurentis"
        if any(canon.get(m.name, m.name) not in mine for i in body if _kind_cued(page, i, c)
               for m in page.mentions[i] if m.name and not m.anaphor):
            continue  # the lead tells a deal of its kind with another firm: it reads the deal otherwise
        if any(mine <= (theirs := {canon[n] for n in e.names}) or KINDRED[e.type] == KINDRED[c.type] and mine & theirs
               and any(x.sentence in body for x in (e, *e.merged)) for e in told):
            continue  # the body tells the deal, or the lead one of its kind with one of its firms (short and long
            # names alike); a firm's other contracts told further on are other deals
        c.date = c.date or _restated_day(page, c)
        out.append(c)
    return out


def _kind_cued(page: Page, i: int, c: Candidate) -> bool:
    """Whether sentence i has a cue of the candidate deal's kind."""
    return any(KINDRED[t.trigger.type] == KINDRED[c.type] for t in page.triggers(i))


RESTATED_REACH = 5  # body sentences read for the first that tells the headline's deal again by a cue of its kind


def _restated_day(page: Page, c: Candidate) -> str | None:
    """ "Salinero y Mitsuda crean empresa conjunta" / "Las compañías anunciaron este miércoles la creación de una
    empresa conjunta": the first day a body sentence with a cue of the headline deal's kind names."""
    body = [i for i, s in enumerate(page.sentences) if s.paragraph not in page.title_paragraphs][:RESTATED_REACH]
    days = [d.value for i in body if _kind_cued(page, i, c)
            for d in undatelined(page.dates(i), page.text, page.sentences[i].start)
            if len(d.value) == 10 and not d.counted and not d.since]
    return days[0] if days else None


def _new_deals(extra: list[Candidate], events: list[Candidate], support: dict[int, int]) -> list[Candidate]:
    """One event a deal: a deal of dropped statements whose type and parties lie within an event's is that
    event's deal (counted as its support, the event itself unchanged); a statement dropped only for naming no
    buyer names the unit a sale leaves unnamed ("the attempt of X to sell O2" beside "X agreed to sell its unit
    to Y": `merging.halves`, told in sentences close together, or who bought the firm a sale of the same sentence
    names: `merging.seller_and_buyer`); the others are new deals."""
    out: list[Candidate] = []
    for e in extra:
        half = next((o for o in events if set(e.flags) == {"incomplete"} and (halves(o, e) and min(
            abs(c.sentence - e.sentence) for c in (o, *o.merged)) <= HALF_REACH or seller_and_buyer(o, e))), None)
        if half is not None:
            known = dict(half.parties)
            half.parties += [(n, r) for n, r in e.parties if n not in known]
            half.merged += [e, *e.merged]
            continue
        host = next((o for o in events + out if o.type == e.type and e.names <= o.names), None)
        if host is None:
            out.append(e)
            continue
        support[id(host)] = support.get(id(host), 0) + 1 + len(e.merged)
        if any(host is o for o in out):
            host.merged += [e, *e.merged]
    return out


def _as_written(name: str, text: str) -> str:
    """A name with an apostrophe as the clean text writes it ("Direction générale de l’armement"): the page reads
    the typographic apostrophe straight, the record keeps the page's spelling."""
    if "'" not in name or name in text:
        return name
    typographic = name.replace("'", "’")
    return typographic if typographic in text else name


def assemble(clean: dict, name: str, version: str, dropped: bool = False,
             every: bool = False) -> list[tuple[dict, dict[str, float]]]:
    """The events the rules keep of one clean page; with `dropped`, every candidate event with its features for
    the learned scorer: the rules' events (the same either way), then one event per further deal of statements
    the rules drop. Without `dropped` the features are left empty (the rules' hot path pays nothing for them); a
    candidate the model may not judge (`scorer.admits`) gets only its flags, unless `every` (training reads all)."""
    page = read_page(clean)
    out: list[tuple[dict, dict[str, float]]] = []
    seen: dict[tuple, int] = {}
    dated: list[tuple[set[str], str]] = []  # parties and day of the events the text dates explicitly
    dated_after: list[tuple[set[str], str]] = []  # those of the events a later sentence dates to the day
    uncued: set[int] = set()  # the places in `out` of the investments whose stage no cue tells
    title_sentences = {i for i, x in enumerate(page.sentences) if x.paragraph in page.title_paragraphs}
    year = page.anchor.isoformat() if page.anchor else ""
    found = candidates(page, keep_dropped=dropped)
    merged = merge([c for c in found if not c.flags], title_sentences, year)
    merged += _headline_news(page, [c for c in found if not c.flags and c.sentence in title_sentences], merged)
    support: dict[int, int] = {}
    extra = _new_deals(merge([c for c in found if c.flags], title_sentences, year), merged, support) if dropped else []
    deals = merged + extra
    listed = {c.amount.value for e in deals if e.type == "ipo" for c in (e, *e.merged) if c.amount}
    sums = _body_sums(page, deals)
    language = clean.get("language") or page.lex.lang
    if dropped:  # what the scorer's evidence reads of the whole page
        in_title = {m.name for i in title_sentences for m in page.mentions[i] if m.name}
    for event in deals:
        if _listing_money(event, listed):
            continue  # the money a listing raised, told as "raising"
        mentions = [event, *event.merged]
        body = [c for c in mentions if page.sentences[c.sentence].paragraph not in page.title_paragraphs] or mentions
        final = _headline_status(body, mentions) or status.latest([(c.status, c.cued) for c in body])
        taken = {c.sentence for e in merged if e is not event for c in (e, *e.merged)}  # other deals' sentences
        echoes = _echoes(page, event, taken)
        further = [c for c in echoes if status.ORDER[c.status] > status.ORDER[final]]
        if not further and not any(c.date for c in body if c.status == final):
            further = [c for c in echoes if c.status == final and c.date]  # the same stage, dated by a later sentence
        if further:  # "Der Konzern hat die Übernahme vollzogen": a later stage told of it the next sentence
            body += further
            final = status.latest([(c.status, c.cued) for c in body])
        chosen = [c for c in body if c.status == final] or body
        if event.type == "funding_round":
            sequel = _sequel(page, event)  # once: its sentences' cues and sums are read for both
            _add_named(page, event, sequel, page.lex.participation_re, "investor")
            _add_listed(page, event)
            _add_funds(page, event, sequel)
            _drop_short_forms(event)
        elif event.type == "acquisition" and "seller" not in {r for _, r in event.parties}:
            _add_named(page, event, _sequel(page, event), page.lex.seller_re, "seller", one=True)
        in_body, in_chosen = {id(c) for c in body}, {id(c) for c in chosen}
        headline = [c for c in mentions if id(c) not in in_body]
        amount = _fill_amount(page, event, chosen, [c for c in headline if not _sum_of_another(c, event, sums)],
                              [c for c in body if id(c) not in in_chosen], taken)
        date = _fill_date(page, event, chosen, body, final)
        if final == "announced" and date and not any(c.cued for c in chosen):
            told = _made_public_day(page, event, taken)
            date = told if told and told < date[:len(told)] else date
        explicit = any(c.date for c in chosen)
        if explicit and date and len(date) == 10:
            dated.append((event.names, date))
        elif not explicit and final == "announced":
            # announced alongside a deal dated to the day ("Teil der Vereinbarung ist ..."), or dated by the
            # sentence after it, one of the same two firms at least
            date = next((d for names, d in dated if names & event.names), None) or next(
                (d for names, d in dated_after if len(names & event.names) > 1), date)
            if date and len(date) == 10 and date != _news_day(page):
                dated_after.append((event.names, date))  # "... Allianz SE. Darauf haben sich die Vorstände am
                # Sonntag verständigt"
        if event.type == "investment" and not any(c.cued for c in chosen):
            uncued.add(len(out))  # its stage told by no cue: the stage of a listing it is an order in may be its own
        keys = sorted(organisations.normalise(n, page.lex) for n, _ in event.parties)
        first = page.sentences[body[0].sentence]
        named_once = _named_once(page, event.names)
        record = {
            "schema_version": 1,
            "event_id": "",
            "type": event.type,
            "status": final,
            "parties": [{"name": _as_written(n, clean.get("text") or ""), "role": r} for n, r in event.parties],
            "amount": {"value": amount.value, "currency": amount.currency, "text": amount.text} if amount else None,
            "date": date,
            "language": language,
            "evidence": {"text": (clean.get("text") or "")[first.start:first.end], "start": first.start,
                         "end": first.end},  # the clean text's own slice (the page reads apostrophes straight)
            "confidence": confidence(event, body, amount, explicit, named_once),
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
        if not dropped:
            out.append((record, {}))
            continue
        flags = {f for c in body for f in c.flags}
        if not every and not scorer.admits(flags, len(event.parties)):  # never judged: its flags say why, no more
            out.append((record, {f"flag={f}": 1.0 for f in flags}))
            continue
        evidence = {"complete": complete(event.type, event.parties), "named_once": named_once,
                    "confidence": record["confidence"], "events": len(deals),
                    "support": support.get(id(event), 0), "main": page.main in event.names,
                    "in_title": len(event.names & in_title) / len(event.names),
                    "least_named": min(page.named[n] for n in event.names),
                    "sharing": sum(1 for o in deals if o is not event and o.names & event.names),
                    "retyped": any(o.names == event.names and o.type != event.type for o in deals)}
        out.append((record, candidate_features.event_features(page, event, body, headline, amount, explicit, final,
                                                              evidence, language)))
    return _without_restated_stakes(_without_backers_as_rounds(_with_listing_subscriptions(out, uncued)))


def _with_listing_subscriptions(out: list[tuple[dict, dict[str, float]]],
                                uncued: set[int]) -> list[tuple[dict, dict[str, float]]]:
    """ "X's shares began trading on Thursday ... Fund Y had committed to subscribe €30m as an anchor investor": an
    investment in the issuer of a listing the page tells as done, dated the listing's own day, whose stage no cue of
    its own tells (`uncued`: places in `out`; "had indicated interest in buying" is one), is an order in that
    offering (an anchor or cornerstone order, a concurrent placement): it was filled with the listing, so it is done
    too."""
    listed = {(organisations.normalise(p["name"]), r["date"]) for r, _ in out
              if r["type"] == "ipo" and r["status"] == "completed" and r["date"] for p in r["parties"]}

    def subscribed(k: int, r: dict) -> bool:
        return k in uncued and r["type"] == "investment" and r["status"] == "announced" and any(
            p["role"] == "investee" and (organisations.normalise(p["name"]), r["date"]) in listed
            for p in r["parties"])

    return [({**r, "status": "completed"} if subscribed(k, r) else r, f) for k, (r, f) in enumerate(out)]


def _without_restated_stakes(out: list[tuple[dict, dict[str, float]]]) -> list[tuple[dict, dict[str, float]]]:
    """ "X will acquire a 51% stake in Y for $110m ... X will buy the stake from Y's promoters": an investment of the
    acquirer in the target of a takeover of the page, at its stage and on its day, with no other sum, is that
    takeover's stake told again by another sentence, no deal of its own (an earlier stake has a date or a sum of its
    own; one sentence's two readings are the rules' to choose between)."""
    def side(record: dict, role: str) -> set[str]:
        return {p["name"] for p in record["parties"] if p["role"] == role}

    takeovers = [r for r, _ in out if r["type"] == "acquisition"]

    def retold(r: dict) -> bool:
        return r["type"] == "investment" and any(
            side(r, "investor") == side(t, "acquirer") and side(r, "investee") == side(t, "target")
            and r["status"] == t["status"] and r["date"] == t["date"]
            and r["evidence"]["start"] != t["evidence"]["start"]
            and (r["amount"] is None or t["amount"] is not None and r["amount"]["value"] == t["amount"]["value"])
            for t in takeovers)

    return [(r, f) for r, f in out if not retold(r)]


def _without_backers_as_rounds(out: list[tuple[dict, dict[str, float]]]) -> list[tuple[dict, dict[str, float]]]:
    """ "X raised $12m led by Y. Z, which backed the seed, came back for the Series A": a round whose one party, with
    no sum of its own, is a backer of another round of the page retells that round's backers, no round Z raised."""
    backers = {p["name"] for r, _ in out if r["type"] == "funding_round"
               for p in r["parties"] if p["role"] == "investor"}
    return [(r, f) for r, f in out if not (r["type"] == "funding_round" and r["amount"] is None
                                           and len(r["parties"]) == 1 and r["parties"][0]["name"] in backers)]


def build(clean: dict, name: str, version: str) -> list[dict]:
    """All deal events of one clean page (without processed_at): those the rules keep, or, when the learned
    scorer decides (scorer.json), every candidate it may judge whose probability clears its threshold, with that
    probability as its confidence."""
    model = scorer.load()
    if model is None or not model.decides:
        return [record for record, _ in assemble(clean, name, version)]
    return scorer.publish(model, assemble(clean, name, version, dropped=True))
