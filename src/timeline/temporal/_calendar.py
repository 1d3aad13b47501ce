"""Calendar arithmetic and the TIMEX3 value and TimeSpan of each calendar unit."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from timeline._edtf import Precision, last_day, season_bounds, unit_bounds, unit_label
from timeline.models import TimeSpan

SEASON_CODE = {"SP": 21, "SU": 22, "FA": 23, "WI": 24}
UNIT_PRECISION = {
    "D": Precision.DAY,
    "WE": Precision.WEEK,
    "W": Precision.WEEK,
    "M": Precision.MONTH,
    "Q": Precision.QUARTER,
    "Y": Precision.YEAR,
    "DE": Precision.DECADE,
    "CE": Precision.CENTURY,
    "H": Precision.DAY,
    "MIN": Precision.DAY,
    "S": Precision.DAY,
}
_PART_THIRD = {"START": 0, "MID": 1, "END": 2}


def shift(day: date, unit: str, amount: int) -> date | None:
    """``day`` moved by ``amount`` units (months clamp to the month's end); None off range."""
    try:
        if unit in ("D", "H", "MIN", "S"):
            return day + timedelta(days=amount if unit == "D" else 0)
        if unit in ("W", "WE"):
            return day + timedelta(weeks=amount)
        months = amount * {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit]
        index = day.year * 12 + day.month - 1 + months
        year, month = divmod(index, 12)
        last = calendar.monthrange(year, month + 1)[1]
        return date(year, month + 1, min(day.day, last))
    except (ValueError, OverflowError, KeyError):
        return None


# A fraction of a unit counted in a smaller one: "three and a half years" is 42 months
_SMALLER = {"Y": ("M", 12), "Q": ("M", 3), "DE": ("M", 120), "M": ("D", 30), "W": ("D", 7)}


def shift_by(day: date, unit: str, amount: float) -> date | None:
    """``day`` moved by ``amount`` units, a fraction of one counted in a smaller unit
    ("in three and a half years": 42 months, not four years)."""
    if amount != int(amount) and unit in _SMALLER:
        unit, times = _SMALLER[unit]
        amount *= times
    return shift(day, unit, int(amount + (0.5 if amount >= 0 else -0.5)))  # half away from 0


def label(day: date, unit: str) -> str:
    """The TIMEX3 value of the unit containing ``day``: '2026-01-14', '2026-W03', '2026-Q1'."""
    precision = UNIT_PRECISION.get(unit, Precision.DAY)
    if unit == "WE":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    if precision is Precision.QUARTER:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if precision is Precision.DECADE:
        return f"{day.year // 10:03d}X"
    if precision is Precision.CENTURY:
        return f"{day.year // 100:02d}XX"
    return unit_label(unit_bounds(day, precision)[0], precision)  # TimeSpan.of(...).edtf


def span(day: date, unit: str) -> TimeSpan:
    """The span of the unit containing ``day`` (a weekend is Saturday and Sunday)."""
    if unit == "WE":
        saturday = day + timedelta(days=5 - day.weekday())
        return TimeSpan(start=saturday, end=saturday + timedelta(days=1))
    return TimeSpan.of(day, UNIT_PRECISION.get(unit, Precision.DAY))


def season_span(year: int, code: str) -> TimeSpan:
    """The span of a season ('SU') of ``year``."""
    start, end = season_bounds(year, SEASON_CODE[code])
    return TimeSpan(start=start, end=end, precision=Precision.SEASON)


def part_of(whole: TimeSpan, part: str | None) -> TimeSpan:
    """The approximate first, middle or last third of a span ('early January', 'fin 2025').

    Halves ('H1', 'H2': 'the first half of 2025', 'le second semestre') are exact.
    """
    if whole.start is None or whole.end is None:
        return whole
    if part in ("H1", "H2") and whole.precision is Precision.YEAR:
        first = date(whole.start.year, 1 if part == "H1" else 7, 1)
        return TimeSpan(
            start=first, end=last_day(first.year, first.month + 5), precision=Precision.MONTH
        )
    if part not in _PART_THIRD:
        return whole
    months = (whole.end.year - whole.start.year) * 12 + whole.end.month - whole.start.month + 1
    if months >= 3:
        return _months_part(whole.start, months, _PART_THIRD[part])
    days = (whole.end - whole.start).days + 1
    third = max(1, days // 3)
    first = whole.start + timedelta(days=third * _PART_THIRD[part])
    last = whole.end if part == "END" else first + timedelta(days=third - 1)
    return TimeSpan(start=first, end=last, approximate=True)


def _months_part(first: date, months: int, third: int) -> TimeSpan:
    size = months // 3
    start = shift(first, "M", size * third) or first
    last = shift(first, "M", months - 1 if third == 2 else size * (third + 1) - 1) or first
    end = date(last.year, last.month, calendar.monthrange(last.year, last.month)[1])
    return TimeSpan(start=start, end=end, precision=Precision.MONTH, approximate=True)


def weekday_near(
    reference: date,
    weekday: int,
    shift_by: int | None,
    *,
    future: bool,
    past: bool = False,
    near: bool = False,
) -> date:
    """The date of ISO ``weekday`` near ``reference``: last, next, this week's or by tense.

    This week's is the nearest one its tense allows: "neste domingo o presidente falou",
    told on a Monday, is yesterday; "he will speak this Monday", told on a Friday, is the
    coming one. The last or next one is never the adjacent day, which has its own word:
    "next Friday", told on a Thursday, is a week from tomorrow, and "last Wednesday" a week
    before yesterday; unless ``near`` ("this coming Friday", "am gestrigen Mittwoch").
    """
    skip = 0 if near else 1
    delta = weekday - reference.isoweekday()
    if shift_by == 0:
        if past and delta > 0:
            delta -= 7
        elif future and delta < 0:
            delta += 7
        return reference + timedelta(days=delta)
    if shift_by is None and future:  # "meets Monday", told on a Monday: that day
        return reference + timedelta(days=delta if delta >= 0 else delta + 7)
    if shift_by == 1:
        return reference + timedelta(days=delta if delta > skip else delta + 7)
    if shift_by == -1:
        return reference + timedelta(days=delta if delta < -skip else delta - 7)
    return reference + timedelta(days=delta if delta <= 0 else delta - 7)


def nearest_weekend(day: date) -> date:
    """The Saturday of the weekend nearest ``day``: Monday's is before it, Thursday's after."""
    before = day - timedelta(days=(day.weekday() - 5) % 7)  # on or before (Sunday: the day before)
    after = before + timedelta(days=7)
    return before if (day - before).days - 1 <= (after - day).days else after


def duration_value(qty: float | None, unit: str) -> str:
    """The TIMEX3 duration: 'P3D', 'PT2H', 'PXY' when the amount is vague."""
    if unit in ("DE", "CE") and qty is not None:  # ISO 8601 has no decades: years
        qty, unit = qty * (10 if unit == "DE" else 100), "Y"
    amount = "X" if qty is None else (f"{qty:g}" if qty % 1 else str(int(qty)))
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{ {'H': 'H', 'MIN': 'M', 'S': 'S'}[unit] }"
    return f"P{amount}{unit}"


def compound_duration(parts: tuple[tuple[int, str | None], ...]) -> str:
    """A duration of several units: 'P1Y5M', 'PT1H20M', 'P2DT3H' (weeks counted in days)."""
    days = sum(qty * 7 for qty, unit in parts if unit == "W")
    dated = [(qty, unit) for qty, unit in parts if unit in ("Y", "M", "D")]
    if days:
        dated = [(qty + days if unit == "D" else qty, unit) for qty, unit in dated]
    timed = [(qty, {"H": "H", "MIN": "M", "S": "S"}[unit]) for qty, unit in parts if unit in _CLOCK]
    value = "P" + "".join(f"{qty}{unit}" for qty, unit in dated)
    return value + ("T" + "".join(f"{qty}{unit}" for qty, unit in timed) if timed else "")


_CLOCK = ("H", "MIN", "S")


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


_MOVABLE = re.compile(r"(easter|thanksgiving|laborday|memorialday|mlkday|novmonday)([+-]\d+)?")
# The n-th weekday (Monday 0) of a month; -1: the last one
_NTH_WEEKDAY = {
    "thanksgiving": (11, 3, 4),
    "laborday": (9, 0, 1),
    "memorialday": (5, 0, -1),
    "mlkday": (1, 0, 3),
    "novmonday": (11, 0, 1),  # the US Election Day is the Tuesday after it
}


def _movable(name: str, year: int) -> date:
    if name == "easter":
        return easter(year)
    month, weekday, nth = _NTH_WEEKDAY[name]
    return nth_weekday(year, month, weekday, nth)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` (Monday 0) of a month, 1 to 4; -1 the last."""
    if nth == -1:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def holiday(rule: str, year: int) -> date:
    """The day of a holiday rule ('12-25', 'easter-2', 'thanksgiving') in ``year``."""
    if rule.startswith("nth:"):  # "nth:3:1:0": the first Monday of March
        number, nth, weekday = (int(part) for part in rule[4:].split(":"))
        return nth_weekday(year, number, weekday, nth)
    found = _MOVABLE.fullmatch(rule)
    if found is not None:  # "easter-2" is Good Friday, "thanksgiving+1" Black Friday
        return _movable(found[1], year) + timedelta(days=int(found[2] or 0))
    month, day = rule.split("-")
    return date(year, int(month), int(day))
