"""Deterministic identifiers, so that replays and re-runs give the same ids and consumers can upsert."""

from __future__ import annotations

import hashlib


def _digest(*parts: str, size: int) -> str:
    h = hashlib.blake2b(digest_size=size)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def page_id(url: str, body: str) -> str:
    """The id of one page content: the same URL and body always give the same id."""
    return _digest(url, body, size=10)


def event_id(page: str, deal_type: str, party_keys: list[str], disambiguator: str = "") -> str:
    """The id of one deal event of a page: its type and its parties' normalised names (order-free).

    `disambiguator` separates two deals of one type between the same parties on one page
    (for example two investments years apart); it is empty for the usual case.
    """
    return _digest(page, deal_type, "|".join(sorted(party_keys)), disambiguator, size=12)


def deal_id(deal_key: str, anchor_event_id: str) -> str:
    """The id of a deal story: its partition key and the event id of its first-seen source."""
    return _digest(deal_key, anchor_event_id, size=12)
