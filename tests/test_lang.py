"""detect_language() and detect_any(): cheap, right on plain news sentences, None when unsure."""

# ruff: noqa: RUF001 - sentences in Cyrillic, Greek and Turkish have letters that look Latin

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.lang import (
    SUPPORTED,
    detect_any,
    detect_language,
    known_languages,
    language_code,
)

SIX = [
    ("The president said on Monday that the talks would resume.", "en"),
    ("Le président a déclaré lundi que les discussions reprendraient.", "fr"),
    ("El presidente dijo el lunes que las conversaciones se reanudarían.", "es"),
    ("Der Präsident sagte am Montag, die Gespräche würden fortgesetzt.", "de"),
    ("Il presidente ha detto lunedì che i colloqui sarebbero ripresi.", "it"),
    ("O presidente disse na segunda-feira que as negociações seriam retomadas.", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), SIX)
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


# ----------------------------------------------------------------- detect_any

OTHERS = [
    ("Встреча состоялась 14 января 2026 года в Москве, и это было важно.", "ru"),
    ("Зустріч відбулася 14 січня 2026 року в Києві, і це було важливо.", "uk"),
    ("Срещата беше на 14 януари 2026 година в София и това е важно.", "bg"),
    ("De top vond plaats op 14 januari 2026 in Den Haag, maar het was niet eenvoudig.", "nl"),
    ("Spotkanie odbyło się 14 stycznia 2026 r. w Warszawie, ale nie było łatwe.", "pl"),
    ("Toplantı 14 Ocak 2026 tarihinde Ankara'da yapıldı ve bu çok önemliydi.", "tr"),
    ("Mötet hölls den 14 januari 2026 i Stockholm och det var inte lätt.", "sv"),
    ("Η συνάντηση έγινε στις 14 Ιανουαρίου 2026 στην Αθήνα.", "el"),
    ("اجتمع الوزراء في 14 يناير 2026 في القاهرة من أجل السلام.", "ar"),
    ("הפגישה התקיימה ב-14 בינואר 2026 בירושלים.", "he"),
    ("会议于2026年1月14日在北京举行。", "zh"),
    ("会議は2026年1月14日に東京で開かれました。", "ja"),
    ("회의는 2026년 1월 14일 서울에서 열렸다.", "ko"),
    ("Susitikimas įvyko Vilniuje, ir jis buvo svarbus, kaip sakė ministras.", "lt"),
    ("Sanāksme notika Rīgā, un tā bija svarīga, kā arī ilga.", "lv"),
    ("Kohtumine oli Tallinnas ja see oli oluline, aga lühike.", "et"),
    ("Кездесу Астанада өтті және бұл маңызды болды.", "kk"),
    ("Görüş Bakıda keçirildi və bu görüş çox vacib idi.", "az"),
    ("கூட்டம் சென்னையில் நடைபெற்றது.", "ta"),
    ("ការប្រជុំបានធ្វើឡើងនៅភ្នំពេញ។", "km"),
]


@pytest.mark.parametrize(("text", "lang"), OTHERS)
def test_detect_any_tells_other_languages_by_script_and_function_words(
    text: str, lang: str
) -> None:
    assert detect_any(text) == lang


@pytest.mark.parametrize(("text", "lang"), SIX)
def test_detect_any_agrees_with_detect_language_on_the_six(text: str, lang: str) -> None:
    assert detect_any(text) == detect_language(text) == lang


def test_dutch_is_not_taken_for_english() -> None:
    """detect_language() knows six languages and says 'en'; detect_any() knows Dutch."""
    text = "De top vond plaats op 14 januari 2026 in Den Haag, maar het was niet eenvoudig."
    assert (detect_language(text), detect_any(text)) == ("en", "nl")


def test_a_few_foreign_names_leave_a_latin_text_latin() -> None:
    text = "The minister met Сергей Лавров in Geneva on Monday, and he said that it was over."
    assert detect_any(text) == "en"


def test_detect_any_without_evidence_gives_none() -> None:
    assert detect_any("") is None
    assert detect_any("2026-01-14 12:00") is None
    assert detect_any("Qwerty zxcvb.") is None


@given(st.text(max_size=200))
def test_detect_any_never_raises_and_answers_a_code_or_none(text: str) -> None:
    found = detect_any(text)
    assert found is None or (found.isalpha() and found.islower() and len(found) == 2)


def test_chinese_with_the_middle_dot_of_foreign_names_is_chinese() -> None:
    """'・' (katakana middle dot) writes foreign names in Chinese too: it is no kana letter."""
    assert detect_any("美国总统唐纳德・特朗普周三在白宫表示，将于下周访问北京。") == "zh"


def test_chinese_quoting_a_japanese_word_stays_chinese() -> None:
    text = "索尼（ソニー）公司周三表示，其在中国市场的销售额比去年同期增长了百分之十二。"
    assert detect_any(text) == "zh"


def test_japanese_with_kana_is_japanese() -> None:
    assert detect_any("日本政府は14日、新たな経済対策を発表した。") == "ja"


def test_known_languages_put_the_six_first_and_include_every_detected_one() -> None:
    known = known_languages()
    assert known[: len(SUPPORTED)] == SUPPORTED
    assert len(set(known)) == len(known)
    assert {"ru", "ar", "el", "zh", "ja", "ko"} <= set(known)


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("pt-BR", "pt"),
        ("en_US", "en"),
        ("FR", "fr"),
        ("sr-Latn", "sr-Latn"),
        ("sr_latn", "sr-Latn"),
        ("az-Cyrl-AZ", "az-Cyrl"),
        ("zh-Hant", "zh"),
        ("en-Latn", "en"),
        ("de-1996", "de"),
    ],
)
def test_language_code_drops_the_region_and_keeps_a_script(tag: str, code: str) -> None:
    """A region is dropped; a script is kept where a language is written in several
    ('sr-Latn'), not for the six nor Chinese, Japanese, Korean."""
    assert language_code(tag) == code


@given(st.text(max_size=20))
def test_language_code_never_raises(tag: str) -> None:
    assert isinstance(language_code(tag), str)
