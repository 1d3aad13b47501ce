"""The tense of a clause in unspaced scripts: a weekday is placed ahead in a future clause."""

# ruff: noqa: RUF001 - full-width commas are how Chinese writes them

from __future__ import annotations

import pytest

from mentions import found_2026
from timeline.temporal._cjk import tells_future


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("zh", "会议将于周三举行", "2026-01-21"),  # will be held: the coming Wednesday
        ("zh", "会议周三将在北京举行", "2026-01-21"),
        ("zh", "他周三表示", "2026-01-14"),  # said: the last one
        ("ja", "水曜日に開催する予定だ", "2026-01-21"),
        ("ja", "水曜日に開催した", "2026-01-14"),
        ("ko", "수요일에 열릴 예정이다", "2026-01-21"),
        ("ko", "수요일에 열렸다", "2026-01-14"),
    ],
)
def test_a_weekday_in_a_future_clause_is_the_coming_one(lang: str, text: str, value: str) -> None:
    [(_, found)] = found_2026(text, lang)
    assert found == value


@pytest.mark.parametrize("text", ["将军周三表示", "周三，老将出马", "将近周三"])
def test_words_holding_the_marker_tell_no_future(text: str) -> None:
    """将 of 将军 (a general), 将近 (nearly), 老将 (a veteran) is no 'will'."""
    start = text.index("周三")
    assert not tells_future(text, start, start + 2, "zh")


def test_the_marker_of_another_clause_does_not_count() -> None:
    text = "他周三表示，会议将推迟"
    assert not tells_future(text, 1, 3, "zh")
