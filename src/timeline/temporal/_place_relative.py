"""Place relative and anaphoric expressions.

Relative ones ("yesterday", "next week", "three days ago", "in 5 minutes") are
placed from the document date (or its clock); anaphoric ones ("the following
day", "two days later") from the previous date of the narrative.
"""

from __future__ import annotations

from datetime import date, timedelta

from timeline._edtf import Precision
from timeline.models import Resolution, TimeSpan, TimexType
from timeline.temporal import _calendar as cal
from timeline.temporal._atoms import Atom
from timeline.temporal._place_periods import _PERIOD_UNITS, _period_later, _year_before_report
from timeline.temporal._placed import (
    Context,
    Placed,
    _on,
    _unresolved,
    _unresolved_day,
    _with_part,
    _x_value,
)


def _dayword(atom: Atom, ctx: Context) -> Placed:
    """'yesterday', 'heute' from the document date; in a history, 'today' alone is the
    present of the writer, not a day ('the region known today as...': PRESENT_REF)."""
    if ctx.reference is None:
        return _unresolved("XXXX-XX-XX")
    if ctx.history and atom.offset == 0 and atom.daypart is None and atom.time is None:
        return Placed(TimexType.DATE, "PRESENT_REF", None, ctx.deictic)
    return _on(atom, ctx.reference + timedelta(days=atom.offset), ctx.deictic)


def _anaday(atom: Atom, ctx: Context) -> Placed:
    anchor, resolution = _anchor(ctx)
    if anchor is None:  # "l'après-midi à 7 heures", no date told: XXXX-XX-XXT19:00
        return _unresolved_day(atom, "XXXX-XX-XX")
    return _on(atom, anchor + timedelta(days=atom.offset), resolution)


def _anchor(ctx: Context) -> tuple[date | None, Resolution]:
    if ctx.previous is not None:
        return ctx.previous, Resolution.ANAPHORIC
    return ctx.reference, ctx.deictic


def _shift_unit(atom: Atom, ctx: Context) -> Placed | None:
    assert atom.unit is not None
    anchor, resolution = _told(atom, ctx)
    if anchor is None:
        return _unresolved(_x_value(atom.unit))
    day = cal.shift(anchor, atom.unit, _weekend_shift(atom, ctx) or atom.shift or 0)
    return None if day is None else _with_part(atom, day, atom.unit, resolution)


def _told(atom: Atom, ctx: Context) -> tuple[date | None, Resolution]:
    """Where a shift starts: the reference, or for 'the following year' the date told before.

    The date told last: a period named after the last day ("said Friday ... in June
    1998 and returned later that year") wins over that day; a day named after a
    period clears it (see tagger._after).
    """
    if atom.anaphoric:
        if _named_last(ctx.period, ctx.previous):
            assert ctx.period is not None
            assert ctx.period.start is not None
            return ctx.period.start, Resolution.ANAPHORIC
        if ctx.previous is not None:
            return ctx.previous, Resolution.ANAPHORIC
        if ctx.narrative is not None:
            return date(ctx.narrative, 1, 1), Resolution.ANAPHORIC
    return ctx.reference, ctx.deictic


def _named_last(period: TimeSpan | None, previous: date | None) -> bool:
    """True when ``period`` was named after the day ``previous`` (it does not hold it)."""
    if period is None or period.start is None:
        return False
    return previous is None or not period.start <= previous <= (period.end or period.start)


_SATURDAY = 5


def _weekend_shift(atom: Atom, ctx: Context) -> int | None:
    """'the weekend' alone is the nearer one, a weekend ahead counting double as for months.

    News tells the past: on Monday to Thursday it is the last one, on Friday the
    coming one; in a future clause ("will meet over the weekend"), the coming one.
    """
    if atom.unit != "WE" or atom.shift is not None or atom.part or ctx.reference is None:
        return None
    weekday = ctx.reference.weekday()
    if weekday >= _SATURDAY:
        return None
    behind, ahead = weekday + 1, _SATURDAY - weekday  # days since Sunday, days to Saturday
    if ctx.future or ahead * 2 < behind:
        return None
    return -1


def _moved(
    atom: Atom, anchor: date | None, resolution: Resolution, sign: int, *, by_day: bool = False
) -> Placed | None:
    """``anchor`` moved by the atom's units, labelled in them (or as a day: ``by_day``)."""
    assert atom.unit is not None
    vague = Placed(TimexType.DATE, "PAST_REF" if sign < 0 else "FUTURE_REF", None, resolution)
    if atom.qty is None:
        return vague
    if anchor is None:
        return _unresolved(_x_value(atom.unit))
    day = cal.shift_by(anchor, atom.unit, sign * atom.qty)
    unit = "D" if by_day else atom.unit
    return vague if day is None else _with_part(atom, day, unit, resolution)  # 4,000 years ago


def _from_clock(atom: Atom, ctx: Context, sign: int) -> Placed | None:
    """'in 5 minutes', 'half an hour from now': the reference's clock moved, to the second.

    Only hours, minutes and seconds, and only when the reference has a time of day.
    """
    if ctx.clock is None or atom.unit not in _CLOCK_UNITS or atom.qty is None:
        return None
    moment = ctx.clock + sign * timedelta(**{_CLOCK_UNITS[atom.unit]: atom.qty})
    value = moment.replace(microsecond=0, tzinfo=None).isoformat()
    span = TimeSpan.at(moment) if moment.tzinfo else TimeSpan.of(moment.date())
    return Placed(TimexType.TIME, value, span, ctx.deictic)


_CLOCK_UNITS = {"H": "hours", "MIN": "minutes", "S": "seconds"}


def _ago(atom: Atom, ctx: Context) -> Placed | None:
    timed = _from_clock(atom, ctx, -1)
    if timed is not None:
        return timed
    period = ctx.period  # results: "up from $10 million a year ago" is that quarter
    quarter = period is not None and period.precision is Precision.QUARTER
    if quarter and atom.unit == "Y" and atom.qty is not None:
        assert period is not None
        return _period_later(atom.but(qty=-atom.qty), period)
    return _moved(_in_days(atom), ctx.reference, ctx.deictic, -1)


def _future(atom: Atom, ctx: Context) -> Placed | None:
    """'dans trois semaines', 'in drei Wochen': the day that many units from the reference."""
    timed = _from_clock(atom, ctx, 1)
    if timed is not None:
        return timed
    atom = _in_days(atom)
    if atom.unit not in _DAY_COUNTED or atom.qty is None or ctx.reference is None:
        return _moved(atom, ctx.reference, ctx.deictic, 1)
    day = cal.shift_by(ctx.reference, atom.unit, atom.qty)
    return None if day is None else _on(atom, day, ctx.deictic)


_DAY_COUNTED = ("D", "W", "M", "Y")


def _in_days(atom: Atom) -> Atom:
    """'in 48 hours', '72 hours ago' without a clock: whole days, the hours past them not
    counted ('in 36 hours' is tomorrow at the earliest; 'in 5 hours' stays today)."""
    if atom.unit == "H" and atom.qty is not None and atom.qty >= _DAY_HOURS:
        return atom.but(unit="D", qty=float(atom.qty // _DAY_HOURS))
    return atom


_DAY_HOURS = 24


def _counts_period(atom: Atom, period: TimeSpan, ctx: Context) -> bool:
    """'a year earlier' counts from the period named ('the third quarter', kept through
    'the quarter ended Sept. 30'); a finer unit counts from the day told inside it ('im
    1. Halbjahr ... am 29. März ... Einen Monat später': April)."""
    if atom.unit not in _PERIOD_UNITS:
        return False
    if ctx.previous is None or period.start is None or period.end is None:
        return True
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month
    return _UNIT_MONTHS[atom.unit] > months  # the period's length, less one month


_UNIT_MONTHS = {"M": 1, "Q": 3, "Y": 12}


def _later(atom: Atom, ctx: Context) -> Placed | None:
    if atom.anaphoric:  # "the year-ago quarter"
        return _year_before_report(atom, ctx)
    period = ctx.period
    if period is not None and atom.qty is not None and _counts_period(atom, period, ctx):
        return _period_later(atom, period)
    anchor, resolution = _anchor(ctx)
    sign = -1 if atom.qty is not None and atom.qty < 0 else 1
    if ctx.previous is None:  # "30 minutes later" with nothing before: from the clock
        timed = _from_clock(atom.but(qty=None if atom.qty is None else abs(atom.qty)), ctx, sign)
        if timed is not None:
            return timed
    qty = None if atom.qty is None else abs(atom.qty)
    weeks = atom.unit in ("D", "W")  # "3 weeks later": a day, as the day it counts from
    return _moved(atom.but(qty=qty), anchor, resolution, sign, by_day=weeks)
