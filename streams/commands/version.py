"""`dealstream version`: the package and extractor versions."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("version", help="print the package version")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from streams import __version__

    print(__version__)
    return 0
