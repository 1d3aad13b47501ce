"""The values read from a match's pieces (``_values``)."""

from __future__ import annotations

import pytest

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
