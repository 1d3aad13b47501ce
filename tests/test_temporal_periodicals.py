"""A newspaper named by how often it appears is no set (``_periodicals``)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates
from timeline.temporal._lexicon import lexicon
from timeline.temporal._periodicals import periodical

_REFERENCE = date(2026, 3, 4)


def _found(text: str) -> list[str]:
    return [m.text for m in find_dates(text, reference=_REFERENCE, lang="en")]


@pytest.mark.parametrize(
    "text",
    [
        "The minister told the Lagos Daily Courier that talks had stalled.",  # a title
        "According to the Harbour Weekly, rents rose.",
        "The Estonian daily Postimees reported the fire.",  # a name, then the paper's name
        "The opposition daily said the vote was rigged.",  # a verb of reporting
        "A survey published by the Pravda daily found wide support.",
        "He made the remarks to the financial daily.",  # a press word, then a stop
        "The mayor spoke to the Turkish weekly, which ran the story.",
        "A letter appeared in the Communist Party daily Granma.",
    ],
)
def test_a_newspaper_is_no_set(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Power cuts are part of daily life in the city.", ["daily"]),
        ("The pills are taken daily with water.", ["daily"]),
        ("Prices are published daily.", ["daily"]),
        ("The Ministry posts the figures weekly, officials said.", ["weekly"]),
        ("Daily flights to Lisbon resume in May.", ["Daily", "May"]),  # a sentence's start
        ("The almost daily Israeli raids went on.", ["daily"]),  # an adjective before a name
        ("Rebels stage near daily attacks, the daily reported.", ["daily"]),
    ],
)
def test_how_often_stays_a_set(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


def test_only_the_listed_words_are_periodicals() -> None:
    """'yearly' names no paper: the check reads the language's list alone."""
    text = "the national yearly said"
    start = text.index("yearly")
    assert not periodical("yearly", start, start + 6, lexicon("en"), text)
