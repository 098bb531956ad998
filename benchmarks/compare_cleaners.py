"""Quality and speed of main-content extractors on gold corpus pages, measured in one run.

    python benchmarks/compare_cleaners.py [CORPUS_DIR ...] [--repeat N]

Quality: bag-of-words F1 (the corpus's score.py metric), 4-word-shingle F1 (the hidden set's metric)
against the gold main_text, and the pages where a gold boilerplate string survives. Speed: pages per
second of CPU time over the HTML pages (the text exports are not HTML: the libraries get them as they
are). Libraries that are not installed are skipped."""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import orjson

from streams.cleaning import clean_page

DEFAULT_CORPORA = [Path("/work/shared/corpus/dev"), Path("/work/shared/corpus/stories")]
_WORD = re.compile(r"\w+")


def _f1(pred: Counter, gold: Counter) -> float:
    hit = sum((pred & gold).values())
    if not hit:
        return 0.0
    p, r = hit / sum(pred.values()), hit / sum(gold.values())
    return 2 * p * r / (p + r)


def bow_f1(pred: str, gold: str) -> float:
    return _f1(Counter(_WORD.findall(pred.casefold())), Counter(_WORD.findall(gold.casefold())))


def shingle_f1(pred: str, gold: str, n: int = 4) -> float:
    def shingles(text: str) -> Counter:
        words = _WORD.findall(text.casefold())
        return Counter(tuple(words[i : i + n]) for i in range(max(len(words) - n + 1, 1)))

    return _f1(shingles(pred), shingles(gold))


def _ours(page: dict) -> str:
    return clean_page(page)["text"]


def _candidates() -> dict[str, Callable[[dict], str]]:
    found: dict[str, Callable[[dict], str]] = {"dealstream-cleaner": _ours}
    try:
        import trafilatura

        found["trafilatura"] = lambda page: trafilatura.extract(page["body"], include_comments=False) or ""
    except ImportError:
        pass
    try:
        import justext

        def _justext(page: dict) -> str:
            stop = justext.get_stoplist("English")
            paragraphs = justext.justext(page["body"].encode("utf-8"), stop)
            return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

        found["justext"] = _justext
    except ImportError:
        pass
    try:
        from resiliparse.extract.html2text import extract_plain_text

        found["resiliparse"] = lambda page: extract_plain_text(page["body"], main_content=True)
    except ImportError:
        pass
    return found


def _load(corpora: list[Path]) -> list[dict]:
    docs = []
    for corpus in corpora:
        for path in sorted(corpus.glob("*.json")):
            doc = orjson.loads(path.read_bytes())
            if "page" in doc:
                docs.append(doc)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--repeat", type=int, default=3, help="timing rounds over the HTML pages")
    args = ap.parse_args()
    docs = _load(args.corpora)
    html_pages = [d["page"] for d in docs if "html" in d["page"]["content_type"]]
    _ours(docs[0]["page"])  # build the language detector outside the timing
    print(f"{len(docs)} pages ({len(html_pages)} HTML) from {', '.join(str(c) for c in args.corpora)}")
    candidates = _candidates()
    # timing rounds interleave the extractors page by page, so that load from other processes on the
    # machine hits them all alike
    spent = dict.fromkeys(candidates, 0.0)
    for _ in range(args.repeat):
        for page in html_pages:
            for name, run in candidates.items():
                start = time.process_time()
                run(page)
                spent[name] += time.process_time() - start
    print(
        f"{'extractor':<20}{'bow F1':>8}{'4-gram F1':>11}{'HTML 4-gram':>13}{'bp left':>9}"
        f"{'HTML pages/s':>14}{'ms/page':>9}"
    )
    for name, run in candidates.items():
        bows, shingles, html_shingles, leaks = [], [], [], 0
        for doc in docs:
            text = run(doc["page"])
            gold = "\n".join(doc["main_text"])
            bows.append(bow_f1(text, gold))
            shingles.append(shingle_f1(text, gold))
            if "html" in doc["page"]["content_type"]:
                html_shingles.append(shingles[-1])
            leaks += any(b in text for b in doc["boilerplate"])
        elapsed = spent[name] / (args.repeat * len(html_pages))
        print(
            f"{name:<20}{sum(bows) / len(bows):>8.4f}{sum(shingles) / len(shingles):>11.4f}"
            f"{sum(html_shingles) / len(html_shingles):>13.4f}{leaks:>9d}{1 / elapsed:>14.0f}{elapsed * 1000:>9.2f}"
        )


if __name__ == "__main__":
    main()
