"""Place an Atom on the calendar: its TIMEX3 type, value, span and resolution.

Relative expressions are placed from the document date (``reference``);
anaphoric ones ("the following day", "two days later") from the previous
date of the narrative. What cannot be placed keeps X placeholders
("XXXX-03-14") and no span, rather than a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeline._edtf import Precision
from timeline.models import Resolution, TimeSpan, TimexType
from timeline.temporal import _calendar as cal
from timeline.temporal._atoms import Atom


@dataclass(frozen=True)
class Context:
    """What relative expressions are placed from."""

    reference: date | None
    inferred: bool = False
    previous: date | None = None
    future: bool = False
    period: TimeSpan | None = None  # the last month, quarter or year named: "a year earlier"
    narrative: int | None = None  # the year the text last named in full: "In 1861 ... 4 July"
    clock: datetime | None = None  # a reference with a time of day: "in 5 minutes" counts from it

    @property
    def deictic(self) -> Resolution:
        """The resolution of an expression placed from the document date."""
        return Resolution.INFERRED if self.inferred else Resolution.REFERENCE


@dataclass(frozen=True)
class Placed:
    """An atom placed on the calendar."""

    type: TimexType
    value: str
    span: TimeSpan | None
    resolution: Resolution
    mod: str | None = None


def place(atom: Atom, ctx: Context) -> Placed | None:
    """The placed form of ``atom`` (None when its parts do not make a real date)."""
    try:
        placed = _PLACERS[atom.kind](atom, ctx)
    except ValueError:  # 31 February, year 0...
        return None
    if placed is None:
        return None
    if atom.until is not None:
        return _closed_range(placed, place(atom.until.but(kind=atom.until.kind), ctx))
    if atom.link:
        return _open_range(placed, atom.link)
    if atom.approx and placed.mod is None:
        return Placed(placed.type, placed.value, placed.span, placed.resolution, atom.approx)
    return placed


def _unresolved(value: str, kind: TimexType = TimexType.DATE) -> Placed:
    return Placed(kind, value, None, Resolution.UNRESOLVED)


# ------------------------------------------------------------------ explicit


def _date(atom: Atom, ctx: Context) -> Placed | None:  # noqa: PLR0911 - one return per shape
    if atom.season:
        return _season(atom, ctx)
    if atom.quarter is not None:
        return _quarter(atom, ctx)
    if atom.month is None:
        if atom.day is not None and atom.year is None:
            return _day_of_month(atom, ctx)
        if atom.year is None:
            return None
        return _with_part(atom, date(atom.year, 1, 1), "Y", Resolution.ABSOLUTE)
    if atom.day is not None:
        return _day(atom, ctx)
    if atom.year is not None:
        return _with_part(atom, date(atom.year, atom.month, 1), "M", Resolution.ABSOLUTE)
    if ctx.reference is None and ctx.narrative is None:
        return _unresolved(f"XXXX-{atom.month:02d}")
    year, resolution = _yearless(atom, ctx)
    return _with_part(atom, date(year, atom.month, 1), "M", resolution)


_HISTORY = 2  # years between the document and the year a text tells about: a history


def _yearless(atom: Atom, ctx: Context) -> tuple[int, Resolution]:
    """The year of a month or day written without one.

    Without a document date, in a text that last named in full a year at least
    ``_HISTORY`` years from the one standing in for it (a history), that year;
    otherwise the year near the document date, by tense (news: a document date
    given by the caller wins, as news mentioning 1959 still tells of this year).
    """
    assert atom.month is not None
    told = ctx.reference is None or ctx.inferred  # no document date came with the text
    if ctx.narrative is not None and atom.shift is None and told:
        far = ctx.reference is None or abs(ctx.narrative - ctx.reference.year) >= _HISTORY
        if far:
            return ctx.narrative, Resolution.ANAPHORIC
    assert ctx.reference is not None
    return _year_for(atom.month, atom.shift, ctx.reference, future=ctx.future), ctx.deictic


def _day_of_month(atom: Atom, ctx: Context) -> Placed | None:
    """'el martes 25': the 25th nearest the reference that is a Tuesday (else no date).

    Nearest as for months: a day ahead counts double, unless the clause tells the future.
    """
    assert atom.day is not None
    if ctx.reference is None:
        return _unresolved(f"XXXX-XX-{atom.day:02d}")
    reference = ctx.reference
    if atom.base is not None and atom.base.unit == "M":  # "el día 21 de este mes"
        month = cal.shift(reference.replace(day=1), "M", atom.base.shift or 0)
        assert month is not None
        return _on(atom, month.replace(day=atom.day), ctx.deictic)
    days = []
    for months in (-2, -1, 0, 1, 2):
        first = cal.shift(reference.replace(day=1), "M", months)
        if first is None:
            continue
        try:
            day = first.replace(day=atom.day)
        except ValueError:  # no 31st in this month
            continue
        if atom.weekday is None or day.isoweekday() == atom.weekday:
            days.append(day)
    if not days:
        return None
    nearest = min(days, key=lambda day: _lean(day, reference, future=ctx.future))
    return _on(atom, nearest, ctx.deictic)


def _lean(day: date, reference: date, *, future: bool) -> int:
    """How far ``day`` is, a day ahead counting double (news tells the past), or behind in a
    future clause."""
    ahead, behind = max((day - reference).days, 0), max((reference - day).days, 0)
    return behind * 2 + ahead if future else ahead * 2 + behind


def _day(atom: Atom, ctx: Context) -> Placed:
    assert atom.month is not None
    assert atom.day is not None
    if atom.year is None and ctx.reference is None and ctx.narrative is None:
        date(2000, atom.month, atom.day)  # raises ValueError for 31 February
        return _unresolved(f"XXXX-{atom.month:02d}-{atom.day:02d}")
    if atom.year is not None:
        year, resolution = atom.year, Resolution.ABSOLUTE
    else:
        year, resolution = _yearless(atom, ctx)
    day = date(year, atom.month, atom.day)
    return _on(atom, day, resolution)


def _on(atom: Atom, day: date, resolution: Resolution) -> Placed:
    if atom.time is not None:
        return _at(atom.time, day, resolution)
    if atom.part:  # "late yesterday"
        return Placed(
            TimexType.DATE,
            day.isoformat(),
            TimeSpan.of(day, approximate=True),
            resolution,
            atom.part,
        )
    if atom.daypart:
        return Placed(
            TimexType.TIME, f"{day.isoformat()}T{atom.daypart}", TimeSpan.of(day), resolution
        )
    return Placed(TimexType.DATE, day.isoformat(), TimeSpan.of(day), resolution)


def _year_for(month: int, shift: int | None, reference: date, *, future: bool = False) -> int:
    """Last/next occurrence of ``month``; without a shift, the nearest one, leaning by tense.

    News mostly tells the past, so a month ahead of the reference counts double
    against it ("Oct. 23" in May is last October; "January" in November is the
    coming one); in a future clause the bias is reversed.
    """
    if shift == -1:
        return reference.year if month < reference.month else reference.year - 1
    if shift == 1:
        return reference.year if month > reference.month else reference.year + 1
    if shift == 0:
        return reference.year

    def cost(year: int) -> int:
        distance = (year - reference.year) * 12 + month - reference.month
        ahead, behind = max(distance, 0), max(-distance, 0)
        return behind * 2 + ahead if future else ahead * 2 + behind

    return min((reference.year, reference.year - 1, reference.year + 1), key=cost)


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


def _year_of(atom: Atom, ctx: Context) -> Placed | None:
    """'June last year', 'Feb. 3 this year': the reference's year moved by the shift."""
    if ctx.reference is None:
        return _date(atom.but(shift=None), ctx)
    year = ctx.reference.year + (atom.shift or 0)
    placed = _date(atom.but(year=year, shift=None), ctx)
    return None if placed is None else replace(placed, resolution=ctx.deictic)


def _year_period(atom: Atom, ctx: Context) -> Placed | None:
    """'the 1988 period' after 'the third quarter' is 1988's third quarter; else 1988."""
    if atom.year is None:
        return _latest_quarter(ctx)
    period = ctx.period
    if period is None or period.precision is not Precision.QUARTER or period.start is None:
        return _date(atom.but(kind="date"), ctx)
    quarter = date(atom.year, period.start.month, 1)
    return Placed(
        TimexType.DATE, cal.label(quarter, "Q"), cal.span(quarter, "Q"), Resolution.ANAPHORIC
    )


def _latest_quarter(ctx: Context) -> Placed | None:
    """'the latest quarter': the quarter being reported, else the last one completed.

    Results come after the quarter's end, so the quarter the text reports
    (named before, ended less than a year before the document) is the latest.
    """
    if ctx.reference is None:
        return _unresolved("XXXX-QX")
    period, reference = ctx.period, ctx.reference
    if _reported(period, reference):
        assert period is not None
        label = cal.label(period.start or reference, "Q")
        return Placed(TimexType.DATE, label, period, Resolution.ANAPHORIC)
    last = cal.shift(reference, "Q", -1)
    if last is None:
        return None
    return Placed(TimexType.DATE, cal.label(last, "Q"), cal.span(last, "Q"), ctx.deictic)


def _reported(period: TimeSpan | None, reference: date) -> bool:
    """True for a quarter that ended in the year before ``reference``."""
    if period is None or period.precision is not Precision.QUARTER or period.end is None:
        return False
    return reference - timedelta(days=366) < period.end < reference


def _iso_week(atom: Atom, ctx: Context) -> Placed | None:
    """'week 31': the ISO week of the year written, else of the reference's year."""
    assert atom.qty is not None
    week = round(atom.qty)
    if atom.year is not None:
        year, resolution = atom.year, Resolution.ABSOLUTE
    elif ctx.reference is not None:
        year, resolution = ctx.reference.year + (atom.shift or 0), ctx.deictic
    else:
        return _unresolved(f"XXXX-W{week:02d}")
    monday = date.fromisocalendar(year, week, 1)  # ValueError for week 53 of most years
    return Placed(TimexType.DATE, cal.label(monday, "W"), cal.span(monday, "W"), resolution)


def _week_of(atom: Atom, ctx: Context) -> Placed | None:
    """'the first week of 2021' is 2021-W01; of a month, the week of its 1st, 8th... day."""
    assert atom.qty is not None
    whole = _date(atom.but(kind="date", qty=None), ctx)
    if whole is None or whole.span is None or whole.span.start is None:
        return None if whole is None else _unresolved("XXXX-WXX")
    assert whole.span.end is not None
    n = round(atom.qty)
    if atom.month is None:  # ISO weeks of the year
        last = date(whole.span.start.year, 12, 28).isocalendar().week
        week = last if n == -1 else n
        day = date.fromisocalendar(whole.span.start.year, week, 1)
    else:
        day = whole.span.end if n == -1 else whole.span.start + timedelta(weeks=n - 1)
        if day > whole.span.end:
            return None
    return Placed(TimexType.DATE, cal.label(day, "W"), cal.span(day, "W"), whole.resolution)


def _nth_of(atom: Atom, ctx: Context) -> Placed | None:
    """'the third month of 2021', 'the 15th day of next month': counted from the period's start."""
    assert atom.qty is not None
    assert atom.unit is not None
    if atom.year is not None:
        start, unit, resolution = date(atom.year, 1, 1), "Y", Resolution.ABSOLUTE
    elif atom.base is not None and atom.base.unit is not None and ctx.reference is not None:
        unit, resolution = atom.base.unit, ctx.deictic
        moved = cal.shift(ctx.reference, unit, atom.base.shift or 0)
        if moved is None:
            return None
        start = cal.span(moved, unit).start or moved
    else:
        return _unresolved("XXXX-XX" if atom.unit == "M" else "XXXX-XX-XX")
    whole = cal.span(start, unit)
    day = cal.shift(start, atom.unit, round(atom.qty) - 1)
    if day is None or whole.end is None or day > whole.end:
        return None
    return Placed(TimexType.DATE, cal.label(day, atom.unit), cal.span(day, atom.unit), resolution)


def _season(atom: Atom, ctx: Context) -> Placed:
    assert atom.season is not None
    if atom.year is not None:
        year, resolution = atom.year, Resolution.ABSOLUTE
    elif ctx.reference is not None:
        year, resolution = _season_year(atom, ctx.reference), ctx.deictic
    else:
        return _unresolved(f"XXXX-{atom.season}")
    whole = cal.season_span(year, atom.season)
    return Placed(
        TimexType.DATE,
        f"{year:04d}-{atom.season}",
        cal.part_of(whole, atom.part),
        resolution,
        atom.part,
    )


def _season_year(atom: Atom, reference: date) -> int:
    assert atom.season is not None
    this = cal.season_span(reference.year, atom.season)
    assert this.start is not None
    assert this.end is not None
    if atom.shift == -1 and this.end >= reference:
        return reference.year - 1
    if atom.shift == 1 and this.start <= reference:
        return reference.year + 1
    return reference.year


def _quarter(atom: Atom, ctx: Context) -> Placed:
    quarter = 4 if atom.quarter == -1 else atom.quarter
    assert quarter is not None
    if atom.year is not None:
        year, resolution = atom.year, Resolution.ABSOLUTE
    elif ctx.reference is not None:
        year, resolution = ctx.reference.year + (atom.shift or 0), ctx.deictic
    else:
        return _unresolved(f"XXXX-Q{quarter}")
    return _with_part(atom, date(year, 3 * quarter - 2, 1), "Q", resolution)


def _decade(atom: Atom, ctx: Context) -> Placed:
    assert atom.decade is not None
    return _with_part(atom, date(atom.decade or 1, 1, 1), "DE", Resolution.ABSOLUTE)


def _century(atom: Atom, ctx: Context) -> Placed:
    assert atom.decade is not None
    return _with_part(atom, date(atom.decade or 1, 1, 1), "CE", Resolution.ABSOLUTE)


def _holiday(atom: Atom, ctx: Context) -> Placed:
    placed = _holiday_day(atom, ctx)
    if atom.unit != "WE" or placed.span is None or placed.span.start is None:
        return placed
    saturday = cal.nearest_weekend(placed.span.start)  # "Labor Day weekend": the one next to it
    return Placed(
        TimexType.DATE, cal.label(saturday, "WE"), cal.span(saturday, "WE"), placed.resolution
    )


def _holiday_day(atom: Atom, ctx: Context) -> Placed:
    assert atom.holiday is not None
    if atom.year is not None:
        return _on(atom, cal.holiday(atom.holiday, atom.year), Resolution.ABSOLUTE)
    if atom.base is not None and ctx.reference is not None:  # "... of this year"
        year = ctx.reference.year + (atom.base.shift or 0)
        return _on(atom, cal.holiday(atom.holiday, year), ctx.deictic)
    if ctx.reference is None:
        fixed = atom.holiday[:1].isdigit()
        return _unresolved(f"XXXX-{atom.holiday}" if fixed else "XXXX-XX-XX")
    day = cal.holiday(atom.holiday, ctx.reference.year)
    forward = atom.shift == 1 or (atom.shift is None and ctx.future)
    soon = 0 if atom.shift == -1 else _SOON  # "last Easter" is never ahead
    if forward and day < ctx.reference:
        day = cal.holiday(atom.holiday, ctx.reference.year + 1)
    elif not forward and day > ctx.reference + timedelta(days=soon):
        day = cal.holiday(atom.holiday, ctx.reference.year - 1)
    return _on(atom, day, ctx.deictic)


_SOON = 14  # a holiday up to two weeks ahead is this year's even in past-tense news


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
            return _unresolved(_x_value(atom.unit))
        anchor, resolution = base.span.start, base.resolution
        by_day = base.span.precision in (Precision.DAY, Precision.TIME)
    if anchor is None or atom.qty is None:
        return _unresolved(_x_value(atom.unit))
    day = cal.shift(anchor, atom.unit, round(atom.qty))
    unit = "D" if by_day or atom.unit in ("H", "MIN", "S", "W") else atom.unit
    return None if day is None else _with_part(atom, day, unit, resolution)


# ------------------------------------------------------------------ relative


def _dayword(atom: Atom, ctx: Context) -> Placed:
    if ctx.reference is None:
        return _unresolved("XXXX-XX-XX")
    return _on(atom, ctx.reference + timedelta(days=atom.offset), ctx.deictic)


def _anaday(atom: Atom, ctx: Context) -> Placed:
    anchor, resolution = _anchor(ctx)
    if anchor is None:
        return _unresolved("XXXX-XX-XX")
    return _on(atom, anchor + timedelta(days=atom.offset), resolution)


def _anchor(ctx: Context) -> tuple[date | None, Resolution]:
    if ctx.previous is not None:
        return ctx.previous, Resolution.ANAPHORIC
    return ctx.reference, ctx.deictic


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
        return _unresolved(f"XXXX-WXX-{atom.weekday}")
    if atom.base is not None and atom.base.kind in _COUNTS:  # "Monday two weeks from now"
        return _weekday_of_count(atom, atom.base, ctx)
    if atom.base is not None and atom.base.unit == "W":  # "el lunes de la semana pasada"
        week = cal.shift(anchor, "W", atom.base.shift or 0)
        assert week is not None
        day = week + timedelta(days=atom.weekday - week.isoweekday())
        return _on(atom, day, resolution)
    day = cal.weekday_near(anchor, atom.weekday, atom.shift, future=ctx.future)
    return _on(atom, day, resolution)


def _shift_unit(atom: Atom, ctx: Context) -> Placed | None:
    assert atom.unit is not None
    anchor, resolution = _told(atom, ctx)
    if anchor is None:
        return _unresolved(_x_value(atom.unit))
    day = cal.shift(anchor, atom.unit, _weekend_shift(atom, ctx) or atom.shift or 0)
    return None if day is None else _with_part(atom, day, atom.unit, resolution)


def _told(atom: Atom, ctx: Context) -> tuple[date | None, Resolution]:
    """Where a shift starts: the reference, or for 'the following year' the date told before."""
    if atom.anaphoric:
        if ctx.previous is not None:
            return ctx.previous, Resolution.ANAPHORIC
        if ctx.period is not None and ctx.period.start is not None:
            return ctx.period.start, Resolution.ANAPHORIC
        if ctx.narrative is not None:
            return date(ctx.narrative, 1, 1), Resolution.ANAPHORIC
    return ctx.reference, ctx.deictic


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


def _x_value(unit: str) -> str:
    return {"W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(unit, "XXXX")


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
    day = cal.shift(anchor, atom.unit, sign * round(atom.qty))
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
    return _moved(atom, ctx.reference, ctx.deictic, -1)


def _future(atom: Atom, ctx: Context) -> Placed | None:
    """'dans trois semaines', 'in drei Wochen': the day that many units from the reference."""
    timed = _from_clock(atom, ctx, 1)
    if timed is not None:
        return timed
    if atom.unit not in _DAY_COUNTED or atom.qty is None or ctx.reference is None:
        return _moved(atom, ctx.reference, ctx.deictic, 1)
    day = cal.shift(ctx.reference, atom.unit, round(atom.qty))
    return None if day is None else _on(atom, day, ctx.deictic)


_DAY_COUNTED = ("D", "W", "M", "Y")


def _later(atom: Atom, ctx: Context) -> Placed | None:
    period = ctx.period
    if period is not None and atom.qty is not None and atom.unit in _PERIOD_UNITS:
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


_PERIOD_UNITS = ("M", "Q", "Y")
_PRECISION_UNIT = {Precision.MONTH: "M", Precision.QUARTER: "Q", Precision.YEAR: "Y"}


def _period_later(atom: Atom, period: TimeSpan) -> Placed | None:
    """'a year earlier' after 'the third quarter of 1989' is the third quarter of 1988."""
    assert atom.unit is not None
    assert atom.qty is not None
    assert period.start is not None
    day = cal.shift(period.start, atom.unit, round(atom.qty))
    if day is None:
        return None
    unit = _PRECISION_UNIT[period.precision]
    return Placed(TimexType.DATE, cal.label(day, unit), cal.span(day, unit), Resolution.ANAPHORIC)


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


def _time(atom: Atom, ctx: Context) -> Placed:
    if ctx.reference is None:
        return _unresolved(f"XXXX-XX-XXT{atom.hour:02d}:{atom.minute or 0:02d}", TimexType.TIME)
    return _at(atom, ctx.reference, ctx.deictic)


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


# -------------------------------------------------------------------- ranges


def _closed_range(first: Placed, last: Placed | None) -> Placed | None:
    if last is None or first.span is None or last.span is None:
        return first if last is None else None
    start, end = first.span.start, last.span.end
    if start is None or end is None or end < start:
        return None
    precision = first.span.precision
    if precision != last.span.precision or precision is Precision.TIME:
        precision = Precision.DAY
    span = TimeSpan(start=start, end=end, precision=precision)
    resolution = max(first.resolution, last.resolution, key=_RESOLUTION_ORDER.index)
    kind = TimexType.TIME if first.type is last.type is TimexType.TIME else TimexType.DATE
    return Placed(kind, f"{first.value}/{last.value}", span, resolution)


_RESOLUTION_ORDER = list(Resolution)


def _open_range(base: Placed, link: str) -> Placed:
    if base.span is None or base.span.start is None or base.span.end is None:
        return Placed(base.type, base.value, None, base.resolution, link)
    whole = base.span
    precision = Precision.DAY if whole.precision is Precision.TIME else whole.precision
    assert whole.start is not None
    assert whole.end is not None
    if link == "ON_OR_AFTER":
        span = TimeSpan(start=whole.start, end=None, precision=precision)
    elif link == "ON_OR_BEFORE":
        span = TimeSpan(start=None, end=whole.end, precision=precision)
    elif link == "BEFORE":
        span = TimeSpan(start=None, end=whole.start - timedelta(days=1))
    else:
        span = TimeSpan(start=whole.end + timedelta(days=1), end=None)
    return Placed(base.type, base.value, span, base.resolution, link)


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
    "time": _time,
}
