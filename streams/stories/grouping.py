"""Split the sources of one partition key into deals, as a function of the set of sources only.

Compatibility is not transitive (a rumour matches both an announcement and a later closing that
belong to two different deals), so sources are merged closest pair first and two groups join only
when every source of one is compatible with every source of the other (complete linkage).
"""

from __future__ import annotations

from streams.stories.matching import affinity, compatible
from streams.stories.sources import seen


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
