"""A year that opens its sentence gives its yearless days their year (_sentence_year)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates
from timeline.temporal._atoms import Atom
from timeline.temporal._sentence_year import days_of_opening_years

REF = date(2006, 12, 10)


def _values(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, reference=REF, lang="en")]


@pytest.mark.parametrize(
    "text",
    [
        "In 1996, Nov. 7 was renamed National Day.",
        "In 1996 the plant opened on Nov. 7.",
        "During 1996, the plant opened on Nov. 7.",
    ],
)
def test_a_yearless_day_after_a_year_opening_its_sentence_is_of_that_year(text: str) -> None:
    assert _values(text) == [("1996", "1996"), ("Nov. 7", "1996-11-07")]


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in 1996, and on Nov. 7 the plant closed.",  # the year does not open it
        "In 1996, sales rose. On Nov. 7 the plant closed.",  # the next sentence
        "In 1996; on Nov. 7 the plant closed.",  # a semicolon ends the clause
    ],
)
def test_a_yearless_day_elsewhere_keeps_the_documents_year(text: str) -> None:
    assert _values(text)[-1] == ("Nov. 7", "2006-11-07")


def test_a_language_without_leads_is_left_as_it_is() -> None:
    atoms = [Atom(3, 7, "date", year=1996), Atom(9, 15, "date", month=11, day=7)]
    assert days_of_opening_years("En 1996, 7 nov.", atoms, "fr") == atoms
