"""Placing explicit calendar dates written without their year (``_place_dates``)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline import find_dates
from timeline.temporal._place_dates import _year_for

NOVEMBER = date(1989, 11, 2)


@pytest.mark.parametrize(
    ("month", "tense", "year"),
    [
        (12, -1, 1988),  # told in the past: the last December
        (11, -1, 1989),  # this month included
        (1, 1, 1990),  # told in the future: the next January
        (11, 1, 1989),  # this month included
        (10, 1, 1990),  # however far: next October
        (1, 0, 1990),  # unmarked: the nearest, ahead counting double
        (8, 0, 1989),
    ],
)
def test_the_year_of_a_month_by_tense(month: int, tense: int, year: int) -> None:
    assert _year_for(month, None, NOVEMBER, tense=tense) == year


def test_a_shift_word_wins_over_the_tense() -> None:
    """'last December' told in the future is still last December."""
    assert _year_for(12, -1, NOVEMBER, tense=1) == 1988


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("AT&T announced a drop in profits for the fourth quarter.", date(1998, 1, 26), "1997-Q4"),
        ("Profit rose in the fourth quarter.", date(1998, 1, 26), "1997-Q4"),  # nearest
        ("It expects a profit in the first quarter.", date(1989, 11, 2), "1989-Q1"),
        ("GDP will grow by 0.6 percent from the third quarter.", date(2006, 12, 13), "2006-Q3"),
        ("It cut the dividend due to its third-quarter loss.", date(1989, 11, 2), "1989-Q3"),
    ],
)
def test_the_year_of_a_quarter_follows_the_tense(text: str, reference: date, value: str) -> None:
    quarters = [m for m in find_dates(text, reference=reference, lang="en") if "Q" in m.value]
    assert [m.value for m in quarters] == [value]


@pytest.mark.parametrize(
    ("reference", "value"), [(date(2019, 7, 4), "2019-Q2"), (date(2019, 1, 28), "2018-Q4")]
)
def test_the_last_quarter_alone_is_the_latest_one_completed(reference: date, value: str) -> None:
    """'Ventas del último trimestre' is the latest quarter, as 'Sales for last quarter' and
    as Recognizers reads both (it was the reference year's fourth, ahead in July)."""
    (mention,) = find_dates("Ventas del último trimestre", reference=reference, lang="es")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Regresaré a la semana santa 2018.", "es", ("semana santa 2018", "2018-W13")),
        ("Llovió durante la Semana Santa de 2019.", "es", ("Semana Santa de 2019", "2019-W16")),
        ("Processions during Holy Week 2018.", "en", ("Holy Week 2018", "2018-W13")),
        ("Les processions de la semaine sainte 2018.", "fr", ("semaine sainte 2018", "2018-W13")),
        ("Die Prozessionen der Karwoche 2018.", "de", ("Karwoche 2018", "2018-W13")),
        ("Le processioni della Settimana Santa 2018.", "it", ("Settimana Santa 2018", "2018-W13")),
        ("As procissões da Semana Santa de 2018.", "pt", ("Semana Santa de 2018", "2018-W13")),
    ],
)
def test_holy_week_is_the_week_that_ends_on_easter_sunday(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    """Holy Week 2018 ran from Monday 26 March to Easter Sunday, 1 April: ISO week 13."""
    found = find_dates(text, reference=date(2018, 5, 24), lang=lang)
    assert [(m.text, m.value) for m in found] == [expected]


def test_a_holy_week_in_lower_case_without_a_year_is_no_holiday() -> None:
    """'una semana santa' names no feast: the holiday needs its capitals or a year."""
    found = find_dates("Fue una semana santa para él.", reference=date(2018, 5, 24), lang="es")
    assert [(m.text, m.value) for m in found] == [("una semana", "P1W")]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Am 29. Februar wurde gewählt.", "de", "2024-02-29"),  # told in the past: the last one
        ("La riunione si terrà il 29 febbraio.", "it", "2028-02-29"),  # the future: the next one
        ("O prazo termina em 29 de fevereiro.", "pt", "2024-02-29"),  # unmarked: the nearest
        ("Ocurrió el 29 de febrero.", "es", "2024-02-29"),
        ("The vote was on February 29.", "en", "2024-02-29"),
    ],
)
def test_a_yearless_29_february_is_in_the_nearest_leap_year(
    text: str, lang: str, value: str
) -> None:
    """A year without that day (2026) gives the leap year by tense, not no date at all."""
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [m.value for m in found] == [value]


def test_a_29_february_in_a_year_without_it_is_no_date() -> None:
    assert find_dates("am 29. Februar 2026", reference=date(2026, 1, 14), lang="de") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Die Kirchen feierten das Erntedankfest.", "de", "2025-10-05"),  # first Sunday of October
        ("Am Ostermontag blieb es ruhig.", "de", "2025-04-21"),
        ("A Pasquetta le strade erano piene.", "it", "2025-04-21"),
        ("Il lunedì dell'Angelo è festa.", "it", "2025-04-21"),
        ("O feriado de Corpus Christi foi tranquilo.", "pt", "2025-06-19"),
        ("El Jueves Santo hubo procesiones.", "es", "2025-04-17"),
        ("The march was held on Easter Monday.", "en", "2025-04-21"),  # one day, not two
    ],
)
def test_holidays_news_names(text: str, lang: str, value: str) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [m.value for m in found] == [value]


def test_a_weekday_and_its_day_months_away() -> None:
    """'sexta-feira 13' is the Friday the 13th nearest, however many months away."""
    found = find_dates("sexta-feira 13", reference=date(2021, 3, 15), lang="pt")
    assert [(m.text, m.value) for m in found] == [("sexta-feira 13", "2020-11-13")]


@pytest.mark.parametrize("text", ["sexta feira 13", "Foi na sexta feira 13."])
def test_a_portuguese_weekday_written_without_its_hyphen(text: str) -> None:
    """'sexta feira' (no hyphen, a common spelling) is the weekday 'sexta-feira'."""
    found = find_dates(text, reference=date(2021, 3, 15), lang="pt")
    assert [(m.text, m.value) for m in found] == [("sexta feira 13", "2020-11-13")]


@pytest.mark.parametrize(
    ("text", "lang", "reference", "value"),
    [
        ("The vote is on Saturday, June 6.", "en", date(2026, 1, 14), "2026-06-06"),
        ("Die Wahl ist am Samstag, 6. Juni.", "de", date(2026, 1, 14), "2026-06-06"),
        ("The editorial of Saturday, Oct. 28", "en", date(1989, 10, 30), "1989-10-28"),
        ("Nos vemos este viernes 6 Jul", "es", date(2018, 7, 1), "2018-07-06"),
    ],
)
def test_a_weekday_decides_the_year_of_a_day_written_without_one(
    text: str, lang: str, reference: date, value: str
) -> None:
    """June 6 is a Saturday in 2026, not in 2025: the weekday picks the year."""
    (mention,) = find_dates(text, reference=reference, lang=lang)
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le 3 mars, l'armée a encerclé la ville. Le 5, elle y est entrée.",
            "fr",
            [("3 mars", "2025-03-03"), ("Le 5", "2025-03-05")],
        ),
        (  # the story goes forward: the 2nd after the 27th is next month's
            "Las conversaciones empezaron el 27 de marzo. El 2, se rompieron.",
            "es",
            [("27 de marzo", "2025-03-27"), ("El 2", "2025-04-02")],
        ),
        (
            "Il 3 marzo il governo ha giurato. L'8, il parlamento ha votato la fiducia.",
            "it",
            [("3 marzo", "2025-03-03"), ("L'8", "2025-03-08")],
        ),
        (  # a day with its noun too, where a day was told before
            "El 12 de marzo cruzaron la frontera. El día 14 entraron en la ciudad.",
            "es",
            [("12 de marzo", "2025-03-12"), ("El día 14", "2025-03-14")],
        ),
        (  # German: the day's dot, then the verb in lower case
            "Am 3. März umstellten die Truppen die Stadt. Am 5. zogen sie ein.",
            "de",
            [("3. März", "2025-03-03"), ("5.", "2025-03-05")],
        ),
        (
            "The siege began on March 3. By the 9th, the city had fallen.",
            "en",
            [("March 3", "2025-03-03"), ("the 9th", "2025-03-09")],
        ),
    ],
)
def test_a_day_alone_is_of_the_month_the_story_is_in(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """ "Le 5, ...": the day nearest the day told before it, ahead rather than behind."""
    mentions = find_dates(text, reference=date(2025, 11, 2), lang=lang)
    assert [(m.text, m.value) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le président arrive le 25.", "fr"),  # no day told before: which month is unknown
        ("Le 3 mars, il a terminé le 14 janvier.", "fr"),  # a full date
        ("On March 3 he worked on the 18th floor.", "en"),  # a noun follows
        ("On March 3 he was the 4th, behind three others.", "en"),
        ("El 3 de marzo votaron los 14, 15 y 16 artículos.", "es"),
        ("Am 3. März begann es. Am 14. Tag fiel die Stadt.", "de"),  # a noun: a count of days
    ],
)
def test_a_day_alone_needs_a_day_before_and_the_clause_to_end(text: str, lang: str) -> None:
    """No day told before, a month or a noun after it, or a list of numbers: no lone day."""
    mentions = find_dates(text, reference=date(2025, 11, 2), lang=lang)
    assert [m.text for m in mentions if _LONE_DAY.fullmatch(m.text)] == []


_LONE_DAY = re.compile(r"(?:(?:le|el|the)\s+)?\d{1,2}(?:st|nd|rd|th|\.)?", re.IGNORECASE)


def test_a_day_after_a_preposition_is_of_the_documents_month_where_none_was_told() -> None:
    """'Talks resume on the 13th.': with no day told before, the 13th nearest the document
    date, as 'el día 13' (not 'Le 13, ...' alone: the 13th may be a département)."""
    mentions = find_dates("Talks resume on the 13th.", reference=date(2026, 1, 10), lang="en")
    assert [(m.text, m.value) for m in mentions] == [("the 13th", "2026-01-13")]
    assert find_dates("Le 13, la police a bouclé le quartier.", reference=date(2026, 1, 10)) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("O ministro renunciou no último dia 22.", "pt", ("último dia 22", "1989-10-22")),
        ("A greve começa no próximo dia 2.", "pt", ("próximo dia 2", "1989-12-02")),
        ("A cúpula terminou no dia 3.", "pt", ("dia 3", "1989-10-03")),
        ("El ministro dimitió el pasado día 22.", "es", ("el pasado día 22", "1989-10-22")),
        ("La huelga empezará el próximo día 2.", "es", ("el próximo día 2", "1989-12-02")),
        ("La cumbre se celebra el día 5.", "es", ("el día 5", "1989-11-05")),
    ],
)
def test_a_day_of_the_month_with_its_side(text: str, lang: str, expected: tuple[str, str]) -> None:
    """'no último dia 22' is the last 22nd before the reference, 'el próximo día 2' the next
    2nd (the reference day is neither); a clause in the past takes no day ahead."""
    (mention,) = find_dates(text, reference=NOVEMBER, lang=lang)
    assert (mention.text, mention.value) == expected


def test_a_day_with_its_side_counts_from_the_document_date_after_a_day_told() -> None:
    """'el pasado día 12', 'el próximo día 10' say their side of the document date: no
    day of the story ('El 3 de marzo' before them is another month)."""
    text = "El 3 de marzo llegó. El pasado día 12 se fue. El próximo día 10 volverá."
    mentions = find_dates(text, reference=date(2026, 1, 20), lang="es")
    assert [m.value for m in mentions] == ["2025-03-03", "2026-01-12", "2026-02-10"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("In 2007 the army came. Last December it left.", "en", ("Last December", "XXXX-12")),
        (
            "En 2007 llegó el ejército. El pasado 3 de diciembre se fue.",
            "es",
            ("pasado 3 de diciembre", "XXXX-12-03"),
        ),
        (
            "Im Jahr 2007 kam die Armee. Am vergangenen 3. Dezember ging sie.",
            "de",
            ("vergangenen 3. Dezember", "XXXX-12-03"),
        ),
    ],
)
def test_a_shifted_month_after_a_year_told_without_a_document_date_is_unresolved(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    """'Last December' counts from a document date, not from the year a story told: with
    none it keeps its X year (was an AssertionError, found by atheris)."""
    mention = find_dates(text, lang=lang)[-1]
    assert (mention.text, mention.value) == expected
    assert mention.span is None
