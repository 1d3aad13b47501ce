"""What find_dates finds, as (text, value) pairs: the shape most temporal tests compare."""

from __future__ import annotations

from datetime import date

from timeline import find_dates

REFERENCE = date(1998, 2, 27)  # a Friday of the TimeBank years (English news)
TUESDAY = date(2026, 1, 20)  # the French and Spanish tests' document date


def pairs(text: str, reference: date, lang: str) -> list[tuple[str, str]]:
    """(text, value) of each mention of ``text``."""
    return [(m.text, m.value) for m in find_dates(text, reference=reference, lang=lang)]


def found_1998(text: str, lang: str = "en") -> list[tuple[str, str]]:
    """The pairs of ``text`` dated 27 February 1998."""
    return pairs(text, REFERENCE, lang)


def found_2026(text: str, lang: str) -> list[tuple[str, str]]:
    """The pairs of ``text`` dated Tuesday 20 January 2026."""
    return pairs(text, TUESDAY, lang)
