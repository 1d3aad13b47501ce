"""Reading relative expressions, durations and sets (``_read_relative``)."""

from __future__ import annotations

import pytest

from mentions import found_1998


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the calendar unit before, as "last year" (TimeBank: "over the past year" is 1997)
        ("Hate groups grew over the past year.", ("the past year", "1997")),
        ("Prices fell in the past month.", ("the past month", "1998-01")),
        ("It rallied over the last week.", ("the last week", "1998-W08")),
        ("Sales rose from the previous year.", ("the previous year", "1997")),
        # a count, a plural, a unit of several, a decade or "next": a duration
        ("Prices fell over the past three years.", ("the past three years", "P3Y")),
        ("It rained over the past fortnight.", ("the past fortnight", "P2W")),
        ("It has been routine over the past decade.", ("the past decade", "P10Y")),
        ("It will be closed over the next year.", ("the next year", "P1Y")),
    ],
)
def test_the_past_unit_is_the_unit_before(text: str, expected: tuple[str, str]) -> None:
    assert found_1998(text) == [expected]
