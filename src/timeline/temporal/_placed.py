"""What placing an Atom produces, and the shared ways of writing it.

``Context`` is what relative expressions are placed from (the document date,
the previous date of the narrative, the period last named...); ``Placed`` is
an atom placed on the calendar. The helpers here label a day, a day with a
time of day (and its zone), a period with its part ("early 2020") and the
X placeholders of what cannot be placed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeline.models import Resolution, TimeSpan, TimexType
from timeline.temporal import _calendar as cal
from timeline.temporal._atoms import Atom, filled_init


@filled_init
@dataclass(frozen=True)
class Context:
    """What relative expressions are placed from."""

    reference: date | None
    inferred: bool = False
    previous: date | None = None
    future: bool = False  # the clause tells the future: 'will meet in January'
    past: bool = False  # the clause tells the past: 'In January, the company changed...'
    period: TimeSpan | None = None  # the last month, quarter or year named: "a year earlier"
    quarter: TimeSpan | None = None  # the last quarter named: "the 1988 quarter" after a year
    narrative: int | None = None  # the year the text last named in full: "In 1861 ... 4 July"
    clock: datetime | None = None  # a reference with a time of day: "in 5 minutes" counts from it
    history: bool = False  # every year named in full is years before the reference: a history
    before_christ: bool = False  # the last year named was BC: "the following year" is unknown

    @property
    def deictic(self) -> Resolution:
        """The resolution of an expression placed from the document date."""
        return Resolution.INFERRED if self.inferred else Resolution.REFERENCE


@filled_init
@dataclass(frozen=True)
class Placed:
    """An atom placed on the calendar."""

    type: TimexType
    value: str
    span: TimeSpan | None
    resolution: Resolution
    mod: str | None = None


def _unresolved(value: str, kind: TimexType = TimexType.DATE) -> Placed:
    return Placed(kind, value, None, Resolution.UNRESOLVED)


def _unresolved_day(atom: Atom, value: str) -> Placed:
    """A day that cannot be placed ('XXXX-WXX-1'), with its time or part of the day kept:
    'lundi à 9h' is XXXX-WXX-1T09:00, 'lundi soir' XXXX-WXX-1TEV."""
    if atom.time is not None and atom.time.hour is not None:
        clock = f"{atom.time.hour:02d}:{atom.time.minute or 0:02d}"
        return _unresolved(f"{value}T{clock}", TimexType.TIME)
    if atom.daypart:
        return _unresolved(f"{value}T{atom.daypart}", TimexType.TIME)
    return _unresolved(value)


def _on(atom: Atom, day: date, resolution: Resolution) -> Placed:
    if atom.kind == "date" and atom.unit == "W":  # "the week of March 6"
        return Placed(TimexType.DATE, cal.label(day, "W"), cal.span(day, "W"), resolution)
    if atom.time is not None:
        return _at(atom.time, day, resolution)
    if atom.daypart:  # "Sunday morning"; "a fin de esta mañana" with its mod
        value = f"{day.isoformat()}T{atom.daypart}"
        return Placed(TimexType.TIME, value, TimeSpan.of(day), resolution, atom.part)
    if atom.part:  # "late yesterday"
        return Placed(
            TimexType.DATE,
            day.isoformat(),
            TimeSpan.of(day, approximate=True),
            resolution,
            atom.part,
        )
    return Placed(TimexType.DATE, day.isoformat(), TimeSpan.of(day), resolution)


def _with_part(atom: Atom, day: date, unit: str, resolution: Resolution) -> Placed:
    whole = cal.span(day, unit)
    if atom.part in ("H1", "H2"):
        if unit != "Y":
            return Placed(TimexType.DATE, cal.label(day, unit), whole, resolution)
        half = cal.part_of(whole, atom.part)
        return Placed(TimexType.DATE, f"{day.year:04d}-{atom.part}", half, resolution)
    return Placed(
        TimexType.DATE, cal.label(day, unit), cal.part_of(whole, atom.part), resolution, atom.part
    )


def _x_value(unit: str) -> str:
    return {"W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(unit, "XXXX")


def _at(time: Atom, day: date, resolution: Resolution) -> Placed:
    assert time.hour is not None
    value = f"{day.isoformat()}T{time.hour:02d}:{time.minute or 0:02d}"
    if time.second is not None:  # "17:49:19": to the second, as written
        value += f":{time.second:02d}"
    zone = _zone(time.tz)
    if zone is None:
        return Placed(TimexType.TIME, value, TimeSpan.of(day), resolution)
    moment = datetime(
        day.year, day.month, day.day, time.hour, time.minute or 0, time.second or 0, tzinfo=zone
    )
    return Placed(TimexType.TIME, value, TimeSpan.at(moment), resolution)


def _zone(name: str | None) -> tzinfo | None:
    if not name:
        return None
    if name[0] in "+-":
        hours, _, minutes = name[1:].partition(":")
        offset = timedelta(hours=int(hours), minutes=int(minutes or 0))
        return UTC if not offset else timezone(-offset if name[0] == "-" else offset)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
