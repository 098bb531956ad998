"""Profiles of the hot path, for benchmarks/PROFILE.md: pyinstrument in process, py-spy on a worker.

The core path is profiled in this process; the worker is a separate process running Faust, so it is
sampled from outside with py-spy (`pip install py-spy`) and its stacks summed up two ways: the
functions that burn the CPU themselves, and the share of each part of the worker.
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from offline import Mix, run_core

# Where a worker's CPU goes: the first part that any frame of a sample belongs to, in this order.
PARTS = (
    ("cleaning", ("streams/cleaning/",)),
    ("extraction", ("streams/extraction/",)),
    ("stories", ("streams/stories/",)),
    ("metrics", ("streams/metrics.py", "prometheus_client/")),
    ("pipeline: decode, validate, JSON", ("streams/pipeline.py", "streams/schemas.py")),
    ("kafka client (aiokafka)", ("aiokafka/", "kafka/")),
    ("faust / mode", ("faust/", "mode/")),
    ("logging", ("logging/",)),
    ("asyncio event loop", ("asyncio/",)),
)


def profile_core(mix: Mix, max_body: int, path: Path) -> None:
    """One pyinstrument-profiled pass of the core path over the mix: flat self times, then the call tree."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    profiler.start()
    for page in mix.pages:
        run_core(page, max_body)
    profiler.stop()
    path.write_text(
        "# flat: self time per function\n"
        + profiler.output_text(flat=True, time="percent_of_total")
        + "\n# call tree\n"
        + profiler.output_text(time="percent_of_total")
    )


def _py_spy() -> str:
    found = shutil.which("py-spy") or shutil.which("py-spy", path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit("--worker-profile needs py-spy: .venv/bin/pip install py-spy")
    return found


@contextlib.contextmanager
def sampled(pid: int, path: Path) -> Iterator[None]:
    """Sample process `pid` with py-spy during the block; write a summary of its stacks to `path`."""
    raw = path.with_suffix(".collapsed")
    spy = subprocess.Popen(
        [
            _py_spy(),
            "record",
            "--pid",
            str(pid),
            "--rate",
            "200",
            "--format",
            "raw",
            "--output",
            str(raw),
            "--nonblocking",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        yield
    finally:
        spy.send_signal(signal.SIGINT)  # py-spy writes its file on Ctrl-C
        _, err = spy.communicate(timeout=60)
    if not raw.exists():
        raise RuntimeError(f"py-spy wrote nothing: {err.decode(errors='replace')[-500:]}")
    path.write_text(summarise(raw.read_text()))


def _function(frame: str) -> str:
    """`name (path/to/file.py:123)` -> `name (file.py)`: one entry per function, whatever its line."""
    name, _, where = frame.partition(" (")
    file = where.rsplit(":", 1)[0].rstrip(")")
    return f"{name} ({'/'.join(file.split('/')[-2:])})"


def summarise(collapsed: str, top: int = 30) -> str:
    """Shares of the worker's parts and its top functions by self time, from py-spy's collapsed stacks."""
    parts: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    for line in collapsed.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        samples = int(count)
        frames = stack.split(";")
        total += samples
        own[_function(frames[-1])] += samples
        part = next((name for name, marks in PARTS if any(m in f for f in frames for m in marks)), "other")
        parts[part] += samples
    if not total:
        return "no samples: the worker was idle\n"
    lines = [f"{total} samples of the busy worker (py-spy, idle time left out)", "", "## by part"]
    lines += [f"{n / total:6.1%}  {part}" for part, n in parts.most_common()]
    lines += ["", "## top functions by self time"]
    lines += [f"{n / total:6.1%}  {function}" for function, n in own.most_common(top)]
    return "\n".join(lines) + "\n"
