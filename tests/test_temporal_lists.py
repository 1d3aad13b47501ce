"""Dates in lists (``_lists``): days listed before or after a dated one, months before one
with its year."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Polls were held in March and May 2019.",
            [("March", "2019-03"), ("May 2019", "2019-05")],
        ),
        (
            "en",
            "It rained in January, February and March 2019.",
            [("January", "2019-01"), ("February", "2019-02"), ("March 2019", "2019-03")],
        ),
        (
            "en",
            "They met on March 3 and April 5, 2019.",
            [("March 3", "2019-03-03"), ("April 5, 2019", "2019-04-05")],
        ),
        (
            "en",
            "It snowed in December and January 2019.",
            [("December", "2018-12"), ("January 2019", "2019-01")],
        ),
        ("fr", "Il a plu en mars et avril 2019.", [("mars", "2019-03"), ("avril 2019", "2019-04")]),
        (
            "de",
            "Es regnete im März und April 2019.",
            [("März", "2019-03"), ("April 2019", "2019-04")],
        ),
    ],
)
def test_months_listed_before_one_with_its_year_share_it(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """A list of months ends with the year of all of them (told in January 2026: March was
    placed in 2025)."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bombs fell on August 6 and 9, 1945.",
            [("August 6", "1945-08-06"), ("9, 1945", "1945-08-09")],
        ),
        (
            "Talks were held on March 3, 4 and 5.",
            [("March 3", "2025-03-03"), ("4", "2025-03-04"), ("5", "2025-03-05")],
        ),
        ("On March 3 and 5 people died.", [("March 3", "2025-03-03")]),  # a count
        (  # a preposition after the list ends it: not a count
            "The poll, conducted between April 2 and 8 across 16 states, was published.",
            [("April 2", "2025-04-02"), ("8", "2025-04-08")],
        ),
        ("Turnout was March 3 and 5 in 10 voters.", [("March 3", "2025-03-03")]),  # a ratio
        ("On March 3, 10:30 a.m., it began.", [("March 3, 10:30 a.m.", "2025-03-03T10:30")]),
    ],
)
def test_days_listed_after_a_day_are_of_its_month(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'August 6 and 9, 1945': the 9th is of August, and the year of both (were 6 August
    near the document date and a year alone)."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang="en")
    assert [(m.text, m.value) for m in mentions] == expected
