"""by_month_names(): the language of a short text from the month names beside its numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import find_dates
from timeline.lang import detect_any, known_languages
from timeline.temporal._guess import by_month_names

SHORT = [
    ("14 января 2026 года войска вошли.", "ru"),
    ("W dniu 14 stycznia 2026 r. wojsko weszło.", "pl"),
    ("14 Ocak 2026 tarihinde ordu girdi.", "tr"),
    ("في 14 يناير 2026 دخل الجيش", "ar"),
    ("Dne 14. ledna 2026 armáda", "cs"),
    ("14 ianuarie 2026 armata", "ro"),
    ("14 tháng 1 2026 quân đội", "vi"),  # a month name of two words: "tháng 1"
]


@pytest.mark.parametrize(("text", "lang"), SHORT)
def test_names_the_language_function_words_cannot(text: str, lang: str) -> None:
    assert detect_any(text) is None  # too short for function words: why the guess exists
    assert by_month_names(text) == lang


@pytest.mark.parametrize(("text", "lang"), SHORT)
def test_find_dates_reads_short_texts_without_a_language(text: str, lang: str) -> None:
    assert [m.value for m in find_dates(text)] == [m.value for m in find_dates(text, lang=lang)]
    assert [m.value for m in find_dates(text)] == ["2026-01-14"]


def test_a_shared_name_goes_to_the_six_first() -> None:
    assert by_month_names("Paris, 5 mai") == "fr"  # also German, Romanian, Portuguese...
    assert by_month_names("Kyiv, 3 April") == "en"  # also Dutch, German, Swedish...


def test_more_names_outweigh_the_order_of_preference() -> None:
    assert by_month_names("3 april en 5 mei, 6 juni") == "nl"


@pytest.mark.parametrize(
    "text",
    [
        "Call 911 now",  # 'now' is a Bambara month, a language not guessed
        "stycznia bez liczby",  # a month name with no number beside it
        "Room 12 bis",
        "",
    ],
)
def test_no_month_beside_a_number_gives_none(text: str) -> None:
    assert by_month_names(text) is None


@given(st.text(max_size=200))
def test_guess_is_a_known_language_or_none(text: str) -> None:
    assert by_month_names(text) in (None, *known_languages())
