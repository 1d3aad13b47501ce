"""detect_language(): cheap, right on plain news sentences, None when unsure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.lang import SUPPORTED, detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The president said on Monday that the talks would resume.", "en"),
        ("Le président a déclaré lundi que les discussions reprendraient.", "fr"),
        ("El presidente dijo el lunes que las conversaciones se reanudarían.", "es"),
        ("Der Präsident sagte am Montag, die Gespräche würden fortgesetzt.", "de"),
        ("Il presidente ha detto lunedì che i colloqui sarebbero ripresi.", "it"),
        ("O presidente disse na segunda-feira que as negociações seriam retomadas.", "pt"),
    ],
)
def test_detects_the_six_languages(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_seed_is_french(seed_text: str) -> None:
    assert detect_language(seed_text) == "fr"


def test_too_little_evidence_gives_none() -> None:
    assert detect_language("2026-01-14") is None
    assert detect_language("") is None


@given(st.text(max_size=200))
def test_never_raises_and_answers_a_supported_code_or_none(text: str) -> None:
    assert detect_language(text) in (*SUPPORTED, None)
