"""Place an Atom on the calendar: its TIMEX3 type, value, span and resolution.

Relative expressions are placed from the document date (``reference``);
anaphoric ones ("the following day", "two days later") from the previous
date of the narrative. What cannot be placed keeps X placeholders
("XXXX-03-14") and no span, rather than a guess.

``place`` looks up the placer of the atom's kind in ``_PLACERS``. The placers
live by family: explicit calendar dates in ``_place_dates``, report periods in
``_place_periods``, relative and anaphoric expressions in ``_place_relative``,
ranges in ``_place_ranges``; ``Context``, ``Placed`` and the shared labelling in
``_placed``. Kept here: the placers that place another atom first (an offset from a
holiday, a weekday of a counted day), so they can call ``place``, and those of
times of day, durations, sets and vague references, which need no calendar.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline._edtf import Precision
from timeline.models import Resolution, TimexType
from timeline.temporal import _calendar as cal
from timeline.temporal._atoms import Atom, evolve
from timeline.temporal._place_dates import (
    _century,
    _date,
    _decade,
    _holiday,
    _iso_week,
    _nth_of,
    _week_of,
    _year_of,
)
from timeline.temporal._place_periods import _year_period
from timeline.temporal._place_ranges import _closed_range, _open_range
from timeline.temporal._place_relative import (
    _ago,
    _anaday,
    _dayword,
    _from_clock,
    _future,
    _later,
    _shift_unit,
    _told,
)
from timeline.temporal._placed import (
    Context,
    Placed,
    _at,
    _on,
    _unresolved,
    _unresolved_day,
    _with_part,
    _x_value,
)


def place(atom: Atom, ctx: Context) -> Placed | None:
    """The placed form of ``atom`` (None when its parts do not make a real date)."""
    try:
        return _place(atom, ctx)
    except (ValueError, OverflowError):  # 31 February, year 0, a day past 9999-12-31...
        return None


def _place(atom: Atom, ctx: Context) -> Placed | None:
    placed = _PLACERS[atom.kind](atom, ctx)
    if placed is None:
        return None
    if atom.until is not None:
        return _closed_range(placed, _range_end(atom.until, placed, ctx))
    if atom.link:
        return _open_range(placed, atom.link)
    if atom.approx and placed.mod is None:
        return Placed(placed.type, placed.value, placed.span, placed.resolution, atom.approx)
    return placed


def _range_end(until: Atom, first: Placed, ctx: Context) -> Placed | None:
    """The second end of a range, after the first: a month or day without a year placed
    before the first end ("will happen from May to September", told in September: May next
    year, so September next year too) is the first such month after the first end's month
    ("de nov. a mar.": March of the next year); in the same month, no range."""
    last = place(until, ctx)
    start = first.span.start if first.span else None
    if last is None or last.span is None or last.span.end is None or start is None:
        return last
    if last.span.end >= start:
        return last
    if until.kind == "weekday" and until.shift is None:  # "nächsten Donnerstag bis Samstag"
        ahead = evolve(ctx, reference=start + timedelta(days=1), future=True, past=False)
        return place(until, ahead)
    if until.year is not None or until.month is None:
        return last
    year = start.year if until.month > start.month else start.year + 1  # "de nov. a mar."
    if until.month == start.month:
        return last
    moved = place(until.but(year=year), ctx)
    return moved if moved is not None and moved.span is not None else last


def _offset(atom: Atom, ctx: Context) -> Placed | None:
    """'three days after Christmas', 'two weeks from now': a shift from another date."""
    assert atom.base is not None
    assert atom.unit is not None
    by_day = True
    if atom.base.kind == "ref":
        timed = _from_clock(atom, ctx, 1)
        if timed is not None:
            return timed
        anchor, resolution, by_day = ctx.reference, ctx.deictic, False
    else:
        base = place(atom.base, ctx)
        if base is None or base.span is None or base.span.start is None:
            return _x_day(base.value, atom) if base else _unresolved(_x_value(atom.unit))
        anchor, resolution = base.span.start, base.resolution
        by_day = base.span.precision in (Precision.DAY, Precision.TIME)
    if anchor is None or atom.qty is None:
        return _unresolved(_x_value(atom.unit))
    day = cal.shift(anchor, atom.unit, round(atom.qty))
    unit = "D" if by_day or atom.unit in ("H", "MIN", "S", "W") else atom.unit
    if day is not None and atom.unit == "D" and atom.time is not None:
        return _on(atom, day, resolution)  # "la veille de Noël à 18 h"
    return None if day is None else _with_part(atom, day, unit, resolution)


_X_DAY = re.compile(r"XXXX-(\d\d)-(\d\d)")


def _x_day(value: str, atom: Atom) -> Placed:
    """A count of days from a day of unknown year: 'la veille de Noël' is XXXX-12-24 (at
    its time: 'à 18 h', XXXX-12-24T18:00)."""
    found = _X_DAY.fullmatch(value)
    assert atom.unit is not None
    if found is None or atom.unit != "D" or atom.qty is None:
        return _unresolved(_x_value(atom.unit))
    month, day = int(found[1]), int(found[2])
    year = 2000 if (month, day) == (2, 29) else 2001  # a year of unknown leap: the common one
    moved = date(year, month, day) + timedelta(days=round(atom.qty))
    return _unresolved_day(atom, f"XXXX-{moved.month:02d}-{moved.day:02d}")


_COUNTS = ("offset", "future")


def _weekday_of_count(atom: Atom, count: Atom, ctx: Context) -> Placed | None:
    """The weekday of the (ISO) week of the day counted to: 'in 3 days on Friday'."""
    assert atom.weekday is not None
    counted = place(count, ctx)
    if counted is None or counted.span is None or counted.span.start is None:
        return counted
    day: date | None = counted.span.start
    now = count.base is not None and count.base.kind == "ref" and ctx.reference is not None
    if now and count.unit and count.qty is not None:  # "two years from now": that very day
        assert ctx.reference is not None
        day = cal.shift(ctx.reference, count.unit, round(count.qty))
    if day is None:
        return None
    return _on(atom, day + timedelta(days=atom.weekday - day.isoweekday()), counted.resolution)


def _weekday(atom: Atom, ctx: Context) -> Placed | None:
    assert atom.weekday is not None
    anchor, resolution = _told(atom, ctx)
    if anchor is None:
        return _unresolved_day(atom, f"XXXX-WXX-{atom.weekday}")
    if atom.base is not None and atom.base.kind in _COUNTS:  # "Monday two weeks from now"
        return _weekday_of_count(atom, atom.base, ctx)
    if atom.base is not None and atom.base.unit == "W":  # "el lunes de la semana pasada"
        week = cal.shift(anchor, "W", atom.base.shift or 0)
        if week is None:  # past the calendar's ends
            return None
        day = week + timedelta(days=atom.weekday - week.isoweekday())
        return _on(atom, day + timedelta(days=atom.offset), resolution)
    day = cal.weekday_near(
        anchor, atom.weekday, atom.shift, future=ctx.future, past=ctx.past, near=atom.near
    )
    return _on(atom, day + timedelta(days=atom.offset), resolution)  # "Nacht zum Dienstag": -1


def _duration(atom: Atom, ctx: Context) -> Placed:
    assert atom.unit is not None
    value = atom.value or cal.duration_value(atom.qty, atom.unit)  # "PT1H20M" as written
    return Placed(TimexType.DURATION, value, None, Resolution.ABSOLUTE)


def _set(atom: Atom, ctx: Context) -> Placed:
    if atom.value:
        value = atom.value
    elif atom.weekday is not None:
        value = f"XXXX-WXX-{atom.weekday}"
    else:
        assert atom.unit is not None
        value = cal.duration_value(atom.qty or 1, atom.unit)
    return Placed(TimexType.SET, value, None, Resolution.ABSOLUTE)


def _ref(atom: Atom, ctx: Context) -> Placed:
    assert atom.ref is not None
    resolution = ctx.deictic if ctx.reference else Resolution.UNRESOLVED
    return Placed(TimexType.DATE, atom.ref, None, resolution)


def _era(atom: Atom, ctx: Context) -> Placed:
    """A year or century before Christ: its TIMEX3 value ('BC0058'), no calendar span."""
    assert atom.value is not None
    return Placed(TimexType.DATE, atom.value, None, Resolution.ABSOLUTE)


def _time(atom: Atom, ctx: Context) -> Placed:
    if ctx.reference is None:
        return _unresolved(f"XXXX-XX-XXT{atom.hour:02d}:{atom.minute or 0:02d}", TimexType.TIME)
    return _at(atom, ctx.reference, ctx.deictic)


_PLACERS = {
    "date": _date,
    "yearof": _year_of,
    "yearperiod": _year_period,
    "isoweek": _iso_week,
    "weekof": _week_of,
    "nthof": _nth_of,
    "decade": _decade,
    "century": _century,
    "holiday": _holiday,
    "offset": _offset,
    "dayword": _dayword,
    "anaday": _anaday,
    "weekday": _weekday,
    "shift": _shift_unit,
    "ago": _ago,
    "future": _future,
    "later": _later,
    "duration": _duration,
    "set": _set,
    "ref": _ref,
    "era": _era,
    "time": _time,
}
