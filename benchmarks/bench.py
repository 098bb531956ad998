"""`make bench`: the speed table of issue 7, every figure measured in this run on the same pages.

Core (the offline `dealstream extract` path) against trafilatura alone, then the real broker with
one worker (throughput, latency at half of it, memory) and with two workers (scaling). Prints a
markdown table and writes it to benchmarks/latest.md. `--profile` writes a pyinstrument profile of
the core path instead, `--worker-profile` a py-spy summary of the worker (see benchmarks/PROFILE.md).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import offline
import profiles
import streaming

from streams import config

HERE = Path(__file__).resolve().parent
WORKER_PARTS = {False: "clean, extract, Faust, Kafka, JSON, stories",
                True: "clean, extract, Faust, Kafka, JSON; stories in their own process"}
GOALS = {"core_vs_anchor": 2.0, "stream_vs_core": 0.8, "p99_ms": 250.0, "scale": 1.6, "rss_mb": 300.0}


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


def rate(value: offline.Rate) -> str:
    return f"{value.wall:.1f} (CPU time: {value.cpu:.1f})"


def error_row(measure: str, exc: Exception) -> Row:
    log(f"{measure} failed: {type(exc).__name__}: {exc}")
    return Row(measure, f"error: {type(exc).__name__}: {str(exc)[:300]}", "", "FAIL")


def cpu_note(result: streaming.Throughput) -> str:
    """Where the time went in a backlog run: a worker near 100% is CPU-bound, the machine near 100% is full."""
    workers = " + ".join(f"{share:.0%}" for share in result.worker_cpu)
    broker = "" if result.broker_cpu is None else f", broker {result.broker_cpu:.0%}"
    stories = "" if result.stories_cpu is None else f", stories process {result.stories_cpu:.0%}"
    return (
        f"workers {workers}{stories}{broker}, bench {result.bench_cpu:.0%}; all {os.cpu_count()} cores "
        f"{result.machine_busy:.0%} busy; workers {result.cpu_ms_per_page:.1f} ms CPU/page"
    )


def settled_row(result: streaming.Throughput, settled: float | None, item: str = "3.") -> Row:
    """When the stories agent, which works behind the events the backlog is timed by, caught up too."""
    measure = f"{item} stories caught up (group committed every record): s after the last event; pages/s so"
    if settled is None:
        return Row(measure, "not within the timeout", "", "FAIL")
    return Row(measure, f"{settled:.1f}; {result.pages / (result.elapsed_s + settled):.1f}")


def incomplete(label: str, result: streaming.Throughput) -> list[Row]:
    if result.complete:
        return []
    seen = f"{result.events}/{result.expected_events}, {result.dead_letters}/{result.expected_dead_letters}"
    return [Row(f"INCOMPLETE {label}: events, dead letters read ({result.missing})", seen, "all", "FAIL")]


def one_worker(
    args: argparse.Namespace,
    settings: config.Settings,
    mix: offline.Mix,
    core: offline.Rate,
    name: str,
    timeout: float,
) -> tuple[list[Row], float]:
    """Backlog throughput, peak memory, then latency at half that throughput, with one worker."""
    with streaming.phase(settings, name, 1, settings.state_dir / "bench", mix, log, args.separate_stories) as one:
        log("1 worker: backlog" + (" (sampled by py-spy)" if args.worker_profile else ""))
        pid = one.workers[0].process.pid
        spy = profiles.sampled(pid, args.worker_profile) if args.worker_profile else contextlib.nullcontext()
        with spy:
            single = streaming.backlog(one, mix, timeout)
        log(f"1 worker: {single.pages_per_s:.1f} pages/s; waiting for the stories agent to catch up")
        settled = streaming.settle(one, timeout)
        rss = one.workers[0].peak_rss_mb()
        caught_up = "never" if settled is None else f"{settled:.0f} s later"
        log(f"1 worker: stories caught up {caught_up}, peak RSS {rss:.0f} MB; latency at half of the backlog rate")
        lat = streaming.latency(one, mix, single.pages_per_s / 2, args.latency_seconds, timeout)
    ratio = single.pages_per_s / core.wall
    core_ms = 1000 / core.cpu
    rows = [
        *incomplete("1 worker", single),
        Row("3. stream, 1 worker, backlog through the broker (pages/s)", f"{single.pages_per_s:.1f}"),
        Row("3. CPU time / wall time during the backlog, 1 worker", cpu_note(single)),
        settled_row(single, settled),
        Row(
            f"3. CPU ms per page: worker ({WORKER_PARTS[args.separate_stories]}) / core path",
            f"{single.cpu_ms_per_page:.1f} / {core_ms:.1f} ({single.cpu_ms_per_page / core_ms:.2f}x)",
        ),
        Row(
            "3. stream / core (full mix)",
            f"{ratio:.2f}x (CPU time: {core_ms / single.cpu_ms_per_page:.2f}x)",
            f">= {GOALS['stream_vs_core']}x",
            check(ratio >= GOALS["stream_vs_core"] and single.complete),
        ),
        Row(
            f"4. latency produce -> first event at {lat.rate:.1f} pages/s, {lat.samples} pages: p50 / p95 (ms)",
            f"{lat.p50_ms:.0f} / {lat.p95_ms:.0f}",
        ),
        Row(
            "4. of it, produce -> page extracted (event's processed_at): p50 / p99 (ms)",
            f"{lat.extracted_p50_ms:.0f} / {lat.extracted_p99_ms:.0f}",
        ),
        Row(
            "4. latency p99 (ms)",
            f"{lat.p99_ms:.0f}",
            f"< {GOALS['p99_ms']:.0f} ms",
            check(lat.p99_ms < GOALS["p99_ms"] and lat.complete),
        ),
        Row(
            "6. peak RSS of the worker in the backlog run (VmHWM, MB)",
            f"{rss:.0f}",
            f"< {GOALS['rss_mb']:.0f} MB",
            check(rss < GOALS["rss_mb"]),
        ),
    ]
    return rows, single.pages_per_s


def two_workers(
    args: argparse.Namespace, settings: config.Settings, mix: offline.Mix, single: float | None, name: str,
    timeout: float
) -> list[Row]:
    """Backlog throughput of two workers in one group, against one worker's."""
    with streaming.phase(settings, name, 2, settings.state_dir / "bench", mix, log, args.separate_stories) as two:
        log("2 workers: backlog")
        double = streaming.backlog(two, mix, timeout)
        settled = streaming.settle(two, timeout)
        rss = max(w.peak_rss_mb() for w in two.workers)
    rows = [
        *incomplete("2 workers", double),
        Row("5. stream, 2 workers, one group (pages/s)", f"{double.pages_per_s:.1f}"),
        Row("5. CPU time / wall time during the backlog, 2 workers", cpu_note(double)),
        settled_row(double, settled, "5."),
    ]
    if single:
        scale = double.pages_per_s / single
        rows.append(
            Row(
                "5. 2 workers / 1 worker",
                f"{scale:.2f}x",
                f">= {GOALS['scale']}x",
                check(scale >= GOALS["scale"] and double.complete),
            )
        )
    rows.append(Row("6. peak RSS of a worker, 2 workers (MB)", f"{rss:.0f}"))
    return rows


def stream_rows(
    args: argparse.Namespace, settings: config.Settings, mix: offline.Mix, core: offline.Rate
) -> tuple[list[Row], bool]:
    """The broker phases; one failing still leaves the other's rows. Returns (rows, whether one failed)."""
    run_id = f"bench-{int(time.time())}"
    (settings.state_dir / "bench").mkdir(parents=True, exist_ok=True)
    timeout = max(120.0, 10 * len(mix.pages) / core.wall)
    rows: list[Row] = []
    single = None
    failed = False
    with streaming.local_broker(settings, log):
        try:
            one_rows, single = one_worker(args, settings, mix, core, f"{run_id}-w1", timeout)
            rows += one_rows
        except Exception as exc:  # noqa: BLE001 - report it and go on with the other phase
            rows.append(error_row("3, 4, 6. one worker", exc))
            failed = True
        if args.no_scale:
            return rows, failed
        try:
            rows += two_workers(args, settings, mix, single, f"{run_id}-w2", timeout)
        except Exception as exc:  # noqa: BLE001 - report it with the rest
            rows.append(error_row("5. two workers", exc))
            failed = True
    return rows, failed


def render(rows: list[Row], header: list[str]) -> str:
    lines = [*header, "", "| measure | value | goal | result |", "|---|---:|---|---|"]
    by_item = sorted(rows, key=lambda r: r.measure[:1] if r.measure[:1].isdigit() else "0")  # problems first
    lines += [f"| {r.measure} | {r.value} | {r.goal} | {r.verdict} |" for r in by_item]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=offline.CORPUS_DIR)
    parser.add_argument("--min-pages", type=int, default=2000, help="repeat the corpus to at least this many pages")
    parser.add_argument("--runs", type=int, default=3, help="offline runs (the median is reported)")
    parser.add_argument("--latency-seconds", type=float, default=30.0, help="how long the steady-rate run sends")
    parser.add_argument("--no-stream", action="store_true", help="offline figures only (no broker)")
    parser.add_argument(
        "--no-scale", action="store_true", help="skip the 2-worker phase (quicker runs comparing one worker's cost)"
    )
    parser.add_argument(
        "--separate-stories",
        action="store_true",
        help="workers only clean and extract; one more process runs the stories agents (DEALSTREAM_AGENTS)",
    )
    parser.add_argument("--profile", type=Path, help="write a pyinstrument profile of the core path here, then exit")
    parser.add_argument(
        "--worker-profile",
        type=Path,
        help="sample the worker with py-spy during the 1-worker backlog; write a summary here",
    )
    parser.add_argument("--output", type=Path, default=HERE / "latest.md")
    args = parser.parse_args()

    settings = config.load()
    started = time.monotonic()
    mix = offline.build_mix(args.corpus, args.min_pages)
    log(f"mix: {len(mix.pages)} pages ({len(mix.html_pages)} HTML) from {mix.corpus_pages} corpus pages")
    offline.warm_up(mix, settings.max_body_bytes)
    if args.profile:
        profiles.profile_core(mix, settings.max_body_bytes, args.profile)
        log(f"profile written to {args.profile}")
        return 0

    result = offline.measure_offline(mix, settings.max_body_bytes, args.runs, log)
    ratio = result.core_html.wall / result.anchor_html.wall
    ratio_cpu = result.core_html.cpu / result.anchor_html.cpu
    events, dead = mix.expected(mix.pages)
    rows = [
        Row(
            f"1. core: read_raw_page -> clean -> extract, full mix (pages/s/core, median of {args.runs})",
            rate(result.core_all),
        ),
        Row("2. anchor: trafilatura.extract(include_comments=False), HTML pages (pages/s)", rate(result.anchor_html)),
        Row("2. core on the same HTML pages (pages/s)", rate(result.core_html)),
        Row(
            "2. core / anchor (HTML pages)",
            f"{ratio:.2f}x (CPU time: {ratio_cpu:.2f}x)",
            f">= {GOALS['core_vs_anchor']}x",
            check(ratio >= GOALS["core_vs_anchor"]),
        ),
    ]
    failed = False
    if not args.no_stream:
        stream, failed = stream_rows(args, settings, mix, result.core_all)
        rows += stream
    header = [
        f"# dealstream bench, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {commit()}",
        "",
        f"- machine: {machine()}",
        f"- pages: {len(mix.pages)} ({len(mix.html_pages)} HTML, {len(mix.pages) - len(mix.html_pages)} text "
        f"exports): the {mix.corpus_pages} pages of {args.corpus.name} repeated, each copy under its own URL",
        f"- offline path on the mix: {events} events, {dead} dead letters (the stream must give the same)",
        f"- offline runs, core / trafilatura (pages/s, wall clock): "
        f"{', '.join(f'{r.wall:.1f}' for r in result.core_all_runs)} / "
        f"{', '.join(f'{r.wall:.1f}' for r in result.anchor_runs)}",
        "- (CPU time: ...) = the same pages timed by this process's CPU time, which other processes on the "
        "machine do not inflate; goals are judged on the wall clock",
        f"- whole bench: {time.monotonic() - started:.0f} s",
    ]
    table = render(rows, header)
    print(table)
    args.output.write_text(table)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
