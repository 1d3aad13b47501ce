"""The unspaced-script reader as a whole: scan(), language_of() and their laws."""

# ruff: noqa: RUF001 - full-width signs are part of the drawn texts

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from mentions import TUESDAY
from timeline import find_dates
from timeline.temporal._cjk import LANGUAGES, language_of, scan

# the pieces dates are written with, so that drawn texts hold many near-dates
_PIECES = list(
    "0123456789０１２３４５６７８９〇零一二三四五六七八九十两年月日号时点分前后後天周星期上下本"
    "今明昨去令和元曜水午後時間週か月년월일시분전후주오늘어제지난 :/-.,，（）()至到~"
)
_CJKISH = st.text(st.sampled_from(_PIECES) | st.characters(exclude_categories=["Cs"]), max_size=60)


def test_scan_returns_atoms_in_text_order() -> None:
    atoms = scan("昨天下午，2026年1月14日，三天前", "zh")
    assert [a.start for a in atoms] == sorted(a.start for a in atoms)
    assert [a.kind for a in atoms] == ["dayword", "date", "ago"]


@given(_CJKISH, st.sampled_from(LANGUAGES))
def test_never_raises_and_offsets_are_exact(text: str, lang: str) -> None:
    for mention in find_dates(text, reference=TUESDAY, lang=lang):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text


@given(_CJKISH, st.sampled_from(LANGUAGES))
def test_atoms_do_not_overlap(text: str, lang: str) -> None:
    atoms = scan(text, lang)
    assert all(a.end <= b.start for a, b in pairwise(atoms))


@given(_CJKISH, st.sampled_from(LANGUAGES))
def test_without_a_reference_nothing_raises(text: str, lang: str) -> None:
    for mention in find_dates(text, lang=lang):
        assert text[mention.start : mention.end] == mention.text


@given(st.text(st.sampled_from(_PIECES), max_size=40).map(lambda text: "今天" + text))
def test_detected_language_never_raises_and_offsets_are_exact(text: str) -> None:
    for mention in find_dates(text, reference=TUESDAY):
        assert text[mention.start : mention.end] == mention.text


def test_language_of_names_the_script_of_short_texts() -> None:
    assert [language_of(t) for t in ("2026年", "2026년", "3日前に")] == ["zh", "ko", "ja"]


def test_language_of_leaves_latin_texts_with_a_name_in_chinese_alone() -> None:
    assert language_of("Xi Jinping (习近平) a parlé le 14 janvier 2026") is None


def test_chinese_text_with_a_name_dot_is_chinese() -> None:
    """'・' between the parts of a foreign name is no kana letter."""
    assert language_of("唐纳德・特朗普") == "zh"
