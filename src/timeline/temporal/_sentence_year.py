"""A year that opens its sentence gives its yearless days their year.

"In 1996, Nov. 7 was renamed": the 7th of November 1996, not of the document's year. The
year stands at the head of the sentence (after a lead word of the language's
``sentence_year_leads``, "in", "during"), so the sentence tells of that year; a yearless
month and day later in the same sentence is of it, with its weekday where that year's day
is one ("Friday, Nov. 8" in 1996). A shifted date ("next Nov. 7"), a weekday or a month
alone keep their own reading, and so does every date in the sentences after.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from timeline.temporal._atoms import Atom
from timeline.temporal._lexicon import lexicon
from timeline.temporal._patterns import alt

_SENTENCE_STOP = re.compile(r"(?<!\d)[.!?](?:\s|$)|[;\n]")  # not "am 15. Juli"


@cache
def _head(lang: str) -> re.Pattern[str]:
    """What may stand before the year at the head of its sentence: a lead word alone."""
    leads = lexicon(lang).sentence_year_leads
    return re.compile(f"\\s*[\"'\u201c\u2018(]?{alt(leads)}\\s+$", re.IGNORECASE)


def days_of_opening_years(text: str, atoms: list[Atom], lang: str) -> list[Atom]:
    """The atoms, each yearless day in a sentence a year opens given that year."""
    if not lexicon(lang).sentence_year_leads:
        return atoms
    out: list[Atom] = []
    year, until = 0, -1
    for atom in atoms:
        if atom.start < until and _yearless_day(atom) and _fits(atom, year):
            atom = atom.but(year=year)  # noqa: PLW2901 - the atom read in its sentence
        elif _bare_year(atom) and _opens_sentence(text, atom.start, lang):
            assert atom.year is not None
            year, until = atom.year, _sentence_end(text, atom.end)
        out.append(atom)
    return out


def _bare_year(atom: Atom) -> bool:
    """'1996' written in full: no month, no day, no shift, no range."""
    plain = atom.kind == "date" and atom.shift is None and atom.until is None
    return plain and atom.year is not None and atom.month is None and atom.season is None


def _yearless_day(atom: Atom) -> bool:
    """'Nov. 7', 'Friday, Nov. 8': a month and its day, no year, no shift."""
    plain = atom.kind == "date" and atom.shift is None
    return plain and atom.year is None and atom.month is not None and atom.day is not None


def _fits(atom: Atom, year: int) -> bool:
    """The day is one of ``year`` (not 29 February of a common year), with the weekday
    written with it, if any ('Friday, Nov. 8' in 1996)."""
    assert atom.month is not None
    assert atom.day is not None
    try:
        day = date(year, atom.month, atom.day)
    except ValueError:
        return False
    return atom.weekday is None or day.isoweekday() == atom.weekday


def _opens_sentence(text: str, start: int, lang: str) -> bool:
    stops = list(_SENTENCE_STOP.finditer(text, max(0, start - 40), start))
    begin = stops[-1].end() if stops else max(0, start - 40)
    if not stops and begin > 0:
        return False  # the sentence started further back
    return _head(lang).fullmatch(text, begin, start) is not None


def _sentence_end(text: str, start: int) -> int:
    found = _SENTENCE_STOP.search(text, start)
    return found.start() if found else len(text)
