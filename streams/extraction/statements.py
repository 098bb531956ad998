"""Deal statements: each trigger of a sentence with the parties its roles give, and the amount, date
and status of its own clause."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, partial

from streams.extraction import amounts, candidate_features, discourse, kinds, roles, sentences, status
from streams.extraction.dates import DateMention, undatelined
from streams.extraction.kinds import PHRASE_BREAK, past_suffix
from streams.extraction.lexicon import Lexicon, alternation
from streams.extraction.organisations import _YEAR as YEAR
from streams.extraction.organisations import Mention, is_institution, regulator
from streams.extraction.page import Page
from streams.extraction.triggers import TriggerMatch

SINGLE_PARTY_TYPES = {"ipo", "funding_round"}
# frames that tell a standing relationship, not a new deal ("X is its customer", "X and Y work together"): a start
# named anywhere after their cue dates them
STANDING_FRAMES = {"serve", "symmetric"}
OWNED_FRAMES = {"court"}  # the target as subject ("Y gehört zu X"), not a buyer's repeated purchases "since 2019"
RUNNING_REACH = 12  # characters before a date searched for "since", "seit", "depuis", "desde"
ACQUISITION_ROLES = {"acquirer", "target", "seller"}
GOVERNED_NOUN_TYPES = {"joint_venture"}  # "compró el 50% de la empresa conjunta X": what is bought, not a new venture


@dataclass
class Candidate:
    """One statement of a deal in one sentence."""

    type: str
    parties: list[tuple[str, str]]
    sentence: int
    amount: amounts.Amount | None
    date: str | None
    status: str
    cued: bool  # the text states the status (else the default "announced")
    anaphoric: bool
    merged: list[Candidate] = field(default_factory=list)
    flags: tuple[str, ...] = ()  # the rules that would drop it (kept only when candidates() is asked for them)
    # the structure of the statement for the learned scorer, computed when asked (only an event's first is read)
    traits: Callable[[], dict[str, float]] | None = None

    @property
    def names(self) -> set[str]:
        return {n for n, _ in self.parties}


def nearest(items: list, position: int):
    """The item (with a .start) closest to a position."""
    return min(items, key=lambda x: abs(x.start - position), default=None)


PARTNER_TYPES = {"partnership", "joint_venture"}  # cues whose purpose clause tells what the partners do
# cues whose purpose clause tells what is done under them: the partners' work, or a licence's ("giving Y the rights to
# develop and sell its drug")
PURPOSED_TYPES = PARTNER_TYPES | {"contract"}
PURPOSE_REACH = 60  # characters before a sale cue searched for its infinitive of purpose ("um Reisen zu")
APPOSITION_REACH = 60  # characters after a name read for the apposition that makes it the other firm's customer
WORK_REACH = 90  # characters after the firm a contract is made with in which the infinitive of its work is read
MAX_TRIGGERS = 12  # a sentence states a few deals; more cues than this is a list or junk, not prose
REACH = 400  # characters before a trigger in which its subject is looked for
UNIT_REACH = 40  # characters after a merger cue in which a unit word makes it the merger of units
UNIT_WORDS = 3  # words after a count read for a unit ("84 high-street branches"): units counted are no goods
SECOND_OBJECT_WORDS = 8  # words between a first price and the next object of the same verb
WON_OBJECT_WORDS = 8  # words from a verb of winning to the contract noun it won ("erhielt die Firma vom Land X einen")
CREDIT_OPENING = 2  # words at most before a rumour cue that heads its sentence ("Según fuentes del mercado, ...")
DATED_CUE_REACH = 4  # characters between a cue and the year that dates it ("seit dem Börsengang 2017", " en ")
APPOSED_WORDS_REACH = 40  # further characters to an aside's date ("introduite en Bourse sur Euronext Growth en 2016")
RATING_REACH = 40  # characters around a buying cue searched for a broker's rating that holds it ("a Buy rating")
HYPOTHETICAL_REACH = 30  # characters before a trigger searched for "possible", "next", "geplant"
STAKE_REACH = 60  # characters after a buy trigger in which "a 30% stake", "Aktien" make it an investment
WITHHELD_REACH = 30  # characters after a negation in which a disclosing verb makes it withhold a detail
COMPLEMENT_WORDS = 4  # words between a deal noun and the firm it is of ("the purchase of the Danish X")
MANDATE_REACH = 120  # characters around a contract cue in which an adviser's task makes it a mandate, no supply
APPROVAL_REACH = 30  # characters around a date searched for a regulator's approval ("aprobó ayer")
_SPACES = re.compile(r"\s+")
# the rest of a participle's word and a space before the noun it describes, no punctuation: an attribute
# ("vereinbarte Fusion"), not a verb that closes its clause ("hatte im Januar vereinbart, ...")
_ATTRIBUTE_END = re.compile(r"\w*\s+[^\W\d_]")
CALLED_OFF_REACH = 30  # characters after a called-off cue in which a date is the day it was called off
TENDER_REACH = 20  # characters before a buy cue in which a public offer makes it one ("offre publique d'achat")
MAJORITY_REACH = 15  # characters around a later purchase cue in which a majority is what it buys ("compró la mayoría")
CONTROL_REACH = 25  # characters before a stake cue that qualify the stake ("a controlling 60% stake in")
INVERTED_SUBJECT = 30  # more where the subject may follow the verb ("übernimmt die Spedition X eine Beteiligung")
POSSESSIVE_REACH = 8  # characters before a purchase noun read for its possessive ("son rachat", "its takeover")
OTHER_PRICE_REACH = 40  # characters after a later cue of another kind in which a sum is that deal's price
FIGURE_CUE_GAP = 1  # characters at most between a figure and the deal noun it qualifies ("a $45 million investment")
RAISED_REACH = 25  # characters after a raising cue in which a sum is the money raised ("ronda de 12 millones")
UNRAISED_EXEMPT = {"funding_round", "ipo", "investment"}  # kinds whose sum may be the money another cue raised
VERB_LAST = re.compile(r"(?:\s+\w+)?\s*(?:[.,;:!?)](?!\d)|$)")  # a cue that ends its clause, maybe with an auxiliary
# (not a number: "übernimmt 24,9 Prozent")
VERB_JOINED = re.compile(r"(?:\s+([^\W\d]+))?\s+(\w+)\s")  # a verb, maybe its auxiliary, and the word after them


def _retype(kind: str, parties: list[tuple[str, str]], near: str, lex: Lexicon):
    """Buying a minority stake or shares is an investment, not an acquisition."""
    if kind == "investment" and any(r in ACQUISITION_ROLES for _, r in parties):
        return kind, _investment_roles(parties)  # a cue of letting an investor in, told as a sale or from the target
    if kind != "acquisition" or not lex.stake_re.search(near) or lex.majority_re.search(near):
        return kind, parties
    if any(float(p.replace(",", ".")) > 50 for p in lex.share_re.findall(near)):
        return kind, parties
    return "investment", _investment_roles(parties)


def _tender_offer(page: Page, i: int, trig: TriggerMatch) -> bool:
    """ "le projet d'offre publique d'achat déposé par X sur les actions de Y", "X's tender offer for the shares of Y":
    a bid for all of a firm's shares buys the firm; the shares it names are no stake."""
    start = max(page.sentences[i].start, trig.start - TENDER_REACH)
    return trig.trigger.type == "acquisition" and bool(page.lex.tender_offer_re.search(page.text, start, trig.end))


def _investment_roles(parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A purchase's roles as a stake's: the buyer invests in the target; with no target named, in the seller ("X
    ouvre son capital à Y", "X sold shares to Y"); with one, the seller takes no part ("X ouvre le capital de sa
    filiale Z à Y": Z is invested in)."""
    roles_ = {r for _, r in parties}
    mapping = {"acquirer": "investor", "target": "investee"}
    if "target" not in roles_:
        mapping["seller"] = "investee"
    return [(n, mapping.get(r, r)) for n, r in parties if r in mapping or r not in ACQUISITION_ROLES]


def _without_price_moves(page: Page, s: sentences.Sentence, start: int, stop: int) -> str:
    """The text from start to stop with the share price moves of its sentence blanked ("Helianor se dispara un 6%
    después de anunciar la venta de ...", "X jumped 6% after agreeing to sell ...", a listed firm's bracket "Tessane
    (+2,5 %) übernimmt"): a move is no stake; nor is the currency a price is paid in ("agreed to buy X in a cash
    and shares deal")."""
    text = page.text[s.start:s.end]
    for move in (page.lex.price_move_re, page.lex.listed_bracket_re, page.lex.payment_re):
        text = move.sub(lambda m: " " * len(m.group()), text)
    return text[max(0, start - s.start):max(0, stop - s.start)]


def _announced_infinitive(page: Page, trig: TriggerMatch, clause: str, windowed: tuple[str, bool], kind: str,
                          anchor: str) -> bool:
    """ "X hatte im Herbst angekündigt, Y zu kaufen": an infinitive clause with no cue of its own after an announcement
    cue is what was announced; its date is the announcement's, no completed deal."""
    link = page.text.rfind(" ", 0, trig.start - 1)
    return windowed == ("announced", True) and bool(page.lex.infinitive_link_re.fullmatch(
        page.text, link, trig.start)) and not status.assess(clause, kind, None, anchor, page.lex)[1]


def _without_names(page: Page, i: int, text: str, start: int) -> str:
    """The text from start with the firm names of sentence i blanked: a name is no stake ("von der Familienholding
    Ostwald Beteiligungen zu kaufen")."""
    for m in page.mentions[i]:
        if m.name and not m.anaphor and start <= m.start < start + len(text):
            text = text[:m.start - start] + " " * (m.end - m.start) + text[m.end - start:]
    return text


def _subsidiary(kind: str, parties: list[tuple[str, str]], sold: bool, near: str, page: Page):
    """ "X vende el 49% de su filial solar a Y": a stake its holder sells in its own unit is an investment in that
    unit, which the page names by the parent's name and more ("X Solar"); with no such name, in the parent."""
    if kind != "investment" or not sold or not page.lex.own_unit_re.search(near):
        return parties
    parent = next((n for n, r in parties if r == "investee"), None)
    units = [n for n, _ in page.named.most_common() if parent and n.startswith(parent + " ")]
    return [(units[0] if units and n == parent else n, r) for n, r in parties] if units else parties


def _controlling(kind: str, parties: list[tuple[str, str]], stake: str, cue: str, lex: Lexicon):
    """A stake that gives control ("a majority stake in X", "a 60% stake in X", "Mehrheitsbeteiligung",
    "participation majoritaire", a cue that holds its share: "détient 65 % du capital de X") is bought with its
    company: an acquisition, whatever the stake cue. The cue's own verb is no qualifier: "controla el 40% de X"
    holds a minority."""
    if kind != "investment" or not _majority_stake(cue, lex) and (
            not (lex.stake_re.search(stake) or lex.share_re.search(cue)) or not (
            lex.majority_re.search(stake.replace(cue, " ")) or any(
            float(p.replace(",", ".")) > 50 for p in lex.share_re.findall(stake)))):
        return kind, parties
    return _bought_whole(parties)


def _bought_whole(parties: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """A stake's parties as those of the acquisition a controlling stake is: its investor buys its investee."""
    mapping = {"investor": "acquirer", "investee": "target"}
    return "acquisition", [(n, mapping[r]) for n, r in parties if r in mapping]


def _control_told_after(page: Page, i: int, parties: list[tuple[str, str]]) -> bool:
    """ "X steigt bei Y ein. Der Kreistag billigte die Abgabe von 70,1 Prozent der Anteile.": an entry whose size
    the next sentence of its paragraph tells, naming no other firm and no deal of its own, as a stake above half."""
    j = i + 1
    if j >= len(page.sentences) or page.sentences[j].paragraph != page.sentences[i].paragraph or page.triggers(j):
        return False
    text = page.sentence_text(j)
    names = {n for n, _ in parties}
    others = [m for m in page.mentions[j] if m.name and m.name not in names and not is_institution(m.name, page.lex)]
    return not others and bool(page.lex.stake_re.search(text)) and any(
        float(p.replace(",", ".")) > 50 for p in page.lex.share_re.findall(text))


def _raised_past_half(page: Page, i: int, trig: TriggerMatch) -> bool:
    """ "X agreed to buy a further 36% of Y, in a deal that will take its stake to 65%", "X compra otro 20% de Y, lo
    que eleva su participación al 55%": a purchase of shares whose sentence goes on to raise the holding past half
    buys the firm, not a stake."""
    return any(float(m.group(1).replace(",", ".")) > 50
               for m in page.lex.stake_raised_re.finditer(page.text, trig.end, page.sentences[i].end))


def _majority_bought(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]]) -> bool:
    """ "X entró en el capital de Y en 2020, cuando compró la mayoría a la familia fundadora", "X était entré au
    capital de Y en rachetant la majorité": an entry whose sentence goes on, naming no other firm, to buy the
    majority is the purchase of the firm, not a stake."""
    if trig.trigger.type != "investment":
        return False
    names = {n for n, _ in parties}
    for t in page.triggers(i):
        if t.trigger.type != "acquisition" or t.start < trig.end:
            continue
        if any(m.name and m.name not in names and trig.end <= m.start < t.start for m in page.mentions[i]):
            return False
        near = page.text[max(trig.end, t.start - MAJORITY_REACH):min(page.sentences[i].end, t.end + MAJORITY_REACH)]
        return bool(page.lex.majority_re.search(near)) and not page.lex.share_re.search(near)
    return False


def _majority_stake(cue: str, lex: Lexicon) -> bool:
    """A cue that is a compound naming a controlling stake ("mit einer Mehrheitsbeteiligung eingestiegen"); not a
    verb of control ("controla el 40%"), which names no stake."""
    return lex.compound_nouns and " " not in cue.strip() and bool(lex.majority_re.match(cue.lower()))


def _combined_units(kind: str, parties: list[tuple[str, str]], after: str, lex: Lexicon):
    """ "merge their British mobile businesses", "la fusion de leurs filiales": the parents combine units
    into a company they own together, a joint venture."""
    if kind != "merger" or not lex.unit_re.search(after) or _whole_business(after, lex):
        return kind, parties
    return "joint_venture", [(n, "partner") for n, _ in parties]


def _whole_business(after: str, lex: Lexicon) -> bool:
    """ "para fusionar sus negocios, según fuentes", "to merge their businesses.": their business with no word to
    narrow it (no "British mobile", no "en España") is all of each firm, a merger."""
    own = lex.own_unit_re.match(after.lstrip())
    if lex.pair_unit_re.match(after.lstrip()):
        return True  # "to merge the two farmer-owned businesses": the two firms counted, each one whole
    if not own or len(own.group().split()) != 2:
        return False
    rest = after.lstrip()[own.end():]
    # "han acordado fusionar sus negocios para crear el mayor grupo", "to merge their businesses to form": the firm
    # the whole of each makes is told in a purpose clause
    return bool(re.match(r"\s*(?:[,.;:]|$)", rest)) or any(
        (hit := lex.purpose_re.search(" ".join(rest.split()[:k]))) and hit.start() == 0 for k in (1, 2))


def _public_customer(kind: str, parties: list[tuple[str, str]], lex: Lexicon) -> list[tuple[str, str]]:
    """A public body buys: in "X signed a contract with the Ministry of Defence" the ministry is the customer."""
    public = [n for n, r in parties if r == "supplier" and is_institution(n, lex)]
    if kind != "contract" or len(public) != 1 or all(is_institution(n, lex) for n, _ in parties):
        return parties
    return [(n, "customer" if n == public[0] else "supplier") for n, _ in parties]


def _worker_subject(page: Page, i: int, trig: TriggerMatch, kind: str, pairs: list[tuple[Mention, str]],
                    parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "X signed a contract with Y to supply 40 units", "X firmó con Y un contrato para construir cuatro buques": an
    infinitive of the goods or the work right after the firm the contract is made with, no firm between, has the
    contract's subject for its doer; so the subject supplies and Y is served, not the other way round. Not a
    building of the subject's own asset ("a deal with Y to build its depot": Y builds), nor a public body on either
    side: it is served (`_public_customer`)."""
    if kind != "contract" or trig.trigger.frame != "order" or sorted(r for _, r in parties) != ["customer", "supplier"]:
        return parties
    named = {r: next((m for m, _ in pairs if m.name == n), None) for n, r in parties}
    subject, other = named["customer"], named["supplier"]
    if subject is None or other is None or not subject.end <= trig.start <= other.start or any(
            m.name and is_institution(m.name, page.lex) for m in (subject, other)):
        return parties  # "the council approved a contract with X to supply trucks": a public body is served
    if roles.marker(other, trig.start, page.text, page.lex) != "comitative":
        return parties  # "X has relied on Y to manufacture its chips": no contract made with Y
    start, stop = max(other.end, trig.end), page.sentences[i].end
    work = page.lex.work_infinitive_re.search(page.text, start, min(stop, start + WORK_REACH))
    if work is None or any(start <= m.start < work.start() for m in page.mentions[i] if m.name) or (
            page.lex.recipient_pronoun_res[1].match(page.text, work.end()) or page.lex.recipient_pronoun_res[0].search(
                page.text, work.start(), work.end() - len(work.group().split()[-1]))):
        return parties  # "a deal with Y to supply it with turbines", "pour lui fournir": Y supplies the subject
    if work.group("building") and page.lex.possessive_re.search(page.text, start, min(stop, work.end() + 20)):
        return parties
    return [(n, roles.COUNTERPART[r]) for n, r in parties]


def _apposed_customer(page: Page, kind: str, pairs: list[tuple[Mention, str]],
                      parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "X maintains a supply contract with Y, its largest customer", "un contrato con Y, su principal cliente": the
    firm set off as the other's own customer buys from it, whatever side the contract's cue put it on."""
    if kind != "contract" or sorted(r for _, r in parties) != ["customer", "supplier"]:
        return parties
    supplier = next(n for n, r in parties if r == "supplier")
    if not any(m.name == supplier and page.lex.customer_apposition_re.match(
            past_suffix(page.text[m.end:m.end + APPOSITION_REACH], page.lex)) for m, _ in pairs):
        return parties
    return [(n, roles.COUNTERPART[r]) for n, r in parties]


def _goods(kind: str, parties: list[tuple[str, str]], pairs: list, clause: str, offset: int, lex: Lexicon):
    """ "Apple buys components from Broadcom": what is bought from a firm, when neither that firm nor a
    unit of it, named by plain words right after the verb, is its goods: a supply relationship. The firm
    may follow what it is ("buys bandwidth from satellite operator X")."""
    if kind != "acquisition" or {r for _, r in parties} != {"acquirer", "seller"} or lex.unit_re.search(clause):
        return kind, parties
    seller = next(m for m, r in pairs if r == "seller")
    if seller.start > offset + len(clause):
        return kind, parties  # "Depuis son rachat en 2022, X est une filiale du groupe Y": the seller's name is past
        # the purchase's clause, no goods bought from it
    before = clause[:max(0, seller.start - offset)].lower()
    source = [m for w in lex.markers["source"] for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", before)]
    cut = max(source, key=lambda m: m.start()) if source else None
    goods, described = (before[:cut.start()].split(), before[cut.end():].split()) if cut else (before.split()[:-1], [])
    governing = {w for role, words in lex.markers.items() if role != "comitative" for w in words}
    if (not goods or any(w in governing for w in goods + described) or lex.descriptors & set(goods)
            or all(w in lex.determiners for w in goods) and not _counted(clause[seller.end - offset:], lex)
            # "zahlt dem Fonds X ... 1,35 Mrd.": X is paid, no goods (but "kauft dem Hersteller X 300 Stapler ab")
            or lex.object_pronoun_res[1].match(" " + " ".join(goods)) or _counted_sites(goods[-3:], lex)
            or _counted_sites(_past_suffixes(clause[seller.end - offset:].split(), lex), lex)):
        return kind, parties  # "bought the company from X", "bought it from X": a firm the text spoke of, no goods;
        # "84 branches from X": sites it sold; "kauft dem Konzern X rund 3100 Wohnungen ab": its homes, named after it
    return "contract", [(n, "customer" if r == "acquirer" else "supplier") for n, r in parties]


def _past_suffixes(words: list[str], lex: Lexicon) -> list[str]:
    """The words after a name with its legal suffixes skipped ("Vantheim SE rund 3100 Wohnungen": what follows the
    firm, not the rest of its name)."""
    while words and words[0].lower().strip(".,") in lex.legal_suffixes:
        words = words[1:]
    return words


def _counted(tail: str, lex: Lexicon) -> bool:
    """Whether what a purchase cue is followed by is a number of things ("buy 40 battery systems", "den Kauf von 36
    Elektrobussen", "l'achat de 20 rames", "buy up to 10,000 tonnes"): no share ("40%", "drei Viertel"), sum ("2
    Millionen", "45 euros por acción"), year, day ("finalisé l'acquisition le 2 avril") or firm."""
    skip = lex.determiners | lex.partitive
    hedge = lex.count_hedges_re.match(tail)
    words = tail[hedge.end():].split() if hedge else tail.split()
    while words and words[0].lower() in skip:
        words.pop(0)
    if len(words) > 2 and words[0].lower() in lex.counters and _GROUPED.fullmatch(words[1]):
        words.pop(0)  # "weitere 30 Prozent der X": the figure is what is counted, here a share
    if len(words) < 2 or not (_GROUPED.fullmatch(words[0]) or words[0].lower() in lex.counters) or YEAR.fullmatch(
            words[0]):
        return False
    words = _unscaled(words, lex)
    thing = words[1].lower().strip(",.;:")
    rest = " ".join(words[1:]).lower()
    return not (thing in lex.amounts["scales"] or thing in lex.amounts["currencies"] or thing in lex.fractions
                or thing in skip or thing in lex.stopwords or thing in lex.months or _counted_sites(words[1:], lex)
                or lex.stake_re.match(rest) or lex.share_re.match(" ".join(words[:2])) or lex.descriptors & {thing})


def _counted_sites(words: list[str], lex: Lexicon) -> bool:
    """ "take over 84 high-street branches from X", "compra 12 hoteles a X", "buy 140 convenience stores from X",
    "buys 3,100 apartments from X": sites, a chain's outlets, a portfolio's homes or units counted (maybe after a word
    or two describing them) are assets a firm sells, no goods."""
    sites = lex.facilities | lex.outlets | lex.dwellings
    return (any(w.lower().strip(",.;:") in sites for w in words[:UNIT_WORDS])
            or bool(lex.unit_re.search(" ".join(words[:UNIT_WORDS]))))


def _unscaled(words: list[str], lex: Lexicon) -> list[str]:
    """ "la compra de 180 millones de litros", "buy 2 million barrels": the count with its scale word (and the
    partitive after it) read as one number, so that the thing counted is the word after them; a sum ("2
    millones de euros") keeps its currency there."""
    if len(words) < 3 or words[1].lower() not in lex.amounts["scales"]:
        return words
    rest = words[2:]
    while len(rest) > 1 and rest[0].lower() in lex.partitive:
        rest = rest[1:]
    return [words[0], *rest]


def _counted_goods(kind: str, parties: list[tuple[str, str]], tail: str, lex: Lexicon):
    """ "The agency agreed to buy 40 battery systems from the company": things bought by the number are goods,
    an order; the buyer is the customer, the firm it buys from the supplier."""
    if kind != "acquisition" or not _counted(tail, lex):
        return kind, parties
    return "contract", [(n, "customer" if r == "acquirer" else "supplier") for n, r in parties]


def _under_supply(kind: str, parties: list[tuple[str, str]], clause: str, lex: Lexicon):
    """ "Depuis 2022, X achète les électrolyseurs de Y en vertu d'un contrat d'approvisionnement", "X will keep buying
    ore from Y's mine under the offtake agreement", "X sells the output of its park to Y under a power purchase
    agreement": goods bought or sold under a standing agreement, no firm; the buyer is the customer, the firm it
    buys from (the owner of what is bought, else what the cue took for its target) the supplier. Not "an offtake
    agreement under which Y will buy ..., and in March it completed ...": there the agreement is told as news."""
    if kind != "acquisition" or not lex.supply_agreement_re.search(clause):
        return kind, parties
    sold = any(r == "seller" for _, r in parties)
    mapping = {"acquirer": "customer", "seller": "supplier"} | ({} if sold else {"target": "supplier"})
    return "contract", [(n, mapping[r]) for n, r in parties if r in mapping]


def _inserted(page: Page, start: int, trig: TriggerMatch, day: DateMention) -> bool:
    """ "X, que ya había sondeado a la familia el año pasado, analiza una oferta": a year or month inside a relative
    clause closed before the cue is that clause's verb's, not the deal's (a day there may be that of the report the
    deal is told by: "Selon le quotidien X, qui citait mercredi des sources, ...")."""
    return day.end <= trig.start and len(day.value) < len("yyyy-mm-dd") and any(
        a <= day.start and day.end <= b for a, b in roles.inserted_clauses(page.text, start, trig.start, page.lex))


def _part_end(page: Page, s, trig: TriggerMatch) -> int:
    """Where the part of a sentence a cue stands in ends: at a semicolon or at a comma before "and", which opens
    another clause ("X bought Y in 2021, and since 2022 it has built hulls for Z under a supply contract")."""
    semicolon = _semicolon_part(page.text, s.start, s.end, trig)[1]
    comma = _conjunction_comma(page.text, trig.end, semicolon, page.lex)
    return semicolon if comma is None else comma


def _outside_names(start: int, mentions: list[Mention]) -> int:
    """A clause's start moved back to the start of a name it would cut: a comma inside a public body's name
    ("Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr") opens no clause."""
    return next((m.start for m in mentions if m.start < start < m.end and m.name and not m.anaphor), start)


def complete(kind: str, parties: list[tuple[str, str]]) -> bool:
    roles_ = {r for _, r in parties}
    if kind in SINGLE_PARTY_TYPES:
        return bool(roles_ & {"issuer", "investee"})
    if kind == "acquisition":
        return "acquirer" in roles_ and bool(roles_ & {"target", "seller"})
    if kind == "investment":  # "X und Y wollen 120 Mio. Euro in die Anlagen investieren": a plan, no firm invested in
        # (a consortium of three or more may still name the firm it backs in a way the roles miss)
        return len(parties) >= 2 and ("investee" in roles_ or len(parties) > 2)
    return len(parties) >= 2


_GROUPED = re.compile(r"\d{1,3}(?:[,.\u00a0]\d{3})+|\d+")  # "40", "10,000", "10.000": a count of things, in groups
_QUOTE = re.compile(r"[“„«\"]([^“”„«»\"]*)[”“»\"]")
_COMMA_WORD = re.compile(r",\s+(\w+)\s")


def _quoted_spans(sentence: str, offset: int) -> list[tuple[int, int]]:
    return [(offset + m.start(), offset + m.end()) for m in _QUOTE.finditer(sentence)]


def within(items: list, start: int, end: int) -> list:
    """The items (with a .start) that start in [start, end)."""
    return [x for x in items if start <= x.start < end]


def money_of(page: Page, i: int) -> list[amounts.Amount]:
    """The money figures of sentence i, without those a correction tells as the article's earlier, wrong ones ("An
    earlier version of this article stated that X paid $1.4bn"): the right figure is told elsewhere."""
    money, wrong = page.money(i), page.lex.superseded_re.search(page.sentence_text(i))
    return [a for a in money if a.start < page.sentences[i].start + wrong.end()] if wrong else money


def answer_to(page: Page, i: int) -> int | None:
    """The first sentence of the answer to the interviewer's question sentence i is in (its first or a later
    sentence): the turn right after it, both opened by their one-letter labels ("P. Acaban de cerrar una ronda.
    R. Son 12 millones ..."). The answer confirms the deal the question names, whose figures and stage it gives."""
    s = page.sentences[i]
    question = page.paragraph_start(i)
    answer = next((j for j in range(i + 1, len(page.sentences)) if page.sentences[j].paragraph != s.paragraph), None)
    turns = answer is not None and page.sentences[answer].paragraph == s.paragraph + 1 and all(
        sentences.opens_a_turn(page.text, page.sentences[k].start, page.lex) for k in (question, answer))
    return answer if turns else None


def _answered_with_sum(page: Page, i: int) -> bool:
    """Whether the answer to question sentence i opens with a sum: the deal the question names of the interviewee's
    firm, addressing it without a name ("Acaban de cerrar una ronda"), is confirmed."""
    answer = answer_to(page, i)
    return answer is not None and bool(money_of(page, answer))


def _named_subject(page: Page, i: int, trig: TriggerMatch) -> bool:
    """Whether a firm is named between the start of a cue's clause (after its last comma, semicolon or colon) and
    the cue: the deal is that clause's own statement, not one a pronoun's or another subject's clause recalls."""
    text = page.text
    start = max(text.rfind(c, page.sentences[i].start, trig.start) for c in ",;:")
    start = max(start, page.sentences[i].start)
    return any(m.name and not m.anaphor and start <= m.start and m.end <= trig.start for m in page.mentions[i])


def _earlier_year(value: str | None, anchor: str) -> bool:
    """Whether a deal is dated by a year alone before the publication's: a relation told as begun then, no news."""
    return bool(value) and len(value) == 4 and value < anchor[:4]


def _sold_since(page: Page, trig: TriggerMatch, kind: str, parties: list[tuple[str, str]],
                began: list[DateMention]) -> bool:
    """ "X vende pan desde 2022 a Y", "X has sold its sauces to Y since 2019": a sale of nothing named, running since a
    start, is goods supplied to a customer; a firm or a unit changes hands once, never "since" a year."""
    return (kind == "acquisition" and trig.trigger.frame == "sell" and {r for _, r in parties} == {"seller", "acquirer"}
            and _running(page, began))


def _running(page: Page, began: list[DateMention]) -> bool:
    """Whether a start of the clause tells a state held since then ("betreibt seit 2022 ein Gemeinschaftsunternehmen",
    "gehört seit 2018 zu X", "détient depuis 2021"), not a founding ("créée en 2023") or an end ("until 2030")."""
    return any(page.lex.running_since_re.search(page.text, max(0, d.start - RUNNING_REACH), d.start) for d in began)


def _apposed_start(page: Page, i: int, trig: TriggerMatch, since: list[DateMention],
                   names: set[str]) -> list[DateMention]:
    """ "X confie depuis 2021 ses livraisons au transporteur Y, un partenariat qu'il juge décisif", "elles exploitent
    ensemble depuis 2020 Z, une coentreprise ...": a relation or venture noun set off after its last party or the
    venture's name is dated by a start told between its first party and that comma."""
    first = next((m.start for m in page.mentions[i] if m.name in names), None)
    comma = page.text.rfind(",", 0, trig.start)
    if first is None or comma < first or any(m.name in names for m in page.mentions[i] if comma < m.start < trig.start):
        return []
    return within(since, first, comma)


def _relative_start(page: Page, i: int, trig: TriggerMatch, since: list[DateMention], end: int) -> list[DateMention]:
    """ "aus dem Gemeinschaftsunternehmen X, das Y und Z seit 2019 betreiben", "eine Kooperation, die Y seit 2021 mit
    Z unterhält": a relative clause right after the cue (or after the venture's own name) tells the deal, and a start
    told in it dates it."""
    rel = page.lex.relative_re.search(page.text, trig.end, end)
    if trig.trigger.type not in roles.RELATIVE_TOLD or rel is None or not (
            rel.start() == trig.end or roles.named_before_relative(trig, page.mentions[i], rel, page.text)):
        return []
    stop = page.text.find(",", rel.end(), end)  # the clause's own conjunctions join its partners ("que X y Y ...")
    return within(since, rel.end(), stop if stop >= 0 else end)


RELATIVE_GAP = 30  # characters between a stake's firm and the purchase verb of its relative clause


def _bought_in_relative(page: Page, i: int, trig: TriggerMatch, found: list[TriggerMatch],
                        anchor: str) -> DateMention | None:
    """ "Orrin will keep the 9.5% stake in X that it bought in 2023", "la participation dans X qu'il a acquise en
    2023", "den Anteil an X, den er 2023 erworben hatte": a relative clause right after a stake's firm that buys it
    tells when the stake was taken; the earlier date of that clause (None when there is none)."""
    firm = next((m for m in page.mentions[i] if m.start >= trig.end and m.name), None)
    if firm is None or page.text[trig.end:firm.start].strip():
        return None
    buy = next((t for t in found if t.start >= firm.end and t.trigger.type == "acquisition"
                and t.trigger.frame == "buy"), None)
    gap = page.text[firm.end:buy.start].strip(" ,") if buy else ""
    if not gap or len(gap) > RELATIVE_GAP or not page.lex.relative_word_re.match(gap.replace("'", "' ")):
        return None
    end = page.sentences[i].end
    stop = page.text.find(",", buy.end, end)
    return next((d for d in within(page.dates(i), firm.end, stop if stop >= 0 else end)
                 if d.value < anchor[:len(d.value)]), None)


def _in_use(page: Page, start: int, end: int) -> bool:
    """Whether the words of a venture cue's part of the sentence tell a relationship standing now ("already share",
    "weiterhin", "keeps the joint venture", "wird weitergeführt", "est maintenue"): a venture founded in an earlier
    year that its partners still use or carry on is a standing one, not a past founding."""
    return bool(page.lex.status_res["ongoing"].search(page.text, start, end))


def _called_off_day(text: str, cue: re.Match, when: list[DateMention]) -> DateMention | None:
    """The date a called-off cue encloses ("zog sein Angebot im Oktober zurück") or that follows it in its phrase,
    no comma between ("walked away in November", "abandonó la operación en octubre"): when it was called off."""
    return next((d for d in when if cue.start() <= d.start <= cue.end() + CALLED_OFF_REACH
                 and not any(c in text[cue.end():d.start] for c in ",;:")), None)


def _closing_day(page: Page, start: int, end: int, when: list[DateMention]) -> DateMention | None:
    """The date of a completion cue's own phrase where the window names more than one ("signed in March ...
    completed it that September", "im März unterzeichnet ... im Oktober abgeschlossen", "una operación anunciada en
    marzo que se cerró ayer"): the deal closed then, not when it was signed or announced. A date the cue encloses
    or that follows it, no comma between; where verbs close the clause, one right before it too."""
    steps = [d for d in within(when, start, end) if d.of_a_step]
    if len({d.value for d in steps}) < 2:
        return None
    return next((day for cue in page.lex.status_res["completed"].finditer(page.text, start, end) if (
        day := phrase_day(page, cue, steps))), None)


def phrase_day(page: Page, cue: re.Match, when: list[DateMention]) -> DateMention | None:
    """The date of a stage cue's own phrase: one the cue encloses or that follows it, no comma between ("vollzogen
    wurde er am Dienstag"), or where verbs close the clause one right before it ("im Oktober abgeschlossen")."""
    return _called_off_day(page.text, cue, when) or _day_before_final_verb(page, cue, when)


def _day_before_final_verb(page: Page, cue: re.Match, when: list[DateMention]) -> DateMention | None:
    """Where verbs close the clause, the date right before the cue, no comma between ("im Oktober abgeschlossen"):
    the date of the cue's own phrase, as one after it is elsewhere (`_called_off_day`)."""
    if not page.lex.verb_second:
        return None
    return next((d for d in reversed(when) if 0 <= cue.start() - d.end <= CALLED_OFF_REACH
                 and not any(c in page.text[d.end:cue.start()] for c in ",;:")), None)


def _dates_participle(page: Page, date: DateMention) -> bool:
    """Whether a date stands right before a participle of agreeing or signing that describes a noun ("zieht sein im
    Januar unterschriebenes Angebot zurück", "haben ihre im Frühjahr vereinbarte Fusion abgesagt"): it dates that
    step, not the end the sentence tells."""
    gap = _SPACES.match(page.text, date.end)
    cue = page.lex.status_res["announced"].match(page.text, gap.end()) if gap else None
    return cue is not None and _ATTRIBUTE_END.match(page.text, cue.end()) is not None


def _conjunction_comma(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Where a comma and a conjunction (", and", ", et", ", y", ", und") first open a new clause in [start, end)."""
    return next((m.start() for m in _COMMA_WORD.finditer(text, start, end)
                 if m.group(1).lower() in lex.conjunction_words), None)


def _conjoined(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a comma and a conjunction open a new clause in [start, end)."""
    return _conjunction_comma(text, start, end, lex) is not None


def _semicolon_part(text: str, start: int, end: int, trig: TriggerMatch) -> tuple[int, int]:
    """The part of a sentence between semicolons that holds a trigger ("Zu den Kunden zählt X; Y setzt die Software
    seit vergangenem Jahr ein": the second part's start dates nothing of the first)."""
    lo = text.rfind(";", start, trig.start)
    hi = text.find(";", trig.end, end)
    return (start if lo == -1 else lo + 1), (end if hi == -1 else hi)


def _opens_sentence(text: str, start: int, at: int) -> bool:
    """Whether what begins at `at` opens its sentence, or the part of it after a colon ("Parte de su producción
    ya tiene comprador: desde 2023, X vende ..."), at most one word in: a start that dates the whole clause."""
    return len(roles.HARD_BREAK.split(text[start:at])[-1].split()) <= 1


def _new_firm_named(page: Page, i: int) -> bool:
    """Whether the sentence names a firm right after a word that calls it new ("An der neuen Halbach Wärme GmbH",
    "in the newly formed X", "la nouvelle société X"): a firm being founded, whose stakes are its founders' shares."""
    s = page.sentences[i]
    return any(page.lex.new_adjective_re.search(" ".join(page.text[max(s.start, m.start - 30):m.start].split()[-2:]))
               for m in page.mentions[i] if m.name and not m.anaphor and not _shares_after(page, m))


def _shares_after(page: Page, m: Mention) -> bool:
    """Whether shares follow a firm's name, joined or not ("neue Bayer-Aktien", "new Kestrel shares"): the new thing
    is shares of that firm, not the firm."""
    return bool(page.lex.stake_re.match(page.text[m.end + 1:m.end + 40])) and page.text[m.end:m.end + 1] in " -"


def _held(page: Page, i: int, trig: TriggerMatch) -> bool:
    """A stake owned by the possessive right before it ("Fox's 30% stake in X"), with no verb of its own."""
    owner = next((m for m in reversed(page.mentions[i]) if m.end <= trig.start), None)
    return owner is not None and owner.possessive and len(page.text[owner.end:trig.start].split()) <= 2


def _financed(page: Page, i: int, trig: TriggerMatch) -> bool:
    """ "Pour financer l'achat, X peut compter sur Y", "Para financiar la compra, X ampliará capital": the deal the
    money is for is told elsewhere, and the firms of the sentence are the financing's; unless a firm is the deal
    noun's complement ("to finance the purchase of X")."""
    start = max(page.sentences[i].start, trig.start - HYPOTHETICAL_REACH)
    if not page.lex.financing_re.search(page.text, start, trig.start):
        return False
    return not any(_complement(page.text[trig.end:m.start].split(), page.lex) or _complement(page.text[
        trig.end:roles.description_start(page.text, trig.end, m.start, page.lex)].split(), page.lex)
                   for m in page.mentions[i] if m.start >= trig.end)


def _complement(gap: list[str], lex: Lexicon) -> bool:
    """Whether the words between a deal noun and a firm (or its description) make the firm what the deal is of:
    "of", "de la colombiana", "der"; not "with a loan arranged by X", "über einen Kredit der X"."""
    link = lex.stopwords | lex.determiners
    return bool(gap) and len(gap) <= COMPLEMENT_WORDS and gap[0].lower() in lex.partitive | lex.determiners and all(
        w.islower() or w.lower() in link for w in gap)


def _told(page: Page, i: int, trig: TriggerMatch) -> bool:
    """Whether a cue names a deal the page already told of, by a word of time before it and no firm after it in its
    clause ("die nach dem Börsengang 32 Prozent hält", "kurz vor der Erstnotiz abgesagt"): it states no deal, and it
    bounds no other cue's window (the end told after it is the deal's before it); a year right after the cue dates
    the deal it states ("die seit dem Börsengang 2017 im Prime Standard notiert")."""
    s = page.sentences[i]
    end = roles.clause_end(page.text, trig, s.end, page.lex)
    return bool(page.lex.temporal_re.search(page.text, max(s.start, trig.start - HYPOTHETICAL_REACH), trig.start)
                and not any(trig.end <= m.start < end for m in page.mentions[i]) and not _dated_cue(page, i, trig))


ROUNDUP_LABEL_WORDS = 8  # words at most of a round-up label before its colon ("Le récap de la semaine :")


def _roundup_line(page: Page, i: int, found: list[TriggerMatch]) -> bool:
    """ "Le récap de la semaine : Pollinis lève 40 M€, Atelier Nuage racheté", "A quick recap: X closed its first
    day of trading ...; Y made its debut ...": a line under a round-up label lists the page's deals clause by clause,
    each told again below, and its firms and cues pair across the clauses; it states no deal of its own. A label
    over one deal ("In brief: X buys Y, a maker of valves") is a headline: the line after the colon must hold two cues,
    or one cue and a second clause opened by a name ("Lévrier se déleste, Nuvéa fait ses débuts en Bourse")."""
    s = page.sentences[i]
    colon = page.text.find(":", s.start, s.end)
    if colon < 0:
        return False
    label = page.text[s.start:colon]
    if len(label.split()) > ROUNDUP_LABEL_WORDS or not page.lex.roundup_re.search(label):
        return False
    cues = {t.start for t in found if t.start > colon}
    clauses = re.search(r"[,;]\s+[A-ZÀ-ÖØ-Þ]", page.text[colon:s.end]) is not None
    return len(cues) >= 2 or bool(cues) and clauses


MONEY_TYPES = {"funding_round", "investment"}  # cues of money raised or put in


def _market_figure(page: Page, i: int, trig: TriggerMatch) -> bool:
    """ "El sector insurtech español captó 310 millones de euros en 2025, según datos de la patronal", "les start-up
    françaises ont levé 1,9 milliard": money a whole market raised or attracted, its subject a sector and no firm named
    before the cue, is a market figure, no round or investment of the page's firm (the slot it leaves open is no
    firm's)."""
    s = page.sentences[i]
    return (trig.trigger.type in MONEY_TYPES and page.lex.market_subject_re.match(page.text, s.start) is not None
            and not any(m.name and not m.anaphor and m.start < trig.start for m in page.mentions[i]))


def _advising(page: Page, trig: TriggerMatch, start: int, end: int) -> re.Match | None:
    """ "Goldman Sachs is advising X on the takeover", "hat X bei der Übernahme beraten": an adviser's verb in the
    active voice in the cue's clause, no comma between them, tells a mandate on the deal (not "X, which advises
    hospitals, bought Y": a firm's trade set off in an aside)."""
    for hit in page.lex.advising_re.finditer(page.text, start, end):
        gap = page.text[hit.end():trig.start] if hit.end() <= trig.start else page.text[trig.end:hit.start()]
        if not _clause_break(gap, page.lex):
            return hit
    return None


def _clause_break(gap: str, lex: Lexicon) -> bool:
    """Whether a stretch of text holds a comma, semicolon or colon that sets off a clause or an aside; not the comma
    a legal form follows inside a name ("asesoró a Energías del Duero, S.A. en la firma", "Kaito Power Co., Ltd.")."""
    for mark in re.finditer(r"[,;:]", gap):
        word = gap[mark.end():].split(maxsplit=1)[:1]
        if mark.group() != "," or not word or word[0].lower().rstrip(".,") not in lex.legal_suffixes:
            return True
    return False


def _client(mentions: list[Mention], credited: set[str], advised: re.Match | None, clause_start: int,
            trig: TriggerMatch) -> str | None:
    """The firm a credit's advisers advised ("Brightlaw and Keane Hart advised X on the sale of its business to Y",
    "Over in Leeds, X has been retained by Y on its ...", "ha asesorado a X en la venta de su negocio a Y"): the
    first one named before the cue, after the adviser's verb where it comes first, else after the advisers; whom the
    deal's open slot and "its" stand for."""
    if advised is None or advised.start() >= trig.start and not credited:
        return None
    after = advised.end() if advised.start() < trig.start else clause_start
    return next((m.name for m in mentions if m.name and m.name not in credited and after <= m.start < trig.start),
                None)


def _advisers(mentions: list[Mention], advised: re.Match, clause_start: int, trig: TriggerMatch) -> list[Mention]:
    """The firms that advise in a deal credit ("Brightlaw and Keane Hart advised X on the sale of ...", "Brightlaw
    hat X beim Verkauf ... beraten"): the subjects before the adviser's verb, or the first firm of the clause where
    that verb closes it; no party of the client's deal, nor what "its" of theirs names ("its coatings business")."""
    before = [m for m in mentions if clause_start <= m.start < min(advised.start(), trig.start)]
    return before if advised.start() < trig.start else before[:1]


def _reviewed(page: Page, i: int, trig: TriggerMatch, near: list[Mention]) -> bool:
    """ "The takeover still needs the approval of the CMA", "La fusion reste soumise à l'examen de la Commission de
    la concurrence": a sentence that names a regulator or a court and no firm around the cue tells that body's review
    of a deal the page told before, no deal of its own (its dates are the review's); one that ends or closes the
    deal ("Das Bundeskartellamt hat die Übernahme untersagt") still tells its new status."""
    sentence = page.sentence_text(i)
    return not near and bool(page.lex.regulator_re.search(sentence)) and status.assess(
        sentence, trig.trigger.type, None, "", page.lex)[0] not in ("terminated", "completed")


def _approval_day(page: Page, i: int, date: DateMention, names: set[str]) -> bool:
    """Whether a date stands by an outsider's approval in its clause ("Competencia aprobó ayer", "am Dienstag
    genehmigt"), not the parties' own ("Les conseils de X et Y ont approuvé lundi": that is the deal's news)."""
    lo, hi = max(0, date.start - APPROVAL_REACH), date.end + APPROVAL_REACH
    start = page.sentences[i].start
    return any(not re.search(r"[,;:]", page.text[min(m.end(), date.start):max(m.start(), date.end)])
               and (not any(start <= n.start < m.start() and n.name in names for n in page.mentions[i])
                    or _outside_subject(page, i, m.start(), names))
               for m in page.lex.approval_re.finditer(page.text, lo, hi))


def _outside_subject(page: Page, i: int, verb: int, names: set[str]) -> bool:
    """Whether the name right before a verb of approval is its subject (`roles.approves`) and no party ("bought Y
    after the Football League approved the deal on Tuesday"): an outsider approved, though a party is named before
    it."""
    subject = next((n for n in reversed(page.mentions[i]) if n.end <= verb), None)
    return subject is not None and subject.name not in names and roles.approves(page.text, subject.end, page.lex)


def _relative_signing(page: Page, trig: TriggerMatch, date: DateMention | None, start: int) -> int | None:
    """Where the relative clause opens whose year, before the cue, dates the tie it names ("a través de Y, con el
    que firmó en 2022 una alianza"): its comma, a relative pronoun after it and no comma on to the cue; else None."""
    if date is None or date.start > trig.start or "," in page.text[date.end:trig.start]:
        return None
    comma = page.text.rfind(",", start, date.start)
    return comma if comma >= 0 and page.lex.relative_word_re.search(page.text, comma, date.start) else None


def _opens_clause(page: Page, clause_start: int, date: DateMention) -> bool:
    """Whether a date opens the cue's own clause ("...: en 2024 X firmó con Y un contrato"): it dates that clause."""
    return date.start >= clause_start and len(page.text[clause_start:date.start].split()) <= 1


def _clause_time(page: Page, dated: list[DateMention], clause_start: int, trig: TriggerMatch) -> list[DateMention]:
    """A date (a start too) right before the time conjunction that opens the cue's clause ("a run that started in
    2021, when X bought Y", "im Jahr 2019, als X die Y kaufte"): the clause happened then, though the date stands
    in the clause before it."""
    return [d for d in dated if (m := page.lex.time_relative_re.match(page.text, d.end))
            and clause_start <= m.end() <= trig.start]


def _dated_cue(page: Page, i: int, trig: TriggerMatch) -> bool:
    """ "seit dem Börsengang 2017", "depuis son introduction en Bourse en 2016": a year right after the cue dates the
    deal it names, which the sentence states (a deal the page told before is not dated again in passing)."""
    return any(0 <= d.start - trig.end <= DATED_CUE_REACH and len(d.value) == 4 for d in page.dates(i))


def _in_name(page: Page, trig: TriggerMatch) -> bool:
    """Whether a capitalised cue stands right before a legal suffix ("Apex Acquisition Corp", "Nordic Investment
    Holdings"): a word of a firm's name, no deal."""
    following = page.text[trig.end:trig.end + 30].split(maxsplit=1)
    return page.text[trig.start].isupper() and bool(following) and (
        following[0].strip(",.;:").lower().rstrip(".") in page.lex.legal_suffixes)


def _inside_name(page: Page, i: int, trig: TriggerMatch) -> bool:
    """ "Investissement Québec a confirmé qu'il injectera ...", "mené par IRDI Capital Investissement": a capitalised
    cue inside the span of a firm the sentence names, after its first word or before a capitalised one, is a word of
    its name; as a cue it would cut the name off the clause of the deal after it (not "ein Joint Venture für
    Batteriezellen", read as the venture's name)."""
    if not page.text[trig.start].isupper():
        return False
    for m in page.mentions[i]:
        if not m.name or m.anaphor or m.pronoun or not m.start <= trig.start < trig.end <= m.end:
            continue
        after = page.text[trig.end:m.end].split()
        if m.start < trig.start or (after and after[0][:1].isupper()):
            return True
    return False


def _venture_described(page: Page, i: int, trig: TriggerMatch) -> bool:
    """ "X und Y gründen das Gemeinschaftsunternehmen Z. Das Gemeinschaftsunternehmen hat mit W einen Liefervertrag
    unterzeichnet": a venture cue inside a description that stands for a venture named after a venture cue before
    (`page._founded`) names that venture, no new one (W is no partner)."""
    if trig.trigger.type != "joint_venture":
        return False
    named = next((m.name for m in page.mentions[i] if m.anaphor and not m.pair and m.name
                  and m.start <= trig.start and trig.end <= m.end), None)
    return named is not None and any(
        m.name == named and not m.anaphor and any(t.trigger.type == "joint_venture" and t.end <= m.start
                                                  for t in page.triggers(j))
        for j in range(i) for m in page.mentions[j])


def _on_topic(page: Page, trig: TriggerMatch) -> TriggerMatch | None:
    """ "Gespräche mit der Y waren gescheitert": talks whose object goes untold are of the deal type the page tells
    by another cue (the merger page's bank talks); on a page that tells a sale and no merger, failed talks with a
    firm are a lost bid's (`discourse.bidder_out`: "Talks with the fund Y were broken off"); no cue on a page that
    tells no deal of their type."""
    if not trig.trigger.topical:
        return trig
    told = {t.trigger.type for cues in page.cues for t in cues if not t.trigger.topical}
    if trig.trigger.type in told:
        return trig
    if "acquisition" in told and page.lex.talk_noun_re.fullmatch(page.text, trig.start, trig.end):
        return replace(trig, trigger=replace(trig.trigger, type="acquisition", frame="buy"))
    return None


def _credited(page: Page, start: int, first: int) -> bool:
    """Whether the sentence opens on a source its comma closes before its first deal cue ("Según fuentes del mercado,
    la compañía ha encargado a dos bancos su salida a bolsa", "According to people familiar with the matter, ..."):
    the source reports every deal of the sentence, even past a cue that bounds the deal's window."""
    cue = page.lex.status_res["rumored"].search(page.text, start, first)
    return bool(cue and len(page.text[start:cue.start()].split()) <= CREDIT_OPENING
                and "," in page.text[cue.end():first])


def _denied(page: Page, trig: TriggerMatch, start: int, stop: int) -> bool:
    """ "plant vorerst keinen Börsengang", "n'envisage pas de ...": a negation in the trigger's clause, up
    to a coordinated second verb ("... under a contract that has run since 2016 and is not affected"); not one
    that withholds a detail ("for a sum it did not disclose", "que no ha querido desvelar")."""
    second = page.lex.coordinator_re.search(page.text, trig.end, stop)
    return any(not page.lex.undisclosed_re.search(page.text, hit.end(), hit.end() + WITHHELD_REACH)
               for hit in page.lex.negation_re.finditer(page.text, start, second.start() if second else stop))


def _collapse(page: Page, i: int, found: list[TriggerMatch]) -> list[TriggerMatch]:
    """ "raised a $12m Series A", "has raised €600m in a funding round": two cues of one type with no
    firm and no clause break between them state one deal; the first stands for both. A buying or selling
    verb whose object is a stake ("bought a majority stake in X", "vende su participación en X a Y") or a
    venture ("a racheté 50 % de la coentreprise X") governs it: one cue, typed by the stake's size. A state held
    with no start of its own before the deal that began it ("est cotée ... depuis son introduction en Bourse en
    2021") is told by that deal's cue."""
    out: list[TriggerMatch] = []
    for t in found:
        prev = out[-1] if out else None
        joined = prev is not None and not any(prev.end <= m.start < t.start and not (m.first_person and m.possessive)
                                              for m in page.mentions[i]) and not (  # "sold our stake in X"
            page.lex.clause_break.search(page.text, prev.end, t.start))
        if prev is not None and _won_object(page, prev, t):
            continue  # "erhielt die Firma vom Freistaat X einen Auftrag": the noun is what the verb won
        if joined and prev.trigger.type == t.trigger.type:
            if prev.trigger.frame == "hold" and t.trigger.frame != "hold" and _held_since_deal(page, i, prev, t):
                out[-1] = t  # "est cotée sur Euronext Paris depuis son introduction en Bourse en 2021": the listing
            continue
        if prev is not None and (joined or _recipient_between(page, i, prev, t)) and prev.trigger.frame in (
                "buy", "sell") and (
                t.trigger.frame == "invest" or t.trigger.type in GOVERNED_NOUN_TYPES):
            out[-1] = TriggerMatch(prev.trigger, prev.start, t.end)
            continue
        out.append(t)
    return out


def _won_object(page: Page, verb: TriggerMatch, noun: TriggerMatch) -> bool:
    """ "erhielt die Firma vom Freistaat X einen Auftrag": a contract noun a few words after a verb of winning, past
    its winner and giver, is the contract won (no cue of its own, whose roles would read the winner as a customer)."""
    return (verb.trigger.frame == "award" and noun.trigger.type == "contract" and verb.end <= noun.start
            and len(page.text[verb.end:noun.start].split()) <= WON_OBJECT_WORDS
            and not page.lex.clause_break.search(page.text, verb.end, noun.start))


def _recipient_between(page: Page, i: int, verb: TriggerMatch, stake: TriggerMatch) -> bool:
    """ "a cédé au fonds Y sa participation de 30 % dans X", "vendió al fondo Y su participación en X": a sale's
    buyer named between its verb and the stake it sells, marked as the one it goes to, leaves the stake its object."""
    between = [m for m in page.mentions[i] if verb.end <= m.start < stake.start]
    return bool(between) and verb.trigger.frame == "sell" and not page.lex.clause_break.search(
        page.text, verb.end, stake.start) and all(
        roles.marker(m, verb.end, page.text, page.lex) == "recipient" for m in between)


def _held_since_deal(page: Page, i: int, held: TriggerMatch, deal: TriggerMatch) -> bool:
    """ "est cotée ... depuis son introduction en Bourse", "is listed ... since its IPO": a state held since the deal
    the next cue names, its determiner between (not "hält seit 2022 eine Minderheitsbeteiligung", held since a year,
    nor "holds a 19.9% interest", a stake held)."""
    between = page.text[held.end:deal.start]
    return bool(page.lex.running_since_re.search(re.sub(r"\S+\s+$", "", between))) and not any(
        d.since and held.start <= d.start < deal.start for d in page.dates(i))


def _beneficiary(page: Page, trig: TriggerMatch, found: list[TriggerMatch]) -> bool:
    """ "Le ministère a notifié à X, pour le compte de la Marine, une commande": whom work is done for, in a sentence
    whose order or award its giver states, benefits from that deal and is no second customer (the buyer named is);
    alone it states a service ("X gère le réseau pour le compte de Y")."""
    return bool(page.lex.on_behalf_re.fullmatch(page.text, trig.start, trig.end)) and any(
        t is not trig and t.trigger.type == "contract" and t.trigger.frame in roles.GIVEN_FRAMES for t in found)


def _hypothetical(page: Page, start: int, trig: TriggerMatch) -> re.Match | None:
    """ "zu einem möglichen Börsengang", "la prochaine levée de fonds": a word of a deal still to come just before its
    cue; not where nouns are capitalised and one stands between it and a verb ("wird von X mit Getrieben für dessen
    nächste Modellgeneration beliefert": the word tells of the product)."""
    found = page.lex.hypothetical_re.search(page.text, max(start, trig.start - HYPOTHETICAL_REACH), trig.start)
    if found and page.lex.compound_nouns and page.text[trig.start].islower() and any(
            w[:1].isupper() for w in found.group().split()[1:]):
        return None
    return found


def _supposed(page: Page, i: int, trig: TriggerMatch) -> re.Match | None:
    """ "Si Meridional comprara además Y", "If Corvell bought Mayfield, ...", "Falls X Y übernähme": a cue in a
    conditional clause after a firm its opener names is a case supposed, no deal (not "if the merger is approved":
    a deal told elsewhere, named by its noun)."""
    s = page.sentences[i]
    openers = list(page.lex.conditional_re.finditer(page.text, s.start, trig.start))
    opener = openers[-1] if openers else None
    if opener is None or page.lex.clause_break.search(page.text, opener.end(), trig.start):
        return None
    return opener if any(opener.end() <= m.start < trig.start for m in page.mentions[i]) else None


def _speculated(page: Page, i: int, trig: TriggerMatch) -> re.Match | None:
    """ "un rachat de X par Y « aurait du sens »", "wäre eine Fusion von X mit Y sinnvoll", "a natural buyer of Y": a
    deal its own clause judges is an analyst's scenario, no deal told."""
    s = page.sentences[i]
    start = _clause_opening(page, i, trig)
    stop = page.lex.clause_break.search(page.text, trig.end, s.end)
    return page.lex.speculation_re.search(page.text, start, stop.start() if stop else s.end)


def _rated(page: Page, i: int, trig: TriggerMatch) -> bool:
    """ "initiated coverage of X with a Buy rating", "hat die Aktie zum Kauf empfohlen": a buying word inside a
    broker's rating of shares is advice to investors, no deal."""
    s = page.sentences[i]
    return any(m.start() < trig.end and trig.start < m.end() for m in page.lex.rating_re.finditer(
        page.text, max(s.start, trig.start - RATING_REACH), min(s.end, trig.end + RATING_REACH)))


def _signed_while_running(page: Page, sentence_start: int, start: int, kind: str, date: str | None,
                          anchor: str) -> bool:
    """Whether a standing tie told signed in an earlier year follows, in its sentence, a cue that tells it running
    ("already sells the output to Y under a 15-year PPA signed in 2021"): its signing is its start, not news."""
    return (kind in status.STANDING_TYPES and bool(date) and date[:4] < anchor[:4]
            and page.lex.status_res["ongoing"].search(page.text, sentence_start, start) is not None)


def _court_choice(page: Page, i: int, trig: TriggerMatch) -> bool:
    """ "le tribunal retient l'offre du Groupe X", "das Amtsgericht wählte das Angebot von X": a choice a court or a
    regulator makes in its clause before the cue picks a bidder for a firm in insolvency or rules on a deal; a court
    orders no goods and gives no contract."""
    if trig.trigger.type != "contract" or trig.trigger.frame not in roles.GIVEN_FRAMES:
        return False
    return bool(page.lex.regulator_re.search(page.text, _clause_opening(page, i, trig), trig.start))


def _clause_opening(page: Page, i: int, trig: TriggerMatch) -> int:
    """Where the clause of a cue in sentence i opens: after the last clause break before it, else the sentence's
    start; a judgement or a court's choice read there is the cue's own."""
    s = page.sentences[i]
    return max((b.end() for b in page.lex.clause_break.finditer(page.text, s.start, trig.start)), default=s.start)


def _contract_purpose(page: Page, i: int, trig: TriggerMatch, found: list[TriggerMatch]) -> bool:
    """ "has been awarded a contract by X to deliver systems to the British Army": a delivery in an infinitive of
    purpose after a contract's cue is what that contract is for; whom the goods go to is its user, no second
    customer (the giver named before is the customer)."""
    if trig.trigger.type != "contract" or trig.trigger.frame != "supply" or not any(
            t.start < trig.start and t.trigger.type == "contract" and t.trigger.frame != "supply" for t in found):
        return False
    s = page.sentences[i]
    return bool(page.lex.purpose_re.search(page.text, max(s.start, trig.start - PURPOSE_REACH), trig.start))


def _partners_sell(page: Page, i: int, trig: TriggerMatch, found: list[TriggerMatch]) -> bool:
    """ "se alía con X para vender paquetes", "partnered with X to sell holiday packages", "kooperiert mit X, um Reisen
    zu verkaufen", "an agreement giving Y the rights to develop and sell its drug": a sale in an infinitive of purpose
    after a partnership's, venture's or contract's cue is what the partners or the licensee do, no firm changes
    hands; unless a name is sold (one between the purpose and the verb, or right after the verb)."""
    if trig.trigger.frame != "sell" or not any(
            t.start < trig.start and t.trigger.type in PURPOSED_TYPES for t in found):
        return False
    s = page.sentences[i]
    purpose = page.lex.purpose_re.search(page.text, max(s.start, trig.start - PURPOSE_REACH), trig.start)
    if purpose is None:
        return False
    following = re.match(r"\s*\S+", page.text[trig.end:s.end])
    stop = trig.end + (following.end() if following else 0)
    return not any(purpose.start() <= m.start < stop for m in page.mentions[i])


def _sold_stake(page: Page, trig: TriggerMatch, found: list[TriggerMatch]) -> bool:
    """ "X hatte seine Mehrheitsbeteiligung an Y für 340 Millionen Euro an den Fonds Z verkauft": in a language that
    puts its verb last, a stake whose clause closes on a sale is that sale's object, no stake X takes (the sale's
    own cue states the deal: X seller, Z buyer)."""
    return page.lex.verb_second and trig.trigger.type == "investment" and any(
        t.trigger.frame == "sell" and t.start > trig.end and not PHRASE_BREAK.search(page.text, trig.end, t.start)
        for t in found)



def _we_cue(page: Page, i: int, trig: TriggerMatch) -> str | None:
    """ "compramos Forjas Urola en 2008", "adquirimos X": a deal verb (or a verb right before it) whose ending says
    "we" has for subject the firm that "we" stands for."""
    return next((m.name for m in page.mentions[i] if m.first_person and m.name and not m.possessive
                 and m.start <= trig.end and trig.start <= m.end + 1 and page.lex.we_verb_re.fullmatch(
                     page.text[m.start:m.end].lower())), None)


def _we_take_part(page: Page, i: int, trig: TriggerMatch, pairs: list[tuple[Mention, str]], clause_start: int,
                  main: Mention | None) -> bool:
    """Whether a quote's "we" is a party of the deal it tells: a party of the cue, or a subject or verb of its
    clause ("«Cerramos la compra de X»", "Wir haben X übernommen"), not "the communities we serve" after it; or
    the open slot of a tie-up "with X" ("«La fusión con X se cayó porque no nos pusimos de acuerdo»": ours)."""
    if trig.trigger.type in roles.SYMMETRIC_ROLE and main is not None and any(m is main for m, _ in pairs):
        return True
    return any(m.first_person for m, _ in pairs) or any(
        m.first_person and not m.possessive and clause_start <= m.start < trig.start for m in page.mentions[i]
    ) or _we_cue(page, i, trig) is not None


def _described_opener(page: Page, start: int, cue: int) -> bool:
    """Whether the sentence opens, before its first comma and the cue, with a definite description of a firm ("La
    eléctrica vasca, que cotiza desde 2019"): the page's firm it stands for holds the listing since that start (not
    "seules trois sociétés se sont cotées depuis janvier")."""
    words = page.text[start:cue].split(",", 1)[0].split()
    return len(words) > 1 and words[0].lower() in page.lex.definite_articles and any(
        kinds.kind(w, page.lex) for w in words[1:])


def _debt(page: Page, trig: TriggerMatch, money: list[amounts.Amount], start: int, end: int) -> bool:
    """Whether the sum nearest a raising cue in its part of the sentence is named as debt right after it ("raised
    $40 million of debt", "hat 40 Millionen Euro Fremdkapital aufgenommen"): money borrowed, no round of capital
    (a loan told beside a round's own sum is not the round's)."""
    own = [a for a in money if start <= a.start < end]
    nearest = min(own, key=lambda a: a.start - trig.end if a.start >= trig.end else trig.start - a.end, default=None)
    return nearest is not None and page.lex.debt_re.match(page.text, nearest.end) is not None


def _drop(flags: list[str], flag: str, keep_dropped: bool) -> bool:
    """Note a rule that drops a statement; whether the statement ends here (it goes on only when the dropped
    ones are wanted, as candidates for the learned scorer)."""
    flags.append(flag)
    return not keep_dropped


def candidates(page: Page, keep_dropped: bool = False) -> list[Candidate]:
    """The deal statements of a page; with keep_dropped also those the rules drop (incomplete, denied, quoted,
    ...), each with the flags of the rules that drop it, and every statement with its traits for the scorer."""
    out: list[Candidate] = []
    sales: list[tuple[int, list[tuple[str, str]]]] = []  # each sale told with its seller and no buyer, by sentence
    for i, s in enumerate(page.sentences):
        sentence = page.sentence_text(i)
        # the deal a financing is for is told elsewhere ("Zur Finanzierung der Übernahme verkauft X ..."): its noun
        # is no cue, and the verb after it states its own deal
        found = _collapse(page, i, [t for t in map(partial(_on_topic, page), page.triggers(i)[:MAX_TRIGGERS])
                                    if t is not None and not _financed(page, i, t) and not _inside_name(page, i, t)
                                    and not _venture_described(page, i, t)])
        found = [t for t in found if not _beneficiary(page, t, found) and not _sold_stake(page, t, found)
                 and not _contract_purpose(page, i, t, found)]
        if not found:
            continue
        listing = any(t.trigger.type == "ipo" for t in found)
        roundup = _roundup_line(page, i, found)
        # the raising cues of a listing are the listing's ("hat beim Börsengang 780 Millionen Euro eingesammelt",
        # "a levé 62 millions lors de son introduction en Bourse"): they bound no statement's window
        bounds = [t for t in found if not (listing and t.trigger.type == "funding_round") and not _told(page, i, t)]
        money = money_of(page, i)
        found_dates = undatelined(page.dates(i), page.text, s.start)
        dated = [d for d in found_dates if not d.since]
        since = [d for d in found_dates if d.since]
        anchor = page.anchor.isoformat() if page.anchor else "9999"
        quoted = _quoted_spans(sentence, s.start)
        subjects: dict[int, Mention] = {}  # the subject of each trigger's deal in this sentence
        for k, trig in enumerate(found):
            flags: list[str] = []
            # "The listing comes a year after X scrapped a merger": a span counted back dates the deal after it only
            when = [d for d in dated
                    if (not d.counted or d.end <= trig.start) and not _inserted(page, s.start, trig, d)]
            if listing and trig.trigger.type == "funding_round":
                continue  # the money raised in a listing is the IPO's
            if roundup and _drop(flags, "told", keep_dropped):
                continue  # "Le récap de la semaine : X lève 40 M€, Y racheté": the page's deals, each told below
            if _market_figure(page, i, trig) and _drop(flags, "goods", keep_dropped):
                continue  # "El sector insurtech captó 310 millones en 2025": a market's money, no firm's deal
            quote = next(((a, b) for a, b in quoted if a <= trig.start < b), None)
            said = discourse.speaker(page, i, quote) if quote else None
            ours = discourse.first_person_voice(page, i, quote) if quote and said is None else None
            voice = said or ours  # "«Compramos X en 2008», recuerda": its deal must be that firm's (below)
            if quote and voice is None and _drop(flags, "quoted", keep_dropped):
                continue  # quoted commentary ("Pinault is buying time") states no deal
            hypothetical = _hypothetical(page, s.start, trig) or _supposed(page, i, trig) or _speculated(page, i, trig)
            if hypothetical and not status.told(sentence, page.lex) and _drop(flags, "hypothetical", keep_dropped):
                continue  # "zu einem möglichen Börsengang", "la prochaine levée de fonds": no deal yet (but "in talks
                # about a possible takeover of X" reports one, "walked away from a possible bid for X" ends one)
            if _comes_after(page, trig) and _drop(flags, "told", keep_dropped):
                continue  # "El pedido llega después de que la compañía vendiera ...": the order told before; the news
                # after it is another deal
            if _argued(page, s.start, trig, found) and _drop(flags, "hypothetical", keep_dropped):
                continue  # "..., the watchdog arguing the deal would leave carmakers with a single supplier": a reason
            if _told(page, i, trig) and _drop(flags, "told", keep_dropped):
                continue  # "die nach dem Börsengang 32 Prozent hält": the listing the page already told of
            if _echo_opener(page, i, trig) and _drop(flags, "told", keep_dropped):
                continue  # "Con la compra, Albarán suma una cartera de ...": the purchase told before, its consequence
            if trig.trigger.type == "acquisition" and page.lex.purchase_contract_re.search(
                    page.text, max(s.start, trig.start - HYPOTHETICAL_REACH), trig.start) and _drop(
                    flags, "purchase_contract", keep_dropped):
                continue  # "el contrato para la adquisición de 20 cazas": an order, told by the contract
            if trig.trigger.type == "acquisition" and page.lex.goods_re.match(page.text, trig.end) and _drop(
                    flags, "goods", keep_dropped):
                continue  # "Ventamar vende electricidad a X": goods sold, no firm
            if trig.trigger.type == "acquisition" and page.lex.goods_before_re.search(
                    page.text, s.start, trig.start) and _drop(flags, "goods", keep_dropped):
                continue  # "X soll den Vorsitz im Aufsichtsrat übernehmen": a post taken, told before the verb
            if _court_choice(page, i, trig) and _drop(flags, "goods", keep_dropped):
                continue  # "le tribunal retient l'offre de X": a court picks a buyer or rules, it gives no contract
            if _rated(page, i, trig) and _drop(flags, "goods", keep_dropped):
                continue  # "starts X at Buy", "zum Kauf empfohlen": a broker's advice on shares, no firm changes hands
            if _partners_sell(page, i, trig, found) and _drop(flags, "goods", keep_dropped):
                continue  # "se alía con X para vender paquetes turísticos": what the partners sell, no firm
            if _in_name(page, trig):
                continue  # "Apex Horizon Acquisition Corp": a deal word inside a firm's name
            if page.lex.team_credit_re.match(page.text, s.start):
                continue  # "El equipo de X ha estado liderado por el socio Y": an adviser's lawyers, no deal
            if trig.trigger.type == "contract" and page.lex.mandate_re.search(
                    page.text, max(s.start, trig.start - MANDATE_REACH), min(s.end, trig.end + MANDATE_REACH)):
                continue  # "contrató a dos bancos para estudiar la operación", "mit der Prüfung beauftragt": advisers
            own = bounds if trig in bounds else sorted([*bounds, trig], key=lambda t: t.start)
            j = own.index(trig)
            start = own[j - 1].end if j else s.start
            end = own[j + 1].start if j + 1 < len(own) else s.end
            if trig.trigger.type == "funding_round" and _debt(page, trig, money, start, end) and _drop(
                    flags, "goods", keep_dropped):  # the scorer's flag of a trade that is no deal (FLAGS)
                continue  # "a levé 40 millions d'euros de dette": a loan taken, no round of capital
            advised = _advising(page, trig, s.start, end)  # a mandate, or a credit that tells the client's deal
            split = _second_deal(page, i, trig, end, money)
            whole, end = end, split[0] if split else end
            later = _before_gerund_clause(page, trig, end)  # the firms of a later step take no part
            opened = _outside_names(roles.clause_start(page.text, s.start, trig, start, page.lex), page.mentions[i])
            window = roles.Window(s.start, roles.pair_past_insert(opened, start, page.mentions[i], page.text,
                                                                  page.lex), end)
            spoken = quote if voice else None  # a quote that speaks as "we": its firms, its speaker's in the open slot
            if spoken:
                end = min(end, spoken[1])
                window = roles.Window(spoken[0], max(window.clause_start, spoken[0]), end)
            piece = _headline_piece(page, i, trig)
            # an adviser's verb before the cue's own clause ("X ha asesorado a Y en la firma de un acuerdo con Z para
            # crear una sociedad conjunta"): its subjects stand from the sentence's start
            credit_start = s.start if advised and advised.start() < window.clause_start else window.clause_start
            credited = {m.name for m in _advisers(page.mentions[i], advised, credit_start, trig) if m.name
                        } if advised else set()
            client = _client(page.mentions[i], credited, advised, credit_start, trig)
            near = [m for m in page.mentions[i] if trig.start - REACH <= m.start < min(end, later) and (
                not spoken or m.start >= spoken[0]) and piece[0] <= m.start < piece[1]
                and not regulator(m, page.text, page.lex) and m.name not in credited
                and not (client and m.name == client)  # the credit's client: the open slot, also "its business"
                and not (said and m.first_person)  # its "we": the slot left open
                and not (m.first_person and quote is None and any(a <= m.start < b for a, b in quoted))]
            # a cue outside quotes takes no quoted "we" ("Bpifrance va injecter 150 millions dans le groupe ...
            # « un signal de confiance dans notre stratégie »": the group is the investee, not the "notre")
            if _reviewed(page, i, trig, near) and _drop(flags, "told", keep_dropped):
                continue  # "La fusion reste soumise à l'examen de la Commission de la concurrence": a deal told before
            # who fills a slot the sentence leaves open (in a contract, also a possessive inside the cue)
            cue_end = trig.end if trig.trigger.type == "contract" else None
            about = voice or _we_cue(page, i, trig) or client \
                or discourse.salient(page, i, trig.start, cue_end)
            if about and trig.trigger.type == "funding_round" and discourse.backer_after(page, i, about):
                about = None  # the round's backer the next sentence names is no firm raising it
            main = Mention(about, 0, 0, anaphor=True) if about else None
            # from the previous trigger on: its object, then the conjunction (", and has since signed ...")
            shared = roles.shared_subject(page.text, roles.Window(s.start, start, end), trig, page.mentions[i],
                                          page.lex) if k - 1 in subjects else None
            if shared is not None:  # "X bought Y and has since formed a venture with Z": the first clause's subject
                main, window = subjects[k - 1], replace(window, shared=shared)
            pairs, kind, parties = _roles(page, i, trig, near, window, main)
            via = "sentence"
            parties, via = _via(parties, discourse.topic_subject(page, i, pairs, parties), "topic_subject", via)
            owner_given = False  # whether `discourse.own_capital` gave the stake its owner
            parties, via = _via(parties, discourse.possessed_target(page, i, trig, pairs, parties, about),
                                "possessive", via)
            kept = [c for c in out if not c.flags] if keep_dropped else out  # the rules' statements so far
            parties, via = _via(parties, discourse.suitor_target(page, i, trig, parties, kept, sales), "topic", via)
            parties, via = _via(parties, discourse.bidder_out(page, i, trig, parties, kept), "topic", via)
            parties = discourse.dative_customer(page, i, trig, parties)  # the firm the relative pronoun stands for
            parties = discourse.accusative_customer(page, i, trig, parties)  # "X, den Y beliefert": X is served
            parties = discourse.dative_buyer(page, i, trig, parties)  # the firm a dative pronoun stands for
            parties, via = _via(parties, discourse.courted_topic(page, i, trig, parties, kept), "topic", via)
            parties = discourse.courted_stake(page, i, trig, parties)  # both firms named in the sentence
            parties, via = _via(parties, discourse.stake_told_before(page, i, trig, kind, parties, kept), "topic", via)
            parties, via = _via(parties, discourse.genitive_entrant(page, i, trig, parties, kept), "topic", via)
            parties = discourse.owned_by_seller(page, i, trig, parties)  # "zahlt dem Fonds X, dem Y gehört, ..."
            if not complete(kind, parties):
                parties, via = _via(parties, discourse.genitive_target(page, i, trig, parties), "pronoun", via)
            if not complete(kind, parties) and any(not m.anaphor for m in near):
                parties, via = _via(parties, discourse.headline_parties(page, i, kind, parties, kept), "headline", via)
            if not complete(kind, parties) and (again := discourse.reresolved(page, i, near)):
                pairs, kind, parties = _roles(page, i, trig, again, window, main)  # "Le fonds ... a racheté le groupe"
                via = "description"
            if not complete(kind, parties) or kind == "acquisition" and discourse.bought_from(parties):
                parties, via = _via(parties, discourse.pronoun_object(page, i, trig, window.clause_start, parties),
                                    "pronoun", via)
            if not complete(kind, parties):
                parties, via = _via(parties, discourse.moved_supplier(page, i, trig, parties), "pronoun", via)
            if not complete(kind, parties):
                parties, via = _via(parties, discourse.offtake_producer(page, i, trig, parties), "introduced", via)
            if not complete(kind, parties):
                parties = discourse.inverted_buyer(page, i, trig, parties)
                owned = discourse.own_capital(page, i, trig, window.clause_start, parties)
                owner_given = owned != parties
                parties, via = _via(parties, owned, "possessive", via)
            if not complete(kind, parties):
                parties, via = _via(parties, discourse.pair_subject(page, i, trig, parties), "description", via)
            if not complete(kind, parties):
                parties, via = _via(parties, discourse.unit_told_before(page, i, trig, parties, sales), "introduced",
                                    via)
            if not complete(kind, parties):
                parties, via = _via(parties, discourse.relative_buyer(page, i, trig, parties), "next_sentence", via)
            if not complete(kind, parties):
                parties, via = _via(parties, discourse.colon_topic(page, i, trig, parties), "topic", via)
            talked = discourse.buyer_in_talks(page, i, kind, parties) if not complete(kind, parties) else parties
            in_talks = talked != parties
            if in_talks:
                parties, via = talked, "next_sentence"
            if not complete(kind, parties):
                parties, via = _via(parties, discourse.named_buyer(page, i, kind, parties), "next_sentence", via)
            if not complete(kind, parties) or not {r for _, r in parties} - {"supplier"}:  # co-winners, no customer
                parties, via = _via(parties, discourse.named_giver(page, i, kind, parties), "next_sentence", via)
            if not complete(kind, parties):
                parties, via = _via(parties, discourse.introduced_parties(page, i, trig, kind, parties), "introduced",
                                    via)
            if not complete(kind, parties):
                parties, via = _via(parties, discourse.awarded_page_firm(page, i, trig, kind, parties), "topic", via)
            if not complete(kind, parties):
                parties, via = _via(parties, discourse.topic_object(page, i, trig, parties, kept), "topic", via)
            parties, via = _via(parties, discourse.seller_bought_before(page, i, trig, parties, kept), "topic", via)
            if not parties and keep_dropped and (nearest_pairs := _nearest_roles(trig, near, window, end)):
                pairs, parties, via = nearest_pairs, _named(nearest_pairs), "proximity"
                flags.append("unassigned")
            if advised and (via != "sentence" or not complete(kind, parties)) and _drop(flags, "told", keep_dropped):
                continue  # "Goldman Sachs is advising X on the takeover": an adviser's mandate on a deal told elsewhere
            sold = [r for _, r in parties]
            if kind == "acquisition" and "seller" in sold and "acquirer" not in sold:
                sales.append((i, parties))  # a sale with no buyer yet: "Y is in talks to buy the business" may follow
            if not complete(kind, parties) and (not parties or _drop(flags, "incomplete", keep_dropped)):
                continue
            names = {n for n, _ in parties}
            if ours and not _we_take_part(page, i, trig, pairs, window.clause_start, main) and _drop(
                    flags, "quoted", keep_dropped):
                continue  # a quote whose "we" takes no part in the deal it tells ("the communities we serve")
            # "... se hizo con Virgin Media en 2013, en una compra de ...": up to the next other firm
            foreign = next((m.start for m in page.mentions[i] if m.start >= trig.end and m.name not in names), s.end)
            stop = roles.clause_end(page.text, trig, end, page.lex)
            valued = [a for a in money if amounts.is_deal_value(a, page.text, kind, page.lex)
                      and not _raised_by_other(a, trig, found, kind) and not _priced_by_other(page, a, trig, found)]
            # last, a figure of the phrase that opens the sentence before any firm ("In a $2.5bn deal, X ...")
            opening = min([m.start for m in page.mentions[i]] + [trig.start]) if k == 0 else s.start
            if (closed := _closed_aside(page, i, found, trig, end)) is not None:
                valued = within(valued, trig.end, closed)  # the sum after the aside is the outer deal's
            values = (within(valued, window.clause_start, stop) or within(valued, trig.end, end)
                      or within(valued, trig.end, foreign) or within(valued, s.start, opening)
                      or (_raised_before(page, i, found, trig, valued)
                          or amounts.offered(sentence, s.start, page.lex, money) if kind == "ipo" else []))
            # not a date of the next trigger's clause ("..., y el año pasado compró X")
            own_end = roles.clause_start(page.text, s.start, found[k + 1], trig.end, page.lex) if k + 1 < len(
                found) else end
            # last, a date of a cue of the same type after it that names no other firm ("its biggest purchase
            # was Zappos, the online shoe seller it bought in 2009"), unless each cue has a sum of its own ("raised
            # $40 million ..., which also led the startup's $13 million Series A in 2022": an earlier round)
            again = k + 1 < len(found) and found[k + 1].trigger.type == kind and not any(
                m.name not in names for m in page.mentions[i] if trig.end <= m.start < s.end) and not _two_sums(
                money, found[k + 1])
            # beyond its clause, not a date of the deal before it that names its own firm first ("X, which bought
            # Z in 2019, buys Y"); "a year later" is this deal's, counted from that one's
            # ("X acquired Z in 2019, and in 2022 formed Y": a comma and a conjunction after Z open this deal's clause)
            mine = [d for d in when if (not k or not found[k - 1].end <= d.start < trig.start or not any(
                found[k - 1].end <= m.start < d.start and m.name and m.name not in names
                and not _conjoined(page.text, m.end, d.start, page.lex) for m in page.mentions[i])
                or page.lex.year_reference_re.fullmatch(page.text[d.start:d.end]))
                and not _described(page, trig.end, d.start, s.end)
                and not _aside_date(page, i, found[k - 1] if k else None, trig, d, window)]
            # "raised $40m in March, and Y snapped up Z last year": the first clause's date is none of the second's
            first = window.clause_start if roles.coordinated_clause(page.text, window, page.lex) is not None else (
                shared if shared is not None else start)
            # "In July it completed the purchase of X, and it has a partnership with Y": a date before the deal
            # before it and a comma with a conjunction is that deal's
            earlier = [d for d in within(mine, s.start, trig.start) if not (
                k and d.end <= found[k - 1].start and (shared is not None or _conjoined(
                    page.text, found[k - 1].end, trig.start, page.lex)))]
            date = nearest(within(when, window.clause_start, stop)
                           or _clause_time(page, found_dates, window.clause_start, trig) or within(mine, first, own_end)
                           or earlier or (within(mine, own_end, s.end) if again else []), trig.start)
            value = date.value if date else None
            # a listing held since a start by a described page firm ("la eléctrica, que cotiza desde 2019")
            listed = kind == "ipo" and trig.trigger.frame == "hold" and bool(
                within(since, window.clause_start, end)) and _described_opener(page, s.start, trig.start)
            answered = _answered_with_sum(page, i)  # "P. Acaban de cerrar una ronda. R. Son 12 millones"
            if all(m is main for m, _ in pairs) and not (values or date or listed or answered) and _drop(
                    flags, "page_firm_only", keep_dropped):
                continue  # "Einen Börsengang schließt X nicht aus": the page's firm, but nothing states a deal
            # the trigger's own clause first ("X, which bought Y in 2019, said ..."), else its window; an
            # end anywhere in the window ends the deal (", die wenige Wochen später wieder platzte")
            told_end = _before_subordinate_end(page, trig, _before_elapsed(page, i, trig, end))
            told_end = _before_next_attributes(page, trig, found, told_end)  # "nach einem abgesagten Börsengang"
            told_end = _aside_end(page, i, trig, told_end) or told_end  # "X, entré en Bourse en 2017, sera retiré"
            state, cued = windowed = status.assess(_without_asides(page, i, trig, found, start, told_end), kind, value,
                                                   anchor, page.lex)
            if state != "terminated":
                clause = page.text[window.clause_start:min(stop, told_end)]
                # a date outside the clause dates it by the window's words ("den Kauf von Y finanzieren, den sie im
                # Dezember vereinbart hatte": agreed then, not done), never as a past deal of the clause's own
                own = date is None or window.clause_start <= date.start < min(stop, told_end)
                state, cued = status.assess(clause, kind, value if own else None, anchor, page.lex)
                if not cued or windowed[0] == "rumored" and status.reported(page.text, start, window.clause_start,
                                                                             clause, kind, page.lex) or _agreed_venture(
                        page, kind, clause, windowed, anchor) or _announced_infinitive(page, trig, clause, windowed,
                                                                                       kind, anchor):
                    state, cued = windowed
            rejected = page.text[window.clause_start:min(stop, told_end)]  # not the next deal's attributes
            if state != "terminated" and status.rejected(rejected, value, anchor, page.lex):
                state, cued = "terminated", True
            if state == "announced" and _signed_while_running(page, s.start, start, kind, value, anchor):
                state = "ongoing"
            if state == "announced" and not cued and _credited(page, s.start, found[0].start):
                state, cued = "rumored", True
            if in_talks and state != "terminated":
                state, cued = "rumored", True  # a buyer only in talks ("verhandelt ... mit Y"): a rumour
            if hypothetical and (state == "announced" or state == "completed" and not page.lex.status_res[
                    "completed"].search(page.text, start, end)):  # "about a possible takeover" last month: no deal
                state, cued = "rumored", True  # "Según fuentes cercanas, X prepara su eventual salida a Bolsa": what a
                # rumour cue of the sentence reports of a possible deal is a rumour, wherever that cue stands
            if state != "terminated" and _denied(page, trig, window.clause_start, stop) and _drop(
                    flags, "denied", keep_dropped):
                continue
            if kind == "funding_round" and page.lex.cumulative_re.search(page.text, s.start, stop) and _drop(
                    flags, "cumulative", keep_dropped):
                continue  # "Insgesamt hat das Unternehmen nun 23 Mio. Euro eingesammelt": all its rounds together
            if kind == "funding_round" and len(parties) == 1 and page.lex.intent_re.search(
                    page.text, window.clause_start, trig.start) and _drop(flags, "intent", keep_dropped):
                continue  # "L'entreprise entend lever 150 millions": a plan with no investor, no round yet
            if kind == "investment" and not (cued or values or date) and _held(page, i, trig) and _drop(
                    flags, "held", keep_dropped):
                continue  # "the package brings Fox's 30% stake in Hulu": a holding, no deal
            if kind == "investment" and _new_firm_named(page, i) and _drop(flags, "held", keep_dropped):
                continue  # "An der neuen X GmbH hält Y 51 Prozent, die Stadtwerke übernehmen 49 Prozent": the split of
                # a new firm's capital among its founders, no stake taken
            began = within(since, window.clause_start, roles.clause_end(page.text, trig, end, page.lex)) or [
                d for d in within(since, s.start, window.clause_start) if _opens_sentence(page.text, s.start, d.start)]
            if _sold_since(page, trig, kind, parties, began):
                kind, parties = "contract", [(n, "customer" if r == "acquirer" else "supplier") for n, r in parties]
            if trig.trigger.frame == "hold":  # a stake held is news only from when it was taken
                # (or when its clause goes on to tell it taken: "controla el 5,3 % de Y, tras superar el umbral del 5 %
                # el 14 de julio"; not "completed a placement to X, which now holds 9.9%": the holding is told after)
                taken = state == "completed" and page.lex.status_res["completed"].search(page.text, trig.end, s.end)
                if not began and not taken and _drop(flags, "held_no_start", keep_dropped):
                    continue  # "L'État détient 15 % de Renault": a standing fact, no deal
                if began:
                    state, cued, value = "completed", True, nearest(began, trig.start).value
                if kind == "ipo":
                    values = _raised_at_listing(found, trig, values)
            elif kind == "investment" and value is None and (taken := _bought_in_relative(page, i, trig, found,
                                                                                        anchor)):
                # "will keep the 9.5% stake in X that it bought in 2023": the stake was taken then
                state, cued, value = "completed", True, taken.value
            elif kind in status.HELD_TYPES and (held := within(since, trig.start, trig.end)) and _running(page, held):
                # "l'éditeur X, détenu depuis 2021 par le fonds Y": a cue holding its own start, owned since then (a
                # stake too: "X tiene desde 2024 a Y como accionista")
                state, cued, value = "completed", True, nearest(held, trig.start).value
            elif (kind in status.OWNED_TYPES and trig.trigger.frame in OWNED_FRAMES and not cued
                  and _running(page, began)):
                # "Y gehört seit 2018 mehrheitlich zu X", "Y belongs wholly to X since 2019": bought then
                state, cued, value = "completed", True, nearest(began, trig.start).value
            elif kind in status.HELD_TYPES and state == "completed" and value is None and _running(page, began):
                # "X has been owned by Y since 2019": owned, undated but for its start, was bought then (a stake too:
                # "X has owned part of Y since 2023")
                value = nearest(began, trig.start).value
            if kind == "ipo" and state == "completed" and value and len(value) == 10:
                value = _trading_day(page, i, start, end, value, anchor)
            if trig.trigger.frame in STANDING_FRAMES and not began and (state == "ongoing" or not cued):
                # "su principal inquilino es X, que desde 2020 renta ...": a relation the sentence goes on to date;
                # not "..., which has owned Valentino since 2012": a firm it acts on tells another relation
                began = [d for d in within(since, trig.end, end) if not any(
                    trig.end <= m.start < d.start and m.name not in names and not m.governed for m in page.mentions[i])]
            if kind in status.STANDING_TYPES | status.RUN_TYPES and not began:
                began = _apposed_start(page, i, trig, since, names) or _relative_start(page, i, trig, since, end)
            if kind in status.RUN_TYPES and state != "terminated" and _running(page, began):
                # not "la dissolution de Z, la coentreprise qu'elles détenaient depuis 2016": a venture run since a
                # start its sentence tells ended is ended (a tie too, below: "la rupture de l'alliance qui les liait
                # depuis 2019")
                state, cued, value = "ongoing", True, nearest(began, trig.start).value
            elif kind in status.RUN_TYPES and began and not (cued or value) and (
                    founded := nearest(began, trig.start).value) < anchor[:len(founded)]:
                # "la coentreprise que X a créée en 2023 avec Y": a venture founded in an earlier year, done then
                state, value = "completed", founded
            if kind in status.RUN_TYPES and not (cued or value or began) and _in_use(
                    page, window.clause_start, min(stop, told_end)):
                state, cued = "ongoing", True  # "would focus on its existing joint venture with Y": one it runs now
            if kind in status.RUN_TYPES and state == "completed" and value and len(value) < 10 and _in_use(
                    page, s.start, end):
                # a venture of an earlier year its sentence tells in use runs since then ("already share masts
                # through X, the company they set up in 2021", "das 2017 gegründete Gemeinschaftsunternehmen ...
                # wird weitergeführt")
                state = "ongoing"
            if kind in status.STANDING_TYPES and state != "terminated" and (began or state == "ongoing"):
                # "Since 2019 they have worked together": a standing relationship, dated by its start; one the
                # text calls standing is dated by a start anywhere in its sentence ("une collaboration de longue
                # date avec X, avec qui il développe depuis 2020 ..."); with no start, a year or month of its own
                # clause after its cue and before the publication's is when it began ("relies on a partnership
                # formed in 2023"; not "posted revenue last year, with ... butter it makes for X": another fact's)
                # a year in the relative clause that tells the tie dates it; a start before that clause is another
                # clause's ("opera desde 2019 y vende a través de Y, con el que firmó en 2022 una alianza")
                signed = _relative_signing(page, trig, date, s.start)
                began = [d for d in began if signed is None or d.start > signed]
                formed = value if value and len(value) < 10 and value < anchor[:len(value)] and (
                    date.start > trig.start or _opens_clause(page, window.clause_start, date)
                    or signed is not None) else None
                lo, hi = _semicolon_part(page.text, s.start, s.end, trig)
                lo = max(lo, signed or lo)
                state, cued, value = "ongoing", True, getattr(nearest(began or within(since, lo, hi), trig.start),
                                                              "value", formed)
            if kind in status.STANDING_TYPES and state == "announced" and _earlier_year(value, anchor) and (
                    not _named_subject(page, i, trig)):
                # "avec lequel elle a noué un partenariat en 2023", "procede de un contrato firmado en 2022 con Y":
                # a relation of an earlier year told in passing (not "X a noué en 2023 un partenariat avec Y")
                state = "ongoing"
            if state == "announced" and date is not None and _approval_day(page, i, date, names):
                # "Competencia aprobó ayer la compra", "dio luz verde el lunes a la opa que presentó en abril": the
                # day of a regulator's step dates no deal it leaves announced; another date of its window may, else
                # the news
                rest = [d for d in when if d is not date and not _approval_day(page, i, d, names)]
                value = getattr(nearest(within(rest, window.clause_start, end), trig.start), "value", None)
            if state == "completed" and (closed := _closing_day(page, start, min(end, own_end), when)) is not None:
                value = closed.value  # "agreed a merger in March 2016 and completed it that September"
            if state == "terminated":  # dated by when it was called off: a date the cue encloses or that
                # follows it in its phrase ("wollte X im Sommer übernehmen, zog sein Angebot aber im Oktober
                # zurück", "spent the autumn in talks but walked away in November"), else the date nearest the
                # cue, in the deal's own clause first ("The group, which was created when X and Y merged in 2019,
                # had to abandon a planned purchase of Z in 2023")
                cue = page.lex.status_res["terminated"].search(page.text, start, end)
                if cue:
                    # "ha desistido de la opa que lanzó en marzo", "renunció a comprar Y, cuya compra había anunciado en
                    # septiembre": a relative clause after the cue dates the launch
                    launched = [d for d in when if d.start > cue.end() and (
                        page.lex.object_relative_word_re.search(page.text, cue.end(), d.start)
                        or page.lex.relative_re.search(page.text, cue.end(), d.start)) or _dates_participle(page, d)]
                    ended = [d for d in when if d not in launched]
                    value = getattr(_called_off_day(page.text, cue, ended) or nearest(
                        within(ended, window.clause_start, stop) or within(ended, start, end), cue.start()),
                        "value", None if any(d.value == value for d in launched) else value)
            traits = partial(candidate_features.statement_traits, page, i, trig,
                             [(m, r) for m, r in pairs if m is not main], window, stop, k, len(found), via,
                             any(m is main for m, _ in pairs)) if keep_dropped else None
            if owner_given and discourse.told_as_other_stake(kind, state, parties, kept) and _drop(
                    flags, "told", keep_dropped):
                continue  # "X übernimmt Y ... X will 50 Prozent der Anteile erwerben": that takeover retold
            if (told := roles.subject(trig, pairs)) is not None:
                subjects[k] = told
            out.append(Candidate(kind, parties, i, nearest(amounts.headline(values, page.text, page.lex), trig.start),
                                 value, state, cued,
                                 anaphoric=any(m.anaphor for m, _ in pairs), flags=tuple(flags), traits=traits))
            if split:
                out.extend(_next_object(page, i, trig, window, (split[1], whole), main, out[-1], money, when, anchor))
    return out


def _two_sums(money: list[amounts.Amount], then: TriggerMatch) -> bool:
    """Whether a cue and the cue of the same type after it each have a sum of their own, one before the second cue
    (verb-last: "hat 20 Millionen Euro eingesammelt") and one from it on ("die Seed-Runde über 3 Millionen Euro ...
    angeführt"): two deals, not one told twice."""
    return any(a.start < then.start for a in money) and any(a.start >= then.start for a in money)


def _raised_by_other(amount: amounts.Amount, trig: TriggerMatch, found: list[TriggerMatch], kind: str) -> bool:
    """ "cierra una ronda de 12 millones y se alía con X", "lève 30 M€ et s'allie à X": the sum right after another
    cue of raising is the money raised, never the price of a tie-up or purchase the sentence goes on to state."""
    return kind not in UNRAISED_EXEMPT and any(
        t is not trig and t.trigger.frame == "raise" and t.end <= amount.start <= t.end + RAISED_REACH for t in found)


def _priced_by_other(page: Page, amount: amounts.Amount, trig: TriggerMatch, found: list[TriggerMatch]) -> bool:
    """Whether a sum is the price of a cue of another kind (money raised is `_raised_by_other`'s: a listing's is its
    own): a figure right before that cue ("a strategic partnership with X, and a $45 million investment in Y"; not a
    verb of raising that ends its clause, "hat beim Börsengang 780 Millionen Euro eingesammelt"), or shortly after a
    later one in a subordinate clause of its own ("X and Y called off their merger, weeks after X was said to weigh a
    sale of its tyre unit for around $700m")."""
    return any(t.trigger.type != trig.trigger.type and t.trigger.frame != "raise" and (
        0 <= t.start - amount.end <= FIGURE_CUE_GAP
        or trig.end <= t.start and t.end <= amount.start <= t.end + OTHER_PRICE_REACH
        and page.lex.subordinator_word_re.search(page.text, trig.end, t.start)) for t in found)


def _nearest_roles(trig: TriggerMatch, near: list[Mention], window: roles.Window,
                  end: int) -> list[tuple[Mention, str]]:
    """For a cue whose roles the sentence's structure did not give, a guess for the learned scorer to judge: the
    firm named nearest before the cue in its clause in the agent's role, the nearest after it in the patient's
    (or recipient's); both as partners of a symmetric deal, the nearest alone as a listing's issuer."""
    named = [m for m in near if m.name and not m.anaphor and window.clause_start <= m.start < end]
    before = [m for m in named if m.end <= trig.start][-1:]
    after = [m for m in named if m.start >= trig.end][:1]
    kind, frame = trig.trigger.type, trig.trigger.frame
    if kind in roles.SYMMETRIC_ROLE:
        return [(m, roles.SYMMETRIC_ROLE[kind]) for m in before + after]
    if frame not in roles.FRAMES:  # a listing or a round: its one firm
        return [(m, "issuer" if kind == "ipo" else "investee") for m in (before or after)[:1]]
    agent, patient, _, recipient = roles.FRAMES[frame]
    return [(m, agent) for m in before] + [(m, patient or recipient) for m in after if patient or recipient]


def _via(parties: list[tuple[str, str]], found: list[tuple[str, str]], step: str,
         via: str) -> tuple[list[tuple[str, str]], str]:
    """The parties a discourse step gives, and the step that completed them when it changed them."""
    return found, (step if found != parties else via)


def _raised_at_listing(found: list[TriggerMatch], held: TriggerMatch, values: list) -> list:
    """ "cotiza en bolsa desde 2015": a listing held raised no sum the sentence tells, but for one a raising cue
    after it gives ("est cotée sur Euronext Paris depuis 2021, une introduction qui lui avait permis de lever 80
    millions d'euros", "..., avait levé 80 millions lors de son introduction"): the money its listing raised."""
    raising = [t.end for t in found if t.trigger.type == "funding_round" and t.start >= held.end]
    return [v for v in values if any(end <= v.start for end in raising)][:1]


def _raised_before(page: Page, i: int, found: list[TriggerMatch], listing: TriggerMatch,
                   valued: list[amounts.Amount]) -> list[amounts.Amount]:
    """The sum a raising cue before a listing cue gives, no firm named between them: the money the listing
    raised ("The company raised $308m by selling shares ..., in the year's largest IPO")."""
    for t in found:
        if t.trigger.type == "funding_round" and t.end <= listing.start and not any(
                t.end <= m.start < listing.start and m.name for m in page.mentions[i]) and not _aside_cue(
                page, i, t, listing):
            return within(valued, t.end, listing.start)[:1]
    return []


def _aside_cue(page: Page, i: int, cue: TriggerMatch, trig: TriggerMatch) -> bool:
    """ "X, qui a levé 12 millions en 2020, prépare son introduction en Bourse": a cue of another kind in a relative
    clause closed before this one tells an earlier deal of the subject, not this one's sum or stage."""
    return cue.trigger.type != trig.trigger.type and any(
        a <= cue.start and cue.end <= b for a, b in roles.inserted_clauses(
            page.text, page.sentences[i].start, trig.start, page.lex))


def _without_asides(page: Page, i: int, trig: TriggerMatch, found: list[TriggerMatch], start: int, end: int) -> str:
    """The text of a cue's window with the relative clauses blanked that tell another deal before it (its status
    words, "a levé", are that deal's), offsets kept."""
    text = page.text[start:end]
    for a, b in roles.inserted_clauses(page.text, page.sentences[i].start, trig.start, page.lex):
        if start <= a and b <= end and any(a <= t.start and t.end <= b and t.trigger.type != trig.trigger.type
                                           for t in found):  # `_aside_cue`, its clause already found
            text = text[:a - start] + " " * (b - a) + text[b - start:]
    return text


def _described(page: Page, trig_end: int, day: int, stop: int) -> bool:
    """Whether a day after a cue lies in a relative clause still open that describes a firm, not the deal: one
    with no deal or status cue ("... led by X, which launched a new fund in September"; not "Y, which it had
    eyed, in March", nor "die Fusion mit X, die erst im Herbst 2018 vollzogen wurde")."""
    rel = next(reversed(list(page.lex.relative_re.finditer(page.text, trig_end, day))), None)  # the last one
    if rel is None or "," in page.text[rel.end():day] or rel.start() == trig_end:
        return False  # one right after the cue tells the deal ("ein Gemeinschaftsunternehmen, das X und Y 2021 ...")
    comma = page.text.find(",", day, stop)
    clause = page.text[rel.end():comma if comma >= 0 else stop]
    return not (page.lex.trigger_re.search(clause) or any(cue.search(clause) for cue in page.lex.status_res.values()))


def _cued_buyer(page: Page, trig: TriggerMatch, pairs: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """ "trennt sich X von seinem Betongeschäft: Käufer ist die Y Gruppe", "X is selling its unit: the buyer is Y": a
    firm right after a buyer cue (`buyer_cues`) of the sale's sentence buys, it is no firm sold."""
    if trig.trigger.type != "acquisition":
        return pairs
    cues = list(page.lex.buyer_re.finditer(page.text, trig.end, max((m.start for m, _ in pairs), default=trig.end)))
    return [(m, "acquirer" if role == "target" and any(
        hit.end() <= m.start and discourse.right_after(page.text, hit.end(), m) for hit in cues) else role)
            for m, role in pairs]


def _possessor_bought(page: Page, trig: TriggerMatch, pairs: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """ "Depuis son rachat en 2022, X est une filiale du groupe Y", "Desde su adquisición en 2022, X es una filial del
    grupo Y": a purchase noun right after a possessive, with no firm bought named, is its possessor's being bought;
    the firm read as its buyer is the one bought, the one read as its seller the buyer."""
    if trig.trigger.frame != "buy" or sorted(r for _, r in pairs) != ["acquirer", "seller"] or not _after_possessive(
            page, trig):
        return pairs
    swapped = {"acquirer": "target", "seller": "acquirer"}
    return [(m, swapped[r]) for m, r in pairs]


def _possessed_contract(page: Page, i: int, trig: TriggerMatch,
                        pairs: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """ "Son contrat d'approvisionnement avec Carrefour, en vigueur depuis 2018, a été reconduit", "Su contrato con Y,
    vigente desde 2021, ...": a contract a sentence opens with as the firm spoken of's own is one it holds as the
    supplier; the other, after "with", buys. Not an order ("a annulé sa commande") nor a contract whose holder the
    sentence names ("wurde von X bei ihrem Rahmenvertrag mit Y mandatiert": X buys)."""
    if trig.trigger.frame != "order" or sorted(r for _, r in pairs) != ["customer", "supplier"] or (
            not _after_possessive(page, trig)) or len(page.text[page.sentences[i].start:trig.start].split()) != 1:
        return pairs
    if not all(m.anaphor and m.start < trig.start for m, r in pairs if r == "customer"):
        return pairs
    return [(m, roles.COUNTERPART[r]) for m, r in pairs]


def _after_possessive(page: Page, trig: TriggerMatch) -> bool:
    """Whether a cue right follows a possessive determiner ("son rachat", "su contrato", "its takeover")."""
    before = page.text[max(0, trig.start - POSSESSIVE_REACH):trig.start].split()
    return bool(before) and page.lex.possessive_re.fullmatch(before[-1]) is not None


def _holder_bids(page: Page, i: int, trig: TriggerMatch,
                 pairs: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """ "X, qui détient déjà 18 % du capital de Y, a déposé une offre publique d'achat", "X, die bereits 18 Prozent an
    Y hält, hat ein Übernahmeangebot vorgelegt": a tender offer that names no firm it bids for, made by a bidder whose
    relative clause right after its name (and legal form) tells a stake it holds in one firm, bids for the rest of that
    firm; a description after the cue ("valorisant le cimentier") only names that firm again."""
    bidder = next((m for m, r in pairs if r == "acquirer"), None)
    if bidder is None or any(r == "target" and not m.anaphor for m, r in pairs) or not _tender_offer(page, i, trig):
        return pairs
    opener = page.lex.relative_re.search(page.text, bidder.end, trig.start)  # past a legal form ("X AG, die")
    if opener and "," in page.text[bidder.end:opener.start()]:
        return pairs
    close = page.text.find(",", opener.end(), trig.start) if opener else -1
    if close < 0:
        return pairs
    held = [t for t in page.triggers(i) if t.trigger.frame == "hold" and opener.end() <= t.start and t.end <= close]
    firms = {m.name: m for m in page.mentions[i] if m.name and m.name != bidder.name and opener.end() <= m.start
             and m.end <= close}
    if not held or len(firms) != 1:
        return pairs
    return [(m, r) for m, r in pairs if r != "target"] + [(next(iter(firms.values())), "target")]


def _unit_owner(page: Page, trig: TriggerMatch, pairs: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """ "hacerse con la cartera de proyectos que la portuguesa X tiene en Oaxaca", "buy the stores that X runs": the
    firm an object relative after a unit's noun names as the unit's owner (`unit_owner_verbs` right after it) sells
    the unit; it is no firm bought."""
    if trig.trigger.type != "acquisition" or trig.trigger.frame != "buy":
        return pairs
    out = []
    for m, role in pairs:
        gap = page.text[trig.end:m.start]
        unit = page.lex.unit_re.search(gap) if role == "target" and m.start > trig.end else None
        owns = unit and page.lex.object_relative_word_re.search(gap, unit.end()) and page.lex.unit_owner_re.match(
            page.text, m.end)
        out.append((m, "seller" if owns else role))
    return out


_COMMA_WORD = re.compile(r",\s+(\w+)\s")


def _verb_last_end(page: Page, trig: TriggerMatch, end: int) -> int | None:
    """Where the clause a cue closes ends, the verb last, maybe before its auxiliary: at the punctuation after them,
    or before a conjunction that opens the next clause with no comma ("..., der Y 2018 gekauft hatte und weiterhin
    die Hälfte der Anteile hält": the half is held, not bought); None where the clause goes on after the cue."""
    if (last := VERB_LAST.match(page.text, trig.end, end)) is not None:
        return last.end()
    joined = VERB_JOINED.match(page.text, trig.end, end)
    if joined is None or not page.text[trig.start].islower() or (joined.group(1) and not joined.group(1).islower()):
        return None
    return joined.start(2) if joined.group(2).lower() in page.lex.conjunction_words else None


def _next_coordinated(page: Page, start: int, stop: int) -> int:
    """Where a clause joined by a comma and a conjunction opens between start and stop (", and holds", ", et
    détient"), else stop: a stake that clause names is not the one the cue before it buys."""
    return next((hit.start() for hit in _COMMA_WORD.finditer(page.text, start, stop)
                 if hit.group(1).lower() in page.lex.conjunction_words), stop)


def _roles(page: Page, i: int, trig: TriggerMatch, near: list[Mention], window: roles.Window,
           main: Mention | None) -> tuple[list[tuple[Mention, str]], str, list[tuple[str, str]]]:
    """The role pairs of a trigger, and the type and (name, role) parties its clause gives them."""
    s, end = page.sentences[i], window.end
    pairs = _holder_bids(page, i, trig, _possessed_contract(page, i, trig, _possessor_bought(page, trig, _cued_buyer(
        page, trig, _unit_owner(page, trig, roles.assign(trig, near, page.text, window, page.lex, main))))))
    parties = _named(pairs)
    reach = STAKE_REACH + (INVERTED_SUBJECT if page.lex.verb_second else 0)
    # from its own clause on: not the stake of an inserted clause ("X, qui détient 40 % de Y, rachète Z")
    start = max(window.clause_start, trig.start - STAKE_REACH // 2)
    qualified = trig.start  # where the stake the cue buys is named, its qualifier just before it
    stop = min(s.end, trig.end + reach)
    if page.lex.verb_second and (last := _verb_last_end(page, trig, s.end)) is not None:  # the verb last in its
        # clause: a share named further before it is what it buys ("hatte 30 Prozent am Logistiker X erworben")
        back = max(window.clause_start, trig.start - STAKE_REACH - INVERTED_SUBJECT)  # a described firm between
        # ("hatte 30 Prozent am Karlsruher Lagerdienstleister X erworben")
        share = page.lex.share_re.search(page.text, back, trig.start)
        start, qualified = (min(start, share.start()), share.start()) if share else (start, qualified)
        stop = last  # nor the stake the next clause holds ("X, die Y 2018 übernommen hatte, hält 45 Prozent")
    stop = _next_coordinated(page, trig.end, stop)  # nor the next clause's ("X, which it bought, and holds 9% of Y")
    around = _without_price_moves(page, s, start, stop)
    sold = trig.trigger.type == "acquisition" and all(r != "target" for _, r in parties)
    kind, parties = (trig.trigger.type, parties) if _tender_offer(page, i, trig) else _retype(
        trig.trigger.type, parties, _without_names(page, i, around, start), page.lex)
    parties = _subsidiary(kind, parties, sold, around, page)
    follower = re.match(r"\s*\S+", page.text[trig.end:s.end])  # "participation majoritaire": the adjective after
    stake_end = trig.end + (follower.end() if follower else 0)
    stake_start = max(window.clause_start, qualified - CONTROL_REACH)
    while stake_start > window.clause_start and page.text[stake_start - 1].isalnum():
        stake_start -= 1  # a whole word ("als Mehrheitseigner bei X eingestiegen"), not its cut end
    stake = page.text[stake_start:stake_end]
    kind, parties = _controlling(kind, parties, stake, page.text[trig.start:trig.end], page.lex)
    if kind == "investment" and (not page.lex.share_re.search(stake) and _control_told_after(page, i, parties)
                                 or _majority_bought(page, i, trig, parties) or _raised_past_half(page, i, trig)):
        kind, parties = _bought_whole(parties)
    # within its sentence: "X et Y officialisent leur fusion. Les deux réseaux ..." combine no units
    kind, parties = _combined_units(
        kind, parties, page.text[trig.end:min(trig.end + UNIT_REACH, page.sentences[i].end)], page.lex)
    parties = _public_customer(kind, parties, page.lex)
    parties = _worker_subject(page, i, trig, kind, pairs, parties)
    parties = _apposed_customer(page, kind, pairs, parties)
    if trig.trigger.frame == "buy":
        kind, parties = _goods(kind, parties, pairs, page.text[trig.end:roles.clause_end(
            page.text, trig, end, page.lex)], trig.end, page.lex)
        kind, parties = _counted_goods(kind, parties, page.text[trig.end:end], page.lex)
    if trig.trigger.type == "acquisition" and all(not m.anaphor for m, r in pairs if r == "acquirer"):
        kind, parties = _under_supply(kind, parties, page.text[s.start:_part_end(page, s, trig)], page.lex)
    owner = discourse.firm_spoken_of(page, i, parties[0][0]) if kind != trig.trigger.type and [
        r for _, r in parties] == ["investor"] else None
    if owner:  # "a 3% stake in the capital": the firm the paragraph spoke of, else the page's company
        parties.append((owner, "investee"))
    return pairs, kind, parties


def _named(pairs: list[tuple[Mention, str]]) -> list[tuple[str, str]]:
    """The (name, role) parties of role pairs, each firm once, in its first role."""
    parties: list[tuple[str, str]] = []
    for m, role in pairs:
        if m.name and all(m.name != n for n, _ in parties):
            parties.append((m.name, role))
    return parties


def _agreed_venture(page: Page, kind: str, clause: str, windowed: tuple[str, bool], anchor: str) -> bool:
    """ "Die beiden Firmen hatten im September vereinbart, ein Gemeinschaftsunternehmen zu gründen": a venture whose
    clause has no status cue of its own, only an earlier date, is the agreement its sentence announces, not a venture
    done then."""
    return (kind in status.RUN_TYPES and windowed == ("announced", True)
            and not status.assess(clause, kind, None, anchor, page.lex)[1])


def _aside_date(page: Page, i: int, previous: TriggerMatch | None, trig: TriggerMatch, d, window: roles.Window) -> bool:
    """ "X, introduite en Bourse en 2016, a racheté Y", "X, which went public in 2016, agreed to buy Y": a date
    right after a cue of another kind in an aside on the subject, before the clause of this one, dates that deal, not
    this one (not a main clause's: "ya invirtió en 2022, cuando tomó un 25% de Y")."""
    return bool(previous and previous.trigger.type != trig.trigger.type and d.end <= window.clause_start
                and 0 <= d.start - previous.end <= DATED_CUE_REACH + APPOSED_WORDS_REACH
                and _opens_aside(page, i, previous))


def _closed_aside(page: Page, i: int, found: list[TriggerMatch], trig: TriggerMatch, end: int) -> int | None:
    """Where an aside on the object of an earlier cue of another kind closes ("agreed to buy Viagrin, which listed in
    2017, for €500m", "rachète Viagrin, entré en Bourse en 2017, pour 500 M€"): its deal's sum lies before that comma,
    the one after it is the outer deal's."""
    if not any(t.end <= trig.start and t.trigger.type != trig.trigger.type for t in found):
        return None
    return _aside_end(page, i, trig, end)


def _aside_end(page: Page, i: int, trig: TriggerMatch, end: int) -> int | None:
    """The comma that closes the aside a cue opens on the name before it ("Viagrin, entré en Bourse à Paris en 2017,
    sera retiré de la cote"): the words after it tell the firm's news, not the aside's deal."""
    comma = page.text.find(",", trig.end, end)
    return comma if comma >= 0 and _opens_aside(page, i, trig) else None


def _opens_aside(page: Page, i: int, cue: TriggerMatch) -> bool:
    """Whether a cue opens an aside on the name right before it ("X, introduite en Bourse", "X, which went public",
    "X, que salió a bolsa")."""
    name = [m for m in page.mentions[i] if m.end <= cue.start][-1:]
    gap = page.text[name[0].end:cue.start] if name else ""
    return gap.strip() == "," or (gap.startswith(",") and len(gap.split()) <= 2
                                  and bool(page.lex.relative_re.search(gap)))


def _trading_day(page: Page, i: int, start: int, end: int, value: str, anchor: str) -> str:
    """ "Shares of X opened at $19 on Friday, above the $15 at which it priced its IPO late on Thursday": a listing
    that took place is dated by its first trading day, the latest past day of its window (the pricing comes first)."""
    days = [d.value for d in within(page.dates(i), start, end)
            if len(d.value) == 10 and d.of_a_step and d.value <= anchor]
    return max(days, default=value)


def _before_elapsed(page: Page, i: int, trig: TriggerMatch, end: int) -> int:
    """ "The listing comes a year after X scrapped a planned merger": what follows a span counted back from the news
    tells the earlier deal; the cue's status is read up to that span."""
    return min((d.start for d in page.dates(i) if d.counted and trig.end <= d.start < end), default=end)


NEXT_ATTRIBUTE_WORDS = 3  # lowercase words between an article and the next cue that tell of that cue's deal


def _before_next_attributes(page: Page, trig: TriggerMatch, found: list[TriggerMatch], end: int) -> int:
    """ "übernimmt die Laborkette nach einem abgesagten Börsengang", "after a cancelled listing": the lowercase words
    between an article and the next deal noun are that deal's attributes, its status not this cue's; the cue's status
    is read up to that article."""
    nxt = next((t for t in found if trig.end <= t.start <= end), None)
    if nxt is None or not page.text[nxt.start:nxt.start + 1].isupper():
        return end
    words = list(re.finditer(r"\S+", page.text[trig.end:nxt.start]))
    articles = page.lex.determiners | page.lex.indefinite_articles
    for k in range(len(words) - 1, max(-1, len(words) - 2 - NEXT_ATTRIBUTE_WORDS), -1):
        word = words[k].group()
        if word.lower() in articles and k < len(words) - 1:
            return trig.end + words[k].start()
        if not (word.isalpha() and word.islower()):
            break
    return end


def _before_gerund_clause(page: Page, trig: TriggerMatch, end: int) -> int:
    """ "X had rejected an approach from Y in February before agreeing to Z's higher offer": a clause after the cue
    that a subordinator opens with a verb in -ing tells another step of the story; its firms take no part in the
    cue's deal (its words still tell the deal's fate: "had prepared a listing of Y before shelving the plan")."""
    hit = page.lex.gerund_clause_re.search(page.text, trig.end, end)
    return hit.start() if hit else end


def _before_subordinate_end(page: Page, trig: TriggerMatch, end: int) -> int:
    """ "se hace con Y, un año después de que fracasara su venta a Z", "agreed to buy Y after talks with Z collapsed":
    an end told in a subordinate clause after the cue is that of an earlier deal, not this one's; the cue's status is
    read up to that clause."""
    return next((hit.start() for hit in page.lex.subordinator_word_re.finditer(page.text, trig.end, end)
                 if status.ended(page.text[hit.end():end], page.lex)), end)


ELAPSED_WORDS = 3  # words between "comes" and "after" ("comes six months after", "llega dos semanas después de")


def _echo_opener(page: Page, i: int, trig: TriggerMatch) -> bool:
    """ "Con la compra, Albarán suma una cartera de ...", "With the acquisition, X becomes ...", "Mit der Übernahme
    wächst X zum ...": a deal noun in the phrase that opens its sentence with an article, set off by a comma (or,
    where the verb comes second, followed by the verb), takes up the deal told before and tells its consequence; it
    states no deal of its own."""
    s = page.sentences[i]
    if trig.trigger.type in SINGLE_PARTY_TYPES or not page.lex.echo_opener_re.fullmatch(page.text, s.start, trig.start):
        return False  # "Mit dem Börsengang hat X 310 Millionen Euro eingesammelt": a listing's own sum, told so
    after = page.text[trig.end:s.end]
    return after.startswith(",") or page.lex.verb_second and bool(re.match(r" [^\W\d_A-ZÀ-Þ]", after))


def _comes_after(page: Page, trig: TriggerMatch) -> bool:
    """ "The order comes after the company sold its maintenance arm to Y", "El pedido llega después de que ...":
    a deal noun right before a verb of arrival and "after" is the subject of a sentence that sets the deal told
    before against other news; it states no deal of its own (its parties would be those of that news)."""
    arrival = _arrival_re(page.lex)
    return arrival is not None and bool(arrival.match(page.text, trig.end))


@cache
def _arrival_re(lex: Lexicon) -> re.Pattern | None:
    """ "comes after", "llega dos semanas después de", read right after a cue (the language's `elapsed` words)."""
    if not lex.elapsed:
        return None
    opener, after = (alternation(lex.elapsed[k], escape=True) for k in ("openers", "after"))
    return re.compile(rf"\s+(?:{opener})\s+(?:\S+\s+){{0,{ELAPSED_WORDS}}}?(?:{after})(?!\w)", re.IGNORECASE)


def _argued(page: Page, start: int, trig: TriggerMatch, found: list[TriggerMatch]) -> bool:
    """ "Its sale to Y was blocked by the CMA, the watchdog arguing the deal would leave carmakers with a single
    supplier": a cue in the clause of a reason given against the deal the sentence told before it (no comma between
    the reason's opener and the cue), of another kind than that deal, is a word of the argument, no deal of its own
    (not "la CNMC bloqueó su acuerdo, al considerar que la fusión ...": the only cue there is the deal)."""
    openers = list(page.lex.argument_re.finditer(page.text, start, trig.start))
    return bool(openers) and not re.search(r"[,;:()]", page.text[openers[-1].end():trig.start]) and any(
        t.end <= openers[-1].start() and t.trigger.type != trig.trigger.type for t in found)


def _headline_piece(page: Page, i: int, trig: TriggerMatch) -> tuple[int, int]:
    """ "Halden wins £40m contract as Bluecrest stake sale lands", "Übernahmefantasie treibt Vantel – Rhenox sagt
    Börsengang ab": a headline joins two pieces of news by a joiner, a dash or a colon, and a cue's parties are
    those of its own piece (the span returned); a piece that is only names labels the news ("Lumatec: Kauf von X
    abgeschlossen") and stays. A body sentence: the whole sentence."""
    s = page.sentences[i]
    if s.paragraph not in page.title_paragraphs:
        return s.start, s.end
    start, end = s.start, s.end
    for hit in page.lex.headline_break_re.finditer(page.text, s.start, s.end):
        if hit.end() <= trig.start and not _only_names(page, i, start, hit.start()):
            start = hit.end()
        elif hit.start() >= trig.end and not _only_names(page, i, hit.end(), end):
            end = hit.start()
            break
    return start, end


def _only_names(page: Page, i: int, start: int, end: int) -> bool:
    """Whether a stretch of a sentence holds nothing but firms' names (and punctuation)."""
    rest = page.text[start:end]
    for m in page.mentions[i]:
        if start <= m.start and m.end <= end:
            rest = rest.replace(page.text[m.start:m.end], " ")
    return not re.search(r"\w", rest)


def _second_deal(page: Page, i: int, trig: TriggerMatch, end: int,
                 money: list[amounts.Amount]) -> tuple[int, int] | None:
    """Where a second object of a buy or sell verb begins, with its own price ("bought X for $4bn in 2009
    and Y for $4.05bn in 2012", "a cédé X à A pour 5 milliards, puis Y à B pour 8 milliards"), else with its own
    date ("la compra de X en 2021 y de Y en 2023", "bought X in 2021 and Y in 2023"): the "and" or comma after the
    first price (date) that a firm follows before a second price (date) (its start and end)."""
    if trig.trigger.frame not in ("buy", "sell"):
        return None
    valued = [a for a in within(money, trig.end, end) if amounts.is_deal_value(a, page.text, "acquisition", page.lex)]
    dated = len(valued) < 2
    if dated:
        valued = [d for d in within(page.dates(i), trig.end, end) if d.of_a_step]
    if len(valued) < 2 or not any(trig.end <= m.start < valued[0].start for m in page.mentions[i]):
        return None
    first, second = valued[0], valued[1]
    nxt = next((m for m in page.mentions[i] if first.end <= m.start < second.start), None)
    if nxt is None:
        return None
    gap = page.text[first.end:nxt.start]
    # a date's object only after "and" ("late last year, Wirepoint reported in December": a comma opens a report)
    joined = page.lex.coordinator_re.search(gap) or (None if dated else re.search(",", gap))
    if not joined or len(gap.split()) > SECOND_OBJECT_WORDS or page.lex.trigger_re.search(gap):
        return None
    return first.end + joined.start(), first.end + joined.end()


def _next_object(page: Page, i: int, trig: TriggerMatch, window: roles.Window, span: tuple[int, int],
                 main: Mention | None, first: Candidate, money: list[amounts.Amount], when: list,
                 anchor: str) -> list[Candidate]:
    """The deal of a second object in span: the first deal's subject with the object, recipient, price and
    date of the span (else the first deal's date and status)."""
    split, end = span
    near = [m for m in page.mentions[i] if trig.start - REACH <= m.start < trig.end or split <= m.start < end]
    trig = TriggerMatch(trig.trigger, trig.start, split)  # the verb governs the object after "and"
    pairs = roles.assign(trig, near, page.text, roles.Window(window.sentence_start, window.clause_start, end),
                         page.lex, main)
    parties = _named(pairs)
    if not complete(trig.trigger.type, parties) or {n for n, _ in parties} == first.names:
        return []
    values = [a for a in within(money, split, end) if amounts.is_deal_value(a, page.text, "acquisition", page.lex)]
    date = nearest(within(when, split, end), split)
    value = date.value if date else first.date
    state, cued = status.assess(page.text[split:end], trig.trigger.type, value, anchor, page.lex)
    if not cued:
        state, cued = first.status, first.cued
    return [Candidate(trig.trigger.type, parties, i, values[0] if values else None, value, state, cued,
                      anaphoric=any(m.anaphor for m, _ in pairs), flags=first.flags,
                      traits=partial(_second_object, first.traits) if first.traits else None)]


def _second_object(traits: Callable[[], dict[str, float]]) -> dict[str, float]:
    """The structure of a second object's statement: that of the first, marked as the second."""
    return {**traits(), "second_object": 1.0}
