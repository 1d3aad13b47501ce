"""Parts of a day named without a day word (``_part_rules``): the night between two days
and the Italian parts of the day told ("in serata")."""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline import find_dates
from timeline.temporal._lexicon import lexicon
from timeline.temporal._part_rules import _night_rules, _told_part_rule

WEDNESDAY = date(2026, 1, 14)


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, reference=WEDNESDAY, lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang", "mention"),
    [
        # German names the night by the day it ends on: Monday's night
        ("Die Polizei nahm ihn in der Nacht zum Dienstag fest.", "de", "Nacht zum Dienstag"),
        ("In der Nacht auf Dienstag brannte es.", "de", "Nacht auf Dienstag"),
        ("in der Nacht von Montag auf Dienstag", "de", "Nacht von Montag auf Dienstag"),
        ("nella notte tra lunedì e martedì", "it", "notte tra lunedì e martedì"),
        ("na noite de segunda para terça", "pt", "noite de segunda para terça"),
        ("en la noche del lunes al martes", "es", "la noche del lunes al martes"),
        ("dans la nuit de lundi à mardi", "fr", "la nuit de lundi à mardi"),
    ],
)
def test_the_night_between_two_weekdays_is_the_first_ones(
    text: str, lang: str, mention: str
) -> None:
    assert _found(text, lang) == [(mention, "2026-01-12TNI")]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("In der Nacht zum 1. Mai gab es Krawalle.", "de", "2026-04-30TNI"),  # across months
        ("nella notte tra il 4 e il 5 maggio", "it", "2026-05-04TNI"),
        ("la madrugada del 4 al 5 de mayo", "es", "2026-05-04TNI"),
        ("na noite de 4 para 5 de maio de 2025", "pt", "2025-05-04TNI"),
    ],
)
def test_the_night_between_two_days_of_a_month(text: str, lang: str, value: str) -> None:
    assert [v for _, v in _found(text, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("trabaja la noche de lunes a viernes", "es"),  # the nights of a working week
        ("la notte tra il 4 e il 6 maggio", "it"),  # two nights
    ],
)
def test_days_that_are_not_next_to_each_other_make_no_night(text: str, lang: str) -> None:
    assert not any(v.endswith("TNI") for _, v in _found(text, lang))


def test_a_language_without_night_words_has_no_night_rule() -> None:
    assert _night_rules(lexicon("en"), "(?:the\\s+)", "(?:\\d{4})") == []


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Il premier parlerà in serata.", [("serata", "2026-01-14TEV")]),
        ("Il vertice si è chiuso in tarda serata.", [("tarda serata", "2026-01-14TEV")]),
        ("Nel pomeriggio il ministro ha parlato.", [("pomeriggio", "2026-01-14TAF")]),
        # the day told last: Monday's evening
        (
            "Lunedì il ministro è arrivato a Roma. In serata ha incontrato il premier.",
            [("Lunedì", "2026-01-12"), ("serata", "2026-01-12TEV")],
        ),
        ("ieri in serata", [("ieri in serata", "2026-01-13TEV")]),  # one mention
        ("nel pomeriggio del 13 gennaio", [("pomeriggio del 13 gennaio", "2026-01-13TAF")]),
        ("una serata di gala", []),  # no preposition: an evening event
    ],
)
def test_an_italian_part_of_the_day_told(text: str, mentions: list[tuple[str, str]]) -> None:
    assert _found(text, "it") == mentions


def test_the_told_part_leaves_its_preposition_out() -> None:
    name, body = _told_part_rule(lexicon("it"), "(?:di\\s+)")
    found = re.compile(body, re.IGNORECASE).search("arriverà in mattinata")
    assert name == "toldpart"
    assert found is not None
    assert found.group() == "mattinata"


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Am Abend trat der Kanzler vor die Presse.", [("Abend", "2026-01-14TEV")]),
        ("Am frühen Morgen brannte es.", [("frühen Morgen", "2026-01-14TMO")]),
        ("In der Nacht schneite es.", [("Nacht", "2026-01-14TNI")]),
        (
            "Am Montag kam er an. Am Abend sprach er.",
            [("Montag", "2026-01-12"), ("Abend", "2026-01-12TEV")],
        ),
        ("Am Abend zuvor hatte er gesprochen.", []),  # the day before the one told
        ("Am Abend vor der Wahl sprach er.", []),
        ("Guten Morgen!", []),
        ("Am Morgen regnete es.", [("Morgen", "2026-01-14TMO")]),  # the morning, not tomorrow
        ("Er kommt morgen früh.", [("morgen früh", "2026-01-15TMO")]),
    ],
)
def test_a_german_part_of_the_day_told(text: str, mentions: list[tuple[str, str]]) -> None:
    assert _found(text, "de") == mentions


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Il decreto sarà approvato in giornata.", [("giornata", "2026-01-14")]),
        ("Il ministro ha parlato stamani.", [("stamani", "2026-01-14TMO")]),
    ],
)
def test_the_italian_day_told(text: str, mentions: list[tuple[str, str]]) -> None:
    assert _found(text, "it") == mentions


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Esta madrugada se produjo un incendio.", [("Esta madrugada", "2026-01-14TNI")]),
        ("el martes de madrugada", [("martes de madrugada", "2026-01-13TNI")]),
        ("la madrugada del 5 de mayo", [("la madrugada del 5 de mayo", "2026-05-05TNI")]),
    ],
)
def test_the_spanish_small_hours(text: str, mentions: list[tuple[str, str]]) -> None:
    """'madrugada', the hours after midnight, is a night (TNI) as in Portuguese."""
    assert _found(text, "es") == mentions


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "A polícia prendeu o suspeito na madrugada desta terça-feira.",
            [("madrugada desta terça-feira", "2026-01-13TNI")],
        ),
        ("na manhã desta quarta-feira (14)", [("manhã desta quarta-feira", "2026-01-14TMO")]),
        ("na tarde deste sábado", [("tarde deste sábado", "2026-01-10TAF")]),
    ],
)
def test_a_brazilian_part_of_this_weeks_day(text: str, mentions: list[tuple[str, str]]) -> None:
    """'na madrugada desta terça-feira': 'desta' (of this) joins the part to its weekday."""
    assert _found(text, "pt") == mentions


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("He spoke in the evening.", "en", ("the evening", "2026-01-14TEV")),
        (
            "The plane left on Jan. 3. In the evening it landed.",
            "en",
            ("the evening", "2026-01-03TEV"),
        ),
        ("Dans la soirée, le président a parlé.", "fr", ("la soirée", "2026-01-14TEV")),
        (
            "En début d'après-midi, les troupes sont entrées.",
            "fr",
            ("début d'après-midi", "2026-01-14TAF"),
        ),
        ("Por la mañana hubo explosiones.", "es", ("la mañana", "2026-01-14TMO")),
        ("Durante la noche hubo tiros.", "es", ("la noche", "2026-01-14TNI")),
        ("À noite, houve explosões.", "pt", ("noite", "2026-01-14TNI")),
        ("Na madrugada, a polícia chegou.", "pt", ("madrugada", "2026-01-14TNI")),
        ("Pela manhã houve explosões.", "pt", ("manhã", "2026-01-14TMO")),
    ],
)
def test_parts_of_the_day_told_in_four_more_languages(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    """The preposition outside, the article in ('the evening', 'la soirée'), as TimeML; the
    day last told, else the document's."""
    assert _found(text, lang)[-1] == expected


def test_a_part_of_the_day_told_keeps_its_placeholder_without_a_date() -> None:
    """No date told nor given: the part stays, the day is X ('XXXX-XX-XXTMO')."""
    (mention,) = find_dates("Dans la matinée, il a plu.", lang="fr")
    assert mention.value == "XXXX-XX-XXTMO"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Na noite seguinte, a polícia chegou.", "pt"),
        ("Nel pomeriggio successivo il ministro ha parlato.", "it"),
        ("Dans la soirée suivante, il est parti.", "fr"),
    ],
)
def test_a_part_of_the_following_day_is_not_the_day_told(text: str, lang: str) -> None:
    """'na noite seguinte' (the night after) is of another day than the one told."""
    assert _found(text, lang) == []
