"""Per-language knowledge, one YAML data file a language: adding a language is adding a file."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

_DIR = Path(__file__).parent


@cache
def supported() -> tuple[str, ...]:
    """The ISO 639-1 codes that have a data file here."""
    return tuple(sorted(p.stem for p in _DIR.glob("*.yaml")))


@cache
def load(lang: str) -> dict:
    """The data of one language (an empty dict for a language without a file)."""
    path = _DIR / f"{lang}.yaml"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}
