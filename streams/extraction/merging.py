"""One event per deal: statements of the same deal (same parties, compatible dates and amounts) merge,
and the headline only supports what the body states."""

from __future__ import annotations

from streams.extraction.organisations import canonical_names, sole_long_forms
from streams.extraction.statements import SINGLE_PARTY_TYPES, Candidate

# types a headline may use for one another ("fusionan" for a joint venture, "alliance" for a supply deal)
KINDRED = {"acquisition": "combine", "merger": "combine", "joint_venture": "combine", "partnership": "cooperate",
           "contract": "cooperate", "investment": "invest", "funding_round": "invest", "ipo": "list"}


ONE_A_YEAR = {"ipo"}  # a firm lists once: its listing's proceeds and its valuation are figures of one deal


def _same_deal(a: Candidate, b: Candidate, headline: bool = False, year: str = "") -> bool:
    """Same type and parties (one set within the other), on compatible dates and amounts; a headline
    may call the deal by another type ("fusionan" for a joint venture) when it names the same parties.
    An undated statement is news of the publication's year: a stage dated to another year with another
    status is an earlier deal ("Der erste Versuch war 2016 gescheitert"), unless the same sentence dates it or the
    dated one is the deal's announcement ("hatte im vergangenen Herbst angekündigt, Y zu kaufen")."""
    if a.type != b.type and not (headline and a.names == b.names and KINDRED[a.type] == KINDRED[b.type]):
        return False
    small, large = sorted((a.names, b.names), key=len)
    if (not small <= large or (len(small) < 2 and a.type not in SINGLE_PARTY_TYPES)) and not seller_and_buyer(a, b):
        return False
    if _buyer_and_seller(a, b):
        return False
    if a.date and b.date and (a.date[:4] != b.date[:4] and not _stages(a, b) or a.status == b.status and not (
            a.date.startswith(b.date) or b.date.startswith(a.date))):
        return False  # two rounds, two investments: the same parties on different dates
    if (year and bool(a.date) != bool(b.date) and a.status != b.status and (a.date or b.date)[:4] != year[:4]
            and not (a.sentence == b.sentence and a.names == b.names)
            and (a if a.date else b).status != "announced"):  # a plan announced last year, blocked now: one deal
        return False  # but "the debut of X, which listed in June 2025": one sentence's two cues date one deal
    if a.amount and b.amount and abs(a.amount.value - b.amount.value) > 0.01 * max(a.amount.value, 1):
        return a.amount.currency != b.amount.currency or a.type in ONE_A_YEAR
    return True


OPEN_STAGES = {"rumored", "announced"}  # a deal not yet done
SHUT_STAGES = {"completed", "terminated"}  # its close or its end
STAGE_YEARS = 2  # years a deal may take from its announcement to its close or its end


def _stages(a: Candidate, b: Candidate) -> bool:
    """ "X had agreed in October 2024 to buy Y" and "the Commission on Wednesday prohibited X's acquisition of Y":
    an open stage dated to an earlier year and a close or an end dated to a later one, a deal's time apart, are two
    stages of one deal (a deal done in an earlier year and another one agreed later are two deals)."""
    early, late = sorted((a, b), key=lambda c: c.date or "")
    return (early.status in OPEN_STAGES and late.status in SHUT_STAGES
            and 0 < int(late.date[:4]) - int(early.date[:4]) <= STAGE_YEARS)


def _buyer_and_seller(a: Candidate, b: Candidate) -> bool:
    """ "X agreed to buy Y from Z ... Under Z's ownership, Y ...": a firm that sells to X in one statement and buys in
    another that does not name X tells two deals (it bought the target once, sells it now); one that names X too
    tells the same sale with its roles misread ("La cadena extremeña ... negocia una compra")."""
    for sale, other in ((a, b), (b, a)):
        sold, bought = dict(sale.parties), dict(other.parties)
        if any(r == "seller" and bought.get(n) == "acquirer" for n, r in sold.items()) and not any(
                r == "acquirer" and n in bought for n, r in sold.items()):
            return True
    return False


SALE_HALVES = {frozenset({"seller", "target"}), frozenset({"acquirer", "target"})}


def seller_and_buyer(a: Candidate, b: Candidate) -> bool:
    """ "X se desprendió en 2023 de su filial Y, adquirida por la francesa Z": one sentence telling who sold a firm
    and who bought it tells one deal, its target the same."""
    return a.type == b.type == "acquisition" and a.sentence == b.sentence and {
        frozenset(r for _, r in c.parties) for c in (a, b)} == SALE_HALVES and _role_of(a, "target") == _role_of(
        b, "target")


def halves(sale: Candidate, unit: Candidate) -> bool:
    """ "X had agreed to sell its British unit to Y" and "the attempt of X to sell O2": a sale whose unit goes
    unnamed and a statement naming the unit but no buyer, the seller the same, the stage the same."""
    if sale.type != "acquisition" or unit.type != "acquisition" or sale.status != unit.status:
        return False
    sold, named = dict(sale.parties), dict(unit.parties)
    seller = next((n for n, r in sold.items() if r == "seller"), None)
    return (sorted(sold.values()) == ["acquirer", "seller"] and sorted(named.values()) == ["seller", "target"]
            and named.get(seller) == "seller")


COMBINATIONS = ({"merger", "acquisition"}, {"merger", "joint_venture"})  # two names for one combination


def _directed_over_symmetric(cands: list[Candidate]) -> list[Candidate]:
    """ "terminate the merger agreement under which Y was to be acquired by X": a sentence that also says
    who buys whom states an acquisition; the merger cue gives it its status, date and amount."""
    bought = {(c.sentence, frozenset(c.names)): c for c in cands if c.type == "acquisition"}
    merged = {key for c in cands if c.type == "merger" and (key := (c.sentence, frozenset(c.names))) in bought}
    out = []
    for c in cands:
        key = (c.sentence, frozenset(c.names))
        if key in merged and c.type == "merger":
            c.type, c.parties, c.amount = "acquisition", bought[key].parties, c.amount or bought[key].amount
        elif key in merged and c.type == "acquisition":
            continue
        out.append(c)
    return out


# a tie one sentence states between the same firms, by the more specific name it also gives it: "under a
# maintenance contract ... the two continue to work together" is the contract, "the joint venture X formed with
# Y to bid for ..." the venture (the partners buy nothing of each other)
YIELDS = {"partnership": {"contract", "joint_venture"}, "acquisition": {"joint_venture"}}
# goods bought under a supply agreement: the buyer of a purchase is the customer of a contract the same sentence
# makes with the same firm ("an offtake agreement under which X will buy 60% of the output"); a supplier that
# buys its customer keeps its acquisition
BOUGHT_UNDER = {("acquisition", "acquirer"): ("contract", "customer")}


def _role_of(c: Candidate, role: str) -> str | None:
    return next((n for n, r in c.parties if r == role), None)


def _one_tie_a_sentence(cands: list[Candidate]) -> list[Candidate]:
    """A statement yields to one of a more specific type the same sentence makes about the same firms."""
    typed = {(c.sentence, frozenset(c.names), c.type) for c in cands}
    roled = {(c.sentence, frozenset(c.names), c.type, role, _role_of(c, role))
             for c in cands for (_, role) in BOUGHT_UNDER.values()}
    return [c for c in cands
            if not any((c.sentence, frozenset(c.names), t) in typed for t in YIELDS.get(c.type, ()))
            and not any((c.sentence, frozenset(c.names), t, role, _role_of(c, mine)) in roled
                        for (kind, mine), (t, role) in BOUGHT_UNDER.items() if kind == c.type and _role_of(c, mine))]


def _without_venture_stakes(cands: list[Candidate]) -> list[Candidate]:
    """ "X's 40 per cent stake in Y, the joint venture it set up with Z in 2021, passes to W with the deal": a stake
    with no sum that a partner holds in the venture the same sentence tells it set up is its share of that venture,
    no investment of its own."""
    partners = {(c.sentence, n) for c in cands if c.type == "joint_venture" for n in c.names}
    return [c for c in cands if not (
        c.type == "investment" and c.amount is None and (c.sentence, _role_of(c, "investor")) in partners
        and (c.sentence, _role_of(c, "investee")) not in partners)]


def merge(cands: list[Candidate], titles: set[int], year: str = "") -> list[Candidate]:
    """One event per deal: later statements join the first statement of the same deal; the headline
    only supports what the body states. Only events sharing a party are compared; `year` is that of
    the publication, the date of news."""
    restated = _full_names(cands)
    cands = _without_venture_stakes(_one_tie_a_sentence(_directed_over_symmetric(cands)))
    events: list[Candidate] = []
    by_name: dict[str, list[int]] = {}  # party name -> indexes of the events naming it
    body = [c for c in cands if c.sentence not in titles]
    # a restatement by short forms comes after the statement it restates and adds nothing to its deal (a standfirst's
    # "Auftragsvolumen von 96 Mio. Euro / Kooperation mit X" gives another deal's sum, its day is the publication's)
    body = [c for c in body if id(c) not in restated] + [c for c in body if id(c) in restated]
    for c in body + [c for c in cands if c.sentence in titles]:
        shared = sorted({k for n in c.names for k in by_name.get(n, ())})
        index = next((k for k in shared if _same_deal(events[k], c, c.sentence in titles, year)), None)
        if index is not None and id(c) in restated:
            continue
        if index is None and (resold := _resold(events, shared, c)) is not None:
            events[resold].merged.append(c)  # "Pennine, which was acquired in 2019 by Calder Ridge ... Calder Ridge
            events[resold].parties.append((_role_of(c, "seller"), "seller"))  # will sell its holding to Harrowgate"
            by_name.setdefault(_role_of(c, "seller"), []).append(resold)
            continue
        if index is None and (told := _told_again(events, shared, c)) is not None:
            events[told].merged.append(c)  # "Die beiden Gruppen hatten im Oktober angekündigt, sich
            continue  # zusammenzutun": the page's merger of the same firms, told again of earlier days
        if index is None:
            if c.sentence in titles:
                continue
            events.append(c)
            index = len(events) - 1
            new = list(c.names)
        else:
            event = events[index]
            event.merged.append(c)
            if c.sentence in titles:
                continue
            if _named_roles(event, c):
                event.parties = list(c.parties)
            known = dict(event.parties)
            event.parties += [(n, r) for n, r in c.parties if n not in known]
            new = [n for n, _ in c.parties if n not in known]
        for n in new:
            by_name.setdefault(n, []).append(index)
    headlines = [c for c in cands if c.sentence in titles]
    events = _one_combination(_listing_headlined(_venture_headlined(events, headlines), headlines), year)
    return _listing_raises(_tie_up_named(events))


def _resold(events: list[Candidate], shared: list[int], c: Candidate) -> int | None:
    """The page's purchase that a sale naming only its buyer and its seller hands on ("X has agreed to buy Y ... Y,
    which was acquired in 2019 by Z ... Z will sell its entire holding to X"): an event of the same buyer at the same
    stage whose target the seller bought before, and which names no seller yet; the seller is that deal's."""
    if c.type != "acquisition" or sorted(r for _, r in c.parties) != ["acquirer", "seller"]:
        return None
    buyer, seller = _role_of(c, "acquirer"), _role_of(c, "seller")
    bought = {_role_of(e, "target") for e in events if e.type == "acquisition" and _role_of(e, "acquirer") == seller}
    return next((k for k in shared if events[k].type == "acquisition" and events[k].status == c.status
                 and _role_of(events[k], "acquirer") == buyer and _role_of(events[k], "seller") is None
                 and _role_of(events[k], "target") in bought - {None}), None)


def _full_names(cands: list[Candidate]) -> set[int]:
    """ "Harrowgate's $2.4bn swoop on Polarway" in a standfirst, then "Harrowgate Logistics agreed to buy Polarway
    Cold Storage": a statement that names the firms of another statement of its type by their short forms restates
    it; it takes the longer names, and the ids of such restatements are returned. Only then: a short form's one
    longer name may be another firm of the group ("Areval" beside its unit "Areval Concesiones")."""
    longer = sole_long_forms({n for c in cands for n in c.names})
    restated = set()
    for c in cands:
        full = [(longer.get(n, n), r) for n, r in c.parties]
        names = {n for n, _ in full}
        if names == c.names or len(names) < len(c.names) or not any(
                o.type == c.type and o is not c and names <= o.names for o in cands):
            continue  # one that names a firm by both forms ("Lenz" beside "Drogerie Lenz") restates nothing
        roles = {n: r for n, r in reversed(full)}
        c.parties = [(n, roles.pop(n)) for n, _ in full if n in roles]
        restated.add(id(c))
    return restated


def _named_roles(event: Candidate, later: Candidate) -> bool:
    """Whether a later statement that names the same firms itself gives them other roles than the first, whose firms
    came from descriptions ("l'établissement vaudois ... racheter la banque privée", then "X discute du rachat de
    Y"): the names tell the roles, a description resolved to the wrong firm swaps them."""
    return event.anaphoric and not later.anaphoric and later.names == event.names and set(later.parties) != set(
        event.parties)


def _told_again(events: list[Candidate], shared: list[int], c: Candidate) -> int | None:
    """The page's merger that a merger statement of the same firms by an anaphor ("die beiden Gruppen") tells again,
    whatever its stage or date: two firms merge once."""
    if c.type != "merger" or not c.anaphoric:
        return None
    return next((k for k in shared if events[k].type == "merger" and events[k].names == c.names), None)


TIE_UPS = {"joint_venture", "merger"}  # what "X and Y team up", "unissent leurs forces" tells of the same firms


def _venture_headlined(events: list[Candidate], headlines: list[Candidate]) -> list[Candidate]:
    """ "X und Y gründen Gemeinschaftsunternehmen" over "X ... und Y ... bündeln ihre Kräfte bei Antrieben": a
    partnership of the body whose firms the headline's joint venture names, by complete or short names, is that
    venture."""
    ventures = [c.names for c in headlines if c.type == "joint_venture" and len(c.names) == 2]
    if not ventures or any(e.type == "joint_venture" for e in events):
        return events  # the body tells the venture itself
    for e in events:
        if e.type == "partnership":
            canon = canonical_names([*sorted(n for v in ventures for n in v), *sorted(e.names)])
            if any({canon[n] for n in e.names} == {canon[n] for n in v} for v in ventures):
                e.type = "joint_venture"
    return events


def _listing_headlined(events: list[Candidate], headlines: list[Candidate]) -> list[Candidate]:
    """ "X réussit ses débuts en Bourse" over "Le spécialiste de la géothermie a levé 410 millions d'euros": money
    the headline's listed firm raises alone in a body that tells no listing is that listing's proceeds, not a
    round; under a listing the headline ends ("X renonce à son introduction en Bourse") the money it was to raise
    ("L'opération, qui devait lever 350 millions") ends with it."""
    listings = {next(iter(c.names)): c for c in headlines if c.type == "ipo" and len(c.names) == 1}
    if not listings or any(e.type == "ipo" for e in events):
        return events  # the body tells the listing itself
    for e in events:
        listing = listings.get(next(iter(e.names))) if e.type == "funding_round" and len(e.names) == 1 else None
        if listing is not None:
            e.type, e.parties = "ipo", [(n, "issuer") for n in e.names]
            if listing.status == "terminated":
                e.status, e.cued = "terminated", True
    return events


def _tie_up_named(events: list[Candidate]) -> list[Candidate]:
    """ "Halvard and Kyosei team up on cells" over "Halvard Motors and Kyosei Battery agreed to set up a joint
    venture": a partnership of the firms of a venture or merger of the page, by their complete or short names
    (in either order of telling), is that tie-up; not one that runs already ("Ils travaillent ensemble depuis 2021"):
    the two firms' standing cooperation is a deal of its own."""
    ties = [e.names for e in events if e.type in TIE_UPS]
    if not ties:
        return events
    tied = sorted({n for t in ties for n in t})  # the same for every partnership of the page
    out = []
    for e in events:
        if e.type == "partnership":
            canon = canonical_names([*tied, *sorted(e.names)])
            if {canon[n] for n in e.names} in ties and e.status != "ongoing":
                continue
        out.append(e)
    return out


def _one_combination(events: list[Candidate], year: str) -> list[Candidate]:
    """ "CaixaBank and Bankia agreed to merge ... through the absorption of Bankia by CaixaBank": a merger
    and an acquisition of the same two firms in the same year are one deal, called as the page calls it most
    often; on a tie an acquisition, since the page says who buys whom. A merger of units is their joint
    venture ("leur rapprochement ... la fusion de leurs filiales")."""
    out: list[Candidate] = []
    for e in events:
        k = next((k for k, o in enumerate(out) if o.names == e.names and {o.type, e.type} in COMBINATIONS
                  and (o.date or year)[:4] == (e.date or year)[:4]), None)
        if k is None:
            out.append(e)
            continue
        votes = (out[k].type == "joint_venture", len(out[k].merged), out[k].type == "acquisition") >= (
            e.type == "joint_venture", len(e.merged), e.type == "acquisition")
        first, second = (out[k], e) if votes else (e, out[k])
        first.merged += [second, *second.merged]
        second.merged = []
        out[k] = first
    return out


def _raised_before(round_: Candidate, ipo: Candidate) -> bool:
    """A round done in a dated year beside a listing only weighed ("erwägt einen Börsengang. Zuletzt hatte das
    Unternehmen 2021 ... eingesammelt"): an earlier round, not the offering of a listing yet to come."""
    return bool(round_.date) and round_.status == "completed" and ipo.status == "rumored"


def _listing_raises(events: list[Candidate]) -> list[Candidate]:
    """Money a listed firm raises with no investor named is its listing's offering, not a round; a round dated in
    another year than the listing ("last raised $30m in 2022" beside a listing planned now) is an earlier round."""
    listings = {next(iter(e.names)): e for e in events if e.type == "ipo"}
    out = []
    for e in events:
        ipo = listings.get(next(iter(e.names))) if e.type == "funding_round" and len(e.names) == 1 else None
        if ipo is None or (ipo.date and e.date and ipo.date[:4] != e.date[:4]) or _raised_before(e, ipo):
            out.append(e)
        elif ipo.amount is None:
            ipo.amount = e.amount
    return out
