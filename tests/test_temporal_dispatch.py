"""The cheap scan (anchors, lead words, rule dispatch) finds what a full grammar scan finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal._dispatch import exotic_case, has_exotic_case
from timeline.temporal._grammar import grammar
from timeline.temporal._scan import matches as _matches

DATA = Path(__file__).parent / "data"
LANGS = ("en", "fr", "es", "de", "it", "pt")


def _same_as_full_scan(text: str, lang: str) -> None:
    compiled = grammar(lang)
    full = [(m.start(), m.end(), m.lastgroup) for m in compiled.pattern.finditer(text)]
    cheap = [(m.start(), m.end(), m.lastgroup) for m in _matches(compiled, text)]
    assert cheap == full


def _texts() -> list[tuple[str, str]]:
    rows = []
    for lang in LANGS:
        for line in (DATA / lang / "temporal.jsonl").read_text(encoding="utf-8").splitlines():
            rows.append((lang, json.loads(line)["text"]))
    for lang in ("en", "fr", "es"):
        path = DATA / "recognizers" / f"cases_{lang}.jsonl"
        rows += [(lang, json.loads(line)["text"]) for line in path.read_text("utf-8").splitlines()]
    return rows


@pytest.mark.parametrize(("lang", "text"), _texts(), ids=lambda v: str(v)[:30])
def test_cheap_scan_equals_full_scan_on_golden_texts(lang: str, text: str) -> None:
    """Every golden and Recognizers sentence: same matches either way."""
    _same_as_full_scan(text, lang)


_PIECES = st.sampled_from(
    [
        "14 janvier 2026",
        "Q31994,",
        "4Q 2019",
        "10:30",
        "2019-2020",
        "$2019",
        "1.5",
        "3,000",
        "16.7",
        "10,000 hours",
        "1.5 years",
        "3.30 pm",
        "14.30-15.30 Uhr",
        "pela manhã",
        "Ende des ersten Quartals",
        "the end of the first quarter",
        "1430 GMT",
        "por la mañana",
        "à noite",
        "hier",
        "le lendemain",
        "mars",
        "since 2019",
        "3 p.m. GMT",
        "2026-01-14",
        "la semana pasada",
        "vor drei Jahren",
        "il y a trois jours",
        " ",
        ", ",
        ". ",
        "the",
        "early",
        "mid-",
        "between",
        "and",
        "du 1er au",
        "15 mars",
        "antes de ayer",
        "dos días antes",
        "the past two months",
        "every week",
        "1990s",
        "Q3",
        "12%",
        "2,000",
        "weeks",
        "for",
        "al día siguiente",
        "am 22.04.",
        "quest'anno",
        "l'année prochaine",
        "more than four decades ago",
        "Christmas",
        "14 h (heure de Caracas)",
        "x",
        "é",
    ]
)


@given(st.lists(_PIECES, max_size=14).map(" ".join), st.sampled_from(LANGS))
def test_cheap_scan_equals_full_scan_on_date_noise(text: str, lang: str) -> None:
    """Fragments of dates in a row: the anchor scan misses nothing the full scan finds."""
    _same_as_full_scan(text, lang)


def test_short_anchor_words_end_with_their_word() -> None:
    """'h', 'min', 'am' are anchors alone ('six am'), not the start of 'he' or 'minister'."""
    anchors = grammar("en").anchors.folded
    assert anchors.search("he told the minister") is None
    assert anchors.search("for 3 h") is not None
    assert anchors.search("at six am") is not None


def test_digits_after_a_separator_are_no_anchor() -> None:
    """'16.7 billion', '13,000 refugees': only the first digits may start a date."""
    anchors = grammar("en").anchors.folded
    assert [m.group() for m in anchors.finditer("16.7 billion, 13,000 refugees")] == ["16"]
    assert [m.group() for m in anchors.finditer("at 3.30 pm")] == ["3", "pm"]


def test_compact_dates_are_anchors_after_no_digit() -> None:
    """'20161016' is an anchor (a date in eight digits), not within a longer number."""
    anchors = grammar("en").anchors.folded
    found = [m.group() for m in anchors.finditer("20161016, 19991231 and 120161016")]
    assert found == ["20161016", "19991231"]


_CASE_PIECES = st.sampled_from(
    [
        "May",
        "MARCH",
        "mar",
        "Sept.",
        "Q3",
        "1994",
        "12%",
        "$20",
        " ",
        "-",
        "\u0130",  # capital I with dot: lower() makes two characters of it
        "\u0131",  # dotless i: IGNORECASE takes it for i
        "\u017f",  # long s: IGNORECASE takes it for s
        "\u212a",  # Kelvin sign: lower() makes k of it
        "\u03a3",  # capital sigma: lower() gives the final form at a word end
        "\u0131yor",
        "may\u0131s",  # Turkish May
        "\u017funday",
        "we\u017ft",
    ]
)


@given(st.lists(_CASE_PIECES, max_size=10).map("".join), st.sampled_from((*LANGS, "tr", "el")))
def test_anchor_scan_of_lower_case_text_finds_what_case_folding_finds(text: str, lang: str) -> None:
    """The fast anchor scan (lower-cased text) gives the anchors of the IGNORECASE one."""
    anchors = grammar(lang).anchors
    pattern, scanned = anchors.scan(text)
    fast = [found.span() for found in pattern.finditer(scanned)]
    assert fast == [found.span() for found in anchors.folded.finditer(text)]


# Inside words only: a word that starts with a letter re folds otherwise than str.lower()
# (long s, dotless i) is not tried, as before the fast paths ('\u017funday' stays no date).
_RARE_INSIDE = st.sampled_from(
    ["we\u017ft", "\u0130", "may\u0131s", "d\u00e9c", "d\u00e9cision", "Mar\u0131", "seconds\u017f"]
)


@given(
    st.lists(st.one_of(_PIECES, _RARE_INSIDE), max_size=12).map(" ".join), st.sampled_from(LANGS)
)
def test_cheap_scan_equals_full_scan_with_rare_case_folding(text: str, lang: str) -> None:
    """Capital I with dot, dotless i and long s inside words, anchors inside words: same matches."""
    _same_as_full_scan(text, lang)


_CASE_SENSITIVE = st.sampled_from(
    [
        "in 2017 may be",
        "in 2017 May",
        "10:30 GMT",
        "10:30 gmt",
        "at 9 p.m. EST",
        "9 am est",
        "le XXe siècle",
        "le xxe siècle",
        "\u017f",
        "\u03a3",
        "on Tuesday",
        "3 May",
        " ",
        ", ",
    ]
)


@given(
    st.lists(st.one_of(_PIECES, _CASE_SENSITIVE), max_size=12).map(" ".join), st.sampled_from(LANGS)
)
def test_cheap_scan_equals_full_scan_where_case_tells_words_apart(text: str, lang: str) -> None:
    """Rules with case-sensitive parts (time zones, 'may' the verb, Roman numerals), and texts
    read in lower case or, with a long s or a sigma, as they are: same matches."""
    _same_as_full_scan(text, lang)


@given(st.text(max_size=20))
def test_has_exotic_case_is_a_search_of_exotic_case(text: str) -> None:
    """The ASCII shortcut never hides a letter that re folds otherwise than str.lower()."""
    assert has_exotic_case(text) == (exotic_case().search(text) is not None)


def test_has_exotic_case_on_long_s_and_accents() -> None:
    assert has_exotic_case("da\u017f")  # the long s
    assert not has_exotic_case("d\u00e9j\u00e0 2026")  # accents: str.lower() and re agree
    assert not has_exotic_case("plain ASCII")


@pytest.mark.parametrize(
    "text", ["Talks end on 14\x1cJanuary 2026 at 9 am", "Talks end on 14 January 2026 at 9 am"]
)
def test_cheap_scan_equals_full_scan_with_and_without_unicode_spaces(text: str) -> None:
    """An information separator (\\s for Unicode only) sends the text to the Unicode
    patterns; both kinds of text give what the full scan gives."""
    _same_as_full_scan(text, "en")


def test_a_lead_word_with_a_longer_lower_case_is_tried_as_re_folds_it() -> None:
    """'İ' lowers to two characters ('i' and a dot) but re folds it to 'i', the Italian
    article: the cheap scan tries the rules there too (it started at 'quest'anno')."""
    _same_as_full_scan("İ quest'anno", "it")
