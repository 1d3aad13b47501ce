"""Join neighbouring atoms of an unspaced-script text: a day and its time, a range.

"明天下午3点" is one time (tomorrow at 15:00), "1月14日至16日" one range whose second
end takes the month and year of the first, "14일부터 16일까지" too.
"""

from __future__ import annotations

import re

from timeline.temporal._atoms import Atom
from timeline.temporal._cjk._grammar import G, words
from timeline.temporal._cjk._table import Table

_DAYS = ("date", "dayword", "anaday", "weekday")
_TIME_GAP = re.compile(f"{G},?{G}")


def join(atoms: list[Atom], text: str, table: Table) -> list[Atom]:
    """``atoms`` (in text order) with days and their times, and ranges, joined."""
    timed = _with_times(atoms, text)
    return _ranges(timed, text, table)


def _with_times(atoms: list[Atom], text: str) -> list[Atom]:
    joined: list[Atom] = []
    for atom in atoms:
        last = joined[-1] if joined else None
        if last is not None and atom.kind == "time" and _is_day(last) and _close(last, atom, text):
            time = atom if atom.tz or not last.tz else atom.but(tz=last.tz)  # "北京时间14日下午3点"
            joined[-1] = last.but(end=atom.end, time=time, daypart=None)
            continue
        joined.append(atom)
    return joined


def _is_day(atom: Atom) -> bool:
    return (
        atom.kind in _DAYS and atom.time is None and (atom.kind != "date" or atom.day is not None)
    )


def _close(first: Atom, second: Atom, text: str) -> bool:
    return _TIME_GAP.fullmatch(text, first.end, second.start) is not None


def _ranges(atoms: list[Atom], text: str, table: Table) -> list[Atom]:
    link = re.compile(f"{G}(?:{words(table['range_links'])}){G}")
    joined: list[Atom] = []
    for atom in atoms:
        last = joined[-1] if joined else None
        if (
            last is not None
            and _joinable(last, atom)
            and link.fullmatch(text, last.end, atom.start)
        ):
            joined[-1] = last.but(end=atom.end, until=_completed(atom, last))
            continue
        joined.append(atom)
    return joined


def _joinable(first: Atom, second: Atom) -> bool:
    """Two dates (no range yet), the second no wider than the first names."""
    if first.kind != "date" or second.kind != "date" or first.until or second.until:
        return False
    if first.day is not None:
        return second.day is not None
    if first.month is not None:
        return second.month is not None and second.day is None
    return second.year is not None and second.month is None


def _completed(second: Atom, first: Atom) -> Atom:
    """'16日' after '1月14日至': the 16th of that month and year."""
    month = second.month if second.month is not None else first.month
    year = second.year if second.year is not None else first.year
    return second.but(month=month, year=year)
