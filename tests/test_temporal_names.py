"""Dates inside proper names are no dates (``_names``): streets, squares, islands, and
people whose given name is a month, a weekday or a feast."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates

REFERENCE = date(2026, 1, 14)


def _found(text: str, lang: str) -> list[str]:
    return [m.text for m in find_dates(text, reference=REFERENCE, lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La avenida 9 de Julio estaba cortada.", "es"),
        ("Cenaron en la Isla de Pascua.", "es"),
        ("A Rua Primeiro de Março fica no centro do Rio.", "pt"),
        ("Il a dormi sur l'île de Pâques.", "fr"),
        ("Ils habitent rue du 4-Septembre.", "fr"),
        ("Sie wohnen an der Straße des 17. Juni.", "de"),
        ("Ci vediamo in piazza 25 Aprile.", "it"),
        ("The statues of Easter Island are famous.", "en"),
        ("Julio César y su esposa llegaron.", "es"),
        ("Habló Domingo Cavallo, el exministro.", "es"),
        ("Il a rencontré Noël Mamère à Bègles.", "fr"),
        ("Ha risposto Pasqua Rossi, la sindaca.", "it"),
        ("The question, asked April Ryan of American Urban Radio.", "en"),
    ],
)
def test_a_date_word_in_a_name_is_no_date(text: str, lang: str) -> None:
    assert _found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Se concentraron en la plaza el 9 de julio.", "es", ["9 de julio"]),
        ("Sarò via novembre 19-20", "it", ["novembre 19-20"]),
        ("In April President Bush signed the bill.", "en", ["April"]),
        ("Julio 2020 fue caluroso.", "es", ["Julio 2020"]),
        ("We stayed home on Christmas Day.", "en", ["Christmas Day"]),
    ],
)
def test_a_date_near_a_place_or_a_capital_stays_a_date(
    text: str, lang: str, expected: list[str]
) -> None:
    """An article alone is no street ('en la plaza el 9 de julio'), 'via' is also 'away',
    a preposition before a month makes it a date ('In April President Bush')."""
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Según publicó el diario Hoy, el alcalde dimitió.",
        "El diario Mañana de Reynosa informó.",
        "El programa Hoy por Hoy de la Cadena SER.",
        "El semanario Siete Días lo publicó.",
        "Su novela Cien años de soledad.",
        "El libro El otoño del patriarca.",
    ],
)
def test_a_spanish_title_after_the_noun_of_a_paper_or_a_work(text: str) -> None:
    """'el diario Hoy', 'la novela Cien años de soledad': a capitalised word after such a
    noun starts a title (they were today, tomorrow, P100Y, autumn)."""
    assert find_dates(text, reference=date(2019, 12, 26), lang="es") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El diario publicó hoy la noticia.", "hoy"),
        ("Lo dijo el periódico. Hoy se reúne el consejo.", "Hoy"),
        ("EL DIARIO HOY", "HOY"),
    ],
)
def test_a_date_word_after_a_paper_not_capitalised_there_stays(text: str, expected: str) -> None:
    """In lower case, opening a sentence or in a headline in capitals, 'hoy' is today."""
    (mention,) = find_dates(text, reference=date(2019, 12, 26), lang="es")
    assert (mention.text, mention.value) == (expected, "2019-12-26")
