"""Speed of find_dates on Chinese, Japanese and Korean beside dateparser.search.search_dates.

    python benchmarks/bench_cjk.py            # each paragraph of cjk_news.json, 50 times
    python benchmarks/bench_cjk.py --repeat 200

Both get the same paragraphs (written for this benchmark: speed, not accuracy)
with the language given and the same document date; prints for each language
paragraphs/s, MB/s, the ratio, and how many expressions each found.
"""

from __future__ import annotations

import argparse
import importlib
import json
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from timeline import find_dates

SAMPLES = Path(__file__).resolve().parent / "cjk_news.json"
REFERENCE = date(2026, 1, 14)
Tagger = Callable[[str, str], int]


def ours(text: str, lang: str) -> int:
    """How many expressions find_dates finds."""
    return len(find_dates(text, reference=REFERENCE, lang=lang))


def _dateparser() -> Tagger | None:
    try:
        search = importlib.import_module("dateparser.search")
    except ImportError:
        return None
    base = {"RELATIVE_BASE": datetime.combine(REFERENCE, datetime.min.time())}

    def tag(text: str, lang: str) -> int:
        return len(search.search_dates(text, languages=[lang], settings=base) or [])

    return tag


def _timed(tagger: Tagger, paragraphs: list[str], lang: str, repeat: int) -> tuple[float, int]:
    found = sum(tagger(text, lang) for text in paragraphs)  # warm up: compile, load data
    started = time.perf_counter()
    for _ in range(repeat):
        for text in paragraphs:
            tagger(text, lang)
    return time.perf_counter() - started, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50, help="passes over the paragraphs")
    args = parser.parse_args()
    samples = json.loads(SAMPLES.read_text(encoding="utf-8"))
    peer = _dateparser()
    for lang in ("zh", "ja", "ko"):
        paragraphs = samples[lang]
        size = sum(len(text.encode("utf-8")) for text in paragraphs) * args.repeat / 1e6
        count = len(paragraphs) * args.repeat
        seconds, found = _timed(ours, paragraphs, lang, args.repeat)
        rate = f"{count / seconds:8.0f} par/s {size / seconds:6.2f} MB/s"
        print(f"{lang} find_dates  {rate}  found {found}")
        if peer is None:
            print(f"{lang} dateparser  not installed")
            continue
        theirs, found = _timed(peer, paragraphs, lang, max(1, args.repeat // 10))
        theirs *= args.repeat / max(1, args.repeat // 10)
        print(
            f"{lang} dateparser  {count / theirs:8.0f} par/s {size / theirs:6.2f} MB/s  "
            f"found {found}  (find_dates {theirs / seconds:.0f}x faster)"
        )


if __name__ == "__main__":
    main()
