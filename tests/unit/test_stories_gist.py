"""The gist `compatible` memoises by is kept by event: reused for the same event, never for another."""

import gc

from streams.stories import matching


def _event(status: str) -> dict:
    return {"type": "acquisition", "status": status, "date": "2024-05", "published": "2024-05-02",
            "amount": None, "parties": [{"name": "Acme", "role": "acquirer"}, {"name": "Widget", "role": "target"}]}


def test_a_kept_gist_holds_its_event_so_no_other_event_takes_its_id() -> None:
    first = _event("announced")
    gist = matching._gist(first)
    assert matching._gist(first) is gist
    assert matching._gists[id(first)][0] is first
    del first
    gc.collect()
    others = [_event("completed") for _ in range(1000)]  # any of them could have reused a freed id
    assert all(matching._gist(e)[1] == "completed" for e in others)
