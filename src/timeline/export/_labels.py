"""Human labels for spans ("January 2026", "before 14 January 2026"), shared by the formats.

Labels are English and fixed, so every export gives the same bytes on every machine
(no locale). Times are shown in UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from timeline._edtf import Precision, season_of
from timeline.models import TimeSpan

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DASH = "\u2013"  # en dash between the two ends of a range
_SEASONS = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}


_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[!#$%&'()*+,\-./0-9:;=?@A-Z\[\]_a-z~]+")
_WEB = ("http://", "https://")


def safe_uri(url: str | None) -> str | None:
    """``url`` if it is a plain URI (no spaces, quotes, brackets or controls), else None."""
    if url and _URI.fullmatch(url):
        return url
    return None


def web_url(url: str | None) -> str | None:
    """``url`` if it is a plain http(s) URI, safe to make a link of, else None."""
    uri = safe_uri(url)
    return uri if uri and uri.lower().startswith(_WEB) else None


def day_label(day: date) -> str:
    """'14 January 2026'."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def month_label(day: date) -> str:
    """'January 2026'."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def as_utc(moment: datetime) -> datetime:
    """``moment`` in UTC, or as it is when UTC would fall outside years 1-9999."""
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        return moment


def time_label(moment: datetime) -> str:
    """'14 January 2026 10:30 UTC' (seconds shown only when not zero)."""
    utc = as_utc(moment)
    clock = utc.strftime("%H:%M:%S" if utc.second or utc.microsecond else "%H:%M")
    zone = "UTC" if utc.utcoffset() == timedelta(0) else f"UTC{utc:%z}"
    return f"{day_label(utc.date())} {clock} {zone}"


def unit_text(day: date, precision: Precision) -> str:  # noqa: PLR0911 - one return per unit
    """The unit of ``precision`` containing ``day``, in words."""
    if precision in (Precision.DAY, Precision.TIME):
        return day_label(day)
    if precision is Precision.WEEK:
        year, week, _ = day.isocalendar()
        return f"week {week} of {year}"
    if precision is Precision.MONTH:
        return month_label(day)
    if precision is Precision.QUARTER:
        return f"Q{(day.month - 1) // 3 + 1} {day.year}"
    if precision is Precision.SEASON:
        year, code = season_of(day)
        suffix = f"{DASH}{(year + 1) % 100:02d}" if code == 24 else ""
        return f"{_SEASONS[code]} {year}{suffix}"
    if precision is Precision.YEAR:
        return str(day.year)
    if precision is Precision.DECADE:
        return f"{day.year - day.year % 10}s"
    first = day.year - day.year % 100
    return f"{first}{DASH}{first + 99}"


def span_label(span: TimeSpan) -> str:
    """The span in words: '14 January 2026', 'Q1 2026', 'before 14 January 2026', 'circa 2026'."""
    mark = "circa " if span.approximate else ""
    if span.precision is Precision.TIME:
        return mark + _time_span_label(span)
    start, end = span.start, span.end
    if end is None:
        return f"{mark}after {unit_text(start or date.min, span.precision)}"
    if start is None:
        return f"{mark}before {unit_text(end, span.precision)}"
    first = unit_text(start, span.precision)
    last = unit_text(end, span.precision)
    return mark + (first if first == last else f"{first} {DASH} {last}")


def _time_span_label(span: TimeSpan) -> str:
    if span.start_time is None:
        end = time_label(span.end_time) if span.end_time else day_label(span.end or date.min)
        return f"{day_label(span.start)} {DASH} {end}" if span.start else f"before {end}"
    first = time_label(span.start_time)
    if span.end_time is not None and span.end_time != span.start_time:
        return f"{first} {DASH} {time_label(span.end_time)}"
    if span.end is None:
        return f"after {first}"
    if span.end != span.start:
        return f"{first} {DASH} {day_label(span.end)}"
    return first
