"""Date shapes of the rule table in every language that writes them: ordinal parts of a
period, month abbreviations between numbers, numeric months after "de", ctime stamps, years
and fractions in words; each beside what it must leave alone.

Some cases are adapted from Microsoft Recognizers-Text (MIT licence,
../shared/corpora/recognizers/LICENSE).
"""

from __future__ import annotations

from datetime import date

import pytest

from mentions import pairs
from timeline import find_dates
from timeline.temporal._lexicon import lexicon
from timeline.temporal._rule_parts import _pieces
from timeline.temporal._rules import _GROUPS, _explicit_rules, _rules
from timeline.temporal._time_rules import _time_rules

MAY_2018 = date(2018, 5, 10)


def found(text: str, lang: str) -> list[tuple[str, str]]:
    """The (text, value) pairs of ``text`` dated 10 May 2018."""
    return pairs(text, MAY_2018, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "It was the third month of 2021.", ("the third month of 2021", "2021-03")),
        ("es", "Fue el tercer mes de 2021.", ("el tercer mes de 2021", "2021-03")),
        ("fr", "Ce fut le troisième mois de 2021.", ("troisième mois de 2021", "2021-03")),
        ("de", "der dritte Monat des Jahres 2021", ("der dritte Monat des Jahres 2021", "2021-03")),
        ("it", "Era il terzo mese del 2021.", ("il terzo mese del 2021", "2021-03")),
        ("pt", "Foi o terceiro mês de 2021.", ("o terceiro mês de 2021", "2021-03")),
        ("es", "el noveno mes del próximo año", ("el noveno mes del próximo año", "2019-09")),
        (
            "fr",
            "le neuvième mois de l'année prochaine",
            ("le neuvième mois de l'année prochaine", "2019-09"),
        ),
        (
            "de",
            "der neunte Monat des nächsten Jahres",
            ("der neunte Monat des nächsten Jahres", "2019-09"),
        ),
        ("it", "il nono mese del prossimo anno", ("il nono mese del prossimo anno", "2019-09")),
        ("pt", "o nono mês do próximo ano", ("o nono mês do próximo ano", "2019-09")),
        ("en", "due the 31st day of the month", ("the 31st day of the month", "2018-05-31")),
        ("fr", "le 31e jour du mois", ("le 31e jour du mois", "2018-05-31")),
    ],
)
def test_an_ordinal_month_or_day_of_a_period(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    """'the third month of 2021' and its kin: counted from the start of the period named."""
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "the 4th day of July, 1995", ("the 4th day of July, 1995", "1995-07-04")),
        ("fr", "le 4e jour de juillet 1995", ("4e jour de juillet 1995", "1995-07-04")),
        ("fr", "le 4e jour de juillet de 1995", ("4e jour de juillet de 1995", "1995-07-04")),
        ("es", "el 4º día de julio de 1995", ("el 4º día de julio de 1995", "1995-07-04")),
        ("it", "il 4º giorno di luglio 1995", ("il 4º giorno di luglio 1995", "1995-07-04")),
        ("pt", "o 4º dia de julho de 1995", ("o 4º dia de julho de 1995", "1995-07-04")),
    ],
)
def test_an_ordinal_day_of_a_named_month(lang: str, text: str, expected: tuple[str, str]) -> None:
    """'le 4e jour de juillet 1995' is 4 July 1995 (a French date written in full leaves its
    article out, as 'le 3 janvier')."""
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the third day of the strike"),
        ("fr", "le troisième jour de la grève"),
        ("es", "el tercer día de huelga"),
        ("it", "il terzo giorno di sciopero"),
        ("pt", "o terceiro dia de greve"),
    ],
)
def test_an_ordinal_day_of_an_event_is_no_date(lang: str, text: str) -> None:
    """A day counted in a strike, a trial or a war is not a calendar day."""
    assert found(text, lang) == []


def test_the_30th_day_of_february_is_no_date() -> None:
    """No impossible dates: the 30th day of February does not exist."""
    assert found("le 30e jour de février 2019", "fr") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "semana 27 del año pasado", ("semana 27 del año pasado", "2017-W27")),
        ("fr", "la semaine 27 de l'année dernière", ("semaine 27 de l'année dernière", "2017-W27")),
        ("de", "Woche 27 des letzten Jahres", ("Woche 27 des letzten Jahres", "2017-W27")),
        ("it", "la settimana 27 dell'anno scorso", ("settimana 27 dell'anno scorso", "2017-W27")),
        ("pt", "semana 27 do ano passado", ("semana 27 do ano passado", "2017-W27")),
        (
            "es",
            "en semana 3 de dos mil veintisiete",
            ("semana 3 de dos mil veintisiete", "2027-W03"),
        ),
        ("pt", "a semana 3 de dois mil e vinte", ("semana 3 de dois mil e vinte", "2020-W03")),
    ],
)
def test_a_week_number_of_a_year_named(lang: str, text: str, expected: tuple[str, str]) -> None:
    """'semana 27 del año pasado' is ISO week 27 of the year before; years in words too."""
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("es", "la semana 3 de la huelga"), ("it", "la settimana 3 dello sciopero")],
)
def test_a_week_counted_in_an_event_is_no_week_number(lang: str, text: str) -> None:
    """'la semana 3 de la huelga' counts the strike's weeks."""
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "It was 4-Jul-95.", ("4-Jul-95", "1995-07-04")),
        ("es", "Fue el 4-jul-95.", ("4-jul-95", "1995-07-04")),
        ("fr", "Le 4-juil-95 il pleuvait.", ("4-juil-95", "1995-07-04")),
        ("it", "il 23/set/20", ("23/set/20", "2020-09-23")),
    ],
)
def test_a_day_a_month_abbreviation_and_a_two_digit_year(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    """'4-Jul-95': the two-digit year belongs to the date."""
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "a 4-Jul-95-B file"), ("en", "scores 4-Jul-95.5")],
)
def test_a_day_month_year_inside_a_code_is_no_date(lang: str, text: str) -> None:
    """A dashed code that goes on ('4-Jul-95-B') or a decimal after it is not a date."""
    assert ("4-Jul-95", "1995-07-04") not in found(text, lang)


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_a_numeric_month_after_de(lang: str) -> None:
    """'9 de 8 de 1971' is 9 August 1971."""
    assert found("el 9 de 8 de 1971", lang) == [("9 de 8 de 1971", "1971-08-09")]


@pytest.mark.parametrize(
    "text",
    ["ganó 3 de 5 de los partidos", "el 31 de 2 de 2019"],
)
def test_a_count_or_an_impossible_day_with_de_is_no_date(text: str) -> None:
    """'3 de 5' is a count; '31 de 2 de 2019' is no day."""
    assert [pair for pair in found(text, "es") if "de" in pair[0]] == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Wed Oct 26 15:50:06 2016 is not a day", "Wed Oct 26 15:50:06 2016"),
        ("es", "Mié 26 de octubre 15:50:06 2016 no es", "Mié 26 de octubre 15:50:06 2016"),
        ("fr", "mer. 26 oct. 15:50:06 2016", "mer. 26 oct. 15:50:06 2016"),
        ("de", "Mi 26 Okt 15:50:06 2016", "Mi 26 Okt 15:50:06 2016"),
        ("it", "mer 26 ott 15:50:06 2016", "mer 26 ott 15:50:06 2016"),
        ("pt", "qua 26 out 15:50:06 2016", "qua 26 out 15:50:06 2016"),
    ],
)
def test_a_ctime_stamp_takes_the_year_after_its_time(lang: str, text: str, expected: str) -> None:
    """Log and ctime stamps write the year after the time: one mention, to the second."""
    assert found(text, lang)[0] == (expected, "2016-10-26T15:50:06")


def test_a_time_then_a_year_without_seconds_is_no_stamp() -> None:
    """Only the stamp's full time (with seconds) carries the year after it."""
    assert ("Oct 26 15:50 2016", "2016-10-26T15:50") not in found("Oct 26 15:50 2016", "en")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Estaré fuera en dos mil veintisiete.", ("dos mil veintisiete", "2027")),
        ("es", "en el año dos mil hubo", ("el año dos mil", "2000")),
        ("fr", "les ventes en deux mille vingt", ("deux mille vingt", "2020")),
        ("fr", "né en dix-neuf cent soixante-douze", ("dix-neuf cent soixante-douze", "1972")),
        (
            "fr",
            "en mille neuf cent quatre-vingt-dix-neuf",
            ("mille neuf cent quatre-vingt-dix-neuf", "1999"),
        ),
        ("it", "nel duemiladiciotto", ("duemiladiciotto", "2018")),
        ("pt", "em dois mil e dezoito", ("dois mil e dezoito", "2018")),
        (
            "fr",
            "le 4 octobre deux mille vingt-sept",
            ("4 octobre deux mille vingt-sept", "2027-10-04"),
        ),
        ("it", "il 4 ottobre duemilaventisette", ("4 ottobre duemilaventisette", "2027-10-04")),
        (
            "de",
            "4. Oktober zweitausendsiebenundzwanzig",
            ("4. Oktober zweitausendsiebenundzwanzig", "2027-10-04"),
        ),
    ],
)
def test_a_year_in_words(lang: str, text: str, expected: tuple[str, str]) -> None:
    """Spoken years: after a date word, after 'year', or closing a day and month."""
    assert found(text, lang) == [expected]


def test_two_years_in_words_stay_apart() -> None:
    """'dos mil dieciocho y dos mil diecinueve' are two years, not 2018 + 'y dos'."""
    assert found("en dos mil dieciocho y dos mil diecinueve", "es") == [
        ("dos mil dieciocho", "2018"),
        ("dos mil diecinueve", "2019"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "llegaron dos mil personas"),
        ("es", "en dos mil veinte casos"),
        ("es", "más de dos mil veinte."),
        ("fr", "deux mille dix-huit manifestants"),
        ("es", "en dos mil"),
    ],
)
def test_a_count_in_words_is_no_year(lang: str, text: str) -> None:
    """A count of things, 'more than' a number, a bare thousand: no year."""
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Supongo que una y media hora basta.", ("una y media hora", "PT1.5H")),
        ("es", "Tomará uno y cuarto año sabático.", ("uno y cuarto año", "P1.25Y")),
        ("es", "una llamada de ½ hora", ("½ hora", "PT0.5H")),
        ("en", "Please schedule a ½ hour call.", ("½ hour", "PT0.5H")),
        ("es", "Duró media hora.", ("media hora", "PT0.5H")),
        ("fr", "Il a duré une demi-heure.", ("une demi-heure", "PT0.5H")),
        ("it", "Ci vuole mezz'ora.", ("mezz'ora", "PT0.5H")),
        ("it", "Ci vuole un'ora e mezza.", ("un'ora e mezza", "PT1.5H")),
        ("pt", "Levou meia hora.", ("meia hora", "PT0.5H")),
        ("pt", "Levou uma hora e meia.", ("uma hora e meia", "PT1.5H")),
        ("en", "It took an hour and a half.", ("an hour and a half", "PT1.5H")),
        ("fr", "Il a duré une heure et demie.", ("une heure et demie", "PT1.5H")),
    ],
)
def test_fractions_of_a_unit(lang: str, text: str, expected: tuple[str, str]) -> None:
    """Halves and quarters before or after the unit, in words or as '½'."""
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Me iré por un mes entero", ("un mes entero", "P1M")),
        ("pt", "um mês inteiro", ("um mês inteiro", "P1M")),
        ("it", "un mese intero", ("un mese intero", "P1M")),
        ("fr", "un mois entier", ("un mois entier", "P1M")),
        ("en", "for a whole month", ("a whole month", "P1M")),
        ("de", "Er blieb einen ganzen Monat.", ("einen ganzen Monat", "P1M")),
        ("fr", "Je partirai pour tout le mois", ("tout le mois", "P1M")),
    ],
)
def test_a_whole_unit_keeps_its_qualifier(lang: str, text: str, expected: tuple[str, str]) -> None:
    """'un mes entero', 'a whole month': one unit, the qualifier in the extent."""
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("es", "A medio día comimos."), ("fr", "la demi-finale"), ("en", "the whole story")],
)
def test_halves_and_wholes_that_are_no_durations(lang: str, text: str) -> None:
    """'a medio día' is noon, 'demi-finale' a match, 'the whole story' no time."""
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "This contract will end in 2150, right?"),
        ("es", "Este contrato terminará en 2150, ¿verdad?"),
        ("fr", "Ce contrat prendra fin en 2150, non ?"),
        ("de", "Der Vertrag läuft bis 2150."),
        ("it", "Il contratto scade nel 2150."),
        ("pt", "O contrato termina em 2150."),
    ],
)
def test_a_year_past_this_century_after_a_word_of_time(lang: str, text: str) -> None:
    """'terminará en 2150': a far year, where a time word leads to it and the clause ends."""
    assert [value for _, value in found(text, lang)] == ["2150"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The fire spread in 2150 homes."),
        ("en", "Resolution 2231 was adopted."),
        ("en", "They paid $2150 in fees."),
        ("en", "The index rose 2150."),
        ("es", "se vendieron 2150 entradas"),
        ("en", "the total was 2,150."),
    ],
)
def test_a_number_past_this_century_is_no_year(lang: str, text: str) -> None:
    """Counts of things, names with a number, money and bare numbers stay numbers."""
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Volveré el 1.º de julio, 17.", ("1.º de julio, 17", "2017-07-01")),
        ("en", "I'll be back July 1, 17.", ("July 1, 17", "2017-07-01")),
    ],
)
def test_a_two_digit_year_after_a_comma_where_the_sentence_ends(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    """'1.º de julio, 17.': the two digits close the date and the sentence."""
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "On July 1, 17 people died.", ("July 1", "2017-07-01")),  # died: last July
        ("fr", "Je vais rentrer le 1er juillet, 17 fois.", ("1er juillet", "2018-07-01")),
        ("en", "on June 3, 17, and 23", ("June 3", "2018-06-03")),
    ],
)
def test_a_count_after_a_day_and_a_comma_is_no_year(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    """'July 1, 17 people': a count goes on after the two digits; so does a list."""
    assert found(text, lang)[0] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Je reviendrai Sep-23-2020.", ("Sep-23-2020", "2020-09-23")),
        ("fr", "Je reviendrai 2020/23/Sep.", ("2020/23/Sep", "2020-09-23")),
        ("it", "torno 2020/Sep/23", ("2020/Sep/23", "2020-09-23")),
        ("de", "am 23/Oct/2020", ("23/Oct/2020", "2020-10-23")),
        ("pt", "Foi em 23/set/2020.", ("23/set/2020", "2020-09-23")),
    ],
)
def test_english_month_abbreviations_of_stamps_in_every_language(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    """File names and logs write 'Sep' between numbers whatever the text's language."""
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(("lang", "text"), [("fr", "le fichier Jan-2020-B"), ("fr", "Jan a dit")])
def test_an_english_abbreviation_alone_is_no_month_in_another_language(
    lang: str, text: str
) -> None:
    """Outside a numeric stamp, 'Jan' in French text is a name, and a code goes on."""
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Caesar crossed the Rubicon in 49 BC.", ("49 BC", "BC0049")),
        ("en", "He went north in early 54 BC.", ("early 54 BC", "BC0054")),
        ("en", "Tutankhamun died in 1323 B.C. young.", ("1323 B.C.", "BC1323")),
        ("en", "the Olympics of 776BC", ("776BC", "BC0776")),
        ("fr", "César franchit le Rubicon en 49 av. J.-C.", ("49 av. J.-C.", "BC0049")),
        ("es", "César cruzó el Rubicón en el año 49 a. C.", ("el año 49 a. C.", "BC0049")),
        ("de", "Caesar überschritt 49 v. Chr. den Rubikon.", ("49 v. Chr.", "BC0049")),
        ("it", "Cesare attraversò il Rubicone nel 49 a.C.", ("49 a.C.", "BC0049")),
        ("pt", "César atravessou o Rubicão em 49 a.C.", ("49 a.C.", "BC0049")),
        ("en", "in the 5th century BC", ("the 5th century BC", "BC04")),
        ("fr", "au Ve siècle av. J.-C.", ("Ve siècle av. J.-C.", "BC04")),
        ("es", "en el siglo V a. C.", ("el siglo V a. C.", "BC04")),
    ],
)
def test_a_year_or_century_before_christ(lang: str, text: str, expected: tuple[str, str]) -> None:
    """TIMEX3 writes them 'BC0049', 'BC04' (the 5th century); no calendar span here."""
    assert expected in found(text, lang)


def test_a_year_before_christ_has_no_calendar_span() -> None:
    (mention,) = find_dates("in 49 BC", lang="en")
    assert (mention.value, mention.span) == ("BC0049", None)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Vesuvius erupted in AD 79.", ("AD 79", "0079")),
        ("en", "built in 1066 AD", ("1066 AD", "1066")),
        ("de", "im Jahr 9 n. Chr.", ("Jahr 9 n. Chr.", "0009")),
        ("it", "nel 476 d.C.", ("476 d.C.", "0476")),
        ("en", "the third century AD", ("the third century AD", "02XX")),
    ],
)
def test_a_year_of_our_era(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "ruled from 1354 to 1345 B.C.", ("from 1354 to 1345 B.C.", "BC1354/BC1345")),
        ("fr", "du 58 au 50 av. J.-C.", ("du 58 au 50 av. J.-C.", "BC0058/BC0050")),
        ("de", "von 58 bis 50 v. Chr.", ("von 58 bis 50 v. Chr.", "BC0058/BC0050")),
        ("en", "from 1200 to 1250 AD", ("from 1200 to 1250 AD", "1200/1250")),
    ],
)
def test_the_era_of_a_range_is_that_of_both_years(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "an ad 30 seconds long"),  # 'ad' the noun: the era is written 'AD'
        ("fr", "En 2019 ce sont les élèves"),  # 'CE' is an English era only
        ("en", "It cost 58 dollars."),
    ],
)
def test_an_era_word_needs_its_language_and_shape(lang: str, text: str) -> None:
    assert all(not value.startswith(("BC", "00")) for _, value in found(text, lang))


def test_after_a_year_before_christ_the_following_year_is_unknown() -> None:
    """Counting from 58 BC needs years before 1: left as X, not counted from the document."""
    text = "In 58 BC Caesar marched north. The following year he returned."
    assert ("The following year", "XXXX") in found(text, "en")


def test_a_year_before_christ_leaves_the_document_date_to_deictic_words() -> None:
    text = "The tomb, from 1345 B.C., was opened on Tuesday."
    assert ("Tuesday", "2018-05-08") in found(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "in the 1800s", ("the 1800s", "18XX")),  # the nineteenth century
        ("en", "the early 1900s", ("the early 1900s", "19XX")),
        ("en", "the 2000s", ("the 2000s", "200X")),  # the decade, as news uses it
        ("en", "the 1990s", ("the 1990s", "199X")),
        ("fr", "les années 1900", ("années 1900", "190X")),  # the Belle Époque decade
    ],
)
def test_hundreds_are_centuries_in_english_only(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in found(text, lang)


def test_an_italian_year_after_an_elided_article() -> None:
    """TempEval-2 Italian tags '81' in "tra l'81 e l'83": the article stays outside."""
    assert found("Tra l'81 e l'83 il personale calò.", "it") == [("81", "1981"), ("83", "1983")]
    assert ("81", "1981") in found("Nell'81 la Michelin perse 400 miliardi.", "it")


@pytest.mark.parametrize(
    "text",
    [
        "L'80% degli italiani vota.",
        "L'80 per cento degli italiani vota.",
        "Il gol all'89' di Rossi.",  # a minute of the match
        "L'81enne è stato ricoverato.",
    ],
)
def test_two_digits_after_an_elided_article_that_are_no_year(text: str) -> None:
    assert found(text, "it") == []


def test_an_elided_day_before_its_month_stays_a_day() -> None:
    assert found("Dall'11 al 15 marzo piove.", "it") == [
        ("11 al 15 marzo", "2018-03-11/2018-03-15")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er wurde 1984 geboren.", ("1984", "1984")),
        ("1984 verlor Michelin Geld.", ("1984", "1984")),
        ("Die Armee kam 1861 noch nach Süden.", ("1861", "1861")),
        ("Der Umsatz stieg 2019 um 5 Prozent.", ("2019", "2019")),
    ],
)
def test_a_german_year_needs_no_preposition(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, "de")


@pytest.mark.parametrize(
    "text",
    [
        "Die Firma hat 1984 Mitarbeiter.",  # a noun follows: a count
        "Es gab 2000 neue Stellen.",  # an adjective and its noun
        "Resolution 2231 verlangt das.",  # a noun names the number
        "Er lief 1500 m weit.",  # a unit
        "Er fuhr 2000 km weit.",
        "Sie zahlten 1500 und gingen.",
    ],
)
def test_a_german_number_before_a_noun_or_unit_is_no_year(text: str) -> None:
    assert found(text, "de") == []


def test_english_still_needs_a_preposition_or_a_clause_end() -> None:
    assert found("The firm has 1984 staff members working.", "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pt", "A compra foi feita no dia 17/11.", ("17/11", "2017-11-17")),
        ("es", "Llegó el 17/11 a Madrid.", ("17/11", "2017-11-17")),
        ("fr", "Il est arrivé le 17/11 à Paris.", ("17/11", "2017-11-17")),
        ("it", "È arrivato il 25/12 a Roma.", ("25/12", "2017-12-25")),
    ],
)
def test_a_day_and_month_in_numbers_after_a_word_naming_a_day(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Votó el 1/3 de la población."),  # a third
        ("fr", "Il a gagné 3/1 hier soir."),  # a score, no day word before
        ("pt", "Funciona 24/7 desde então."),
    ],
)
def test_a_fraction_or_a_score_is_no_day(lang: str, text: str) -> None:
    assert all("/" not in mention for mention, _ in found(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pt", "O massacre ocorreu em 2 de outubro de 92.", ("2 de outubro de 92", "1992-10-02")),
        ("es", "Ocurrió el 2 de octubre de 92.", ("2 de octubre de 92", "1992-10-02")),
        ("pt", "Eu nasci em 23 de novembro 82", ("23 de novembro 82", "1982-11-23")),
    ],
)
def test_a_year_in_two_digits_after_the_month_ending_a_clause(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in found(text, lang)


def test_two_digits_after_the_month_before_a_noun_are_a_count() -> None:
    assert ("2 de outubro", "2017-10-02") in found("Em 2 de outubro de 92 pessoas.", "pt")


def test_a_day_after_a_currency_sign_is_money() -> None:
    assert found("I bought it for $12 December 27", "en") == [("December 27", "2017-12-27")]


def test_noon_written_with_a_hyphen_is_a_time_not_half_a_day() -> None:
    assert found("Ele chegou ao meio-dia.", "pt") == [("meio-dia", "2018-05-10T12:00")]
    assert found("Trabalhou meio dia.", "pt") == [("meio dia", "P0.5D")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "I'll be back tomorrow at 8: 45 a.m.",
            ("tomorrow at 8: 45 a.m.", "2018-05-11T08:45"),
        ),
        ("es", "Volveré mañana a las 8: 45 a.m.", ("mañana a las 8: 45 a.m.", "2018-05-11T08:45")),
        ("it", "Tornerò alle 7:56:30 pm", ("7:56:30 pm", "2018-05-10T19:56:30")),
        ("en", "It ended at 7:56:30 pm.", ("7:56:30 pm", "2018-05-10T19:56:30")),
    ],
)
def test_a_space_after_the_colon_of_a_time_before_its_meridiem(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    """'8: 45 a.m.' is 8:45: the meridiem says it is a time; seconds may come before it."""
    assert found(text, lang) == [expected]


def test_a_space_after_a_colon_without_meridiem_is_no_time() -> None:
    """'Juan 3: 16' cites a verse."""
    assert found("Lo dice Juan 3: 16.", "es") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Gobernó de 1998 - 2015.", ("1998 - 2015", "1998/2015")),
        ("en", "The score was 32 - 2015 in 2015.", ("2015", "2015")),
    ],
)
def test_a_year_after_a_number_and_a_dash(lang: str, text: str, expected: tuple[str, str]) -> None:
    """After a year and a dash a year ends a range; after a small number ('32 - 2015') it
    ends a number form that is no date."""
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "It fell in the first quarter of last year.",
            ("the first quarter of last year", "2017-Q1"),
        ),
        (
            "en",
            "It grew in the third quarter of the year.",
            ("the third quarter of the year", "2018-Q3"),
        ),
        (
            "es",
            "Cayó en el primer trimestre del año pasado.",
            ("el primer trimestre del año pasado", "2017-Q1"),
        ),
        (
            "es",
            "el primer trimestre del año suele ser lento",
            ("el primer trimestre del año", "2018-Q1"),
        ),
        (
            "fr",
            "au premier trimestre de l'année dernière",
            ("premier trimestre de l'année dernière", "2017-Q1"),
        ),
        (
            "it",
            "nel primo trimestre dell'anno scorso",
            ("primo trimestre dell'anno scorso", "2017-Q1"),
        ),
        (
            "pt",
            "no primeiro trimestre do ano passado",
            ("primeiro trimestre do ano passado", "2017-Q1"),
        ),
        (
            "de",
            "im ersten Quartal des vergangenen Jahres",
            ("ersten Quartal des vergangenen Jahres", "2017-Q1"),
        ),
    ],
)
def test_a_quarter_of_a_year_named_by_a_shift(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    """'the first quarter of last year' is one date, last year's first quarter (it was two:
    this year's first quarter and last year)."""
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Cayó en el último trimestre del año pasado.",
            ("el último trimestre del año pasado", "2017-Q4"),
        ),
        ("es", "el último mes del año", ("el último mes del año", "2018-12")),
        ("es", "el último día del mes", ("el último día del mes", "2018-05-31")),
        ("es", "el último trimestre de 2016", ("el último trimestre de 2016", "2016-Q4")),
        # alone, the latest quarter completed, as "last quarter" (it was this year's fourth)
        ("es", "El PIB creció en el último trimestre.", ("el último trimestre", "2018-Q1")),
        ("fr", "Le PIB a progressé au dernier trimestre.", ("dernier trimestre", "2018-Q1")),
    ],
)
def test_the_last_quarter_month_or_day_of_a_period(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    """'el último trimestre del año pasado' is last year's fourth quarter (nothing was
    found: 'último' counts -1); told on 10 May 2018."""
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("En la segunda quincena de marzo.", ("la segunda quincena de marzo", "2018-03")),
        (
            "la primera quincena de agosto de 2016",
            ("la primera quincena de agosto de 2016", "2016-08"),
        ),
        ("en la segunda quincena del mes", ("la segunda quincena del mes", "2018-05")),
    ],
)
def test_a_spanish_fortnight_of_a_month(text: str, expected: tuple[str, str]) -> None:
    """'la segunda quincena de marzo' is March's second half, one mention as 'the second half
    of March' (it was 'marzo' alone)."""
    assert found(text, "es") == [expected]


def test_the_last_of_a_period_without_reference_is_not_placed() -> None:
    """No document date: no number for 'the last quarter of the year' is guessed."""
    assert find_dates("el último trimestre del año pasado", lang="es") == []


def test_a_quarter_of_a_year_without_reference_keeps_its_number() -> None:
    """No document date: 'XXXX-Q1', and 'dès' still opens the range."""
    (mention,) = find_dates(
        "Je rentrerai dès le premier trimestre de l'année prochaine.", lang="fr"
    )
    assert (mention.value, mention.mod) == ("XXXX-Q1", "ON_OR_AFTER")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pt", "O massacre ocorreu em 2 de outubro de 92.", ("2 de outubro de 92", "1992-10-02")),
        ("es", "Ocurrió el 2 de octubre de 92.", ("2 de octubre de 92", "1992-10-02")),
        ("es", "Hubo 3 heridos el 2 de octubre de 92 heridos", ("2 de octubre", "2017-10-02")),
    ],
)
def test_a_two_digit_year_after_de_where_the_sentence_ends(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    """'2 de outubro de 92.' is 1992; before a noun, '92 heridos' counts."""
    assert expected in found(text, lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ele voltará ao meio-dia.", ("meio-dia", "2018-05-10T12:00")),
        ("Trabalhou meio dia.", ("meio dia", "P0.5D")),
    ],
)
def test_noon_is_no_half_day(text: str, expected: tuple[str, str]) -> None:
    """'meio-dia' is noon (a time word), not half a day; 'meio dia' apart still counts."""
    assert found(text, "pt") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He will stay for at least two more weeks.", [("at least two more weeks", "P2W")]),
        ("The loan may be extended for an additional year.", [("an additional year", "P1Y")]),
        ("He was handed two extra years in power.", [("two extra years", "P2Y")]),
    ],
)
def test_a_count_of_more_units_is_a_duration(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "en") == expected


def test_one_more_time_is_no_duration() -> None:
    assert found("Try one more time.", "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Numbers dropped through the nineties.", [("the nineties", "199X")]),
        (
            "In the eighties and the seventies.",
            [("the eighties", "198X"), ("the seventies", "197X")],
        ),
    ],
)
def test_a_decade_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("à la fin des années 80", "fr", [("à la fin des années 80", "198X")]),
        ("au début des années quatre-vingt", "fr", [("au début des années quatre-vingt", "198X")]),
        ("dans les années trente", "fr", [("années trente", "193X")]),
        ("a mediados de los noventa", "es", [("a mediados de los noventa", "199X")]),
        ("a finales de los 80", "es", [("a finales de los 80", "198X")]),
        ("uno de los noventa diputados", "es", []),
    ],
)
def test_a_part_of_a_decade_and_french_decades_in_words(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """'la fin des années 80' (the part through 'des'), 'les années quatre-vingt', and
    Spanish 'a finales de los 80' without 'años' (only after a part: 'de los noventa
    diputados' counts)."""
    assert found(text, lang) == expected


@pytest.mark.parametrize("text", ["Highs in the forties.", "Temperatures in the nineties."])
def test_temperatures_in_the_nineties_are_no_decade(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orangemen march each July.", [("each July", "XXXX-07")]),
        ("They meet every January.", [("every January", "XXXX-01")]),
    ],
)
def test_every_named_month_is_a_set(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "en") == expected


def test_each_month_abbreviation_before_a_day_is_no_set() -> None:
    """'each Mar. 3' abbreviates March: no month of every year (the date stays)."""
    assert ("each Mar", "XXXX-03") not in found("It is paid each Mar. 3.", "en")


def test_a_count_or_so_ago_is_a_date_of_its_unit() -> None:
    """'a week or so ago' is last week, as 'a week ago' (the unit's precision), no duration."""
    assert found("Then, a week or so ago, he picked a date.", "en") == [
        ("a week or so ago", "2018-W18")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Die Sitzung beginnt um 14.30 Uhr.", "de", [("14.30 Uhr", "2018-05-10T14:30")]),
        ("A sessão começa às 14.30 horas.", "pt", [("14.30 horas", "2018-05-10T14:30")]),
    ],
)
def test_a_clock_time_with_a_dot_before_an_hour_word(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Die Fahrt dauert 1.30 h.", "de"), ("Der Kurs stieg um 14.30 Prozent.", "de")],
)
def test_a_decimal_before_a_bare_h_or_no_hour_word_is_no_time(text: str, lang: str) -> None:
    """'1.30 h' may count hours (a decimal): only a word ('Uhr', 'horas') makes it a clock."""
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Er spricht am Mittwoch, dem 16. Mai, im Bundestag.",
            ("Mittwoch, dem 16. Mai", "2018-05-16"),
        ),
        (
            "Am Mittwoch, den 16. Mai 2018, tagt der Rat.",
            ("Mittwoch, den 16. Mai 2018", "2018-05-16"),
        ),
    ],
)
def test_a_german_weekday_then_dem_and_a_full_date_is_one_date(
    text: str, expected: tuple[str, str]
) -> None:
    assert found(text, "de") == [expected]


def test_a_german_weekday_then_dem_and_a_day_alone_keeps_the_day() -> None:
    """'am Mittwoch, dem 16., ...': no month follows, the day of the month left unsaid."""
    assert found("Er spricht am Mittwoch, dem 16., im Bundestag.", "de") == [
        ("Mittwoch, dem 16", "2018-05-16")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rates will rise over the next two years or so.", [("the next two years or so", "P2Y")]),
        ("The talks lasted a month or so.", [("a month or so", "P1M")]),
        ("Prices doubled over the past decade or so.", [("the past decade or so", "P10Y")]),
    ],
)
def test_or_so_after_a_count_is_in_the_extent(text: str, expected: list[tuple[str, str]]) -> None:
    """'or so' marks the count as rough: TimeML keeps it inside ('the next two years or so')."""
    assert found(text, "en") == expected


def test_or_so_of_another_clause_stays_out() -> None:
    """'or so he said' follows no count: the duration ends at its unit."""
    assert found("He stayed two days, or so he said.", "en") == [("two days", "P2D")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lo scorso anno circa 400 miliardi.", [("Lo scorso anno", "2017")]),
        ("Negli ultimi due anni circa tre milioni.", [("ultimi due anni", "P2Y")]),
        ("Per i prossimi due anni circa, nulla.", [("i prossimi due anni circa", "P2Y")]),
    ],
)
def test_a_rough_word_before_a_number_leads_the_number(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Italian 'circa' is rough after a count ('due anni circa') and before one ('circa 400
    miliardi'): before a number it belongs to the number, not to the date."""
    assert found(text, "it") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares fell the previous Friday.", [("the previous Friday", "2018-05-04")]),
        ("He returned the following Monday.", [("the following Monday", "2018-05-14")]),
    ],
)
def test_the_article_of_an_anaphoric_weekday_is_in_the_extent(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'the previous Friday' keeps its article, as 'the previous week' does."""
    assert found(text, "en") == expected


def test_the_article_before_a_bare_weekday_stays_out() -> None:
    """'the Friday' has no shift word: 'Friday' alone (the article before a name is no part)."""
    assert found("Shares fell on the Friday before.", "en") != [("the Friday", "2018-05-04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares fell for three trading days.", [("three trading days", "P3D")]),
        ("Pay within 30 calendar days.", [("30 calendar days", "P30D")]),
        ("It takes five business days.", [("five business days", "P5D")]),
    ],
)
def test_a_count_of_a_kind_of_day_is_a_duration(text: str, expected: list[tuple[str, str]]) -> None:
    """'trading', 'business', 'working', 'calendar' days are days counted."""
    assert found(text, "en") == expected


@pytest.mark.parametrize(
    "text", ["Three business leaders met.", "Two working groups met.", "The 1989 calendar year."]
)
def test_a_kind_of_day_word_before_another_noun_is_no_duration(text: str) -> None:
    """The qualifier counts nothing without its unit; a year before 'calendar year' is no count."""
    assert [value for _, value in found(text, "en") if value.startswith("P")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It will take two to three weeks.", [("two to three weeks", "P2W")]),
        ("It lasts two or three years.", [("two or three years", "P2Y")]),
        ("Over the next 12 to 18 months.", [("the next 12 to 18 months", "P12M")]),
        ("It takes 2-4 weeks.", [("2-4 weeks", "P2W")]),
        ("It lasts up to two or three days.", [("up to two or three days", "P3D")]),
    ],
)
def test_a_range_of_counts_is_one_duration_of_at_least_the_lower(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """TimeBank's 'two to three weeks' is one P2W, EQUAL_OR_MORE; 'up to' bounds the upper."""
    assert found(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It lasted thirty-five years.", [("thirty-five years", "P35Y")]),
        ("It happened 2 to 3 weeks ago.", [("2 to 3 weeks ago", "2018-W16")]),
        ("Prices rose 2 to 3 percent in two days.", [("two days", "P2D")]),
    ],
)
def test_a_compound_number_or_a_dated_count_is_no_range_of_counts(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A dash inside a number word links no counts; an "ago" phrase keeps its own rule
    (the whole range of counts in it, dated by the upper count)."""
    assert found(text, "en") == expected


def test_a_range_of_counts_says_at_least() -> None:
    (mention,) = find_dates("It will take two to three weeks.", reference=MAY_2018, lang="en")
    assert mention.mod == "EQUAL_OR_MORE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It met the first Monday of March.", [("the first Monday of March", "2018-03-05")]),
        ("It will meet the first Monday of March.", [("the first Monday of March", "2019-03-04")]),
        (
            "The vote is the second Tuesday in June 2019.",
            [("the second Tuesday in June 2019", "2019-06-11")],
        ),
        (
            "It was the last Sunday of December 2018.",
            [("the last Sunday of December 2018", "2018-12-30")],
        ),
    ],
)
def test_an_nth_weekday_of_a_month_is_that_day(text: str, expected: list[tuple[str, str]]) -> None:
    """'the first Monday of March' is one day of March (the year by tense), not last Monday and
    the month apart."""
    assert found(text, "en") == expected


def test_a_fifth_weekday_or_a_weekday_of_the_month_is_no_nth_day() -> None:
    """Not every month has a fifth Monday; 'of the month' names no month."""
    assert found("the fifth Monday of March", "en") == []
    assert ("the first Monday of the month", "2018-05-07") not in found(
        "It meets the first Monday of the month.", "en"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ich komme am 22.04 zurück.", [("22.04", "2018-04-22")]),  # a day word before it
        ("Ich komme am 22.04. zurück.", [("22.04.", "2018-04-22")]),
        ("Der Zug fährt um 22.04 Uhr.", [("22.04 Uhr", "2018-05-10T22:04")]),  # a time
        ("Der Kurs stieg bis 22.04 Punkte.", []),  # a number
    ],
)
def test_a_german_day_and_month_without_the_closing_dot(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, "de") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Im ersten Halbjahr stieg der Umsatz.", [("ersten Halbjahr", "2018-H1")]),
        ("de", "in der zweiten Jahreshälfte", [("zweiten Jahreshälfte", "2018-H2")]),
        ("it", "nel primo semestre", [("primo semestre", "2018-H1")]),
        ("it", "nel primo semestre del 2024", [("primo semestre del 2024", "2024-H1")]),
        ("pt", "no segundo semestre", [("segundo semestre", "2018-H2")]),
        ("es", "en el primer semestre", [("primer semestre", "2018-H1")]),
    ],
)
def test_a_half_year_without_its_year_is_this_years(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Treffen ist am 27. 11.", [("27. 11.", "2017-11-27")]),  # a space after each dot
        ("Es geschah am 27. 11. 2016.", [("27. 11. 2016", "2016-11-27")]),
        ("Er kam um 18.12 Uhr.", [("18.12 Uhr", "2018-05-10T18:12")]),  # no day 18.1
    ],
)
def test_german_numeric_days_as_print_sets_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eu voltarei sexta-feira 25 às 4", [("sexta-feira 25 às 4", "2018-05-25T04:00")]),
        ("vamos marcar uma reunião no 27/11 às 23", [("27/11 às 23", "2018-11-27T23:00")]),
        ("no 1/3 da população", []),  # a third
    ],
)
def test_a_portuguese_day_before_its_hour(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "pt") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China confirmed on Wednesday the first two human cases.", [("Wednesday", "2018-05-09")]),
        ("We met on Tuesday the first, as planned.", [("Tuesday the first", "2018-05-01")]),
    ],
)
def test_a_weekday_and_an_ordinal_word_that_counts_what_follows(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("La ley entró en vigor tres años después de 2015.", "es", [("DATE", "2018")]),
        ("Cayó dos días antes del 9 de marzo.", "es", [("DATE", "2025-03-07")]),
        ("Dimitió cuatro días después de las elecciones.", "es", [("DURATION", "P4D")]),
        ("Renunciou quatro dias depois das eleições.", "pt", [("DURATION", "P4D")]),
        ("Si è dimesso quattro giorni dopo il voto.", "it", [("DURATION", "P4D")]),
        ("Si è dimesso quattro giorni dopo l'attacco.", "it", [("DURATION", "P4D")]),
        ("Volvió dos días antes de ayer.", "es", [("DATE", "2026-01-11")]),
        ("Tres días después, dimitió.", "es", [("DATE", "2026-01-17")]),
    ],
)
def test_a_later_word_that_opens_an_offset_phrase(
    text: str, lang: str, found: list[tuple[str, str]]
) -> None:
    """'dos años después de 2011' is an offset from 2011, not 'two years later' from the
    reference; after an event ('después de las elecciones') the count is a duration."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.type, m.value) for m in mentions] == found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Anfang der 80er Jahre stieg die Inflation.",
            "de",
            ("Anfang der 80er Jahre", "198X", "START"),
        ),
        ("Ende der 70er-Jahre kam er an die Macht.", "de", ("Ende der 70er-Jahre", "197X", "END")),
        (
            "Mitte der Sechzigerjahre begann der Bau.",
            "de",
            ("Mitte der Sechzigerjahre", "196X", "MID"),
        ),
        ("In den Siebzigern wuchs die Stadt.", "de", ("den Siebzigern", "197X", None)),
        (
            "A finales de los años setenta cayó el régimen.",
            "es",
            ("A finales de los años setenta", "197X", "END"),
        ),
        (
            "A mediados de la década de los 60 hubo reformas.",
            "es",
            ("A mediados de la década de los 60", "196X", "MID"),
        ),
        (
            "All'inizio degli anni '80 il partito crebbe.",
            "it",
            ("All'inizio degli anni '80", "198X", "START"),
        ),
        (
            "Alla fine degli anni Sessanta ci furono scioperi.",
            "it",
            ("Alla fine degli anni Sessanta", "196X", "END"),
        ),
        ("No início dos anos 70 o país mudou.", "pt", ("início dos anos 70", "197X", "START")),
        (
            "Em meados da década de 1960 houve greves.",
            "pt",
            ("meados da década de 1960", "196X", "MID"),
        ),
    ],
)
def test_the_part_of_a_decade(text: str, lang: str, expected: tuple[str, str, str | None]) -> None:
    """'Anfang der 80er Jahre', 'a finales de los años setenta' are the start or the end of
    a decade (was the whole decade, or 'a finales de los años' read as this year)."""
    (mention,) = find_dates(text, reference=MAY_2018, lang=lang)
    assert (mention.text, mention.value, mention.mod) == expected


def test_a_twenty_euro_note_is_no_decade() -> None:
    assert find_dates("Er gab ihr einen Zwanziger.", reference=MAY_2018, lang="de") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Dimitió a finales del año 2011.", "es", ("a finales del año 2011", "2011", "END")),
        ("Llegó antes del año 2012.", "es", ("año 2012", "2012", "BEFORE")),
        (
            "Las ventas cayeron en la segunda mitad del año.",
            "es",
            ("la segunda mitad del año", "2018-H2", None),
        ),
        (
            "El paro subió el primer semestre del año.",
            "es",
            ("el primer semestre del año", "2018-H1", None),
        ),
        ("Cresceu no segundo semestre do ano.", "pt", ("segundo semestre do ano", "2018-H2", None)),
        ("Chegou no início do ano de 2011.", "pt", ("início do ano de 2011", "2011", "START")),
        (
            "Si è dimesso alla fine dell'anno 2011.",
            "it",
            ("alla fine dell'anno 2011", "2011", "END"),
        ),
    ],
)
def test_a_part_of_a_year_told_with_its_noun(
    text: str, lang: str, expected: tuple[str, str, str | None]
) -> None:
    """'a finales del año 2011' is the end of 2011 (was '2011' alone), 'la segunda mitad del
    año' this year's second half (was 'año', the whole year)."""
    (mention,) = find_dates(text, reference=MAY_2018, lang=lang)
    assert (mention.text, mention.value, mention.mod) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La inflación subió en los últimos doce meses.", "es", ("los últimos doce meses", "P12M")),
        ("Se decidirá en las próximas 72 horas.", "es", ("las próximas 72 horas", "PT72H")),
        ("O PIB cresceu nos últimos dez anos.", "pt", ("últimos dez anos", "P10Y")),
        ("Haverá eleições nas próximas duas semanas.", "pt", ("próximas duas semanas", "P2W")),
        ("Il PIL è cresciuto negli ultimi dieci anni.", "it", ("ultimi dieci anni", "P10Y")),
        (
            "Es wird in den nächsten 72 Stunden entschieden.",
            "de",
            ("den nächsten 72 Stunden", "PT72H"),
        ),
        (
            "Die Preise stiegen in den letzten zwölf Monaten.",
            "de",
            ("den letzten zwölf Monaten", "P12M"),
        ),
    ],
)
def test_the_last_or_next_count_of_units(text: str, lang: str, expected: tuple[str, str]) -> None:
    """'los últimos doce meses' is a duration with its determiners in the extent, as TimeBank
    tags 'the past 12 months'; 'últimos dez anos' is no 'last December' ('dez')."""
    (mention,) = find_dates(text, reference=MAY_2018, lang=lang)
    assert (mention.text, mention.value) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Der Vertrag wurde am 9. Juni vergangenen Jahres unterzeichnet.",
            "de",
            ("9. Juni vergangenen Jahres", "2017-06-09"),
        ),
        (
            "Im Herbst des vergangenen Jahres begann der Streik.",
            "de",
            ("Herbst des vergangenen Jahres", "2017-FA"),
        ),
        (
            "Im Juni des kommenden Jahres wird gewählt.",
            "de",
            ("Juni des kommenden Jahres", "2019-06"),
        ),
        ("El pacto se firmó en junio del año pasado.", "es", ("junio del año pasado", "2017-06")),
        (
            "La huelga empezó el 9 de junio del año pasado.",
            "es",
            ("9 de junio del año pasado", "2017-06-09"),
        ),
        (
            "Il patto fu firmato a giugno dell'anno scorso.",
            "it",
            ("giugno dell'anno scorso", "2017-06"),
        ),
        ("A greve começou em junho do ano passado.", "pt", ("junho do ano passado", "2017-06")),
        ("A obra termina em junho deste ano.", "pt", ("junho deste ano", "2018-06")),
        (
            "The strike began in the autumn of last year.",
            "en",
            ("the autumn of last year", "2017-FA"),
        ),
    ],
)
def test_a_month_day_or_season_of_a_year_named_by_its_shift(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    """'am 9. Juni vergangenen Jahres', 'en junio del año pasado' are in last year (were this
    year's June and, apart, last year)."""
    (mention,) = find_dates(text, reference=MAY_2018, lang=lang)
    assert (mention.text, mention.value) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Der Umsatz stieg im 2. Quartal 2017.", "de", ("2. Quartal 2017", "2017-Q2")),
        ("Der Gewinn sank im 1. Halbjahr 2016.", "de", ("1. Halbjahr 2016", "2016-H1")),
        ("Die Zahlen des 4. Quartals fielen gut aus.", "de", ("des 4. Quartals", "2017-Q4")),
        (
            "Las ventas subieron en el 2º trimestre de 2017.",
            "es",
            ("el 2º trimestre de 2017", "2017-Q2"),
        ),
        ("El paro bajó en el 1er trimestre.", "es", ("el 1er trimestre", "2018-Q1")),
        ("Les ventes ont chuté au 3e trimestre 2017.", "fr", ("3e trimestre 2017", "2017-Q3")),
    ],
)
def test_a_quarter_or_half_year_numbered_in_digits(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    """'im 2. Quartal 2017', 'el 1er trimestre': the number and its ordinal suffix name the
    quarter (was '2017' alone, or nothing), as business news writes it."""
    (mention,) = find_dates(text, reference=MAY_2018, lang=lang)
    assert (mention.text, mention.value) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Votan entre el 9 y el 11 de junio.",
            "es",
            [("entre el 9 y el 11 de junio", "2018-06-09/2018-06-11")],
        ),
        (
            "Si vota tra il 9 e l'11 giugno.",
            "it",
            [("tra il 9 e l'11 giugno", "2018-06-09/2018-06-11")],
        ),
        (
            "Gewählt wird zwischen dem 9. und dem 11. Juni.",
            "de",
            [("zwischen dem 9. und dem 11. Juni", "2018-06-09/2018-06-11")],
        ),
        (
            "On vote entre le 9 et le 11 juin.",
            "fr",
            [("entre le 9 et le 11 juin", "2018-06-09/2018-06-11")],
        ),
        (
            "Votan el 9 y el 11 de junio.",
            "es",
            [("9", "2018-06-09"), ("11 de junio", "2018-06-11")],
        ),
    ],
)
def test_days_of_a_month_with_an_article_between(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """'entre el 9 y el 11 de junio' is a range (was '11 de junio' alone); 'el 9 y el 11 de
    junio' two days of June (the 9th was lost)."""
    mentions = find_dates(text, reference=MAY_2018, lang=lang)
    assert [(m.text, m.value) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seit dem Wochenende gilt die Ausgangssperre.",
            ("dem Wochenende", "2018-W18-WE", "ON_OR_AFTER"),
        ),
        ("Lass uns nach dem Wochenende reden.", ("dem Wochenende", "2018-W19-WE", "AFTER")),
        ("Die Grenze blieb über das Wochenende zu.", ("das Wochenende", "2018-W18-WE", None)),
    ],
)
def test_a_german_weekend_after_its_article(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    """'seit dem Wochenende', 'über das Wochenende' name the weekend (were nothing); 'lass
    uns' tells the future, as 'let's' does (the coming weekend)."""
    (mention,) = find_dates(text, reference=MAY_2018, lang="de")
    assert (mention.text, mention.value, mention.mod) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il decreto arriverà a metà mese.", ("metà mese", "2018-05", "MID")),
        ("La legge sarà approvata entro metà anno.", ("metà anno", "2018", "MID")),
        ("Il vertice è previsto a metà settimana.", ("metà settimana", "2018-W19", "MID")),
    ],
)
def test_the_middle_of_this_month_year_or_week_in_italian(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    """'a metà mese' is the middle of this month, as 'a fine mese', 'a inizio mese' are its
    end and start (was nothing)."""
    (mention,) = find_dates(text, reference=MAY_2018, lang="it")
    assert (mention.text, mention.value, mention.mod) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Os lucros subiram no trimestre.", [("trimestre", "1997-Q4")]),
        ("A empresa lucrou no ano.", [("ano", "1998")]),
        ("Foi no ano em que nasceu.", []),
        ("Saiu no mês de férias.", []),
        ("Vendas no ano fiscal de 2008.", [("2008", "2008")]),
        ("No início deste ano, caiu.", [("início deste ano", "1998")]),
        ("no final desta semana", [("final desta semana", "1998-W09")]),
        ("Viajou neste final de semana.", [("neste final de semana", "1998-W09-WE")]),
    ],
)
def test_portuguese_periods_of_the_document(text: str, expected: list[tuple[str, str]]) -> None:
    """'no trimestre' (the quarter reported, as 'the quarter'), 'no início deste ano' (a
    part of this year, the fused 'deste'), 'final de semana' (Brazilian: the weekend);
    'no ano em que...' names a year by a clause, no date."""
    assert pairs(text, date(1998, 2, 27), "pt") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ventas para el trimestre actual.", "es", [("el trimestre actual", "2018-Q2")]),
        ("O lucro do trimestre atual subiu.", "pt", [("trimestre atual", "2018-Q2")]),
        ("Nel trimestre attuale sono salite.", "it", [("trimestre attuale", "2018-Q2")]),
        ("Le trimestre actuel sera bon.", "fr", [("Le trimestre actuel", "2018-Q2")]),
        ("L'anno corrente sarà duro.", "it", [("L'anno corrente", "2018")]),
        ("El presidente actual habló.", "es", []),
    ],
)
def test_current_after_a_unit_is_this_unit(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """'el trimestre actual', 'o trimestre atual', 'l'anno corrente': the current quarter or
    year (not the last completed one, as 'o trimestre' alone)."""
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cobrará a fin de mes.", [("a fin de mes", "2018-05")]),
        ("Volverá a inicio de mes.", [("a inicio de mes", "2018-05")]),
        # that weekend, of the story (as "that weekend"): no end of a week
        ("Fue ese fin de semana.", [("ese fin de semana", "2018-W19-WE")]),
    ],
)
def test_spanish_end_and_start_of_the_month(text: str, expected: list[tuple[str, str]]) -> None:
    """'a fin de mes', 'a inicio de mes' are parts of the current month."""
    assert found(text, "es") == expected


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de", "it", "pt"])
def test_the_table_is_its_groups_in_order_and_ends_with_the_times(lang: str) -> None:
    """The groups, in ``_GROUPS``' order, make the table; the reference words and the times
    of day come last, after every date rule; no two rules share a name."""
    lex = lexicon(lang)
    table = _rules(lex)
    assert table == [rule for group in _GROUPS for rule in group(lex, _pieces(lex))]
    times = _time_rules(lex)
    assert table[-len(times) :] == times
    assert table[-len(times) - 1][0] == "ref"
    names = [name for name, _ in table]
    assert len(names) == len(set(names))
    # the alternation is ordered: the longer or more specific rule is tried first
    for first, then in [("iso", "numeric"), ("setadv", "set"), ("time_zoned", "year")]:
        assert names.index(first) < names.index(then)


def test_a_language_known_by_its_months_keeps_the_explicit_dates_only() -> None:
    names = {name for name, _ in _explicit_rules(lexicon("sl"))}
    assert {"iso", "numeric", "dmy", "mdy", "monthyear"} <= names
    assert not names & {"duration", "ref", "weekday", "shiftunit"}


def test_a_numbered_list_is_no_day_in_english() -> None:
    """'1. April 1997 Crown Leasing': a list's number, then the month; German writes days so."""
    text = "(billion yen)\n\n1. April 1997 Crown Leasing 1,060.00\n\n2. Oct 1996 Nichiei Finance"
    found = [(m.text, m.value) for m in find_dates(text, reference="1997-04-01", lang="en")]
    assert found == [("April 1997", "1997-04"), ("Oct 1996", "1996-10")]
    (german,) = find_dates("Am 1. April 1997 kam er.", reference="1997-04-01", lang="de")
    assert (german.text, german.value) == ("1. April 1997", "1997-04-01")
