"""Patterns that match only at the end of a text, searched only where its last word can end
a match (``_endings``)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal._endings import Ending, last_words
from timeline.temporal._patterns import alt
from timeline.temporal._tense_words import tense_words as _words

_UNTIL = Ending.of(
    re.compile(f"(?<!\\w){alt(('until', 'up to', 'by'))}\\s+$", re.IGNORECASE),
    last_words(("until", "up to", "by")),
    space=True,
)
_PIECES = ("until", "UNTIL", "up", "to", "by", " ", "  ", "\n", "\u00a0", "x", "'s", "\u2019s")
_PIECES += ("the", "company", "had", "been", "initially", "\u017f", "\u0130", "\u0131", ".")


def test_last_words_are_the_last_word_of_each_phrase() -> None:
    assert last_words(("prior to", "until", " ")) == ("to", "until")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the vote was put off until ", True),
        ("the vote was put off UNTIL\n", True),
        ("the vote was put off until", False),  # the pattern wants a space after it
        ("the vote was put off up to ", True),
        ("the vote was put off till ", False),
        ("the vote was put off nearby ", False),  # ends like "by", but is no such word
    ],
)
def test_search_answers_as_the_pattern(text: str, found: bool) -> None:
    assert (_UNTIL.search(text) is not None) is found
    assert (_UNTIL.pattern.search(text) is not None) is found


def test_the_last_word_test_lets_through_what_the_pattern_may_match() -> None:
    assert _UNTIL.may_end("held off until ")
    assert _UNTIL.may_end("held off nearby ")  # looser than the pattern: it decides then
    assert not _UNTIL.may_end("held off until")
    assert not _UNTIL.may_end("held off for ")
    assert _UNTIL.may_end("held off \u017fince ")  # the long s: re folds it to s


@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
def test_search_finds_what_the_pattern_finds(text: str) -> None:
    found = _UNTIL.search(text)
    expected = _UNTIL.pattern.search(text)
    assert (found and found.span()) == (expected and expected.span())


_TENSE_ENDINGS = ("no_past", "pluperfect", "habitual", "attributive", "deadline", "postponed")
_TENSE_ENDINGS += ("ahead", "adjective_lead", "intent", "not_intent")


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de", "it", "pt"])
@pytest.mark.parametrize("name", _TENSE_ENDINGS)
def test_the_tense_endings_find_what_their_patterns_find(lang: str, name: str) -> None:
    """Each word a tense ending can end with, after a word that may open it, in any case."""
    ending: Ending = getattr(_words(lang), name)
    openers = ("", "x ", "had ", "the company", "postponed the vote ", "verschoben ")
    matched = 0
    for word in ending.last:
        for opener in openers:
            for text in (f"{opener}{word} ", f"A {opener}{word}", f"{opener}{word.upper()}\n"):
                found = ending.search(text)
                expected = ending.pattern.search(text)
                assert (found and found.span()) == (expected and expected.span()), text
                matched += found is not None
    assert matched or lang != "en"  # English has words for each of them
