"""What the stories agent costs a page of the bench mix, without Faust or Kafka: the events of every page
(the offline path) folded by `StoryFold` in batches (which finds each event's table keys itself), against a dict table.

Prints, for each batch size, the CPU ms a page of route + fold + JSON, the kB a page the agent writes to
its table changelog and to the stories topic, and the final table's sha256 (equal for every batch size:
the stories depend only on which events arrived). See benchmarks/PROFILE.md §5.
"""

from __future__ import annotations

import argparse
import hashlib
import time

from offline import CORPUS_DIR, build_mix

from streams import pipeline
from streams.worker import StoryFold


def mix_events(min_pages: int, max_body: int) -> tuple[int, list[bytes]]:
    """(pages, the encoded events of every page of the mix in publishing order)."""
    mix = build_mix(CORPUS_DIR, min_pages)
    events = []
    for page in mix.pages:
        try:
            record = pipeline.clean(pipeline.read_raw_page(page.value, max_body))
            events += [pipeline.dumps(event) for event in pipeline.extract(record)]
        except pipeline.Rejected:
            continue
    return len(mix.pages), events


def fold(events: list[bytes], batch: int) -> tuple[float, int, int, str]:
    """(CPU seconds, table bytes written, stories bytes published, sha256 of the final table)."""
    table: dict[bytes, bytes] = {}
    written = published = 0
    start = time.process_time()
    for first in range(0, len(events), batch):
        batch_fold = StoryFold(table.get)
        for value in events[first:first + batch]:
            batch_fold.add(value)
        published += sum(len(value or b"") for _, value in batch_fold.messages())
        values = list(batch_fold.table_values())
        written += sum(len(value) for _, value in values)
        table.update(values)
    cpu = time.process_time() - start
    digest = hashlib.sha256(b"".join(key + value for key, value in sorted(table.items()))).hexdigest()
    return cpu, written, published, digest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-pages", type=int, default=2000)
    parser.add_argument("--batch", type=int, nargs="+", default=[64, 256])
    args = parser.parse_args()
    pages, events = mix_events(args.min_pages, 10_000_000)
    print(f"{pages} pages, {len(events)} events")
    for batch in args.batch:
        cpu, written, published, digest = fold(events, batch)
        print(f"batch {batch}: {cpu / pages * 1000:.2f} ms CPU a page; table {written / pages / 1024:.0f} kB "
              f"and stories {published / pages / 1024:.0f} kB a page; table sha256 {digest[:16]}")


if __name__ == "__main__":
    main()
