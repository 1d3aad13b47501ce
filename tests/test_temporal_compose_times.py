"""Times joined to what stands around them (``_compose_times``): ranges of hours that share
their unit, the p.m. of a range's last end, a day and the range of times on it."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates

WEDNESDAY = date(2026, 1, 14)


def _found(text: str, lang: str, reference: date | None = WEDNESDAY) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, reference=reference, lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Polls are open from 8 to 18 h.", "en", []),  # "h" is no English clock word
        (
            "Die Wahllokale sind von 8 bis 18 Uhr geöffnet.",
            "de",
            ("von 8 bis 18 Uhr", "08:00", "18:00"),
        ),
        ("zwischen 14 und 16 Uhr", "de", ("zwischen 14 und 16 Uhr", "14:00", "16:00")),
        ("The office is open from 3 to 5 p.m.", "en", ("from 3 to 5 p.m.", "15:00", "17:00")),
        ("between 3 and 5 p.m.", "en", ("between 3 and 5 p.m.", "15:00", "17:00")),
        ("from 10 to 2 p.m.", "en", ("from 10 to 2 p.m.", "10:00", "14:00")),
        ("de 14 à 16 heures", "fr", ("de 14 à 16 heures", "14:00", "16:00")),
        (
            "abierto entre las 9 y las 11 horas",
            "es",
            ("entre las 9 y las 11 horas", "09:00", "11:00"),
        ),
        ("de las 14 a las 16 horas", "es", ("de las 14 a las 16 horas", "14:00", "16:00")),
        ("Ele trabalhou das 8 às 17 horas", "pt", ("das 8 às 17 horas", "08:00", "17:00")),
        ("aperto tra le 14 e le 16", "it", ("tra le 14 e le 16", "14:00", "16:00")),
        ("aperto dalle 14 alle 16", "it", ("dalle 14 alle 16", "14:00", "16:00")),
    ],
)
def test_a_range_of_hours_with_one_unit(text: str, lang: str, expected: object) -> None:
    """The first hour of 'von 8 bis 18 Uhr' is a time too: one range of times, today."""
    if not expected:
        assert all("/" not in value for _, value in _found(text, lang))
        return
    extent, start, end = expected  # type: ignore[misc]
    assert _found(text, lang) == [(extent, f"2026-01-14T{start}/2026-01-14T{end}")]


def test_a_count_of_hours_is_no_range_end_without_a_clock_word() -> None:
    """'entre 2 et 3 heures' may be a duration: no article, no clock word, no range."""
    assert all("/" not in value for _, value in _found("Il a attendu entre 2 et 3 heures.", "fr"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuesday from 2:00 to 2:30 pm", "2026-01-13T14:00/2026-01-13T14:30"),
        ("between 7 and 9 PM EST", "2026-01-14T19:00/2026-01-14T21:00"),
        ("from 9 a.m. to 5 p.m.", "2026-01-14T09:00/2026-01-14T17:00"),
        ("from 2:30 to 2:15 pm", "2026-01-14T02:30/2026-01-14T14:15"),  # 14:30 would end after
    ],
)
def test_the_first_end_takes_the_pm_of_the_last_where_it_fits(text: str, expected: str) -> None:
    assert _found(text, "en") == [(text, expected)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("3 p.m. to 5 p.m. on Friday", "en", "2026-01-09T15:00/2026-01-09T17:00"),
        ("Friday from 3 p.m. to 5 p.m.", "en", "2026-01-09T15:00/2026-01-09T17:00"),
        ("tonight from 7 to 7:30", "en", "2026-01-14T19:00/2026-01-14T19:30"),
        ("Dienstag von 8 bis 18 Uhr", "de", "2026-01-13T08:00/2026-01-13T18:00"),
        ("14 janvier de 14 h à 16 h", "fr", "2026-01-14T14:00/2026-01-14T16:00"),
    ],
)
def test_a_day_and_a_range_of_times_on_it(text: str, lang: str, expected: str) -> None:
    """The range is placed on the day named, not on the document's day."""
    assert _found(text, lang) == [(text, expected)]


def test_a_range_of_times_without_a_date_keeps_its_placeholders() -> None:
    """No document date: the times are still found, as a range of unknown day."""
    assert _found("The meeting runs from 3 p.m. to 5 p.m.", "en", None) == [
        ("from 3 p.m. to 5 p.m.", "XXXX-XX-XXT15:00/XXXX-XX-XXT17:00")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le magasin est ouvert jusqu'à 14 heures.", [("14 heures", "2026-01-14T14:00")]),
        ("Les bureaux de vote ferment jusqu'à 20 h.", [("20 h", "2026-01-14T20:00")]),
        ("La garde à vue peut durer jusqu'à 48 heures.", [("jusqu'à 48 heures", "PT48H")]),
        ("jusqu'à 14 heures de garde à vue", [("jusqu'à 14 heures", "PT14H")]),
        ("Le trajet dure jusqu'à 2 heures.", [("jusqu'à 2 heures", "PT2H")]),
    ],
)
def test_until_an_hour_of_the_afternoon_is_a_time(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """French 'jusqu'à' is 'until' and 'up to': before an hour from 13 to 23 that counts
    nothing after it, until that hour; a count beyond a day or of something stays 'up to'."""
    assert _found(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
            [("10:35 a.m.", "1998-08-07T10:35"), ("Friday", "1998-08-07")],
        ),
        (
            "Two soldiers were killed at 11:30 p.m. (0830 GMT) on Tuesday.",
            [("11:30 p.m.", "1998-08-04T23:30"), ("Tuesday", "1998-08-04")],
        ),
        ("The raid began at 3 p.m. (2000 GMT).", [("3 p.m.", "1998-08-08T15:00")]),
        (  # a day's time: "Thursday's 5 p.m. quotes"
            "The dollar rose from Thursday's 5 p.m. quotes of 118.15 yen.",
            [("Thursday", "1998-08-06"), ("5 p.m.", "1998-08-06T17:00")],
        ),
    ],
)
def test_a_time_takes_the_day_written_after_its_other_zone(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'10:35 a.m. (0735 GMT) Friday', "Thursday's 5 p.m.": the time is that day's; the
    weekday keeps its mention."""
    found = find_dates(text, reference=date(1998, 8, 8), lang="en")
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il est arrivé à huit heures moins dix.", [("huit heures moins dix", "2026-01-14T07:50")]),
        (
            "Il est arrivé à 8 heures moins le quart.",
            [("8 heures moins le quart", "2026-01-14T07:45")],
        ),
        ("Il est arrivé à huit heures et quart.", [("huit heures et quart", "2026-01-14T08:15")]),
        # a count of hours stays one ("deux heures et quart" of talking)
        ("Il a parlé deux heures et quart.", [("deux heures", "PT2H")]),
        (
            "Il a parlé deux heures moins dix minutes.",
            [("deux heures", "PT2H"), ("dix minutes", "PT10M")],
        ),
    ],
)
def test_minutes_told_after_an_hour_and_its_word(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang="fr")
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le match commence à 20 heures 30.", "fr", [("20 heures 30", "2026-01-14T20:30")]),
        ("Il est arrivé à sept heures dix.", "fr", [("sept heures dix", "2026-01-14T07:10")]),
        (
            "Chegou às 20 horas e 30 minutos.",
            "pt",
            [("20 horas e 30 minutos", "2026-01-14T20:30")],
        ),
        # a number before a noun counts it
        ("Le vol part à 20 heures 30 passagers à bord.", "fr", [("20 heures", "2026-01-14T20:00")]),
        # no link: a count of hours and minutes
        ("Trabajó 20 horas y 30 minutos.", "es", [("20 horas y 30 minutos", "PT20.5H")]),
    ],
)
def test_minutes_after_an_hour_and_its_word(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in found] == expected
