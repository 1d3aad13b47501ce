"""Throughput of ``timeline.extract`` on real wire news, next to ``find_dates`` alone.

Reads the TempEval-3 silver documents (English AFP/APW news, 2006-2007) from
``../shared/corpora/tempeval3-silver``, strips the TimeML markup to plain
text, and times both calls over the same documents on one core::

    .venv/bin/python benchmarks/bench_extract.py --files 300 --repeat 3

Reports MB/s of text (UTF-8 bytes) for find_dates, for extract, and for what
extract adds to find_dates (its own steps), and the ratio extract / find_dates.
On a shared, loaded machine wall-clock time swings from run to run;
``--clock cpu`` times with the process's CPU time instead (steadier)::

    .venv/bin/python benchmarks/bench_extract.py --files 300 --repeat 3 --clock cpu
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from timeline import extract, find_dates

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "tempeval3-silver"
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}
_DCT = re.compile(r'value="(\d{4}-\d{2}-\d{2})"[^>]*functionInDocument="CREATION_TIME"')


def load(limit: int) -> list[tuple[str, date | None]]:
    """Plain text and creation date of the first ``limit`` documents (sorted by path)."""
    documents = []
    for path in sorted(CORPUS.rglob("*.tml"))[:limit]:
        raw = path.read_text(encoding="utf-8")
        body = _TEXT.search(raw)
        created = _DCT.search(raw)
        text = html.unescape(_TAG.sub("", body.group(1) if body else raw))
        documents.append((text, date.fromisoformat(created.group(1)) if created else None))
    return documents


def timed(
    run: Callable[[str, date | None], object],
    documents: list[tuple[str, date | None]],
    repeat: int,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """The best of ``repeat`` runs over all documents (the machine is shared: noise is high)."""
    best = float("inf")
    for _ in range(repeat):
        start = clock()
        for text, created in documents:
            run(text, created)
        best = min(best, clock() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=300, help="number of documents (default 300)")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per step, best kept (default 3)"
    )
    parser.add_argument(
        "--clock", choices=CLOCKS, default="wall", help="wall time (default) or CPU time"
    )
    args = parser.parse_args()
    clock = CLOCKS[args.clock]
    if not CORPUS.is_dir():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 1
    documents = load(args.files)
    megabytes = sum(len(text.encode("utf-8")) for text, _ in documents) / 1e6
    extract("Warm-up: on 14 January 2026 Russian troops attacked Kyiv.", lang="en")
    tag = timed(
        lambda text, created: find_dates(text, reference=created, lang="en"),
        documents,
        args.repeat,
        clock,
    )
    full = timed(
        lambda text, created: extract(text, published=created, lang="en"),
        documents,
        args.repeat,
        clock,
    )
    events = sum(
        len(extract(text, published=created, lang="en")) for text, created in documents[:50]
    )
    print(f"{len(documents)} documents, {megabytes:.2f} MB of text ({args.clock} time)")
    print(f"{'step':<12}{'seconds':>10}{'MB/s':>10}")
    print(f"{'find_dates':<12}{tag:>10.2f}{megabytes / tag:>10.2f}")
    print(f"{'extract':<12}{full:>10.2f}{megabytes / full:>10.2f}")
    own = max(full - tag, 1e-9)
    print(f"{'own steps':<12}{own:>10.2f}{megabytes / own:>10.2f}  (extract minus find_dates)")
    print(f"extract / find_dates time ratio: {full / tag:.2f}; events in first 50 docs: {events}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
