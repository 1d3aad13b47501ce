"""The JSON document and JSON Lines formats, lossless in both directions."""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from timeline.errors import FormatError, InvalidValueError
from timeline.export._utf8 import decode
from timeline.models import Event
from timeline.timeline import Timeline

FORMAT_NAME = "timeline"
FORMAT_VERSION = 1


class TimelineDocument(BaseModel):
    """The versioned JSON document: ``{"format": "timeline", "version": 1, "events": [...]}``."""

    model_config = ConfigDict(frozen=True, extra="forbid", title="Timeline")

    format: Literal["timeline"] = "timeline"
    version: Literal[1] = 1
    events: tuple[Event, ...] = ()


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the document written by :func:`dumps`."""
    schema = TimelineDocument.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def _event_dict(event: Event) -> dict[str, Any]:
    return event.model_dump(mode="json", exclude_defaults=False)


def dumps(timeline: Timeline, *, indent: int | None = 2) -> str:
    """The JSON document of ``timeline``; keys sorted, so the same timeline gives the same bytes."""
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "events": [_event_dict(event) for event in timeline],
    }
    return json.dumps(document, indent=indent, ensure_ascii=False, sort_keys=True) + "\n"


def loads(text: str | bytes, *, source: str = "<string>") -> Timeline:
    """Read a JSON document; a malformed one raises :class:`FormatError` naming the place."""
    data = _decode(text, source, line_offset=0)
    if not isinstance(data, dict):
        raise FormatError(source, 'a JSON object {"format": "timeline", "events": [...]}', line=1)
    if data.get("format") != FORMAT_NAME or data.get("version") != FORMAT_VERSION:
        raise FormatError(
            source,
            f'"format": "{FORMAT_NAME}" and "version": {FORMAT_VERSION}',
            detail=f"got format={data.get('format')!r}, version={data.get('version')!r}",
        )
    events = data.get("events")
    if not isinstance(events, list):
        raise FormatError(source, '"events" as a list of event objects')
    return Timeline(_event(item, source, f"events[{i}]") for i, item in enumerate(events))


# Characters that JSON may hold raw but that str.splitlines() and other readers take
# for line ends: escaped in JSON Lines, so that one event stays one line for them too.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def dumps_lines(timeline: Timeline) -> str:
    """One compact JSON event per line."""
    lines = [
        json.dumps(_event_dict(event), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        for event in timeline
    ]
    return "".join(line.translate(_LINE_BREAKS) + "\n" for line in lines)


def loads_lines(text: str | bytes, *, source: str = "<string>") -> Timeline:
    """Read JSON Lines; blank lines are skipped, a bad line raises FormatError naming it."""
    if isinstance(text, bytes):
        text = decode(text, source)
    events = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            data = _decode(line, source, line_offset=number - 1)
            events.append(_event(data, source, f"line {number}", line=number))
    return Timeline(events)


def _decode(text: str | bytes, source: str, *, line_offset: int) -> Any:
    if isinstance(text, bytes):
        text = decode(text, source)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(
            source, "valid JSON", line=exc.lineno + line_offset, column=exc.colno, detail=exc.msg
        ) from exc
    except RecursionError as exc:
        raise FormatError(source, "JSON nested less deeply", line=line_offset + 1) from exc


def _event(data: Any, source: str, where: str, *, line: int | None = None) -> Event:
    if not isinstance(data, dict):
        raise FormatError(source, f"an event object at {where}", line=line)
    try:
        return Event.model_validate(data)
    except InvalidValueError as exc:
        raise FormatError(
            source, f"a valid event at {where}", line=line, detail=f"{exc.field}: {exc.reason}"
        ) from exc
