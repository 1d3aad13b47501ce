"""CSV: one row per event, safe to open in a spreadsheet, and readable back losslessly.

The readable columns (dates, title, kind, actors, sources...) are for people and
spreadsheets; the last column, ``event_json``, holds the whole event so that
``loads(dumps(t)) == t``. A cell that a spreadsheet would run as a formula (it
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, possibly after
spaces) gets a leading apostrophe. The file starts with a UTF-8 byte order mark so
that spreadsheet programs detect the encoding.
"""

from __future__ import annotations

import csv
import io
import json
import re

from timeline.errors import FormatError, InvalidValueError
from timeline.export._labels import span_label
from timeline.export._utf8 import decode
from timeline.models import Event
from timeline.timeline import Timeline

COLUMNS = (
    "id",
    "start",
    "end",
    "edtf",
    "precision",
    "date",
    "title",
    "summary",
    "kind",
    "status",
    "confidence",
    "actors",
    "actor_codes",
    "places",
    "documents",
    "urls",
    "quotes",
    "event_json",
)
JSON_COLUMN = "event_json"
_FORMULA = re.compile(r"^[ ]*[=+\-@\t\r]")


def neutralise(cell: str) -> str:
    """``cell`` with a leading apostrophe when a spreadsheet would read it as a formula."""
    return "'" + cell if _FORMULA.match(cell) else cell


def _row(event: Event) -> list[str]:
    when = event.when
    cells = [
        event.id,
        when.start.isoformat() if when.start else "",
        when.end.isoformat() if when.end else "",
        when.edtf,
        when.precision.value,
        span_label(when),
        event.title,
        event.summary,
        event.kind.value,
        event.status.value,
        f"{event.confidence:g}",
        "; ".join(actor.name for actor in event.actors),
        "; ".join(actor.code for actor in event.actors),
        "; ".join(place.name for place in event.places),
        "; ".join(source.document for source in event.sources),
        "; ".join(source.url for source in event.sources if source.url),
        "\n".join(source.quote for source in event.sources),
        json.dumps(event.model_dump(mode="json"), ensure_ascii=False, sort_keys=True),
    ]
    return [neutralise(cell) for cell in cells]


def dumps(timeline: Timeline) -> str:
    """The CSV text (header, then one row per event; CRLF rows; starts with a BOM)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(_row(event) for event in timeline)
    return "\ufeff" + buffer.getvalue()


def loads(text: str | bytes, *, source: str = "<string>") -> Timeline:
    """Read a CSV written by :func:`dumps` (its ``event_json`` column); errors name the line."""
    body = decode(text, source)
    _allow_fields_of(len(body))
    reader = csv.reader(io.StringIO(body, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None or JSON_COLUMN not in header:
            raise FormatError(source, f"a header row with an {JSON_COLUMN!r} column", line=1)
        column = header.index(JSON_COLUMN)
        return Timeline(_event(row, column, source, reader.line_num) for row in reader if row)
    except csv.Error as exc:
        raise FormatError(source, "well-formed CSV", line=reader.line_num, detail=str(exc)) from exc


def _allow_fields_of(size: int) -> None:
    """Let a cell be as long as the whole text (an event's JSON can pass the 128 KiB default).

    The csv module's limit is process-wide and only ever raised here; it guards nothing
    for us, as the whole text is already in memory.
    """
    if csv.field_size_limit() < size:
        csv.field_size_limit(size)


def _event(row: list[str], column: int, source: str, line: int) -> Event:
    if column >= len(row):
        raise FormatError(source, f"a value in column {JSON_COLUMN!r}", line=line)
    try:
        return Event.model_validate(json.loads(row[column]))
    except json.JSONDecodeError as exc:
        raise FormatError(
            source, f"JSON in column {JSON_COLUMN!r}", line=line, detail=exc.msg
        ) from exc
    except RecursionError as exc:
        raise FormatError(source, f"JSON nested less deeply in {JSON_COLUMN!r}", line=line) from exc
    except InvalidValueError as exc:
        raise FormatError(
            source, "a valid event", line=line, detail=f"{exc.field}: {exc.reason}"
        ) from exc
