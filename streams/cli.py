"""The `dealstream` command: every module in `streams.commands` adds one subcommand."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from streams import __version__, commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dealstream", description=__doc__)
    parser.add_argument("--version", action="version", version=f"dealstream {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from kafka.errors import KafkaError

    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except KafkaError as exc:
        # one line a user can act on, instead of a traceback from deep inside the client
        print(f"dealstream {args.command}: Kafka error: {type(exc).__name__}: {exc} "
              "(check KAFKA_BOOTSTRAP_SERVERS, and KAFKA_SECURITY_PROTOCOL / KAFKA_SASL_* credentials)",
              file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
