"""The compiled pattern of an unspaced-script language: rule order, gaps, guards."""

from __future__ import annotations

import re

import pytest

from timeline.temporal._cjk._grammar import pattern, words
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
