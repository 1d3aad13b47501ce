"""Events written by other calendar programs, mapped onto timeline events.

A foreign VEVENT becomes an event of kind OTHER: its SUMMARY is the title, its
DESCRIPTION the summary, LOCATION/GEO a place, and one source points at the file
(the VEVENT's offsets in it, SUMMARY and DESCRIPTION as the quote). What has no
field (RRULE, attendees, categories, status...) is kept as notes under the summary.
Works on the objects icalendar parsed (duck-typed: icalendar is imported by ical.py only).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from timeline._edtf import Precision
from timeline.errors import InvalidValueError
from timeline.models import Event, Place, Source, TimeSpan

if TYPE_CHECKING:
    from timeline.export._ical_lines import Block
    from timeline.export.ical import _Reader

_MAPPED = {"DTSTART", "DTEND", "DURATION", "SUMMARY", "DESCRIPTION", "LOCATION", "GEO", "URL"}
_BOOKKEEPING = {"DTSTAMP", "CREATED", "LAST-MODIFIED", "SEQUENCE", "TRANSP", "CLASS", "PRIORITY"}
_BOOKKEEPING_PREFIXES = ("X-MICROSOFT-", "X-MOZ-")


def foreign_event(reader: _Reader, vevent: Any, block: Block) -> Event:
    """The event for a VEVENT another program wrote."""
    when, notes = _span(reader, vevent, block)
    title = _text(vevent.get("SUMMARY")).strip()
    description = _text(vevent.get("DESCRIPTION")).strip()
    notes += _notes(vevent)
    place, place_note = _place(vevent)
    summary = "\n".join([description, "", *notes] if notes else [description]).strip()
    source = Source(
        document=reader.source,
        url=_text(vevent.get("URL")).strip() or None,
        published=_published(vevent),
        quote="\n".join(part for part in (title, description) if part),
        start=block.start,
        end=max(block.end, block.start),
        date_text=_date_text(vevent.get("DTSTART")),
    )
    try:
        return Event(
            when=when,
            title=title,
            summary=summary + (f"\n{place_note}" if place_note else ""),
            places=(place,) if place else (),
            sources=(source,),
        )
    except InvalidValueError as exc:
        raise reader.fail(block, "DTSTART", "an event timeline can hold", str(exc)) from exc


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(_text(item) for item in value)
    return str(value) if isinstance(value, str) else _ical_text(value)


def _ical_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_ical_text(item) for item in value)
    raw = value.to_ical() if hasattr(value, "to_ical") else str(value)
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def _dt(prop: Any) -> Any:
    """The parsed value of a date/duration property; None where icalendar found it broken."""
    try:
        return getattr(prop, "dt", None)
    except ValueError:  # icalendar's BrokenCalendarProperty
        return None


def _date_text(prop: Any) -> str:
    tzid = getattr(prop, "params", {}).get("TZID")
    return f"{_ical_text(prop)} {tzid}" if tzid else _ical_text(prop)


def _value(reader: _Reader, vevent: Any, block: Block, name: str) -> Any:
    prop = vevent.get(name)
    if prop is None:
        return None
    value = _dt(prop)
    if not isinstance(value, date | timedelta):
        kind = "a duration" if name == "DURATION" else "a DATE or DATE-TIME"
        raise reader.fail(block, name, f"{name} as {kind}", f"got {_ical_text(prop)!r}")
    return value


def _span(reader: _Reader, vevent: Any, block: Block) -> tuple[TimeSpan, list[str]]:
    start = _value(reader, vevent, block, "DTSTART")
    if not isinstance(start, date):
        raise reader.fail(block, "DTSTART", "DTSTART as a DATE or DATE-TIME")
    end = _end(reader, vevent, block, start)
    if isinstance(start, datetime):
        return _timed(reader, start, end)
    last = end - timedelta(days=1) if isinstance(end, date) and end > start else start
    return TimeSpan(start=start, end=last, precision=Precision.DAY), []


def _end(reader: _Reader, vevent: Any, block: Block, start: date) -> date | None:
    """The exclusive end, of the same type as ``start``, or None."""
    end = _value(reader, vevent, block, "DTEND")
    if end is None:
        duration = _value(reader, vevent, block, "DURATION")
        if isinstance(duration, timedelta) and duration > timedelta(0):
            end = _plus(start, duration)
    if not isinstance(end, date):
        return None
    return _as_type(end, start) if isinstance(start, datetime) != isinstance(end, datetime) else end


def _plus(start: date, duration: timedelta) -> date | None:
    try:
        return start + duration
    except OverflowError:  # past year 9999: no end
        return None


def _as_type(end: date, start: date) -> date:
    if isinstance(start, datetime):  # a DATE end after a DATE-TIME start: midnight that day
        return datetime.combine(end, datetime.min.time(), start.tzinfo)
    if not isinstance(end, datetime):
        return end
    return end.date() + timedelta(days=1 if end.time() != datetime.min.time() else 0)


def _timed(reader: _Reader, start: datetime, end: date | None) -> tuple[TimeSpan, list[str]]:
    moment, note = reader.moment(start)
    finish = reader.moment(end)[0] if isinstance(end, datetime) else None
    if moment is None:  # floating and no timezone given: the days it covers
        last = _last_day(end, start)
        span = TimeSpan(start=start.date(), end=max(last, start.date()), precision=Precision.DAY)
        return span, [note]
    if finish is not None and finish > moment:
        return TimeSpan.at(moment, finish), []
    return TimeSpan.at(moment), []


def _last_day(end: date | None, start: datetime) -> date:
    """The last day a floating time range touches (its end is exclusive)."""
    if not isinstance(end, datetime) or (end.tzinfo is None) != (start.tzinfo is None):
        return start.date()
    return (end - timedelta(microseconds=1)).date() if end > start else start.date()


def _published(vevent: Any) -> date | None:
    for name in ("LAST-MODIFIED", "DTSTAMP", "CREATED"):
        value = _dt(vevent.get(name))
        if isinstance(value, datetime):
            return value.astimezone(UTC).date() if value.tzinfo else value.date()
        if isinstance(value, date):
            return value
    return None


def _place(vevent: Any) -> tuple[Place | None, str]:
    name = " ".join(_text(vevent.get("LOCATION")).split())
    geo = vevent.get("GEO")
    lat, lon = _coordinate(geo, "latitude"), _coordinate(geo, "longitude")
    if geo is not None and lat is not None and lon is not None:
        try:
            return Place(name=name or f"{lat}, {lon}", lat=float(lat), lon=float(lon)), ""
        except InvalidValueError:
            note = f"GEO: {_ical_text(geo)} (out of range, not kept as coordinates)"
            return (Place(name=name) if name else None), note
    return (Place(name=name) if name else None), ""


def _coordinate(geo: Any, name: str) -> Any:
    try:
        return getattr(geo, name, None)
    except ValueError:  # icalendar's BrokenCalendarProperty
        return None


def _notes(vevent: Any) -> list[str]:
    """One line per property that has no event field, bookkeeping left out."""
    notes = []
    for name, value in vevent.property_items(recursive=False, sorted=False):
        if name in _MAPPED or name in _BOOKKEEPING or name.startswith(_BOOKKEEPING_PREFIXES):
            continue
        if name in ("BEGIN", "END"):
            continue
        notes.append(_note(name, value))
    return notes


def _note(name: str, value: Any) -> str:
    text = str(value) if isinstance(value, str) else _ical_text(value)
    if name == "RRULE":
        return f"Repeats (RRULE {text}); only the first occurrence is imported."
    common_name = getattr(value, "params", {}).get("CN")
    if common_name:
        text = f"{common_name} <{text.removeprefix('mailto:').removeprefix('MAILTO:')}>"
    return f"{name}: {text}"
