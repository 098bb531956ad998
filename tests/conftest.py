"""Shared test helpers: the corpus location and schema validation with the project's own schemas."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import orjson
import pytest
from referencing import Registry, Resource

from streams.cleaning import clean_page

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SCHEMAS = ROOT / "schemas"


def _registry() -> Registry:
    resources = []
    for path in SCHEMAS.glob("*.json"):
        doc = orjson.loads(path.read_bytes())
        resources.append((doc["$id"], Resource.from_contents(doc)))
    return Registry().with_resources(resources)


REGISTRY = _registry()


def assert_valid(record: dict, schema_name: str) -> None:
    """Fail unless `record` is valid against `schemas/<schema_name>.json` (refs resolved)."""
    schema = orjson.loads((SCHEMAS / f"{schema_name}.json").read_bytes())
    jsonschema.Draft202012Validator(schema, registry=REGISTRY).validate(record)


def corpus_pages(folder: str = "dev") -> list[dict]:
    """The documents of `../shared/corpus/<folder>` (gold files), sorted by name."""
    docs = [orjson.loads(p.read_bytes()) for p in sorted((CORPUS / folder).glob("*.json"))]
    return [d for d in docs if "page" in d]


def export_lines(lines: list[str], separator: str = "\n\n") -> list[str]:
    """The clean text, line by line, of a text/plain crawler export made of `lines`."""
    page = {"url": "https://news.example/a", "fetched_at": "2025-01-01T00:00:00Z", "content_type": "text/plain"}
    return clean_page({**page, "body": separator.join(lines)})["text"].split("\n")


@pytest.fixture
def raw_page() -> dict:
    return {
        "url": "https://example.test/news/1",
        "fetched_at": "2025-03-11T10:15:00Z",
        "content_type": "text/html; charset=utf-8",
        "body": "<html><body><nav><a href='/'>Home</a></nav><article><h1>Acme buys Widgets for $1.2bn</h1>"
                "<p>Acme Corp said on Monday it had agreed to buy Widgets Inc., a maker of industrial sensors, "
                "for $1.2 billion in cash.</p><p>The deal is expected to close in the third quarter, subject "
                "to regulatory approval. Widgets employs 800 people in Ohio and Bavaria.</p></article>"
                "<footer>Subscribe to our newsletter</footer></body></html>",
    }
