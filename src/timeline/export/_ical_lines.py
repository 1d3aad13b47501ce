"""A strict reading of iCalendar structure that names the line of every problem.

icalendar parses leniently and its errors do not say where; this pass runs first.
It unfolds content lines, checks each against RFC 5545's ``name *(";" param) ":"
value`` grammar and checks that BEGIN/END nest. It returns, for each VEVENT, the
line it starts on, its character offsets in the text, the line of each property and
the raw values of its X-TIMELINE-* properties, so the importer can name lines, build
sources, and read our own events without a second parse. It imports nothing but ours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from timeline.errors import FormatError

_PARAM_VALUE = r'(?:"[^"\x00-\x08\x0a-\x1f\x7f]*"|[^";:,\x00-\x08\x0a-\x1f\x7f]*)'
_CONTENT_LINE = re.compile(
    rf"(?P<name>[A-Za-z0-9-]+)"
    rf"(?:;[A-Za-z0-9-]+={_PARAM_VALUE}(?:,{_PARAM_VALUE})*)*"
    r":(?P<value>.*)",
    re.DOTALL,
)
_EXPECTED_LINE = 'a content line "NAME;PARAM=VALUE:VALUE" (e.g. "DTSTART;VALUE=DATE:20260114")'


class ContentLine(NamedTuple):
    """One unfolded content line: its number (1-based), offsets in the text, name and value."""

    number: int
    start: int
    end: int
    name: str
    value: str


@dataclass
class Block:
    """A VEVENT as found in the text: where it starts and ends, where each property stands."""

    line: int
    start: int
    end: int = 0
    lines: dict[str, int] = field(default_factory=dict)
    timeline: dict[str, list[str]] = field(default_factory=dict)


def content_lines(text: str, source: str) -> list[ContentLine]:
    """Unfold ``text`` (CRLF or LF) into content lines; a malformed one raises FormatError."""
    result: list[ContentLine] = []
    offset = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        body = raw.removesuffix("\r")
        if body[:1] in (" ", "\t") and result:
            last = result[-1]
            result[-1] = last._replace(end=offset + len(body), value=last.value + body[1:])
        elif body.strip():
            result.append(ContentLine(number, offset, offset + len(body), "", body))
        offset += len(raw) + 1
    return [_split(line, source) for line in result]


def _split(line: ContentLine, source: str) -> ContentLine:
    match = _CONTENT_LINE.fullmatch(line.value)
    if match is None:
        shown = line.value if len(line.value) <= 40 else line.value[:37] + "..."
        raise FormatError(source, _EXPECTED_LINE, line=line.number, detail=f"got {shown!r}")
    return line._replace(name=match["name"].upper(), value=match["value"])


def vevent_blocks(lines: list[ContentLine], source: str) -> list[Block]:
    """Check BEGIN/END nesting; return the VEVENT blocks in document order."""
    if not lines or (lines[0].name, lines[0].value.upper()) != ("BEGIN", "VCALENDAR"):
        first = lines[0].number if lines else 1
        raise FormatError(source, '"BEGIN:VCALENDAR" as the first line', line=first)
    stack: list[tuple[str, int]] = []
    blocks: list[Block] = []
    for line in lines:
        _nest(line, stack, blocks, source)
    if stack:
        name, number = stack[-1]
        raise FormatError(source, f'"END:{name}" for the BEGIN:{name} on line {number}')
    return blocks


def _nest(line: ContentLine, stack: list[tuple[str, int]], blocks: list[Block], src: str) -> None:
    kind = line.value.strip().upper()
    if line.name == "BEGIN":
        if not stack and kind != "VCALENDAR":
            raise FormatError(src, '"BEGIN:VCALENDAR" before any component', line=line.number)
        stack.append((kind, line.number))
        if kind == "VEVENT":
            blocks.append(Block(line=line.number, start=line.start))
    elif line.name == "END":
        if not stack or stack[-1][0] != kind:
            wanted = f'"END:{stack[-1][0]}"' if stack else "no END after the calendar closed"
            raise FormatError(src, wanted, line=line.number, detail=f"got END:{kind}")
        stack.pop()
        if kind == "VEVENT":
            blocks[-1].end = line.end
    elif not stack:
        raise FormatError(src, "content inside BEGIN:VCALENDAR ... END:VCALENDAR", line=line.number)
    elif stack[-1][0] == "VEVENT":
        blocks[-1].lines.setdefault(line.name, line.number)
        if line.name.startswith("X-TIMELINE-"):
            blocks[-1].timeline.setdefault(line.name, []).append(line.value)
