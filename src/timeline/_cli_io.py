"""What the command line reads and writes: timeline files in, events out, messages to stderr.

Part of the CLI (``timeline.cli``), kept apart so that module stays about parsing.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from timeline import export
from timeline._progress import Progress
from timeline._table import format_table
from timeline.documents import STDIN, Corpus
from timeline.errors import DocumentError, TimelineError
from timeline.timeline import Timeline

PROG = "timeline"
TABLE = "table"


class UsageError(Exception):
    """A combination of options that cannot work (exit status 2)."""


class Reporter:
    """Prints each error as one line, counts documents, events and errors."""

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet
        self.progress: Progress | None = None
        self.documents = self.events = self.errors = self.written = 0
        self.inputs = 0  # inputs read without error (documents or timeline files)

    def __call__(self, error: DocumentError | TimelineError) -> None:
        self.errors += 1
        self._print(f"{PROG}: error: {error}")

    def say(self, message: str) -> None:
        if not self.quiet:
            self._print(message)

    def _print(self, line: str) -> None:
        if self.progress:
            self.progress.clear()
        print(line, file=sys.stderr, flush=True)

    @property
    def status(self) -> int:
        return 1 if self.errors else 0

    @property
    def all_failed(self) -> bool:
        """True when there were errors and no input was read: nothing worth writing."""
        return bool(self.errors) and not self.inputs


def counted(results: Iterable[Timeline], report: Reporter, corpus: Corpus) -> Iterator[Timeline]:
    for timeline in results:
        report.documents += 1
        report.inputs += 1
        report.events += len(timeline)
        if report.progress:
            report.progress.update(
                done_bytes=corpus.done_bytes(report.documents),
                documents=report.documents,
                events=report.events,
            )
        yield timeline


def load_timelines(
    paths: Iterable[str], report: Reporter, *, max_bytes: int | None = export.MAX_BYTES
) -> Iterator[Timeline]:
    """Each timeline file read; a bad or too large one is reported and skipped."""
    for path in paths:
        try:
            if path == STDIN:
                timeline = _read_stdin(max_bytes)
            else:
                timeline = export.read(path, max_bytes=max_bytes)
        except TimelineError as exc:
            report(exc)
            continue
        report.inputs += 1
        yield timeline


def _read_stdin(max_bytes: int | None) -> Timeline:
    stream = sys.stdin.buffer
    data = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
    first = data.lstrip()[:200]
    is_document = first.startswith(b"{\n") or b'"format"' in data.split(b"\n", 1)[0]
    name = "json" if is_document else "jsonl"
    return export.loads(data, name, source="<stdin>", max_bytes=max_bytes)


class Sink:
    """Where the timelines go: a file or stdout, in the format asked for or implied."""

    def __init__(self, output: Path | None, format: str, *, width: int | None = None) -> None:
        self.output = output
        self.format = format
        self.width = width

    @classmethod
    def of(cls, args: argparse.Namespace, *, default: str | None = None) -> Sink:
        output: Path | None = args.output
        return cls(
            output, _format(args.format or default, output), width=getattr(args, "width", None)
        )

    def write(self, timelines: Iterable[Timeline], report: Reporter) -> None:
        """Write every timeline; say where, when it went to a file."""
        chunks: Iterator[str]
        counted = _count_events(timelines, report)
        if self.format == "jsonl":
            chunks = (export.dumps(timeline, "jsonl") for timeline in counted)
        else:
            chunks = iter([self._render(Timeline(itertools.chain.from_iterable(counted)))])
        if self.output is None:
            _to_stdout(chunks)
            return
        if _to_file(self.output, chunks, keep=lambda: not report.all_failed):
            report.say(f"wrote {plural(report.written, 'event')} to {self.output} ({self.format})")
        else:
            report.say(f"{PROG}: no input could be read: {self.output} left as it was")

    def _render(self, timeline: Timeline) -> str:
        if self.format == TABLE:
            width = self.width or shutil.get_terminal_size((120, 24)).columns
            return format_table(timeline, width=width) + "\n"
        return export.dumps(timeline, self.format)


def _count_events(timelines: Iterable[Timeline], report: Reporter) -> Iterator[Timeline]:
    for timeline in timelines:
        report.written += len(timeline)
        yield timeline


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def _format(name: str | None, output: Path | None) -> str:
    """The output format: given, from the output's extension, or by where stdout goes."""
    if name == TABLE:
        return TABLE
    if name or output is not None:
        return export.format_for(output or "", name)
    return TABLE if _is_terminal(sys.stdout) else "jsonl"


def _to_stdout(chunks: Iterable[str]) -> None:
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors=export.SURROGATES)  # a lone surrogate must not crash the output
    for chunk in chunks:
        sys.stdout.write(chunk)
    sys.stdout.flush()


def _to_file(target: Path, chunks: Iterable[str], *, keep: Callable[[], bool]) -> bool:
    """Stream to a temporary file beside ``target``, then rename it over: never half a file.

    ``keep()`` is asked once everything is written: False discards the new file (every
    input failed, so an empty result must not replace a good file). Returns whether it
    replaced ``target``.
    """
    pending = export.PendingFile(target)
    try:
        for chunk in chunks:
            pending.stream.write(chunk)
        if not keep():
            pending.discard()
            return False
        pending.commit()
    except BaseException:
        pending.discard()
        raise
    return True


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
