"""`make bench`: the speed table of issue 7, every figure measured in this run on the same pages.

Core (the offline `dealstream extract` path) against trafilatura alone, then the real broker with
one worker (throughput, latency at half of it, memory) and with two workers (scaling). Prints a
markdown table and writes it to benchmarks/latest.md. `--profile` writes pyinstrument profiles of
the core path instead (see benchmarks/PROFILE.md).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import offline
import streaming

from streams import config

HERE = Path(__file__).resolve().parent
GOALS = {
    "core_vs_anchor": 2.0,
    "stream_vs_core": 0.8,
    "p99_ms": 250.0,
    "scale": 1.6,
    "rss_mb": 300.0,
}


def log(message: str) -> None:
    print(f"[{datetime.now(UTC):%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def machine() -> str:
    """CPU model, cores and Python version, for the table's header."""
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}"


def commit() -> str:
    result = subprocess.run(["git", "-C", str(HERE), "describe", "--always", "--dirty"], capture_output=True, text=True)
    return result.stdout.strip() or "unknown"


@dataclass
class Row:
    measure: str
    value: str
    goal: str = ""
    verdict: str = ""


def check(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def cpu_note(result: streaming.Throughput) -> str:
    """Where the time went in a backlog run: a worker near 100% is CPU-bound, the machine near 100% is full."""
    workers = " + ".join(f"{share:.0%}" for share in result.worker_cpu)
    return f"{workers}; {result.machine_busy:.0%} of {os.cpu_count()} cores"


def stream_rows(args: argparse.Namespace, settings: config.Settings, mix: offline.Mix, core: float) -> list[Row]:
    """Throughput, latency and memory with one worker, then throughput with two."""
    run_id = f"bench-{int(time.time())}"
    log_dir = settings.state_dir / "bench"
    log_dir.mkdir(parents=True, exist_ok=True)
    timeout = max(120.0, 10 * len(mix.pages) / core)
    rows = []
    with streaming.local_broker(settings, log):
        with streaming.phase(settings, f"{run_id}-w1", 1, log_dir, mix, log) as one:
            log("1 worker: backlog")
            single = streaming.backlog(one, mix, timeout)
            rss = one.workers[0].peak_rss_mb()
            log(f"1 worker: {single.pages_per_s:.1f} pages/s, peak RSS {rss:.0f} MB; latency at half of it")
            lat = streaming.latency(one, mix, single.pages_per_s / 2, args.latency_seconds, timeout)
        with streaming.phase(settings, f"{run_id}-w2", 2, log_dir, mix, log) as two:
            log("2 workers: backlog")
            double = streaming.backlog(two, mix, timeout)
            rss2 = max(w.peak_rss_mb() for w in two.workers)
    for label, result in (("1 worker", single), ("2 workers", double)):
        if not result.complete:
            seen = f"{result.events}/{result.expected_events}, {result.dead_letters}/{result.expected_dead_letters}"
            rows.append(Row(f"INCOMPLETE {label}: events, dead letters read", seen, "all", "FAIL"))
    stream_ratio = single.pages_per_s / core
    scale = double.pages_per_s / single.pages_per_s
    rows += [
        Row("3. stream, 1 worker, backlog through the broker (pages/s)", f"{single.pages_per_s:.1f}"),
        Row("3. worker CPU / wall time; all cores busy, 1 worker", cpu_note(single)),
        Row(
            "3. stream / core (full mix)",
            f"{stream_ratio:.2f}x",
            f">= {GOALS['stream_vs_core']}x",
            check(stream_ratio >= GOALS["stream_vs_core"]),
        ),
        Row(
            f"4. latency produce -> first event at {lat.rate:.1f} pages/s, {lat.samples} pages: p50 / p95 (ms)",
            f"{lat.p50_ms:.0f} / {lat.p95_ms:.0f}",
        ),
        Row(
            "4. latency p99 (ms)",
            f"{lat.p99_ms:.0f}",
            f"< {GOALS['p99_ms']:.0f} ms",
            check(lat.p99_ms < GOALS["p99_ms"] and lat.complete),
        ),
        Row("5. stream, 2 workers, one group (pages/s)", f"{double.pages_per_s:.1f}"),
        Row("5. workers' CPU / wall time; all cores busy, 2 workers", cpu_note(double)),
        Row("5. 2 workers / 1 worker", f"{scale:.2f}x", f">= {GOALS['scale']}x", check(scale >= GOALS["scale"])),
        Row(
            "6. peak RSS of the worker, 1-worker run (VmHWM, MB)",
            f"{rss:.0f}",
            f"< {GOALS['rss_mb']:.0f} MB",
            check(rss < GOALS["rss_mb"]),
        ),
        Row("6. peak RSS of a worker, 2-worker run (MB)", f"{rss2:.0f}"),
    ]
    return rows


def render(rows: list[Row], header: list[str]) -> str:
    lines = [*header, "", "| measure | value | goal | result |", "|---|---:|---|---|"]
    lines += [f"| {r.measure} | {r.value} | {r.goal} | {r.verdict} |" for r in rows]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=offline.CORPUS_DIR)
    parser.add_argument("--min-pages", type=int, default=2000, help="repeat the corpus to at least this many pages")
    parser.add_argument("--runs", type=int, default=3, help="offline runs (the median is reported)")
    parser.add_argument("--latency-seconds", type=float, default=30.0, help="how long the steady-rate run sends")
    parser.add_argument("--no-stream", action="store_true", help="offline figures only (no broker)")
    parser.add_argument("--profile", type=Path, help="write a pyinstrument profile of the core path here, then exit")
    parser.add_argument("--output", type=Path, default=HERE / "latest.md")
    args = parser.parse_args()

    settings = config.load()
    started = time.monotonic()
    mix = offline.build_mix(args.corpus, args.min_pages)
    log(f"mix: {len(mix.pages)} pages ({len(mix.html_pages)} HTML) from {mix.corpus_pages} corpus pages")
    offline.warm_up(mix, settings.max_body_bytes)
    if args.profile:
        offline.profile_core(mix, settings.max_body_bytes, args.profile)
        log(f"profile written to {args.profile}")
        return 0

    result = offline.measure_offline(mix, settings.max_body_bytes, args.runs, log)
    ratio = result.core_html / result.anchor_html
    events, dead = mix.expected(mix.pages)
    rows = [
        Row(
            f"1. core: read_raw_page -> clean -> extract, full mix (pages/s/core, median of {result.runs})",
            f"{result.core_all:.1f}",
        ),
        Row(
            "2. anchor: trafilatura.extract(include_comments=False), HTML pages (pages/s)", f"{result.anchor_html:.1f}"
        ),
        Row("2. core on the same HTML pages (pages/s)", f"{result.core_html:.1f}"),
        Row(
            "2. core / anchor (HTML pages)",
            f"{ratio:.2f}x",
            f">= {GOALS['core_vs_anchor']}x",
            check(ratio >= GOALS["core_vs_anchor"]),
        ),
    ]
    failed = False
    if not args.no_stream:
        try:
            rows += stream_rows(args, settings, mix, result.core_all)
        except Exception as exc:  # noqa: BLE001 - the offline figures still get reported
            log(f"stream phases failed: {type(exc).__name__}: {exc}")
            rows.append(Row("3-6. stream phases", f"error: {type(exc).__name__}: {str(exc)[:200]}", "", "FAIL"))
            failed = True
    header = [
        f"# dealstream bench, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {commit()}",
        "",
        f"- machine: {machine()}",
        f"- pages: {len(mix.pages)} ({len(mix.html_pages)} HTML, {len(mix.pages) - len(mix.html_pages)} text "
        f"exports): the {mix.corpus_pages} pages of {args.corpus.name} repeated, each copy under its own URL",
        f"- offline path on the mix: {events} events, {dead} dead letters (the stream must give the same)",
        f"- offline runs core / trafilatura (pages/s): {', '.join(f'{v:.1f}' for v in result.core_all_runs)} / "
        f"{', '.join(f'{v:.1f}' for v in result.anchor_runs)}",
        f"- whole bench: {time.monotonic() - started:.0f} s",
    ]
    table = render(rows, header)
    print(table)
    args.output.write_text(table)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
