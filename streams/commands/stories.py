"""`dealstream stories`: fold page events (JSON lines) into deal stories offline.

Uses the same functions as the streaming agent, so a file of events gives the stories that the
deals.stories topic ends with (its last state per deal_id).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

import orjson


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("stories", help="fold deal events (JSON lines) into one story per deal")
    parser.add_argument("--input", type=argparse.FileType("rb"), default=sys.stdin.buffer,
                        help="deal events, one JSON object a line (default: stdin)")
    parser.add_argument("--output", type=argparse.FileType("wb"), default=sys.stdout.buffer,
                        help="stories, the last state of each, one a line (default: stdout)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from streams.stories.fold import fold

    events = [orjson.loads(line) for line in args.input if line.strip()]
    stories = fold(events)
    for story in stories:
        args.output.write(orjson.dumps(story) + b"\n")
    args.output.flush()
    sizes = Counter(s["source_count"] for s in stories)
    spread = ", ".join(f"{n} source(s): {c}" for n, c in sorted(sizes.items()))
    print(f"{len(events)} events -> {len(stories)} stories ({spread})", file=sys.stderr)
    return 0
