"""The compiled pattern of an unspaced-script language: rule order, gaps, guards."""

# ruff: noqa: RUF001 - Chinese numerals (the zero above all) are the point of the drawn texts

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal._cjk._grammar import matches, pattern, starts, words
from timeline.temporal._cjk._table import LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_pattern_is_compiled_once_per_language(lang: str) -> None:
    assert pattern(lang) is pattern(lang)


def _rule(lang: str, text: str) -> tuple[str | None, str]:
    match = pattern(lang).search(text)
    assert match is not None
    return match.lastgroup, match.group()


@pytest.mark.parametrize(
    ("lang", "text", "rule"),
    [
        ("ja", "3日前", "count"),  # three days ago before 'the 3rd'
        ("ja", "3日間", "duration"),
        ("ja", "3時間", "duration"),  # hours before the hour 3
        ("ja", "3時", "time"),
        ("zh", "一个月", "duration"),
        ("zh", "一月", "date"),
        ("zh", "上周三", "weekday"),  # Wednesday of last week before 'last week'
        ("zh", "上周", "shift"),
        ("zh", "2020—2025年", "years"),
        ("ko", "3일 전", "count"),
    ],
)
def test_the_first_rule_that_matches_wins(lang: str, text: str, rule: str) -> None:
    assert _rule(lang, text) == (rule, text)


def test_a_space_in_a_word_may_be_left_out() -> None:
    compiled = pattern("ko")
    assert compiled.fullmatch("다음 주")
    assert compiled.fullmatch("다음주")


def test_words_is_an_alternation_of_the_words() -> None:
    alternation = re.compile(words(["今天", "今天晚上"]))
    assert alternation.match("今天晚上") is not None
    assert alternation.match("今天晚上").group() == "今天晚上"  # type: ignore[union-attr]


@pytest.mark.parametrize(("lang", "text"), [("zh", "12026年"), ("zh", "1,200天"), ("zh", "第3天")])
def test_numbers_inside_other_numbers_or_after_ordinals_are_not_read(lang: str, text: str) -> None:
    found = [m.group() for m in pattern(lang).finditer(text)]
    assert found == []


_PIECES = list(
    "0123456789〇一二三四五十两年月日号时点分前后天周星期上下本今明昨去第季度每将近"
    "午後時間週년월일시분전후주오늘지난 :/-."
)


@given(st.text(st.sampled_from(_PIECES) | st.characters(exclude_categories=["Cs"]), max_size=50))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_cheap_scan_finds_what_the_whole_pattern_finds(lang: str, text: str) -> None:
    """Trying the rules only at the characters a match can start with loses no match."""
    expected = [(m.start(), m.end()) for m in pattern(lang).finditer(text)]
    assert [(m.start(), m.end()) for m in matches(text, lang)] == expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_word_a_rule_starts_with_is_a_start(lang: str) -> None:
    assert starts(lang).match("上") or lang != "zh"
    assert starts(lang).match("7")
    assert starts(lang).match("x") is None


def test_a_part_of_the_day_is_not_cut_short_to_leave_an_hour() -> None:
    """'昨天晚上8点': 晚上 goes with the hour, not 晚 with the day and 上 left over."""
    assert _rule("zh", "昨天晚上8点") == ("day", "昨天")
