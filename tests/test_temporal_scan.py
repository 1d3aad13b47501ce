"""The cheap scan (``_scan``): the grammar tried at lead words before anchors, and inside an
anchor of several words, finds what the full grammar finds."""

from __future__ import annotations

import pytest

from timeline.temporal._grammar import grammar
from timeline.temporal._scan import matches


def _same_as_full_scan(text: str, lang: str) -> None:
    compiled = grammar(lang)
    full = [(m.start(), m.end(), m.lastgroup) for m in compiled.pattern.finditer(text)]
    cheap = [(m.start(), m.end(), m.lastgroup) for m in matches(compiled, text)]
    assert cheap == full


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Pela manhã houve explosões.", "pt"), ("Por la mañana hubo tiros.", "es")],
)
def test_a_rule_may_start_inside_an_anchor_of_several_words(text: str, lang: str) -> None:
    """'pela manhã' is an anchor (a part after a day word); 'manhã' told starts inside it."""
    _same_as_full_scan(text, lang)
    assert [m.group() for m in matches(grammar(lang), text)] != []


def test_a_text_without_spaces_is_scanned_in_bounded_windows() -> None:
    """'1.1.1.1...' (no space to end a word): the same matches as the full scan."""
    _same_as_full_scan("1.1." * 500 + " 14 March 2026", "en")
