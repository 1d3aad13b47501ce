"""_grammar: the English forms the rules read (units, fractions, date shapes), and their limits."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates

REFERENCE = date(2018, 12, 5)


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, reference=REFERENCE, lang="en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll leave for 3h", [("3h", "PT3H")]),
        ("I'll leave for 3.5years", [("3.5years", "P3.5Y")]),
        ("I'll leave for 123.45 sec", [("123.45 sec", "PT123.45S")]),
        ("a flight of 10 hrs", [("10 hrs", "PT10H")]),
        ("I'll leave for all day", [("all day", "P1D")]),
        ("one hour and a half is enough", [("one hour and a half", "PT1.5H")]),
        ("one and a half hours are enough", [("one and a half hours", "PT1.5H")]),
        ("a one year and a quarter gap", [("one year and a quarter", "P1.25Y")]),
        ("a ½ hour call", [("½ hour", "PT0.5H")]),
        ("it lasted half an hour", [("half an hour", "PT0.5H")]),
    ],
)
def test_durations_in_short_and_fractional_forms(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Abbreviated units, units glued to digits, decimals and fractions are durations."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    ["It rained all years.", "Section 3hx was repealed.", "He won all the games.", "a 3D film"],
)
def test_duration_forms_do_not_fire_on_ordinary_words(text: str) -> None:
    """'all' needs a singular unit; a glued unit must end the word."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please book a call today at 9a.", [("today at 9a", "2018-12-05T09:00")]),
        ("I'll be back tomorrow at 8:45p.", [("tomorrow at 8:45p", "2018-12-06T20:45")]),
        ("I'll go back 5/3/18 @ 17:49:19", [("5/3/18 @ 17:49:19", "2018-05-03T17:49:19")]),
    ],
)
def test_short_meridiems_at_signs_and_seconds(text: str, expected: list[tuple[str, str]]) -> None:
    """'9a' after 'at', '@' as a time link, seconds kept in the value as written."""
    assert _found(text) == expected


@pytest.mark.parametrize("text", ["Article 9a of the law", "See room 4p.", "Form 8a was filed."])
def test_glued_a_and_p_need_a_time_link(text: str) -> None:
    """A letter glued to a number is no time of day without 'at' or '@' before it."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll be out 2015-3", [("2015-3", "2015-03")]),
        ("It closed in 2015-12.", [("2015-12", "2015-12")]),
        ("the 2011-12 season", [("2011-12", "2011/2012")]),
        ("a call Friday 2018-7-6 with Jim", [("Friday 2018-7-6", "2018-07-06")]),
        ("plans for Dec-2018", [("Dec-2018", "2018-12")]),
        ("plans for Dec/2018", [("Dec/2018", "2018-12")]),
        ("back Sep-23-2020.", [("Sep-23-2020", "2020-09-23")]),
        ("How about 2019/aug/01", [("2019/aug/01", "2019-08-01")]),
        ("How about 2019-aug-1", [("2019-aug-1", "2019-08-01")]),
        ("back 20161016.", [("20161016", "2016-10-16")]),
        ("data/report-20170302.html", [("20170302", "2017-03-02")]),
        ("back to China in 2017 april.", [("2017 april", "2017-04")]),
        ("I was born in April of 87", [("April of 87", "1987-04")]),
        ("born on 15 April of 87", [("15 April of 87", "1987-04-15")]),
    ],
)
def test_numeric_and_named_month_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    """Year-month, month names between dashes or slashes, eight-digit days, 'April of 87'."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ID 12345678 and phone 20161399", []),
        ("in 2017 may be", [("2017", "2017")]),
        ("the March of 50 veterans", []),
        ("Resolution 2015-13 passed", []),
    ],
)
def test_date_shapes_do_not_fire_on_numbers_and_verbs(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Eight digits must make a real day; 'may' the verb and 'March of 50 veterans' stay out."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("back on black friday 2010", date(2016, 11, 7), [("black friday 2010", "2010-11-26")]),
        ("back on easter 2018", date(2016, 11, 7), [("easter 2018", "2018-04-01")]),
        ("When was the last easter?", date(2019, 3, 12), [("last easter", "2018-04-01")]),
        ("When was the last easter?", date(2019, 4, 10), [("last easter", "2018-04-01")]),
        ("the next easter", date(2019, 2, 12), [("next easter", "2019-04-21")]),
        ("the easter side of town", date(2019, 2, 12), []),
    ],
)
def test_holidays_in_lower_case_need_a_year_or_a_shift(
    text: str, reference: date, expected: list[tuple[str, str]]
) -> None:
    """'easter 2018' and 'last easter' are holidays; 'the easter side' is a direction."""
    found = find_dates(text, reference=reference, lang="en")
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll leave early every other day", [("every other day", "P2D")]),
        ("Every other Friday", [("Every other Friday", "XXXX-WXX-5")]),
        ("We meet every fortnight", [("every fortnight", "P2W")]),
        ("plan the trip quarterly", [("quarterly", "P3M")]),
        ("Please meet semi-annually", [("semi-annually", "P0.5Y")]),
        ("I'll leave everyday", [("everyday", "P1D")]),
        ("It's an everyday routine.", []),
        ("Magna cut its quarterly dividend.", []),
    ],
)
def test_sets_and_adverbs_used_as_adjectives(text: str, expected: list[tuple[str, str]]) -> None:
    """'every other day' is P2D; 'everyday' and 'quarterly' before a noun are adjectives."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales grew all week", [("all week", "P1W")]),
        ("Are you free three weeks from tmrw?", [("three weeks from tmrw", "2018-12-27")]),
        ("It will happen this working week", [("this working week", "2018-W49")]),
        ("It will happen on next workweek", [("next workweek", "2018-W50")]),
        ("Sales in the week after next", [("the week after next", "2018-W51")]),
        ("We met earlier in the week.", [("earlier in the week", "2018-W49")]),
        ("for the past fortnight", [("the past fortnight", "P2W")]),
    ],
)
def test_week_words_and_phrases(text: str, expected: list[tuple[str, str]]) -> None:
    """Working weeks, fortnights, 'the week after next', 'earlier in the week', 'tmrw'."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Any plans on Monday 21!", date(2019, 1, 21), [("Monday 21", "2019-01-21")]),
        (
            "coffee on tuesday the eleventh.",
            date(2019, 6, 5),
            [("tuesday the eleventh", "2019-06-11")],
        ),
        (
            "on wednesday the thirty first.",
            date(2019, 7, 2),
            [("wednesday the thirty first", "2019-07-31")],
        ),
        (
            "coffee on tues the 4th 7pm",
            date(2019, 6, 5),
            [("tues the 4th 7pm", "2019-06-04T19:00")],
        ),
        ("On Monday 21 people were killed.", date(2019, 1, 23), [("Monday", "2019-01-21")]),
        ("business Thursday, 5,745,188 shares", date(1989, 10, 27), [("Thursday", "1989-10-26")]),
        ("closed lower Friday, the fourth decline", date(1989, 10, 30), [("Friday", "1989-10-27")]),
    ],
)
def test_a_weekday_and_its_day_of_the_month(
    text: str, reference: date, expected: list[tuple[str, str]]
) -> None:
    """'Tuesday the 11th' is the nearest 11th that is a Tuesday; counts and ranks stay out."""
    found = find_dates(text, reference=reference, lang="en")
    assert [(m.text, m.value) for m in found] == expected
