"""Building blocks of the grammar (``_patterns``)."""

from __future__ import annotations

import re

from timeline.temporal._patterns import after_words


def test_after_words_need_the_whole_word_and_one_space() -> None:
    pattern = re.compile(f"{after_words(['el', 'dia'])}\\d+")
    assert pattern.search("el 17").group() == "17"  # type: ignore[union-attr]
    assert pattern.search("del 17") is None  # 'el' inside a word
    assert pattern.search("el  17") is None  # two spaces
