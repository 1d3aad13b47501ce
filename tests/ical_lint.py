"""A lint for what iCalendar parsers forgive but RFC 5545 does not (used by the export tests).

``problems(data)`` returns one message per problem: line endings, 75-octet folding
(octets, never splitting a UTF-8 sequence), control characters, TEXT escaping,
required properties, DTEND after DTSTART, unique UIDs.
"""

from __future__ import annotations

import re

_LINE = re.compile(r"(?P<name>[A-Z0-9-]+)(?P<params>(?:;[A-Z0-9-]+=[^:]*)*):(?P<value>.*)")
_TEXT = {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "X-WR-CALNAME"}
_TOKEN = re.compile(r"\\.?|[;,]", re.DOTALL)
_STAMP = re.compile(r"\d{8}T\d{6}Z")
_DATE = re.compile(r"\d{8}")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def problems(data: bytes) -> list[str]:
    """Every problem found in ``data``; an empty list for a clean file."""
    found = _physical(data)
    logical = _unfold(data)
    for number, line in logical:
        found += _content(number, line)
    found += _structure(logical)
    return found


def _physical(data: bytes) -> list[str]:
    found = []
    if not data.endswith(b"\r\n"):
        found.append("the file does not end with CRLF")
    for number, raw in enumerate(data.split(b"\r\n")[:-1], start=1):
        if b"\n" in raw or b"\r" in raw:
            found.append(f"line {number}: bare CR or LF (lines must end with CRLF)")
        if len(raw) > 75:
            found.append(f"line {number}: {len(raw)} octets (fold at 75)")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            found.append(f"line {number}: not UTF-8 on its own (a fold split a character)")
    return found


def _unfold(data: bytes) -> list[tuple[int, str]]:
    lines: list[tuple[int, str]] = []
    for number, raw in enumerate(data.split(b"\r\n")[:-1], start=1):
        text = raw.decode("utf-8", "replace")
        if text[:1] in (" ", "\t") and lines:
            lines[-1] = (lines[-1][0], lines[-1][1] + text[1:])
        else:
            lines.append((number, text))
    return lines


def _content(number: int, line: str) -> list[str]:
    match = _LINE.fullmatch(line)
    if match is None:
        return [f"line {number}: not NAME;PARAM=VALUE:VALUE: {line[:40]!r}"]
    name, value = match["name"], match["value"]
    found = []
    if _CONTROL.search(value):
        found.append(f"line {number}: control character in {name}")
    if name in _TEXT or name.startswith("X-"):
        tokens = [m[0] for m in _TOKEN.finditer(value)]
        if any(t[0] == "\\" and t[1:] not in ("\\", ";", ",", "n", "N") for t in tokens):
            found.append(f"line {number}: backslash not followed by \\ ; , or n in {name}")
        if name in _TEXT and any(t in (";", ",") for t in tokens):
            found.append(f"line {number}: unescaped ; or , in {name}")
    return found


def _structure(lines: list[tuple[int, str]]) -> list[str]:
    found: list[str] = []
    names = [line.split(":", 1)[0].split(";", 1)[0] for _, line in lines]
    if not lines or lines[0][1] != "BEGIN:VCALENDAR" or lines[-1][1] != "END:VCALENDAR":
        found.append("the file is not one BEGIN:VCALENDAR ... END:VCALENDAR")
    rest = names[1:]
    calendar_props = rest[: rest.index("BEGIN") if "BEGIN" in rest else len(rest)]
    for required in ("VERSION", "PRODID"):
        if calendar_props.count(required) != 1:
            found.append(f"the calendar needs exactly one {required}")
    uids: dict[str, int] = {}
    for number, event in _events(lines):
        found += _event(number, event, uids)
    return found


def _events(lines: list[tuple[int, str]]) -> list[tuple[int, dict[str, list[str]]]]:
    events: list[tuple[int, dict[str, list[str]]]] = []
    depth = 0
    for number, line in lines:
        name, _, value = line.partition(":")
        if line == "BEGIN:VEVENT":
            events.append((number, {}))
        elif line.startswith("BEGIN:") and events:
            depth += 1
        elif line.startswith("END:") and line != "END:VEVENT" and depth:
            depth -= 1
        elif events and not depth and not line.startswith(("END:", "BEGIN:")):
            events[-1][1].setdefault(name, []).append(value)
    return events


def _event(number: int, props: dict[str, list[str]], uids: dict[str, int]) -> list[str]:
    found = []
    for required in ("UID", "DTSTAMP"):
        if len(props.get(required, [])) != 1:
            found.append(f"VEVENT at line {number}: needs exactly one {required}")
    starts = [v for k, v in props.items() if k.split(";")[0] == "DTSTART"]
    ends = [v for k, v in props.items() if k.split(";")[0] == "DTEND"]
    if len(starts) != 1:
        found.append(f"VEVENT at line {number}: needs exactly one DTSTART")
    if not _STAMP.fullmatch(props.get("DTSTAMP", [""])[0]):
        found.append(f"VEVENT at line {number}: DTSTAMP is not a UTC date-time")
    if starts and ends and not _later(starts[0][0], ends[0][0]):
        found.append(
            f"VEVENT at line {number}: DTEND {ends[0][0]} not after DTSTART {starts[0][0]}"
        )
    for uid in props.get("UID", []):
        if uid in uids:
            found.append(f"VEVENT at line {number}: UID {uid} already used at line {uids[uid]}")
        uids[uid] = number
    return found


def _later(start: str, end: str) -> bool:
    if bool(_DATE.fullmatch(start)) != bool(_DATE.fullmatch(end)):
        return False  # DTSTART and DTEND must have the same value type
    return end > start
