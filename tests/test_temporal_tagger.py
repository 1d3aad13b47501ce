"""find_dates(): explicit day dates and exact offsets."""

from __future__ import annotations

import pytest

from timeline import find_dates


@pytest.mark.parametrize(
    ("text", "found", "value"),
    [
        ("Le 14 janvier 2026, des informations", "14 janvier 2026", "2026-01-14"),
        ("On 14 January 2026 it began", "14 January 2026", "2026-01-14"),
        ("on January 14th, 2026", "January 14th, 2026", "2026-01-14"),
        ("el 23 de enero de 2019", "23 de enero de 2019", "2019-01-23"),
        ("am 14. März 2026", "14. März 2026", "2026-03-14"),
        ("dated 2026-01-14.", "2026-01-14", "2026-01-14"),
    ],
)
def test_explicit_day_dates(text: str, found: str, value: str) -> None:
    (mention,) = find_dates(text)
    assert mention.text == found
    assert text[mention.start : mention.end] == found
    assert mention.value == value


def test_impossible_date_is_not_a_mention() -> None:
    assert find_dates("le 31 février 2026") == []
