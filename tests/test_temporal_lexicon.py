"""The language word tables (``_lexicon``): what they build from the data files."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates
from timeline.temporal._lexicon import lexicon


@pytest.mark.parametrize(
    ("lang", "word", "number"),
    [
        ("es", "vigésimo", 20),
        ("es", "trigésimo primer", 31),
        ("es", "vigésima segunda", 22),
        ("es", "decimoquinto", 15),
        ("pt", "trigésimo primeiro", 31),
        ("pt", "vigésima terceira", 23),
        ("it", "ventottesimo", 28),
    ],
)
def test_ordinals_past_the_twelfth(lang: str, word: str, number: int) -> None:
    """Tens and compound ordinals are built from the tens and the units of the data."""
    assert lexicon(lang).ordinals[word] == number


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Votarán antes del vigésimo octavo día del mes.", "es", ("vigésimo octavo", "2026-01-28")),
        ("Fue el vigésimo día de marzo.", "es", ("el vigésimo día de marzo", "2025-03-20")),
        ("O prazo acaba no trigésimo primeiro dia do mês.", "pt", ("trigésimo", "2026-01-31")),
        ("Il voto è il ventiduesimo giorno del mese.", "it", ("il ventiduesimo", "2026-01-22")),
    ],
)
def test_a_day_told_by_a_compound_ordinal(text: str, lang: str, found: tuple[str, str]) -> None:
    """'el trigésimo primer día del mes' is the 31st, not 'primer día del mes', the 1st."""
    (mention,) = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert found[0] in mention.text
    assert mention.value == found[1]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        # re's IGNORECASE takes capital I with a dot and the dotless i for i: the word it
        # matched is a key of its table
        ("Le annİ scorse", "it", [("Le annİ scorse", "PAST_REF")]),
        (
            "14 Kas\u0131m 2025, 3 kasim 2024, 6 KASİM 2022",
            "tr",
            ["2025-11-14", "2024-11-03", "2022-11-06"],
        ),
    ],
)
def test_letters_re_folds_otherwise_are_read(text: str, lang: str, found: list[object]) -> None:
    """They raised KeyError ('anni̇', 'kasim'): find_dates must never raise on a str."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    got = [(m.text, m.value) if isinstance(found[0], tuple) else m.value for m in mentions]
    assert got == found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Posetio je Beograd 14. marta 2026. godine.", "sr-Latn"),
        ("Posetio je Beograd 14. marta 2026. godine.", "hr"),  # detected so by its words
        ("Posjetio je Sarajevo 14. marta 2026. godine.", "bs"),
        ("Посетио \u0458\u0435 Београд 14. марта 2026. године.", "sr-Cyrl"),
        ("14 март 2026", "uz-Cyrl"),
        ("14 mart 2026", "az-Latn"),
    ],
)
def test_a_language_written_in_several_scripts_reads_its_months_in_each(
    text: str, lang: str
) -> None:
    """dateparser's data of 'sr-Latn', 'uz-Cyrl', 'az-Latn' (their month names differ from
    the base language's), and the genitive Serbian and Bosnian Latin write in dates."""
    (found,) = find_dates(text, lang=lang)
    assert found.value == "2026-03-14"
