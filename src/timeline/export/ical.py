"""iCalendar (RFC 5545): one VEVENT per event, lossless through X-TIMELINE-* properties.

What a calendar shows (docs/formats.md has the full table):

- a day or a run of days is an all-day event (``DTSTART;VALUE=DATE`` and an exclusive
  ``DTEND``); a week, month, quarter, season, year... is an all-day span over the whole
  period, its label in the title (``[January 2026] ...``) and ``X-TIMELINE-PRECISION``;
- a time is a UTC ``DTSTART`` (and ``DTEND`` when the end time is known);
- an open interval is a one-day event on its known bound, the title saying
  ``[before 14 January 2026]`` or ``[after ...]`` and ``X-TIMELINE-OPEN`` naming the open side.

The whole event travels in ``X-TIMELINE-<FIELD>`` properties whose values are JSON,
so ``loads(dumps(t)) == t``. Files written by other programs (Google Calendar, Outlook,
Thunderbird...) import as events of kind OTHER with one source built from the file.
This is the only module that imports icalendar.
"""

from __future__ import annotations

import itertools
import json
import re
import warnings
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any, get_origin

import icalendar
from icalendar.prop import vGeo, vText

from timeline._edtf import Precision
from timeline.errors import FormatError, InvalidValueError, TimelineWarning
from timeline.export._ical_foreign import foreign_event
from timeline.export._ical_lines import Block, content_lines, vevent_blocks
from timeline.export._labels import safe_uri, span_label
from timeline.export._utf8 import decode
from timeline.models import Event, Place, Source, TimeSpan
from timeline.timeline import Timeline

PRODID = "-//timeline//timeline export//EN"
UID_DOMAIN = "timeline"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# X-TIMELINE-<NAME> for each Event field, built from the model so that a new field travels
# too; the tuple fields repeat the property once per item, under a singular name.
_SINGULAR = {"actors": "ACTOR", "places": "PLACE", "sources": "SOURCE", "reports": "REPORT"}
_SCALARS = {
    name.upper().replace("_", "-"): name
    for name, info in Event.model_fields.items()
    if get_origin(info.annotation) is not tuple
}
_LISTS = {
    _SINGULAR.get(name, name.upper().replace("_", "-")): name
    for name, info in Event.model_fields.items()
    if get_origin(info.annotation) is tuple
}

# Control characters, C1, lone surrogates and Unicode line separators: not in iCalendar TEXT.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# What icalendar raises on input it does not expect: ValueError for most, but also
# AttributeError and friends, e.g. on a repeated VALUE parameter ("VALUE=DATE,DATE").
_ICALENDAR_ERRORS = (ValueError, AttributeError, TypeError, KeyError, IndexError)
_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


# ------------------------------------------------------------------ writing


def dumps(timeline: Timeline, *, stamp: datetime | None = None, name: str | None = None) -> str:
    """The iCalendar text of ``timeline`` (CRLF lines folded at 75 octets).

    ``stamp`` is the DTSTAMP of every event; by default the latest ``published``
    date of the sources (midnight UTC), so the same timeline gives the same bytes.
    ``name`` sets the calendar name shown by apps (X-WR-CALNAME).
    """
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", _Text(clean(name)))
    moment = (stamp or default_stamp(timeline)).astimezone(UTC)
    seen: dict[str, int] = {}
    for event in timeline:
        seen[event.id] = seen.get(event.id, 0) + 1
        calendar.add_component(_vevent(event, moment, _uid(event.id, seen[event.id])))
    result: str = calendar.to_ical().decode("utf-8")
    return result


def default_stamp(timeline: Timeline) -> datetime:
    """The latest source ``published`` date of the timeline at midnight UTC (1970 if none)."""
    days = [source.published for event in timeline for source in event.sources]
    known = [day for day in days if day is not None]
    return datetime.combine(max(known), datetime.min.time(), UTC) if known else EPOCH


def _uid(event_id: str, occurrence: int) -> str:
    suffix = f"-{occurrence}" if occurrence > 1 else ""
    return f"{event_id}{suffix}@{UID_DOMAIN}"


def clean(text: str) -> str:
    """``text`` with line breaks as ``\\n`` and characters iCalendar TEXT cannot hold replaced."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE.sub(lambda m: "\n" if m[0] in "\u2028\u2029" else "\ufffd", text)


def _vevent(event: Event, stamp: datetime, uid: str) -> icalendar.Event:
    vevent = icalendar.Event()
    vevent.add("uid", uid)
    vevent.add("dtstamp", stamp)
    _add_schedule(vevent, event.when)
    vevent.add("summary", _Text(_title(event)))
    vevent.add("description", _Text(clean(describe(event))))
    categories = [event.kind.value, *dict.fromkeys(actor.code for actor in event.actors)]
    vevent.add("categories", categories)
    _add_place(vevent, event.places)
    url = next((u for s in event.sources if (u := safe_uri(s.url)) is not None), None)
    if url:
        vevent.add("url", url, parameters={"VALUE": "URI"})
    _add_timeline_properties(vevent, event)
    return vevent


def _next_day(day: date) -> date | None:
    return None if day == date.max else day + timedelta(days=1)


def _utc(moment: datetime | None) -> datetime | None:
    """``moment`` in UTC; None when there is none or UTC would fall outside years 1-9999."""
    try:
        return moment.astimezone(UTC) if moment else None
    except OverflowError:
        return None


def _add_schedule(vevent: icalendar.Event, span: TimeSpan) -> None:
    """DTSTART/DTEND as a calendar shows them (see the module docstring)."""
    start, end = _utc(span.start_time or span.end_time), _utc(span.end_time)
    if span.precision is Precision.TIME and start is not None:
        vevent.add("dtstart", start)
        if span.start_time and end is not None and end > start:
            vevent.add("dtend", end)
    else:
        first = span.start if span.start is not None else span.end
        last = span.end if span.end is not None else span.start
        vevent.add("dtstart", first)
        if last is not None and (after := _next_day(last)) is not None:
            vevent.add("dtend", after)
    if span.is_open:
        vevent.add("x-timeline-open", "start" if span.start is None else "end")
    vevent.add("x-timeline-precision", span.precision.value)
    vevent.add("x-timeline-edtf", _Text(span.edtf))


def _title(event: Event) -> str:
    span = event.when
    title = clean(event.title).replace("\n", " ").strip() or "(untitled)"
    plain = span.precision in (Precision.DAY, Precision.TIME) and not span.approximate
    if plain and not span.is_open:
        return title
    return f"[{span_label(span)}] {title}"


def describe(event: Event) -> str:
    """The human description: summary, when, kind, actors, places, sources with quotes."""
    parts = [event.summary.strip()] if event.summary.strip() else []
    parts.append(f"When: {span_label(event.when)} (EDTF {event.when.edtf})")
    parts.append(
        f"Kind: {event.kind.value} · Status: {event.status.value}"
        f" · Confidence: {event.confidence:.2f}"
    )
    if event.actors:
        parts.append("Actors: " + "; ".join(f"{a.name} ({a.code})" for a in event.actors))
    if event.places:
        parts.append("Places: " + "; ".join(_place_text(p) for p in event.places))
    parts.append("Sources:\n" + "\n".join(_source_text(s) for s in event.sources))
    return "\n".join(parts)


def _place_text(place: Place) -> str:
    return f"{place.name} ({place.country})" if place.country else place.name


def _source_text(source: Source) -> str:
    head = " — ".join(
        item
        for item in (source.document, source.url, source.published and str(source.published))
        if item
    )
    return f"- {head}\n  “{source.quote}”" if source.quote else f"- {head}"


class _Text(vText):
    """TEXT escaped as RFC 5545 says (backslash, semicolon, comma, line breaks).

    icalendar's own escaping first reads a literal backslash-N as a line break, so
    "C:\\New folder" showed as two lines and JSON holding "\\\\N" did not read back.
    """

    def to_ical(self) -> bytes:
        text = str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n").encode()


class _Geo(vGeo):
    """GEO with RFC 5545 FLOAT values (never exponents), six decimals."""

    def to_ical(self) -> str:
        return f"{self.latitude:.6f};{self.longitude:.6f}"


def _add_place(vevent: icalendar.Event, places: tuple[Place, ...]) -> None:
    if places:
        vevent.add("location", _Text(clean("; ".join(_place_text(p) for p in places))))
    located = [(p.lat, p.lon) for p in places if p.lat is not None and p.lon is not None]
    if located:
        lat, lon = located[0]
        vevent.add("geo", _Geo((lat or 0.0, lon or 0.0)))


def _add_timeline_properties(vevent: icalendar.Event, event: Event) -> None:
    data = event.model_dump(mode="json")
    for name, field in _SCALARS.items():
        vevent.add(f"x-timeline-{name.lower()}", _Text(to_json(data[field])))
    for name, field in _LISTS.items():
        for item in data[field]:
            vevent.add(f"x-timeline-{name.lower()}", _Text(to_json(item)))


def to_json(value: Any) -> str:
    """Compact JSON with every character iCalendar TEXT cannot carry as a \\u escape."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


# ------------------------------------------------------------------ reading


def unescape(text: str) -> str:
    """An iCalendar TEXT value with its escapes (``\\, \\; \\\\ \\n``) undone."""
    return _TEXT_ESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], text)


def loads(
    text: str | bytes, *, source: str = "<string>", floating_tz: tzinfo | None = None
) -> Timeline:
    """Read iCalendar text: our own exports exactly, other programs' events as kind OTHER.

    A time without timezone ("floating") becomes a day unless ``floating_tz`` says
    where it is. Malformed input raises :class:`FormatError` naming the line.
    """
    body = decode(text, source)
    reader = _Reader(source, body, floating_tz)
    # our own events are read as their VEVENT closes (no second parse, nothing kept);
    # other programs' wait for icalendar, which parses the whole text
    found = [
        (block.start, reader.ours(block) if "X-TIMELINE-ID" in block.timeline else block)
        for block in vevent_blocks(content_lines(body, source), source)
    ]
    found.sort(key=lambda pair: pair[0])  # nested VEVENTs close innermost first
    items = [item for _, item in found]
    if any(isinstance(item, Block) for item in items):
        return Timeline(_with_foreign(reader, body, items))
    return Timeline(item for item in items if isinstance(item, Event))


def _with_foreign(reader: _Reader, body: str, items: list[Event | Block]) -> Iterator[Event]:
    """The events of ``items``, each block of another program's VEVENT read by icalendar."""
    try:
        calendars = icalendar.Calendar.from_ical(body.encode("utf-8"), multiple=True)
    except _ICALENDAR_ERRORS as exc:  # the pre-pass catches the structure; a safety net
        raise FormatError(reader.source, "iCalendar content", detail=str(exc)) from exc
    vevents = (c for calendar in calendars for c in calendar.walk("VEVENT"))
    for item, vevent in itertools.zip_longest(items, vevents):
        if isinstance(item, Event):
            yield item
        elif item is not None and vevent is not None:
            event = reader.event(vevent, item)
            if event is not None:
                yield event


class _Reader:
    """Turns parsed VEVENTs into events; knows the file, its text and the floating timezone."""

    def __init__(self, source: str, text: str, floating_tz: tzinfo | None) -> None:
        self.source = source
        self.text = text
        self.floating_tz = floating_tz

    def event(self, vevent: icalendar.Component, block: Block) -> Event | None:
        """Our own event from its X-TIMELINE-* properties, or a foreign one mapped."""
        if "X-TIMELINE-ID" in block.timeline:
            return self.ours(block)
        if "DTSTART" not in vevent:
            warnings.warn(
                TimelineWarning(
                    f"{self.source}, line {block.line}: VEVENT without DTSTART skipped"
                ),
                stacklevel=4,
            )
            return None
        return foreign_event(self, vevent, block)

    def fail(self, block: Block, name: str, expected: str, detail: str = "") -> FormatError:
        """A FormatError at the line of property ``name`` (or of the VEVENT)."""
        line = block.lines.get(name, block.line)
        return FormatError(self.source, expected, line=line, detail=detail)

    def ours(self, block: Block) -> Event:
        """The event a timeline export wrote, from its X-TIMELINE-* values (exact)."""
        data: dict[str, Any] = {}
        for name, field in _SCALARS.items():
            values = block.timeline.get(f"X-TIMELINE-{name}", [])
            if not values and not Event.model_fields[field].is_required():
                continue  # written before this field existed: its default
            if len(values) != 1:
                raise self.fail(block, "X-TIMELINE-ID", f"exactly one X-TIMELINE-{name} property")
            data[field] = self._parse_json(values[0], block, f"X-TIMELINE-{name}")
        for name, field in _LISTS.items():
            prop = f"X-TIMELINE-{name}"
            data[field] = [self._parse_json(v, block, prop) for v in block.timeline.get(prop, [])]
        try:
            return Event.model_validate(data)
        except InvalidValueError as exc:
            raise self.fail(
                block, "X-TIMELINE-ID", "a valid timeline event", f"{exc.field}: {exc.reason}"
            ) from exc

    def _parse_json(self, text: str, block: Block, prop: str) -> Any:
        try:
            return json.loads(unescape(text))
        except json.JSONDecodeError as exc:
            raise self.fail(block, prop, f"JSON in {prop}", exc.msg) from exc
        except RecursionError as exc:
            raise self.fail(block, prop, f"JSON nested less deeply in {prop}") from exc

    def moment(self, value: datetime) -> tuple[datetime | None, str]:
        """An aware datetime at a fixed offset, or None and a note for a floating time."""
        if value.tzinfo is None or value.utcoffset() is None:
            if self.floating_tz is None:
                return None, f"Time {value:%H:%M} has no timezone (floating); kept as a day."
            value = value.replace(tzinfo=self.floating_tz)
        offset = value.utcoffset() or timedelta(0)
        if offset % timedelta(minutes=1):  # local mean time (+09:18:59): JSON keeps whole minutes
            utc = _utc(value)
            if utc is not None:
                return utc, ""
            offset = timedelta(minutes=round(offset.total_seconds() / 60))
        return value.replace(tzinfo=timezone(offset) if offset else UTC), ""
