"""Fold page events into deal stories.

Every derived field of a story is recomputed from its set of sources, and the split of a
partition key's sources into stories is a function of that set too, so the final stories depend
only on which events arrived: not on their order, nor on how often a page was re-read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from streams import ids
from streams.stories.amounts import EQUIVALENT, SAME, agreement, in_base
from streams.stories.grouping import component, group, linked
from streams.stories.matching import STATUS_RANK, deal_key, interval
from streams.stories.names import same_name, words
from streams.stories.sources import canonical, seen, source_of

SCHEMA_VERSION = 1
_TYPES = ("acquisition", "merger", "investment", "funding_round", "partnership", "joint_venture",
          "contract", "ipo")
_ROLES = ("acquirer", "target", "seller", "party", "investor", "investee", "partner", "customer",
          "supplier", "issuer")


@dataclass
class Change:
    """What one event did to the stories of its partition key.

    `stories` is the key's new table value; `upserts` are the stories to publish (created or
    changed); `removed` are deal ids that no longer exist (merged into another story, or renamed
    because a page published earlier arrived late): publish a tombstone for each.
    """

    stories: list[dict]
    upserts: list[dict] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def updated(self) -> list[str]:
        """Ids of stories that existed before and changed."""
        fresh = set(self.created)
        return [s["deal_id"] for s in self.upserts if s["deal_id"] not in fresh]


def _date_start(value: str | None) -> int:
    span = interval(value)
    return span[0] if span else -1


def _best_date(sources: list[dict]) -> dict | None:
    """The date most sources agree with (a "2023" supports "2023-07-27"), the most precise on ties."""
    dated = [s["date"] for s in sources if s.get("date")]
    if not dated:
        return None

    def support(value: str) -> int:
        return sum(1 for d in dated if value.startswith(d))

    best = max(set(dated), key=lambda d: (support(d), len(d), d))
    return {"value": best, "support": support(best)}


def _best_amount(sources: list[dict]) -> dict | None:
    """The amount most sources state, as one of them states it (never converted).

    Figures in one currency within 1% are one figure; a source stating it in another currency
    (within 15% at approximate rates: amounts.agreement) supports it too, as a reader would count a
    "$2.1bn" page and a "1,9 Milliarden Euro" page as two sources of one price. The figure with the
    most support wins, then the one most sources state in its own currency, then the one of the most
    advanced status.
    """
    found = sorted(
        ((s["amount"], STATUS_RANK.get(s["status"], 0)) for s in sources if s.get("amount")),
        key=lambda a: (a[0]["currency"], a[0]["value"]),
    )
    clusters: list[list[tuple[dict, int]]] = []
    for item in found:
        if clusters and agreement(clusters[-1][0][0], item[0]) == SAME:
            clusters[-1].append(item)
        else:
            clusters.append([item])
    if not clusters:
        return None

    def stated(cluster: list[tuple[dict, int]]) -> tuple[dict, int]:
        """The cluster's figure as most of its sources state it, ties to the most advanced status."""
        values = Counter(a["value"] for a, _ in cluster)
        amount, _ = max(cluster, key=lambda a: (values[a[0]["value"]], a[1], a[0]["value"], a[0].get("text") or ""))
        return amount, len(cluster) + sum(1 for other, _ in found if agreement(amount, other) == EQUIVALENT)

    ranked = [(stated(c), c) for c in clusters]
    (amount, support), _ = max(ranked, key=lambda r: (r[0][1], len(r[1]), max(rank for _, rank in r[1]),
                                                       in_base(r[0][0]) or 0.0, r[0][0]["currency"]))
    out = {"value": amount["value"], "currency": amount["currency"], "support": support}
    if amount.get("text"):
        out["text"] = amount["text"]
    return out


def _parties(sources: list[dict]) -> list[dict]:
    """One entry per organisation across sources: its usual spelling and role, and other spellings."""
    groups: list[dict] = []
    for src in sources:
        for party in src["parties"]:
            fits = [
                g for g in groups
                if src["event_id"] not in g["events"] and any(same_name(party["name"], n) for n in g["names"])
            ]
            if len(fits) > 1:
                fits.sort(key=lambda g: g["roles"].most_common(1)[0][0] != party["role"])
            if fits:
                found = fits[0]
            else:
                found = {"names": Counter(), "roles": Counter(), "events": set()}
                groups.append(found)
            found["names"][party["name"]] += 1
            found["roles"][party["role"]] += 1
            found["events"].add(src["event_id"])
    out = []
    for g in groups:
        # the most used spelling; on ties the most complete name in the fewest characters
        name = max(g["names"], key=lambda n: (g["names"][n], len(words(n)), -len(n), n))
        role = max(g["roles"], key=lambda r: (g["roles"][r], -_ROLES.index(r) if r in _ROLES else -99))
        out.append({"name": name, "role": role, "aliases": sorted(set(g["names"]) - {name}),
                    "support": len(g["events"])})
    return sorted(out, key=lambda p: (_ROLES.index(p["role"]) if p["role"] in _ROLES else 99,
                                      -p["support"], p["name"]))


def _status(sources: list[dict]) -> tuple[str, list[dict]]:
    """The current status (furthest stage, then latest date) and the history of every status seen."""
    history = []
    for status in sorted({s["status"] for s in sources}):
        having = [s for s in sources if s["status"] == status]
        when = _best_date(having)
        history.append({
            "status": status,
            "date": when["value"] if when else None,
            "first_seen": min(seen(s) for s in having).replace("~", "") or None,
            "sources": len(having),
        })
    history.sort(key=lambda h: (STATUS_RANK.get(h["status"], 0), _date_start(h["date"]), h["status"]))
    return history[-1]["status"], history


def deal_id(key: str, sources: list[dict]) -> str:
    """The id of a story: its partition key and its first-seen source.

    A source reported later never changes it; only a page that appeared earlier, or two stories
    merging, does (the change lists the id that disappears).
    """
    anchor = min(sources, key=lambda s: (seen(s), s["event_id"]))
    return ids.deal_id(key, anchor["event_id"])


def home(sources: list[dict]) -> str:
    """The key a story is kept under: the smallest own key of its sources (`streams.stories.shelf`)."""
    return min(deal_key(s) for s in sources)


def build(key: str, sources: list[dict]) -> dict:
    """The story of one deal from its sources (unique event ids, one partition key)."""
    ordered = sorted(sources, key=lambda s: (seen(s), s["event_id"]))
    types = Counter(s["type"] for s in ordered)
    status, history = _status(ordered)
    times = [seen(s) for s in ordered if seen(s) != "~"]
    return {
        "schema_version": SCHEMA_VERSION,
        "deal_id": deal_id(key, ordered),
        "deal_key": key,
        "type": max(types, key=lambda t: (types[t], -_TYPES.index(t) if t in _TYPES else -99)),
        "status": status,
        "parties": _parties(ordered),
        "amount": _best_amount(ordered),
        "date": _best_date([s for s in ordered if s["status"] == status]),
        "status_history": history,
        "first_seen": min(times, default=None),
        "last_seen": max(times, default=None),
        "languages": sorted({s["language"] for s in ordered if s.get("language")}),
        "source_count": len(ordered),
        "sources": ordered,
    }


def _with(sources: list[dict], new: dict) -> dict[str, dict] | None:
    """Sources by event id with `new` added; None when it changes nothing (a re-read page).

    Two versions of one event id keep the greater canonical form, so either order ends the same.
    """
    pool = {s["event_id"]: s for s in sources}
    old = pool.get(new["event_id"])
    if old is not None and canonical(old) >= canonical(new):
        return None
    pool[new["event_id"]] = new
    return pool


def apply(story: dict | None, event: dict) -> dict:
    """One story with one more event, whether or not they match (matching.compatible decides that)."""
    if story is None:
        first = [source_of(event)]
        return build(home(first), first)
    pool = _with(story["sources"], source_of(event))
    return story if pool is None else build(home(list(pool.values())), list(pool.values()))


def _changed(old: dict | None, story: dict) -> bool:
    """Whether a story differs from its previous state (other source counts differ without
    serialising both, which costs more than the fast path's rebuild)."""
    return old is None or old["source_count"] != story["source_count"] or canonical(old) != canonical(story)


def _sole_fit(stories: list[dict], new: dict) -> list[dict] | None:
    """The story every source of which `new` (a new event id) matches, or [] when it matches no
    source at all; None when it matches sources of several stories, or only some of one.

    Stories are the complete-linkage groups of their sources, so in the first two cases adding
    `new` leaves every other story as it is: each is a clique, `new` can only join the clique it
    matches whole, and every merge blocked before stays blocked (one more member only adds pairs).
    Testing this costs one `compatible` call a source, where regrouping costs one a pair.
    """
    fit: list[dict] = []
    for story in stories:
        first, *rest = story["sources"]
        if linked(first, new):
            if fit or not all(linked(s, new) for s in rest):
                return None
            fit.append(story)
        elif any(linked(s, new) for s in rest):
            return None
    return fit


def absorb(stories: list[dict], event: dict) -> Change:
    """Add an event to the stories it may join (those `streams.stories.shelf` finds for it), regrouping them.

    Only the stories in the new source's component of the compatibility graph can change; when it
    joins one story whose every source it matches and no other (or matches none), that story is
    rebuilt (or a new one built) without regrouping.
    """
    new = source_of(event)
    known = {s["event_id"] for story in stories for s in story["sources"]}
    pool = _with([s for story in stories for s in story["sources"]], new)
    if pool is None:
        return Change(stories)
    fit = None if new["event_id"] in known else _sole_fit(stories, new)
    if fit is not None:
        touched = fit
        # the story's key is the smallest of its sources' keys: its old key or the new source's
        key = min(fit[0]["deal_key"], deal_key(new)) if fit else deal_key(new)
        rebuilt = [build(key, [*(fit[0]["sources"] if fit else []), new])]
    else:
        if new["event_id"] in known:  # a changed version of a known event: regroup everything
            touched, members = stories, list(pool.values())
        else:
            members = component(list(pool.values()), new)
            ids = {s["event_id"] for s in members}
            touched = [story for story in stories if story["sources"][0]["event_id"] in ids]
        rebuilt = [build(home(g), g) for g in group(members)]
    before = {s["deal_id"]: s for s in touched}
    after = {s["deal_id"] for s in rebuilt}
    kept = [s for s in stories if s["deal_id"] not in before]
    return Change(
        stories=sorted(kept + rebuilt, key=lambda s: s["deal_id"]),
        upserts=[s for s in rebuilt if _changed(before.get(s["deal_id"]), s)],
        created=[s["deal_id"] for s in rebuilt if s["deal_id"] not in before],
        removed=sorted(set(before) - after),
    )
