"""`dealstream extract`: the offline batch path, the very functions the agents run, no broker."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("extract", help="clean pages and extract deal events from a JSONL file, offline")
    parser.add_argument("--input", default="-", help="JSONL of raw page records (default: stdin)")
    parser.add_argument("--output", default="-", help="JSONL of deal events (default: stdout)")
    parser.add_argument("--clean-output", help="also write the clean page records ({url, text, ...}) here")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from streams import config, pipeline
    from streams.cli_io import open_in, open_out

    max_body = config.load().max_body_bytes
    counts = {"pages": 0, "cleaned": 0, "failed": 0, "events": 0}
    with open_in(args.input) as src, open_out(args.output) as out, open_out(args.clean_output) as clean_out:
        for line_no, line in enumerate(src, 1):
            if not line.strip():
                continue
            counts["pages"] += 1
            try:
                record = pipeline.clean(pipeline.read_raw_page(line.rstrip(b"\r\n"), max_body))
                counts["cleaned"] += 1
                if clean_out:
                    clean_out.write(pipeline.dumps(record) + b"\n")
                events = pipeline.extract(record)
            except pipeline.Rejected as rejected:
                counts["failed"] += 1
                print(f"line {line_no}: {rejected.stage}/{rejected.reason}: {rejected.detail}", file=sys.stderr)
                continue
            counts["events"] += len(events)
            for event in events:
                out.write(pipeline.dumps(event) + b"\n")
    print(" ".join(f"{k}={v}" for k, v in counts.items()), file=sys.stderr)
    return 0
