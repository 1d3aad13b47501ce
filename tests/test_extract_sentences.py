"""Sentence splitting: abbreviations, initials, quotes, Spanish marks, headings."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.sentences import (
    _CLOSERS,
    _OPENERS,
    _add_trimmed,
    _ends_sentence,
    split_sentences,
)

# The one-scan boundary pattern split_sentences used before its two faster scans.
_ONE_SCAN = re.compile(
    rf"(?<![.!?…])(?P<mark>[.!?…]++)(?:[ \u00a0\u202f]?[{_CLOSERS}])*"
    r"(?P<space>[ \t\u00a0]++(?!\s)|(?>\s*\n)\s*+)"
    rf"(?=[{re.escape(_OPENERS)}\-\u2013\u2014]*[^\W_a-z])"
    r"|(?<![ \t])[ \t]*+\n(?>(?P<blank>\s*\n)?)\s*+",
)
_WORDS = ["a", "A", "é", "1", "_", "-", "Mr", "U.S", "14", "Januar", "«", "(", "¿"]
_GAPS = [" ", "  ", "\t", "\n", " \n", "\n ", "\n\n", " \n \n ", "\r\n", "\u00a0", "\u202f"]
_GAPS += [".", ". ", ".\n", ". \n", "!", "?", "\u2026", "...", '"', "\u00bb", "\u201d", ")", ".) "]
_BOUNDARY_HEAVY = st.lists(
    st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)).map("".join), max_size=12
).map("".join)


def _split(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Macron a parlé. Il est parti.", ["M. Macron a parlé.", "Il est parti."]),
        ("Mme. Durand a signé. Ok.", ["Mme. Durand a signé.", "Ok."]),
        ("Dr. Smith met Gen. Ruiz. They talked.", ["Dr. Smith met Gen. Ruiz.", "They talked."]),
        ("J. F. Kennedy was shot. Then chaos.", ["J. F. Kennedy was shot.", "Then chaos."]),
        ("The U.S. Navy sailed. Iran protested.", ["The U.S. Navy sailed.", "Iran protested."]),
        ("Talks in the U.S. The deal failed.", ["Talks in the U.S.", "The deal failed."]),
        ("It cost 3.5 million. Done.", ["It cost 3.5 million.", "Done."]),
        ("¿Qué pasó? ¡Nada! Sr. Pérez habló.", ["¿Qué pasó?", "¡Nada!", "Sr. Pérez habló."]),
        ("« Nous attaquerons. » Puis il partit.", ["« Nous attaquerons. »", "Puis il partit."]),
        ("« Non ! » a-t-il dit. Fin.", ["« Non ! » a-t-il dit.", "Fin."]),
        ('He said "We will win." Then left.', ['He said "We will win."', "Then left."]),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    """Abbreviations, initials and numbers keep their period; real ends split."""
    assert _split(text) == expected


def test_heading_without_final_punctuation_is_its_own_sentence() -> None:
    text = "Un partenariat sécuritaire largement illusoire\nL'épisode a révélé un fait."
    assert _split(text) == ["Un partenariat sécuritaire largement illusoire", text[47:]]


def test_line_wrapped_inside_a_sentence_is_joined() -> None:
    text = "The talks were\nheld in Geneva.\n\nNew paragraph."
    assert _split(text) == ["The talks were\nheld in Geneva.", "New paragraph."]


def test_seed_headings_are_separate(seed_text: str) -> None:
    sentences = _split(seed_text)
    assert "Un partenariat sécuritaire largement illusoire" in sentences
    assert sentences[0].startswith("Le 14 janvier 2026,")
    assert sentences[0].endswith("sur lui.")


@given(st.text())
def test_offsets_lie_in_text_and_do_not_overlap(text: str) -> None:
    """Any text: spans are ordered, non-empty, inside the text, trimmed."""
    previous = 0
    for start, end in split_sentences(text):
        assert previous <= start < end <= len(text)
        assert not text[start].isspace()
        assert not text[end - 1].isspace()
        previous = end


def _one_scan_split(text: str) -> list[tuple[int, int]]:
    """The reference: sentence spans from the one-scan pattern, trimmed."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _ONE_SCAN.finditer(text):
        if match.end() == len(text):
            break
        if match["mark"] and not _ends_sentence(text, match):
            continue
        if not match["mark"] and not match["blank"] and text[match.end()].islower():
            continue
        end = match.start("space") if match["mark"] else match.start()
        _add_trimmed(spans, text, position, end)
        position = match.end()
    _add_trimmed(spans, text, position, len(text))
    return spans


@settings(max_examples=400)
@given(_BOUNDARY_HEAVY)
def test_two_scans_split_as_the_one_scan_pattern(text: str) -> None:
    """Marks, closers, spaces before line breaks: the same sentences as one scan gave."""
    assert split_sentences(text) == _one_scan_split(text)
