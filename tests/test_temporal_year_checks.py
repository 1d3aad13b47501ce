"""The checks that tell a year from a count or a name in context (``_year_checks``)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The 747 landed with 300 passengers on flight 2026.", "en"),
        ("Iran is obliged, following resolution 1737, to stop.", "en"),
        ("Voir la page 1999.", "fr"),
        ("Llegó en el vuelo 2024.", "es"),
    ],
)
def test_a_number_a_noun_names_is_no_year(text: str, lang: str) -> None:
    """'flight 2026', 'resolution 1737': a noun before a bare number makes it an identifier."""
    assert find_dates(text, reference=date(2026, 1, 14), lang=lang) == []


def test_a_year_after_a_preposition_stays_a_year_after_such_a_noun() -> None:
    """'the flight in 2026' is a year: only the noun right before the number names it."""
    (found,) = find_dates("They cancelled the flight in 2026.", reference=date(2026, 1, 14))
    assert found.value == "2026"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revenue rose to 1800 billion rupees.", []),  # a count before a magnitude
        ("Output grew from 1200 million to 1500 million tons.", []),
        ("Prices climbed 2000 percent in a decade.", ["a decade"]),
        ("The plan runs from 2020 to 2025.", ["from 2020 to 2025"]),
        ("It will double by 2030, to 40 billion dollars.", ["2030"]),
    ],
)
def test_a_number_before_a_magnitude_is_no_year(text: str, expected: list[str]) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang="en")
    assert [m.text for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("En el 2020 hubo pandemia.", [("2020", "2020")]),
        ("Desde el 2015 vive aquí.", [("2015", "2015")]),
        ("Para el 2030 se espera un cambio.", [("2030", "2030")]),
        ("Durante el 2019 creció.", [("2019", "2019")]),
        ("Ganó el 2020 de los votos.", []),
    ],
)
def test_a_spanish_year_after_its_article(text: str, expected: list[tuple[str, str]]) -> None:
    """'en el 2020', 'desde el 2015' (as Latin American news writes them): the word before the
    article is the year's context (they were no dates); an article alone is none."""
    found = find_dates(text, reference=date(2024, 5, 15), lang="es")
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "Entro il 2030 le emissioni scenderanno.", [("2030", "2030")]),
        ("it", "Il 2025 è stato un anno difficile.", [("2025", "2025"), ("un anno", "P1Y")]),
        ("es", "Para el 2030 las emisiones bajarán.", [("2030", "2030")]),
        ("es", "Desde el 2020 los precios suben.", [("2020", "2020")]),
        ("pt", "O 2025 foi um ano difícil.", [("2025", "2025"), ("um ano", "P1Y")]),
        ("it", "Ha vinto il 1500 metri.", []),  # a race: no modern year
        ("it", "Sono arrivati i 2030 iscritti.", []),  # a count takes the plural
    ],
)
def test_a_modern_year_after_a_singular_article_is_a_year(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """Italian, Spanish and Portuguese news name a year with its article ('entro il 2030',
    'para el 2030'); a count of 2030 things takes the plural article."""
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Bundestagswahl 2025 war ein Einschnitt.", [("2025", "2025")]),
        ("Die Europawahl 2024 brachte Verluste.", [("2024", "2024")]),
        ("Die Resolution 2231 verlangt den Stopp.", []),  # a noun that names a number
        ("Artikel 2025 regelt das.", []),
    ],
)
def test_a_german_event_noun_before_a_year_names_that_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'die Bundestagswahl 2025': an election's, a summit's, a season's noun before a year
    dates it; a capitalised noun that is no event still names a number."""
    found = find_dates(text, reference=date(2026, 1, 14), lang="de")
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "Ha vinto il 2000 metri siepi.", []),  # a race, after the singular article
        ("pt", "O 2000 metros foi ganho por ele.", []),
        ("fr", "Il a couru le 2000 mètres.", []),
        ("es", "En 2020 euros se gastaron.", []),
        ("es", "Llegaron en 2000 personas.", []),  # a count of people
        ("es", "En 2000, personas de todo el mundo llegaron.", [("2000", "2000")]),
        ("it", "Entro il 2030 le emissioni scenderanno.", [("2030", "2030")]),
        ("fr", "En 2020, des millions de personnes ont voté.", [("2020", "2020")]),
    ],
)
def test_a_number_before_a_unit_or_currency_is_no_year(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """'il 2000 metri', 'le 2000 mètres', '2020 euros': a count of a unit, a currency or a
    magnitude is no year in the Romance languages either (`magnitudes`, as English's
    '1300 billion')."""
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in found] == expected
