"""_compose: joining a day and a time (here: the hours a part of the day turns to p.m.)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll go back tonight around 7", ("tonight around 7", "2018-08-16T19:00")),
        ("it happened last night at 8.", ("last night at 8", "2018-08-15T20:00")),
        ("tomorrow afternoon at 3", ("tomorrow afternoon at 3", "2018-08-17T15:00")),
        ("tomorrow evening at 7:30", ("tomorrow evening at 7:30", "2018-08-17T19:30")),
        ("Friday night at 2", ("Friday night at 2", "2018-08-10T02:00")),
        ("Friday night at 11 p.m.", ("Friday night at 11 p.m.", "2018-08-10T23:00")),
        ("this morning at 9", ("this morning at 9", "2018-08-16T09:00")),
    ],
)
def test_an_hour_in_the_evening_is_pm(text: str, expected: tuple[str, str]) -> None:
    """Without a.m./p.m., the afternoon, evening or night of a day reads its hour as p.m."""
    (mention,) = find_dates(text, reference=date(2018, 8, 16), lang="en")
    assert (mention.text, mention.value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We met on tuesday of last week", [("tuesday of last week", "2018-11-20")]),
        ("on monday of the following week", [("monday of the following week", "2018-12-03")]),
        ("plans for next week Wednesday?", [("next week Wednesday", "2018-12-05")]),
        ("What happened on previous week - Monday", [("previous week - Monday", "2018-11-19")]),
        ("He arrived on Monday last week.", [("Monday last week", "2018-11-19")]),
        ("set up Wednesday evening next week.", [("Wednesday evening next week", "2018-12-05TEV")]),
    ],
)
def test_a_weekday_of_a_named_week(text: str, expected: list[tuple[str, str]]) -> None:
    """A weekday joined to 'next week', 'last week'... is that day of that week."""
    found = find_dates(text, reference=date(2018, 11, 28), lang="en")
    assert [(m.text, m.value) for m in found] == expected


def test_a_weekday_and_a_week_in_other_clauses_stay_apart() -> None:
    """'Monday, last week' (a comma) and 'Monday that next week' are two expressions."""
    for text in ("The talks, which began Monday, last week", "He said Monday that next week"):
        found = find_dates(text, reference=date(2018, 11, 28), lang="en")
        assert found[0].value == "2018-11-26"
        assert len(found) == 2
