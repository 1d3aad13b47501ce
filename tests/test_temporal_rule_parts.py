"""Pieces of the rule table built from the lexicon (``_rule_parts``)."""

from __future__ import annotations

import dataclasses
import re

import pytest

from timeline import find_dates
from timeline.temporal._lexicon import Lexicon, lexicon
from timeline.temporal._rule_parts import (
    _bare_span_lead,
    _count_range,
    _full_months,
    _offset_tails,
    _pieces,
)


def test_full_month_names_leave_out_their_abbreviations() -> None:
    """'may' abbreviates no other name of May; 'mar' abbreviates 'march'."""
    full = _full_months(lexicon("en"))
    assert "may" in full
    assert "march" in full
    assert "mar" not in full


def test_a_range_of_counts_reads_its_lower_count() -> None:
    """'two or three years': the lower count is its own group; no linking words, no range."""
    low = re.compile(_count_range(lexicon("en")), re.IGNORECASE)
    found = low.match("two or three years")
    assert found is not None
    assert found["low"] == "two"
    assert _count_range(Lexicon(lang="xx")) == ""


def test_offset_tails_are_the_words_after_a_later_word() -> None:
    """'después de(l)': 'de', 'del' follow 'después' when it opens an offset phrase."""
    tails = _offset_tails(lexicon("es"))
    assert "de" in tails
    assert _offset_tails(Lexicon(lang="xx")) == ()


def test_the_shared_pieces_are_frozen() -> None:
    pieces = _pieces(lexicon("en"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        pieces.month = "(?P<month>x)"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("lang", "piece", "text", "group", "value"),
    [
        ("en", "month", "Sept.", "month", "Sept."),
        ("fr", "month", "janvier", "month", "janvier"),
        ("en", "weekday", "Monday", "weekday", "Monday"),
        ("en", "day", "21st", "day", "21"),
        ("en", "shift", "last ", "shift", "last"),
        ("es", "shiftpost", " pasado", "shiftpost", "pasado"),
        ("en", "calunit", "week", "unit", "week"),
        ("en", "era", " BC", "bc", "BC"),
    ],
)
def test_a_shared_piece_matches_its_words(
    lang: str, piece: str, text: str, group: str, value: str
) -> None:
    """Each piece reads its lexicon's words, in the group the rules' readers expect."""
    found = re.fullmatch(getattr(_pieces(lexicon(lang)), piece), text, re.IGNORECASE)
    assert found is not None
    assert found[group] == value


@pytest.mark.parametrize(("lang", "text"), [("fr", "du "), ("it", "dell'"), ("de", "des ")])
def test_of_with_its_contractions(lang: str, text: str) -> None:
    assert re.fullmatch(_pieces(lexicon(lang)).ofx, text, re.IGNORECASE) is not None


def test_a_bare_span_lead_needs_its_vague_count_after_it() -> None:
    """'last few', 'past couple of': the lead alone is matched, the count left to the rule;
    no lead at all in a language without such words."""
    lead = re.compile(_bare_span_lead(lexicon("en")), re.IGNORECASE)
    found = lead.match("last  few days")
    assert found is not None
    assert found.group() == "last  "
    assert lead.match("past couple of weeks") is not None
    assert lead.match("last two hours") is None
    assert lead.match("last a few days") is None
    assert re.compile(_bare_span_lead(Lexicon(lang="xx"))).search("last few days") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over last few days, prices rose.", [("last few days", "PXD")]),
        ("It has been rare these last few years.", [("last few years", "PXY")]),
        ("Rents rose in past couple of weeks.", [("past couple of weeks", "P2W")]),
        ("Prices rose over the last few days.", [("the last few days", "PXD")]),
        # the verb "last": before a number, or "a few" (its object takes the article)
        ("The meeting shouldn't last two hours.", [("two hours", "PT2H")]),
        ("The storm could last a few days.", [("a few days", "PXD")]),
        ("The talks will last several hours.", [("several hours", "PTXH")]),
    ],
)
def test_last_or_past_without_its_article_before_a_vague_count(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(text, reference=None, lang="en")
    assert [(m.text, m.value) for m in found] == expected
