#!/usr/bin/env python3
"""Recompute the per-set floors of tests/test_heldout_regression.py from the figures the extractor reaches now.

    python tools/refloor.py            # print each set's figures against its floors, and the floors that would fall
    python tools/refloor.py --write    # rewrite FLOORS and QUIET_FALSE_EVENTS in the test file

A floor sits about 0.01 below the figure reached (gold text as the clean text), rounded to two decimals and capped at
0.99; a floor the figure still meets stays where it is, so rewriting is idempotent and a floor falls only when the
figure fell below it. A set with no floor yet gets one. Falls are printed so that the test file's header can name them:
a floor that goes down needs a reason written next to it.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_dev_corpus_regression import corpus_result  # noqa: E402
from tests.test_heldout_regression import FLOORS, QUIET_FALSE_EVENTS  # noqa: E402

TEST_FILE = ROOT / "tests" / "test_heldout_regression.py"
QUIET_COMMENT = ("# false events allowed on the pages without a deal, where the blind figure had some "
                 "(0 for every other set)")
FIELDS = ("parties_exact", "role_accuracy", "amount_accuracy", "date_accuracy", "status_accuracy")


def floor_of(figure: float, old: float | None) -> float:
    """About 0.01 below the figure, at most 0.99; the old floor if the figure still meets it."""
    new = min(0.99, round(figure - 0.01, 2))
    return old if old is not None and new < old <= figure else new


def set_names() -> list[str]:
    """Every eval/heldout* set with pages, in numeric order."""
    names = [p.name for p in (ROOT / "eval").glob("heldout*") if any(p.glob("*.json"))]
    return sorted(names, key=lambda n: int(n[len("heldout"):] or 0))


def quiet_false_events(result: dict) -> int:
    """False events on the set's pages without a deal."""
    return sum(row["fp"] for row in result["per_doc"] if row["tp"] + row["fn"] == 0)


def render(floors: dict, quiet: dict) -> str:
    """The FLOORS and QUIET_FALSE_EVENTS assignments as the test file writes them."""
    lines = ["FLOORS = {"]
    for name, (f1, fields) in floors.items():
        head = f'    "{name}": ({f1:.2f}, {{'
        first = ", ".join(f'"{f}": {fields[f]:.2f}' for f in FIELDS[:3])
        rest = ", ".join(f'"{f}": {fields[f]:.2f}' for f in FIELDS[3:])
        lines.append(f"{head}{first},")
        lines.append(" " * len(f'    "{name}"') + f"{rest}}}),")
    lines.append("}")
    lines.append(QUIET_COMMENT)
    items = [f'"{k}": {v}' for k, v in quiet.items()]
    body, row = [], "QUIET_FALSE_EVENTS = {"
    for item in items:
        if len(row) + len(item) + 2 > 118:
            body.append(row.rstrip())
            row = " " * len("QUIET_FALSE_EVENTS = {")
        row += item + ", "
    body.append(row.rstrip(", ") + "}")
    return "\n".join(lines + body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the floors in the test file")
    args = parser.parse_args()
    floors, quiet, falls = {}, {}, []
    for name in set_names():
        result = corpus_result(ROOT / "eval" / name)
        old = FLOORS.get(name)
        new = (floor_of(result["event_f1"], old and old[0]),
               {f: floor_of(result[f], old and old[1][f]) for f in FIELDS})
        if old:
            falls += [f"{name} event_f1 {old[0]:.2f} -> {new[0]:.2f}"] if new[0] < old[0] else []
            falls += [f"{name} {f} {old[1][f]:.2f} -> {new[1][f]:.2f}" for f in FIELDS if new[1][f] < old[1][f]]
        floors[name] = new
        false_events = quiet_false_events(result)
        if false_events:
            quiet[name] = false_events
            if false_events > QUIET_FALSE_EVENTS.get(name, 0):
                falls.append(f"{name} quiet false events {QUIET_FALSE_EVENTS.get(name, 0)} -> {false_events}")
        print(f"{name:10} F1 {result['event_f1']:.3f} floor {old[0] if old else '-'} -> {new[0]:.2f}", flush=True)
    print("\nfalls:" if falls else "\nno floor falls")
    for fall in falls:
        print("  " + fall)
    if args.write:
        text = TEST_FILE.read_text()
        pattern = re.compile(r"^FLOORS = \{.*?^QUIET_FALSE_EVENTS = \{.*?\}\n", re.S | re.M)
        TEST_FILE.write_text(pattern.sub(lambda _: render(floors, quiet) + "\n", text, count=1))
        print(f"rewrote {TEST_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
