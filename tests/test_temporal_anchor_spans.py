"""The anchor scan in two passes (``_anchor_spans``) finds what the one pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal._grammar import grammar

LANGS = ("en", "fr", "es", "de", "it", "pt")
_PIECES = st.sampled_from(
    [
        "may",
        "monday",
        "a.m.",
        "p.m.",
        "q1",
        "q12",
        "1",
        "19",
        "2016",
        "20161016",
        "3.5",
        "12%",
        "$20",
        "iv",
        "siglo",
        "a las ",
        "diez",
        "mars",
        "h",
        "hrs",
        "day",
        "x",
        " ",
        "  ",
        "\n",
        ",",
        ".",
        "-",
        "'",
        "(",
        "\u00e9",
    ]
)


def _both(text: str, lang: str) -> None:
    anchors = grammar(lang).anchors
    for pattern in (anchors.lower, anchors.lower_ascii):
        expected = [found.span() for found in pattern.finditer(text)]
        assert list(anchors.spans(pattern, text)) == expected


@given(st.lists(_PIECES, max_size=16).map("".join), st.sampled_from(LANGS))
def test_two_passes_give_the_spans_of_the_one_pattern(text: str, lang: str) -> None:
    """Digits, words, overlaps ('q12'), words glued after 'a.m.': the same spans."""
    _both(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "monday at 9 a.m.",  # an anchor at the text's start
        "at 9 a.m.monday",  # a word right after one that ends with a dot
        "sales in q12 and q3 2016",  # 'q1' holds the digit of '12': the one pattern goes on
        "20161016 and 19 2016",
        "",
    ],
)
def test_two_passes_on_the_edges(text: str) -> None:
    _both(text, "en")


def test_the_folded_pattern_is_scanned_in_one_pass() -> None:
    anchors = grammar("en").anchors
    text = "On Monday, 14 May"
    assert list(anchors.spans(anchors.folded, text)) == [
        found.span() for found in anchors.folded.finditer(text)
    ]
    assert re.ASCII & anchors.lower_ascii.flags
