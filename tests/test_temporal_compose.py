"""Joins of neighbouring expressions: a month and the year written after it, a weekday and its
week, counts from a day, sums, hours."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mentions import TUESDAY, found_1998, found_2026, pairs
from timeline import find_dates


def test_month_takes_the_year_in_words_after_it() -> None:
    """'January nineteen ninety-seven' is one date of January 1997."""
    assert found_1998("January nineteen ninety-seven. Atlanta again.") == [
        ("January nineteen ninety-seven", "1997-01")
    ]


def test_day_takes_the_year_in_words_after_it() -> None:
    """'March 3, nineteen ninety-six' is a full date."""
    assert found_1998("It began on March 3, nineteen ninety-six.") == [
        ("March 3, nineteen ninety-six", "1996-03-03")
    ]


def test_month_and_a_later_year_stay_apart() -> None:
    """A month and a year separated by other words are two dates."""
    assert found_1998("In January the plan for 1999 was set.") == [
        ("January", "1998-01"),
        ("1999", "1999"),
    ]


def test_a_weekday_of_a_named_week() -> None:
    """'el lunes de la semana siguiente' is the Monday of next week, one mention."""
    text = "Es el lunes de la semana siguiente, o el miércoles de la próxima semana."
    assert found_2026(text, "es") == [
        ("lunes de la semana siguiente", "2026-01-26"),
        ("miércoles de la próxima semana", "2026-01-28"),
    ]
    assert found_2026("Il arrive mardi de la semaine prochaine.", "fr") == [
        ("mardi de la semaine prochaine", "2026-01-27")
    ]
    assert found_2026("Nos conocimos el martes de semana pasada.", "es") == [
        ("martes de semana pasada", "2026-01-13")
    ]


def test_a_count_of_days_from_a_day_word() -> None:
    """'dos días antes de ayer', 'dos días después de hoy', '3 días a partir de hoy'."""
    assert found_2026("¿Estabas dos días antes de ayer? Y dos días después de hoy.", "es") == [
        ("dos días antes de ayer", "2026-01-17"),
        ("dos días después de hoy", "2026-01-22"),
    ]
    assert found_2026("¿Qué fecha es 3 días a partir de hoy?", "es") == [
        ("3 días a partir de hoy", "2026-01-23")
    ]


def test_today_after_de_alone_is_no_date() -> None:
    """'la España de hoy' is the present era, not the document's day."""
    assert found_2026("La España de hoy es otra.", "es") == []


def test_an_hour_with_minutes_after_a_day() -> None:
    """'hoy a las 20.30' is 20:30; 'anoche a las 8 en punto' is 20:00 (the night's 8)."""
    assert found_2026("Regresaré hoy a las 20.30 y anoche a las 8 en punto.", "es") == [
        ("hoy a las 20.30", "2026-01-20T20:30"),
        ("anoche a las 8 en punto", "2026-01-19T20:00"),
    ]


def test_half_past_after_a_time_link_is_a_time() -> None:
    """'à deux heures et demie' is 02:30, not two hours and a half."""
    assert found_2026("Le train part à deux heures et demie.", "fr") == [
        ("deux heures et demie", "2026-01-20T02:30")
    ]


def test_english_am_after_a_french_day() -> None:
    """'lendemain 8:00am': the next day at 8."""
    assert found_2026("Je reviendrai lendemain 8:00am", "fr") == [
        ("lendemain 8:00am", "2026-01-21T08:00")
    ]


def test_a_day_and_an_hour_with_an_approximation() -> None:
    """'mañana alrededor de las 10 de la mañana' is tomorrow at 10."""
    assert found_2026("¿mañana alrededor de las 10 de la mañana?", "es") == [
        ("mañana alrededor de las 10 de la mañana", "2026-01-21T10:00")
    ]


def test_an_hour_count_before_am_or_pm_is_a_time() -> None:
    """'8 horas da tarde' is 20:00, '3 heures du matin' 03:00; 'three hours' stays a duration."""
    assert found_2026("amanhã 8 horas da tarde", "pt") == [
        ("amanhã 8 horas da tarde", "2026-01-21T20:00")
    ]
    assert found_2026("après trois heures du matin", "fr") == [
        ("trois heures du matin", "2026-01-20T03:00")
    ]
    assert found_2026("He slept three hours in the morning.", "en") == [
        ("three hours", "PT3H"),
        ("the morning", "2026-01-20TMO"),  # the part of the day told
    ]


def test_an_hour_of_the_evening_or_night_is_pm() -> None:
    """'a las diez esta noche' is 22:00, 'ce soir à 8 heures' 20:00, 'anoche a las 2' 02:00."""
    assert found_2026("Regresaré a las diez esta noche", "es") == [
        ("diez esta noche", "2026-01-20T22:00")
    ]
    assert found_2026("Rendez-vous ce soir à 8 heures.", "fr") == [
        ("ce soir à 8 heures", "2026-01-20T20:00")
    ]
    assert found_2026("Llegó anoche a las 2.", "es") == [("anoche a las 2", "2026-01-19T02:00")]


def test_listed_days_take_the_month_of_the_last() -> None:
    """'les 3, 4 et 5 mars' are three days of March; 'entre 24 y 25 de enero' a range."""
    assert found_2026("puis les 3, 4 et 5 mars.", "fr") == [
        ("3", "2026-03-03"),
        ("4", "2026-03-04"),
        ("5 mars", "2026-03-05"),
    ]
    assert found_2026("Le 20/11, 12 novembre ?", "fr") == [  # "20/11": no listed day
        ("20/11", "2025-11-20"),
        ("12 novembre", "2025-11-12"),
    ]
    assert found_2026("los días 24 y 25 de enero; entre 24 y 25 de enero", "es") == [
        ("24", "2026-01-24"),
        ("25 de enero", "2026-01-25"),
        ("entre 24 y 25 de enero", "2026-01-24/2026-01-25"),
    ]


def test_the_week_of_a_day() -> None:
    """'la semaine du 12 janvier' is that week; 'the week of the attack' is not a week of a day."""
    assert found_2026("La semaine du 12 janvier", "fr") == [
        ("La semaine du 12 janvier", "2026-W03")
    ]
    assert found_2026("la semana del 12 de enero", "es") == [
        ("la semana del 12 de enero", "2026-W03")
    ]
    assert found_2026("in the week of March 6", "en") == [("the week of March 6", "2026-W10")]
    assert found_2026("The week of the attack", "en") == [("The week", "2026-W04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll go back tonight around 7", ("tonight around 7", "2018-08-16T19:00")),
        ("it happened last night at 8.", ("last night at 8", "2018-08-15T20:00")),
        ("tomorrow afternoon at 3", ("tomorrow afternoon at 3", "2018-08-17T15:00")),
        ("tomorrow evening at 7:30", ("tomorrow evening at 7:30", "2018-08-17T19:30")),
        ("Friday night at 2", ("Friday night at 2", "2018-08-10T02:00")),
        ("Friday night at 11 p.m.", ("Friday night at 11 p.m.", "2018-08-10T23:00")),
        ("this morning at 9", ("this morning at 9", "2018-08-16T09:00")),
    ],
)
def test_an_hour_in_the_evening_is_pm(text: str, expected: tuple[str, str]) -> None:
    """Without a.m./p.m., the afternoon, evening or night of a day reads its hour as p.m."""
    (mention,) = find_dates(text, reference=date(2018, 8, 16), lang="en")
    assert (mention.text, mention.value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We met on tuesday of last week", [("tuesday of last week", "2018-11-20")]),
        ("on monday of the following week", [("monday of the following week", "2018-12-03")]),
        ("plans for next week Wednesday?", [("next week Wednesday", "2018-12-05")]),
        ("What happened on previous week - Monday", [("previous week - Monday", "2018-11-19")]),
        ("He arrived on Monday last week.", [("Monday last week", "2018-11-19")]),
        ("set up Wednesday evening next week.", [("Wednesday evening next week", "2018-12-05TEV")]),
    ],
)
def test_a_weekday_joined_to_a_named_week(text: str, expected: list[tuple[str, str]]) -> None:
    """A weekday joined to 'next week', 'last week'... is that day of that week."""
    assert pairs(text, date(2018, 11, 28), "en") == expected


def test_a_weekday_and_a_week_in_other_clauses_stay_apart() -> None:
    """'Monday that next week': a word between them, two expressions."""
    found = find_dates("He said Monday that next week", reference=date(2018, 11, 28), lang="en")
    assert [m.value for m in found] == ["2018-11-26", "2018-W49"]


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("I'll go back Monday two weeks from now.", date(2016, 11, 9), "2016-11-21"),
        ("I'll go back in 3 days on Friday.", date(2016, 11, 9), "2016-11-11"),
        ("I'll go back Thursday, two year from now.", date(2021, 1, 2), "2023-01-05"),
        ("They met Monday, two days after Christmas.", date(2016, 12, 28), "2016-12-26"),
    ],
)
def test_a_weekday_of_the_week_counted_to(text: str, reference: date, expected: str) -> None:
    """A weekday next to a count ('two weeks from now', 'in 3 days') is that week's day."""
    (mention,) = find_dates(text, reference=reference, lang="en")
    assert mention.value == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Vuelvo a las 7 del próximo domingo a la tarde.",
            "es",
            ("7 del próximo domingo a la tarde", "2026-01-25T19:00"),
        ),
        (
            "Vuelvo 7h del próximo domingo a la tarde.",
            "es",
            ("7h del próximo domingo a la tarde", "2026-01-25T19:00"),
        ),
        (
            "Regresaré a las cinco y media mañana por la tarde.",
            "es",
            ("cinco y media mañana por la tarde", "2026-01-21T17:30"),
        ),
        ("Me iré a Pekín al mediodía de hoy.", "es", ("mediodía de hoy", "2026-01-20T12:00")),
        (
            "I'll be back at 7 next Sunday evening.",
            "en",
            ("7 next Sunday evening", "2026-01-25T19:00"),
        ),
        (
            "The fire began at 6 p.m. of last Sunday.",
            "en",
            ("6 p.m. of last Sunday", "2026-01-18T18:00"),
        ),
        (
            "Je reviendrai à 7 h dimanche prochain au soir.",
            "fr",
            ("7 h dimanche prochain au soir", "2026-01-25T19:00"),
        ),
        ("Partirò alle tre di domani.", "it", ("tre di domani", "2026-01-21T03:00")),
        (
            "Chego às sete da tarde do dia 15.",
            "pt",
            ("sete da tarde do dia 15", "2026-01-15T19:00"),
        ),
    ],
)
def test_a_time_joined_to_the_day_after_it(text: str, lang: str, expected: tuple[str, str]) -> None:
    """A time, then the day it is of ('del', 'di', 'do', 'of' or nothing between): one
    TIME; a small hour in the afternoon or evening of that day is p.m."""
    assert found_2026(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The stock closed at 5 Tuesday.", "en", [("Tuesday", "2026-01-20")]),
        ("Ganaron 3 de los 5 partidos del domingo.", "es", [("domingo", "2026-01-18")]),
    ],
)
def test_a_number_before_a_day_is_no_hour_without_a_link_and_a_part_of_day(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """'closed at 5 Tuesday' is a price: a bare hour before a day needs the day's part."""
    assert found_2026(text, lang) == expected


def test_counted_from_now_the_lead_word_is_inside() -> None:
    """'dentro de 3 minutos a partir de ahora' as 'in 5 minutes'; counted from a day, the
    lead word stays out ('dentro de tres semanas a partir de mañana')."""
    now = datetime(2026, 1, 20, 10, 0)
    found = pairs("Empecemos dentro de 3 minutos a partir de ahora.", now, "es")
    assert found == [("dentro de 3 minutos a partir de ahora", "2026-01-20T10:03:00")]
    found = pairs("¿Estás libre dentro de tres semanas a partir de mañana?", now, "es")
    assert found == [("tres semanas a partir de mañana", "2026-02-11")]


@pytest.mark.parametrize(
    ("text", "lang"), [("Voy a volver en 5 h.", "es"), ("Je pars dans 5 h.", "fr")]
)
def test_hours_counted_after_in_are_no_clock_time(text: str, lang: str) -> None:
    """'en 5 h' is five hours from now, never 05:00."""
    assert all(not value.endswith("T05:00") for _, value in found_2026(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Regresaré al final de mañana.", "es", "al final de mañana"),
        ("Je reviendrai fin de demain.", "fr", "fin de demain"),
        ("Tornerò alla fine di domani.", "it", "alla fine di domani"),
        ("I'll go back end of tomorrow.", "en", "end of tomorrow"),
    ],
)
def test_the_end_of_a_day_is_its_last_second(text: str, lang: str, expected: str) -> None:
    """'al final de mañana' is tomorrow's last second in every language, as 'end of
    tomorrow' (a deadline: one value for one phrase, whatever the report's language)."""
    found = find_dates(text, reference=TUESDAY, lang=lang)
    assert [(m.text, m.value, m.mod) for m in found] == [(expected, "2026-01-21T23:59:59", None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Nehmen Sie abends um 8 Uhr einen Tropfen.",
            "de",
            ("abends um 8 Uhr", "2026-01-20T20:00"),
        ),
        ("Was morgens um 7 Uhr machen?", "de", ("morgens um 7 Uhr", "2026-01-20T07:00")),
        ("Tornerò il pomeriggio alle 7.", "it", ("il pomeriggio alle 7", "2026-01-20T19:00")),
        ("Tornerò la mattina alle 7.", "it", ("la mattina alle 7", "2026-01-20T07:00")),
        ("Il rentre le soir à 8 h.", "fr", ("le soir à 8 h", "2026-01-20T20:00")),
        # the part told, its preposition outside (TimeML), then its time
        ("Llega por la tarde a las siete.", "es", ("la tarde a las siete", "2026-01-20T19:00")),
    ],
)
def test_a_part_of_the_day_before_a_time(text: str, lang: str, expected: tuple[str, str]) -> None:
    """The part of the day before a time is inside and places the hour (p.m. in the evening)."""
    assert found_2026(text, lang) == [expected]


def test_a_bare_part_of_the_day_stays_with_the_day_before_it() -> None:
    """'Sunday morning at 8:00': no article, no adverb: the time alone is joined as before."""
    found = found_2026("The event starts on Sunday early morning at 8:00.", "en")
    assert ("morning at 8:00", "2026-01-20T08:00") not in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Regresaré al final de este domingo.", "es", "al final de este domingo"),
        ("Je reviendrai fin de cette dimanche.", "fr", "fin de cette dimanche"),
        ("Tornerò alla fine di questa domenica.", "it", "alla fine di questa domenica"),
        ("Voltarei no final do próximo domingo.", "pt", "final do próximo domingo"),
    ],
)
def test_the_end_of_a_weekday_is_its_last_second(text: str, lang: str, expected: str) -> None:
    """'al final de este domingo': Sunday 25 January's last second (as 'end of this
    sunday')."""
    found = find_dates(text, reference=TUESDAY, lang=lang)
    assert [(m.text, m.value) for m in found] == [(expected, "2026-01-25T23:59:59")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("No te acuestes al final del día.", "es", "al final del día"),
        ("Lo entrego a fin de día.", "es", "fin de día"),
        ("Entrego o relatório no final do dia.", "pt", "final do dia"),
    ],
)
def test_the_end_of_the_day_is_todays_last_second(text: str, lang: str, expected: str) -> None:
    """'al final del día' is the document's day's last second (as 'end of the day')."""
    found = find_dates(text, reference=TUESDAY, lang=lang)
    assert [(m.text, m.value) for m in found] == [(expected, "2026-01-20T23:59:59")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Al final del día, lo que importa es ganar.", "es"),
        ("Ao final do dia, o que importa é vencer.", "pt"),
        ("At the end of the day, voters decide.", "en"),
    ],
)
def test_the_idiom_of_the_end_of_the_day_is_no_time(text: str, lang: str) -> None:
    """'Al final del día, ...' opening a sentence is the idiom (when all is said), no time."""
    assert find_dates(text, reference=TUESDAY, lang=lang) == []


def test_a_weekend_is_no_end_of_week() -> None:
    """'el fin de semana', 'o final de semana' name the weekend, never the week's end (END)."""
    for text, lang in (("Nos vemos el fin de semana.", "es"), ("Am Wochenende regnet es.", "de")):
        assert all(m.mod != "END" for m in find_dates(text, reference=TUESDAY, lang=lang))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La votación sigue abierta hasta las 14 horas.", ("14 horas", "2026-01-20T14:00")),
        ("Llegaron cerca de las 14 h.", ("14 h", "2026-01-20T14:00")),
        ("Llegaron cerca de las tres.", ("tres", "2026-01-20T03:00")),
    ],
)
def test_an_hour_after_an_approximator_and_its_article_is_a_clock_hour(
    text: str, expected: tuple[str, str]
) -> None:
    """'hasta las 14 horas' is until 2 p.m., not 'up to 14 hours': the article says clock."""
    assert found_2026(text, "es") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El vuelo duró más de 14 horas.", ("más de 14 horas", "PT14H")),
        ("Durmió durante las 14 horas del vuelo.", ("las 14 horas", "PT14H")),
        ("La farmacia abre las 24 horas.", ("las 24 horas", "PT24H")),
    ],
)
def test_counts_of_hours_stay_durations(text: str, expected: tuple[str, str]) -> None:
    """Without an approximator before the article, or without the article, hours are counted."""
    assert found_2026(text, "es") == [expected]


def test_a_weekday_and_a_month_make_no_range() -> None:
    """'a revision Friday to December's figures': the day and the month apart, no range."""
    text = "After a small revision Friday to December's figures, jobs rose."
    assert found_1998(text) == [("Friday", "1998-02-27"), ("December", "1997-12")]


def test_a_weekday_to_a_day_is_still_a_range() -> None:
    assert found_1998("It runs from Friday to March 3.") == [
        ("from Friday to March 3", "1998-02-27/1998-03-03")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The day before last Tuesday's hearing, he went.",
            [("The day before last Tuesday", "1998-02-23")],
        ),
        ("It rained the day before yesterday.", [("the day before yesterday", "1998-02-25")]),
    ],
)
def test_the_day_before_a_day_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert found_1998(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was last seen Nov. 3, the day before authorities issued a warrant.",
        "She spent hours there later in the day before returning home.",
    ],
)
def test_the_day_before_a_clause_names_no_day(text: str) -> None:
    """A day counted from what no date names: left out (the date before it stays)."""
    assert [t for t, _ in found_1998(text)] in ([], ["Nov. 3"])


def test_the_day_before_alone_or_an_event_counts_from_the_last_date() -> None:
    found = found_1998(
        "He arrived on May 3. The day before, he called; the day after the vote, he left."
    )
    assert found == [
        ("May 3", "1997-05-03"),
        ("The day before", "1997-05-02"),
        ("the day after", "1997-05-03"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le 13 janvier au soir, un incendie s'est déclaré.",
            "fr",
            ("13 janvier au soir", "2026-01-13TEV"),
        ),
        (
            "Dans la nuit du 13 janvier, l'armée a frappé.",
            "fr",
            ("la nuit du 13 janvier", "2026-01-13TNI"),
        ),
        (
            "La sera del 13 gennaio è scoppiato un incendio.",
            "it",
            ("La sera del 13 gennaio", "2026-01-13TEV"),
        ),
        (
            "Na noite de 13 de janeiro houve um incêndio.",
            "pt",
            ("noite de 13 de janeiro", "2026-01-13TNI"),
        ),
        (
            "Am Abend des 13. Januar brach ein Feuer aus.",
            "de",
            ("Abend des 13. Januar", "2026-01-13TEV"),
        ),
    ],
)
def test_a_part_of_the_day_around_a_date(text: str, lang: str, expected: tuple[str, str]) -> None:
    """The part of the day before ('la sera del') or after ('au soir') a date is of it."""
    assert found_2026(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La notte del 2025 resta un mistero.", "it", [("2025", "2025")]),
        ("Am Morgen des Gipfels, am 13. Januar, sprach er.", "de", [("13. Januar", "2026-01-13")]),
        ("Le 13 janvier, au soir de sa vie, il écrit.", "fr", [("13 janvier", "2026-01-13")]),
    ],
)
def test_a_part_of_the_day_apart_from_a_day_date_stays_out(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found_2026(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le bureau est ouvert de 9 heures à 17 heures.",
            [("de 9 heures à 17 heures", "2026-01-20T09:00/2026-01-20T17:00")],
        ),
        ("Une attente de 2 heures à Paris.", [("2 heures", "PT2H")]),
        ("Il a travaillé 22 heures.", [("22 heures", "PT22H")]),
    ],
)
def test_a_range_of_clock_hours_with_their_hour_words(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'de 9 heures à 17 heures': the first end is a clock hour as the second; a count of
    hours followed by no clock hour stays a duration."""
    assert found_2026(text, "fr") == expected


def test_trading_days_after_a_date_are_no_calendar_offset() -> None:
    """'eight trading days after Oct. 12' skips weekends: the duration and the date stay two
    mentions (TimeML's), where 'eight days after Oct. 12' is the 20th."""
    assert pairs("It fell eight trading days after Oct. 12.", date(2018, 5, 10), "en") == [
        ("eight trading days", "P8D"),
        ("Oct. 12", "2017-10-12"),
    ]
    assert pairs("It fell eight days after Oct. 12.", date(2018, 5, 10), "en") == [
        ("eight days after Oct. 12", "2017-10-20")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Il l'a dit la veille de Noël.", "fr", ("la veille de Noël", "2025-12-24")),
        ("le lendemain du 3 janvier", "fr", ("le lendemain du 3 janvier", "2026-01-04")),
        ("La víspera de Navidad habló.", "es", ("La víspera de Navidad", "2025-12-24")),
        (
            "al día siguiente del 3 de enero",
            "es",
            ("al día siguiente del 3 de enero", "2026-01-04"),
        ),
        ("la veille de Noël à 18 h", "fr", ("la veille de Noël à 18 h", "2025-12-24T18:00")),
    ],
)
def test_an_anaphoric_day_of_a_named_day_counts_from_it(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    """'la veille de Noël' is 24 December, not the day before the last date told."""
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in found] == [expected]


def test_an_anaphoric_day_of_an_event_stays_anaphoric() -> None:
    """'la veille du scrutin': no day is named, the day before the last date told."""
    text = "Il a voté le 3 mars, et la veille du scrutin il pleuvait."
    found = find_dates(text, reference=date(2026, 3, 10), lang="fr")
    assert [(m.text, m.value) for m in found] == [
        ("3 mars", "2026-03-03"),
        ("la veille", "2026-03-02"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "lunedì della settimana prossima",
            "it",
            ("lunedì della settimana prossima", "2026-01-19"),
        ),
        (
            "na segunda-feira da próxima semana",
            "pt",
            ("segunda-feira da próxima semana", "2026-01-19"),
        ),
        (
            "martedì della prossima settimana alle 9",
            "it",
            ("martedì della prossima settimana alle 9", "2026-01-20T09:00"),
        ),
        (
            "el lunes de la semana pasada a las 9",
            "es",
            ("lunes de la semana pasada a las 9", "2026-01-05T09:00"),
        ),
        (
            "nächste Woche Montag um 9 Uhr morgens",
            "de",
            ("nächste Woche Montag um 9 Uhr morgens", "2026-01-19T09:00"),
        ),
    ],
)
def test_a_weekday_of_a_week_named_after_it_with_its_time(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    """The article fused with 'of' ('della', 'da') joins a weekday to its week; a time after
    the pair is of that day."""
    assert pairs(text, date(2026, 1, 14), lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Llegó ayer a mediodía.", "es", ("ayer a mediodía", "2026-01-13T12:00")),
        ("È arrivato ieri a mezzogiorno.", "it", ("ieri a mezzogiorno", "2026-01-13T12:00")),
        ("Chegou ontem ao meio-dia.", "pt", ("ontem ao meio-dia", "2026-01-13T12:00")),
    ],
)
def test_a_day_and_its_time_word_linked_by_a_preposition(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    """Noon of the day named, not of the document's day."""
    assert pairs(text, date(2026, 1, 14), lang) == [expected]


def test_a_day_and_a_number_after_a_stay_apart() -> None:
    assert pairs("el lunes a 5 kilómetros", date(2026, 1, 14), "es") == [("lunes", "2026-01-12")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ostern im nächsten Jahr", "de", ("Ostern im nächsten Jahr", "2027-03-28")),
        ("Weihnachten letzten Jahres", "de", ("Weihnachten letzten Jahres", "2025-12-25")),
        (
            "Heilige Drei Könige im Jahr 2020",
            "de",
            ("Heilige Drei Könige im Jahr 2020", "2020-01-06"),
        ),
        ("Easter next year", "en", ("Easter next year", "2027-03-28")),
    ],
)
def test_a_holiday_takes_the_year_named_after_it(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert pairs(text, date(2026, 1, 14), lang) == [expected]


def test_a_holiday_and_a_month_after_it_stay_apart() -> None:
    assert pairs("Ostern im März", date(2026, 1, 14), "de") == [
        ("Ostern", "2025-04-20"),
        ("März", "2026-03"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("El evento ocurrió en dos años desde 2011.", "es", [("en dos años desde 2011", "2013")]),
        (
            "Ocurrirá en dos semanas desde el año 2011.",
            "es",
            [("en dos semanas desde el año 2011", "2011-01-15")],
        ),
        ("It happened in two years since 2011.", "en", [("in two years since 2011", "2013")]),
    ],
)
def test_a_count_led_by_in_and_since_a_date_is_after_it(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """'en dos años desde 2011' is two years after 2011, 'en' inside as in 'in 5 minutes'."""
    assert pairs(text, date(2019, 3, 10), lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Han pasado dos años desde 2011.", "es", [("dos años", "P2Y"), ("2011", "2011")]),
        ("Subió en los dos años desde 2011.", "es", [("los dos años", "P2Y"), ("2011", "2011")]),
        (
            "It rose in the two years since 2011.",
            "en",
            [("the two years", "P2Y"), ("2011", "2011")],
        ),
    ],
)
def test_a_count_since_a_date_without_in_stays_a_duration(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """Bare or with its article, the count is how long it has been since the date."""
    assert pairs(text, date(2019, 3, 10), lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("L'APEC aura lieu de novembre à février 2017.", "fr", "2016-11/2017-02"),
        ("du 5 novembre au 5 février 2017", "fr", "2016-11-05/2017-02-05"),
        ("from Dec. 20 to Jan. 5, 2017", "en", "2016-12-20/2017-01-05"),
        ("von November bis Februar 2017", "de", "2016-11/2017-02"),
        ("between March and May 2025", "en", "2025-03/2025-05"),
    ],
)
def test_a_range_first_end_without_year_crosses_into_the_year_before(
    text: str, lang: str, value: str
) -> None:
    """The first end borrows the last end's year, the year before when its month is later."""
    assert [v for _, v in pairs(text, date(2019, 3, 10), lang)] == [value]


def test_two_dates_written_backwards_are_no_range() -> None:
    """'brought forward from 2010 to 2008': a change of date, two mentions (was none)."""
    found = found_2026("He moved the vote from 2010 to 2008 to hold both that year.", "en")
    assert found == [("2010", "2010"), ("2008", "2008"), ("that year", "2008")]
    assert found_2026("from 2008 to 2010", "en") == [("from 2008 to 2010", "2008/2010")]


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [  # a weekday and its holiday: one mention, the holiday in a year it is that weekday
        (
            "Gazprom will cut supplies at 10:00 am Monday, New Year's Day, if no deal is made.",
            "2006-12-29",
            ("10:00 am Monday, New Year's Day", "2007-01-01T10:00"),
        ),
        (
            "The shops close early on Friday, Christmas Eve.",
            "2010-12-20",
            ("Friday, Christmas Eve", "2010-12-24"),
        ),
        (
            "The parade was held Monday, Labor Day, in Chicago.",
            "2010-09-08",
            ("Monday, Labor Day", "2010-09-06"),
        ),
        (
            "They met on Friday, Christmas Day.",
            "2010-12-30",
            ("Friday, Christmas Day", "2009-12-25"),
        ),
    ],
)
def test_a_weekday_and_its_holiday_are_one_mention(
    text: str, reference: str, expected: tuple[str, str]
) -> None:
    mentions = find_dates(text, reference=reference, lang="en")
    assert (mentions[-1].text, mentions[-1].value) == expected


def test_a_holiday_qualifying_a_noun_is_not_the_weekdays_apposition() -> None:
    """'On Monday, Christmas shoppers...': the weekday keeps its own day."""
    mentions = find_dates(
        "On Monday, Christmas shoppers flocked in.", reference="2010-12-29", lang="en"
    )
    assert (mentions[0].text, mentions[0].value) == ("Monday", "2010-12-27")


def test_before_dawn_names_the_early_hours_not_a_bound() -> None:
    """'before dawn Thursday' is Thursday's early hours; 'before Thursday' stays open."""
    ref = date(2006, 12, 1)
    (dawn,) = find_dates("The typhoon hit before dawn Thursday.", reference=ref, lang="en")
    assert (dawn.text, dawn.value) == ("dawn Thursday", "2006-11-30TMO")
    assert dawn.span is not None
    assert (dawn.span.start, dawn.span.end) == (date(2006, 11, 30), date(2006, 11, 30))
    (bound,) = find_dates("It must end before Thursday.", reference=ref, lang="en")
    assert bound.span is not None
    assert bound.span.start is None
