"""Poison pills on the real broker: every malformed, oversized or pathological record ends in the
dead-letter topic with its reason, or, when it is merely weird but valid, as a clean record with a
stated outcome; the good pages around them come out, the worker never stops, and the counts add up."""

from __future__ import annotations

import base64
from pathlib import Path

import orjson

from tests.conftest import assert_valid
from tests.integration.workers import Worker, consume, numbered_pages, offline_events, produce, values

POISON_URL = "https://poison.test/"
# Reasons of pages that were cleaned (their clean record is published) and then failed extraction.
LATE_REASONS = {"extract_failed", "extract_timeout"}


def page(name: str, body: str) -> bytes:
    return orjson.dumps({"url": POISON_URL + name, "fetched_at": "2025-03-11T10:15:00Z",
                         "content_type": "text/html; charset=utf-8", "body": body})


def html(text: str) -> str:
    return f"<html><body><article><p>{text}</p></article></body></html>"


# key -> (value, where it must end: a dead-letter reason, or "clean:<outcome>")
CASES: dict[bytes, tuple[bytes | None, str]] = {
    b"invalid-json": (b'{"url": "https://poison.test/invalid-json", "body": ', "invalid_json"),
    b"invalid-utf8": (b'{"url": "https://poison.test/\xc3\x28", "body": "\xff\xfe"}', "invalid_utf8"),
    b"json-array": (b'["not", "an", "object"]', "not_an_object"),
    b"json-number": (b"42", "not_an_object"),
    b"tombstone": (None, "not_an_object"),
    b"missing-fields": (b'{"url": "https://poison.test/missing-fields"}', "schema_violation"),
    b"mistyped-fields": (orjson.dumps({"url": 7, "fetched_at": ["yesterday"], "content_type": "text/html",
                                       "body": {"html": "<p>x</p>"}}), "schema_violation"),
    # 20 MB is over DEALSTREAM_MAX_BODY_BYTES (10 MB) but under the broker's and clients' record limit
    b"body-20mb": (page("body-20mb", html("Acme buys Widgets. " * 1_100_000)), "body_too_large"),
    b"binary": (page("binary", bytes(range(256)).decode("latin-1") * 64), "binary_body"),
    # merely weird but valid pages: cleaned, no deal, in bounded time
    b"nested-divs": (page("nested-divs", "<html><body>" + "<div>" * 100_000 + "Acme buys Widgets"
                          + "</div>" * 100_000 + "</body></html>"), "clean:no_article"),
    b"one-char-1mb": (page("one-char-1mb", html("a" * 1_000_000)), "clean:no_article"),
    b"digit-runs": (page("digit-runs", html("1.2,3" * 20_000 + " 9" * 20_000 + ",000,000.5")), "clean:article"),
    b"sentence-100k-words": (page("sentence-100k-words", html(" ".join(["Acme"] * 100_000) + " bought Widgets.")),
                             "clean:article"),
    # a list of 30,000 company names: extraction would take minutes, the stage time limit cuts it off
    b"name-list": (page("name-list", html(" ".join(f"Company{i} Inc and" for i in range(30_000))
                                          + " agreed to acquire Widgets for $1 billion.")), "extract_timeout"),
}


def key_of(url: str) -> bytes:
    """The record key of a page by its URL: the case name of a poison page, the URL of a good one."""
    return url.removeprefix(POISON_URL).encode()


def test_poison_pills_are_dead_lettered_and_good_pages_flow_around_them(settings, tmp_path: Path) -> None:
    good = numbered_pages(8)
    expected_ids = {e["event_id"] for e in offline_events(good)}
    poison = [(key, value) for key, (value, _) in CASES.items()]
    records = good[:2] + poison[:7] + good[2:5] + poison[7:] + good[5:]
    dead_count = sum(1 for _, outcome in CASES.values() if not outcome.startswith("clean:"))
    clean_count = len(records) - dead_count + sum(1 for _, outcome in CASES.values() if outcome in LATE_REASONS)
    worker = Worker(tmp_path / "worker.log").start()
    try:
        produce(settings, settings.topics.raw, records)
        dead = values(consume(settings, settings.topics.dead_letter, dead_count, timeout=180))
        cleaned = values(consume(settings, settings.topics.clean, clean_count))
        events = values(consume(settings, settings.topics.events, len(expected_ids)))
        assert worker.process.poll() is None, "the worker stopped"
        assert worker.http_status("/healthz") == 200
        assert worker.ready()
    finally:
        assert worker.stop() == 0

    outcomes: dict[bytes, str] = {}
    for letter in dead:
        assert_valid(letter, "dead_letter.v1")
        assert letter["detail"], "a dead letter says why"
        assert letter["origin"]["topic"] == settings.topics.raw  # extraction failures too: one hop, from raw
        key = base64.b64decode(letter["key_b64"])
        assert base64.b64decode(letter["original_b64"]) == (CASES[key][0] or b"")
        outcomes[key] = letter["reason"]
    for record in cleaned:
        assert_valid(record, "clean_page.v1")
        outcomes.setdefault(key_of(record["url"]), f"clean:{record['outcome']}")

    good_keys = {key for key, _ in good}
    assert {k: v for k, v in outcomes.items() if k not in good_keys} == {k: v for k, (_, v) in CASES.items()}
    assert {k: v for k, v in outcomes.items() if k in good_keys} == dict.fromkeys(good_keys, "clean:article")
    assert {e["event_id"] for e in events} == expected_ids
    # counts add up: pages in = pages cleaned + pages dead-lettered before cleaning
    raw_letters = [d for d in dead if d["reason"] not in LATE_REASONS]
    assert len(cleaned) + len(raw_letters) == len(records)
