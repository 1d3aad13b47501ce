"""Calendar arithmetic of the tagger: shifts, labels, parts of spans, holidays, durations."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import Precision, TimeSpan
from timeline.temporal import _calendar as cal


@pytest.mark.parametrize(
    ("year", "easter"),
    [(2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5))],
)
def test_easter_sunday(year: int, easter: date) -> None:
    """The Gregorian computus gives the known Easter Sundays."""
    assert cal.easter(year) == easter


def test_holiday_rules() -> None:
    """Fixed days, days from Easter, and US Thanksgiving (fourth Thursday of November)."""
    assert cal.holiday("12-25", 2026) == date(2026, 12, 25)
    assert cal.holiday("easter-2", 2026) == date(2026, 4, 3)
    assert cal.holiday("thanksgiving", 2025) == date(2025, 11, 27)


@pytest.mark.parametrize(
    ("rule", "day"),
    [
        ("thanksgiving+1", date(2010, 11, 26)),  # Black Friday
        ("laborday", date(2021, 9, 6)),  # first Monday of September
        ("memorialday", date(2024, 5, 27)),  # last Monday of May
        ("mlkday", date(2024, 1, 15)),  # third Monday of January
        ("novmonday+1", date(1998, 11, 3)),  # US Election Day: the Tuesday after it
        ("novmonday+1", date(2026, 11, 3)),  # never 1 November (a Sunday that year)
    ],
)
def test_holidays_by_weekday_rank_and_offset(rule: str, day: date) -> None:
    """Holidays on the n-th (or last) weekday of a month, and days counted from them."""
    assert cal.holiday(rule, day.year) == day


def test_shift_clamps_to_the_end_of_a_month() -> None:
    """One month after 31 January is the last day of February."""
    assert cal.shift(date(2026, 1, 31), "M", 1) == date(2026, 2, 28)
    assert cal.shift(date(2026, 1, 14), "W", -1) == date(2026, 1, 7)
    assert cal.shift(date(1, 1, 1), "Y", -5) is None


def test_labels_per_unit() -> None:
    """TIMEX3 values for a week, a quarter, a weekend and a decade."""
    day = date(2026, 1, 14)
    assert [cal.label(day, unit) for unit in ("W", "Q", "WE", "DE", "Y")] == [
        "2026-W03",
        "2026-Q1",
        "2026-W03-WE",
        "202X",
        "2026",
    ]


def test_parts_of_a_month_and_of_a_year() -> None:
    """'early January' is its first ten days; 'fin 2025' its last four months; H1 exact."""
    january = TimeSpan.of(date(2026, 1, 1), Precision.MONTH)
    early = cal.part_of(january, "START")
    assert (early.start, early.end, early.approximate) == (
        date(2026, 1, 1),
        date(2026, 1, 10),
        True,
    )
    year = TimeSpan.of(date(2025, 1, 1), Precision.YEAR)
    late = cal.part_of(year, "END")
    assert (late.start, late.end) == (date(2025, 9, 1), date(2025, 12, 31))
    half = cal.part_of(year, "H1")
    assert (half.start, half.end, half.approximate) == (date(2025, 1, 1), date(2025, 6, 30), False)


def test_weekday_near_by_tense_and_shift() -> None:
    """From Wednesday 14 January 2026: Friday past, next, last and this week's."""
    wednesday = date(2026, 1, 14)
    assert cal.weekday_near(wednesday, 5, None, future=False) == date(2026, 1, 9)
    assert cal.weekday_near(wednesday, 5, None, future=True) == date(2026, 1, 16)
    assert cal.weekday_near(wednesday, 5, -1, future=False) == date(2026, 1, 9)
    assert cal.weekday_near(wednesday, 5, 0, future=False) == date(2026, 1, 16)


def test_a_weekday_ahead_on_that_weekday_is_the_same_day() -> None:
    """'Goh will host a dinner later Tuesday', told on a Tuesday: that day; 'next
    Wednesday' on a Wednesday is a week on."""
    wednesday = date(2026, 1, 14)
    assert cal.weekday_near(wednesday, 3, None, future=True) == wednesday
    assert cal.weekday_near(wednesday, 3, 1, future=True) == date(2026, 1, 21)


def test_the_last_or_next_weekday_is_never_the_adjacent_day() -> None:
    """Told on a Thursday: 'next Friday' is a week from tomorrow, 'last Wednesday' a week
    before yesterday (each adjacent day has its own word); 'this coming Friday' ('near')
    is tomorrow. Other days are the nearest: 'next Monday' is in four days."""
    thursday = date(2026, 1, 15)
    assert cal.weekday_near(thursday, 5, 1, future=False) == date(2026, 1, 23)
    assert cal.weekday_near(thursday, 3, -1, future=False) == date(2026, 1, 7)
    assert cal.weekday_near(thursday, 5, 1, future=False, near=True) == date(2026, 1, 16)
    assert cal.weekday_near(thursday, 3, -1, future=False, near=True) == date(2026, 1, 14)
    assert cal.weekday_near(thursday, 1, 1, future=False) == date(2026, 1, 19)
    assert cal.weekday_near(thursday, 2, -1, future=False) == date(2026, 1, 13)


def test_duration_values() -> None:
    """Durations in TIMEX3: hours with T, decades in years, X for vague amounts."""
    assert cal.duration_value(3, "D") == "P3D"
    assert cal.duration_value(2, "H") == "PT2H"
    assert cal.duration_value(1, "DE") == "P10Y"
    assert cal.duration_value(None, "W") == "PXW"
    assert cal.duration_value(1.5, "Y") == "P1.5Y"


@pytest.mark.parametrize(
    ("day", "saturday"),
    [
        (date(2021, 10, 31), date(2021, 10, 30)),  # a Sunday: its own weekend
        (date(2021, 9, 6), date(2021, 9, 4)),  # a Monday: the weekend before
        (date(2023, 11, 23), date(2023, 11, 25)),  # a Thursday: the weekend after
    ],
)
def test_nearest_weekend(day: date, saturday: date) -> None:
    """The weekend nearest a day (a holiday's weekend)."""
    assert cal.nearest_weekend(day) == saturday


@pytest.mark.parametrize(
    ("rule", "day"),
    [("nth:3:1:0", date(2018, 3, 5)), ("nth:5:-1:4", date(2018, 5, 25))],
)
def test_nth_weekday_rule_of_any_month(rule: str, day: date) -> None:
    """'nth:<month>:<n>:<weekday>': the first Monday of March, the last Friday of May."""
    assert cal.holiday(rule, 2018) == day


@pytest.mark.parametrize(
    ("unit", "amount", "expected"),
    [
        ("Y", 3.5, date(2029, 7, 14)),  # 42 months, not four years (round(3.5) is 4)
        ("Y", -2.5, date(2023, 7, 14)),  # 30 months back, not two years (round(-2.5) is -2)
        ("W", 2.5, date(2026, 2, 1)),  # 17.5 days, half away from zero: 18
        ("M", 3, date(2026, 4, 14)),
    ],
)
def test_a_fraction_of_a_unit_is_counted_in_a_smaller_one(
    unit: str, amount: float, expected: date
) -> None:
    assert cal.shift_by(date(2026, 1, 14), unit, amount) == expected


@pytest.mark.parametrize(
    ("weekday", "future", "past", "expected"),
    [
        (1, False, False, date(2026, 11, 23)),  # this week's Monday
        (1, True, False, date(2026, 11, 30)),  # "will speak this Monday": the coming one
        (7, False, True, date(2026, 11, 22)),  # "spoke this Sunday": the one gone by
        (7, False, False, date(2026, 11, 29)),
        (3, True, False, date(2026, 12, 2)),
        (3, False, True, date(2026, 11, 25)),  # already behind: unchanged
    ],
)
def test_this_weekday_is_this_weeks_unless_its_tense_says_otherwise(
    weekday: int, future: bool, past: bool, expected: date
) -> None:
    friday = date(2026, 11, 27)
    assert cal.weekday_near(friday, weekday, 0, future=future, past=past) == expected
