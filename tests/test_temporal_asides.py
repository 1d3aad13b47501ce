"""Dates told in a side remark keep the story's year (``_asides``)."""

from __future__ import annotations

import pytest

from timeline import find_dates
from timeline.temporal._asides import is_aside
from timeline.temporal._atoms import Atom

_STORY = "In 1805 the emperor marched east. "


def _month(text: str, month: str = "March") -> str:
    """The value found for ``month`` in a history told without a document date."""
    return next(m.value for m in find_dates(text, lang="en") if m.text == month)


@pytest.mark.parametrize(
    "remark",
    [
        "Napoleon (born 1769) crossed the Rhine in March.",
        "Napoleon (1769) crossed the Rhine in March.",
        "Napoleon, born in Ajaccio in 1769, crossed the Rhine in March.",
        "The fortress, which had been built in 1769, fell in March.",
    ],
)
def test_a_year_told_aside_does_not_move_the_story(remark: str) -> None:
    assert _month(_STORY + remark) == "1805-03"


def test_a_year_in_a_relative_clause_ending_the_sentence_moves_the_story() -> None:
    """'He joined the army, which invaded Russia in 1812.' tells the story's next year."""
    assert _month(
        _STORY + "He joined the army, which invaded Russia in 1812. In March he fled."
    ) == ("1812-03")


def test_a_year_told_aside_still_names_its_year() -> None:
    """The remark's own date keeps its value, and 'that year' can name it."""
    text = "If the deals, which will expire in 2010, lapse, prices rise after that year."
    mentions = find_dates(text, reference="2006-11-15", lang="en")
    assert [(m.text, m.value) for m in mentions] == [("2010", "2010"), ("that year", "2010")]


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        ("Napoleon (born 1769) crossed", True),
        ("Napoleon (b. 1769) crossed", True),
        ("Le général, né en 1769, a traversé", True),
        ("The army of 1769 (the old one) crossed", False),
        ("He was born in 1769 in Corsica.", False),
    ],
)
def test_is_aside(text: str, aside: bool) -> None:
    start = text.index("1769")
    lang = "fr" if text.startswith("Le") else "en"
    assert is_aside(text, Atom(start, start + 4, "date", year=1769), lang) is aside
