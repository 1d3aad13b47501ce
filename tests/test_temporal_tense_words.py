"""The tense words of a language, compiled once (``_tense_words``)."""

from __future__ import annotations

import re

import pytest

from timeline.temporal._tense_words import future_words, tense_words


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("they will meet", "future"),
        ("officials said", "said"),
        ("the rules changed", "past"),
        ("he says so", "present"),
    ],
)
def test_markers_name_the_tense_of_a_word(text: str, group: str) -> None:
    """English markers: a future word, a listed past verb, a regular '-ed' past."""
    found = tense_words("en").markers.search(text)
    assert found is not None
    assert found.lastgroup == group


@pytest.mark.parametrize("text", ["we need it", "they proceed", "a red car"])
def test_words_ending_like_a_past_are_no_past(text: str) -> None:
    """'need', 'proceed', 'red' end in -ed and tell no past."""
    found = tense_words("en").markers.search(text)
    assert found is None or found.lastgroup != "past"


@pytest.mark.parametrize(
    ("lang", "text", "future"),
    [
        ("es", "El presidente firmará el acuerdo", True),
        ("fr", "Il signera le traité", True),
        ("de", "Er wird kommen", True),
        ("es", "El presidente firmó el acuerdo", False),
    ],
)
def test_future_words_include_future_endings(lang: str, text: str, future: bool) -> None:
    """Future markers are words ('wird') and verbs whose ending is the future ('firmará')."""
    pattern = re.compile(f"(?<!\\w){future_words(lang)}(?!\\w)", re.IGNORECASE)
    assert (pattern.search(text) is not None) is future


def test_tense_words_are_compiled_once() -> None:
    assert tense_words("fr") is tense_words("fr")
