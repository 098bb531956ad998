"""Parties a deal sentence leaves to the discourse: a description resolved onto the very firm the sentence
also names ("Der Finanzinvestor X hat den Konzern übernommen"), or an object pronoun ("Nexia la compró",
"bought it"), stands for the firm the paragraph spoke of before, the last other organisation named as a
subject; a slot the sentence leaves open ("Auch die Kooperation mit X ...", "su intento de comprar X") is
filled by the salient firm."""

from __future__ import annotations

from dataclasses import replace

from streams.extraction import roles
from streams.extraction.lexicon import common_word, indefinite_article
from streams.extraction.organisations import Mention, is_institution, place_adjective
from streams.extraction.page import Page, joined, lone_firm_before, shares_of, subheading
from streams.extraction.triggers import TriggerMatch

REACH = 2  # sentences back, within the paragraph, in which the other firm is looked for
ITEM_REACH = 2  # sentences of the item below a subheading read for its subject
OBJECT_OF = {"acquirer": "target", "investor": "investee"}  # the role of a buyer's or investor's object
LEAD = 3  # body sentences that open an article: a description there may stand for a firm of the headline
PRONOUN_REACH = 12  # characters after a verb read for its object pronoun
POSSESSED_WORDS = 5  # words of a possessive phrase before the subject it introduces ("Son conseil, la banque X")
CREDIT_REACH = 60  # characters before a public body read for the credit that names it
# the role a digest item's deal names after its colon, and the role of the topic before it (`colon_topic`)
COLON_ROLES = {"acquisition": ("target", "acquirer"), "funding_round": ("investor", "investee")}


def subject(page: Page, j: int) -> Mention | None:
    """The subject of sentence j: its first organisation no preposition marks."""
    previous = page.sentences[j].start
    for m in page.mentions[j]:
        if m.name and not m.pair and roles.marker(m, previous, page.text, page.lex) is None:
            return m
        previous = m.end
    return None


def other_firm(page: Page, i: int, name: str) -> str | None:
    """The last subject before sentence i, in its paragraph, that is a firm other than `name`, else the one firm
    whose shares the sentence just before names; in the lead of the article, else the first such firm of the
    headline ("Lumatec to buy Nordwerk" / "Lumatec agreed to pay $2bn for its smaller rival")."""
    if (spoken := _spoken_of(page, i, name)) is not None:
        return spoken
    if (traded := _traded_before(page, i)) not in (None, name):
        return traded  # "Spitzenreiter waren Aktien von X. ... prüft der Konzern Y eine Übernahme des Herstellers": X
    titles = [j for j, s in enumerate(page.sentences[:i]) if s.paragraph in page.title_paragraphs]
    if i - len(titles) >= LEAD:
        return None
    return next((m.name for j in titles for m in page.mentions[j]
                 if m.name and not m.anaphor and m.name != name and not is_institution(m.name, page.lex)), None)


def _traded_before(page: Page, i: int) -> str | None:
    """The one firm the sentence before sentence i names, in its paragraph, where it names it by its shares (a
    market report's item: "Spitzenreiter waren die Aktien von X", "Shares in X jumped 9%")."""
    lone = lone_firm_before(page.text, page.mentions, page.sentences, i, page.lex)
    start = page.sentences[i - 1].start
    return lone if lone and any(m.name == lone and shares_of(page.text, start, m, page.lex)
                                for m in page.mentions[i - 1]) else None


def salient(page: Page, i: int, cue: int, cue_end: int | None = None) -> str | None:
    """The firm a deal cue with an open slot belongs to: after a possessive ("su intento de comprar X",
    "its planned purchase of X") or with one inside a contract cue ending at `cue_end` ("X, one of its largest
    customers", "X utiliza su tecnología") or for a verb whose subject the language leaves out ("En 2022 absorbió
    X") the subject of a sentence just before in the paragraph, the firm the discourse is at; so for every cue of a
    sentence that opens with such a verb ("Desde 2019 suministra vino a X en virtud de un contrato": the contract's
    too); otherwise the firm the page is about. In a sentence that speaks as "we", "its" is another firm's
    (`_besides_we`)."""
    inside = cue_end is not None and page.lex.possessive_re.search(page.text, cue, cue_end)
    if page.lex.possessive_cue_re.search(page.text, page.sentences[i].start, cue) and (
            other := _besides_we(page, i, cue)):
        return other
    if inside or page.lex.possessive_cue_re.search(page.text, page.sentences[i].start, cue) or _dropped_subject(
            page, i, cue) or _opens_without_subject(page, i) or _organ_acts(page, i, cue):
        return _price_mover(page, i, cue) or _pronoun_holder(page, i, cue) or _spoken_of(page, i) or page.main
    if _deal_told_before(page, i, cue):
        return _spoken_of(page, i) or page.main
    return _fronted_topic(page, i, cue) or _item_subject(page, i) or _topic_before(page, i) or page.main


def _fronted_topic(page: Page, i: int, cue: int) -> str | None:
    """ "Bei Greve Landtechnik hat die Familie 40 Prozent an Y abgegeben", "Chez X, la famille a cédé 40 % à Y": the
    firm sentence i opens on before its cue, after a preposition of topic (`topic_markers`), is the one its deal is
    about: the slot its subject leaves open (a family, a founder: no firm) is that firm's, not the page's."""
    first = next((m for m in page.mentions[i] if m.name and not m.anaphor), None)
    if first is None or first.start >= cue or not page.lex.topic_marker_re.fullmatch(
            page.text, page.sentences[i].start, first.start):
        return None
    return first.name


def _item_subject(page: Page, i: int) -> str | None:
    """ "Fusion mit Ostermoor war gescheitert" above "... Zunächst hatten die Kreiskliniken eine Fusion mit dem
    Klinikum Ostermoor angestrebt": a subheading's deal with an open slot is told again in full by the item below it,
    in a sentence that names the subheading's firm again; its firm is that sentence's subject, a public body too (not
    the page's own firm)."""
    if i + 1 >= len(page.sentences) or not subheading(page.text, page.sentences, i):
        return None
    named = {m.name for m in page.mentions[i] if m.name}
    item = page.sentences[i + 1].paragraph
    for j in range(i + 1, min(len(page.sentences), i + 1 + ITEM_REACH)):
        if page.sentences[j].paragraph != item:
            break
        m = subject(page, j)
        if m is not None and m.name not in named and any(n.name in named for n in page.mentions[j]):
            return m.name
    return None


def _topic_before(page: Page, i: int) -> str | None:
    """ "Für die X ist es nicht der erste Versuch zu wachsen. 2021 war die geplante Übernahme der Y gescheitert", "For
    X it is not the first try. In 2021 the planned takeover of Y collapsed": a sentence that tells no deal, names one
    firm and opens on it with a preposition of topic (`topic_markers`) sets the topic of its paragraph; a deal right
    after that leaves its slot open, and names that firm nowhere, is the topic's, not the page's."""
    if i == 0 or page.triggers(i - 1):
        return None
    lone = lone_firm_before(page.text, page.mentions, page.sentences, i, page.lex)
    if lone is None or any(m.name == lone for m in page.mentions[i]):
        return None
    first = next(m for m in page.mentions[i - 1] if m.name == lone and not m.anaphor)
    return lone if page.lex.topic_marker_re.fullmatch(page.text, page.sentences[i - 1].start, first.start) else None


def _deal_told_before(page: Page, i: int, cue: int) -> bool:
    """ "Bei dem Börsengang sollen bis zu 250 Mio. Euro eingesammelt werden": a deal noun after a definite article,
    in a sentence that names no firm, is the deal the sentences just before told; its firm is theirs, not the
    page's (a weekly review's item about another firm than the page's most named)."""
    words = page.text[page.sentences[i].start:cue].split()
    articles = page.lex.definite_articles | page.lex.dative_articles | page.lex.contracted_articles
    return bool(words) and words[-1].lower() in articles and not any(
        m.name and not m.anaphor for m in page.mentions[i])


def backer_after(page: Page, i: int, name: str) -> bool:
    """Whether a firm is first named after sentence i, in a sentence with a participation cue: the backer of the
    round sentence i tells ("X hat eine Seed-Finanzierung verkündet. Einziger Geldgeber ist Y", "Y is expected to
    lead"), never the firm that raised it."""
    first = next((j for j, ms in enumerate(page.mentions) if any(m.name == name for m in ms)), None)
    if first is None or first <= i:
        return False
    s = page.sentences[first]
    return page.lex.participation_re.search(page.text, s.start, s.end) is not None


def _besides_we(page: Page, i: int, cue: int) -> str | None:
    """ "Nous avons mené la série A de Verdi. Et nous sommes heureux de la voir franchir une étape : sa fusion avec
    Quadra": in a sentence that speaks as "we", a third person's possessive is never that "we" (it would say
    "our"); nor in one right after such a sentence of its paragraph, the speaker speaking on ("Nous en sommes fiers.
    Sa fusion avec Quadra ..."); it stands for the last firm named before it, here or in the sentences just before,
    other than the "we" firm. None where neither sentence speaks as "we"."""
    ours = {m.name for m in page.mentions[i] if m.first_person and m.start < cue}
    if i and page.sentences[i - 1].paragraph == page.sentences[i].paragraph:
        ours |= {m.name for m in page.mentions[i - 1] if m.first_person}
    if not ours:
        return None
    for j in range(i, max(-1, i - 1 - REACH), -1):
        for m in reversed(page.mentions[j]):
            if (j < i or m.end <= cue) and m.name and not m.anaphor and m.name not in ours and not is_institution(
                    m.name, page.lex):
                return m.name
    return None


def _pronoun_holder(page: Page, i: int, cue: int) -> str | None:
    """ "... de la compañía vallisoletana figura un contrato que le adjudicó en octubre X": a verb whose recipient
    is a pronoun right before it leaves no subject out; the pronoun stands for the one firm named before
    it in the sentence, not for the firm the sentences before spoke of."""
    if not page.lex.recipient_pronoun_res[0].search(page.text, page.sentences[i].start, cue):
        return None
    held = _held_before(page, i, cue)
    return held.name if held is not None and not is_institution(held.name, page.lex) else None


def offtake_producer(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Der Windpark der X geht ans Netz. Die Stadtwerke Y nehmen 40 Prozent des Stroms ab": a customer taking a
    share of a plant's output, the page's firm being that customer, takes it from the firm spoken of before."""
    if not trig.trigger.offtake or len(parties) != 1 or parties[0][1] != "customer":
        return parties
    other = other_firm(page, i, parties[0][0])
    return [*parties, (other, "supplier")] if other else parties


def moved_supplier(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Arlon gained 3% after the Ministry of Defence placed an order worth £640m": a market report's contract
    that names its customer alone was won by the firm whose shares moved on it (`_price_mover`, else
    `_mover_before_clause`)."""
    if trig.trigger.type != "contract" or len(parties) != 1 or parties[0][1] != "customer":
        return parties
    mover = _price_mover(page, i, trig.start) or _mover_before_clause(page, i, trig)
    return [*parties, (mover, "supplier")] if mover not in (None, parties[0][0]) else parties


def _mover_before_clause(page: Page, i: int, trig: TriggerMatch) -> str | None:
    """ "Shares in X rose 5% after the Ministry placed an order": the last firm named before a share price's move
    that a subordinate clause holding a giving cue follows."""
    if trig.trigger.frame not in roles.GIVEN_FRAMES:
        return None
    s = page.sentences[i]
    move = next(page.lex.price_move_re.finditer(page.text, s.start, trig.start), None)
    if move is None or not page.lex.subordinator_re.search(page.text, move.end(), trig.start):
        return None
    moved = [m for m in page.mentions[i] if m.name and not m.anaphor and m.end <= move.start()]
    return moved[-1].name if moved else None


def _price_mover(page: Page, i: int, cue: int) -> str | None:
    """The firm whose shares moved, the subject of sentence i before the cue or of the sentence just before in its
    paragraph, with a share price's move right after it ("Lumatec slid 11% after the regulator blocked its
    takeover of X", "Altea subió un 2,3%. Ayer Adif le adjudicó ..."): a market report tells the deal as the reason
    of that move, so its possessives and object pronouns stand for that firm, not for the last one named."""
    for j in (i, i - 1):
        if j < 0 or page.sentences[j].paragraph != page.sentences[i].paragraph:
            break
        m = subject(page, j)
        if m is not None and not m.anaphor and (j < i or m.end < cue) and page.lex.price_move_re.match(
                page.text, m.end + 1):
            return m.name
    return None


def _organ_acts(page: Page, i: int, cue: int) -> bool:
    """ "Dès mardi, sa direction a présenté un accord de partenariat avec Y", "its chief executive signed ...": an
    organ or officer named by a possessive before the cue, no firm named before it, acts for the firm the paragraph
    spoke of, not for the page's."""
    return not any(m.start < cue for m in page.mentions[i]) and page.lex.possessed_organ_re.search(
        page.text, page.sentences[i].start, cue) is not None


def _opens_without_subject(page: Page, i: int) -> bool:
    """Whether sentence i names no firm before its first deal cue, a verb whose subject the language leaves out."""
    first = page.triggers(i)[0] if page.triggers(i) else None
    return first is not None and not any(m.start < first.start for m in page.mentions[i]) and _dropped_subject(
        page, i, first.start)


def _spoken_of(page: Page, i: int, other: str | None = None) -> str | None:
    """The subject of a sentence just before sentence i in its paragraph, a firm other than `other`: the firm the
    discourse is at."""
    for j in range(i - 1, max(-1, i - 1 - REACH), -1):
        if page.sentences[j].paragraph != page.sentences[i].paragraph:
            break
        m = subject(page, j)
        if m is not None and m.name == other and (fellow := _fellow_subject(page, j)) is not None:
            return fellow  # "X et Y créent une coentreprise. X pourrait entrer au capital de son partenaire": Y
        if m is not None and m.name != other and not is_institution(m.name, page.lex) and not _possessed(page, j, m):
            return m.name
    return None


def firm_spoken_of(page: Page, i: int, other: str) -> str | None:
    """ "Hofmann setzt auf einen neuen Partner. Der Finanzinvestor X übernimmt 24,9 Prozent der Anteile": the firm a
    stake with no owner named is in, the subject of a sentence just before in a paragraph that does not name the firm
    the page is about, else that firm; never `other`, the firm that takes the stake."""
    told = range(page.paragraph_start(i), i + 1)
    if page.main not in (None, other) and any(m.name == page.main for j in told for m in page.mentions[j]):
        return page.main
    owner = _spoken_of(page, i, other)
    if owner is not None and _fellow_investor(page, i, owner):
        owner = None
    owner = owner or page.main
    return owner if owner != other else None


def _fellow_investor(page: Page, i: int, name: str) -> bool:
    """ "Bpifrance a souscrit à l'opération. Le groupe X s'était lui aussi engagé à acheter des titres": a subject
    whose own sentence just before tells it putting money in is a fellow investor, not the firm the stake is in."""
    for j in range(i - 1, max(-1, i - 1 - REACH), -1):
        if page.sentences[j].paragraph != page.sentences[i].paragraph:
            break
        m = subject(page, j)
        if m is not None and m.name == name:
            return any(t.trigger.type == "investment" for t in page.triggers(j))
    return False


def _fellow_subject(page: Page, j: int) -> str | None:
    """The second of two firms that open sentence j together ("X and Y agreed to ..."), not a public body."""
    two = joined(page.text, [m for m in page.mentions[j] if m.name and not m.anaphor], page.lex)
    return two[1] if two and not is_institution(two[1], page.lex) else None


def _possessed(page: Page, j: int, m: Mention) -> bool:
    """ "Son conseil, la banque X, a salué ces résultats", "Su socio X le suministra ...", "Its adviser X said": a
    subject a possessive phrase opening its sentence introduces is a relation (adviser, partner, client) of the firm
    the discourse is at, not that firm."""
    head = page.text[page.sentences[j].start:m.start]
    return len(head.split()) <= POSSESSED_WORDS and page.lex.possessive_re.match(head) is not None


def _dropped_subject(page: Page, i: int, cue: int) -> bool:
    """ "En 2022 absorbió X": a verb whose language leaves its subject pronoun out, not a noun ("la compra de X")
    nor a verb of a relative clause ("que compró X"): its subject is the firm the sentences before spoke of."""
    if page.lex.pronouns:
        return False
    words = page.text[page.sentences[i].start:cue].lower().split()
    governing = page.lex.determiners | page.lex.stopwords | {w for ws in page.lex.markers.values() for w in ws}
    return not words or words[-1].strip(",") not in governing


def reresolved(page: Page, i: int, mentions: list[Mention]) -> list[Mention] | None:
    """The mentions with each anaphor that collapsed onto a firm named in the same stretch standing for
    the other firm of the discourse; None when no anaphor collapsed. A description naming a place no firm of the
    page is tied to stays as it is ("Castel übernimmt den Karlsruher Konzern" after a Bremen firm: no Bremen firm)."""
    named = {m.name for m in mentions if not m.anaphor and m.name}
    out, changed = [], False
    for m in mentions:
        if m.anaphor and not (m.pair or m.unplaced or m.latter) and m.name in named and not page.lex.unit_re.search(
                page.text, m.start, m.end) and (other := other_firm(page, i, m.name)):  # "its sensor business": a unit
            m, changed = replace(m, name=other), True
        out.append(m)
    return out if changed else None


def pronoun_object(page: Page, i: int, trig: TriggerMatch, clause_start: int,
                   parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Nexia Digital la compró en 2019", "X, qui l'avait racheté", "bought it": a buyer whose object is a
    pronoun bought the firm the paragraph spoke of before; so did a buyer that "completed the takeover",
    the deal noun with a definite article and no complement. A customer that gives a pronoun the contract
    ("X said the Army has awarded it a contract", "la DGA lui a confié la fourniture"), or orders from a pronoun
    ("la DGA lui a commandé des drones", "ordered 5,000 sensors from it"), deals with the subject of the report, else
    with the one firm named before the cue, else with that firm. A buyer that names its seller ("which bought it from
    the Brenner family") bought that firm too, if it is not the seller."""
    sold = bought_from(parties)
    if len(parties) != 1 and not sold:
        return parties
    if roles.FRAMES.get(trig.trigger.frame, (None,) * 4)[3] == "supplier" and parties[0][1] == "customer":
        before, after = page.lex.recipient_pronoun_res
        if not (before.search(page.text, clause_start, trig.start) or after.match(
                page.text, trig.end, trig.end + PRONOUN_REACH) or page.lex.source_pronoun_re.search(
                page.text, trig.end, roles.clause_end(page.text, trig, page.sentences[i].end, page.lex))):
            return parties
        reporter = subject(page, i)
        if reporter is None or reporter.end > trig.start:
            reporter = _held_before(page, i, trig.start, parties[0][0])
        if reporter is not None and reporter.name != parties[0][0] and not is_institution(reporter.name, page.lex):
            fellows = _fellow_reporters(page, i, reporter, parties[0][0]) if _plural_recipient(
                page, trig, clause_start) else []
            return [*parties, *((name, "supplier") for name in [reporter.name, *fellows])]
        other = other_firm(page, i, parties[0][0])
        return [*parties, (other, "supplier")] if other else parties
    if parties[0][1] not in OBJECT_OF:
        return parties
    before, after = page.lex.object_pronoun_res
    words = page.text[clause_start:trig.start].split()
    definite = len(words) > 1 and words[-1].lower() in page.lex.definite_articles  # the object, not "The purchase, ..."
    if not (definite or before.search(page.text, clause_start, trig.start) or after.match(
            page.text, trig.end, trig.end + PRONOUN_REACH)):
        return parties
    buyer = next((n, r) for n, r in parties if r in OBJECT_OF) if sold else parties[0]
    other = _main_subject(page, i, trig, buyer[0]) or other_firm(page, i, buyer[0])
    if other is None and buyer[1] == "acquirer" and not sold and (owner := _unit_owner_before(page, i, buyer[0])):
        return [*parties, (owner, "seller")]
    return [*parties, (other, OBJECT_OF[buyer[1]])] if other and other not in {n for n, _ in parties} else parties


def _plural_recipient(page: Page, trig: TriggerMatch, clause_start: int) -> bool:
    """ "has awarded them", "les adjudicó", "leur a confié": the pronoun given the work stands for several firms."""
    plural = page.lex.plural_recipient_re
    return bool(plural.match(page.text, trig.end + 1, trig.end + PRONOUN_REACH) or plural.search(
        page.text, max(clause_start, trig.start - PRONOUN_REACH), trig.start))


def _fellow_reporters(page: Page, i: int, reporter: Mention, customer: str | None) -> list[str]:
    """ "X and its construction partner Y today announced that the City has awarded them a contract": the firms
    joined to the reporting subject by a conjunction, before the customer, share what a plural pronoun is given."""
    out, previous = [], reporter
    for m in page.mentions[i]:
        if m.name == customer:
            break
        if m.start <= reporter.start or not m.name or m.name == reporter.name:
            continue
        gap = [w for w in page.text[previous.end:m.start].split()
               if w.lower().rstrip(".") not in page.lex.legal_suffixes]  # "X GmbH und Y"
        if not gap or gap[0].lower() not in page.lex.conjunction_words or any(c in ",;" for c in "".join(gap)):
            break
        out.append(m.name)
        previous = m
    return out


def _held_before(page: Page, i: int, cue: int, customer: str | None = None) -> Mention | None:
    """ "Entre los activos de la compañía vallisoletana figura un contrato que le adjudicó X": where no subject is
    named, the one firm the sentence names before the cue, other than the customer, holds what the pronoun is given."""
    held = {m.name for m in page.mentions[i] if m.name and m.end <= cue and m.name != customer}
    return next((m for m in page.mentions[i] if m.name in held), None) if len(held) == 1 else None


UNIT_REACH = 30  # characters before a firm read for the unit noun that governs it ("the cold-chain business of X")


def _unit_owner_before(page: Page, i: int, buyer: str) -> str | None:
    """ "Further south, the cold-chain business of Brandel has a new owner. Korvex completed the purchase": the
    one firm the sentence before names, where a unit noun governs it and that sentence states no deal, sold the
    unit a buyer's deal noun with no complement speaks of."""
    lone = lone_firm_before(page.text, page.mentions, page.sentences, i, page.lex)
    if lone in (None, buyer) or page.triggers(i - 1):
        return None
    return lone if any(m.name == lone and page.lex.unit_re.search(page.text, max(page.sentences[i - 1].start,
                       m.start - UNIT_REACH), m.start) for m in page.mentions[i - 1]) else None


def _main_subject(page: Page, i: int, trig: TriggerMatch, buyer: str) -> str | None:
    """ "X est entrée en négociations avec Y, qui propose de la racheter", "X entered talks with Y, which offered
    to buy it": a buyer's pronoun object in a clause after the sentence's subject, another firm, stands for that
    subject."""
    first = subject(page, i)
    if first is None or first.end > trig.start or first.name == buyer or is_institution(first.name, page.lex):
        return None
    return first.name


def bought_from(parties: list[tuple[str, str]]) -> bool:
    """A purchase told by its buyer and seller alone: its target may be a pronoun ("bought it from X")."""
    return sorted(r for _, r in parties) == ["acquirer", "seller"]


def own_capital(page: Page, i: int, trig: TriggerMatch, clause_start: int,
                parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Son premier actionnaire est X, entrée à son capital en 2021", "la gestora X, que entró en el capital en
    2019", "X injectera 60 M$ dans son capital", "X y injecte 40 M$", "X ist 2021 in ihr Kapital eingestiegen": an
    investor whose cue's clause names a capital with no owner after it (no firm follows in the clause) put money into
    the firm the discourse is at: the subject of the sentences just before, else the firm the page is about; one
    that says whose ("à notre capital", "in unser Kapital") is the firm the speaker speaks for. A buyer
    of such a capital ("X ha roto las negociaciones con Y para que esta última se hiciera con la mayoría de su
    capital") buys its own sentence's subject first, the firm whose talks it was."""
    if len(parties) != 1 or parties[0][1] not in OBJECT_OF:
        return parties
    colon = page.text.rfind(":", page.sentences[i].start, trig.start)
    if colon >= 0 and all(m.end <= colon for m in page.mentions[i] if m.name == parties[0][0]):
        return parties  # "X : un fonds entre au capital du club": a name before a colon is the topic, no investor
    end = roles.clause_end(page.text, trig, page.sentences[i].end, page.lex)
    before = page.text[clause_start:trig.start].split()
    if before and before[-1].lower() in page.lex.there_pronouns:
        # "X y injecte 40 M et Y, 15 M": the pronoun is the firm spoken of, unless a firm is named before it in the
        # sentence ("X a pris 15 % de Y en y injectant 40 M")
        if any(m.name and m.name != parties[0][0] and m.start < trig.start for m in page.mentions[i]):
            return parties
    else:
        capital = page.lex.own_capital_re.search(page.text, clause_start, end)
        if capital is None or any(capital.end() <= m.start < end and m.name and not m.first_person
                                  for m in page.mentions[i]):
            return parties  # a quote's "we" after it is its speaker, no owner of the capital
        ours = next((m.name for m in page.mentions[i] if m.first_person and m.name
                     and capital.start() <= m.start < capital.end()), None)
        if ours and ours != parties[0][0]:  # "X est entré à notre capital": the firm the speaker speaks for
            return [*parties, (ours, OBJECT_OF[parties[0][1]])]
    own = subject(page, i) if parties[0][1] == "acquirer" else None
    investee = own.name if own and own.name != parties[0][0] else _spoken_of(page, i, parties[0][0]) or page.main
    if investee in (None, parties[0][0]) or is_institution(investee, page.lex):
        return parties
    return [*parties, (investee, OBJECT_OF[parties[0][1]])]


INVERTED_GAP = 3  # words between a cue and the firm after it that is its subject ("übernimmt die Münchner X")


def inverted_buyer(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Wie am Montag bekannt wurde, übernimmt die Münchner X 75 Prozent der Anteile": a lone target right after
    the cue, followed by shares with no owner named (`own_capital` phrases), is the subject the verb comes before,
    the buyer of those shares; `own_capital` then gives them their owner."""
    if [r for _, r in parties] != ["target"]:
        return parties
    end = roles.clause_end(page.text, trig, page.sentences[i].end, page.lex)
    firm = next((m for m in page.mentions[i] if m.name == parties[0][0] and trig.end <= m.start < end), None)
    if firm is None or firm.anaphor:
        return parties
    gap = page.text[trig.end:firm.start]
    capital = page.lex.own_capital_re.search(page.text, firm.end, end)
    if len(gap.split()) > INVERTED_GAP or any(c in gap for c in ",;:") or capital is None or any(
            firm.end <= m.start < end and m.name for m in page.mentions[i]):
        return parties
    return [(firm.name, "acquirer")]


def told_as_other_stake(kind: str, state: str, parties: list[tuple[str, str]], told: list) -> bool:
    """ "X übernimmt Y ... X will mindestens 50 Prozent der Anteile erwerben": a stake whose owner the discourse
    gives, where a statement before told the same two firms at the same stage buying or investing under the other
    type, is that deal retold, no deal of its own (not "X took 10% of Y in July ... X's bid for Y failed")."""
    other = {"acquisition": "investment", "investment": "acquisition"}.get(kind)
    names = {n for n, _ in parties}
    return other is not None and any(c.type == other and c.status == state and {n for n, _ in c.parties} == names
                                     for c in told)


GENITIVE_GAP = 2  # words of a descriptor between a firm and the genitive relative on it


def genitive_target(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Voltis, la société lilloise dont elle a finalisé le rachat", "X, whose purchase it completed in May": a deal
    noun with its article in a relative clause that a genitive relative opens on the firm before it, naming no firm
    after it, is the purchase of that firm; the buyer is the clause's subject, else the firm the discourse is at."""
    if trig.trigger.type != "acquisition" or any(r == "target" for _, r in parties):
        return parties
    start = page.sentences[i].start
    words = page.text[start:trig.start].split()
    end = roles.clause_end(page.text, trig, page.sentences[i].end, page.lex)
    if not words or not (words[-1].lower() in page.lex.determiners or page.lex.genitive_relative_re.fullmatch(
            words[-1])) or any(trig.end <= m.start < end and m.name for m in page.mentions[i]):
        return parties  # "dont elle a finalisé le rachat", "whose purchase": the noun, then no firm
    relative = None
    for hit in page.lex.genitive_relative_re.finditer(page.text, start, trig.start):
        relative = hit
    if relative is None:
        return parties
    before = [m for m in page.mentions[i] if m.end <= relative.start() and m.name]
    inside = [m for m in page.mentions[i] if relative.end() <= m.start < trig.start and m.name]
    gap = page.text[before[-1].end:relative.start()].replace(",", " ").split() if before else ["-"]
    if len(gap) > GENITIVE_GAP or any(not w.islower() for w in gap):
        return parties  # the relative opens on the firm, maybe after its descriptor ("la société lilloise dont")
    owned = before[-1].name
    buyers = [(n, r) for n, r in parties if n != owned and r == "acquirer"]
    if not buyers and not inside:
        buyer = _spoken_of(page, i, owned) or page.main
        buyers = [(buyer, "acquirer")] if buyer not in (None, owned) else []
    return [*buyers, (owned, "target")] if buyers else parties


def pair_subject(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Ambas compañías ya suministran vino a X", "Les deux entreprises fournissent X", "Both companies won contracts
    from X": a pair description that opens its sentence as the subject of a contract with a counterparty named in
    the same clause stands for its two firms, each in the role the cue gives its subject (the pair deals with X, not
    with each other; not "Die Partner haben einen Liefervertrag geschlossen: X soll ... liefern")."""
    agent = roles.FRAMES.get(trig.trigger.frame, (None,))[0]
    if agent is None or trig.trigger.type != "contract" or len(parties) != 1 or parties[0][1] == agent:
        return parties
    first = page.mentions[i][0] if page.mentions[i] else None
    if first is None or not first.pair or first.start >= trig.start or roles.marker(
            first, page.sentences[i].start, page.text, page.lex) is not None:
        return parties
    both = {m.name for m in page.mentions[i] if m.pair and m.start == first.start and m.name}
    other = next((m for m in page.mentions[i] if m.name == parties[0][0] and not m.anaphor), None)
    if len(both) != 2 or parties[0][0] in both or other is None or any(c in page.text[first.end:other.start]
                                                                       for c in ":;"):
        return parties
    return [*parties, *((n, agent) for n in sorted(both))]


NAMED_AFTER = {"acquisition": "acquirer", "contract": "supplier"}  # the role a cue of the next sentences names
TARGET_GAP = 4  # words between a target cue and the name it gives ("The target is the Wisconsin maker X")


def _named_role(page: Page, kind: str, parties: list[tuple[str, str]]) -> str | None:
    """The role the next sentences may name for a deal that lacks it: its `NAMED_AFTER` role, or the target of a
    purchase whose buyer alone is named ("X has agreed to its largest acquisition. The target is Y")."""
    roles_of = {r for _, r in parties}
    role = NAMED_AFTER.get(kind)
    if kind == "acquisition" and roles_of == {"acquirer"}:
        return "target"
    return role if role is not None and parties and role not in roles_of else None


def named_buyer(page: Page, i: int, kind: str, parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "X is being sold. The buyer is Y", "Bayer muss sich von Teilen trennen. Käufer ist BASF": a sale that
    names no buyer takes the firm the next sentences name right after a buyer cue; an order that names no
    supplier ("Die Stadtwerke haben 40 Busse bestellt. Den Zuschlag erhielt X", "The ministry is buying 300
    trucks. The contract went to X") the firm named right after a winner cue that opens a sentence of its
    paragraph (not "Wer den Zuschlag erhält, ist offen"); a purchase that names no target the firm a target cue
    gives in its clause ("The target is Y, a Wisconsin maker", "La cible est Y", "Übernahmeziel ist Y")."""
    role = _named_role(page, kind, parties)
    if role is None:
        return parties
    cue = {"acquirer": page.lex.buyer_re, "target": page.lex.target_re}.get(role, page.lex.winner_re)
    names = {n for n, _ in parties}
    first = i if role == "acquirer" else i + 1  # "X trennte sich von Y, Käufer war Z": the cue in the sale's sentence
    for j in range(first, min(i + 1 + REACH, len(page.sentences))):
        s = page.sentences[j]
        if s.paragraph != page.sentences[i].paragraph and role == "supplier":
            break
        hit = cue.search(page.text, s.start, s.end)
        if hit and role == "supplier" and (page.text[s.start:hit.start()].strip() or any(
                m.start < hit.end() for m in page.mentions[j])):
            continue  # not "Die Stadtwerke X liefern Strom an Y": the cue holds a firm of its own
        named = [m for m in page.mentions[j] if hit and m.start >= hit.end() and (
            role != "target" or right_after(page.text, hit.end(), m))]
        buyer = next((k for k, m in enumerate(named) if m.name and not m.anaphor and m.name not in names), None)
        if buyer is not None:
            return [*parties, *((m.name, role) for m in _joined_winners(page, named[buyer:]))]
    return parties


def right_after(text: str, end: int, m: Mention) -> bool:
    """Whether a name follows a cue in its clause, a few words at most between ("is the Ohio maker X")."""
    gap = text[end:m.start]
    return not any(c in gap for c in ",;:.()") and len(gap.split()) <= TARGET_GAP


def named_giver(page: Page, i: int, kind: str, parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "X was handed a £2.1bn contract to maintain frigates. The Ministry of Defence confirmed the award on Monday":
    a contract won that names no customer takes the subject of a next sentence of its paragraph whose verb confirms
    the award (`giver_cues`)."""
    if kind != "contract" or not parties or any(r == "customer" for _, r in parties):
        return parties
    names = {n for n, _ in parties}
    if (body := _credited_body(page, i, names)) is not None:
        return [*parties, (body, "customer")]
    for j in range(i + 1, min(i + 1 + REACH, len(page.sentences))):
        s = page.sentences[j]
        if s.paragraph != page.sentences[i].paragraph:
            break
        hit = page.lex.giver_re.search(page.text, s.start, s.end)
        giver = subject(page, j) if hit else None
        if giver is not None and giver.end <= hit.start() and giver.name not in names:
            return [*parties, (giver.name, "customer")]
    return parties


def awarded_page_firm(page: Page, i: int, trig: TriggerMatch, kind: str,
                      parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Der Landesbetrieb X vergab einen Rahmenvertrag über 60 Millionen Euro", "X awarded a $60m framework
    contract", "X adjudicó un contrato de 1,8 millones" on a page whose headline names the firm it is about: a
    customer giving a contract (an indefinite one right after the cue, "a contract", news of its own) that names no
    firm it gives it to gives it to that firm. Not "X hat den Auftrag vergeben" (the one told, its winners named
    elsewhere), "X awarded the venture a contract" nor "X bestellte 40 Maschinen" (an order of goods, any maker's)."""
    if kind != "contract" or [r for _, r in parties] != ["customer"] or trig.trigger.frame != "grant":
        return parties
    end = roles.clause_end(page.text, trig, page.sentences[i].end, page.lex)
    after = [m for m in page.mentions[i] if trig.end <= m.start < end]
    if any(m.name != parties[0][0] for m in after):
        return parties
    start = max([trig.end] + [m.end for m in after])  # "vergab der Landesbetrieb X einen Rahmenvertrag": the verb first
    words = page.text[start:end].split()[:1]
    if not words or not indefinite_article(words[0], page.lex):
        return parties  # not "awarded the venture a contract": a recipient the description names
    firm = page.main
    titled = any(m.name == firm for j, s in enumerate(page.sentences) if s.paragraph in page.title_paragraphs
                 for m in page.mentions[j])
    if firm in (None, parties[0][0]) or not titled or is_institution(firm, page.lex):
        return parties
    return [*parties, (firm, "supplier")]


def _credited_body(page: Page, i: int, names: set[str]) -> str | None:
    """ "X se ha adjudicado el contrato ..., según ha informado este martes la Autoridad Portuaria de Y": a public
    body the sentence of a contract won credits with the news gave the contract."""
    s = page.sentences[i]
    for m in page.mentions[i]:
        if m.name and not m.anaphor and m.name not in names and is_institution(m.name, page.lex) and (
                page.lex.credited_re.search(page.text, max(s.start, m.start - CREDIT_REACH), m.start)):
            return m.name
    return None


def _joined_winners(page: Page, named: list[Mention]) -> list[Mention]:
    """ "Den Rahmenvertrag erhalten der IT-Dienstleister X und das Start-up Y": the first firm named after a
    winner cue and those a conjunction joins to it win together."""
    out = named[:1]
    for m in named[1:]:
        if not m.name or m.anaphor or not roles._conjoined_name(page.text[out[-1].end:m.start], page.lex):
            break
        out.append(m)
    return out


def buyer_in_talks(page: Page, i: int, kind: str, parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Zugleich trennt sich der Konzern von Randaktivitäten. Nach Informationen aus Finanzkreisen verhandeln die
    Münchener inzwischen exklusiv mit dem Finanzinvestor Y": a sale with its seller and no buyer takes the firm
    that the seller talks with in the next sentences of its paragraph, where that sentence tells no deal of its
    own (the talks are about this sale: a rumour); its subject the seller or a place's people ("die Münchener")."""
    sellers = [n for n, r in parties if r == "seller"]
    if kind != "acquisition" or len(sellers) != 1 or any(r == "acquirer" for _, r in parties):
        return parties
    for j in range(i + 1, min(i + 1 + REACH, len(page.sentences))):
        s = page.sentences[j]
        if s.paragraph != page.sentences[i].paragraph:
            break
        if page.triggers(j):  # the same sale told again ("steht zum Verkauf") goes on, another deal ends the search
            if any(t.trigger.type != kind for t in page.triggers(j)) or any(
                    m.name not in sellers for m in page.mentions[j] if m.name and not m.anaphor):
                break
            continue
        hit = page.lex.talks_re.search(page.text, s.start, s.end)
        talker = [m for m in page.mentions[j] if hit and m.start < hit.end() and m.name]
        buyer = next((m.name for m in page.mentions[j] if hit and m.start >= hit.end() and m.name and not m.anaphor
                      and m.name not in sellers and not is_institution(m.name, page.lex)), None)
        if buyer and all(m.name == sellers[0] or place_adjective(m.name, page.lex) for m in talker):
            return [*parties, (buyer, "acquirer")]
    return parties


def unit_told_before(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]],
                     sales: list[tuple[int, list[tuple[str, str]]]]) -> list[tuple[str, str]]:
    """ "X is exploring a sale of its pumps unit. Y is in advanced talks to buy the business": a buyer whose object
    is a unit with a definite article ("the business", "das Geschäft", "l'activité", "la división") buys the unit of
    the last sale told in the two sentences before that names a seller and no buyer (`sales`: sentence, parties):
    its seller and target join."""
    if trig.trigger.type != "acquisition" or [r for _, r in parties] != ["acquirer"] or not _definite_unit(
            page, i, trig):
        return parties
    sale = next((told for j, told in reversed(sales) if i - REACH <= j < i), None)
    if sale is None or any(n == parties[0][0] for n, _ in sale):
        return parties
    return [*parties, *sale]


def _definite_unit(page: Page, i: int, trig: TriggerMatch) -> bool:
    """Whether a unit noun with a definite article, or an elided one, follows the cue ("the business", "l'activité");
    a genitive one too ("eine Übernahme des Bereichs")."""
    words = [w.lower().strip(",.;") for w in page.text[trig.end:page.sentences[i].end].split()[:2]]
    if not words:
        return False
    bare = page.lex.elision.sub("", words[0])
    definite = page.lex.definite_articles | page.lex.genitive_articles
    noun = bare if bare != words[0] else words[1] if len(words) > 1 and words[0] in definite else ""
    return bool(noun) and page.lex.unit_re.fullmatch(noun) is not None


def relative_buyer(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "X sondea la venta de su negocio eólico, por el que ya se habría interesado Y": a sale with its seller and
    no buyer whose relative clause after the cue names a firm in its sentence: that firm would buy (the slot
    after the cue read it as the target)."""
    roles_of = [r for _, r in parties]
    if trig.trigger.frame != "sell" or roles_of.count("seller") != 1 or "acquirer" in roles_of:
        return parties
    hit = page.lex.buyer_relative_re.search(page.text, trig.end, page.sentences[i].end)
    seller = next(n for n, r in parties if r == "seller")
    buyer = next((m.name for m in page.mentions[i] if hit and m.start >= hit.start() and m.name and not m.anaphor
                  and m.name != seller and not is_institution(m.name, page.lex)), None)
    return [*((n, r) for n, r in parties if n != buyer), (buyer, "acquirer")] if buyer else parties


def colon_topic(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Golpe para X: la CNMC prohibió ayer la compra de Y", "Setback for X: the regulator blocked the purchase of
    Y": a purchase that names its target and no buyer, after a colon that closes the sentence's opening phrase, was
    the deal of the one firm that phrase names (a ticker's or digest's item: its topic, then the news); so is a
    round that names its investors only ("la levée de X : la société a réuni 36 millions d'euros auprès de Y")."""
    told, topic_role = COLON_ROLES.get(trig.trigger.type, (None, None))
    if told is None or not parties or {r for _, r in parties} != {told}:
        return parties
    colon = page.text.rfind(":", page.sentences[i].start, trig.start)
    before = {m.name for m in page.mentions[i] if m.end <= colon and m.name}
    named = {m.name for m in page.mentions[i] if m.end <= colon and m.name and not m.anaphor}
    if colon < 0 or len(before) != 1 or len(named) != 1:
        return parties
    topic = named.pop()
    if any(topic == n for n, _ in parties) or is_institution(topic, page.lex):
        return parties
    return [(topic, topic_role), *parties]


def speaker(page: Page, i: int, quote: tuple[int, int]) -> str | None:
    """ '"Buying X gives us a foothold," said N, chief executive of Y', "« Le rachat de X fait de nous le numéro
    un », a déclaré N, directrice générale du groupe Y": a quote that speaks as "we" speaks for the firm its
    attribution names right after the speech verb; None for other quotes (commentary: "Pinault is buying time")."""
    start, end = quote
    if not page.lex.first_person_re.search(page.text, start, end):
        return None
    said = page.lex.speech_re.search(page.text, end, page.sentences[i].end)
    if said is None or page.text[end:said.start()].strip(" ,") != "":
        return None  # no attribution right after the quote
    return next((m.name for m in page.mentions[i] if m.start >= said.end() and m.name and not m.anaphor
                 and not is_institution(m.name, page.lex)), None)


def first_person_voice(page: Page, i: int, quote: tuple[int, int]) -> str | None:
    """ '«Compramos Forjas Urola en 2008», recuerda', '"We acquired Tallis in 2021," she says': a quote whose
    speaker names no firm after it, that speaks as "we", speaks for the firm its "we" stands for where the page
    names that firm as a speaker's (`page._voices`: not a release's issuer guessed by count, whose quotes may be
    a customer's); the deal it tells must then be that firm's (the caller checks)."""
    start, end = quote
    return next((m.name for m in page.mentions[i] if m.first_person and m.name in page.speakers
                 and start <= m.start < end), None)


def topic_object(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]],
                 told: list) -> list[tuple[str, str]]:
    """ "X makes valves and is for sale. Last year Y held talks about a takeover", "hatte Y über eine Übernahme
    verhandelt", "Y avait négocié un rachat": a buyer whose deal noun takes an indefinite article and names
    nothing after it in its clause bought the firm the article is about as one that changes hands: the target
    of the last deal told before it (`told`: the statements so far), else the firm the page names most; so does one
    whose cue is a rival bid ("Y could be weighing a competing offer", "ein konkurrierendes Angebot"), whatever its
    article."""
    if len(parties) != 1 or parties[0][1] != "acquirer" or not (
            _open_deal_noun(page, i, trig) or _rival_bid(page, i, trig, parties[0][0])):
        return parties
    topic = _topic(page, told)
    if topic in (None, parties[0][0]) or is_institution(topic, page.lex):
        return parties
    return [*parties, (topic, "target")]


def courted_topic(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]],
                  told: list) -> list[tuple[str, str]]:
    """ "Nordwerk held talks with Lumatec about a takeover": where the subject that talks of a deal noun with an
    indefinite article and nothing after it is the firm the article is about, that firm is the one that changes
    hands and the firm it talked with would buy it (not the seller of some firm the talks would buy); so is that
    firm where it sells nothing named ("Die Verhandlungen mit X über einen Verkauf sind geplatzt": it was sold)."""
    order = [r for _, r in parties]
    if order not in (["acquirer", "seller"], ["seller", "acquirer"]) or not _open_deal_noun(page, i, trig):
        return parties
    if order[0] == "seller" and page.lex.unit_re.search(
            page.text, trig.end, roles.clause_end(page.text, trig, page.sentences[i].end, page.lex)):
        return parties  # "über einen Verkauf der Ventilsparte": a unit of it sold
    (sold, _), (buyer, _) = parties  # the subject named first, the page's firm, is the one that changes hands
    return [(buyer, "acquirer"), (sold, "target")] if sold == _topic(page, told) else parties


def courted_stake(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Branchenkreisen zufolge verhandelt X parallel mit dem US-Konzern Y über eine strategische
    Minderheitsbeteiligung", "X is in talks with Y about a minority stake": where the subject that talks with a firm
    of a stake with an indefinite article, naming no firm after it, is the firm the page is about, the firm it
    talks with would invest in it."""
    if trig.trigger.type != "investment" or [r for _, r in parties] != ["investor"] or parties[0][0] != page.main:
        return parties
    start = page.sentences[i].start
    if any(m.start >= trig.end and m.name for m in page.mentions[i]) or not any(
            indefinite_article(w, page.lex) for w in page.text[start:trig.start].split()[-3:]):
        return parties
    companion = page.lex.markers.get("comitative", ())
    for m in page.mentions[i]:
        before = page.text[start:m.start].split()
        if m.start < trig.start and m.name and not m.anaphor and m.name != page.main and before and (
                before[-1].lower() in companion or len(before) > 2 and before[-3].lower() in companion
                and before[-2].lower() in page.lex.determiners):
            return [(m.name, "investor"), (page.main, "investee")]
    return parties


def stake_told_before(page: Page, i: int, trig: TriggerMatch, kind: str, parties: list[tuple[str, str]],
                      told: list) -> list[tuple[str, str]]:
    """ "Y ha cerrado la compra del 49 % de X ... En 2024 acordó vender esa misma participación a Z", "agreed to sell
    that same stake to Z": a stake named again by a demonstrative (`stake_references`) is the stake in the investee
    of the last investment told; the one firm the sentence names, its buyer (named after the cue, or already its
    investor), invests in that firm."""
    if kind != "investment" or len(parties) != 1:
        return parties
    (name, role), = parties
    after = any(m.name == name and m.start >= trig.end for m in page.mentions[i])
    if not (role == "investor" or after) or not page.lex.stake_reference_re.search(
            page.text, trig.start, page.sentences[i].end):
        return parties
    held = next((n for c in reversed(told) if c.type == "investment" for n, r in c.parties if r == "investee"), None)
    return parties if held in (None, name) else [(name, "investor"), (held, "investee")]


ENTRANT_GAP = 4  # words at most from an entry noun to the investor its genitive names ("des Londoner Fonds")


def genitive_entrant(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]],
                     told: list) -> list[tuple[str, str]]:
    """ "Ein Einstieg des Londoner Fonds Y war im Januar gescheitert": an entry noun (`entrant_nouns`) whose genitive
    names a firm, maybe after its description, and no firm after it that it enters, names the investor; the firm
    it enters is one the sentence names before the noun ("X lehnte den Einstieg des Fonds Y ab"), else the investee
    of the last stake told before (`told`: "the second attempt" at the same firm), else the firm the page is
    about."""
    if trig.trigger.type != "investment" or not page.lex.entrant_re.fullmatch(page.text, trig.start, trig.end):
        return parties
    s = page.sentences[i]
    end = roles.clause_end(page.text, trig, s.end, page.lex)
    after = [m for m in page.mentions[i] if trig.end <= m.start < end and m.name and not m.anaphor]
    if len({m.name for m in after}) != 1:
        return parties  # "der Einstieg des Fonds Y bei Z": the firm entered named after it
    investor = after[0].name
    gap = page.text[trig.end:after[0].start].split()
    if not gap or gap[0].lower() not in page.lex.genitive_articles or len(gap) > ENTRANT_GAP or any(
            c in page.text[trig.end:after[0].start] for c in ",;:"):
        return parties
    before = [m.name for m in page.mentions[i] if m.end <= trig.start and m.name and m.name != investor]
    held = next((n for c in reversed(told) if c.type == "investment" for n, r in c.parties
                 if r == "investee" and n != investor), None)
    entered = (before[-1] if before else None) or held or page.main
    if entered in (None, investor):
        return parties
    return [(investor, "investor"), (entered, "investee")]


def owned_by_seller(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Der Konzern zahlt dem Fonds X, dem Y bislang gehört, 1,35 Mrd. Euro": a purchase that names its buyer and
    seller but no target buys the firm a relative clause right after the seller says it owns (`owner_relatives`,
    `owning_verbs`)."""
    if trig.trigger.type != "acquisition" or {r for _, r in parties} != {"acquirer", "seller"}:
        return parties
    seller = next(n for n, r in parties if r == "seller")
    named = [m for m in page.mentions[i] if m.name and not m.anaphor]
    for a, b in zip(named, named[1:], strict=False):
        if a.name == seller and b.name not in {n for n, _ in parties} and page.lex.owner_relative_re.search(
                page.text[a.end:b.start]) and page.lex.owning_re.match(page.text, b.end):
            return [*parties, (b.name, "target")]
    return parties


def suitor_target(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]], told: list,
                  sales: list[tuple[int, list[tuple[str, str]]]]) -> list[tuple[str, str]]:
    """ "Für X beginnt die Suche nach einem anderen Käufer. Als Interessent gilt der Finanzinvestor Y", "Y is seen as
    a possible buyer": a would-be buyer's cue (`suitor_cues`) names buyers only; the firm they would buy is the
    target of the last sale told with no buyer yet (`sales`: "X erwägt, seine Tochter Z abzugeben. X hatte 2022 Q
    gekauft. Als möglicher Käufer wird Y genannt": Z, not Q, sold by X), else of the last deal told before, else the
    firm the page names most (`_topic`)."""
    cue = page.lex.suitor_re.match(page.text, trig.start)  # its lookahead reads on past the cue ("... genannt",
    # "Als Käufer wird ... Y gehandelt")
    if len({r for _, r in parties}) != 1 or cue is None or cue.end() != trig.end:
        return parties  # "X is seen as a possible buyer for Y": both named
    buyers = [n for n, _ in parties]
    sale = next((sold for _, sold in reversed(sales) if any(r == "target" for _, r in sold)), [])
    topic = next((n for n, r in sale if r == "target"), None) or _topic(page, told)
    if topic is None or topic in buyers or is_institution(topic, page.lex):
        return parties
    sellers = [(n, r) for n, r in sale if r == "seller" and n not in buyers]  # the sale's seller sells to them
    return [*((n, "acquirer") for n in buyers), (topic, "target"), *sellers]


def bidder_out(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]],
               told: list) -> list[tuple[str, str]]:
    """ "Les discussions avec le fonds Y, elles, ont été rompues", "Y, un temps favori, est sorti de la course": a
    bidder out of a sale (`bidders_out`, or failed talks a sale page retypes: `statements._on_topic`) is the firm
    right after the talks' cue, else its subject; what it would have bought is the target of the last deal told
    before; with none told, the statement names the bidder only."""
    cue = page.lex.bidder_out_re.match(page.text, trig.start)  # its lookahead reads on past the cue
    talks = trig.trigger.topical and trig.trigger.type == "acquisition"
    if not talks and (cue is None or cue.end() != trig.end):
        return parties
    end = roles.clause_end(page.text, trig, page.sentences[i].end, page.lex)
    named = [m for m in page.mentions[i] if m.name and not m.anaphor]
    bidder = next((m for m in named if trig.end <= m.start < end), None) or next(
        (m for m in reversed(named) if m.end <= trig.start), None)
    if bidder is None:
        return parties
    topic = _last_target(told)
    if topic is None or topic == bidder.name:
        return [(bidder.name, "acquirer")]
    return [(bidder.name, "acquirer"), (topic, "target")]


def seller_bought_before(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]],
                         told: list) -> list[tuple[str, str]]:
    """ "X agrees to buy Y. The seller is Z, which bought the company in 2018", "Verkäufer ist Z, die das Unternehmen
    vor vier Jahren erworben hatte": a purchase whose buyer is the seller of the last purchase told before (a seller
    cue names it so, or that deal did), and whose target the sentence names by no name of its own (a description),
    was that seller's purchase of the firm it now sells: that deal's target (the description fell back to the page's
    firm, the new buyer)."""
    buyer = next((n for n, r in parties if r == "acquirer"), None)
    if trig.trigger.type != "acquisition" or buyer is None:
        return parties
    named = {m.name for m in page.mentions[i] if m.name and not m.anaphor}
    sale = next((c for c in reversed(told) if c.type == "acquisition" and c.sentence < i), None)
    if any(r == "target" and n in named for n, r in parties) or sale is None:
        return parties
    sold = next((n for n, r in sale.parties if r == "target"), None)
    if sold in (None, buyer) or not ((buyer, "seller") in sale.parties or _named_seller(page, i, buyer)):
        return parties
    return [(n, r) for n, r in parties if r != "target"] + [(sold, "target")]


def _named_seller(page: Page, i: int, name: str) -> bool:
    """Whether a seller cue before the firm's first mention in the sentence names it ("The seller is X", "El
    vendedor es el fondo X")."""
    first = next((m for m in page.mentions[i] if m.name == name and not m.anaphor), None)
    return first is not None and page.lex.seller_re.search(page.text, page.sentences[i].start, first.start) is not None


def dative_customer(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "le Syndicat mixte de l'estuaire, auquel elle fournit depuis 2021 le réseau de capteurs", "the port
    authority, to which it has supplied cranes since 2019": a supply told in a relative clause opened by a dative
    pronoun (`dative_relatives`) serves the firm named right before that pronoun, its customer."""
    if trig.trigger.type != "contract" or {r for _, r in parties} != {"supplier"}:
        return parties
    s = page.sentences[i]
    relative = page.lex.dative_relative_re.search(page.text, s.start, trig.start)
    if relative is None:
        return parties
    before = [m for m in page.mentions[i] if m.name and m.end <= relative.start()]
    if not before or before[-1].name in {n for n, _ in parties} or page.text[before[-1].end:relative.start()].strip():
        return parties
    return [*parties, (before[-1].name, "customer")]


def accusative_customer(page: Page, i: int, trig: TriggerMatch,
                        parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "der Autobauer X, den Y seit 2021 mit Batteriegehäusen beliefert": a supply told in a relative clause whose
    accusative pronoun (`accusative_relatives`) a firm's name follows right away has that firm for its subject, the
    supplier, and serves the firm named right before the pronoun, its customer; the verb comes last, so the roles
    read the first name as the subject."""
    if trig.trigger.type != "contract" or roles.FRAMES.get(trig.trigger.frame, (None,))[0] != "supplier":
        return parties
    s = page.sentences[i]
    opener = next(reversed(list(page.lex.accusative_relative_re.finditer(page.text, s.start, trig.start))), None)
    if opener is None:
        return parties
    named = [m for m in page.mentions[i] if m.name and not m.anaphor]
    before = [m for m in named if m.end <= opener.start()]
    subject = next((m for m in named if opener.end() <= m.start < trig.start), None)
    if not before or subject is None or page.text[before[-1].end:opener.start()].strip() or page.text[
            opener.end():subject.start].strip() or {n for n, _ in parties} != {before[-1].name, subject.name}:
        return parties
    return [(subject.name, "supplier"), (before[-1].name, "customer")]


def dative_buyer(page: Page, i: int, trig: TriggerMatch, parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "X est entrée en négociations avec le fonds Y en vue de lui céder 80 % de Z", "X verhandelt mit Y, um ihm die
    Sparte zu verkaufen": a sale of a named firm whose buyer is a dative pronoun right before the verb sells to the last
    other firm the sentence names before it (not "Y, que le cede espacio": no firm is sold)."""
    if trig.trigger.frame != "sell" or {r for _, r in parties} != {"seller", "target"} or not (
            page.lex.recipient_pronoun_res[0].search(
            page.text, max(page.sentences[i].start, trig.start - PRONOUN_REACH), trig.start)):
        return parties
    names = {n for n, _ in parties}
    buyer = next((m.name for m in reversed(page.mentions[i]) if m.name and m.end <= trig.start
                  and m.name not in names and not is_institution(m.name, page.lex)), None)
    return [*parties, (buyer, "acquirer")] if buyer else parties


def _open_deal_noun(page: Page, i: int, trig: TriggerMatch) -> bool:
    """Whether the cue, or a deal noun after it in its clause, follows an indefinite article and no firm is named
    after the cue in its clause ("held talks about a takeover", "über eine Übernahme verhandelt", "aurait approché
    la direction en vue d'un rachat"); or any determiner where the sentence tells the deal's end, which was then of
    the firm the page tells of ("X hatte sich aus dem Bieterverfahren zurückgezogen", "X zog sein Angebot zurück")."""
    start = page.sentences[i].start
    end = roles.clause_end(page.text, trig, page.sentences[i].end, page.lex)
    if any(trig.end <= m.start < end for m in page.mentions[i]):
        return False
    articles = page.lex.indefinite_articles
    if page.lex.status_res["terminated"].search(page.text, start, page.sentences[i].end):
        articles = articles | page.lex.determiners
    for cue in [trig, *(t for t in page.triggers(i) if trig.end <= t.start < end)]:
        words = page.text[start:cue.start].split()
        if words and page.lex.elision.sub("", words[-1].lower()) in articles:
            return True
        if len(words) > 1 and page.lex.hypothetical_re.match(words[-1] + " ") and page.lex.elision.sub(
                "", words[-2].lower()) in articles:
            return True  # a deal still to come between: "über ein mögliches Gegenangebot" (not "ein anderer Zukauf")
    return _own_article(page, trig)


def _rival_bid(page: Page, i: int, trig: TriggerMatch, bidder: str) -> bool:
    """Whether the cue is a rival bid ("a competing offer", "ein konkurrierendes Angebot", "une offre concurrente",
    "una posible oferta competidora") and no firm is named after it in its clause: a bid for the firm another bid is
    for. Not where its bidder is one frequent word ("Rumores de contraopa": a heading's noun, no firm)."""
    end = roles.clause_end(page.text, trig, page.sentences[i].end, page.lex)
    return page.lex.rival_bid_re.search(page.text, trig.start, trig.end) is not None and not any(
        trig.end <= m.start < end for m in page.mentions[i]) and not (
        len(bidder.split()) == 1 and common_word(bidder, page.lex))


def _own_article(page: Page, trig: TriggerMatch) -> bool:
    """Whether a cue that holds its verb and its noun has an indefinite article right after the verb ("had tabled a
    $950m proposal", "made an approach"): the noun is open as after an article before the cue."""
    words = page.text[trig.start:trig.end].split()
    return len(words) > 2 and indefinite_article(words[1], page.lex)


def _topic(page: Page, told: list) -> str | None:
    """The firm the article is about as one that changes hands: the target of the last deal told before (`told`:
    the statements so far), else the firm the page names most."""
    return _last_target(told) or page.main


def _last_target(told: list) -> str | None:
    """The target of the last deal told before (`told`: the statements so far)."""
    return next((n for c in reversed(told) for n, r in reversed(c.parties) if r == "target"), None)


INTRODUCED_TYPES = {"acquisition", "investment", "merger", "joint_venture", "partnership"}


def introduced_parties(page: Page, i: int, trig: TriggerMatch, kind: str,
                       parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Halden has been circling Norvik for two years. The takeover values the Leeds firm at £2bn": a deal noun
    that opens its sentence after a definite article ("The takeover", "Die Übernahme", "Le rachat", "La compra")
    speaks of the deal between the two firms the sentence just before named in its paragraph, its subject the
    one that acts, when that sentence states no deal of its own and this one names no other firm."""
    words = page.text[page.sentences[i].start:trig.start].split()
    j = i - 1
    if (kind not in INTRODUCED_TYPES or trig.trigger.type != kind or len(words) != 1
            or words[0].lower() not in page.lex.definite_articles or j < 0
            or page.sentences[j].paragraph != page.sentences[i].paragraph or page.triggers(j)):
        return parties
    first = subject(page, j)
    named = {m.name for m in page.mentions[j] if m.name and not m.anaphor and not is_institution(m.name, page.lex)}
    if first is None or first.anaphor or len(named) != 2 or first.name not in named:
        return parties
    if any(m.name not in named for m in page.mentions[i] if m.name and not m.anaphor):
        return parties  # the deal sentence names a firm of its own: another deal
    other = (named - {first.name}).pop()
    if kind in roles.SYMMETRIC_ROLE:
        return [(first.name, roles.SYMMETRIC_ROLE[kind]), (other, roles.SYMMETRIC_ROLE[kind])]
    agent, patient, _, recipient = roles.FRAMES[trig.trigger.frame]
    counter = patient if patient in ("target", "investee") else recipient
    return [(first.name, agent), (other, counter)] if agent and counter else parties


def headline_parties(page: Page, i: int, kind: str, parties: list[tuple[str, str]],
                     told: list) -> list[tuple[str, str]]:
    """ "Lumatec to buy Nordwerk" / "The acquisition values Nordwerk at $2bn": in the lead, a statement of
    the headline's deal that names (not by a description) only some of its parties takes the headline's
    parties, when the body has stated no deal of that kind with that firm yet and names every one of them
    (`told`: the statements found so far, the headline's first)."""
    names = {n for n, _ in parties if any(m.name == n and not m.anaphor for m in page.mentions[i])}
    titles = [j for j, s in enumerate(page.sentences[:i]) if s.paragraph in page.title_paragraphs]
    if not names or i - len(titles) >= LEAD:
        return parties
    headline = next((c for c in told if c.sentence in titles and c.type == kind and names < c.names), None)
    if headline is None or any(c.sentence not in titles and c.type == kind and c.names & names for c in told):
        return parties  # the body told a deal of this firm already: the statement is about that one
    body = {m.name for j, ms in enumerate(page.mentions) if j not in titles for m in ms if not m.anaphor}
    return list(headline.parties) if headline.names <= body else parties


def possessed_target(page: Page, i: int, trig: TriggerMatch, pairs: list[tuple[Mention, str]],
                     parties: list[tuple[str, str]], about: str | None) -> list[tuple[str, str]]:
    """ "Son rachat par X avait été abandonné après le refus de Bercy", "its takeover by X ... after objections
    from the Treasury", "su compra por X fracasó tras el veto de Y": a deal noun after a possessive whose buyer
    an agent marker names was made on the possessor, the firm the discourse is at (`about`): it is the target,
    and a firm the clause names after the buyer is none of its parties."""
    if about is None or not page.lex.possessive_cue_re.search(page.text, page.sentences[i].start, trig.start):
        return parties
    agent = next((m for m, r in pairs if r == "acquirer" and m.start >= trig.end
                  and roles.marker(m, trig.end, page.text, page.lex) == "agent"), None)
    if agent is None or agent.name == about:
        return parties
    later = {m.name for m, r in pairs if r in ("target", "seller") and m.start > agent.end and m.name != about}
    out = [(n, r) for n, r in parties if n not in later]
    if not any(r == "target" for _, r in out) and all(n != about for n, _ in out):
        out.append((about, "target"))
    return out


TOPIC_MENTIONS = 3  # times the page names its firm at least, for a description to fall back to it
TOPIC_REACH = 3  # sentences back in which the firm the discourse is at is looked for


def topic_subject(page: Page, i: int, pairs: list[tuple[Mention, str]],
                  parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "X raised $85m ... Its largest customer is Y, which signed ... In April the startup won a contract from
    Z": a description or pronoun that opens a deal sentence as its subject speaks of a firm the article is
    about, not of a firm the sentence before named once in passing: when its antecedent is named nowhere else on
    the page, the firm named often that the sentences just before spoke of ("Y agreed to buy X ... The Ohio
    company is no stranger to deals. It bought Z"), else the page's firm, takes its place."""
    first = subject(page, i)
    if first is None or not first.anaphor or first.pair or first.possessive or not first.name:
        return parties
    if not any(m is first for m, _ in pairs) or page.named[first.name] > 1 or _opens_a_sentence(
            page, first.name) or _item_topic(page, first.name) or first.recent or first.name in page.speakers:
        return parties  # "Y, a client of X, makes cans. In May the company bought Z": Y was introduced as a topic
        # (so is a firm a speaker speaks for: "..., sagte Volksbank-Chef X. 2024 hatte es Z übernommen")
    topic = _recent_topic(page, i, {n for n, _ in parties}) or page.main
    if topic in (None, first.name) or any(n == topic for n, _ in parties) or is_institution(topic, page.lex) or (
            page.named[topic] < TOPIC_MENTIONS):
        return parties
    return [(topic if n == first.name else n, r) for n, r in parties]


def _recent_topic(page: Page, i: int, taken: set[str]) -> str | None:
    """The firm named often (`TOPIC_MENTIONS`) that the sentence closest before sentence i names first, none of
    `taken`."""
    for j in range(i - 1, max(-1, i - 1 - TOPIC_REACH), -1):
        for m in page.mentions[j]:  # its subject first
            if (m.name and not m.anaphor and m.name not in taken and page.named[m.name] >= TOPIC_MENTIONS
                    and not is_institution(m.name, page.lex)):
                return m.name
    return None


def _item_topic(page: Page, name: str) -> bool:
    """Whether the firm is what an item of a market report is about: one whose shares a sentence names ("Gefragt
    waren auch Aktien von X", "Also in demand were shares in X")."""
    return any(m.name == name and not m.anaphor and shares_of(page.text, s.start, m, page.lex)
               for s, ms in zip(page.sentences, page.mentions, strict=True) for m in ms)


def _opens_a_sentence(page: Page, name: str) -> bool:
    """Whether a sentence opens with the firm, maybe after an article: the firm it is about."""
    for s, ms in zip(page.sentences, page.mentions, strict=True):
        for m in ms:
            if m.name == name and not m.anaphor:
                words = page.text[s.start:m.start].lower().split()
                if all(w in page.lex.determiners for w in words):
                    return True
    return False
