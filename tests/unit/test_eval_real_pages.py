"""The snippet measure of tools/eval_real_pages.py: data.go read as go-trafilatura writes it, and scored as its
comparison script scores (with-snippets found are hits, without-snippets found are false positives)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parents[2] / "tools" / "eval_real_pages.py"

DATA_GO = """package main

var comparisonData = map[string]ComparisonEntry{
\t"https://example.org/a": {
\t\tFile:    "example.org.a.html",
\t\tWith:    []string{"first \\"quoted\\" line", "second, with {braces}"},
\t\tWithout: []string{"Impressum"},
\t},
\t"https://example.org/b": {
\t\tFile:    "example.org.b.html",
\t\tWith:    []string{"only one"},
\t\tWithout: []string{},
\t},
}
"""


def _tool():
    spec = importlib.util.spec_from_file_location("eval_real_pages", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def test_data_go_entries_are_read_with_their_escapes() -> None:
    entries = dict(_tool()._comparison_entries(DATA_GO))
    assert entries["https://example.org/a"] == {
        "File": ["example.org.a.html"],
        "With": ['first "quoted" line', "second, with {braces}"],
        "Without": ["Impressum"],
    }
    assert entries["https://example.org/b"]["Without"] == []


def test_snippets_are_counted_as_the_comparison_script_counts() -> None:
    tool = _tool()
    page = tool.SnippetPage("https://example.org/a", "", ["kept line", "lost line"], ["Impressum", "Newsletter"])
    assert tool._snippet_counts(page, "Headline\nkept line\nImpressum") == (1, 1, 1)
    assert tool._snippet_counts(page, "") == (0, 2, 0)
