"""`dealstream replay`: re-run cleaning and extraction over a window of a topic (a backfill)."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("replay", help="re-run the pipeline over a time or offset window (backfill)")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--since", help="start time, ISO 8601 (e.g. 2025-03-01T00:00:00Z)")
    where.add_argument("--from-offsets", help="start offsets per partition, e.g. 0:120,1:95")
    parser.add_argument("--until", help="stop time, ISO 8601 (default: the end of the topic now)")
    parser.add_argument("--from", dest="source", choices=["raw", "clean"], default="raw",
                        help="raw: clean and extract pages.raw; clean: only extract pages.clean")
    parser.add_argument("--to-topic", help="where to publish the events (default: the events topic)")
    parser.add_argument("--dry-run", action="store_true", help="count what would be published, publish nothing")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from tqdm import tqdm

    from streams import config, replay

    settings = config.load()
    window_args = {
        "since_ms": replay.parse_time(args.since) if args.since else None,
        "until_ms": replay.parse_time(args.until) if args.until else None,
        "from_offsets": replay.parse_offsets(args.from_offsets) if args.from_offsets else None,
    }
    to_topic = args.to_topic or settings.topics.events
    with tqdm(unit="page", disable=args.quiet, desc=f"replay {args.source}", file=sys.stderr) as bar:
        counts = replay.replay(settings, args.source, window_args, to_topic, args.dry_run,
                               progress=bar.update, on_window=lambda n: setattr(bar, "total", n))
    verb = "would publish" if args.dry_run else "published"
    reasons = ", ".join(f"{k}={v}" for k, v in sorted(counts.reasons.items()))
    print(f"pages={counts.pages} events={counts.events} ({verb} to {to_topic}) "
          f"dead_letters={counts.dead_letters}{f' ({reasons})' if reasons else ''}")
    return 0
