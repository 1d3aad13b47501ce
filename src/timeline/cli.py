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
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from timeline import __version__, export
from timeline._cli_io import (
    PROG,
    TABLE,
    Reporter,
    Sink,
    UsageError,
    counted,
    load_timelines,
    plural,
)
from timeline._progress import Progress
from timeline.batch import extract_many
from timeline.documents import INPUT_FORMATS, Corpus
from timeline.errors import TimelineError
from timeline.lang import SUPPORTED
from timeline.merge import merge
from timeline.models import EventKind, TimeSpan
from timeline.timeline import Timeline

__all__ = ["main", "reference_markdown"]

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
        "--published",
        type=_iso_day,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) of documents without one",
    )
    parser.add_argument(
        "--lang",
        choices=SUPPORTED,
        metavar="CODE",
        help=f"language ({', '.join(SUPPORTED)}) of documents without one; detected otherwise",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="processes to use (0: every core; default 1)",
    )
    parser.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        help="read every input as this format (default: from the extension; stdin is sniffed)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")


def _output_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write to this file (format from its extension)",
    )
    parser.add_argument(
        "-f",
        "--format",
        metavar="FORMAT",
        help=f"output format: table, {', '.join(export.FORMATS)}",
    )


def _timeline_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "timelines", nargs="+", metavar="TIMELINE", help="timeline files (json, jsonl, ...), or -"
    )
    parser.add_argument(
        "--max-size",
        type=_megabytes,
        default=export.MAX_BYTES,
        metavar="MB",
        help=f"refuse timeline files over MB megabytes (default {export.MAX_BYTES >> 20}; 0: no "
        "limit; reading takes about ten times a file's size in memory)",
    )


def _merge_arguments(parser: argparse.ArgumentParser) -> None:
    _timeline_arguments(parser)
    _output_arguments(parser)


def _query_arguments(parser: argparse.ArgumentParser) -> None:
    _timeline_arguments(parser)
    parser.add_argument(
        "--from",
        dest="start",
        type=_span,
        metavar="DATE",
        help="events ending on or after this date (EDTF/ISO)",
    )
    parser.add_argument(
        "--to",
        dest="end",
        type=_span,
        metavar="DATE",
        help="events starting on or before this date (EDTF/ISO)",
    )
    parser.add_argument(
        "--actor", action="append", default=[], help="actor code or name (repeat: any of them)"
    )
    parser.add_argument(
        "--kind",
        action="append",
        default=[],
        type=_kind,
        help="event kind: " + ", ".join(k.value for k in EventKind) + " (repeat: any of them)",
    )
    parser.add_argument("--place", action="append", default=[], help="place name (repeat: any)")
    parser.add_argument("--text", help="words to find in the title, summary or quotes")
    _output_arguments(parser)


def _show_arguments(parser: argparse.ArgumentParser) -> None:
    _timeline_arguments(parser)
    parser.add_argument(
        "--width", type=int, metavar="N", help="table width (default: the terminal's)"
    )


# -------------------------------------------------------------- argument types


def _iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-01-14") from None


def _megabytes(text: str) -> int | None:
    """A size in MiB as bytes; 0 is no limit (None)."""
    try:
        megabytes = float(text)
    except ValueError:
        megabytes = -1.0
    if not 0 <= megabytes < 2**40:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size in megabytes (0: no limit)")
    return int(megabytes * 2**20) or None


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


def _timelines(args: argparse.Namespace, report: Reporter) -> Iterator[Timeline]:
    return load_timelines(args.timelines, report, max_bytes=args.max_size)


def _combined(args: argparse.Namespace, report: Reporter) -> Timeline:
    return Timeline(itertools.chain.from_iterable(_timelines(args, report)))


def _run_extract(args: argparse.Namespace) -> int:
    sink = Sink.of(args)
    report = Reporter(quiet=args.quiet)
    corpus = Corpus(args.inputs, errors=report, input_format=args.input_format)
    report.progress = Progress(sys.stderr, total_bytes=corpus.total_bytes, enabled=not args.quiet)
    results = extract_many(
        corpus, jobs=args.jobs, published=args.published, lang=args.lang, errors=report
    )
    sink.write(counted(results, report, corpus), report)
    report.progress.close()
    report.say(
        f"processed {plural(report.documents, 'document')}, {plural(report.events, 'event')}, "
        f"{plural(report.errors, 'error')}"
    )
    return report.status


def _run_merge(args: argparse.Namespace) -> int:
    report = Reporter()
    timelines = list(_timelines(args, report))
    Sink.of(args).write([merge(*timelines)], report)
    return report.status


def _run_query(args: argparse.Namespace) -> int:
    report = Reporter()
    sink = Sink.of(args)
    combined = _combined(args, report)
    sink.write([_query(combined, args)], report)
    return report.status


def _run_export(args: argparse.Namespace) -> int:
    if not (args.format or args.output):
        raise UsageError("export needs --format or -o FILE (its extension names the format)")
    return _run_merge_free(args, default=None)


def _run_show(args: argparse.Namespace) -> int:
    args.output, args.format = None, TABLE
    return _run_merge_free(args, default=TABLE)


def _run_merge_free(args: argparse.Namespace, *, default: str | None) -> int:
    report = Reporter()
    sink = Sink.of(args, default=default)
    sink.write([_combined(args, report)], report)
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
    except UsageError as exc:
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
