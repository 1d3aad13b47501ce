"""Placing expressions on the calendar: the conventions of TimeML and TimeBank news."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from timeline import TimexType, find_dates

REPORT_DAY = date(1989, 11, 2)  # third-quarter results come out in October and November


def _found(text: str, reference: date = REPORT_DAY) -> list[tuple[str, str, str]]:
    return [
        (m.text, m.type.value, m.value) for m in find_dates(text, reference=reference, lang="en")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll be back in 5 minutes", ("in 5 minutes", "2016-11-07T16:17:00")),
        ("Let's start 3 minutes from now", ("3 minutes from now", "2016-11-07T16:15:00")),
        ("Let's take a walk 30 minutes later", ("30 minutes later", "2016-11-07T16:42:00")),
        ("It started 2 hours ago.", ("2 hours ago", "2016-11-07T14:12:00")),
        ("I'll be back in 10 hours", ("in 10 hours", "2016-11-08T02:12:00")),
    ],
)
def test_clock_relative_expressions_count_from_a_datetime_reference(
    text: str, expected: tuple[str, str]
) -> None:
    """Hours, minutes and seconds move the reference's clock: a TIME to the second."""
    (mention,) = find_dates(text, reference=datetime(2016, 11, 7, 16, 12), lang="en")
    assert (mention.text, mention.value) == expected
    assert mention.type is TimexType.TIME


def test_clock_relative_expressions_without_a_clock_stay_at_the_day() -> None:
    """A date reference has no time of day: 'in 5 minutes' is placed on that day only."""
    (mention,) = find_dates("I'll be back in 5 minutes", reference=date(2016, 11, 7), lang="en")
    assert (mention.text, mention.value) == ("in 5 minutes", "2016-11-07")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("He will return in 48 hours.", "en", "2016-11-09"),
        ("Il reviendra dans 36 heures.", "fr", "2016-11-08"),
        ("Ocurrió hace 72 horas.", "es", "2016-11-04"),
        ("I'll be back in 10 hours", "en", "2016-11-07"),
    ],
)
def test_whole_days_of_hours_without_a_clock_move_the_day(text: str, lang: str, value: str) -> None:
    """'in 48 hours' from a day is two days on (the hours past whole days are not counted)."""
    (mention,) = find_dates(text, reference=date(2016, 11, 7), lang=lang)
    assert mention.value == value


def test_an_aware_clock_gives_an_aware_moment() -> None:
    """A timezone-aware reference gives the span its exact moment."""
    reference = datetime(2016, 11, 7, 23, 50, tzinfo=UTC)
    (mention,) = find_dates("I'll be back in 20 minutes", reference=reference, lang="en")
    assert mention.value == "2016-11-08T00:10:00"
    assert mention.span is not None
    assert mention.span.start_time == datetime(2016, 11, 8, 0, 10, tzinfo=UTC)


def test_days_and_months_from_a_clock_are_days() -> None:
    """'in two weeks' from a datetime reference is a day, as from a date."""
    (mention,) = find_dates(
        "I will leave in two weeks", reference=datetime(2018, 7, 5, 9, 30), lang="en"
    )
    assert (mention.value, mention.type) == ("2018-07-19", TimexType.DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll go back end of tomorrow", ("end of tomorrow", "2018-11-22T23:59:59")),
        ("We've reached the end of today", ("the end of today", "2018-11-21T23:59:59")),
        ("go to bed end of the day since", ("end of the day", "2018-11-21T23:59:59")),
        ("send it at the eod", ("the eod", "2018-11-21T23:59:59")),
    ],
)
def test_the_end_of_a_day_is_its_last_second(text: str, expected: tuple[str, str]) -> None:
    """'end of tomorrow', 'end of day', 'eod': a deadline, the day's last second (TIME)."""
    (mention,) = find_dates(text, reference=date(2018, 11, 21), lang="en")
    assert (mention.text, mention.value, mention.type) == (*expected, TimexType.TIME)


def test_the_idiom_at_the_end_of_the_day_is_no_time() -> None:
    """'At the end of the day, ...' means 'ultimately'; 'late yesterday' keeps its date."""
    assert find_dates("At the end of the day, voters decide.", reference=date(2018, 11, 21)) == []
    (late,) = find_dates("It ended late yesterday.", reference=date(2018, 11, 21), lang="en")
    assert (late.value, late.mod) == ("2018-11-20", "END")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("nos vemos a fin de esta mañana.", "es", ("TIME", "2019-08-01TMO", "END")),
        ("Il est parti à la fin de ce dimanche soir.", "fr", ("TIME", "2019-08-04TEV", "END")),
        ("Llegó a finales del domingo.", "es", ("DATE", "2019-07-28", "END")),  # no part
        ("It ended on Sunday morning.", "en", ("TIME", "2019-07-28TMO", None)),  # no mod
    ],
)
def test_a_part_of_a_day_part_keeps_both(
    text: str, lang: str, expected: tuple[str, str, str | None]
) -> None:
    """'a fin de esta mañana' is the end of the morning: the morning's TIME value with mod
    END (Recognizers: 2019-08-01TMO, end), not the whole day."""
    (found,) = find_dates(text, reference=date(2019, 8, 1), lang=lang)
    assert (found.type.value, found.value, found.mod) == expected


def test_weeks_later_is_a_day() -> None:
    """'3 weeks later' counts days from a day: a day, not a week label."""
    found = find_dates(
        "It was submitted last month and 3 weeks later it was approved",
        reference=date(2016, 11, 7),
        lang="en",
    )
    assert [(m.text, m.value) for m in found] == [
        ("last month", "2016-10"),
        ("3 weeks later", "2016-11-28"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It will close the deal by year-end.", ("year-end", "DATE", "1989")),
        ("Rules should be in place by year's end.", ("year's end", "DATE", "1989")),
        ("It blamed current market conditions.", ("current", "DATE", "PRESENT_REF")),
        ("He entered his current position in April.", ("current", "DATE", "PRESENT_REF")),
    ],
)
def test_present_and_year_end(text: str, expected: tuple[str, str, str]) -> None:
    """'year-end' is the end of this year; 'current' before a noun is PRESENT_REF (TimeML)."""
    assert _found(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The current account deficit widened.",
        "Current assets exceed current liabilities.",
        "The swimmer was swept away by the current.",
    ],
)
def test_current_as_a_noun_or_an_accounting_term_is_no_date(text: str) -> None:
    """'the current' (a stream) and 'current account/assets' do not date anything."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was promoted in 1995, and the following year he was appointed.",
            ("the following year", "DATE", "1996"),
        ),
        (
            "In March 1989 it merged. The following month, it sold.",
            ("The following month", "DATE", "1989-04"),
        ),
        (
            "It closed on Friday, Oct. 27, down from the previous Friday.",
            ("the previous Friday", "DATE", "1989-10-20"),
        ),
    ],
)
def test_following_and_previous_count_from_the_date_told(
    text: str, expected: tuple[str, str, str]
) -> None:
    """'the following year' is the year after the one the story told, not after the document's."""
    assert _found(text)[-1] == expected


def test_following_without_a_date_told_counts_from_the_document() -> None:
    """With no date before it, 'the following month' is the month after the document's."""
    assert _found("The following month, it sold.") == [("The following month", "DATE", "1989-12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He came in June 1988 and left later that year.",
            ("later that year", "DATE", "1988"),
        ),
        ("In 1987, imports were $1.5 billion that year.", ("that year", "DATE", "1987")),
    ],
)
def test_that_year_is_the_year_told(text: str, expected: tuple[str, str, str]) -> None:
    """'that year' is the year of the date the story told before it."""
    assert _found(text)[-1] == expected


def test_that_before_a_weekday_or_a_plural_is_no_anaphora() -> None:
    """'said that Friday' keeps Friday near the document date; 'so that weeks pass': no date."""
    assert _found("He said that Friday was calm, so that weeks passed.") == [
        ("Friday", "DATE", "1989-10-27")
    ]


def test_effective_dates_lie_ahead() -> None:
    """'effective Feb. 1' in a November announcement is the coming February."""
    assert _found("The new office of the chairman is effective Feb. 1.") == [
        ("Feb. 1", "DATE", "1990-02-01")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It cut the company's 1989 operating results.", ("1989", "DATE", "1989")),
        (
            "The flood happened about 4,000 years ago.",
            ("about 4,000 years ago", "DATE", "PAST_REF"),
        ),
    ],
)
def test_possessive_years_and_the_far_past(text: str, expected: tuple[str, str, str]) -> None:
    """A year after a possessive is a date; a past beyond the calendar is PAST_REF."""
    assert _found(text) == [expected]


def test_possessive_before_a_plain_number_is_no_year() -> None:
    """ "Boeing's 747" is a model number: not a year."""
    assert _found("Boeing's 747 landed.") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("What will happen from May to September", "en", "2019-05/2019-09"),
        ("¿Qué pasará de nov. a mar.?", "es", "2018-11/2019-03"),
    ],
)
def test_the_end_of_a_range_comes_after_its_start(text: str, lang: str, value: str) -> None:
    """A yearless end placed before the start is the next such month after it."""
    (mention,) = find_dates(text, reference=date(2018, 9, 7), lang=lang)
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("three days after Christmas", "en", "XXXX-12-28"),
        ("the day after Feb. 28", "en", "XXXX-03-01"),
        ("la veille de Noël à 18 h", "fr", "XXXX-12-24T18:00"),
    ],
)
def test_days_counted_from_a_day_of_unknown_year_keep_month_and_day(
    text: str, lang: str, value: str
) -> None:
    """No document date: the year stays X, the month and day are counted (a common year)."""
    (mention,) = find_dates(text, lang=lang)
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("lundi à 9h", "fr", "XXXX-WXX-1T09:00"),
        ("Monday at 9am", "en", "XXXX-WXX-1T09:00"),
        ("lundi soir", "fr", "XXXX-WXX-1TEV"),
        ("lundi", "fr", "XXXX-WXX-1"),
    ],
)
def test_a_weekday_without_a_reference_keeps_its_time(text: str, lang: str, value: str) -> None:
    assert [m.value for m in find_dates(text, lang=lang)] == [value]


@pytest.mark.parametrize(
    ("text", "reference", "lang", "expected"),
    [
        ("He flies into Tokyo on Monday.", date(9999, 12, 31), "en", []),
        ("He left on Monday.", date(9999, 12, 31), "en", [("Monday", "9999-12-27")]),
        ("Il est parti lundi.", date(1, 1, 1), "fr", [("lundi", "0001-01-01")]),
        ("am gestrigen Montag", date(1, 1, 1), "de", []),
        ("The polls close in half an hour.", datetime(9999, 12, 31, 23, 59, tzinfo=UTC), "en", []),
        ("no final desta semana", date(9999, 12, 31), "pt", []),
        ("from next Friday to Monday", date(9999, 12, 31), "en", []),
        (
            "On March 3, 2020 he leaves in half an hour. The next day he came back.",
            date(9999, 12, 31),
            "en",
            [("March 3, 2020", "2020-03-03"), ("in half an hour", "9999-12-31")],
        ),
    ],
)
def test_a_place_past_the_ends_of_the_calendar_is_no_date(
    text: str, reference: date, lang: str, expected: list[tuple[str, str]]
) -> None:
    """A weekday, week or clock time that would fall before 0001-01-01 or after 9999-12-31
    is not found (was an OverflowError); what stays inside the calendar still is."""
    mentions = find_dates(text, reference=reference, lang=lang)
    assert [(m.text, m.value) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Friday next week.", date.max),  # next week is past 9999-12-31
        ("on tuesday of last week", date.min),
        ("more than two weeks after today", date.max),  # after: from the day after it
        ("los últimos 3 meses antes de hoy", date.min),
    ],
)
def test_a_date_past_the_calendars_ends_is_dropped_not_raised(text: str, reference: date) -> None:
    """They raised AssertionError or OverflowError; the other mentions stay."""
    for mention in find_dates(text, reference=reference):
        assert mention.span is None or mention.span.start is None or mention.span.start.year


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Voting held last Wednesday ended in a run-off.", "en", "2005-11-09"),
        ("The trip to Chelsea next Thursday worries them.", "en", "2005-11-24"),
        ("La votación del miércoles pasado terminó.", "es", "2005-11-09"),
        ("Le vote de vendredi prochain inquiète.", "fr", "2005-11-25"),
        ("Die Wahl am nächsten Freitag ist offen.", "de", "2005-11-25"),
        # the adjacent day itself, said so
        ("Voting held this past Wednesday ended.", "en", "2005-11-16"),
        ("Where were you on past Wednesday?", "en", "2005-11-16"),
        ("Am gestrigen Mittwoch wurde gewählt.", "de", "2005-11-16"),
        ("Die Wahl am kommenden Freitag ist offen.", "de", "2005-11-18"),
        ("La votación de este próximo viernes.", "es", "2005-11-18"),
    ],
)
def test_last_and_next_skip_the_adjacent_day(text: str, lang: str, value: str) -> None:
    """Told on Thursday 17 November 2005: 'last Wednesday' is the 9th, not yesterday, 'next
    Friday' the 25th, not tomorrow (the adjacent day has its own word); 'this past
    Wednesday', 'am gestrigen Mittwoch', 'this coming Friday' are the adjacent day."""
    found = find_dates(text, reference=date(2005, 11, 17), lang=lang)
    assert [m.value for m in found] == [value]
