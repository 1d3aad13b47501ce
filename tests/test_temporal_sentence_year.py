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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In 1996, Friday, Nov. 8 was the day.", ("Friday, Nov. 8", "1996-11-08")),
        ("In 1996, Monday, Nov. 8 was the day.", ("Monday, Nov. 8", "2006-11-08")),  # not 1996's
    ],
)
def test_the_year_is_given_only_to_a_day_it_has(text: str, found: tuple[str, str]) -> None:
    """A weekday written with the day must be that year's (Friday 8 November 1996)."""
    assert _values(text)[-1] == found


def test_a_29_february_the_year_has_not_keeps_its_own_reading() -> None:
    """It was dropped (29 February 1997 is no day): now placed as if no year opened it."""
    (text, value) = _values("In 1997, Feb. 29 came.")[-1]
    assert text == "Feb. 29"
    assert value.endswith("-02-29")
    assert not value.startswith("1997")


def test_a_language_without_leads_is_left_as_it_is() -> None:
    atoms = [Atom(3, 7, "date", year=1996), Atom(9, 15, "date", month=11, day=7)]
    assert days_of_opening_years("En 1996, 7 nov.", atoms, "fr") == atoms


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In 2005, after the February assassination, troops left.", ("February", "2005-02")),
        ("In 1976, ministers asked for a loan in September.", ("September", "1976-09")),
        ("Last year, after the February assassination, troops left.", ("February", "2005-02")),
        ('"Last year, in May, we left," he said.', ("May", "2005-05")),
        ("Last year, on Nov. 7, the plant closed.", ("Nov. 7", "2005-11-07")),
        ("Next year, in March, the plant opens.", ("March", "2007-03")),
    ],
)
def test_a_year_opening_its_sentence_dates_a_month_alone_too(
    text: str, found: tuple[str, str]
) -> None:
    """'In 2005, ... the February assassination', and a year counted from the document
    date as the sentence's first words ('Last year, ...', 'Next year, ...')."""
    assert _values(text)[-1] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "the past year" is the last twelve months, not the calendar year before
        ("Over the past year, prices rose in March.", ("March", "2006-03")),
        ("The past year saw the February assassination.", ("February", "2006-02")),
        # "last year" inside the sentence does not open it
        ("He said last year that in March he would go.", ("March", "2006-03")),
        # the next sentence keeps its own reading
        ("Last year they left in March. In May they came back.", ("May", "2006-05")),
    ],
)
def test_a_month_alone_elsewhere_keeps_its_own_reading(text: str, found: tuple[str, str]) -> None:
    assert _values(text)[-1] == found


def test_a_counted_year_without_document_date_gives_no_year() -> None:
    """Without a reference 'Last year' counts from nothing: the day is left as it was."""
    atoms = [Atom(0, 9, "shift", shift=-1, unit="Y"), Atom(14, 20, "date", month=11, day=7)]
    assert days_of_opening_years("Last year, on Nov. 7, ...", atoms, "en") == atoms
    dated = days_of_opening_years(
        "Last year, on Nov. 7, ...", atoms, "en", reference=date(2006, 12, 10)
    )
    assert dated[1] == Atom(14, 20, "date", year=2005, month=11, day=7)


def test_a_year_counted_from_the_date_told_gives_no_year() -> None:
    """'The following year' counts from the story's year, not from the document date."""
    text = "The following year, on Nov. 7, ..."
    atoms = [
        Atom(0, 18, "shift", shift=1, unit="Y", anaphoric=True),
        Atom(23, 29, "date", month=11, day=7),
    ]
    assert days_of_opening_years(text, atoms, "en", reference=date(2006, 12, 10)) == atoms
