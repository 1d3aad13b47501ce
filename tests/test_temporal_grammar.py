"""The grammar's rules: what each finds, with its extent, and what it leaves alone."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates

REFERENCE = date(1998, 2, 27)


def _found(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, reference=REFERENCE, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In nineteen ninety-one Keating was convicted.", ("nineteen ninety-one", "1991")),
        ("Atlanta, nineteen ninety-six. A bomb went off.", ("nineteen ninety-six", "1996")),
        ("It was built in nineteen oh five.", ("nineteen oh five", "1905")),
        ("By the year two thousand it will end.", ("the year two thousand", "2000")),
        ("In the year two thousand and six, it rained.", ("the year two thousand and six", "2006")),
    ],
)
def test_years_in_words(text: str, expected: tuple[str, str]) -> None:
    """Spoken news writes years in words: a century word and a pair, or 'the year two thousand'."""
    assert _found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Nineteen people died and twenty five were hurt.",
        "Two thousand soldiers and nineteen tanks crossed.",
        "He counted twenty, then nineteen.",
    ],
)
def test_numbers_in_words_are_not_years(text: str) -> None:
    """Counts in words stay counts: no century word followed by a pair."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rose in recent weeks.", [("recent weeks", "PAST_REF")]),
        ("Talks stalled in recent days.", [("recent days", "PAST_REF")]),
        ("It grew in recent years.", [("recent years", "PAST_REF")]),
        ("He waited for weeks.", [("weeks", "PXW")]),
    ],
)
def test_vague_plurals_keep_their_adjective(text: str, expected: list[tuple[str, str]]) -> None:
    """'recent weeks' is the past (as 'coming months' is the future), the adjective inside."""
    assert _found(text) == expected


def test_recent_alone_is_no_date() -> None:
    """'a recent filing', 'the weeks' without a lead word: no date."""
    assert _found("A recent filing showed the weeks were busy.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It began the 30-day review.", ("30-day", "P30D")),
        ("After a 16-hour flight he slept.", ("16-hour", "PT16H")),
        ("It ended the eight-year war.", ("eight-year", "P8Y")),
        ("It took the two weeks.", ("the two weeks", "P2W")),
    ],
)
def test_article_stays_with_the_noun_of_an_adjectival_duration(
    text: str, expected: tuple[str, str]
) -> None:
    """'the 30-day period': the TIMEX3 is the adjective '30-day' (the article is the noun's)."""
    assert _found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They stayed about 5 1/2 hours in Nairobi.", ("5 1/2 hours", "PT5.5H")),
        ("They lived in camps for two and a half years.", ("two and a half years", "P2.5Y")),
        ("But a minute and a half later, it fell.", ("a minute and a half", "PT1.5M")),
    ],
)
def test_half_quantities(text: str, expected: tuple[str, str]) -> None:
    """'5 1/2 hours', 'two and a half years', 'a minute and a half' keep the half."""
    assert _found(text) == [expected]
