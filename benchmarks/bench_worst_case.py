"""Worst-case time and memory: adversarial text and hostile files at growing sizes.

    python benchmarks/bench_worst_case.py                     # text up to 0.8 MB, .ics up to 8 MB
    python benchmarks/bench_worst_case.py --text-mb 0.1,0.4,1.6 --ics-mb 1,10,100
    python benchmarks/bench_worst_case.py --only ics --ics-mb 100   # the 100 MB .ics

Table 1: ``find_dates`` and ``extract`` (lang="en") on runs of one adversarial shape
(spaces, dots, newlines, digits and separators, month names, brackets, capitalised
words, abbreviations, lists of durations) and on news prose with no line break, at
each size: seconds per MB (CPU time, best of three runs), and that figure divided by
the one at the smallest size. Linear code keeps the ratio near 1; quadratic code
doubles it with each doubling of the size.

Table 2: reading an .ics export of that size (generated in a temporary folder,
never kept): seconds per MB and peak memory growth per MB of file, each read in a
fresh process. Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_61f972fdbf11bda3.txt"
PROSE = (
    "On 14 January 2026 Russia accused Ukraine of shelling Kharkiv, officials said, and the "
    "next day the United States imposed sanctions on three banks in Moscow. Dr. J. Smith of "
    "the U.N. said talks would resume on 3 March. "
)
SHAPES: dict[str, str] = {
    "spaces": " ",
    "dots": ".",
    "newlines": "\n",
    "'!?' marks": "!?",
    "digits and slashes": "12/",
    "digits and dots": "1.",
    "digits and dashes": "12-",
    "digits and spaces": "14 ",
    "month names": "January ",
    "brackets": "(",
    "capitalised words": "Abc ",
    "abbreviations": "Dr. ",
    "initials": "J. ",
    "prose on one line": PROSE,
    "listed durations": "14 years, nine months and 20 days, then two weeks. ",
}


def _text(unit: str, size: int) -> str:
    return unit * (size // len(unit))


def _seconds(function: Callable[[str], object], text: str, repeat: int = 3) -> float:
    """CPU seconds, the best of ``repeat`` runs: the least disturbed by other work."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        function(text)
        times.append(time.process_time() - start)
    return min(times)


def text_table(sizes_mb: list[float], shapes: list[str]) -> list[str]:
    """Seconds per MB of find_dates and extract for each shape and size, and their growth."""
    from timeline import extract, find_dates

    functions = {
        "find_dates": lambda text: find_dates(text, lang="en"),
        "extract": lambda text: extract(text, lang="en"),
    }
    for function in functions.values():  # compile the grammars and load the tables first
        function(PROSE)
    header = ["input", "function", *[f"s/MB at {mb:g} MB" for mb in sizes_mb], "growth"]
    rows = [header]
    for shape in shapes:
        unit = SHAPES[shape]
        for name, function in functions.items():
            per_mb = []
            for mb in sizes_mb:
                text = _text(unit, int(mb * 1_000_000))
                per_mb.append(_seconds(function, text) / mb)
            growth = per_mb[-1] / per_mb[0] if per_mb[0] else float("nan")
            rows.append([shape, name, *[f"{value:.2f}" for value in per_mb], f"{growth:.2f}x"])
            print(" | ".join(rows[-1]), file=sys.stderr, flush=True)
    return _markdown(rows)


_READ_ICS = r"""
import resource, sys, time, warnings
from pathlib import Path
import timeline.export.ical
from timeline.export import read
warnings.simplefilter("ignore")
path = Path(sys.argv[1])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
start = time.perf_counter()
events = len(read(path, max_bytes=None))  # the limit lifted: this measures reading
seconds = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(events, seconds, after - before)
"""


def _copies(start: int, count: int) -> object:
    """``count`` copies of the sample timeline, copy ``n`` citing document ``doc-n.txt``."""
    sys.path.insert(0, str(ROOT / "tests"))
    from samples import demo_copies

    return demo_copies(count, start=start)


def _ics_of(size: int, folder: Path) -> Path:
    """An .ics export of about ``size`` bytes, written 50 sample timelines at a time."""
    from timeline.export import dumps

    path = folder / "calendar.ics"
    with path.open("wb") as stream:
        stream.write(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n")
        copy = 0
        while stream.tell() < size:
            text = dumps(_copies(copy, 50), "ics")  # type: ignore[arg-type]
            body = text[text.index("BEGIN:VEVENT") : text.rindex("END:VEVENT") + 12]
            stream.write(body.encode())
            copy += 50
        stream.write(b"END:VCALENDAR\r\n")
    return path


def ics_table(sizes_mb: list[float]) -> list[str]:
    """Time and peak memory of reading .ics files of each size, each in a fresh process."""
    rows = [["file", "events", "seconds", "s/MB", "growth", "peak memory", "memory/file"]]
    first = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for mb in sizes_mb:
            path = _ics_of(int(mb * 1_000_000), Path(folder))
            size = path.stat().st_size
            done = subprocess.run(
                [sys.executable, "-c", _READ_ICS, str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            events, seconds, grown = done.stdout.split()
            per_mb = float(seconds) / (size / 1e6)
            first = first or per_mb
            rows.append(
                [
                    f"{size / 1e6:.1f} MB",
                    events,
                    f"{float(seconds):.1f}",
                    f"{per_mb:.2f}",
                    f"{per_mb / first:.2f}x",
                    f"{int(grown) / 1e6:.0f} MB",
                    f"{int(grown) / size:.1f}x",
                ]
            )
            print(" | ".join(rows[-1]), file=sys.stderr, flush=True)
            path.unlink()
    return _markdown(rows)


def _markdown(rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    return lines + ["| " + " | ".join(row) + " |" for row in rows[1:]]


def _sizes(text: str) -> list[float]:
    return [float(part) for part in text.split(",")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text-mb", type=_sizes, default=[0.1, 0.2, 0.4, 0.8])
    parser.add_argument("--ics-mb", type=_sizes, default=[1, 2, 4, 8])
    parser.add_argument("--only", choices=["text", "ics"])
    parser.add_argument(
        "--shapes", type=lambda text: text.split(","), default=list(SHAPES), help="text inputs"
    )
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {sys.platform}")
    if args.only in (None, "text"):
        print("\n### find_dates and extract on adversarial text (lang='en')\n")
        print("\n".join(text_table(args.text_mb, args.shapes)))
    if args.only in (None, "ics"):
        print("\n### Reading .ics exports\n")
        print("\n".join(ics_table(args.ics_mb)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
