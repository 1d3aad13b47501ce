"""The grammar's rules, one phenomenon each, read through find_dates: what each finds, with
its extent, and what it leaves alone (English news of 1998; French and Spanish of 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from mentions import found_1998, found_2026, pairs
from timeline import find_dates


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
    assert found_1998(text) == [expected]


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
    assert found_1998(text) == []


def test_recent_alone_is_no_date() -> None:
    """'a recent filing', 'the weeks' without a lead word: no date."""
    assert found_1998("A recent filing showed the weeks were busy.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It began the 30-day review.", ("30-day", "P30D")),
        ("After a 16-hour flight he slept.", ("16-hour", "PT16H")),
        ("It ended the eight-year war.", ("eight-year", "P8Y")),
        ("It took the two weeks.", ("the two weeks", "P2W")),
        ("A day-long meeting ended.", ("day-long", "P1D")),
        ("It ended a decades-long battle.", ("decades-long", "PXDE")),
    ],
)
def test_article_stays_with_the_noun_of_an_adjectival_duration(
    text: str, expected: tuple[str, str]
) -> None:
    """'the 30-day review': the TIMEX3 is the adjective '30-day' (the article is the noun's)."""
    assert found_1998(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened over a three-year period.", ("a three-year period", "P3Y")),
        ("Sales fell in the three-month period.", ("the three-month period", "P3M")),
        ("It ended the 14-day waiting period.", ("14-day", "P14D")),  # "waiting" heads it
    ],
)
def test_a_period_headed_by_a_duration_is_one_expression(
    text: str, expected: tuple[str, str]
) -> None:
    """'a three-year period': a time noun heads the phrase, so the article and the noun are
    inside the TIMEX3 (TimeBank), unlike 'a three-year plan'."""
    assert found_1998(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices may rise in the weeks ahead.", ("the weeks ahead", "PXW")),
        ("It will matter in the years to come.", ("the years to come", "PXY")),
        ("It could strike within minutes to hours.", ("minutes to hours", "PTXM")),
        ("It may take a year or two.", ("a year or two", "P1Y")),
        ("He was held for three whole years.", ("three whole years", "P3Y")),
        ("It rose for ten consecutive days.", ("ten consecutive days", "P10D")),
        ("It may open sites for no more than sixty days.", ("no more than sixty days", "P60D")),
    ],
)
def test_vague_and_qualified_spans(text: str, expected: tuple[str, str]) -> None:
    """Spans ahead, alternatives of units, counts with 'whole' or 'consecutive', and 'no
    more than' inside the TIMEX3, as TimeBank writes them."""
    assert found_1998(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He will leave at 4 in the morning.", [("4 in the morning", "1998-02-13T04:00")]),
        ("He left at four in the afternoon.", [("four in the afternoon", "1998-02-13T16:00")]),
        ("There were 7 in the morning session.", [("the morning", "1998-02-13TMO")]),
    ],
)
def test_an_hour_and_a_part_of_the_day_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    """'at 4 in the morning' is 04:00; without a link before the hour, a count stays one."""
    assert [
        (m.text, m.value) for m in find_dates(text, reference=date(1998, 2, 13), lang="en")
    ] == (expected)


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
    assert found_2026(text, lang) == expected


def test_two_digit_years_after_a_month() -> None:
    """'abril del 87', "junio '98", 'juillet 98,' are months of those years."""
    assert found_2026("Nací en abril del 87 y él en junio '98.", "es") == [
        ("abril del 87", "1987-04"),
        ("junio '98", "1998-06"),
    ]
    assert found_2026("En juillet 98, la France a gagné.", "fr") == [("juillet 98", "1998-07")]


def test_a_two_digit_count_after_a_month_is_no_year() -> None:
    """'en mayo 98 personas' counts people."""
    assert found_2026("En mayo 98 personas murieron.", "es") == []


def test_weekday_and_day_number_find_their_month() -> None:
    """'el martes 27', 'lunes el día 26', 'mardi 27': the nearest such day that is that weekday."""
    assert found_2026("La reunión es el martes 27 y el lunes el día 26.", "es") == [
        ("martes 27", "2026-01-27"),
        ("lunes el día 26", "2026-01-26"),
    ]
    assert found_2026("Rendez-vous mardi 13.", "fr") == [("mardi 13", "2026-01-13")]
    assert found_2026("Regresaré martes el veinticinco", "es") == [
        ("martes el veinticinco", "2025-11-25")
    ]


def test_weekday_and_day_number_that_do_not_match_are_no_date() -> None:
    """'el martes 25 personas' counts people; 'lundi 12-4' is a score or a range of numbers."""
    assert found_2026("El martes 25 personas resultaron heridas.", "es") == []
    assert found_2026("Rendez-vous lundi 12-4.", "fr") == [("lundi", "2026-01-19")]


def test_day_month_year_apart_by_spaces() -> None:
    """'18 08 1978' is a French form's date; a phone number is not."""
    assert found_2026("Je retournerai 18 08 1978 à la maison.", "fr") == [
        ("18 08 1978", "1978-08-18")
    ]
    assert found_2026("Appelez le 06 12 34 56 78 demain.", "fr") == [("demain", "2026-01-21")]


def test_abbreviated_weekday_before_a_date() -> None:
    """'mer. 24 juin 2020' is a listing's date; 'la mer.' at a sentence end is the sea."""
    text = "Exposition le mer. 24 juin 2020, face à la mer. Le soir."
    assert found_2026(text, "fr") == [("mer. 24 juin 2020", "2020-06-24")]


def test_hours_written_in_words() -> None:
    """'a las dos de la tarde' is 14:00; 'cinq heures et demie du matin' 05:30."""
    assert found_2026("Sucedió el martes pasado a las dos de la tarde.", "es") == [
        ("martes pasado a las dos de la tarde", "2026-01-13T14:00")
    ]
    assert found_2026("Il est parti à cinq heures et demie du matin.", "fr") == [
        ("cinq heures et demie du matin", "2026-01-20T05:30")
    ]


def test_half_and_whole_units() -> None:
    """'tres años y medio' is P3.5Y; 'todo el día' P1D, 'toute la journée' P1D."""
    assert found_2026("Me marché por tres años y medio.", "es") == [("tres años y medio", "P3.5Y")]
    assert found_2026("Trabajó todo el día y toda la semana, con todo el mundo.", "es") == [
        ("todo el día", "P1D"),
        ("toda la semana", "P1W"),
    ]
    assert found_2026("Il a plu toute la journée.", "fr") == [("toute la journée", "P1D")]


def test_units_glued_to_their_number() -> None:
    """'3heures' and '3.5ans' are durations."""
    assert found_2026("Je vais partir pour 3heures, ou 3.5ans.", "fr") == [
        ("3heures", "PT3H"),
        ("3.5ans", "P3.5Y"),
    ]


def test_numbered_week_of_a_year() -> None:
    """'la 3ª semana de 2018', 'la 3e semaine de 2018' are ISO week 3."""
    assert found_2026("¿Qué tal la 3ª semana de 2018?", "es") == [
        ("la 3ª semana de 2018", "2018-W03")
    ]
    assert found_2026("la 3e semaine de 2018", "fr") == [("3e semaine de 2018", "2018-W03")]


def test_later_and_earlier_in_a_period() -> None:
    """'más tarde esta semana', 'plus tôt dans l'année' are that week, that year."""
    assert found_2026("Terminaré más tarde esta semana o más temprano de este mes.", "es") == [
        ("más tarde esta semana", "2026-W04"),
        ("más temprano de este mes", "2026-01"),
    ]
    assert found_2026("Il viendra plus tard cette semaine, plus tôt dans l'année.", "fr") == [
        ("plus tard cette semaine", "2026-W04"),
        ("plus tôt dans l'année", "2026"),
    ]


def test_parts_of_the_day() -> None:
    """'anoche' is last night; 'esta tarde' this afternoon; 'esta noche' tonight."""
    assert found_2026("Anoche llegó; esta tarde sale; esta noche cena.", "es") == [
        ("Anoche", "2026-01-19TNI"),
        ("esta tarde", "2026-01-20TAF"),
        ("esta noche", "2026-01-20TNI"),
    ]


def test_sets_once_a_unit() -> None:
    """'una vez a la semana' and 'une fois par mois' recur."""
    assert found_2026("Nos vemos una vez a la semana.", "es") == [("una vez a la semana", "P1W")]
    assert found_2026("Ils se voient une fois par mois.", "fr") == [("une fois par mois", "P1M")]


def test_holidays_before_their_year_in_lower_case() -> None:
    """'viernes negro 2010' is Black Friday 2010; 'año nuevo' alone in lower case is no date."""
    assert found_2026("Volveré el viernes negro 2010 y el día de la Tierra 2010.", "es") == [
        ("viernes negro 2010", "2010-11-26"),
        ("día de la Tierra 2010", "2010-04-22"),
    ]
    assert found_2026("la saint patrick 2020", "fr") == [("saint patrick 2020", "2020-03-17")]
    assert found_2026("Feliz año nuevo a todos.", "es") == []


def test_words_in_use() -> None:
    """'ahora mismo', 'este próximo viernes', 'il ya 2 jours', 'este año calendario'."""
    assert found_2026("Volveré ahora mismo, este próximo viernes.", "es") == [
        ("ahora mismo", "PRESENT_REF"),
        ("este próximo viernes", "2026-01-23"),
    ]
    assert found_2026("Je suis revenu il ya 2 jours.", "fr") == [("il ya 2 jours", "2026-01-18")]
    assert found_2026("Tengo ganancias este año calendario.", "es") == [
        ("este año calendario", "2026")
    ]


def test_a_number_with_decimals_lends_no_day() -> None:
    """'6,107,31 août 2019': the 31 belongs to the number; the date is August 2019."""
    assert found_2026("6,107,31 août 2019 ne devrait pas inclure la décimale", "fr") == [
        ("août 2019", "2019-08")
    ]


def test_year_and_month_in_iso_order() -> None:
    """'2015-12' and '2015-3' are months; '2011-12' and '2002-3' are seasons, no month."""
    text = "le vendredi 2018-7-6 et 2015-12, 2015-3; la saison 2011-12 et 2002-3"
    assert found_2026(text, "fr") == [
        ("vendredi 2018-7-6", "2018-07-06"),
        ("2015-12", "2015-12"),
        ("2015-3", "2015-03"),
    ]


def test_a_day_number_after_the_word_day() -> None:
    """'el día 3' is the nearest 3rd (the past leaning); 'el día 31 del mes pasado' its month."""
    assert found_2026("Llegó el día 3 y se fue el día 31 del mes pasado.", "es") == [
        ("el día 3", "2026-01-03"),
        ("el día 31 del mes pasado", "2025-12-31"),
    ]


def test_words_in_capitals_are_emphasis_not_names() -> None:
    """'este VERANO' is this summer; 'Mayo Clinic' stays a name."""
    assert found_2026("Saldré este VERANO", "es") == [("este VERANO", "2026-SU")]
    assert found_2026("Fue a la Mayo Clinic.", "es") == []


def test_an_hour_in_words_alone() -> None:
    """'seis p.m.' is 18:00, after a day too."""
    assert found_2026("Regresaré el lunes el veintiséis seis p.m.", "es") == [
        ("lunes el veintiséis seis p.m.", "2026-01-26T18:00")
    ]


def test_abbreviated_units() -> None:
    """'123,45 sec' is a duration in seconds."""
    assert found_2026("Je vais partir pour 123,45 sec", "fr") == [("123,45 sec", "PT123.45S")]


def test_a_day_number_of_a_count_is_no_date() -> None:
    """'el día 3 de la huelga' counts the strike's days; 'día 5' alone is a day."""
    text = "El día 3 de la huelga y el día 21 del conflicto; día 5."
    assert found_2026(text, "es") == [("día 5", "2026-01-05")]


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
    assert found_2026(text, lang) == expected


def test_german_clock_words() -> None:
    """'halb 8' is 7:30, 'viertel nach drei' 3:15; 'halb 8 Millionen' is a quantity."""
    assert found_2026("Es ist halb 8.", "de") == [("halb 8", "2026-01-20T07:30")]
    assert found_2026("Ich gehe um viertel nach drei", "de") == [
        ("viertel nach drei", "2026-01-20T03:15")
    ]
    assert found_2026("Viertel nach 8 Abends", "de") == [
        ("Viertel nach 8 Abends", "2026-01-20T20:15")
    ]
    assert found_2026("Er kam halb 8 Millionen mal.", "de") == []


def test_an_hour_after_a_clock_link_is_a_time() -> None:
    """'a las diez' (the link outside), 'alle sette e mezza'; 'a las 10 familias' counts."""
    assert found_2026("Llegó a las 10 y se fue a las once y media.", "es") == [
        ("10", "2026-01-20T10:00"),
        ("once y media", "2026-01-20T11:30"),
    ]
    assert found_2026("Sono le sette e mezza", "it") == [("sette e mezza", "2026-01-20T07:30")]
    assert found_2026("Ayudó a las 10 familias y a las dos personas.", "es") == []


def test_this_month_with_ci() -> None:
    """'ce mois-ci' is this month; 'cette semaine-là' is a week of the story, no date."""
    assert found_2026("On aurait pu se voir plus tôt ce mois-ci.", "fr") == [
        ("plus tôt ce mois-ci", "2026-01")
    ]
    assert found_2026("Il est venu cette semaine-là.", "fr") == []


def test_a_shift_word_around_a_day_and_month() -> None:
    """'el pasado 12 de diciembre' is the last one, 'le 1er janvier prochain' the next one."""
    text = "El acuerdo, firmado el pasado 12 de diciembre, entra en vigor el próximo 1 de enero."
    assert found_2026(text, "es") == [
        ("pasado 12 de diciembre", "2025-12-12"),
        ("próximo 1 de enero", "2027-01-01"),
    ]
    text = "L'accord, signé le 20 janvier dernier, entre en vigueur le 1er janvier prochain."
    assert found_2026(text, "fr") == [
        ("20 janvier dernier", "2025-01-20"),
        ("1er janvier prochain", "2027-01-01"),
    ]
    assert found_2026("como en el pasado", "es") == [("en el pasado", "PAST_REF")]


def test_the_last_n_units_with_the_shift_word_inside() -> None:
    """'les trois derniers mois' is three months long; 'ces derniers mois' the recent past."""
    text = "Au cours des trois derniers mois, et ces derniers mois aussi."
    assert found_2026(text, "fr") == [
        ("des trois derniers mois", "P3M"),
        ("ces derniers mois", "PAST_REF"),
    ]
    assert found_2026("los tres últimos meses", "es") == [("los tres últimos meses", "P3M")]


def test_a_part_of_a_period_without_its_article() -> None:
    """'la fin du mois', 'a finales de mes', 'en début d'année' are parts of this period."""
    assert found_2026("d'ici la fin du mois, en début d'année", "fr") == [
        ("la fin du mois", "2026-01"),
        ("début d'année", "2026"),
    ]
    assert found_2026("a finales de mes, a mediados del año", "es") == [
        ("a finales de mes", "2026-01"),
        ("a mediados del año", "2026"),
    ]


def test_the_afternoon_holds_no_noon() -> None:
    """'fin d'après-midi' is no 12:00; 'vers midi' is."""
    assert found_2026("fin d'après-midi, vers midi", "fr") == [("midi", "2026-01-20T12:00")]


def test_spanish_hours_written_with_horas() -> None:
    """'a las 15.30 horas' is 15:30 (the article outside); 'durante las 24 horas' lasts."""
    assert found_2026("se fue a las 15.30 horas.", "es") == [("15.30 horas", "2026-01-20T15:30")]
    assert found_2026("Durante las 24 horas del día.", "es") == [("las 24 horas", "PT24H")]
    assert found_2026("Hace una decena de días.", "es") == [
        ("Hace una decena de días", "2026-01-10")
    ]


def test_a_part_of_the_day_before_its_weekday() -> None:
    """'la soirée de vendredi' is Friday evening, 'la noche del sábado' Saturday night."""
    assert found_2026("Dans la soirée de vendredi.", "fr") == [
        ("la soirée de vendredi", "2026-01-16TEV")
    ]
    assert found_2026("en la noche del sábado", "es") == [("la noche del sábado", "2026-01-17TNI")]


def test_roman_and_ordinal_centuries_in_romance_languages() -> None:
    """'le XXe siècle', 'el siglo XXI' (its article inside, as 'el año 2008'), 'au 21e
    siècle', 'del siglo XXI' (the fused article outside); 'Louis XIV' is no century."""
    assert found_2026("au XXe siècle et au 21e siècle", "fr") == [
        ("XXe siècle", "19XX"),
        ("21e siècle", "20XX"),
    ]
    assert found_2026("en el siglo XXI", "es") == [("el siglo XXI", "20XX")]
    assert found_2026("los retos del siglo XXI", "es") == [("siglo XXI", "20XX")]
    assert found_2026("Louis XIV régnait. Le chapitre XX.", "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A principios del siglo XX la ciudad creció.",
            ("A principios del siglo XX", "19XX", "START"),
        ),
        ("a finales del siglo XVIII", ("a finales del siglo XVIII", "17XX", "END")),
        ("a mediados del siglo XIX", ("a mediados del siglo XIX", "18XX", "MID")),
    ],
)
def test_a_part_of_a_century_in_roman_numerals(text: str, expected: tuple[str, str, str]) -> None:
    """'a principios del siglo XX' is the start of the 1900s (it was this century's start,
    '20XX', the numeral left out: 'principios del siglo' read as a part of the present one)."""
    (mention,) = find_dates(text, reference=date(2026, 1, 14), lang="es")
    assert (mention.text, mention.value, mention.mod) == expected


def test_the_century_of_an_idiom_and_a_pronoun_after_a_unit() -> None:
    """'el partido del siglo' names no century; 'this week I knew': 'I' is no numeral."""
    assert found_2026("Fue el partido del siglo.", "es") == []
    assert [text for text, _ in found_2026("this week I knew I had to go", "en")] == ["this week"]


def test_decades_in_words() -> None:
    """'los años noventa', 'la década de los ochenta', 'gli anni settanta' are decades."""
    assert found_2026("en los años noventa", "es") == [("los años noventa", "199X")]
    assert found_2026("En la década de los ochenta hubo una crisis.", "es") == [
        ("la década de los ochenta", "198X")
    ]
    assert found_2026("a finales de la década de los años sesenta", "es") == [
        ("a finales de la década de los años sesenta", "196X")
    ]
    assert found_2026("negli anni settanta", "it") == [("anni settanta", "197X")]


def test_sets_by_frequency_and_plural_weekdays() -> None:
    """'deux fois par an' recurs yearly; 'tous les lundis' every Monday."""
    assert found_2026("deux fois par an, tous les lundis", "fr") == [
        ("deux fois par an", "P1Y"),
        ("tous les lundis", "XXXX-WXX-1"),
    ]
    assert found_2026("dos veces al año", "es") == [("dos veces al año", "P1Y")]


def test_day_words_and_their_parts() -> None:
    """'la veille au soir', 'anteanoche', 'hoy mismo'."""
    assert found_2026("la veille au soir", "fr") == [("la veille au soir", "2026-01-19TEV")]
    assert found_2026("anteanoche y hoy mismo", "es") == [
        ("anteanoche", "2026-01-18TNI"),
        ("hoy mismo", "2026-01-20"),
    ]


EN_REFERENCE = date(2018, 12, 5)


def _found_en(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, reference=EN_REFERENCE, lang="en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll leave for 3h", [("3h", "PT3H")]),
        ("I'll leave for 3.5years", [("3.5years", "P3.5Y")]),
        ("I'll leave for 123.45 sec", [("123.45 sec", "PT123.45S")]),
        ("a flight of 10 hrs", [("10 hrs", "PT10H")]),
        ("I'll leave for all day", [("all day", "P1D")]),
        ("I'll leave for another day", [("another day", "P1D")]),
        ("for another two weeks", [("another two weeks", "P2W")]),
        ("one hour and a half is enough", [("one hour and a half", "PT1.5H")]),
        ("one and a half hours are enough", [("one and a half hours", "PT1.5H")]),
        ("a one year and a quarter gap", [("one year and a quarter", "P1.25Y")]),
        ("it lasted half an hour", [("half an hour", "PT0.5H")]),
    ],
)
def test_durations_in_short_and_fractional_forms(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Abbreviated units, units glued to digits, decimals and fractions are durations."""
    assert _found_en(text) == expected


@pytest.mark.parametrize(
    "text",
    ["It rained all years.", "Section 3hx was repealed.", "He won all the games.", "a 3D film"],
)
def test_duration_forms_do_not_fire_on_ordinary_words(text: str) -> None:
    """'all' needs a singular unit; a glued unit must end the word."""
    assert _found_en(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please book a call today at 9a.", [("today at 9a", "2018-12-05T09:00")]),
        ("I'll be back tomorrow at 8:45p.", [("tomorrow at 8:45p", "2018-12-06T20:45")]),
        ("I'll go back 5/3/18 @ 17:49:19", [("5/3/18 @ 17:49:19", "2018-05-03T17:49:19")]),
    ],
)
def test_short_meridiems_at_signs_and_seconds(text: str, expected: list[tuple[str, str]]) -> None:
    """'9a' after 'at', '@' as a time link, seconds kept in the value as written."""
    assert _found_en(text) == expected


@pytest.mark.parametrize("text", ["Article 9a of the law", "See room 4p.", "Form 8a was filed."])
def test_glued_a_and_p_need_a_time_link(text: str) -> None:
    """A letter glued to a number is no time of day without 'at' or '@' before it."""
    assert _found_en(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll be out 2015-3", [("2015-3", "2015-03")]),
        ("It closed in 2015-12.", [("2015-12", "2015-12")]),
        ("the 2011-12 season", []),
        ("a call Friday 2018-7-6 with Jim", [("Friday 2018-7-6", "2018-07-06")]),
        ("plans for Dec-2018", [("Dec-2018", "2018-12")]),
        ("plans for Dec/2018", [("Dec/2018", "2018-12")]),
        ("back Sep-23-2020.", [("Sep-23-2020", "2020-09-23")]),
        ("How about 2019/aug/01", [("2019/aug/01", "2019-08-01")]),
        ("How about 2019-aug-1", [("2019-aug-1", "2019-08-01")]),
        ("back 20161016.", [("20161016", "2016-10-16")]),
        ("data/report-20170302.html", [("20170302", "2017-03-02")]),
        ("back to China in 2017 april.", [("2017 april", "2017-04")]),
        ("I was born in April of 87", [("April of 87", "1987-04")]),
        ("born on 15 April of 87", [("15 April of 87", "1987-04-15")]),
    ],
)
def test_numeric_and_named_month_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    """Year-month, month names between dashes or slashes, eight-digit days, 'April of 87'."""
    assert _found_en(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ID 12345678 and phone 20161399", []),
        ("in 2017 may be", [("2017", "2017")]),
        ("the March of 50 veterans", []),
        ("Resolution 2015-13 passed", []),
    ],
)
def test_date_shapes_do_not_fire_on_numbers_and_verbs(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Eight digits must make a real day; 'may' the verb and 'March of 50 veterans' stay out."""
    assert _found_en(text) == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("back on black friday 2010", date(2016, 11, 7), [("black friday 2010", "2010-11-26")]),
        ("back on easter 2018", date(2016, 11, 7), [("easter 2018", "2018-04-01")]),
        ("When was the last easter?", date(2019, 3, 12), [("last easter", "2018-04-01")]),
        ("When was the last easter?", date(2019, 4, 10), [("last easter", "2018-04-01")]),
        ("the next easter", date(2019, 2, 12), [("next easter", "2019-04-21")]),
        ("the easter side of town", date(2019, 2, 12), []),
    ],
)
def test_holidays_in_lower_case_need_a_year_or_a_shift(
    text: str, reference: date, expected: list[tuple[str, str]]
) -> None:
    """'easter 2018' and 'last easter' are holidays; 'the easter side' is a direction."""
    assert pairs(text, reference, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll leave early every other day", [("every other day", "P2D")]),
        ("Every other Friday", [("Every other Friday", "XXXX-WXX-5")]),
        ("We meet every fortnight", [("every fortnight", "P2W")]),
        ("plan the trip quarterly", [("quarterly", "P3M")]),
        ("Please meet semi-annually", [("semi-annually", "P0.5Y")]),
        ("I'll leave everyday", [("everyday", "P1D")]),
        ("It's an everyday routine.", []),
        ("Magna cut its quarterly dividend.", []),
    ],
)
def test_sets_and_adverbs_used_as_adjectives(text: str, expected: list[tuple[str, str]]) -> None:
    """'every other day' is P2D; 'everyday' and 'quarterly' before a noun are adjectives."""
    assert _found_en(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales grew for all week", [("all week", "P1W")]),
        ("Events were held all day in the capital", []),
        ("Are you free three weeks from tmrw?", [("three weeks from tmrw", "2018-12-27")]),
        ("It will happen this working week", [("this working week", "2018-W49")]),
        ("It will happen on next workweek", [("next workweek", "2018-W50")]),
        ("Sales in the week after next", [("the week after next", "2018-W51")]),
        ("We met earlier in the week.", [("earlier in the week", "2018-W49")]),
        ("for the past fortnight", [("the past fortnight", "P2W")]),
        ("South Africa last fortnight", []),
        ("We don't condemn the 27th of April", [("27th of April", "2018-04-27")]),
    ],
)
def test_week_words_and_phrases(text: str, expected: list[tuple[str, str]]) -> None:
    """Working weeks, fortnights, 'the week after next', 'earlier in the week', 'tmrw'."""
    assert _found_en(text) == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Any plans on Monday 21!", date(2019, 1, 21), [("Monday 21", "2019-01-21")]),
        (
            "coffee on tuesday the eleventh.",
            date(2019, 6, 5),
            [("tuesday the eleventh", "2019-06-11")],
        ),
        (
            "on wednesday the thirty first.",
            date(2019, 7, 2),
            [("wednesday the thirty first", "2019-07-31")],
        ),
        (
            "coffee on tues the 4th 7pm",
            date(2019, 6, 5),
            [("tues the 4th 7pm", "2019-06-04T19:00")],
        ),
        ("On Monday 21 people were killed.", date(2019, 1, 23), [("Monday", "2019-01-21")]),
        ("business Thursday, 5,745,188 shares", date(1989, 10, 27), [("Thursday", "1989-10-26")]),
        ("closed lower Friday, the fourth decline", date(1989, 10, 30), [("Friday", "1989-10-27")]),
    ],
)
def test_a_weekday_and_its_day_of_the_month(
    text: str, reference: date, expected: list[tuple[str, str]]
) -> None:
    """'Tuesday the 11th' is the nearest 11th that is a Tuesday; counts and ranks stay out."""
    assert pairs(text, reference, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales in two thousand and twenty", [("two thousand and twenty", "2020")]),
        (
            "It opened in nineteen hundred ninety three.",
            [("nineteen hundred ninety three", "1993")],
        ),
        (
            "sails on 6 April seventeen hundred thirty three",
            [("6 April seventeen hundred thirty three", "1733-04-06")],
        ),
        ("It was in October two thousand and five", [("October two thousand and five", "2005-10")]),
        ("out August two thousand and fifteen", [("August two thousand and fifteen", "2015-08")]),
        ("an August body", []),
        ("in two thousand and twenty cases", []),
        ("We sold two thousand and five units.", []),
    ],
)
def test_spoken_years_with_hundred_and_thousand(text: str, expected: list[tuple[str, str]]) -> None:
    """'two thousand and fifteen' after 'in' or a month is a year; counted things are not."""
    assert pairs(text, date(2019, 5, 30), "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They leave the third month of 2021", [("the third month of 2021", "2021-03")]),
        ("The 9th month of next year is busy", [("The 9th month of next year", "2021-09")]),
        ("back on the 15th day of next month", [("the 15th day of next month", "2020-08-15")]),
        ("the 40th day of 2021", [("the 40th day of 2021", "2021-02-09")]),
        ("How about last week of 2016", [("last week of 2016", "2016-W52")]),
        ("January first 2000 was special", [("January first 2000", "2000-01-01")]),
        ("We met March the third.", [("March the third", "2020-03-03")]),
        ("the first day of the trial", []),
        ("In March first-time buyers rose", [("March", "2020-03")]),
    ],
)
def test_ordinal_days_months_and_weeks_of_a_period(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'the Nth day/month of' a year or a shifted period; 'January first'; not 'the first day
    of the trial' (no period named)."""
    assert pairs(text, date(2020, 7, 1), "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "back on monday the twenty seventh at six pm",
            [("monday the twenty seventh at six pm", "2019-05-27T18:00")],
        ),
        ("at six am tomorrow", [("six am tomorrow", "2019-05-21T06:00")]),
        ("No one am I to judge", []),
    ],
)
def test_hours_in_english_words(text: str, expected: list[tuple[str, str]]) -> None:
    """'six pm' is a time; 'am' the verb after 'one' is not."""
    assert pairs(text, date(2019, 5, 20), "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a flight for halloween weekend 2021", [("halloween weekend 2021", "2021-W43-WE")]),
        ("prepare for labor day 2021 weekend", [("labor day 2021 weekend", "2021-W35-WE")]),
        (
            "take weekend of thanksgiving 2023 off",
            [("weekend of thanksgiving 2023", "2023-W47-WE")],
        ),
        ("back September-2020-23.", [("September-2020-23", "2020-09-23")]),
        ("back 2020/23/Sep.", [("2020/23/Sep", "2020-09-23")]),
        ("back 23-2020-September", [("23-2020-September", "2020-09-23")]),
    ],
)
def test_holiday_weekends_and_mixed_date_orders(text: str, expected: list[tuple[str, str]]) -> None:
    """A holiday's weekend is the one next to it; a month name, year and day in any order."""
    assert pairs(text, date(2021, 11, 9), "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See you this am", [("this am", "2018-07-31TMO")]),
        ("Call me Friday pm", [("Friday pm", "2018-07-27TAF")]),
        ("I am here today", [("today", "2018-07-31")]),
        ("Sales in the cy 2008", [("cy 2008", "2008")]),
    ],
)
def test_am_pm_as_parts_of_a_day_and_calendar_years(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'this am', 'Friday pm' are a morning and an afternoon; 'I am' stays a verb."""
    assert pairs(text, date(2018, 7, 31), "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "born on January twenty five nineteen eighty six",
            [("January twenty five nineteen eighty six", "1986-01-25")],
        ),
        (
            "born on twenty five January nineteen eighty six",
            [("twenty five January nineteen eighty six", "1986-01-25")],
        ),
        ("On fifteen August 1993, it opened.", [("fifteen August 1993", "1993-08-15")]),
        ("January twenty people came", [("January", "2019-01")]),
        ("in fifteen August days", []),
    ],
)
def test_days_in_cardinal_words_before_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    """A day in words next to a month is read only when a year follows it."""
    assert pairs(text, date(2019, 5, 30), "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales in the week 27 of last year", [("week 27 of last year", "2017-W27")]),
        ("week 3 of the strike", []),
        ("The deal closes in two weeks' time.", [("in two weeks", "2018-06-03")]),
        ("in a fortnight\u2019s time", [("in a fortnight", "2018-06-03")]),
    ],
)
def test_week_numbers_of_a_shifted_year_and_time_from_now(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'week 27 of last year'; "in two weeks' time" is always ahead, whatever the clause."""
    assert pairs(text, date(2018, 5, 20), "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("back to China on 28 june in 2020.", [("28 june in 2020", "2020-06-28")]),
        ("She was born June 28 in 1990", [("June 28 in 1990", "1990-06-28")]),
        ("on June 28 in Paris", [("June 28", "2019-06-28")]),
    ],
)
def test_a_day_and_its_year_joined_by_in(text: str, expected: list[tuple[str, str]]) -> None:
    """'28 june in 2020' is one day; 'June 28 in Paris' keeps its place out."""
    assert pairs(text, date(2019, 5, 30), "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gains in this calendar year.", [("this calendar year", "2019")]),
        ("most wickets in a calendar year on Saturday", [("Saturday", "2019-05-25")]),
        ("growth this year of 2.1 percent", [("this year", "2019")]),
        ("from a fiscal year to a calendar year", [("a fiscal year", "P1Y")]),
        ("sales in the year of 2008", [("2008", "2008")]),
        ("the year of the dragon", [("the year", "2019")]),
    ],
)
def test_calendar_years_and_the_year_of(text: str, expected: list[tuple[str, str]]) -> None:
    """'this calendar year' is this year, 'a calendar year' no duration (as in TimeBank);
    'the year of 2008' is 2008."""
    assert pairs(text, date(2019, 5, 30), "en") == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (
            "back end of this sunday",
            date(2016, 11, 7),
            [("end of this sunday", "2016-11-13T23:59:59")],
        ),
        ("IVAC was sold on Dec31 , 1994", date(2016, 11, 7), [("Dec31 , 1994", "1994-12-31")]),
        (
            "in the independence day of this year.",
            date(2018, 7, 17),
            [("independence day of this year", "2018-07-04")],
        ),
        ("Christmas of last year", date(2018, 7, 17), [("Christmas of last year", "2017-12-25")]),
        ("It ended late Friday.", date(2016, 11, 7), [("Friday", "2016-11-04")]),
    ],
)
def test_day_ends_glued_months_and_holidays_of_a_named_year(
    text: str, reference: date, expected: list[tuple[str, str]]
) -> None:
    """'end of this sunday' is its last second; 'Dec31 , 1994'; a holiday of this/last year."""
    assert pairs(text, reference, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "meet on january first two thousand and thirty two",
            [("january first two thousand and thirty two", "2032-01-01")],
        ),
        ("the first two thousand and five people", []),
        ("On 2016 10 16, the conference started.", [("2016 10 16", "2016-10-16")]),
        ("In 2016 10 16 people died", [("2016", "2016")]),
        ("We will meet 5 days before new year.", [("5 days before new year", "2016-12-27")]),
        ("celebrating the Chinese New Year", []),
    ],
)
def test_spelled_years_after_ordinals_spaced_days_and_new_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A spoken year after 'January first'; year month day apart by spaces at a clause end;
    'new year' only when counted from."""
    assert pairs(text, date(2016, 11, 7), "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rose in recent weeks.", [("recent weeks", "PXW")]),
        ("Talks stalled in recent days.", [("recent days", "PXD")]),
        ("It grew in recent years.", [("recent years", "PXY")]),
        ("He waited for weeks.", [("weeks", "PXW")]),
    ],
)
def test_vague_plurals_keep_their_adjective(text: str, expected: list[tuple[str, str]]) -> None:
    """'recent weeks' is a vague duration (TimeBank and silver mostly: PXW), the adjective
    inside."""
    assert found_1998(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Show sales in the cy18", [("cy18", "2018")]),
        (
            "find 30 minutes later this week",
            [("30 minutes", "PT30M"), ("later this week", "2019-W22")],
        ),
        ("Let's start 3 minutes from today", [("3 minutes", "PT3M"), ("today", "2019-05-29")]),
        ("a year later, prices fell", [("a year later", "2020")]),
    ],
)
def test_clock_counts_from_days_and_later_in_a_period(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Minutes are not counted from a day ('3 minutes from today'); 'later this week' is a part
    of the week, not '30 minutes later'; 'cy18' is 2018."""
    assert pairs(text, date(2019, 5, 29), "en") == expected


def test_digits_after_a_decimal_point_are_no_count() -> None:
    """'2:02.75sec' is one time of a race, not 75 seconds."""
    assert all(value != "PT75S" for _, value in _found_en("to win in 2:02.75sec and"))


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
    assert found_1998(text) == [expected]


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
    assert found_1998(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Iraq imports about three-quarters of its food.",
        "It pumps 300,000 barrels a day.",
    ],
)
def test_fractions_and_rates_are_no_durations(text: str) -> None:
    """'three-quarters of' is a fraction; 'a day' after a count is a rate."""
    assert found_1998(text) == []


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
    assert found_1998(text, lang)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We can't go right now.", ("now", "PRESENT_REF")),  # TimeBank: "right" outside
        ("He won a four-year term.", ("a four-year term", "P4Y")),
        ("Orders rose from the lows of the early summer.", ("the early summer", "1998-SU")),
    ],
)
def test_timebank_extents_of_now_terms_and_seasons(text: str, expected: tuple[str, str]) -> None:
    """'right now' is 'now' with an intensifier; a term is a span a count heads; the article
    before a part of a season is the season's."""
    assert found_1998(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shop closes on Mondays.", [("Mondays", "XXXX-WXX-1")]),
        ("He runs on Sunday mornings.", [("Sunday mornings", "XXXX-WXX-7TMO")]),
        (  # "flies": a schedule's present, so the Monday is the coming one
            "It flies on Monday and Tuesday nights.",
            [("Monday", "1998-03-02"), ("Tuesday nights", "XXXX-WXX-2TNI")],
        ),
        ("He left Monday night.", [("Monday night", "1998-02-23TNI")]),
    ],
)
def test_weekdays_in_the_plural_recur(text: str, expected: list[tuple[str, str]]) -> None:
    """'on Mondays', 'Tuesday nights': every such day (TimeML SET), not the nearest one."""
    assert found_1998(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It converts during its one-year term.", [("one-year term", "P1Y")]),  # "its" outside
        ("He won a second term.", []),  # no count of seconds
        ("It won't be profitable until 1994 or later.", [("1994 or later", "1994")]),
        ("It is confident about 1990 and beyond.", [("1990 and beyond", "1990")]),
    ],
)
def test_terms_and_open_ends_after_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    """A term a count heads, and a year's open end ('or later', 'and beyond'), as TimeBank."""
    assert found_1998(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He won the past five elections.", []),  # "past" qualifies the count: no date
        ("It flies the existing 777 and the future 787 Dreamliner.", []),
        ("In the past, he won.", [("the past", "PAST_REF")]),
        ("He won in the past 10 years.", [("the past 10 years", "P10Y")]),
    ],
)
def test_the_past_before_a_count_is_an_adjective(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'the past five elections': 'the past' is no PAST_REF before a count of other things."""
    assert found_1998(text) == expected
