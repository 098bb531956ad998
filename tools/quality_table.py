#!/usr/bin/env python3
"""Rewrite the per-language table of README.md ("Deal extraction") from the figures of the code as it is.

    python tools/quality_table.py [--print]

Each corpus the table lists (in its order), then every eval/heldout* set it does not list yet, is scored alone the
way `tools/eval_extraction.py DIR` scores it (pages through the real cleaner): one row for all its pages and one a
language. `--print` prints the table instead of writing README.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.extraction import extract_events  # noqa: E402

README = ROOT / "README.md"
HEADER = ("| corpus | language | pages | gold events | precision | recall | event F1 | parties exact | role | amount "
          "| date | status |")
FIELDS = ("parties_exact", "role_accuracy", "amount_accuracy", "date_accuracy", "status_accuracy")


def _eval_tool():
    spec = importlib.util.spec_from_file_location("eval_extraction", ROOT / "tools" / "eval_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def table_block(text: str) -> re.Match:
    """The table: its header line to the last row."""
    match = re.search(re.escape(HEADER) + r"\n(?:\|.*\n)+", text)
    if not match:
        raise SystemExit("README.md has no per-language table")
    return match


def corpora(block: str) -> list[str]:
    """The corpora the table lists, in order, then the eval/heldout* sets it lacks, in numeric order."""
    listed = list(dict.fromkeys(line.split("|")[1].strip() for line in block.splitlines()[2:]))
    sets = sorted((p for p in (ROOT / "eval").glob("heldout*") if any(p.glob("*.json"))),
                  key=lambda p: int(p.name[len("heldout"):] or 0))
    return listed + [f"eval/{p.name}" for p in sets if f"eval/{p.name}" not in listed]


def rows(name: str, tool) -> list[str]:
    """The table rows of one corpus: all its pages, then each language."""
    corpus = (ROOT / name).resolve()
    scorer = tool.load_scorer(corpus)
    docs = scorer.load_gold(corpus)
    events = [e for doc in docs for e in extract_events(tool.clean_record(doc, False))]
    out = []
    for lang in ["all", *sorted({d["lang"] for d in docs})]:
        subset = [d for d in docs if lang in ("all", d["lang"])]
        urls = {d["page"]["url"] for d in subset}
        res = scorer.score(subset, [e for e in events if e["source"]["url"] in urls], None)
        figures = " | ".join(f"{res[f]:.2f}" for f in FIELDS)
        out.append(f"| {name} | {lang} | {len(subset)} | {res['gold_events']} | {res['event_precision']:.2f} | "
                   f"{res['event_recall']:.2f} | **{res['event_f1']:.2f}** | {figures} |")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print", action="store_true", help="print the table, leave README.md as it is")
    args = parser.parse_args()
    text = README.read_text(encoding="utf-8")
    block = table_block(text)
    tool = _eval_tool()
    lines = [HEADER, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name in corpora(block.group(0)):
        lines += rows(name, tool)
        print(name, file=sys.stderr, flush=True)
    table = "\n".join(lines) + "\n"
    if args.print:
        print(table, end="")
    else:
        README.write_text(text[:block.start()] + table + text[block.end():], encoding="utf-8")


if __name__ == "__main__":
    main()
