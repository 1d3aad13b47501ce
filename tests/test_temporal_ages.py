"""Ages are no durations (``_ages``): 'un hombre de 45 años', 'tiene 40 años', 'el detenido,
de 34 años,'; TimeBank leaves '52 years old' untagged, as the English rules do."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates
from timeline.temporal._ages import an_age
from timeline.temporal._atoms import Atom


@pytest.mark.parametrize(
    "text",
    [
        "Tiene 40 años.",
        "Un joven de 18 años murió en el accidente.",
        "Una mujer de 45 años de Madrid.",
        "El detenido, de 34 años, fue puesto en libertad.",
        "Juan Pérez, de 45 años, murió ayer.",
        "A sus 80 años sigue trabajando.",
        "Murió a la edad de 90 años.",
        "Un hombre de 45 años de edad.",
        "Un bebé de 8 meses.",
    ],
)
def test_a_spanish_age_is_no_duration(text: str) -> None:
    """A person's years (they were P40Y, P18Y...)."""
    found = find_dates(text, reference=date(2024, 5, 15), lang="es")
    assert [m for m in found if m.type.value == "DURATION"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fue condenado a una pena de 10 años.", "P10Y"),
        ("Tiene 40 años de experiencia.", "P40Y"),
        ("Durante sus 10 años de mandato.", "P10Y"),
        ("El ciclo, de 10 años, terminó.", "P10Y"),
        ("Estuvo preso durante 20 años.", "P20Y"),
    ],
)
def test_a_count_of_years_of_something_stays_a_duration(text: str, value: str) -> None:
    """A sentence, a career, a term, a cycle: the years of something, not of someone."""
    (mention,) = find_dates(text, reference=date(2024, 5, 15), lang="es")
    assert (mention.type.value, mention.value) == ("DURATION", value)


def test_a_language_without_age_words_reads_no_age() -> None:
    """English leaves ages out in its rules ('years old'); its data has no age words."""
    text = "a man of 45 years"
    assert not an_age(Atom(9, 17, "duration"), "en", text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le suspect, âgé de 34 ans, a été arrêté."),
        ("fr", "Un homme de 45 ans a été tué."),
        ("fr", "Elle est morte à l'âge de 90 ans."),
        ("it", "Un uomo di 45 anni è morto."),
        ("it", "La vittima aveva 19 anni."),
        ("pt", "Um homem de 45 anos morreu."),
        ("pt", "Ele tem 40 anos."),
        ("pt", "Morreu aos 87 anos."),
    ],
)
def test_a_french_italian_portuguese_age_is_no_duration(lang: str, text: str) -> None:
    """The same ages in the other Romance languages' news (they were P34Y, P45Y...)."""
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [m for m in found if m.type.value == "DURATION"] == []


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("fr", "Il a 40 ans de carrière.", [("40 ans", "P40Y")]),
        ("fr", "Il y a 40 ans, le mur tombait.", [("Il y a 40 ans", "1986")]),
        ("fr", "Une peine de 10 ans.", [("10 ans", "P10Y")]),
        ("it", "Ha 40 anni di esperienza.", [("40 anni", "P40Y")]),
        ("it", "Dopo 40 anni di carcere.", [("40 anni", "P40Y")]),
        ("pt", "Há 40 anos que vive aqui.", [("Há 40 anos", "1986")]),
        ("pt", "Tem 40 anos de carreira.", [("40 anos", "P40Y")]),
    ],
)
def test_years_of_something_or_ago_stay_dates_in_french_italian_portuguese(
    lang: str, text: str, found: list[tuple[str, str]]
) -> None:
    """A career, a sentence, "il y a" / "há" (ago): not someone's age."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in mentions] == found


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("es", "El gobierno tiene 30 días para decidir.", "P30D"),
        ("es", "El gobierno tiene dos años para decidir.", "P2Y"),
        ("it", "Il governo ha 30 giorni per decidere.", "P30D"),
        ("pt", "O governo tem 30 dias para decidir.", "P30D"),
    ],
)
def test_a_time_someone_has_for_something_is_no_age(lang: str, text: str, value: str) -> None:
    """After a lead ('tiene', 'ha', 'tem') only years tell an age, and not years for
    something ('para decidir'): a deadline stays a duration (they were dropped)."""
    (mention,) = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert (mention.type.value, mention.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Der Mann, 45 Jahre alt, starb.", []),
        ("Er starb im Alter von 87 Jahren.", []),
        ("Ein Mann von 45 Jahren wurde verhaftet.", []),
        ("Vor 45 Jahren starb er.", [("Vor 45 Jahren", "1981")]),
        ("Seit 45 Jahren lebt er hier.", [("45 Jahren", "P45Y")]),
        ("Er hat 30 Tage für die Entscheidung.", [("30 Tage", "P30D")]),
        ("Das 45 Jahre alte Gebäude brannte.", []),
        ("Ein 87 Jahre alter Mann starb.", []),
    ],
)
def test_a_german_age_is_no_duration(text: str, found: list[tuple[str, str]]) -> None:
    """'45 Jahre alt', 'das 45 Jahre alte Gebäude', 'im Alter von 87 Jahren': an age (they
    were P45Y, P87Y); 'vor',
    'seit' and a time for something stay dates."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang="de")
    assert [(m.text, m.value) for m in mentions] == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("fr", "Marie Dupont, 34 ans, a été arrêtée.", []),
        ("fr", "Le suspect, 34 ans, a été arrêté.", []),
        ("it", "Mario Rossi, 45 anni, è morto.", []),
        ("pt", "João Silva, 45 anos, morreu.", []),
        ("fr", "Le régime, 40 ans, tombe.", [("40 ans", "P40Y")]),  # no person
        ("fr", "Paris, 3 jours, 2 nuits.", [("3 jours", "P3D"), ("2 nuits", "P2D")]),
    ],
)
def test_an_age_in_apposition_without_its_link(
    lang: str, text: str, found: list[tuple[str, str]]
) -> None:
    """French, Italian, Portuguese news write an age between commas after the name, with no
    'de' ('Marie Dupont, 34 ans,'): years only, after a person or a name."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in mentions] == found
