"""`dealstream ingest`: publish raw pages to `pages.raw` from JSONL, HTML folders and WARC files."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("ingest", help="publish raw pages (JSONL, folders of .html, WARC/WARC.gz)")
    parser.add_argument("paths", nargs="+", help="files or folders")
    parser.add_argument("--topic", help="target topic (default: the raw topic)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tqdm import tqdm

    from streams import config, kafka_clients, sources

    settings = config.load()
    topic = args.topic or settings.topics.raw
    producer = kafka_clients.producer(settings)
    sent = 0
    with tqdm(unit="page", disable=args.quiet, desc=f"ingest -> {topic}", file=sys.stderr) as bar:
        for path in args.paths:
            for key, value in sources.records(Path(path)):
                producer.send(topic, key=key, value=value)
                sent += 1
                bar.update()
    producer.flush()
    producer.close()
    print(f"published {sent} pages to {topic}", file=sys.stderr)
    return 0
