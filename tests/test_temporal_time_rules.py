"""The rules of the times of day (``_time_rules``) and the clock link words before them."""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline import find_dates
from timeline.temporal._lexicon import lexicon
from timeline.temporal._time_rules import _time_rules, clock_after, oclock_words


def test_clock_after_is_a_look_behind_of_each_link_word() -> None:
    pattern = re.compile(clock_after(lexicon("es")) + r"\d+")
    assert pattern.search("a las 10").group() == "10"  # type: ignore[union-attr]
    assert pattern.search("10") is None


def test_every_language_names_the_same_time_rules() -> None:
    names = {lang: [name for name, _ in _time_rules(lexicon(lang))] for lang in ("en", "de")}
    assert names["en"] == names["de"]
    assert "time_colon" in names["en"]


def test_a_dot_clock_needs_an_hour_word_after_it() -> None:
    rules = dict(_time_rules(lexicon("de")))
    dot = re.compile(rules["time_dot"], re.IGNORECASE)
    assert dot.match("14.30 Uhr") is not None
    assert dot.match("14.30 Prozent") is None


def test_oclock_words_count_nothing() -> None:
    """German 'Uhr' and "o'clock" name an hour of the clock; 'heures', 'horas' may count."""
    assert oclock_words(lexicon("de")) == ["uhr"]
    assert "o'clock" in oclock_words(lexicon("en"))
    assert oclock_words(lexicon("fr")) == []
    assert oclock_words(lexicon("es")) == []


@pytest.mark.parametrize(
    ("text", "lang", "mentions"),
    [
        ("Es ist zehn Uhr.", "de", [("zehn Uhr", "2026-01-14T10:00")]),
        (
            "Die Sitzung endet um ein Uhr nachmittags.",
            "de",
            [("ein Uhr nachmittags", "2026-01-14T13:00")],
        ),
        ("Er kaufte eine Uhr.", "de", []),  # a clock
        ("Sie warteten zwei Stunden.", "de", [("zwei Stunden", "PT2H")]),  # a count
        ("The meeting starts at ten o'clock.", "en", [("ten o'clock", "2026-01-14T10:00")]),
    ],
)
def test_an_hour_in_words_before_an_oclock_word_is_a_time(
    text: str, lang: str, mentions: list[tuple[str, str]]
) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in found] == mentions


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("um 12 Uhr nachts", "2026-01-14T00:00"),  # midnight
        ("um 2 Uhr nachts", "2026-01-14T02:00"),  # the small hours
        ("um 10 Uhr nachts", "2026-01-14T22:00"),  # the evening's
        ("um 12 nachts", "2026-01-14T00:00"),
    ],
)
def test_an_hour_at_night(text: str, value: str) -> None:
    assert [m.value for m in find_dates(text, reference=date(2026, 1, 14), lang="de")] == [value]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Eu voltarei ao meio dia.", ("meio dia", "2026-01-14T12:00")),
        ("O prazo termina à meia noite.", ("meia noite", "2026-01-14T00:00")),
        ("Trabalhou meio dia.", ("meio dia", "P0.5D")),  # half a day
    ],
)
def test_noon_in_two_words_after_a_word_that_leads_to_an_hour(
    text: str, mention: tuple[str, str]
) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang="pt")
    assert [(m.text, m.value) for m in found] == [mention]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote starts at 1430 GMT.", [("1430 GMT", "2006-11-14T14:30")]),
        ("450 words around 1100 GMT", [("1100 GMT", "2006-11-14T11:00")]),  # no year 1100
        (
            "Tickets will go on sale at 0900 GMT Wednesday.",
            [("0900 GMT Wednesday", "2006-11-15T09:00")],
        ),
        ("in 1999 UTC", [("1999", "1999")]),  # no such hour: a year
    ],
)
def test_four_digits_of_a_clock_before_a_zone_are_a_time(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Wire news writes '1430 GMT': a 24-hour time, joined to its day like '9 a.m. Tuesday'."""
    found = find_dates(text, reference=date(2006, 11, 14), lang="en")
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Chegaram antes das 7 horas.", "pt", [("7 horas", "2026-01-20T07:00")]),
        ("Saíram depois das 22 horas.", "pt", [("22 horas", "2026-01-20T22:00")]),
        ("Llegó después de las 22 horas.", "es", [("22 horas", "2026-01-20T22:00")]),
        ("Llegó antes de las 10 personas.", "es", []),
        ("Arriva prima delle 10.", "it", [("10", "2026-01-20T10:00")]),
    ],
)
def test_an_hour_after_before_or_after_the_clock_is_a_time(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """'antes das 7 horas', 'después de las 22 horas', 'prima delle 10': a clock time (not
    seven hours); a noun after the number counts it."""
    found = find_dates(text, reference=date(2026, 1, 20), lang=lang)
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La cumbre empezará a las 18.00 GMT.", "es", [("18.00 GMT", "2006-11-14T18:00")]),
        (
            "a las 10.00 GMT del lunes",
            "es",
            [("10.00 GMT del lunes", "2006-11-13T10:00")],
        ),
        ("a las 14.30 horas GMT", "es", [("14.30 horas GMT", "2006-11-14T14:30")]),
        ("à 18.00 GMT", "fr", [("18.00 GMT", "2006-11-14T18:00")]),
        # the time in another zone restates the one before it (as "(0735 GMT)")
        ("a las 18.00 hora local (16.00 GMT).", "es", [("18.00 hora", "2006-11-14T18:00")]),
        ("Subió un 1.5 GMT", "es", []),
    ],
)
def test_a_dot_clock_before_a_zone_is_a_time(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """EFE writes 'a las 18.00 GMT': hour and minutes with a dot, a zone after, no hour word
    (nothing was found; '14.30 horas GMT' was a time without its zone)."""
    found = find_dates(text, reference=date(2006, 11, 14), lang=lang)
    assert [(m.text, m.value) for m in found] == expected
    assert all(m.span and m.span.start_time for m in found if "GMT" in m.text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La marcha, convocada para las 18.00 horas, fue pacífica.",
            ("18.00 horas", "TIME", "2006-11-14T18:00"),
        ),
        (
            "Las 16.00 horas de este lunes.",
            ("16.00 horas de este lunes", "TIME", "2006-11-13T16:00"),
        ),
        ("Durante las 24 horas del día.", ("las 24 horas", "DURATION", "PT24H")),
    ],
)
def test_minutes_after_an_article_tell_a_clock(text: str, expected: tuple[str, str, str]) -> None:
    """'para las 18.00 horas' is six in the evening (it was 18 hours); 'las 24 horas' still
    counts hours."""
    (mention,) = find_dates(text, reference=date(2006, 11, 14), lang="es")
    assert (mention.text, mention.type.value, mention.value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La conferenza inizia alle ore 15 a Roma.", [("15", "2026-01-20T15:00")]),
        ("L'incontro è previsto per le ore 15.", [("15", "2026-01-20T15:00")]),
        ("alle ore 15.30 di oggi", [("15.30 di oggi", "2026-01-20T15:30")]),
        ("Le ore 15 famiglie", []),  # a count: a noun follows
    ],
)
def test_italian_ore_between_the_link_and_the_hour(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'alle ore 15', 'per le ore 15': Italian news puts 'ore' before the hour (the link
    stays out, as 'alle 15')."""
    found = find_dates(text, reference=date(2026, 1, 20), lang="it")
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Mancano 5 minuti alle 4.", "it", ("5 minuti alle 4", "2026-01-14T03:55")),
        ("Mancano dieci minuti alle otto.", "it", ("dieci minuti alle otto", "2026-01-14T07:50")),
        ("Ele chegou às dez para as oito.", "pt", ("dez para as oito", "2026-01-14T07:50")),
        ("Faltam 10 minutos para as 8.", "pt", ("10 minutos para as 8", "2026-01-14T07:50")),
        ("Er kam um fünf nach acht.", "de", ("fünf nach acht", "2026-01-14T08:05")),
        ("Wir treffen uns um 10 nach 8 Uhr.", "de", ("10 nach 8 Uhr", "2026-01-14T08:10")),
        ("He arrived at ten past eight.", "en", ("ten past eight", "2026-01-14T08:10")),
        (
            "The alarm went off at twenty-five past six in the morning.",
            "en",
            ("twenty-five past six in the morning", "2026-01-14T06:25"),
        ),
    ],
)
def test_minutes_counted_to_or_past_the_hour(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in found] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Sono le otto meno tre minuti.", "it", ("otto meno tre minuti", "2026-01-14T07:57")),
        ("Llegó a las ocho menos diez.", "es", ("ocho menos diez", "2026-01-14T07:50")),
        ("Sono le 9pm e tre quarti.", "it", ("9pm e tre quarti", "2026-01-14T21:45")),
        ("Regresaré a las 8pm menos cuarto.", "es", ("8pm menos cuarto", "2026-01-14T19:45")),
        ("vou voltar 8 pm e meia", "pt", ("8 pm e meia", "2026-01-14T20:30")),
        (
            "Volvió a las 8 de la noche menos cuarto.",
            "es",
            ("8 de la noche menos cuarto", "2026-01-14T19:45"),
        ),
        ("Son las siete y media.", "es", ("siete y media", "2026-01-14T07:30")),
    ],
)
def test_minutes_told_after_the_hour(text: str, lang: str, expected: tuple[str, str]) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in found] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La hora objetivo es las ocho y diez p.m.",
            "es",
            [("ocho y diez p.m.", "2026-01-14T20:10")],
        ),
        ("Voltarei as 7 e trinta pm.", "pt", [("7 e trinta pm", "2026-01-14T19:30")]),
        # two ends of a range, not 3:10 p.m.
        ("entre 3 y 10 p.m.", "es", [("entre 3 y 10 p.m.", "2026-01-14T15:00/2026-01-14T22:00")]),
    ],
)
def test_an_hour_and_its_minutes_before_a_meridiem(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Llegó a la una y media.", "es", [("una y media", "2026-01-14T01:30")]),
        ("Llegó a la una de la tarde.", "es", [("una de la tarde", "2026-01-14T13:00")]),
        ("Se refirió a la una y a la otra.", "es", []),  # "one" of two, no hour
        ("Pertenece a la una de las dos familias.", "es", []),
    ],
)
def test_one_oclock_in_its_own_word_wants_its_minutes_or_part_of_day(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ele chegou ao meio-dia e meia.", "pt", ("meio-dia e meia", "2026-01-14T12:30")),
        ("Il est arrivé à midi moins le quart.", "fr", ("midi moins le quart", "2026-01-14T11:45")),
    ],
)
def test_noon_and_its_minutes(text: str, lang: str, expected: tuple[str, str]) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("È arrivato all'una e mezza.", [("una e mezza", "2026-01-14T01:30")]),
        ("È arrivato all'una di notte.", [("una di notte", "2026-01-14T01:00")]),
        ("È arrivato alle 11 di notte.", [("11 di notte", "2026-01-14T23:00")]),
        ("Pensò all'una e all'altra.", []),  # one of two, no hour
    ],
)
def test_italian_one_oclock_after_the_elided_article_and_hours_of_the_night(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang="it")
    assert [(m.text, m.value) for m in found] == expected
