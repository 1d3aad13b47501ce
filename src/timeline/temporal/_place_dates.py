"""Place explicit calendar dates: days, months, years, seasons, quarters, weeks, holidays.

A date written in full is placed as written; one without its year ("14 March")
takes the year near the document date by tense, or in a history the year the
text last named. Weeks ("week 31", "the first week of 2021"), counted periods
("the third month of 2021"), decades, centuries and holidays are placed here too.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

from timeline.models import Resolution, TimexType
from timeline.temporal import _calendar as cal
from timeline.temporal._atoms import Atom
from timeline.temporal._placed import Context, Placed, _on, _unresolved, _with_part


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
    if _no_year(atom, ctx):
        return _unresolved(f"XXXX-{atom.month:02d}")
    year, resolution = _yearless(atom, ctx)
    return _with_part(atom, date(year, atom.month, 1), "M", resolution)


def _no_year(atom: Atom, ctx: Context) -> bool:
    """Nothing gives a yearless month or day its year: no document date, and no year
    told for a story, or a shift ('last December') that counts from a document date."""
    return ctx.reference is None and (ctx.narrative is None or atom.shift is not None)


_HISTORY = 2  # years between the document and the year a text tells about: a history


def _yearless(atom: Atom, ctx: Context) -> tuple[int, Resolution]:
    """The year of a month or day written without one.

    In a history (``ctx.history``), or without a document date in a text that last
    named in full a year at least ``_HISTORY`` years from the one standing in for it,
    that year;
    otherwise the year near the document date, by tense (news: a document date
    given by the caller wins, as news mentioning 1959 still tells of this year).
    """
    assert atom.month is not None
    told = ctx.reference is None or ctx.inferred  # no document date came with the text
    if ctx.narrative is not None and atom.shift is None and (told or ctx.history):
        far = ctx.reference is None or abs(ctx.narrative - ctx.reference.year) >= _HISTORY
        if far or ctx.history:
            return _story_year(atom, ctx), Resolution.ANAPHORIC
    assert ctx.reference is not None
    return _year_for(atom.month, atom.shift, ctx.reference, tense=_tense(atom, ctx)), ctx.deictic


def _story_year(atom: Atom, ctx: Context) -> int:
    """The year the story is in; the next one for a date its future names before the day
    told ('am 17. Juli ... die am 1. Januar in Kraft treten sollte': the next January)."""
    assert ctx.narrative is not None
    assert atom.month is not None
    told = ctx.previous
    if not ctx.future or told is None or told.year != ctx.narrative:
        return ctx.narrative
    return (
        ctx.narrative + 1 if (atom.month, atom.day or 1) < (told.month, told.day) else ctx.narrative
    )


def _tense(atom: Atom, ctx: Context) -> int:
    """1 in a clause that tells the future, -1 in one that tells the past, else 0.

    A day written with its weekday ("Saturday, April 25") is the nearest that is one:
    its tense does not move it a year.
    """
    if atom.weekday is not None:
        return 0
    return 1 if ctx.future else -1 if ctx.past else 0


def _day_of_month(atom: Atom, ctx: Context) -> Placed | None:
    """'el martes 25': the 25th nearest the reference that is a Tuesday (else no date).

    Nearest as for months: a day ahead counts double, unless the clause tells the future.
    """
    assert atom.day is not None
    told = ctx.previous is not None and atom.weekday is None and atom.base is None
    if atom.anaphoric or (told and atom.shift is None):  # not "el pasado día 22"
        return _day_of_story(atom, ctx)  # "El 12 de marzo ... El día 14": of that month
    if ctx.reference is None:
        return _unresolved(f"XXXX-XX-{atom.day:02d}")
    reference = ctx.reference
    if atom.base is not None and atom.base.unit == "M":  # "el día 21 de este mes"
        month = cal.shift(reference.replace(day=1), "M", atom.base.shift or 0)
        assert month is not None
        return _on(atom, month.replace(day=atom.day), ctx.deictic)
    days = []
    for months in _NEAR_MONTHS:
        first = cal.shift(reference.replace(day=1), "M", months)
        if first is None:
            continue
        try:
            day = first.replace(day=atom.day)
        except ValueError:  # no 31st in this month
            continue
        if atom.weekday is None or day.isoweekday() == atom.weekday:
            days.append(day)
    days = _on_side(days, reference, atom.shift, ctx)
    if not days:
        return None
    nearest = min(days, key=lambda day: _lean(day, reference, future=ctx.future))
    return _on(atom, nearest, ctx.deictic)


def _on_side(days: list[date], reference: date, shift: int | None, ctx: Context) -> list[date]:
    """The days on the side the words say: before the reference for 'no último dia 20' or
    a clause in the past ('viajou no dia 20': no day ahead), after it for 'el próximo día
    10' (the reference day itself is neither the last nor the next). A future clause only
    leans ahead (``_lean``): the nearest day stays the one meant, as Recognizers reads
    'vamos nos encontrar dia 12' written on the 14th."""
    if shift == -1:
        return [day for day in days if day < reference]
    if shift == 1:
        return [day for day in days if day > reference]
    return [day for day in days if day <= reference] if ctx.past else days


def _day_of_story(atom: Atom, ctx: Context) -> Placed | None:
    """'Le 12 janvier ... Le 14, ...': the day nearest the day told before, the story going
    forward (a day behind counts double); no date where no day was told."""
    assert atom.day is not None
    told = ctx.previous
    if told is None:
        return None
    days = []
    for months in (-1, 0, 1):
        first = cal.shift(told.replace(day=1), "M", months)
        if first is not None and atom.day <= calendar.monthrange(first.year, first.month)[1]:
            days.append(first.replace(day=atom.day))
    nearest = min(days, key=lambda day: _lean(day, told, future=True))
    return _on(atom, nearest, Resolution.ANAPHORIC)


# The months searched for a day and its weekday: "sexta-feira 13" comes back within 14 months
_NEAR_MONTHS = range(-14, 15)


def _lean(day: date, reference: date, *, future: bool) -> int:
    """How far ``day`` is, a day ahead counting double (news tells the past), or behind in a
    future clause."""
    ahead, behind = max((day - reference).days, 0), max((reference - day).days, 0)
    return behind * 2 + ahead if future else ahead * 2 + behind


def _day(atom: Atom, ctx: Context) -> Placed:
    assert atom.month is not None
    assert atom.day is not None
    if atom.year is None and _no_year(atom, ctx):
        # raises ValueError for 31 February; "Nacht zum 1. Mai" (offset -1): 30 April
        known = date(2000, atom.month, atom.day) + timedelta(days=atom.offset)
        part = f"T{atom.daypart}" if atom.daypart and atom.time is None else ""
        return _unresolved(
            f"XXXX-{known.month:02d}-{known.day:02d}{part}",
            TimexType.TIME if part else TimexType.DATE,
        )
    if atom.year is not None:
        year, resolution = atom.year, Resolution.ABSOLUTE
    else:
        year, resolution = _yearless(atom, ctx)
        year = _year_of_weekday(atom, year, ctx)
        if (atom.month, atom.day) == (2, 29) and resolution == ctx.deictic:
            year = _leap_year(year, ctx)
    day = date(year, atom.month, atom.day)
    if atom.year is None and ctx.reference is not None and atom.shift in (-1, 1):
        day = _shifted_day(day, atom.shift, ctx.reference)
    return _on(atom, day + timedelta(days=atom.offset), resolution)


def _leap_year(year: int, ctx: Context) -> int:
    """The year of a '29 February' written without one: the leap year nearest the document
    date, by tense as for other days (the last one in the past, the next one ahead)."""
    reference = ctx.reference
    assert reference is not None
    before = next(y for y in range(year, year - 8, -1) if calendar.isleap(y))
    after = next(y for y in range(year, year + 8) if calendar.isleap(y))
    if ctx.past or before == after:
        return before
    if ctx.future:
        return after
    days = (date(before, 2, 29), date(after, 2, 29))
    return min(days, key=lambda day: _lean(day, reference, future=False)).year


def _year_of_weekday(atom: Atom, year: int, ctx: Context) -> int:
    """'Saturday, June 6' without its year: the year next to ``year`` in which June 6 is a
    Saturday, the nearest to the reference; ``year`` where none is."""
    assert atom.month is not None
    assert atom.day is not None
    if atom.weekday is None or ctx.reference is None:
        return year
    days = []
    for candidate in (year, year - 1, year + 1):
        try:
            day = date(candidate, atom.month, atom.day)
        except ValueError:  # 29 February
            continue
        if day.isoweekday() == atom.weekday:
            days.append(day)
    if not days:
        return year
    reference = ctx.reference
    return min(days, key=lambda day: _lean(day, reference, future=ctx.future)).year


def _shifted_day(day: date, shift: int, reference: date) -> date:
    """'el pasado 12 de diciembre' is the last one before the reference, 'le 1er janvier
    prochain' the first one after it."""
    day = day.replace(year=reference.year)  # 29 February: ValueError, no such day here
    if shift < 0 and day >= reference:
        return day.replace(year=reference.year - 1)
    if shift > 0 and day <= reference:
        return day.replace(year=reference.year + 1)
    return day


def _year_for(month: int, shift: int | None, reference: date, *, tense: int = 0) -> int:
    """Last/next occurrence of ``month``; without a shift, by the tense of the clause.

    In a clause told in the past (``tense`` -1) the last occurrence, this month
    included; in the future (1) the next one. Unmarked, the nearest one: news
    mostly tells the past, so a month ahead of the reference counts double
    against it ("Oct. 23" in May is last October; "January" in November is the
    coming one).
    """
    if shift == -1:
        return reference.year if month < reference.month else reference.year - 1
    if shift == 1:
        return reference.year if month > reference.month else reference.year + 1
    if shift == 0:
        return reference.year
    if tense < 0:  # "In January, the company changed...": the last one, this one included
        return reference.year if month <= reference.month else reference.year - 1
    if tense > 0:  # "will be launched in December": the next one, this one included
        return reference.year if month >= reference.month else reference.year + 1

    def cost(year: int) -> int:
        distance = (year - reference.year) * 12 + month - reference.month
        ahead, behind = max(distance, 0), max(-distance, 0)
        return ahead * 2 + behind

    return min((reference.year, reference.year - 1, reference.year + 1), key=cost)


def _year_of(atom: Atom, ctx: Context) -> Placed | None:
    """'June last year', 'Feb. 3 this year': the reference's year moved by the shift."""
    if ctx.reference is None:
        return _date(atom.but(shift=None), ctx)
    year = ctx.reference.year + (atom.shift or 0)
    placed = _date(atom.but(year=year, shift=None), ctx)
    return None if placed is None else replace(placed, resolution=ctx.deictic)


def _iso_week(atom: Atom, ctx: Context) -> Placed | None:
    """'week 31': the ISO week of the year written, else of the reference's year."""
    assert atom.qty is not None
    week = round(atom.qty)
    placed = _year_or_shifted(atom, ctx)
    if placed is None:
        return _unresolved(f"XXXX-W{week:02d}")
    year, resolution = placed
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


_NTH_UNRESOLVED = {"M": "XXXX-XX", "Q": "XXXX-Q{}"}  # the month is unknown: its number is not


def _nth_of(atom: Atom, ctx: Context) -> Placed | None:
    """'the third month of 2021', 'the 15th day of next month': counted from the period's
    start; 'the last quarter of last year' (a count of -1) is the one that holds its end."""
    assert atom.qty is not None
    assert atom.unit is not None
    if atom.qty < 0 and atom.year is None and ctx.reference is None:
        return None  # the last of a period not placed: its number is unknown
    if atom.year is not None:
        start, unit, resolution = date(atom.year, 1, 1), "Y", Resolution.ABSOLUTE
    elif atom.base is not None and atom.base.unit is not None and ctx.reference is not None:
        unit, resolution = atom.base.unit, ctx.deictic
        moved = cal.shift(ctx.reference, unit, atom.base.shift or 0)
        if moved is None:
            return None
        start = cal.span(moved, unit).start or moved
    else:
        return _unresolved(_NTH_UNRESOLVED.get(atom.unit, "XXXX-XX-XX").format(round(atom.qty)))
    whole = cal.span(start, unit)
    if atom.qty < 0 and whole.end is not None:
        day = cal.span(whole.end, atom.unit).start
    else:
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


def _year_or_shifted(atom: Atom, ctx: Context) -> tuple[int, Resolution] | None:
    """The year written, else the reference's shifted by 'last'/'next'; None without either."""
    if atom.year is not None:
        return atom.year, Resolution.ABSOLUTE
    if ctx.reference is not None:
        return ctx.reference.year + (atom.shift or 0), ctx.deictic
    return None


def _quarter(atom: Atom, ctx: Context) -> Placed:
    """'the third quarter', 'el último trimestre de 2023' (the fourth); 'el último trimestre'
    alone is the latest one completed, as 'the last quarter' (not the year's fourth)."""
    if atom.quarter == -1 and atom.year is None and atom.shift is None and ctx.reference:
        begun = date(ctx.reference.year, 3 * ((ctx.reference.month - 1) // 3) + 1, 1)
        return _with_part(atom, cal.shift(begun, "M", -3) or begun, "Q", ctx.deictic)
    quarter = 4 if atom.quarter == -1 else atom.quarter
    assert quarter is not None
    placed = _year_or_shifted(atom, ctx)
    if placed is None:
        return _unresolved(f"XXXX-Q{quarter}")
    year, resolution = placed
    if atom.quarter != -1 and atom.year is None and atom.shift is None and ctx.reference:
        year = _quarter_year(quarter, ctx.reference, _tense(atom, ctx))
    return _with_part(atom, date(year, 3 * quarter - 2, 1), "Q", resolution)


def _quarter_year(quarter: int, reference: date, tense: int) -> int:
    """The year of a quarter written without one: told in the past, the last one begun
    ("announced a drop for the fourth quarter" in January is last year's); else the nearest
    by its last month, as for months. A future marker does not move it a year: "will grow
    from the third quarter" in December is the quarter reported."""
    if tense < 0:
        return _year_for(3 * quarter - 2, None, reference, tense=-1)
    return _year_for(3 * quarter, None, reference)


def _decade(atom: Atom, ctx: Context) -> Placed:
    assert atom.decade is not None
    return _with_part(atom, date(atom.decade or 1, 1, 1), "DE", Resolution.ABSOLUTE)


def _century(atom: Atom, ctx: Context) -> Placed:
    assert atom.decade is not None
    return _with_part(atom, date(atom.decade or 1, 1, 1), "CE", Resolution.ABSOLUTE)


def _holiday(atom: Atom, ctx: Context) -> Placed:
    """A holiday's day; its weekend ("Labor Day weekend"); its week ("Semana Santa")."""
    placed = _holiday_day(atom, ctx)
    if atom.unit is None or placed.span is None or placed.span.start is None:
        return placed
    if atom.unit == "W":
        day = placed.span.start
        return Placed(TimexType.DATE, cal.label(day, "W"), cal.span(day, "W"), placed.resolution)
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
    if atom.weekday is not None and day.isoweekday() != atom.weekday:
        day = _holiday_on(atom.holiday, atom.weekday, ctx.reference) or day
    return _on(atom, day, ctx.deictic)


def _holiday_on(holiday: str, weekday: int, reference: date) -> date | None:
    """The holiday nearest ``reference`` (a year before to a year after) that falls on
    ``weekday``: "Monday, New Year's Day" told on 29 December 2006 is 1 January 2007."""
    days = [cal.holiday(holiday, reference.year + step) for step in (-1, 0, 1)]
    matching = [day for day in days if day.isoweekday() == weekday]
    return min(matching, key=lambda day: abs((day - reference).days)) if matching else None


_SOON = 14  # a holiday up to two weeks ahead is this year's even in past-tense news
