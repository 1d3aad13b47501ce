"""Placing relative and anaphoric expressions (``_place_relative``)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import find_dates


def test_that_year_is_the_year_of_the_period_named_after_the_last_day() -> None:
    """A month named after the last day is what 'later that year' refers to."""
    text = (
        "Castro said Friday she had been kidnapped. Munero had fled to Florida in June 1998 "
        "and returned to Cuba later that year."
    )
    mentions = find_dates(text, reference=date(2000, 1, 28), lang="en")
    assert [(m.text, m.value) for m in mentions] == [
        ("Friday", "2000-01-28"),
        ("June 1998", "1998-06"),
        ("later that year", "1998"),
    ]


def test_a_day_inside_the_period_named_keeps_the_day() -> None:
    """'the following day' after 'March 1998 ... on March 3' counts from March 3."""
    text = "In March 1998 the talks began on March 3. They ended the following day."
    mentions = find_dates(text, reference=date(1998, 5, 1), lang="en")
    assert mentions[-1].value == "1998-03-04"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Die Wahl ist am 8. März; die Briefwahl beginnt drei Wochen vorher.", "de", "2026-02-15"),
        ("Die Wahl ist am 8. März; das Ergebnis kommt zwei Tage später.", "de", "2026-03-10"),
    ],
)
def test_a_count_before_or_after_the_day_told(text: str, lang: str, expected: str) -> None:
    """'drei Wochen vorher' counts back from the day told last, as 'zuvor' and 'davor'."""
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert found[-1].value == expected


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("We will meet in an hour and a half.", "en", "2026-01-14T11:30:00"),
        ("Il reviendra dans une heure et demie.", "fr", "2026-01-14T11:30:00"),
        ("Tornerà tra un'ora e mezza.", "it", "2026-01-14T11:30:00"),
        ("Volveremos en tres años y medio.", "es", "2029-07-14"),
    ],
)
def test_a_count_ahead_keeps_its_half(text: str, lang: str, value: str) -> None:
    """'in an hour and a half' was 'an hour', 'dans une heure et demie' 'dans une heure';
    'en tres años y medio' was four years ahead."""
    (mention,) = find_dates(text, reference=datetime(2026, 1, 14, 10, 0), lang=lang)
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "Anfang Mai 2019 wurde er ernannt und ging einen Monat später nach Ohio.",
            "de",
            "2019-06",
        ),
        ("Ende August 2019 fiel das Fort. Drei Monate später fiel Port Royal.", "de", "2019-11"),
        ("In early May 2018 he was named, and a month later he left.", "en", "2018-06"),
        (
            "Im 1. Halbjahr 2019 kämpften sie. Der Marsch begann am 29. März. "
            "Einen Monat später überquerte er den Fluss.",
            "de",
            "2019-04",
        ),
    ],
)
def test_a_count_later_starts_from_the_last_period_or_day_told(
    text: str, lang: str, value: str
) -> None:
    """'Anfang Mai ... einen Monat später' is June (a part of a month names that month); a
    month after a day told inside a half-year counts from that day, not from the half."""
    found = find_dates(text, reference=date(2019, 10, 1), lang=lang)
    assert found[-1].value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit rose 5% from the prior year.", [("the prior year", "2012")]),
        (
            "Sales fell in 2010; the prior year they rose.",
            [("2010", "2010"), ("the prior year", "2009")],
        ),
        (
            "Prices rose in December against 5.1 percent in the prior month.",
            [("December", "2012-12"), ("the prior month", "2012-11")],
        ),
    ],
)
def test_the_prior_unit_is_the_one_before_the_date_told(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'prior' as 'previous': the unit before the last one told, else before the document's."""
    found = find_dates(text, reference=date(2013, 3, 22), lang="en")
    assert [(m.text, m.value) for m in found] == expected


def test_that_year_after_some_months_of_it_is_the_year_written() -> None:
    """'in 2000. In the first nine months of that year': the year named, not the day told
    before it ('the nine months' ends a quarter's comparisons, not a year written)."""
    text = (
        "CBS said Thursday. Growth slowed in 2000. In the first nine months of that year, it fell."
    )
    found = find_dates(text, reference=date(2005, 11, 10), lang="en")
    assert [(m.text, m.value) for m in found][-1] == ("that year", "2000")
