"""The ``timeline`` command line: parse arguments, call the library, print.

No business logic lives here. ``main(argv)`` returns the exit status: 0 on
success, 1 if any input or document failed (each failure is one line on
standard error; the rest is still processed), 2 for a usage error, 130 when
interrupted. Data goes to standard output (JSON Lines unless it is a
terminal), messages to standard error.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import os
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, TextIO

from timeline import __version__, export
from timeline._progress import Progress
from timeline._table import format_table
from timeline.batch import extract_many
from timeline.documents import INPUT_FORMATS, STDIN, Corpus
from timeline.errors import DocumentError, TimelineError
from timeline.merge import merge
from timeline.models import EventKind, TimeSpan
from timeline.timeline import Timeline

__all__ = ["main", "reference_markdown"]

PROG = "timeline"
TABLE = "table"
COMMANDS = ("extract", "merge", "query", "export", "show")


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line naming the help to read."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


# ------------------------------------------------------------------ parsing


def build_parser(*, width: int | None = None) -> argparse.ArgumentParser:
    """The argument parser; ``width`` fixes the help width (for the generated reference)."""

    def formatter(prog: str) -> argparse.HelpFormatter:
        return argparse.RawDescriptionHelpFormatter(prog, width=width)

    parser = _Parser(prog=PROG, description=_DESCRIPTION, formatter_class=formatter)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--markdown", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (summary, description, configure, run) in _COMMANDS.items():
        sub = commands.add_parser(
            name, help=summary, description=description, formatter_class=formatter
        )
        configure(sub)
        sub.set_defaults(run=run)
    return parser


def _extract_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files, folders, glob patterns, or - for stdin"
    )
    _output_arguments(parser)
    parser.add_argument(
        "--published", type=_iso_day, help="publication date (YYYY-MM-DD) of documents without one"
    )
    parser.add_argument("--lang", help="language (en, fr, es, de, it, pt) of documents without one")
    parser.add_argument(
        "-j", "--jobs", type=_jobs, default=1, help="processes to use (0: every core; default 1)"
    )
    parser.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        help="read every input as this format (default: from the extension; stdin is sniffed)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")


def _output_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o", "--output", type=Path, help="write to this file (format from its extension)"
    )
    parser.add_argument(
        "-f",
        "--format",
        help="output format: table, or any export format (json, jsonl, ical, csv, ...)",
    )


def _timeline_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "timelines", nargs="+", metavar="TIMELINE", help="timeline files (json, jsonl, ...), or -"
    )


def _merge_arguments(parser: argparse.ArgumentParser) -> None:
    _timeline_arguments(parser)
    _output_arguments(parser)


def _query_arguments(parser: argparse.ArgumentParser) -> None:
    _timeline_arguments(parser)
    parser.add_argument(
        "--from", dest="start", type=_span, help="events ending on or after this date (EDTF/ISO)"
    )
    parser.add_argument(
        "--to", dest="end", type=_span, help="events starting on or before this date (EDTF/ISO)"
    )
    parser.add_argument(
        "--actor", action="append", default=[], help="actor code or name (repeat: any of them)"
    )
    parser.add_argument(
        "--kind", action="append", default=[], type=_kind, help="event kind (repeat: any of them)"
    )
    parser.add_argument("--place", action="append", default=[], help="place name (repeat: any)")
    parser.add_argument("--text", help="words to find in the title, summary or quotes")
    _output_arguments(parser)


def _show_arguments(parser: argparse.ArgumentParser) -> None:
    _timeline_arguments(parser)
    parser.add_argument("--width", type=int, help="table width (default: the terminal's)")


# -------------------------------------------------------------- argument types


def _iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-01-14") from None


def _jobs(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (0: every core)")
    return int(text)


def _span(text: str) -> TimeSpan:
    try:
        return TimeSpan.parse(text)
    except TimelineError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _kind(text: str) -> EventKind:
    try:
        return EventKind(text.upper())
    except ValueError:
        accepted = ", ".join(kind.value for kind in EventKind)
        raise argparse.ArgumentTypeError(f"{text!r} is not a kind; one of: {accepted}") from None


# ------------------------------------------------------------------ commands


def _run_extract(args: argparse.Namespace) -> int:
    sink = _Sink.of(args)
    report = _Reporter(quiet=args.quiet)
    corpus = Corpus(args.inputs, errors=report, input_format=args.input_format)
    report.progress = Progress(sys.stderr, total_bytes=corpus.total_bytes, enabled=not args.quiet)
    results = extract_many(
        corpus, jobs=args.jobs, published=args.published, lang=args.lang, errors=report
    )
    sink.write(_counted(results, report, corpus), report)
    report.progress.close()
    report.say(
        f"processed {_plural(report.documents, 'document')}, {_plural(report.events, 'event')}, "
        f"{_plural(report.errors, 'error')}"
    )
    return report.status


def _run_merge(args: argparse.Namespace) -> int:
    report = _Reporter()
    timelines = list(_load(args.timelines, report))
    _Sink.of(args).write([merge(*timelines)], report)
    return report.status


def _run_query(args: argparse.Namespace) -> int:
    report = _Reporter()
    sink = _Sink.of(args)
    combined = Timeline(itertools.chain.from_iterable(_load(args.timelines, report)))
    sink.write([_query(combined, args)], report)
    return report.status


def _run_export(args: argparse.Namespace) -> int:
    if not (args.format or args.output):
        raise _UsageError("export needs --format or -o FILE (its extension names the format)")
    return _run_merge_free(args, default=None)


def _run_show(args: argparse.Namespace) -> int:
    args.output, args.format = None, TABLE
    return _run_merge_free(args, default=TABLE)


def _run_merge_free(args: argparse.Namespace, *, default: str | None) -> int:
    report = _Reporter()
    sink = _Sink.of(args, default=default)
    sink.write([Timeline(itertools.chain.from_iterable(_load(args.timelines, report)))], report)
    return report.status


def _query(timeline: Timeline, args: argparse.Namespace) -> Timeline:
    """Hand the filters to the library's query API (timeline.query.apply)."""
    try:
        query = importlib.import_module("timeline.query")
    except ImportError:
        raise TimelineError(
            "the query command needs timeline.query.apply, which this build does not have yet"
        ) from None
    filters = query_filters(args)
    result: Timeline = query.apply(timeline, **filters)
    return result


def query_filters(args: argparse.Namespace) -> dict[str, Any]:
    """The query options as keyword arguments of ``timeline.query.apply``."""
    return {
        "start": args.start.start if args.start else None,
        "end": args.end.end if args.end else None,
        "actors": tuple(args.actor),
        "kinds": tuple(args.kind),
        "places": tuple(args.place),
        "text": args.text,
    }


_COMMANDS: dict[
    str,
    tuple[str, str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]],
] = {
    "extract": (
        "extract the dated events of documents",
        "Extract the dated events of documents: .txt files, .json/.jsonl records (fields text,\n"
        "published, lang, url, id, title), .html pages (their article text), folders (walked),\n"
        "glob patterns, or - for standard input. A bad file or record is reported on stderr and\n"
        "skipped; a summary line ends the run; the exit status is 1 if anything failed.",
        _extract_arguments,
        _run_extract,
    ),
    "merge": (
        "merge timelines, one event per real-world event",
        "Merge timeline files: reports of the same event (across documents and languages)\n"
        "become one event that keeps every source.",
        _merge_arguments,
        _run_merge,
    ),
    "query": (
        "keep the events matching filters",
        "Keep the events that match every filter given (a repeated filter matches any of its\n"
        "values). Dates are EDTF or ISO: 2026, 2026-01, 2026-01-14.",
        _query_arguments,
        _run_query,
    ),
    "export": (
        "convert timelines to another format",
        "Convert timeline files to another format (iCalendar, CSV, Markdown, ...); the events\n"
        "of several files are put together without merging.",
        _merge_arguments,
        _run_export,
    ),
    "show": (
        "print timelines as a readable table",
        "Print timeline files as a table: date, kind, actors, places, source count, title.",
        _show_arguments,
        _run_show,
    ),
}

_DESCRIPTION = (
    "Dated events from news text: extract them, merge reports of the same event,\n"
    "query them, export them (JSON, JSON Lines, iCalendar, ...).\n\n"
    "Data goes to stdout (JSON Lines when stdout is not a terminal, a table when it is);\n"
    "messages and errors go to stderr. Exit status: 0 on success, 1 if any input failed\n"
    "(the others are still processed), 2 for a usage error."
)


# ------------------------------------------------------------ input and output


class _UsageError(Exception):
    """A combination of options that cannot work (exit status 2)."""


class _Reporter:
    """Prints each error as one line, counts documents, events and errors."""

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet
        self.progress: Progress | None = None
        self.documents = self.events = self.errors = self.written = 0

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


def _counted(results: Iterable[Timeline], report: _Reporter, corpus: Corpus) -> Iterator[Timeline]:
    for timeline in results:
        report.documents += 1
        report.events += len(timeline)
        if report.progress:
            report.progress.update(
                done_bytes=corpus.bytes_read, documents=report.documents, events=report.events
            )
        yield timeline


def _load(paths: Iterable[str], report: _Reporter) -> Iterator[Timeline]:
    """Each timeline file read; a bad one is reported and skipped."""
    for path in paths:
        try:
            yield _read_stdin() if path == STDIN else export.read(path)
        except TimelineError as exc:
            report(exc)


def _read_stdin() -> Timeline:
    data = sys.stdin.buffer.read()
    first = data.lstrip()[:200]
    is_document = first.startswith(b"{\n") or b'"format"' in data.split(b"\n", 1)[0]
    return export.loads(data, "json" if is_document else "jsonl", source="<stdin>")


class _Sink:
    """Where the timelines go: a file or stdout, in the format asked for or implied."""

    def __init__(self, output: Path | None, format: str, *, width: int | None = None) -> None:
        self.output = output
        self.format = format
        self.width = width

    @classmethod
    def of(cls, args: argparse.Namespace, *, default: str | None = None) -> _Sink:
        output: Path | None = args.output
        return cls(
            output, _format(args.format or default, output), width=getattr(args, "width", None)
        )

    def write(self, timelines: Iterable[Timeline], report: _Reporter) -> None:
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
        _to_file(self.output, chunks)
        report.say(f"wrote {_plural(report.written, 'event')} to {self.output} ({self.format})")

    def _render(self, timeline: Timeline) -> str:
        if self.format == TABLE:
            width = self.width or shutil.get_terminal_size((120, 24)).columns
            return format_table(timeline, width=width) + "\n"
        return export.dumps(timeline, self.format)


def _count_events(timelines: Iterable[Timeline], report: _Reporter) -> Iterator[Timeline]:
    for timeline in timelines:
        report.written += len(timeline)
        yield timeline


def _plural(count: int, noun: str) -> str:
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


def _to_file(target: Path, chunks: Iterable[str]) -> None:
    """Stream to a temporary file beside ``target``, then rename it over: never half a file."""
    handle, temporary = export.temporary_beside(target)
    try:
        with os.fdopen(
            handle, "w", encoding="utf-8", errors=export.SURROGATES, newline=""
        ) as stream:
            for chunk in chunks:
                stream.write(chunk)
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


# -------------------------------------------------------------------- main


def reference_markdown() -> str:
    """The CLI reference (docs/cli.md): the --help of every command, at a fixed width."""
    parser = build_parser(width=88)
    parts = [
        "# Command line reference\n",
        "Generated from `--help` by `timeline --markdown > docs/cli.md`; "
        "a test keeps it in sync.\n",
        f"## `{PROG}`\n",
        "```text\n" + parser.format_help().rstrip() + "\n```\n",
    ]
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in subparsers.choices.items():
        parts.append(f"## `{PROG} {name}`\n")
        parts.append("```text\n" + sub.format_help().rstrip() + "\n```\n")
    return "\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        return _dispatch(parser, args)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    except _UsageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except (TimelineError, OSError) as exc:
        print(f"{PROG}: error: {_message(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


def _dispatch(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.markdown:
        sys.stdout.write(reference_markdown())
        return 0
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        status: int = args.run(args)
    except BrokenPipeError:
        # the reader of our output went away (e.g. `| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return status


def _message(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.filename is not None:
        return f"{exc.filename}: {exc.strerror or exc}"
    return str(exc)


if __name__ == "__main__":
    sys.exit(main())
