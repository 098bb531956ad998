"""Every dead-letter reason of the pipeline, and the records it builds, against their schemas."""

from __future__ import annotations

import base64
import time

import orjson
import pytest

from streams import pipeline
from streams.pipeline import Origin, Rejected
from tests.conftest import assert_valid

LIMIT = 1_000_000
ORIGIN = Origin("pages.raw", 2, 41, 1700000000000)


def rejection(value: bytes | None) -> Rejected:
    with pytest.raises(Rejected) as info:
        pipeline.read_raw_page(value, LIMIT)
    return info.value


@pytest.mark.parametrize(
    ("value", "stage", "reason"),
    [
        (b"\xff\xfe{not utf8", "decode", "invalid_utf8"),
        (b'{"url": "x", ', "decode", "invalid_json"),
        (b"[1, 2, 3]", "decode", "not_an_object"),
        (b'"just a string"', "decode", "not_an_object"),
        (None, "decode", "not_an_object"),
        (b'{"url": "https://a.test/"}', "validate", "schema_violation"),
        (b'{"url": "https://a.test/", "fetched_at": "2024-01-01T00:00:00Z", "content_type": "text/html",'
         b' "body": 42}', "validate", "schema_violation"),
        (b'{"url": 7, "fetched_at": "2024-01-01T00:00:00Z", "content_type": "text/html", "body": ""}',
         "validate", "schema_violation"),
        (b"x" * (LIMIT + 1), "decode", "body_too_large"),
        (orjson.dumps({"url": "https://a.test/", "fetched_at": "2024-01-01T00:00:00Z",
                       "content_type": "text/html", "body": "\x00\x01\x02PK\x03\x04" * 50}),
         "validate", "binary_body"),
    ],
)
def test_bad_records_are_rejected_with_their_reason(value, stage, reason):
    rejected = rejection(value)
    assert (rejected.stage, rejected.reason) == (stage, reason)
    assert rejected.detail


def test_schema_violation_keeps_the_url():
    assert rejection(b'{"url": "https://a.test/", "body": 1}').url == "https://a.test/"


def test_valid_page_is_read(raw_page):
    assert pipeline.read_raw_page(orjson.dumps(raw_page), LIMIT) == raw_page


def test_clean_failure_and_timeout_are_rejections(raw_page, monkeypatch):
    def broken(page):
        raise ValueError("boom")

    monkeypatch.setattr(pipeline, "clean_page", broken)
    with pytest.raises(Rejected) as info:
        pipeline.clean(raw_page)
    assert (info.value.stage, info.value.reason) == ("clean", "clean_failed")
    assert "boom" in info.value.detail

    def slow(page):
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            pass

    monkeypatch.setattr(pipeline, "clean_page", slow)
    monkeypatch.setattr(pipeline, "STAGE_TIME_LIMIT_S", 0.2)
    with pytest.raises(Rejected) as info:
        pipeline.clean(raw_page)
    assert info.value.reason == "clean_timeout"


def test_extract_failure_and_timeout_are_rejections(raw_page, monkeypatch):
    record = pipeline.clean(raw_page)

    def broken(clean):
        raise KeyError("text")

    monkeypatch.setattr(pipeline, "extract_events", broken)
    with pytest.raises(Rejected) as info:
        pipeline.extract(record)
    assert (info.value.stage, info.value.reason) == ("extract", "extract_failed")

    def slow(clean):
        while True:
            pass

    monkeypatch.setattr(pipeline, "extract_events", slow)
    monkeypatch.setattr(pipeline, "STAGE_TIME_LIMIT_S", 0.2)
    with pytest.raises(Rejected) as info:
        pipeline.extract(record)
    assert info.value.reason == "extract_timeout"


def test_clean_record_without_text_is_rejected():
    with pytest.raises(Rejected) as info:
        pipeline.read_clean_page(b'{"url": "u"}')
    assert info.value.reason == "schema_violation"


def test_dead_letter_keeps_original_bytes_and_origin():
    value = b"\xff\xfe{not utf8"
    record = pipeline.dead_letter(value, b"key", ORIGIN, rejection(value))
    assert_valid(record, "dead_letter.v1")
    assert base64.b64decode(record["original_b64"]) == value
    assert base64.b64decode(record["key_b64"]) == b"key"
    assert record["origin"] == {"topic": "pages.raw", "partition": 2, "offset": 41, "timestamp_ms": 1700000000000}
    assert (record["stage"], record["reason"]) == ("decode", "invalid_utf8")


def test_clean_and_event_records_match_their_schemas(raw_page):
    record = pipeline.clean(raw_page)
    record["origin"] = ORIGIN.as_dict()
    assert_valid(record, "clean_page.v1")
    events = pipeline.extract(record)
    for event in events:
        assert_valid(event, "deal_event.v1")
        assert record["text"][event["evidence"]["start"]:event["evidence"]["end"]] == event["evidence"]["text"]


def test_same_page_gives_same_event_ids(raw_page):
    first = pipeline.extract(pipeline.clean(raw_page))
    second = pipeline.extract(pipeline.clean(dict(raw_page)))
    assert [e["event_id"] for e in first] == [e["event_id"] for e in second]


def test_a_stage_waiting_for_a_core_is_not_timed_out(raw_page, monkeypatch):
    """The stage limit counts the worker's CPU time: a page slowed by a loaded machine (here: asleep, using no CPU)
    is cleaned, not dead-lettered; busy work over the limit still is (the test above)."""
    real = pipeline.clean_page

    def waiting(page):
        time.sleep(0.5)
        return real(page)

    monkeypatch.setattr(pipeline, "clean_page", waiting)
    monkeypatch.setattr(pipeline, "STAGE_TIME_LIMIT_S", 0.2)
    assert pipeline.clean(raw_page)["outcome"] == "article"
