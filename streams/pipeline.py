"""The one path of a record from topic to topic, as plain functions: no Kafka in sight.

The Faust agents, `dealstream extract` and `dealstream replay` all call these, so a page gives the
same clean record and the same events whichever way it travels. Every failure is a `Rejected`
with a stage and a bounded reason, which the callers turn into a dead letter.
"""

from __future__ import annotations

import base64
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import orjson

from streams.cleaning import clean_page
from streams.extraction import extract_events
from streams.schemas import ValidationError, validator
from streams.timestamps import now_iso

# A page whose processing takes longer than this is dead-lettered, not waited for.
STAGE_TIME_LIMIT_S = 10.0


@dataclass(frozen=True)
class Origin:
    """Where a record was read from."""

    topic: str
    partition: int
    offset: int
    timestamp_ms: int | None = None

    def as_dict(self) -> dict:
        return {"topic": self.topic, "partition": self.partition, "offset": self.offset,
                "timestamp_ms": self.timestamp_ms}


class Rejected(Exception):
    """A record that cannot be processed: `reason` is a bounded code (schemas/dead_letter.v1.json)."""

    def __init__(self, stage: str, reason: str, detail: str, url: str | None = None) -> None:
        super().__init__(f"{stage}/{reason}: {detail}")
        self.stage, self.reason, self.detail, self.url = stage, reason, detail, url


class _TimeLimitExceeded(Exception):
    pass


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Interrupt Python-level work that runs too long (main thread only; elsewhere it is a no-op). The limit is
    the process's CPU time (ITIMER_PROF), not the wall clock: a loaded machine slows every page, and a wall-clock
    limit then dead-letters pages that are merely waiting for a core."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def _expire(signum, frame):  # noqa: ARG001 - the signal handler's signature
        raise _TimeLimitExceeded

    previous = signal.signal(signal.SIGPROF, _expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _decode_object(value: bytes | None, stage: str) -> dict:
    if value is None:
        raise Rejected(stage, "not_an_object", "the record has no value (a tombstone)")
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Rejected(stage, "invalid_utf8", f"not UTF-8 at byte {exc.start}: {exc.reason}") from None
    try:
        record = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise Rejected(stage, "invalid_json", f"not JSON: {exc}") from None
    if not isinstance(record, dict):
        raise Rejected(stage, "not_an_object", f"JSON {type(record).__name__}, not an object")
    return record


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _looks_binary(body: str) -> bool:
    """A body with NUL or many control characters is a binary file decoded as text, not a page."""
    sample = body[:4096]
    return "\x00" in sample or len(_CONTROL_CHARS.findall(sample)) > len(sample) // 20


def read_raw_page(value: bytes | None, max_body_bytes: int) -> dict:
    """Decode and validate a `pages.raw` record (schemas/raw_page.v1.json)."""
    if value is not None and len(value) > max_body_bytes:
        raise Rejected("decode", "body_too_large", f"record of {len(value)} bytes, limit {max_body_bytes}")
    page = _decode_object(value, "decode")
    url = page.get("url") if isinstance(page.get("url"), str) else None
    try:
        validator("raw_page.v1")(page)
    except ValidationError as exc:
        raise Rejected("validate", "schema_violation", exc.message, url) from None
    if _looks_binary(page["body"]):
        raise Rejected("validate", "binary_body", "the body holds binary data, not a page", url)
    return page


def clean(page: dict) -> dict:
    """The clean record of a validated raw page; any failure becomes a `Rejected` of stage clean."""
    try:
        with _time_limit(STAGE_TIME_LIMIT_S):
            return clean_page(page)
    except _TimeLimitExceeded:
        raise Rejected("clean", "clean_timeout", f"cleaning took over {STAGE_TIME_LIMIT_S:g} s",
                       page.get("url")) from None
    except Exception as exc:  # noqa: BLE001 - any bug in cleaning must dead-letter, not stop the worker
        raise Rejected("clean", "clean_failed", f"{type(exc).__name__}: {exc}", page.get("url")) from exc


def read_clean_page(value: bytes | None) -> dict:
    """Decode a `pages.clean` record (written by `clean`, so only its envelope is checked)."""
    record = _decode_object(value, "decode")
    if not isinstance(record.get("text"), str) or not isinstance(record.get("page_id"), str):
        raise Rejected("validate", "schema_violation", "a clean page needs 'text' and 'page_id'",
                       record.get("url"))
    return record


def read_deal_event(value: bytes | None) -> dict:
    """Decode a `deals.events` record (written by `extract`, so only what stories need is checked)."""
    record = _decode_object(value, "decode")
    if not isinstance(record.get("event_id"), str) or not isinstance(record.get("type"), str):
        raise Rejected("validate", "schema_violation", "a deal event needs 'event_id' and 'type'")
    return record


def extract(clean_record: dict) -> list[dict]:
    """The deal events of a clean page, stamped with the processing time."""
    if clean_record.get("outcome") == "no_article":
        return []
    try:
        with _time_limit(STAGE_TIME_LIMIT_S):
            events = extract_events(clean_record)
    except _TimeLimitExceeded:
        raise Rejected("extract", "extract_timeout", f"extraction took over {STAGE_TIME_LIMIT_S:g} s",
                       clean_record.get("url")) from None
    except Exception as exc:  # noqa: BLE001 - any bug in extraction must dead-letter, not stop the worker
        raise Rejected("extract", "extract_failed", f"{type(exc).__name__}: {exc}",
                       clean_record.get("url")) from exc
    processed_at = now_iso()
    for event in events:
        event["processed_at"] = processed_at
    return events


def dead_letter(value: bytes | None, key: bytes | None, origin: Origin | None, rejected: Rejected) -> dict:
    """The dead-letter record (schemas/dead_letter.v1.json): original bytes, origin and reason."""
    return {
        "schema_version": 1,
        "stage": rejected.stage,
        "reason": rejected.reason,
        "detail": rejected.detail[:2000],
        "origin": origin.as_dict() if origin else None,
        "key_b64": base64.b64encode(key).decode() if key is not None else None,
        "original_b64": base64.b64encode(value or b"").decode(),
        "url": rejected.url,
        "dead_at": now_iso(),
    }


def dumps(record: dict) -> bytes:
    """Every record on every topic is serialised here."""
    return orjson.dumps(record)
