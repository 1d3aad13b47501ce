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
