"""The words around a match that the checks read (``_around``)."""

from __future__ import annotations

from timeline.temporal._around import sentence_initial, word_before


def test_word_before_is_the_last_word_in_lower_case() -> None:
    assert word_before("Er kam am 22.04", 10) == "am"
    assert word_before("22.04", 0) == ""


def test_sentence_initial_after_a_full_stop_only() -> None:
    text = "He left. Noon came"
    assert sentence_initial(text, text.index("Noon"))
    assert not sentence_initial(text, text.index("came"))
