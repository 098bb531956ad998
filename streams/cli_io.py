"""Binary file handles for the CLI, with '-' meaning stdin or stdout."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO


@contextmanager
def open_in(path: str) -> Iterator[BinaryIO]:
    if path == "-":
        yield sys.stdin.buffer
    else:
        with open(path, "rb") as fh:
            yield fh


@contextmanager
def open_out(path: str | None) -> Iterator[BinaryIO | None]:
    """An output handle; None when no path was given (the output is not wanted)."""
    if path is None:
        yield None
    elif path == "-":
        yield sys.stdout.buffer
        sys.stdout.flush()
    else:
        with open(path, "wb") as fh:
            yield fh
