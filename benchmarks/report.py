"""The report of benchmarks/run.py: result tables, the machine, and docs/benchmarks.md."""

from __future__ import annotations

import os
import platform
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import timeline

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "benchmarks.md"


@dataclass
class Section:
    """One table of results, with the notes that explain it."""

    name: str
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def markdown(self, context: str) -> str:
        lines = [f"## {self.title}", "", *([context, ""] if context else [])]
        lines.append("| " + " | ".join(self.headers) + " |")
        lines.append("|" + "|".join(" --- " for _ in self.headers) + "|")
        lines.extend("| " + " | ".join(row) + " |" for row in self.rows)
        lines.extend(["", *self.notes])
        return "\n".join(lines).rstrip() + "\n"


def machine() -> str:
    """CPU, cores, memory, OS, Python, and the load when the run started."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        lines = cpuinfo.read_text().splitlines()
        models = [line for line in lines if line.startswith("model name")]
        cpu = models[0].split(":", 1)[1].strip() if models else cpu
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB RAM, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}, timeline "
        f"{timeline.__version__} at commit {_commit()}; load average at start {load}"
    )


def _commit() -> str:
    try:
        result = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return result.stdout.strip()


def record(sections: Sequence[Section], command: str, where: str, report: Path = REPORT) -> None:
    """Replace (or add) each section of the report between its markers."""
    text = report.read_text(encoding="utf-8") if report.exists() else _HEADER
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    context = f"Measured {stamp} on: {where}.  \nCommand: `{command}`"
    for section in sections:
        block = f"<!-- {section.name} -->\n{section.markdown(context)}<!-- /{section.name} -->\n"
        start, end = f"<!-- {section.name} -->", f"<!-- /{section.name} -->\n"
        if start in text:
            head, rest = text.split(start, 1)
            text = head + block + rest.split(end, 1)[1]
        else:
            text = text.rstrip() + "\n\n" + block
    report.write_text(text, encoding="utf-8")


_HEADER = """# Benchmarks

Written by `python benchmarks/run.py` (see its `--help`); each section below is
replaced when its benchmark is run again, and says when, on what machine and
with which command it was measured. Speed is compared side by side with peers
in the same run and reported as ratios; timings on a shared machine are noisy,
so the load average at the start of the run is recorded too.
"""


def timed(function: Callable[[], Any], *, repeat: int = 1) -> tuple[float, Any]:
    """The best wall time of ``repeat`` runs, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - started)
    return best, result
