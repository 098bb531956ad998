"""The one timestamp format of every record: ISO 8601 in UTC, ending in Z."""

from __future__ import annotations

from datetime import UTC, datetime


def iso_utc(moment: datetime, timespec: str = "milliseconds") -> str:
    return moment.astimezone(UTC).isoformat(timespec=timespec).replace("+00:00", "Z")


def now_iso() -> str:
    return iso_utc(datetime.now(UTC))
