"""Speed of find_dates beside dateparser.search.search_dates and datefinder, same input, one run.

    python benchmarks/bench_dates.py                 # 300 TempEval-3 silver documents
    python benchmarks/bench_dates.py --docs 1000 --long 10

Prints documents/s, MB/s and the ratio to find_dates for each tool, and each
one's extent scores against the silver TIMEX3 tags with the same scorer
(silver tags are machine-made: a yardstick, not a gold standard). A peer that
is not installed (datefinder is in the ``bench`` extra) is reported as such.
``--long N`` also times find_dates on an N MB text without newlines; ``--cpu-passes N``,
its CPU time on the documents (``time.process_time``, one core): the first pass after one
warm-up call, then the best of N more (what a long run over a corpus costs; compare two
codes by running this in alternate processes).
"""

from __future__ import annotations

import argparse
import importlib
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from timeline import find_dates
from timeline.temporal.evaluation import Document, Score, Timex, read_timeml, timeml_files

SILVER = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "tempeval3-silver"
Tagger = Callable[[Document], list[Timex]]
_BLOCK = 50


def ours(document: Document) -> list[Timex]:
    """find_dates with the creation date as reference."""
    mentions = find_dates(document.text, reference=document.created, lang="en")
    return [Timex(m.start, m.end, m.type.value, m.value) for m in mentions]


def _dateparser() -> Tagger | None:
    try:
        search = importlib.import_module("dateparser.search")
    except ImportError:
        return None

    def tag(document: Document) -> list[Timex]:
        base = datetime.combine(document.created, datetime.min.time()) if document.created else None
        settings = {"RELATIVE_BASE": base} if base else {}
        found = search.search_dates(document.text, languages=["en"], settings=settings) or []
        return _located(document.text, [(text, moment) for text, moment in found])

    return tag


def _datefinder() -> Tagger | None:
    try:
        module = importlib.import_module("datefinder")
    except ImportError:
        return None

    def tag(document: Document) -> list[Timex]:
        base = datetime.combine(document.created, datetime.min.time()) if document.created else None
        found = module.find_dates(document.text, index=True, base_date=base)
        return [
            Timex(start, end, "DATE", moment.date().isoformat()) for moment, (start, end) in found
        ]

    return tag


def _located(text: str, found: list[tuple[str, datetime]]) -> list[Timex]:
    """Offsets for peers that return only strings: the next occurrence of each."""
    timexes, position = [], 0
    for piece, moment in found:
        start = text.find(piece, position)
        if start < 0:
            continue
        position = start + len(piece)
        timexes.append(Timex(start, position, "DATE", moment.date().isoformat()))
    return timexes


def run(taggers: dict[str, Tagger], documents: list[Document]) -> dict[str, tuple[float, Score]]:
    """Seconds each tool spent and its scores.

    The tools take turns by blocks of ``_BLOCK`` documents, so a change in the
    machine's load (it is shared) weighs on all of them alike, while each block
    is long enough for a tool to keep its caches (``re``'s pattern cache) warm.
    """
    spent = dict.fromkeys(taggers, 0.0)
    scores = {name: Score() for name in taggers}
    for first in range(0, len(documents), _BLOCK):
        block = documents[first : first + _BLOCK]
        for name, tagger in taggers.items():
            tagger(block[0])  # warm up: grammar compilation, lazy imports, caches
            began = time.perf_counter()
            found = [tagger(document) for document in block]
            spent[name] += time.perf_counter() - began
            for document, timexes in zip(block, found, strict=True):
                scores[name].add(document.timexes, timexes)
    return {name: (spent[name], scores[name]) for name in taggers}


def _long_text(megabytes: int, documents: list[Document]) -> None:
    sample = " ".join(document.text.replace("\n", " ") for document in documents)
    text = (sample * (megabytes * 1_000_000 // max(len(sample), 1) + 1))[: megabytes * 1_000_000]
    began = time.perf_counter()
    found = find_dates(text, lang="en")
    elapsed = time.perf_counter() - began
    print(
        f"\nfind_dates on {megabytes} MB without newlines: {elapsed:.1f}s, "
        f"{megabytes / elapsed:.2f} MB/s, {len(found)} mentions"
    )


def _cpu_passes(passes: int, documents: list[Document]) -> None:
    ours(documents[0])  # the grammar's build is not a pass
    spent = []
    for _ in range(passes + 1):
        began = time.process_time()
        for document in documents:
            ours(document)
        spent.append(time.process_time() - began)
    print(
        f"\nfind_dates CPU on the {len(documents)} documents: first pass {spent[0]:.3f} s, "
        f"best of the next {passes} {min(spent[1:]):.3f} s"
    )


def main() -> None:
    """Time each tool on the same documents and print one table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SILVER)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--long", type=int, default=0, help="also time an N MB single line")
    parser.add_argument(
        "--cpu-passes", type=int, default=0, help="also the CPU time of N warm passes (best)"
    )
    args = parser.parse_args()
    documents = [read_timeml(path) for path in timeml_files(args.corpus)[: args.docs]]
    megabytes = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6
    print(
        f"{len(documents)} documents, {megabytes:.2f} MB, "
        f"{sum(len(d.timexes) for d in documents)} silver TIMEX3"
    )
    peers: list[tuple[str, Tagger | None]] = [
        ("timeline.find_dates", ours),
        ("dateparser.search_dates", _dateparser()),
        ("datefinder.find_dates", _datefinder()),
    ]
    print(
        f"{'tool':26} {'docs/s':>9} {'MB/s':>7} {'vs ours':>8} {'found':>6} "
        f"{'strict F1':>9} {'relaxed F1':>10} {'value F1':>8}"
    )
    for name, tagger in peers:
        if tagger is None:
            print(f"{name:26} not installed (pip install -e '.[bench]')")
    results = run({name: tagger for name, tagger in peers if tagger is not None}, documents)
    reference = results["timeline.find_dates"][0]
    for name, (elapsed, score) in results.items():
        table = score.table()
        print(
            f"{name:26} {len(documents) / elapsed:9.1f} {megabytes / elapsed:7.2f} "
            f"{elapsed / reference:7.2f}x {score.found:6d} {table['strict'][2]:9.3f} "
            f"{table['relaxed'][2]:10.3f} {table['value'][2]:8.3f}"
        )
    print("(vs ours: time taken relative to find_dates; above 1 means slower than find_dates)")
    if args.cpu_passes > 0:
        _cpu_passes(args.cpu_passes, documents)
    if args.long:
        _long_text(args.long, documents)


if __name__ == "__main__":
    main()
