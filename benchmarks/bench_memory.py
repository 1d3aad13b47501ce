"""Peak memory of extract_many streaming a large JSON Lines corpus (goal: under 500 MB).

A corpus of ``--size`` bytes is generated (benchmarks/corpus.py), then a fresh
Python process reads it with ``timeline.documents.Corpus``, runs
``timeline.extract_many`` over it with ``--jobs`` processes and writes every
event as JSON Lines to /dev/null: the path of ``timeline extract big.jsonl -o
events.jsonl``. That process reports its own peak RSS and the peak of the summed RSS of
its whole process tree (main process, forkserver, workers), both sampled
every 0.1 s with psutil (in the ``bench`` extra; without it, only the main
process's ``resource.getrusage`` peak is reported).

    python benchmarks/bench_memory.py --size 1GB --jobs 2
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import parse_size, write_jsonl

GOAL_MB = 500

_CHILD = """
import json, os, resource, sys, threading, time
from timeline import export, extract_many
from timeline.documents import Corpus

def tree_rss(me):
    import psutil
    processes = [me, *me.children(recursive=True)]
    total = 0
    for process in processes:
        try:
            total += process.memory_info().rss
        except psutil.Error:
            pass
    return total, len(processes)

def sampler(peak, stop):
    try:
        import psutil
    except ImportError:
        return
    me = psutil.Process()
    while not stop.wait(0.1):
        peak["main"] = max(peak["main"], me.memory_info().rss)
        total, count = tree_rss(me)
        if total > peak["tree"]:
            peak["tree"], peak["processes"] = total, count

def main():
    path, jobs = sys.argv[1], int(sys.argv[2])
    peak = {"tree": 0, "processes": 0, "main": 0}
    stop = threading.Event()
    thread = threading.Thread(target=sampler, args=(peak, stop), daemon=True)
    thread.start()
    started = time.perf_counter()
    documents = events = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for timeline in extract_many(Corpus([path]), jobs=jobs):
            documents += 1
            events += len(timeline)
            sink.write(export.dumps(timeline, "jsonl"))
    seconds = time.perf_counter() - started
    stop.set()
    thread.join()
    own = peak["main"] or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"documents": documents, "events": events, "seconds": seconds,
                      "parent_bytes": own, "tree_bytes": peak["tree"] or None,
                      "processes": peak["processes"]}))

if __name__ == "__main__":
    main()
"""


def measure(path: Path, *, jobs: int) -> dict[str, Any]:
    """Run extract_many over ``path`` in a fresh process; its counts, time and peak RSS."""
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "stream.py"
        script.write_text(_CHILD, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, str(script), str(path), str(jobs)],
            capture_output=True,
            text=True,
            check=True,
        )
    report: dict[str, Any] = json.loads(result.stdout)
    report["bytes"] = path.stat().st_size
    report["jobs"] = jobs
    report["parent_mb"] = report["parent_bytes"] / 1e6
    tree = report["tree_bytes"]
    report["total_mb"] = tree / 1e6 if tree else report["parent_mb"]
    return report


def run(size_bytes: int, *, jobs: int, seed: int = 0, folder: Path | None = None) -> dict[str, Any]:
    """Generate the corpus (in ``folder`` or a temporary one) and measure it."""
    with tempfile.TemporaryDirectory(dir=folder) as temporary:
        path = Path(temporary) / "corpus.jsonl"
        started = time.perf_counter()
        documents, written = write_jsonl(path, size_bytes=size_bytes, seed=seed)
        generated = time.perf_counter() - started
        print(f"generated {written / 1e6:.0f} MB ({documents} documents) in {generated:.0f} s")
        return measure(path, jobs=jobs)


def describe(report: dict[str, Any]) -> str:
    """One line: the size, the peaks and the verdict."""
    verdict = "under" if report["total_mb"] < GOAL_MB else "OVER"
    return (
        f"{report['bytes'] / 1e6:.0f} MB JSONL, {report['documents']} documents, "
        f"{report['events']} events, jobs={report['jobs']}: {report['seconds']:.0f} s; "
        f"peak RSS: main process {report['parent_mb']:.0f} MB, all {report['processes']} "
        f"processes together {report['total_mb']:.0f} MB ({verdict} the {GOAL_MB} MB goal)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=parse_size, default=parse_size("100MB"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(describe(run(args.size, jobs=args.jobs, seed=args.seed)))


if __name__ == "__main__":
    main()
