"""Calendar units and the Extended Date/Time Format (EDTF) strings for them.

Internal: :class:`timeline.models.TimeSpan` uses these to align spans to their
precision, to print ``.edtf`` and to read EDTF / ISO 8601 / TIMEX3 values.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from timeline.errors import DateParseError


class Precision(StrEnum):
    """How precisely a span is known, finest first."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    @property
    def rank(self) -> int:
        """0 for the finest precision (time), growing with coarseness."""
        return _RANK[self]


_RANK = {p: i for i, p in enumerate(Precision)}

# Seasons as meteorological quarters: spring Mar-May, summer Jun-Aug,
# autumn Sep-Nov, winter Dec-Feb (winter YYYY starts in December of YYYY).
SEASON_CODES = {"SP": 21, "SU": 22, "FA": 23, "WI": 24}
_SEASON_START_MONTH = {21: 3, 22: 6, 23: 9, 24: 12}


def last_day(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def unit_bounds(day: date, precision: Precision) -> tuple[date, date]:
    """First and last day of the unit of ``precision`` that contains ``day``."""
    if precision in (Precision.TIME, Precision.DAY):
        return day, day
    if precision is Precision.WEEK:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if precision is Precision.MONTH:
        return day.replace(day=1), last_day(day.year, day.month)
    if precision is Precision.QUARTER:
        first = 3 * ((day.month - 1) // 3) + 1
        return date(day.year, first, 1), last_day(day.year, first + 2)
    if precision is Precision.SEASON:
        return season_bounds(*season_of(day))
    width = {Precision.YEAR: 1, Precision.DECADE: 10, Precision.CENTURY: 100}[precision]
    first_year = max(1, day.year - day.year % width)
    return date(first_year, 1, 1), date(min(9999, day.year - day.year % width + width - 1), 12, 31)


def season_of(day: date) -> tuple[int, int]:
    """(year, EDTF season code 21-24) of the season containing ``day``."""
    if day.month == 12:
        return day.year, 24
    if day.month <= 2:
        return day.year - 1, 24
    return day.year, 21 + (day.month - 3) // 3


def season_bounds(year: int, code: int) -> tuple[date, date]:
    """First and last day of season ``code`` (21-24) of ``year``."""
    month = _SEASON_START_MONTH[code]
    end_year, end_month = _add_months(year, month, 2)
    return date(year, month, 1), last_day(end_year, end_month)


def unit_label(day: date, precision: Precision) -> str:  # noqa: PLR0911 - one return per unit
    """The EDTF string of the unit of ``precision`` containing ``day``."""
    if precision in (Precision.TIME, Precision.DAY):
        return day.isoformat()
    if precision is Precision.WEEK:  # EDTF has no weeks: the ISO 8601 week, which parse() reads
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if precision is Precision.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if precision is Precision.QUARTER:
        return f"{day.year:04d}-{33 + (day.month - 1) // 3}"
    if precision is Precision.SEASON:
        year, code = season_of(day)
        return f"{year:04d}-{code}"
    if precision is Precision.YEAR:
        return f"{day.year:04d}"
    if precision is Precision.DECADE:
        return f"{day.year // 10:03d}X"
    return f"{day.year // 100:02d}XX"


class Unit(NamedTuple):
    """One side of a parsed EDTF string."""

    start: date
    end: date
    precision: Precision
    approximate: bool
    moment: datetime | None = None


_DAY = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")
_SUBYEAR = re.compile(r"(\d{4})-(2[1-4]|3[3-6])")
_TIMEX_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_TIMEX_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_WEEK = re.compile(r"(\d{4})-?W(\d{2})")
_DECADE = re.compile(r"(\d{3})X")
_CENTURY = re.compile(r"(\d{2})XX")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T[0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?")


def parse_unit(text: str) -> Unit:
    """Read one EDTF / ISO 8601 / TIMEX3 date into its unit; raise DateParseError."""
    body = text.strip()
    approximate = body.endswith(("~", "?", "%"))
    body = body.rstrip("~?%")
    try:
        unit = _parse_plain(body)
    except ValueError as exc:  # an impossible calendar date such as 2026-02-30
        raise DateParseError(text, str(exc)) from exc
    if unit is None:
        raise DateParseError(text, "not a date in a form timeline reads")
    return unit._replace(approximate=approximate)


def _parse_plain(body: str) -> Unit | None:  # noqa: PLR0911 - one return per form
    if _TIME.fullmatch(body):
        moment = datetime.fromisoformat(body)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return Unit(moment.date(), moment.date(), Precision.TIME, False, moment)
    if m := _DAY.fullmatch(body):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return Unit(day, day, Precision.DAY, False)
    if m := _SUBYEAR.fullmatch(body):
        return _subyear(int(m[1]), int(m[2]))
    if m := _MONTH.fullmatch(body):
        return _unit(date(int(m[1]), int(m[2]), 1), Precision.MONTH)
    if m := _YEAR.fullmatch(body):
        return _unit(date(int(m[1]), 1, 1), Precision.YEAR)
    if m := _TIMEX_SEASON.fullmatch(body):
        return _subyear(int(m[1]), SEASON_CODES[m[2]])
    if m := _TIMEX_QUARTER.fullmatch(body):
        return _subyear(int(m[1]), 32 + int(m[2]))
    if m := _WEEK.fullmatch(body):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return _unit(monday, Precision.WEEK)
    if m := _DECADE.fullmatch(body):
        return _unit(date(max(1, int(m[1]) * 10), 1, 1), Precision.DECADE)
    if m := _CENTURY.fullmatch(body):
        return _unit(date(max(1, int(m[1]) * 100), 1, 1), Precision.CENTURY)
    return None


def _unit(day: date, precision: Precision) -> Unit:
    start, end = unit_bounds(day, precision)
    return Unit(start, end, precision, False)


def _subyear(year: int, code: int) -> Unit:
    if code >= 33:
        month = 3 * (code - 33) + 1
        return _unit(date(year, month, 1), Precision.QUARTER)
    start, end = season_bounds(year, code)
    return Unit(start, end, Precision.SEASON, False)
