"""The page mix and the offline measures: the core path (`dealstream extract`) and trafilatura alone.

Both are timed per page in the same process on the same pages, so the core / anchor ratio compares
like with like; runs of the two alternate, so a noisy neighbour on the machine hits both alike.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import orjson
import trafilatura

from streams import pipeline

T = TypeVar("T")
CORPUS_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"


@dataclass(frozen=True)
class Page:
    """One raw record of the mix: its `pages.raw` key and value, and the HTML the anchor reads."""

    url: str
    value: bytes
    html: str | None  # the body when the page is HTML, else None (text exports are not for trafilatura)


@dataclass
class Outcome:
    """What the offline path makes of one page: the stream must give the same."""

    page_id: str | None = None
    events: int = 0
    rejected: str | None = None  # "stage/reason" of a page the worker must dead-letter


@dataclass
class Mix:
    """The benchmark's pages: every corpus page, repeated, each copy under its own URL."""

    pages: list[Page]
    warmup: list[Page]  # one more copy of each corpus page, to warm workers before timing them
    corpus_pages: int
    outcomes: dict[str, Outcome] = field(default_factory=dict)  # by URL, from the offline runs

    @property
    def html_pages(self) -> list[Page]:
        return [page for page in self.pages if page.html is not None]

    def expected(self, pages: list[Page]) -> tuple[int, int]:
        """(events, dead letters) the stream must publish for `pages`."""
        outcomes = [self.outcomes[page.url] for page in pages]
        return sum(o.events for o in outcomes), sum(o.rejected is not None for o in outcomes)


def _with_query(url: str, param: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{param}"


def _page(raw: dict, url: str) -> Page:
    record = {**raw, "url": url}
    is_html = "html" in (raw.get("content_type") or "").lower()
    return Page(url, orjson.dumps(record), record["body"] if is_html else None)


def build_mix(corpus_dir: Path, min_pages: int) -> Mix:
    """Every page of the corpus, repeated to at least `min_pages`; unique URLs give unique page ids."""
    raws = [orjson.loads(path.read_bytes())["page"] for path in sorted(corpus_dir.glob("*.json"))]
    if not raws:
        raise SystemExit(f"no pages in {corpus_dir}")
    copies = math.ceil(min_pages / len(raws))
    pages = [
        _page(raw, _with_query(raw["url"], f"n={copy * len(raws) + i}"))
        for copy in range(copies)
        for i, raw in enumerate(raws)
    ]
    warmup = [_page(raw, _with_query(raw["url"], f"warmup={i}")) for i, raw in enumerate(raws)]
    return Mix(pages, warmup, len(raws))


def run_core(page: Page, max_body: int) -> Outcome:
    """The offline `dealstream extract` path of one record: read_raw_page -> clean -> extract."""
    try:
        record = pipeline.clean(pipeline.read_raw_page(page.value, max_body))
        return Outcome(record["page_id"], len(pipeline.extract(record)))
    except pipeline.Rejected as rejected:
        return Outcome(rejected=f"{rejected.stage}/{rejected.reason}")


def warm_up(mix: Mix, max_body: int) -> None:
    """Run the core path untimed over one copy of each page: imports, lazy models and caches get built
    here, not in the first timed run (and the warm-up pages' outcomes tell the stream what to expect)."""
    mix.outcomes.update((page.url, run_core(page, max_body)) for page in mix.warmup)


def _anchor(html: str) -> None:
    trafilatura.extract(html, include_comments=False)


@dataclass(frozen=True)
class Rate:
    """Pages per second by the wall clock, and by this process's CPU time: the two agree on an idle
    machine; when other processes share the cores, the CPU-time figure is the one still per core."""

    wall: float
    cpu: float


def _rate(times: list[tuple[float, float]]) -> Rate:
    return Rate(len(times) / sum(w for w, _ in times), len(times) / sum(c for _, c in times))


def _median(rates: list[Rate]) -> Rate:
    return Rate(statistics.median(r.wall for r in rates), statistics.median(r.cpu for r in rates))


@dataclass
class OfflineResult:
    core_all: Rate  # full mix, median over runs
    core_html: Rate  # HTML pages of the mix only
    anchor_html: Rate  # trafilatura alone on the same HTML pages
    core_all_runs: list[Rate]
    anchor_runs: list[Rate]


def _timed(pages: list[Page], work: Callable[[Page], T]) -> tuple[list[tuple[float, float]], list[T]]:
    """Each page's (wall, CPU) time in `work`, and what `work` returned."""
    times, results = [], []
    for page in pages:
        wall, cpu = time.perf_counter(), time.process_time()
        results.append(work(page))
        times.append((time.perf_counter() - wall, time.process_time() - cpu))
    return times, results


def measure_offline(mix: Mix, max_body: int, runs: int, progress: Callable[[str], None]) -> OfflineResult:
    """Median over `runs` alternating runs of the core path (all pages) and of trafilatura (HTML pages).

    The core runs also record each page's outcome: what the stream must then deliver."""
    html_pages = mix.html_pages
    is_html = [page.html is not None for page in mix.pages]
    _timed(html_pages[: mix.corpus_pages], lambda p: _anchor(p.html))  # imports and lazy set-up
    core_all: list[Rate] = []
    core_html: list[Rate] = []
    anchor: list[Rate] = []
    for run in range(runs):
        times, outcomes = _timed(mix.pages, lambda p: run_core(p, max_body))
        mix.outcomes.update((page.url, outcome) for page, outcome in zip(mix.pages, outcomes, strict=True))
        core_all.append(_rate(times))
        core_html.append(_rate([t for t, html in zip(times, is_html, strict=True) if html]))
        anchor.append(_rate(_timed(html_pages, lambda p: _anchor(p.html))[0]))
        progress(
            f"offline run {run + 1}/{runs}: core {core_all[-1].wall:.1f} pages/s (HTML {core_html[-1].wall:.1f}), "
            f"trafilatura {anchor[-1].wall:.1f} pages/s; by CPU time {core_all[-1].cpu:.1f} and {anchor[-1].cpu:.1f}"
        )
    return OfflineResult(_median(core_all), _median(core_html), _median(anchor), core_all, anchor)
