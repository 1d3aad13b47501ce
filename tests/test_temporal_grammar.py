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
        ("It rose in recent weeks.", [("recent weeks", "PXW")]),
        ("Talks stalled in recent days.", [("recent days", "PXD")]),
        ("It grew in recent years.", [("recent years", "PXY")]),
        ("He waited for weeks.", [("weeks", "PXW")]),
    ],
)
def test_vague_plural_durations_keep_their_adjective(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'recent weeks' is one vague duration, the adjective inside the extent (TimeML)."""
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
        ("cinq heures et demie du matin", "2026-01-20T05:30")
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


def test_a_day_number_of_a_count_is_no_date() -> None:
    """'el día 3 de la huelga' counts the strike's days; 'día 5' alone is a day."""
    text = "El día 3 de la huelga y el día 21 del conflicto; día 5."
    assert _found(text, "es") == [("día 5", "2026-01-05")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Mein Gehalt kommt Dienstag, der 27..", "de", [("Dienstag, der 27", "2026-01-27")]),
        ("Am Dienstag 25 Verletzte.", "de", []),
        ("Wir treffen uns Montags.", "de", [("Montags", "XXXX-WXX-1")]),
        (
            "zweieinhalb Stunden, 123,45 sek.",
            "de",
            [("zweieinhalb Stunden", "PT2.5H"), ("123,45 sek", "PT123.45S")],
        ),
        ("am Ostermontag", "de", [("Ostermontag", "2025-04-21")]),
        (
            "em 2 de outubro de dois mil e vinte.",
            "pt",
            [("2 de outubro de dois mil e vinte", "2020-10-02")],
        ),
        ("será terça-feira dia 27", "pt", [("terça-feira dia 27", "2026-01-27")]),
        (
            "Tornerò domani alle 8:00am per tutto il giorno",
            "it",
            [("domani alle 8:00am", "2026-01-21T08:00"), ("tutto il giorno", "P1D")],
        ),
    ],
)
def test_german_italian_portuguese(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    """The same phenomena from the other languages' tables: days, durations, holidays, years."""
    assert _found(text, lang) == expected


def test_german_clock_words() -> None:
    """'halb 8' is 7:30, 'viertel nach drei' 3:15; 'halb 8 Millionen' is a quantity."""
    assert _found("Es ist halb 8.", "de") == [("halb 8", "2026-01-20T07:30")]
    assert _found("Ich gehe um viertel nach drei", "de") == [
        ("viertel nach drei", "2026-01-20T03:15")
    ]
    assert _found("Viertel nach 8 Abends", "de") == [("Viertel nach 8 Abends", "2026-01-20T20:15")]
    assert _found("Er kam halb 8 Millionen mal.", "de") == []


def test_an_hour_after_a_clock_link_is_a_time() -> None:
    """'a las diez' (the link outside), 'alle sette e mezza'; 'a las 10 familias' counts."""
    assert _found("Llegó a las 10 y se fue a las once y media.", "es") == [
        ("10", "2026-01-20T10:00"),
        ("once y media", "2026-01-20T11:30"),
    ]
    assert _found("Sono le sette e mezza", "it") == [("sette e mezza", "2026-01-20T07:30")]
    assert _found("Ayudó a las 10 familias y a las dos personas.", "es") == []


def test_this_month_with_ci() -> None:
    """'ce mois-ci' is this month; 'cette semaine-là' is a week of the story, no date."""
    assert _found("On aurait pu se voir plus tôt ce mois-ci.", "fr") == [
        ("plus tôt ce mois-ci", "2026-01")
    ]
    assert _found("Il est venu cette semaine-là.", "fr") == []


def test_a_shift_word_around_a_day_and_month() -> None:
    """'el pasado 12 de diciembre' is the last one, 'le 1er janvier prochain' the next one."""
    text = "El acuerdo, firmado el pasado 12 de diciembre, entra en vigor el próximo 1 de enero."
    assert _found(text, "es") == [
        ("pasado 12 de diciembre", "2025-12-12"),
        ("próximo 1 de enero", "2027-01-01"),
    ]
    text = "L'accord, signé le 20 janvier dernier, entre en vigueur le 1er janvier prochain."
    assert _found(text, "fr") == [
        ("20 janvier dernier", "2025-01-20"),
        ("1er janvier prochain", "2027-01-01"),
    ]
    assert _found("como en el pasado", "es") == [("en el pasado", "PAST_REF")]


def test_the_last_n_units_with_the_shift_word_inside() -> None:
    """'les trois derniers mois' is three months long; 'ces derniers mois' the recent past."""
    text = "Au cours des trois derniers mois, et ces derniers mois aussi."
    assert _found(text, "fr") == [
        ("des trois derniers mois", "P3M"),
        ("ces derniers mois", "PAST_REF"),
    ]
    assert _found("los tres últimos meses", "es") == [("los tres últimos meses", "P3M")]


def test_a_part_of_a_period_without_its_article() -> None:
    """'la fin du mois', 'a finales de mes', 'en début d'année' are parts of this period."""
    assert _found("d'ici la fin du mois, en début d'année", "fr") == [
        ("la fin du mois", "2026-01"),
        ("début d'année", "2026"),
    ]
    assert _found("a finales de mes, a mediados del año", "es") == [
        ("a finales de mes", "2026-01"),
        ("a mediados del año", "2026"),
    ]


def test_the_afternoon_holds_no_noon() -> None:
    """'fin d'après-midi' is no 12:00; 'vers midi' is."""
    assert _found("fin d'après-midi, vers midi", "fr") == [("midi", "2026-01-20T12:00")]


def test_spanish_hours_written_with_horas() -> None:
    """'a las 15.30 horas' is 15:30 (the article outside); 'durante las 24 horas' lasts."""
    assert _found("se fue a las 15.30 horas.", "es") == [("15.30 horas", "2026-01-20T15:30")]
    assert _found("Durante las 24 horas del día.", "es") == [("las 24 horas", "PT24H")]
    assert _found("Hace una decena de días.", "es") == [("Hace una decena de días", "2026-01-10")]


def test_a_part_of_the_day_before_its_weekday() -> None:
    """'la soirée de vendredi' is Friday evening, 'la noche del sábado' Saturday night."""
    assert _found("Dans la soirée de vendredi.", "fr") == [
        ("la soirée de vendredi", "2026-01-16TEV")
    ]
    assert _found("en la noche del sábado", "es") == [("la noche del sábado", "2026-01-17TNI")]


def test_centuries() -> None:
    """'le XXe siècle', 'el siglo XXI', 'das 20. Jahrhundert'; 'Louis XIV' is no century."""
    assert _found("au XXe siècle et au 21e siècle", "fr") == [
        ("XXe siècle", "19XX"),
        ("21e siècle", "20XX"),
    ]
    assert _found("en el siglo XXI", "es") == [("siglo XXI", "20XX")]
    assert _found("im 20. Jahrhundert", "de") == [("20. Jahrhundert", "19XX")]
    assert _found("Louis XIV régnait. Le chapitre XX.", "fr") == []


def test_decades_in_words() -> None:
    """'los años noventa', 'gli anni settanta' are decades."""
    assert _found("en los años noventa", "es") == [("los años noventa", "199X")]
    assert _found("negli anni settanta", "it") == [("anni settanta", "197X")]


def test_sets_by_frequency_and_plural_weekdays() -> None:
    """'deux fois par an' recurs yearly; 'tous les lundis' every Monday."""
    assert _found("deux fois par an, tous les lundis", "fr") == [
        ("deux fois par an", "P1Y"),
        ("tous les lundis", "XXXX-WXX-1"),
    ]
    assert _found("dos veces al año", "es") == [("dos veces al año", "P1Y")]


def test_day_words_and_their_parts() -> None:
    """'la veille au soir', 'anteanoche', 'hoy mismo'."""
    assert _found("la veille au soir", "fr") == [("la veille au soir", "2026-01-19TEV")]
    assert _found("anteanoche y hoy mismo", "es") == [
        ("anteanoche", "2026-01-18TNI"),
        ("hoy mismo", "2026-01-20"),
    ]
