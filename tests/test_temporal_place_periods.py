"""Report periods: the quarter or year a financial text reports on (``_place_periods``)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates

RESULTS_OUT = date(1989, 11, 2)  # third-quarter results come out in October and November


def _found(text: str) -> list[tuple[str, str, str]]:
    """(text, type, value) of each mention, placed from a day of the results season."""
    found = find_dates(text, reference=RESULTS_OUT, lang="en")
    return [(m.text, m.type.value, m.value) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose in the latest quarter.", ("the latest quarter", "DATE", "1989-Q3")),
        ("Net fell in the most recent quarter.", ("the most recent quarter", "DATE", "1989-Q3")),
        ("The latest period had a gain.", ("The latest period", "DATE", "1989-Q3")),
        ("Sales in the fiscal year fell.", ("the fiscal year", "DATE", "1989")),
        ("It expects a gain for the full year.", ("the full year", "DATE", "1989")),
        ("Sales in the current fiscal year rose.", ("the current fiscal year", "DATE", "1989")),
        (
            "It sold $6 billion in the latest fiscal year.",
            ("the latest fiscal year", "DATE", "1988"),
        ),
        ("Net rose in the fiscal first quarter.", ("the fiscal first quarter", "DATE", "1989-Q1")),
        ("Sales were above fiscal 1989 sales.", ("fiscal 1989", "DATE", "1989")),
        ("Net for the latest nine months rose.", ("the latest nine months", "DURATION", "P9M")),
    ],
)
def test_report_periods(text: str, expected: tuple[str, str, str]) -> None:
    """Financial reports: the latest quarter is the last one completed, fiscal years are years."""
    assert _found(text) == [expected]


def test_latest_period_is_the_quarter_being_reported() -> None:
    """A quarter named before (ended less than a year ago) is the one the report calls latest."""
    text = "For the second quarter, net rose. In the latest period, sales fell."
    assert _found(text)[-1] == ("the latest period", "DATE", "1989-Q2")


def test_period_alone_is_no_date() -> None:
    """'period' and 'latest' in other senses are not dates."""
    assert _found("After a period of calm, the latest news came.") == []


def test_year_ago_results_are_a_year_before_the_report_not_before_the_year_named() -> None:
    """After 'the 1988 period' (already the year before), 'the year-ago results' stay 1988."""
    text = (
        "In the first nine months, net rose from a loss in the 1988 period. "
        "The year-ago results included a charge."
    )
    assert _found(text) == [
        ("the first nine months", "DURATION", "P9M"),
        ("the 1988 period", "DATE", "1988"),
        ("year-ago", "DATE", "1988"),
    ]


def test_the_year_quarter_is_the_quarter_named_even_after_a_year() -> None:
    text = (
        "Its third-quarter earnings will be lower than last year. "
        "It earned $376,000 in the 1988 quarter."
    )
    assert _found(text)[-1] == ("the 1988 quarter", "DATE", "1988-Q3")
