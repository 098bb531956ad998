"""The JSON Schemas of `schemas/`, compiled once, so that every stage validates with the same contract."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

import fastjsonschema
import orjson

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"

ValidationError = fastjsonschema.JsonSchemaException


def schema(name: str) -> dict:
    """The schema document `schemas/<name>.json`, e.g. `raw_page.v1`."""
    return orjson.loads((SCHEMA_DIR / f"{name}.json").read_bytes())


@cache
def validator(name: str) -> Callable[[dict], dict]:
    """A compiled validator of `schemas/<name>.json`; raises ValidationError on a bad record."""
    return fastjsonschema.compile(schema(name), formats={"date-time": r"^\d{4}-\d{2}-\d{2}"})
