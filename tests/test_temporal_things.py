"""Things and shares that are no time (``_things``): 'Christmas cards', 'a quarter of the
vote'."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates


@pytest.mark.parametrize(
    "text",
    [
        "The factory makes Christmas decorations all year round.",  # things of the feast
        "Post offices sold fewer Christmas cards than before.",
        "Children hunted for Easter eggs in the park.",
        "The shop ran out of Halloween costumes.",
        "Carolers sang 'Merry Christmas' to the crowd.",  # a wish
    ],
)
def test_the_things_and_wishes_of_a_feast_are_no_date(text: str) -> None:
    assert find_dates(text, reference=date(2026, 1, 14), lang="en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shops expect record sales before Christmas.", "Christmas"),
        ("Christmas shopping began with a rush.", "Christmas"),  # a season, not a thing
        ("The Christmas 2025 cards were recalled.", "Christmas 2025"),  # a year places it
        ("He sent gifts last Christmas.", "last Christmas"),
    ],
)
def test_a_feast_before_other_words_stays_a_date(text: str, expected: str) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang="en")
    assert [m.text for m in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "A quarter of the delegates walked out.",  # a share of people
        "Rebels hold more than a quarter of Chad, officials say.",
        "The fund lost nearly a quarter of a billion dollars.",
        "The bank cut its rate by a quarter-point.",  # a quarter of a percentage point
        "She reached a quarter-final in Doha.",
    ],
)
def test_a_quarter_as_a_share_is_no_duration(text: str) -> None:
    assert find_dates(text, reference=date(2026, 1, 14), lang="en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose in the first three quarters of 2025.", ["the first three quarters", "2025"]),
        ("It fell in the first two quarters of last year", ["the first two quarters", "last year"]),
        ("The economy saw two quarters of negative growth.", ["two quarters"]),
        ("Profits held up for a quarter, then fell.", ["a quarter"]),
    ],
)
def test_quarters_of_a_time_or_of_growth_stay_durations(text: str, expected: list[str]) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang="en")
    assert [m.text for m in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "India won the third one-day international in Delhi.",  # a format of cricket
        "Vaughan is expected to return to England's one-day squad.",
        "They lost 4-0 in a one-day series.",
    ],
)
def test_a_format_of_the_game_is_no_duration(text: str) -> None:
    assert find_dates(text, reference=date(2026, 1, 14), lang="en") == []


def test_a_one_day_strike_lasts_a_day() -> None:
    found = find_dates("Unions called a one-day strike.", reference=date(2026, 1, 14), lang="en")
    assert [(m.text, m.value) for m in found] == [("one-day", "P1D")]
