"""A strict reading of iCalendar structure that names the line of every problem.

icalendar parses leniently and its errors do not say where; this pass runs first.
It unfolds content lines, checks each against RFC 5545's ``name *(";" param) ":"
value`` grammar and checks that BEGIN/END nest. It returns, for each VEVENT, the
line it starts on, its character offsets in the text, the line of each property and
the raw values of its X-TIMELINE-* properties, so the importer can name lines, build
sources, and read our own events without a second parse. It imports nothing but ours.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
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


def content_lines(text: str, source: str) -> Iterator[ContentLine]:
    """Unfold ``text`` (CRLF or LF) into content lines, one at a time.

    A malformed line raises FormatError when it is reached. Lazy, so that reading a
    large calendar never holds every line at once.
    """
    head: tuple[int, int] = (1, 0)  # number and offset of the line being unfolded
    pieces: list[str] = []
    end = 0
    for number, start, raw in _physical_lines(text):
        body = raw.removesuffix("\r")
        if body[:1] in (" ", "\t") and pieces:
            pieces.append(body[1:])
            end = start + len(body)
        elif body.strip():
            if pieces:
                yield _split(ContentLine(*head, end, "", "".join(pieces)), source)
            head, pieces, end = (number, start), [body], start + len(body)
    if pieces:
        yield _split(ContentLine(*head, end, "", "".join(pieces)), source)


def _physical_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(number, offset, line) for each line of ``text``, split at LF, without a list."""
    start = number = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        number += 1
        yield number, start, text[start:end]
        start = end + 1


def _split(line: ContentLine, source: str) -> ContentLine:
    match = _CONTENT_LINE.fullmatch(line.value)
    if match is None:
        shown = line.value if len(line.value) <= 40 else line.value[:37] + "..."
        raise FormatError(source, _EXPECTED_LINE, line=line.number, detail=f"got {shown!r}")
    return line._replace(name=match["name"].upper(), value=match["value"])


def vevent_blocks(lines: Iterable[ContentLine], source: str) -> Iterator[Block]:
    """Check BEGIN/END nesting; yield each VEVENT block as it closes."""
    lines = iter(lines)
    first = next(lines, None)
    if first is None or (first.name, first.value.upper()) != ("BEGIN", "VCALENDAR"):
        raise FormatError(
            source, '"BEGIN:VCALENDAR" as the first line', line=first.number if first else 1
        )
    state = _Nesting(source)
    for line in itertools.chain([first], lines):
        closed = state.take(line)
        if closed is not None:
            yield closed
    if state.stack:
        name, number = state.stack[-1]
        raise FormatError(source, f'"END:{name}" for the BEGIN:{name} on line {number}')


class _Nesting:
    """The components open at a point of the file, and the VEVENTs among them."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.stack: list[tuple[str, int]] = []
        self.vevents: list[Block] = []

    def take(self, line: ContentLine) -> Block | None:
        """Follow one line; return the VEVENT block it closes, if it closes one."""
        if line.name == "BEGIN":
            self._begin(line)
        elif line.name == "END":
            return self._end(line)
        elif not self.stack:
            raise FormatError(
                self.source, "content inside BEGIN:VCALENDAR ... END:VCALENDAR", line=line.number
            )
        elif self.stack[-1][0] == "VEVENT":
            block = self.vevents[-1]
            block.lines.setdefault(line.name, line.number)
            if line.name.startswith("X-TIMELINE-"):
                block.timeline.setdefault(line.name, []).append(line.value)
        return None

    def _begin(self, line: ContentLine) -> None:
        kind = line.value.strip().upper()
        if not self.stack and kind != "VCALENDAR":
            raise FormatError(
                self.source, '"BEGIN:VCALENDAR" before any component', line=line.number
            )
        self.stack.append((kind, line.number))
        if kind == "VEVENT":
            self.vevents.append(Block(line=line.number, start=line.start))

    def _end(self, line: ContentLine) -> Block | None:
        kind = line.value.strip().upper()
        if not self.stack or self.stack[-1][0] != kind:
            wanted = "no END after the calendar closed"
            if self.stack:
                wanted = f'"END:{self.stack[-1][0]}"'
            raise FormatError(self.source, wanted, line=line.number, detail=f"got END:{kind}")
        self.stack.pop()
        if kind != "VEVENT":
            return None
        block = self.vevents.pop()
        block.end = line.end
        return block
