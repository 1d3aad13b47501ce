"""A weekday with its day of the month in brackets: 'neste domingo (22)'."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Chegou neste domingo (22) com Ji.", "2026-03-22"),  # two days after the document
        ("Chegou nesta segunda-feira (16) com Ji.", "2026-03-16"),  # four days before it
        ("Chegou neste domingo (23) com Ji.", "2026-03-15"),  # no Sunday 23 near: the past tense
    ],
)
def test_the_day_in_brackets_names_the_nearest_such_weekday(text: str, value: str) -> None:
    (mention, *_) = find_dates(text, reference=date(2026, 3, 20), lang="pt")
    assert mention.value == value


@pytest.mark.parametrize("reference", [date.min, date.max])
def test_a_weekday_with_its_day_in_brackets_at_the_calendars_ends(reference: date) -> None:
    """'neste domingo (2)' told on 0001-01-01 looked at days before the calendar's first
    (OverflowError, found by fuzz/mutate_corpus.py)."""
    mentions = find_dates("Chegou neste domingo (2) com Ji.", reference=reference, lang="pt")
    assert all("domingo" in m.text for m in mentions)
