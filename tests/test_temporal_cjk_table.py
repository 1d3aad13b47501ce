"""The word tables of the unspaced-script reader: numbers, full-width folding, the data file."""

# ruff: noqa: RUF001 - full-width digits and signs are the point of some cases

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal._cjk._table import LANGUAGES, fold, number, table


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("14", 14),
        ("十", 10),
        ("十四", 14),
        ("二十三", 23),
        ("三十一", 31),
        ("一百零五", 105),
        ("两", 2),
        ("二〇二六", 2026),
        ("二零二五", 2025),
        ("一九九八", 1998),
    ],
)
def test_reads_chinese_numbers(written: str, value: int) -> None:
    assert number(written, table("zh")) == value


def test_reads_korean_native_numbers() -> None:
    assert [number(word, table("ko")) for word in ("한", "두", "열")] == [1, 2, 10]


def test_a_word_that_is_no_number_reads_as_none() -> None:
    assert number("十天", table("zh")) is None


def test_folds_full_width_digits_and_signs() -> None:
    assert fold("２０２６年１月１４日（水）１４：３０") == "2026年1月14日(水)14:30"


@given(st.text(max_size=50))
def test_folding_keeps_every_offset(text: str) -> None:
    """One character for one: offsets in the folded text are the text's."""
    assert len(fold(text)) == len(text)


def test_every_language_has_the_same_tables() -> None:
    keys = [set(table(lang).words) for lang in LANGUAGES]
    assert keys[0] == keys[1] == keys[2]


def test_a_table_is_read_once() -> None:
    assert table("zh") is table("zh")
