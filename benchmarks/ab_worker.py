"""A/B of worker settings: one worker's backlog, variants (environment overrides) alternated round by round.

Wall-clock rates on a shared 2-core machine say little, so each run reports the worker's CPU ms a page
during the backlog, the same including the time until the group has committed everything (the stories
agents work behind the events the backlog is timed by), and from a py-spy sample of the worker the
ratio of samples outside clean + extract to samples inside them: both sides run in the same process,
so that ratio is the least skewed by other processes' load (benchmarks/PROFILE.md §7).

    python benchmarks/ab_worker.py '{"a": {}, "b": {"SOME_ENV": "1"}}' --rounds 2 --min-pages 600
"""

from __future__ import annotations

import argparse
import collections
import os
import time
from pathlib import Path

import offline
import orjson
import profiles
import streaming

from streams import config

TIMEOUT_S = 600.0
CORE_FRAME = ("clean (streams/pipeline.py", "extract (streams/pipeline.py")
STORIES_FRAME = ("streams/stories/", "StoryFold", "fold_stories", "route_by_deal")


def sample_split(collapsed: Path) -> collections.Counter[str]:
    """py-spy samples: clean + extract ("core"), the stories agents, and the rest (Faust, Kafka, loop)."""
    parts: collections.Counter[str] = collections.Counter()
    for line in collapsed.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if any(frame in stack for frame in CORE_FRAME):
            parts["core"] += int(count)
        elif any(frame in stack for frame in STORIES_FRAME):
            parts["stories"] += int(count)
        else:
            parts["rest"] += int(count)
    return parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("variants", help='JSON: {"name": {"ENV_VAR": "value", ...}, ...}')
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--min-pages", type=int, default=600)
    args = parser.parse_args()
    variants: dict[str, dict[str, str]] = orjson.loads(args.variants)

    settings = config.load()
    mix = offline.build_mix(offline.CORPUS_DIR, args.min_pages)
    offline.warm_up(mix, settings.max_body_bytes)
    mix.outcomes.update((page.url, offline.run_core(page, settings.max_body_bytes)) for page in mix.pages)
    log_dir = settings.state_dir / "ab"
    log_dir.mkdir(parents=True, exist_ok=True)
    base_env = dict(os.environ)
    for round_no in range(args.rounds):
        for name, env in variants.items():
            os.environ.clear()
            os.environ.update({**base_env, **env})  # the workers inherit it
            profile = Path(f"/tmp/ab-{name}-{round_no}.txt")
            with streaming.phase(settings, f"ab-{int(time.time())}-{name}", 1, log_dir, mix, print) as one:
                pid = one.workers[0].process.pid
                cpu_before = streaming.cpu_seconds(pid)
                with profiles.sampled(pid, profile):
                    run = streaming.backlog(one, mix, TIMEOUT_S)
                settled = streaming.settle(one, TIMEOUT_S)
                total_ms = 1000 * (streaming.cpu_seconds(pid) - cpu_before) / len(mix.pages)
            parts = sample_split(profile.with_suffix(".collapsed"))
            print(f"round {round_no} {name}: backlog {run.cpu_ms_per_page:.1f} ms/page ({run.pages_per_s:.1f} pages/s, "
                  f"complete {run.complete}); until committed {total_ms:.1f} ms/page "
                  f"({'never' if settled is None else f'{settled:.0f} s'}); samples rest/core "
                  f"{parts['rest'] / parts['core']:.3f}, stories/core {parts['stories'] / parts['core']:.3f}",
                  flush=True)


if __name__ == "__main__":
    main()
