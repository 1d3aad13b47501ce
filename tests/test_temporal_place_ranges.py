"""Ranges: closed and open spans of placed dates (``_place_ranges``)."""

from __future__ import annotations

from datetime import date

from timeline import find_dates

REPORT_DAY = date(1989, 11, 2)


def test_an_open_range_keeps_the_type_of_its_end() -> None:
    """'until 5 p.m. EST Nov. 9' is a TIME (the open span does not make it a DATE)."""
    (mention,) = find_dates("The offer runs until 5 p.m. EST Nov. 9.", reference=REPORT_DAY)
    assert (mention.type.value, mention.value, mention.mod) == (
        "TIME",
        "1989-11-09T17:00",
        "ON_OR_BEFORE",
    )


def test_a_range_of_unplaced_ends_keeps_its_value_without_a_span() -> None:
    """'from Monday to Friday' with no document date: XXXX-WXX-1/XXXX-WXX-5, no span."""
    (mention,) = find_dates("Talks run from Monday to Friday.", lang="en")
    assert (mention.text, mention.value, mention.span) == (
        "from Monday to Friday",
        "XXXX-WXX-1/XXXX-WXX-5",
        None,
    )


def test_a_range_ending_before_it_starts_is_no_range() -> None:
    """'from 2019 to 2015' is not a span of time: two years ('moved the vote from 2010 to
    2008' changes one date for another), no range."""
    found = find_dates("from 2019 to 2015", lang="en")
    assert [(m.text, m.value, m.span is not None) for m in found] == [
        ("2019", "2019", True),
        ("2015", "2015", True),
    ]
