"""Sentence splitting: abbreviations, initials, quotes, Spanish marks, headings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract.sentences import split_sentences


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
