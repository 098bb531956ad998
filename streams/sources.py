"""Raw page records from the files a crawler leaves: JSONL of records, folders of HTML, WARC archives.

Each source yields `(key, value)` pairs ready for `pages.raw`: the key is the page URL, the value
the record's bytes. JSONL lines pass through untouched, so that a broken line still reaches the
worker and is dead-lettered there with its reason, instead of vanishing in the ingest tool.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import orjson

from streams.timestamps import iso_utc

Record = tuple[bytes | None, bytes]

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_-]{2,40})""", re.IGNORECASE)
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def _key_of(line: bytes) -> bytes | None:
    try:
        url = orjson.loads(line).get("url")
    except (orjson.JSONDecodeError, AttributeError):
        return None
    return url.encode() if isinstance(url, str) else None


def jsonl_records(path: Path) -> Iterator[Record]:
    with path.open("rb") as fh:
        for line in fh:
            line = line.rstrip(b"\r\n")
            if line.strip():
                yield _key_of(line), line


def decode_body(data: bytes, declared: str | None = None) -> str:
    """Bytes of a page as text: the declared charset, else the meta charset, else UTF-8, else cp1252."""
    candidates = [declared] if declared else []
    if match := _CHARSET.search(data[:4096]):
        candidates.append(match.group(1).decode("ascii"))
    for charset in [*candidates, "utf-8"]:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")


def page_record(url: str, fetched_at: str, content_type: str, body: str, status: int | None = None) -> bytes:
    record = {"url": url, "fetched_at": fetched_at, "content_type": content_type, "body": body}
    if status is not None:
        record["status"] = status
    return orjson.dumps(record)


def html_file_records(folder: Path) -> Iterator[Record]:
    for path in sorted(p for p in folder.rglob("*") if p.suffix.lower() in HTML_SUFFIXES):
        url = path.resolve().as_uri()
        fetched = iso_utc(datetime.fromtimestamp(path.stat().st_mtime, UTC), timespec="seconds")
        body = decode_body(path.read_bytes())
        yield url.encode(), page_record(url, fetched, "text/html; charset=utf-8", body)


def warc_records(path: Path) -> Iterator[Record]:
    """The HTTP responses of a WARC or WARC.gz file (warcio reads both)."""
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type != "response" or rec.http_headers is None:
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI") or ""
            fetched = rec.rec_headers.get_header("WARC-Date") or ""
            content_type = rec.http_headers.get_header("Content-Type") or "text/html"
            if not content_type.startswith(("text/", "application/xhtml")):
                continue
            declared = None
            if match := re.search(r"charset=([\w-]+)", content_type, re.IGNORECASE):
                declared = match.group(1)
            body = decode_body(rec.content_stream().read(), declared)
            status = int(rec.http_headers.get_statuscode() or 0) or None
            yield url.encode(), page_record(url, fetched, content_type, body, status)


def records(path: Path) -> Iterator[Record]:
    """The records of one path, by its kind: folder, WARC, or JSONL."""
    if path.is_dir():
        return html_file_records(path)
    if path.name.endswith((".warc", ".warc.gz")):
        return warc_records(path)
    return jsonl_records(path)
