"""The ingest sources: JSONL passes through untouched, HTML folders and WARC files become raw pages."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import orjson
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from streams import pipeline, sources

PAGE = "<html><head><meta charset='iso-8859-1'></head><body><p>Übernahme für 5 Mio. Euro</p></body></html>"


def test_jsonl_lines_pass_through_untouched_even_broken(tmp_path: Path) -> None:
    good = b'{"url": "https://a.test/1", "fetched_at": "2025-01-01T00:00:00Z", "content_type": "text/html", "body": ""}'
    path = tmp_path / "pages.jsonl"
    path.write_bytes(good + b"\n\n{broken\n")
    assert list(sources.records(path)) == [(b"https://a.test/1", good), (None, b"{broken")]


def test_html_folder_becomes_valid_raw_pages(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.html").write_bytes(PAGE.encode("iso-8859-1"))
    (tmp_path / "notes.txt").write_text("not a page")
    [(key, value)] = list(sources.records(tmp_path))
    page = pipeline.read_raw_page(value, 1_000_000)
    assert key.decode() == page["url"] and page["url"].startswith("file://")
    assert "Übernahme für 5 Mio. Euro" in page["body"]  # decoded with the page's own meta charset


def _warc(path: Path) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, ctype, body in [
            ("https://news.test/deal", "text/html; charset=utf-8", "<p>Acme kauft Widget für 1,2 Mrd. Euro</p>"),
            ("https://news.test/logo.png", "image/png", "\x89PNG"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                                          http_headers=headers))
        writer.write_record(writer.create_warc_record("https://news.test/deal", "request",
                                                      payload=io.BytesIO(b"GET /deal HTTP/1.1\r\n\r\n")))


def test_warc_gz_responses_become_raw_pages(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    with gzip.open(path) as fh:
        assert fh.read(4) == b"WARC"
    records = list(sources.records(path))
    assert [key for key, _ in records] == [b"https://news.test/deal"]  # no image, no request record
    page = orjson.loads(records[0][1])
    assert page["status"] == 200 and page["content_type"].startswith("text/html")
    assert page["body"] == "<p>Acme kauft Widget für 1,2 Mrd. Euro</p>"
    assert pipeline.read_raw_page(records[0][1], 1_000_000)["fetched_at"][:4].isdigit()
