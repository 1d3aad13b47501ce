"""Durations told in several units: two units summed, lists of ever smaller units."""

from __future__ import annotations

from collections.abc import Iterator
from typing import SupportsIndex, overload

import pytest

from mentions import TUESDAY, found_2026
from timeline import TimexType, find_dates
from timeline.temporal._atoms import Atom
from timeline.temporal._durations import duration_lists
from timeline.temporal._joints import joints


def test_durations_of_two_units_are_one() -> None:
    """'una hora y 30 minutos' is PT1.5H; 'un año y tres meses' P1.25Y; 1 h 20 min PT1H20M."""
    assert found_2026("Supongo que una hora y 30 minutos basta.", "es") == [
        ("una hora y 30 minutos", "PT1.5H")
    ]
    assert found_2026("Tomará un año y tres meses.", "es") == [("un año y tres meses", "P1.25Y")]
    assert found_2026("Ils ont marché une heure et vingt minutes.", "fr") == [
        ("une heure et vingt minutes", "PT1H20M")
    ]
    mention = find_dates("una semana y tres días", reference=TUESDAY, lang="es")[0]
    assert (mention.value, mention.type) == ("P10D", TimexType.DURATION)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("He was sentenced to 14 years, nine months and 20 days.", "en", "P14Y9M20D"),
        ("The record is one day, 18 hours, 40 minutes and 10 seconds.", "en", "P1DT18H40M10S"),
        ("It took one hour, 16 minutes, and 39 seconds.", "en", "PT1H16M39S"),
        ("Il a passé 14 ans, 9 mois et 20 jours en prison.", "fr", "P14Y9M20D"),
        ("Pasó 14 años, nueve meses y 20 días en la cárcel.", "es", "P14Y9M20D"),
    ],
)
def test_a_list_of_ever_smaller_units_is_one_duration(text: str, lang: str, expected: str) -> None:
    mentions = find_dates(text, reference=TUESDAY, lang=lang)
    assert [(m.value, m.type) for m in mentions] == [(expected, TimexType.DURATION)]


def test_a_list_of_the_same_unit_stays_several_durations() -> None:
    found = found_2026("They waited two days, three days and four days.", "en")
    assert found == [("two days", "P2D"), ("three days", "P3D"), ("four days", "P4D")]


class _CountingList(list[Atom]):
    """A list that counts the atoms read from it, one by one or in slices."""

    read = 0

    @overload
    def __getitem__(self, key: SupportsIndex) -> Atom: ...
    @overload
    def __getitem__(self, key: slice) -> list[Atom]: ...
    def __getitem__(self, key: SupportsIndex | slice) -> Atom | list[Atom]:
        got = super().__getitem__(key)
        self.read += len(got) if isinstance(got, list) else 1
        return got

    def __iter__(self) -> Iterator[Atom]:
        for atom in super().__iter__():
            self.read += 1
            yield atom


def test_lists_of_durations_read_each_atom_a_bounded_number_of_times() -> None:
    """Looking for '14 years, nine months and 20 days' reads the atoms after each one only
    as far as the list goes: copying the rest of the list at every atom made 1 MB of text
    quadratic (about 3 s/MB at 125 KB, 8 s/MB at 2 MB through extract)."""
    unit = "3 days. "
    text = unit * 2000
    atoms = _CountingList(
        Atom(i * len(unit), i * len(unit) + 6, "duration", unit="D", qty=3) for i in range(2000)
    )
    listed = duration_lists(atoms, text, joints("en"))
    assert len(listed) == len(atoms)
    assert atoms.read <= 5 * len(atoms)  # a few reads per atom; was len(atoms) ** 2 / 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Da oltre vent'anni vive a Roma.", [("oltre vent'anni", "P20Y")]),
        ("Negli ultimi trent\u2019anni la città è cambiata.", [("ultimi trent\u2019anni", "P30Y")]),
        ("vent'anni fa il governo cadde.", [("vent'anni fa", "2006")]),
        ("La vent'enne è stata arrestata.", []),
    ],
)
def test_italian_tens_elided_before_anni(text: str, expected: list[tuple[str, str]]) -> None:
    """'vent'anni', 'trent'anni': the tens lose their vowel before 'anni' (as 'un'ora')."""
    assert found_2026(text, "it") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He won the half marathon, clocking 1 hour 08 minutes 14 seconds.",
            [("1 hour 08 minutes 14 seconds", "PT1H8M14S")],
        ),
        ("The pair spent five hours 38 minutes in space.", [("five hours 38 minutes", "PT5H38M")]),
        # after "in" a time to the second is how long it took, "in" left out
        (
            "He was next past the flag in 51 minutes 15.816 seconds.",
            [("51 minutes 15.816 seconds", "PT51M15.816S")],
        ),
        (
            "He won 6-0, 7-5 in 1 hour 26 minutes and 43 seconds.",
            [("1 hour 26 minutes and 43 seconds", "PT1H26M43S")],
        ),
        # not two counts of one unit, nor a count that is not whole before another
        ("It lasted 2 hours 2 hours.", [("2 hours", "PT2H"), ("2 hours", "PT2H")]),
        ("It lasted 2.5 hours 3 minutes.", [("2.5 hours", "PT2.5H"), ("3 minutes", "PT3M")]),
        # nor counts apart: a comma, a larger unit after a smaller one
        ("It took 2 hours, 30 minutes.", [("2 hours", "PT2H"), ("30 minutes", "PT30M")]),
        ("It took 30 minutes 2 hours.", [("30 minutes", "PT30M"), ("2 hours", "PT2H")]),
        # two joined by "and" are summed as before
        ("The race lasted 4 hours and 30 minutes.", [("4 hours and 30 minutes", "PT4.5H")]),
    ],
)
def test_a_race_time_is_one_duration(text: str, expected: list[tuple[str, str]]) -> None:
    """Counts of ever smaller clock units one after the other, as race results write them,
    are one duration (they were one each: three durations for one time)."""
    assert found_2026(text, "en") == expected


def test_juxtaposed_units_stay_apart_where_they_tell_a_clock() -> None:
    """French 'huit heures 20 minutes' is a time of the clock, no race time: the counts are
    joined only in a language whose lexicon says so (``juxtaposed_units``)."""
    assert found_2026("Il est huit heures 20 minutes du soir.", "fr") == [
        ("huit heures", "PT8H"),
        ("20 minutes", "PT20M"),
    ]


def test_a_race_time_ahead_stays_an_offset_of_its_total() -> None:
    """'will arrive in 2 hours 30 minutes': two and a half hours on, one mention."""
    (mention,) = find_dates("He will arrive in 2 hours 30 minutes.", reference=TUESDAY, lang="en")
    assert mention.text == "in 2 hours 30 minutes"
    assert mention.type is TimexType.DATE
