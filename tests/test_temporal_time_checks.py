"""The checks of times of day (``_time_checks``)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates

REFERENCE = date(2026, 1, 14)


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("O alarme está definido para as seis e meia.", [("seis e meia", "2026-01-14T06:30")]),
        ("A sessão começa pelas 10 horas.", [("10 horas", "2026-01-14T10:00")]),
        ("Entregou para as duas empresas.", []),  # a noun after the number: a count
        ("Faltam 15 para as 8.", [("15 para as 8", "2026-01-14T07:45")]),  # to the hour
        ("A reunião passou das 10 para as 11 horas.", [("11 horas", "2026-01-14T11:00")]),
    ],
)
def test_portuguese_clock_links(text: str, mentions: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in find_dates(text, reference=REFERENCE, lang="pt")] == mentions


def test_a_linked_hour_before_a_noun_counts() -> None:
    assert find_dates("Llegaron a las diez familias.", reference=REFERENCE, lang="es") == []


def test_an_approximator_after_an_hour_keeps_it_a_time() -> None:
    found = find_dates("Tornerò alle 11 circa.", reference=REFERENCE, lang="it")
    assert [(m.text, m.value) for m in found] == [("11", "2026-01-14T11:00")]


def test_a_zoned_time_in_parentheses_restates_the_time_before_it() -> None:
    """'10:35 a.m. (0735 GMT)': one moment, one mention (TimeBank tags the first only)."""
    found = find_dates("It occurred at about 10:35 a.m. (0735 GMT).", reference=date(1998, 8, 7))
    assert [m.text for m in found] == ["10:35 a.m."]


@pytest.mark.parametrize(
    "text",
    [
        "She won the 800m final in 2:01.36 ahead of her teammate.",  # hundredths: a race's time
        "The relay team swam 7:48.02, a national record.",
        "He finished the 1500m in 3:41,9 after a slow start.",
        "With 2:13 left, the guard stole the ball.",  # a game's clock
        "They scored again with 0:48 remaining in the half.",
        "The visitors led with 4:05 to play.",
        "Gebrselassie ran 2:06:20 in Amsterdam.",  # a marathon: hours, minutes, seconds
        "He won the 20km walk (Yu Chaohong, 1:23:51).",
    ],
)
def test_a_time_run_or_left_is_no_time_of_day(text: str) -> None:
    assert find_dates(text, reference=REFERENCE, lang="en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast came at 2:06:20 a.m.", "2:06:20 a.m."),
        ("The quake struck at 9:41:07, officials said.", "9:41:07"),  # a link word before
        ("I'll go back 5/3/18 @ 17:49:19", "5/3/18 @ 17:49:19"),
    ],
)
def test_a_clock_to_the_second_after_a_link_stays_a_time(text: str, expected: str) -> None:
    found = find_dates(text, reference=REFERENCE, lang="en")
    assert [(m.text, m.type.value) for m in found] == [(expected, "TIME")]


def test_a_kick_off_time_after_a_fixture_is_no_year() -> None:
    """Fixtures list their kick-off as four digits in parentheses: '(1900)' is 19:00."""
    text = (
        "Wednesday (Kick off in GMT)\n\nCelta Vigo v Real Sociedad (1900)\n\n"
        "Getafe vs Espanyol (2100)\n"
    )
    assert [m.text for m in find_dates(text, reference=REFERENCE, lang="en")] == ["Wednesday"]


@pytest.mark.parametrize(
    "text", ["The Godfather (1972) won.", "The case Brown v. Board of Education (1954)\n"]
)
def test_a_year_in_parentheses_elsewhere_stays_a_year(text: str) -> None:
    found = find_dates(text, reference=REFERENCE, lang="en")
    assert [m.type.value for m in found] == ["DATE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The train left at 7:15. Nobody was hurt.", "7:15"),  # a stop, then a sentence
        ("Polls open at 8:30, the commission said.", "8:30"),
        ("The bomb went off at 11:05 near the market.", "11:05"),
    ],
)
def test_a_clock_before_a_stop_or_a_place_stays_a_time(text: str, expected: str) -> None:
    found = find_dates(text, reference=REFERENCE, lang="en")
    assert [m.text for m in found] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "mentions"),
    [
        ("Er kam um zehn vor acht.", "de", [("zehn vor acht", "2026-01-14T07:50")]),
        ("Die Aktie stieg um 5 nach 3 Prozent.", "de", []),  # a noun after it: a count
        ("Es ist fünf vor zwölf.", "de", []),  # the idiom, no lead word
        ("Ci sono 5 minuti alle spalle.", "it", [("5 minuti", "PT5M")]),
        ("Nei primi 10 minuti alle 21 ha segnato.", "it", [("10 minuti", "PT10M")]),
    ],
)
def test_minutes_counted_to_an_hour_need_a_lead_and_no_noun_after(
    text: str, lang: str, mentions: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.value) for m in find_dates(text, reference=REFERENCE, lang=lang)] == mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He arrived at half past four.", [("half past four", "2026-01-14T04:30")]),
        (
            "He arrived at a quarter to eight in the morning.",
            [("a quarter to eight in the morning", "2026-01-14T07:45")],
        ),
        ("It was cut by a quarter to 12 stores.", []),  # a plural after the hour
        ("It fell a quarter to 3 billion.", []),  # a magnitude
    ],
)
def test_english_clock_words_before_the_hour(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(text, reference=REFERENCE, lang="en")
    assert [(m.text, m.value) for m in found] == expected
