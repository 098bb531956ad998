"""`dealstream worker`: run the Faust worker until stopped (every agent, or those DEALSTREAM_AGENTS names)."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("worker", help="run a stream worker (one member of the consumer group)")
    parser.add_argument("--loglevel", default="info", choices=["debug", "info", "warning", "error"])
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from streams import config, worker

    worker.run(config.load(), loglevel=args.loglevel)
    return 0
