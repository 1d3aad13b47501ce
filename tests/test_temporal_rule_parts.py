"""Pieces of the rule table built from the lexicon (``_rule_parts``)."""

from __future__ import annotations

import dataclasses
import re

import pytest

from timeline.temporal._lexicon import Lexicon, lexicon
from timeline.temporal._rule_parts import _count_range, _full_months, _offset_tails, _pieces


def test_full_month_names_leave_out_their_abbreviations() -> None:
    """'may' abbreviates no other name of May; 'mar' abbreviates 'march'."""
    full = _full_months(lexicon("en"))
    assert "may" in full
    assert "march" in full
    assert "mar" not in full


def test_a_range_of_counts_reads_its_lower_count() -> None:
    """'two or three years': the lower count is its own group; no linking words, no range."""
    low = re.compile(_count_range(lexicon("en")), re.IGNORECASE)
    found = low.match("two or three years")
    assert found is not None
    assert found["low"] == "two"
    assert _count_range(Lexicon(lang="xx")) == ""


def test_offset_tails_are_the_words_after_a_later_word() -> None:
    """'después de(l)': 'de', 'del' follow 'después' when it opens an offset phrase."""
    tails = _offset_tails(lexicon("es"))
    assert "de" in tails
    assert _offset_tails(Lexicon(lang="xx")) == ()


def test_the_shared_pieces_are_frozen() -> None:
    pieces = _pieces(lexicon("en"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        pieces.month = "(?P<month>x)"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("lang", "piece", "text", "group", "value"),
    [
        ("en", "month", "Sept.", "month", "Sept."),
        ("fr", "month", "janvier", "month", "janvier"),
        ("en", "weekday", "Monday", "weekday", "Monday"),
        ("en", "day", "21st", "day", "21"),
        ("en", "shift", "last ", "shift", "last"),
        ("es", "shiftpost", " pasado", "shiftpost", "pasado"),
        ("en", "calunit", "week", "unit", "week"),
        ("en", "era", " BC", "bc", "BC"),
    ],
)
def test_a_shared_piece_matches_its_words(
    lang: str, piece: str, text: str, group: str, value: str
) -> None:
    """Each piece reads its lexicon's words, in the group the rules' readers expect."""
    found = re.fullmatch(getattr(_pieces(lexicon(lang)), piece), text, re.IGNORECASE)
    assert found is not None
    assert found[group] == value


@pytest.mark.parametrize(("lang", "text"), [("fr", "du "), ("it", "dell'"), ("de", "des ")])
def test_of_with_its_contractions(lang: str, text: str) -> None:
    assert re.fullmatch(_pieces(lexicon(lang)).ofx, text, re.IGNORECASE) is not None
