"""The grammar's rules, one phenomenon each, read through find_dates: what each finds, with
its extent, and what it leaves alone (English news of 1998; French and Spanish of 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates

REFERENCE = date(1998, 2, 27)
TUESDAY = date(2026, 1, 20)


def _found_1998(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, reference=REFERENCE, lang=lang)]


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, reference=TUESDAY, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In nineteen ninety-one Keating was convicted.", ("nineteen ninety-one", "1991")),
        ("Atlanta, nineteen ninety-six. A bomb went off.", ("nineteen ninety-six", "1996")),
        ("It was built in nineteen oh five.", ("nineteen oh five", "1905")),
        ("By the year two thousand it will end.", ("the year two thousand", "2000")),
        ("In the year two thousand and six, it rained.", ("the year two thousand and six", "2006")),
    ],
)
def test_years_in_words(text: str, expected: tuple[str, str]) -> None:
    """Spoken news writes years in words: a century word and a pair, or 'the year two thousand'."""
    assert _found_1998(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Nineteen people died and twenty five were hurt.",
        "Two thousand soldiers and nineteen tanks crossed.",
        "He counted twenty, then nineteen.",
    ],
)
def test_numbers_in_words_are_not_years(text: str) -> None:
    """Counts in words stay counts: no century word followed by a pair."""
    assert _found_1998(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rose in recent weeks.", [("recent weeks", "PAST_REF")]),
        ("Talks stalled in recent days.", [("recent days", "PAST_REF")]),
        ("It grew in recent years.", [("recent years", "PAST_REF")]),
        ("He waited for weeks.", [("weeks", "PXW")]),
    ],
)
def test_vague_plurals_keep_their_adjective(text: str, expected: list[tuple[str, str]]) -> None:
    """'recent weeks' is the past (as 'coming months' is the future), the adjective inside."""
    assert _found_1998(text) == expected


def test_recent_alone_is_no_date() -> None:
    """'a recent filing', 'the weeks' without a lead word: no date."""
    assert _found_1998("A recent filing showed the weeks were busy.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It began the 30-day review.", ("30-day", "P30D")),
        ("After a 16-hour flight he slept.", ("16-hour", "PT16H")),
        ("It ended the eight-year war.", ("eight-year", "P8Y")),
        ("It took the two weeks.", ("the two weeks", "P2W")),
    ],
)
def test_article_stays_with_the_noun_of_an_adjectival_duration(
    text: str, expected: tuple[str, str]
) -> None:
    """'the 30-day period': the TIMEX3 is the adjective '30-day' (the article is the noun's)."""
    assert _found_1998(text) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Volvió el diez de octubre de dos mil dieciocho.",
            "es",
            [("diez de octubre de dos mil dieciocho", "2018-10-10")],
        ),
        (
            "Nació el veintiocho de marzo de mil novecientos noventa y dos.",
            "es",
            [("veintiocho de marzo de mil novecientos noventa y dos", "1992-03-28")],
        ),
        (
            "Encontrémonos el 1.º de enero de dos mil treinta y dos",
            "es",
            [("1.º de enero de dos mil treinta y dos", "2032-01-01")],
        ),
    ],
)
def test_years_written_in_words(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    """'dos mil dieciocho' and 'mil novecientos noventa y dos' are years."""
    assert _found(text, lang) == expected


def test_two_digit_years_after_a_month() -> None:
    """'abril del 87', "junio '98", 'juillet 98,' are months of those years."""
    assert _found("Nací en abril del 87 y él en junio '98.", "es") == [
        ("abril del 87", "1987-04"),
        ("junio '98", "1998-06"),
    ]
    assert _found("En juillet 98, la France a gagné.", "fr") == [("juillet 98", "1998-07")]


def test_a_two_digit_count_after_a_month_is_no_year() -> None:
    """'en mayo 98 personas' counts people."""
    assert _found("En mayo 98 personas murieron.", "es") == []


def test_weekday_and_day_number_find_their_month() -> None:
    """'el martes 27', 'lunes el día 26', 'mardi 27': the nearest such day that is that weekday."""
    assert _found("La reunión es el martes 27 y el lunes el día 26.", "es") == [
        ("martes 27", "2026-01-27"),
        ("lunes el día 26", "2026-01-26"),
    ]
    assert _found("Rendez-vous mardi 13.", "fr") == [("mardi 13", "2026-01-13")]
    assert _found("Regresaré martes el veinticinco", "es") == [
        ("martes el veinticinco", "2025-11-25")
    ]


def test_weekday_and_day_number_that_do_not_match_are_no_date() -> None:
    """'el martes 25 personas' counts people; 'lundi 12-4' is a score or a range of numbers."""
    assert _found("El martes 25 personas resultaron heridas.", "es") == []
    assert _found("Rendez-vous lundi 12-4.", "fr") == [("lundi", "2026-01-19")]


def test_day_month_year_apart_by_spaces() -> None:
    """'18 08 1978' is a French form's date; a phone number is not."""
    assert _found("Je retournerai 18 08 1978 à la maison.", "fr") == [("18 08 1978", "1978-08-18")]
    assert _found("Appelez le 06 12 34 56 78 demain.", "fr") == [("demain", "2026-01-21")]


def test_abbreviated_weekday_before_a_date() -> None:
    """'mer. 24 juin 2020' is a listing's date; 'la mer.' at a sentence end is the sea."""
    text = "Exposition le mer. 24 juin 2020, face à la mer. Le soir."
    assert _found(text, "fr") == [("mer. 24 juin 2020", "2020-06-24")]


def test_hours_written_in_words() -> None:
    """'a las dos de la tarde' is 14:00; 'cinq heures et demie du matin' 05:30."""
    assert _found("Sucedió el martes pasado a las dos de la tarde.", "es") == [
        ("martes pasado a las dos de la tarde", "2026-01-13T14:00")
    ]
    assert _found("Il est parti à cinq heures et demie du matin.", "fr") == [
        ("cinq heures et demie", "2026-01-20T05:30")
    ]


def test_half_and_whole_units() -> None:
    """'tres años y medio' is P3.5Y; 'todo el día' P1D, 'toute la journée' P1D."""
    assert _found("Me marché por tres años y medio.", "es") == [("tres años y medio", "P3.5Y")]
    assert _found("Trabajó todo el día y toda la semana, con todo el mundo.", "es") == [
        ("todo el día", "P1D"),
        ("toda la semana", "P1W"),
    ]
    assert _found("Il a plu toute la journée.", "fr") == [("toute la journée", "P1D")]


def test_units_glued_to_their_number() -> None:
    """'3heures' and '3.5ans' are durations."""
    assert _found("Je vais partir pour 3heures, ou 3.5ans.", "fr") == [
        ("3heures", "PT3H"),
        ("3.5ans", "P3.5Y"),
    ]


def test_numbered_week_of_a_year() -> None:
    """'la 3ª semana de 2018', 'la 3e semaine de 2018' are ISO week 3."""
    assert _found("¿Qué tal la 3ª semana de 2018?", "es") == [("la 3ª semana de 2018", "2018-W03")]
    assert _found("la 3e semaine de 2018", "fr") == [("la 3e semaine de 2018", "2018-W03")]


def test_later_and_earlier_in_a_period() -> None:
    """'más tarde esta semana', 'plus tôt dans l'année' are that week, that year."""
    assert _found("Terminaré más tarde esta semana o más temprano de este mes.", "es") == [
        ("más tarde esta semana", "2026-W04"),
        ("más temprano de este mes", "2026-01"),
    ]
    assert _found("Il viendra plus tard cette semaine, plus tôt dans l'année.", "fr") == [
        ("plus tard cette semaine", "2026-W04"),
        ("plus tôt dans l'année", "2026"),
    ]


def test_parts_of_the_day() -> None:
    """'anoche' is last night; 'esta tarde' this afternoon; 'esta noche' tonight."""
    assert _found("Anoche llegó; esta tarde sale; esta noche cena.", "es") == [
        ("Anoche", "2026-01-19TNI"),
        ("esta tarde", "2026-01-20TAF"),
        ("esta noche", "2026-01-20TNI"),
    ]


def test_sets_once_a_unit() -> None:
    """'una vez a la semana' and 'une fois par mois' recur."""
    assert _found("Nos vemos una vez a la semana.", "es") == [("una vez a la semana", "P1W")]
    assert _found("Ils se voient une fois par mois.", "fr") == [("une fois par mois", "P1M")]


def test_holidays_before_their_year_in_lower_case() -> None:
    """'viernes negro 2010' is Black Friday 2010; 'año nuevo' alone in lower case is no date."""
    assert _found("Volveré el viernes negro 2010 y el día de la Tierra 2010.", "es") == [
        ("viernes negro 2010", "2010-11-26"),
        ("día de la Tierra 2010", "2010-04-22"),
    ]
    assert _found("la saint patrick 2020", "fr") == [("saint patrick 2020", "2020-03-17")]
    assert _found("Feliz año nuevo a todos.", "es") == []


def test_words_in_use() -> None:
    """'ahora mismo', 'este próximo viernes', 'il ya 2 jours', 'este año calendario'."""
    assert _found("Volveré ahora mismo, este próximo viernes.", "es") == [
        ("ahora mismo", "PRESENT_REF"),
        ("este próximo viernes", "2026-01-23"),
    ]
    assert _found("Je suis revenu il ya 2 jours.", "fr") == [("il ya 2 jours", "2026-01-18")]
    assert _found("Tengo ganancias este año calendario.", "es") == [("este año calendario", "2026")]


def test_a_number_with_decimals_lends_no_day() -> None:
    """'6,107,31 août 2019': the 31 belongs to the number; the date is August 2019."""
    assert _found("6,107,31 août 2019 ne devrait pas inclure la décimale", "fr") == [
        ("août 2019", "2019-08")
    ]


def test_year_and_month_in_iso_order() -> None:
    """'2015-12' and '2015-3' are months; '2011-12' and '2002-3' are seasons, no month."""
    text = "le vendredi 2018-7-6 et 2015-12, 2015-3; la saison 2011-12 et 2002-3"
    assert _found(text, "fr") == [
        ("vendredi 2018-7-6", "2018-07-06"),
        ("2015-12", "2015-12"),
        ("2015-3", "2015-03"),
    ]


def test_a_day_number_after_the_word_day() -> None:
    """'el día 3' is the nearest 3rd (the past leaning); 'el día 31 del mes pasado' its month."""
    assert _found("Llegó el día 3 y se fue el día 31 del mes pasado.", "es") == [
        ("el día 3", "2026-01-03"),
        ("el día 31 del mes pasado", "2025-12-31"),
    ]


def test_words_in_capitals_are_emphasis_not_names() -> None:
    """'este VERANO' is this summer; 'Mayo Clinic' stays a name."""
    assert _found("Saldré este VERANO", "es") == [("este VERANO", "2026-SU")]
    assert _found("Fue a la Mayo Clinic.", "es") == []


def test_an_hour_in_words_alone() -> None:
    """'seis p.m.' is 18:00, after a day too."""
    assert _found("Regresaré el lunes el veintiséis seis p.m.", "es") == [
        ("lunes el veintiséis seis p.m.", "2026-01-26T18:00")
    ]


def test_abbreviated_units() -> None:
    """'123,45 sec' is a duration in seconds."""
    assert _found("Je vais partir pour 123,45 sec", "fr") == [("123,45 sec", "PT123.45S")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They stayed about 5 1/2 hours in Nairobi.", ("5 1/2 hours", "PT5.5H")),
        ("They lived in camps for two and a half years.", ("two and a half years", "P2.5Y")),
        ("But a minute and a half later, it fell.", ("a minute and a half", "PT1.5M")),
    ],
)
def test_half_quantities(text: str, expected: tuple[str, str]) -> None:
    """'5 1/2 hours', 'two and a half years', 'a minute and a half' keep the half."""
    assert _found_1998(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was a great event of the 20th century.", ("the 20th century", "19XX")),
        ("The fabled 11th century temple stands.", ("11th century", "10XX")),
        ("Trade grew in the nineteenth century.", ("the nineteenth century", "18XX")),
    ],
)
def test_centuries(text: str, expected: tuple[str, str]) -> None:
    """'the 20th century' is the 1900s: TimeML '19', written '19XX' as decades are '199X'."""
    assert _found_1998(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Iraq imports about three-quarters of its food.",
        "It pumps 300,000 barrels a day.",
    ],
)
def test_fractions_and_rates_are_no_durations(text: str) -> None:
    """'three-quarters of' is a fraction; 'a day' after a count is a rate."""
    assert _found_1998(text) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The 6,000-year history of the city.", "en", ("6,000-year", "P6000Y")),
        ("It lasted 2,5 ans.", "fr", ("2,5 ans", "P2.5Y")),
    ],
)
def test_thousands_separators_are_not_decimals(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    """'6,000' is six thousand (three digits after the mark); '2,5' is two and a half."""
    assert _found_1998(text, lang)[-1] == expected
