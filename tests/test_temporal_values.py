"""The values read from a match's pieces (``_values``)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates
from timeline.temporal._lexicon import lexicon
from timeline.temporal._values import number


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("twenty one", "en", 21.0),
        ("one hundred and five", "en", 105.0),
        ("quatre-vingt-dix", "fr", 90.0),
        ("dix-sept", "fr", 17.0),
        ("five one", "en", None),  # two numbers: "the five one-day matches"
        ("two six", "en", None),  # "two six-year terms"
    ],
)
def test_number_words_make_one_number_or_none(text: str, lang: str, expected: float | None) -> None:
    assert number(text, lexicon(lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("55.154", "en", 55.154),  # English: the point marks decimals
        ("6,000", "en", 6000.0),
        ("1,250.5", "en", 1250.5),
        ("1.000", "fr", 1000.0),  # elsewhere a point groups thousands
        ("2,5", "fr", 2.5),
        ("2.5", "de", 2.5),
    ],
)
def test_digits_are_read_with_the_decimal_mark(text: str, lang: str, expected: float) -> None:
    """'55.154 seconds' in English is fifty-five seconds and a bit (it was 55,154 s);
    '1.000 ans' in French is a thousand years."""
    assert number(text, lexicon(lang)) == expected


def test_seconds_with_decimals_keep_them() -> None:
    """A race time: '51 minutes 15.816 seconds' has 15.816 seconds (it was PT15816S); one
    duration of both counts."""
    found = find_dates("He finished in 51 minutes 15.816 seconds.", reference=date(1997, 4, 1))
    assert [(m.text, m.value) for m in found] == [
        ("51 minutes 15.816 seconds", "PT51M15.816S"),
    ]
