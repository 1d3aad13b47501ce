"""A year that opens its sentence gives its yearless days and months their year.

"In 1996, Nov. 7 was renamed": the 7th of November 1996, not of the document's year. The
year stands at the head of the sentence (after a lead word of the language's
``sentence_year_leads``, "in", "during"), so the sentence tells of that year; a yearless
month and day later in the same sentence is of it, with its weekday where that year's day
is one ("Friday, Nov. 8" in 1996), and so is a month alone ("In 2005, after the February
assassination"). A year counted from the document date opens a sentence too ("Last year,
... the February assassination", "Next year, in March"). A shifted date ("next Nov. 7"),
a weekday keep their own reading, and so does every date in the sentences after.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from timeline.temporal._atoms import Atom
from timeline.temporal._lexicon import lexicon
from timeline.temporal._patterns import _article, alt

_SENTENCE_STOP = re.compile(r"(?<!\d)[.!?](?:\s|$)|[;\n]")  # not "am 15. Juli"


@cache
def _lead(lang: str) -> re.Pattern[str]:
    """What stands before a year written in full at the head of its sentence: a lead word."""
    leads = lexicon(lang).sentence_year_leads
    return re.compile(f"\\s*[\"'\u201c\u2018(]?{alt(leads)}\\s+$", re.IGNORECASE)


@cache
def _counted(lang: str) -> re.Pattern[str]:
    """A year counted from the document date opening a sentence: its first words, no
    article ('Last year, ...'; 'the past year' is the last twelve months)."""
    return re.compile(f"\\s*[\"'\u201c\u2018(]?(?!{_article(lexicon(lang))})", re.IGNORECASE)


def days_of_opening_years(
    text: str, atoms: list[Atom], lang: str, *, reference: date | None = None
) -> list[Atom]:
    """The atoms, each yearless day or month in a sentence a year opens given that year
    ('Last year' counted from ``reference``, left alone without one)."""
    if not lexicon(lang).sentence_year_leads:
        return atoms
    out: list[Atom] = []
    year, until = 0, -1
    for atom in atoms:
        if atom.start < until and _yearless(atom) and _fits(atom, year):
            atom = atom.but(year=year)  # noqa: PLW2901 - the atom read in its sentence
        elif (opened := _year_told(atom, reference)) and _opens(text, atom, lang):
            year, until = opened, _sentence_end(text, atom.end)
        out.append(atom)
    return out


def _year_told(atom: Atom, reference: date | None) -> int | None:
    """The year ``atom`` names: '1996' written in full, or 'last year' counted from
    ``reference``."""
    if _bare_year(atom):
        return atom.year
    counted = atom.kind == "shift" and atom.unit == "Y" and not atom.anaphoric
    return reference.year + atom.shift if counted and reference and atom.shift else None


def _opens(text: str, atom: Atom, lang: str) -> bool:
    """'In 1996, ...' (after a lead word), 'Last year, ...' (as the first words)."""
    if atom.kind == "shift":
        return _opens_sentence(text, atom.start, _counted(lang), atom.end)
    return _opens_sentence(text, atom.start, _lead(lang), atom.start)


def _bare_year(atom: Atom) -> bool:
    """'1996' written in full: no month, no day, no shift, no range."""
    plain = atom.kind == "date" and atom.shift is None and atom.until is None
    return plain and atom.year is not None and atom.month is None and atom.season is None


def _yearless(atom: Atom) -> bool:
    """'Nov. 7', 'Friday, Nov. 8', 'February': a month, its day or none, no year, no
    shift, no range."""
    plain = atom.kind == "date" and atom.shift is None and atom.until is None
    return plain and atom.year is None and atom.month is not None


def _fits(atom: Atom, year: int) -> bool:
    """The day is one of ``year`` (not 29 February of a common year), with the weekday
    written with it, if any ('Friday, Nov. 8' in 1996)."""
    assert atom.month is not None
    if atom.day is None:
        return True  # a month alone: every year has it
    try:
        day = date(year, atom.month, atom.day)
    except ValueError:
        return False
    return atom.weekday is None or day.isoweekday() == atom.weekday


def _opens_sentence(text: str, start: int, head: re.Pattern[str], end: int) -> bool:
    """``head`` matches from the start of the sentence up to ``start`` (it may look on to
    ``end``)."""
    stops = list(_SENTENCE_STOP.finditer(text, max(0, start - 40), start))
    begin = stops[-1].end() if stops else max(0, start - 40)
    if not stops and begin > 0:
        return False  # the sentence started further back
    found = head.match(text, begin, end)
    return found is not None and found.end() == start


def _sentence_end(text: str, start: int) -> int:
    found = _SENTENCE_STOP.search(text, start)
    return found.start() if found else len(text)
