"""The ``timeline`` command line: parse arguments, call the library, print.

No business logic lives here. ``main(argv)`` returns the exit status.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline import export
from timeline.errors import TimelineError
from timeline.extract import extract
from timeline.timeline import Timeline


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline", description="Dated events from news text: extract, merge, export."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    ext = commands.add_parser("extract", help="extract the dated events of text files")
    ext.add_argument("files", nargs="+", type=Path, help="text files to read")
    ext.add_argument("-o", "--output", type=Path, help="output file; format from its extension")
    ext.add_argument("--published", help="document date (ISO), the reference for relative dates")
    ext.add_argument("--lang", help="language code (en, fr, es, de, it, pt); detected if omitted")
    return parser


def _extract(args: argparse.Namespace) -> int:
    timelines = []
    for path in args.files:
        text = path.read_text(encoding="utf-8")
        timelines.append(extract(text, published=args.published, lang=args.lang, source=path.name))
    result = Timeline(event for timeline in timelines for event in timeline)
    if args.output:
        export.write(result, args.output)
        print(f"wrote {len(result)} events to {args.output}", file=sys.stderr)
    else:
        print(format_table(result))
    return 0


def format_table(timeline: Timeline) -> str:
    """A readable table: date, kind, actors, title."""
    rows = [("WHEN", "KIND", "ACTORS", "TITLE")]
    for event in timeline:
        actors = ",".join(actor.code for actor in event.actors) or "-"
        title = event.title if len(event.title) <= 90 else event.title[:87] + "..."
        rows.append((event.when.edtf, event.kind.value, actors, title))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = [
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:3])) + "  " + row[3]
        for row in rows
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        return _extract(args)
    except (TimelineError, OSError) as exc:
        print(f"timeline: error: {exc}", file=sys.stderr)
        return 1
