"""`dealstream offsets reset`: move a consumer group to a point in time, so the worker reprocesses."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("offsets", help="consumer-group offsets")
    actions = parser.add_subparsers(dest="action", required=True)
    reset = actions.add_parser("reset", help="move a stopped group's offsets to a time")
    reset.add_argument("--group", required=True, help="consumer group (the worker's is DEALSTREAM_GROUP)")
    reset.add_argument("--to-datetime", required=True, help="ISO 8601 time")
    reset.add_argument("--topic", help="topic (default: the raw topic)")
    reset.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from streams import config, replay

    settings = config.load()
    topic = args.topic or settings.topics.raw
    moved = replay.reset_group(settings, args.group, topic, replay.parse_time(args.to_datetime))
    for partition, offset in sorted(moved.items()):
        print(f"{args.group} {topic}[{partition}] -> {offset}")
    return 0
