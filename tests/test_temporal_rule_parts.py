"""Pieces of the rule table built from the lexicon (``_rule_parts``)."""

from __future__ import annotations

import re

from timeline.temporal._lexicon import Lexicon, lexicon
from timeline.temporal._rule_parts import _count_range, _full_months, _offset_tails


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
