"""Which page events report one deal: the partition key and the pairwise "same deal" test.

Events of one deal differ between pages in party spellings and subsets, amounts, statuses and
dates, so matching rests on what stays put: the kind of deal, the principal parties and a
timeline that can run forward from rumour to announcement to closing.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from streams.stories.amounts import EQUIVALENT, OTHER, SAME, agreement
from streams.stories.names import key_token, named_after, same_name

# Types that careful annotators (and extractors) give the same deal interchangeably.
FAMILIES = {
    "acquisition": "acquisition",
    "merger": "combination",
    "joint_venture": "combination",
    "investment": "investment",
    "funding_round": "investment",
    "partnership": "cooperation",
    "contract": "cooperation",
    "ipo": "ipo",
}
# Types of two families that outlets also give one deal (a takeover reported as a merger, a joint
# venture as a partnership); kindred, not one family, so that a takeover and a joint venture of the
# same two firms stay two deals.
_KINDRED = {frozenset({"acquisition", "merger"}), frozenset({"joint_venture", "partnership"})}
# Families that kindred types join in one partition, by the name that prefixes its key.
_PARTITIONS = {"acquisition": "deal", "combination": "deal", "cooperation": "deal"}
# The names that open a partition key ("deal:...", "investment:..."): what marks a key as a deal's.
PARTITION_NAMES = frozenset(FAMILIES.values()) | frozenset(_PARTITIONS.values())
# The parties whose names key the partition, by family, the first group that is present (the
# smallest name in it, so that a page swapping acquirer and target still meets the others);
# symmetric families use the smallest name of all.
_ANCHOR_ROLES = {
    "acquisition": (("acquirer", "target"), ("seller",)),
    "investment": (("investee",), ("investor",)),
    "ipo": (("issuer",),),
}
# Roles held by one organisation per deal: two events naming different ones are different deals.
_SINGLE_ROLES = {"acquisition": ("acquirer", "target", "seller"), "investment": ("investee",), "ipo": ("issuer",)}

# Phases of a deal's timeline: the date of an event is the date of its status.
_PHASE = {"rumored": 0, "announced": 1, "ongoing": 1, "terminated": 2, "completed": 2}
_SAME_PHASE_DAYS = {0: 183, 1: 62, 2: 62}
LIFECYCLE_DAYS = 1100  # a takeover may take about three years from talks to closing
NEXT_ROUND_DAYS = 14  # a page reporting a closed round as news a few days late still tells that round
# Where a story's status stands: it only moves forward, ties broken by date.
STATUS_RANK = {"rumored": 0, "announced": 1, "ongoing": 2, "terminated": 3, "completed": 3}


def family(deal_type: str) -> str:
    """The family of a deal type (unknown types are their own family)."""
    return FAMILIES.get(deal_type, deal_type)


def _signature(event: dict) -> tuple[str, tuple[tuple[str, str | None], ...]]:
    """What the keys of an event depend on: its type and its parties' names and roles."""
    return event["type"], tuple((p["name"], p.get("role")) for p in event.get("parties") or [])


@lru_cache(maxsize=1 << 16)
def _anchors(deal_type: str, parties: tuple[tuple[str, str | None], ...]) -> tuple[str, tuple[str, ...]]:
    fam = family(deal_type)
    named = [(name, role) for name, role in parties if key_token(name)]
    for roles in _ANCHOR_ROLES.get(fam, ()):
        names = tuple(name for name, role in named if role in roles)
        if names:
            return _PARTITIONS.get(fam, fam), names
    return _PARTITIONS.get(fam, fam), tuple(name for name, _ in named)


def anchor_names(event: dict) -> tuple[str, tuple[str, ...]]:
    """The event's partition name (its family, kindred families sharing one) and the names of the parties
    whose first words key it: the first role group of `_ANCHOR_ROLES` present, else every party (computed
    once per type and parties: a story's every source is keyed again whenever the story changes)."""
    return _anchors(*_signature(event))


@lru_cache(maxsize=1 << 16)
def _key(deal_type: str, parties: tuple[tuple[str, str | None], ...]) -> str:
    partition, names = _anchors(deal_type, parties)
    return f"{partition}:{min((key_token(n) for n in names), default='')}"


def deal_key(event: dict) -> str:
    """The partition key of an event, computable from the event alone.

    Family (kindred families share one partition) plus the first significant word of a principal
    party's name (the smallest, so that a page swapping acquirer and target still meets the others):
    pages naming the principal parties meet in one partition, whatever other parties they name or omit
    and whichever kindred type they give the deal.
    """
    return _key(*_signature(event))


@lru_cache(maxsize=4096)
def interval(value: str | None) -> tuple[int, int] | None:
    """First and last day (ordinals) that a YYYY, YYYY-MM or YYYY-MM-DD date may mean (None: unknown,
    also for an impossible date such as 2023-02-30, which tells nothing reliable)."""
    if not value:
        return None
    try:
        parts = [int(x) for x in value.split("-")]
        if len(parts) == 3:
            day = date(*parts).toordinal()
            return day, day
        if len(parts) == 2:
            year, month = parts
            nxt = date(year + month // 12, month % 12 + 1, 1)
            return date(year, month, 1).toordinal(), nxt.toordinal() - 1
        return date(parts[0], 1, 1).toordinal(), date(parts[0], 12, 31).toordinal()
    except ValueError:
        return None


def _days_after(a: tuple[int, int], b: tuple[int, int]) -> int:
    """How many days b lies after a (negative: before; 0 when they overlap)."""
    if b[0] > a[1]:
        return b[0] - a[1]
    if a[0] > b[1]:
        return -(a[0] - b[1])
    return 0


def _fallback_dated(event: dict) -> bool:
    """Dated with its page's publication day: maybe only the extractor's default for an undated mention."""
    published = event.get("published") or ""
    return bool(event.get("date")) and len(event["date"]) == 10 and published[:10] == event["date"]


def _start(event: dict) -> str | None:
    """The event's date, except the page's own day on a standing deal (whose date is its start)."""
    return None if event["status"] == "ongoing" and _fallback_dated(event) else event.get("date")


def _recalled(a: dict, b: dict) -> bool:
    """`a` may be the completed takeover `b` recalled by a later page that left it undated (so the
    extractor gave it the page's day and a stage short of completion): a takeover once completed is
    not rumoured or announced again. Another sum tells another deal (a stake, then the rest)."""
    if not (_fallback_dated(a) and _PHASE.get(a["status"], 1) < _PHASE["completed"] and b["status"] == "completed"
            and family(b.get("type", "")) == "acquisition"):
        return False
    other_sum = agreement(a.get("amount"), b.get("amount")) == OTHER
    span_a, span_b = interval(a["date"]), interval(b.get("date"))
    return not other_sum and span_b is not None and _days_after(span_b, span_a) > 0


def dates_compatible(a: dict, b: dict) -> bool:
    """Whether two events' (status, date) can be two moments of one deal.

    Same phase: close in time (a background "2016" and "2021-04" news are two deals). Different
    phases: the later phase follows the earlier within a deal's lifetime; a blocked deal may
    still close later, so terminated and completed may come in either order.
    """
    ia, ib = interval(_start(a)), interval(_start(b))
    if ia is None or ib is None or _recalled(a, b) or _recalled(b, a):
        return True
    pa, pb = _PHASE.get(a["status"], 1), _PHASE.get(b["status"], 1)
    if pa == pb and a["status"] != b["status"] and pa == 2:
        return abs(_days_after(ia, ib)) <= LIFECYCLE_DAYS
    if pa == pb:
        return abs(_days_after(ia, ib)) <= _SAME_PHASE_DAYS[pa]
    if pa > pb:
        ia, ib, pa = ib, ia, pb
    gap = _days_after(ia, ib)
    return -_SAME_PHASE_DAYS[pa] <= gap <= LIFECYCLE_DAYS


def matched_parties(a: dict, b: dict) -> int:
    """How many parties of `a` name an organisation of `b` (each matched once, roles ignored)."""
    used: set[int] = set()
    for pa in a.get("parties") or []:
        for j, pb in enumerate(b.get("parties") or []):
            if j not in used and same_name(pa["name"], pb["name"]):
                used.add(j)
                break
    return len(used)


def _names(event: dict, role: str) -> list[str]:
    return [p["name"] for p in event.get("parties") or [] if p.get("role") == role]


def _named(names: list[str], event: dict) -> bool:
    """Every one of these names is a party of the event, in whatever role."""
    return all(any(same_name(n, p["name"]) for p in event.get("parties") or []) for n in names)


def _role_conflict(a: dict, b: dict, fam: str) -> bool:
    """Both events fill a single-holder role with different organisations (one naming the other's
    holder in another role is an extraction slip, not another deal)."""
    roles = list(_SINGLE_ROLES.get(fam, ()))
    if a["type"] == b["type"] == "investment":
        roles.append("investor")
    for role in roles:
        na, nb = _names(a, role), _names(b, role)
        differ = na and nb and not any(same_name(x, y) for x in na for y in nb)
        if differ and not (_named(na, b) and _named(nb, a)):
            return True
    return False


_MEMO_SIZE = 1 << 15  # pairs of gists; cleared when full (a few MB)
_memo: dict[tuple[tuple, tuple], bool] = {}


_GISTS_SIZE = 1 << 13  # events whose gist is kept; each entry holds its event, so no other object takes its id
_gists: dict[int, tuple[dict, tuple]] = {}


def _gist(event: dict) -> tuple:
    """Every field `_agree` reads, hashable: pages telling a deal alike (syndicated news, re-sent
    copies) share one check. Kept by event (sources are never changed once made): a new source is
    checked against every source of its key, and those stay for a whole batch."""
    known = _gists.get(id(event))
    if known is not None:
        return known[1]
    amount = event.get("amount")
    gist = (event["type"], event["status"], event.get("date"), event.get("published"),
            (amount["currency"], amount["value"]) if amount else None,
            tuple((p["name"], p.get("role")) for p in event.get("parties") or []))
    if len(_gists) >= _GISTS_SIZE:
        _gists.clear()
    _gists[id(event)] = (event, gist)
    return gist


def _same_roles(a: dict, b: dict) -> bool:
    """Every organisation both events name holds the same role in both."""
    return all(p["role"] == q["role"] for p in a.get("parties") or [] for q in b.get("parties") or []
               if same_name(p["name"], q["name"]))


def _corroborated(a: dict, b: dict) -> bool:
    """Whether strong evidence outweighs dates that do not fit one deal: the same sum in one currency
    between the same parties (a page got the dates wrong), or, weaker, the same sum in two currencies
    with every party in the same role and the dates within a deal's lifetime (a later page re-dating
    an announcement by a later step, or dated by its publication day). Another sum never is. Only
    asked of two dated events (`dates_compatible` accepts an undated one)."""
    sums = agreement(a.get("amount"), b.get("amount"))
    if sums != EQUIVALENT:
        return sums == SAME
    gap = _days_after(interval(_start(a)), interval(_start(b)))
    return abs(gap) <= LIFECYCLE_DAYS and _same_roles(a, b)


def _stand_in(a: dict, b: dict) -> bool:
    """One event names, in the role where the other names an organisation, a joint venture named after
    that organisation and another party of the deal ("Corvane Halstrom Energy" as the customer of
    "Halstrom Metals" for "Corvane Industries"), every other party matching and both dated alike: a page
    mentioning the venture beside its parent's deal, and the extractor taking the wrong one."""
    pa, pb = a.get("parties") or [], b.get("parties") or []
    if len(pa) != len(pb):
        return False
    left = [p for p in pa if not any(same_name(p["name"], q["name"]) for q in pb)]
    right = [q for q in pb if not any(same_name(p["name"], q["name"]) for p in pa)]
    if len(left) != 1 or len(right) != 1 or left[0]["role"] != right[0]["role"]:
        return False
    x, y = left[0]["name"], right[0]["name"]
    if not (any(named_after(x, y, q["name"]) for q in pb if q is not right[0])
            or any(named_after(y, x, p["name"]) for p in pa if p is not left[0])):
        return False
    ia, ib = interval(_start(a)), interval(_start(b))
    return ia is not None and ib is not None and _days_after(ia, ib) == 0


def _next_round(a: dict, b: dict, fam: str) -> bool:
    """Talks or an announcement dated weeks after a round or stake was completed are about the next one
    (a start-up's Series C after its Series B): money is raised again and again, a firm is bought once."""
    if fam != "investment" or "completed" not in (a["status"], b["status"]):
        return False
    done, other = (a, b) if a["status"] == "completed" else (b, a)
    ia, ib = interval(_start(done)), interval(_start(other))
    return (_PHASE.get(other["status"], 1) < _PHASE["completed"] and ia is not None and ib is not None
            and _days_after(ia, ib) > NEXT_ROUND_DAYS)


def _agree(a: dict, b: dict, fam: str) -> bool:
    """Whether two events of one family agree on parties, roles and timeline (or amount)."""
    na, nb = len(a.get("parties") or []), len(b.get("parties") or [])
    if (matched_parties(a, b) < min(2, na, nb) and not _stand_in(a, b)) or _role_conflict(a, b, fam):
        return False
    if _next_round(a, b, fam):
        return False
    return dates_compatible(a, b) or _corroborated(a, b)


def compatible(a: dict, b: dict) -> bool:
    """Whether two events (or story sources) may report one deal."""
    fam = family(a["type"])
    if fam != family(b["type"]) and frozenset({a["type"], b["type"]}) not in _KINDRED:
        return False
    if a.get("page_id") and a.get("page_id") == b.get("page_id") and a["event_id"] != b["event_id"]:
        return False  # one page states two deals: its own extractor kept them apart
    key = (_gist(a), _gist(b))
    found = _memo.get(key)
    if found is None:
        if len(_memo) >= _MEMO_SIZE:
            _memo.clear()
        found = _memo[key] = _agree(a, b, fam)
    return found


def affinity(a: dict, b: dict) -> tuple[int, int, int, int]:
    """How strongly two compatible events agree, to merge the closest ones first: the same sum in
    one currency ranks above the same sum in two, which ranks above no amount, then another sum."""
    ia, ib = interval(a.get("date")), interval(b.get("date"))
    close = ia is not None and ib is not None and _days_after(ia, ib) == 0
    sums = agreement(a.get("amount"), b.get("amount"))
    return matched_parties(a, b), sums, int(a["type"] == b["type"]), int(close)
