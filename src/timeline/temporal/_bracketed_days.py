"""A weekday with its day of the month in brackets, as Brazilian news writes it: "neste
domingo (22)", "nesta segunda-feira (23)". Used by :mod:`.tagger`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from timeline.temporal._atoms import Atom

_DAY_IN_PARENTHESES = re.compile(r"\s*\((\d{1,2})\)")
_WEEK_AROUND = tuple(sorted(range(-7, 8), key=abs))  # nearest first
_LAST_ORDINAL = date.max.toordinal()


def dated_weekday(text: str, atom: Atom, reference: date) -> Atom:
    """Brazilian news gives a weekday its day of the month in parentheses: "neste domingo
    (22)", "nesta segunda-feira (23)" is the day of that weekday and number nearest the
    document's (a week either side), whatever the tense says."""
    found = _DAY_IN_PARENTHESES.match(text, atom.end)
    if found is None or atom.base is not None or atom.link or atom.until or atom.offset:
        return atom
    for day in _week_around(reference):
        if day.isoweekday() == atom.weekday and day.day == int(found[1]):
            return atom.but(kind="date", year=day.year, month=day.month, day=day.day)
    return atom


def _week_around(reference: date) -> Iterator[date]:
    """The days a week either side of ``reference``, nearest first, inside the calendar."""
    for shift in _WEEK_AROUND:
        ordinal = reference.toordinal() + shift
        if 1 <= ordinal <= _LAST_ORDINAL:
            yield date.fromordinal(ordinal)
