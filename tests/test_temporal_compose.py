"""Joining neighbouring atoms: a month and the year written after it."""

from __future__ import annotations

from datetime import date

from timeline import find_dates

REFERENCE = date(1998, 2, 27)


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, reference=REFERENCE, lang="en")]


def test_month_takes_the_year_in_words_after_it() -> None:
    """'January nineteen ninety-seven' is one date of January 1997."""
    assert _found("January nineteen ninety-seven. Atlanta again.") == [
        ("January nineteen ninety-seven", "1997-01")
    ]


def test_day_takes_the_year_in_words_after_it() -> None:
    """'March 3, nineteen ninety-six' is a full date."""
    assert _found("It began on March 3, nineteen ninety-six.") == [
        ("March 3, nineteen ninety-six", "1996-03-03")
    ]


def test_month_and_a_later_year_stay_apart() -> None:
    """A month and a year separated by other words are two dates."""
    assert _found("In January the plan for 1999 was set.") == [
        ("January", "1998-01"),
        ("1999", "1999"),
    ]
