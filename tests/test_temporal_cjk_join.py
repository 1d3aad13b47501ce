"""Joining neighbours in unspaced scripts: a day and its time, ranges."""

# ruff: noqa: RUF001 - full-width commas and tildes are how these scripts write them

from __future__ import annotations

import pytest

from mentions import TUESDAY, found_2026
from timeline import find_dates
from timeline.temporal._cjk import scan


def test_a_day_and_the_time_after_it_are_one_time() -> None:
    [atom] = scan("2026年1月14日下午3点", "zh")
    assert atom.time is not None
    assert (atom.day, atom.time.hour) == (14, 15)


def test_a_comma_between_a_day_and_its_time_still_joins_them() -> None:
    assert found_2026("明天，下午3点", "zh") == [("明天，下午3点", "2026-01-21T15:00")]


def test_a_word_between_a_day_and_a_time_keeps_them_apart() -> None:
    assert found_2026("明天会议下午3点", "zh") == [
        ("明天", "2026-01-21"),
        ("下午3点", "2026-01-20T15:00"),
    ]


def test_a_month_alone_takes_no_time() -> None:
    assert len(scan("1月 15时", "zh")) == 2


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("zh", "1月14日至16日", "2026-01-14/2026-01-16"),
        ("zh", "2026年1月14日到2月3日", "2026-01-14/2026-02-03"),
        ("zh", "2020年至2025年", "2020/2025"),
        ("zh", "2020—2025年", "2020/2025"),
        ("ja", "1月14日～16日", "2026-01-14/2026-01-16"),
        ("ko", "14일부터 16일", "2026-01-14/2026-01-16"),
    ],
)
def test_a_range_is_one_mention_and_its_second_end_takes_what_the_first_says(
    lang: str, text: str, value: str
) -> None:
    assert found_2026(text, lang) == [(text, value)]


def test_a_day_and_a_month_do_not_make_a_range() -> None:
    assert len(found_2026("14日至2月", "zh")) == 2


def test_a_zone_before_the_day_is_the_zone_of_its_time() -> None:
    [mention] = find_dates("北京时间14日下午3点", reference=TUESDAY, lang="zh")
    assert (mention.text, mention.value) == ("北京时间14日下午3点", "2026-01-14T15:00")
    assert mention.span is not None
    assert mention.span.start_time is not None
    assert mention.span.start_time.isoformat() == "2026-01-14T15:00:00+08:00"
