"""Building blocks of the grammar (``_patterns``)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal._patterns import after_words, alt, alt_ending


def test_after_words_need_the_whole_word_and_one_space() -> None:
    pattern = re.compile(f"{after_words(['el', 'dia'])}\\d+")
    assert pattern.search("el 17").group() == "17"  # type: ignore[union-attr]
    assert pattern.search("del 17") is None  # 'el' inside a word
    assert pattern.search("el  17") is None  # two spaces


_WORDS = st.sampled_from(
    ["h", "hr", "hrs", "hour", "hours", "may", "may day", "mar", "march", "a.m"]
)
_TEXT = st.lists(st.one_of(_WORDS, st.sampled_from(["s", "ly", " ", "  ", ".", "-", "x"])))


@given(st.sets(_WORDS, min_size=1), _TEXT.map("".join))
def test_one_trie_of_long_and_tested_short_words_matches_as_two_alternations(
    words: set[str], text: str
) -> None:
    """alt_ending({long: '', short: test}) finds what 'alt(long)|alt(short)test' finds."""
    test = "(?![^\\W\\d_])"
    long, short = {w for w in words if len(w) > 3}, {w for w in words if len(w) <= 3}
    two = re.compile(f"{alt(long)}|{alt(short)}{test}")
    one = re.compile(alt_ending({w: "" if w in long else test for w in words}))
    assert [m.span() for m in one.finditer(text)] == [m.span() for m in two.finditer(text)]
