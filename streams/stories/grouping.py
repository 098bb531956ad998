"""Split the sources of one partition key into deals, as a function of the set of sources only.

Compatibility is not transitive (a rumour matches both an announcement and a later closing that
belong to two different deals), so sources are merged closest pair first and two groups join only
when every source of one is compatible with every source of the other (complete linkage).
Merges only follow compatible pairs, so the grouping of each connected component of the
compatibility graph is independent of the others: a new source can only regroup its own component.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from streams.stories.matching import affinity, compatible
from streams.stories.names import related
from streams.stories.sources import seen


def linked(a: dict, b: dict) -> bool:
    """`compatible` with the earlier-seen source first, as `group` tests a pair (parties are matched
    greedily, which need not be symmetric)."""
    if (seen(a), a["event_id"]) <= (seen(b), b["event_id"]):
        return compatible(a, b)
    return compatible(b, a)


def group(sources: list[dict]) -> list[list[dict]]:
    """The deals among these sources (unique event ids), each a list in first-seen order."""
    items = sorted(sources, key=lambda s: (seen(s), s["event_id"]))
    n = len(items)
    ok = [[False] * n for _ in range(n)]
    pairs = []
    for i in range(n):
        for j in range(i + 1, n):
            if compatible(items[i], items[j]):
                ok[i][j] = ok[j][i] = True
                pairs.append((tuple(-x for x in affinity(items[i], items[j])), i, j))
    pairs.sort()
    owner = list(range(n))
    members = {i: [i] for i in range(n)}
    for _, i, j in pairs:
        a, b = owner[i], owner[j]
        if a == b or not all(ok[x][y] for x in members[a] for y in members[b]):
            continue
        a, b = min(a, b), max(a, b)
        for k in members[b]:
            owner[k] = a
        members[a] = sorted(members[a] + members.pop(b))
    return [[items[k] for k in ks] for _, ks in sorted(members.items())]


def component(sources: list[dict], seed: dict) -> list[dict]:
    """The sources linked to `seed` (one of `sources`) by chains of compatible pairs."""
    by_name: dict[str, set[int]] = defaultdict(set)
    for i, src in enumerate(sources):
        for party in src["parties"]:
            by_name[party["name"]].add(i)
    sizes = [len(src["parties"]) for src in sources]
    cache: dict[tuple[str, ...], set[int]] = {}

    def candidates(names: tuple[str, ...]) -> set[int]:
        """Sources naming enough of these parties (or a venture named after one) to be compatible (a
        cheap necessary test)."""
        if names not in cache:
            hits: Counter[int] = Counter()
            for name in names:
                hits.update({i for other, idx in by_name.items() if related(name, other) for i in idx})
            cache[names] = {i for i, n in hits.items() if n >= min(2, len(names), sizes[i])}
        return cache[names]

    found = {next(i for i, s in enumerate(sources) if s["event_id"] == seed["event_id"])}
    queue = [seed]
    while queue:
        x = queue.pop()
        for i in candidates(tuple(p["name"] for p in x["parties"])) - found:
            if compatible(x, sources[i]):
                found.add(i)
                queue.append(sources[i])
    return [sources[i] for i in sorted(found)]
