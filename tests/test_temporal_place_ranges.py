"""Ranges: closed and open spans of placed dates (``_place_ranges``)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates

REPORT_DAY = date(1989, 11, 2)


def test_an_open_range_keeps_the_type_of_its_end() -> None:
    """'until 5 p.m. EST Nov. 9' is a TIME (the open span does not make it a DATE)."""
    (mention,) = find_dates("The offer runs until 5 p.m. EST Nov. 9.", reference=REPORT_DAY)
    assert (mention.type.value, mention.value, mention.mod) == (
        "TIME",
        "1989-11-09T17:00",
        "ON_OR_BEFORE",
    )


def test_a_range_of_unplaced_ends_keeps_its_value_without_a_span() -> None:
    """'from Monday to Friday' with no document date: XXXX-WXX-1/XXXX-WXX-5, no span."""
    (mention,) = find_dates("Talks run from Monday to Friday.", lang="en")
    assert (mention.text, mention.value, mention.span) == (
        "from Monday to Friday",
        "XXXX-WXX-1/XXXX-WXX-5",
        None,
    )


def test_a_range_ending_before_it_starts_is_no_range() -> None:
    """'from 2019 to 2015' is not a span of time: two years ('moved the vote from 2010 to
    2008' changes one date for another), no range."""
    found = find_dates("from 2019 to 2015", lang="en")
    assert [(m.text, m.value, m.span is not None) for m in found] == [
        ("2019", "2019", True),
        ("2015", "2015", True),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "Das Wetter wird nächsten Donnerstag bis Samstag schlecht.",
            "de",
            "2019-03-14/2019-03-16",
        ),
        ("We leave from next Friday to Monday.", "en", "2019-03-15/2019-03-18"),
        ("Cerrado del próximo jueves al sábado.", "es", "2019-03-14/2019-03-16"),
        ("Closed from Friday to Monday.", "en", "2019-03-08/2019-03-11"),
    ],
)
def test_a_weekday_ending_a_range_is_the_first_after_its_start(
    text: str, lang: str, value: str
) -> None:
    """The last end's weekday counts from the first end ('next Thursday to Saturday', told
    on a Sunday: that Thursday to the Saturday after it), not from the document date."""
    found = find_dates(text, reference=date(2019, 3, 10), lang=lang)
    assert [m.value for m in found] == [value]
