"""Durations told in several units, one mention each: "una hora y 30 minutos" (PT1.5H),
"un año y tres meses" (P1.25Y), "14 years, nine months and 20 days" (P14Y9M20D). Used by
:mod:`._compose`.
"""

from __future__ import annotations

import re

from timeline.temporal import _calendar as cal
from timeline.temporal._atoms import Atom
from timeline.temporal._joints import Joints

# How many of the smaller unit make one of the larger: "una hora y 30 minutos"
_SUBUNITS = {("Y", "M"): 12, ("H", "MIN"): 60, ("MIN", "S"): 60, ("D", "H"): 24, ("W", "D"): 7}


def summed(first: Atom, second: Atom, gap: str, rules: Joints) -> Atom | None:
    """'un año y tres meses' is one duration (P1.25Y), as 'una hora y media' (PT1.5H)."""
    per = _SUBUNITS.get((first.unit or "", second.unit or ""))
    if per is None or first.qty is None or second.qty is None or first.approx or second.approx:
        return None
    if not rules.and_gap.fullmatch(gap) or "," in gap:
        return None
    total = first.qty + second.qty / per
    if round(total, 2) == total:
        return first.but(end=second.end, qty=total)
    if first.qty % 1 or second.qty % 1:
        return None
    value = cal.compound_duration(((int(first.qty), first.unit), (int(second.qty), second.unit)))
    return first.but(end=second.end, qty=total, value=value)  # 1 h 20 min: "PT1H20M"


_UNIT_ORDER = ("Y", "M", "W", "D", "H", "MIN", "S")
_LIST_COMMA = re.compile(r"\s*,\s*")


def duration_lists(atoms: list[Atom], text: str, rules: Joints) -> list[Atom]:
    """'14 years, nine months and 20 days' is one duration (P14Y9M20D): three or more
    counts of ever smaller units, listed with commas and a last 'and'."""
    out: list[Atom] = []
    index = 0
    while index < len(atoms):
        run = _duration_run(atoms, index, text, rules) if _whole_count(atoms[index]) else []
        clocked = _clock_run(atoms, index, text, rules)
        if len(clocked) > 1:  # "2 hours 4 minutes 26 seconds": a race time
            out.append(_race_time(clocked, text))
            index += len(clocked)
            continue
        if len(run) < 3:  # two are read by summed ("un año y tres meses": P1.25Y)
            out.append(atoms[index])
            index += 1
            continue
        parts = tuple((int(atom.qty or 0), atom.unit) for atom in run)
        value = cal.compound_duration(parts)
        out.append(run[0].but(end=run[-1].end, value=value))
        index += len(run)
    return out


def _duration_run(atoms: list[Atom], index: int, text: str, rules: Joints) -> list[Atom]:
    """The durations listed from ``atoms[index]``, up to the one after 'and' (none without)."""
    run: list[Atom] = []
    for position in range(index, len(atoms)):  # no slice: a copy per atom is quadratic
        atom = atoms[position]
        if not _whole_count(atom) or (run and not _smaller(run[-1], atom)):
            return []
        if run and not _LIST_COMMA.fullmatch(gap := text[run[-1].end : atom.start]):
            listed = len(run) > 1 and rules.and_gap.fullmatch(gap.lstrip(","))
            return [*run, atom] if listed else []
        run.append(atom)
    return []


_CLOCK_UNITS = ("H", "MIN", "S")


def _clock_run(atoms: list[Atom], index: int, text: str, rules: Joints) -> list[Atom]:
    """The counts of ever smaller units of the clock written one after the other with
    nothing between them, as a race time is ("1 hour 08 minutes 14 seconds", "won in 26
    minutes 17.53 seconds"), the last maybe after "and" ("in 1 hour 26 minutes and 43
    seconds"): whole counts, the seconds maybe with a fraction; the first may follow "in"."""
    run: list[Atom] = []
    for position in range(index, len(atoms)):
        atom = atoms[position]
        kind = atom.kind if run else atom.kind.replace("future", "duration")
        if atom.unit not in _CLOCK_UNITS or kind != "duration" or not _clock_count(atom):
            break
        gap = text[run[-1].end : atom.start] if run else " "
        # two joined by "and" are summed ("una hora y 30 minutos": PT1.5H)
        last = len(run) > 1 and rules.and_gap.fullmatch(gap) is not None and "," not in gap
        if run and not ((rules.unit_gap.fullmatch(gap) or last) and _smaller(run[-1], atom)):
            break
        run.append(atom)
        if last or (atom.qty is not None and atom.qty % 1):
            break  # "and 43 seconds", "17.53 seconds" end it
    return run


def _clock_count(atom: Atom) -> bool:
    """A count of a clock unit, whole or ('17.53 seconds') of seconds with a fraction."""
    if atom.qty is None or atom.approx or atom.value:
        return False
    return atom.qty % 1 == 0 or atom.unit == "S"


_LEAD = re.compile(r"[^\W\d_]+\s+")


def _race_time(run: list[Atom], text: str) -> Atom:
    """One duration of the counts: 'PT1H8M14S', 'PT26M17.53S', its count in the first
    unit (as a future's: "in 2 hours 30 minutes" is two and a half hours on). A time to the
    second is how long something took, not a date ahead: "past the flag in 51 minutes
    15.816 seconds" is a duration, "in" left out."""
    names, seconds = {"H": "H", "MIN": "M", "S": "S"}, {"H": 3600, "MIN": 60, "S": 1}
    parts = [(round(atom.qty or 0, 3), atom.unit or "S") for atom in run]
    value = "PT" + "".join(f"{int(q) if q % 1 == 0 else q}{names[u]}" for q, u in parts)
    total = sum(q * seconds[u] for q, u in parts) / seconds[parts[0][1]]
    first = run[0]
    lead = _LEAD.match(text, first.start, first.end)
    if first.kind == "future" and parts[-1][1] == "S" and lead is not None:
        first = first.but(start=lead.end(), kind="duration")
    return first.but(end=run[-1].end, qty=total, value=value)


def _whole_count(atom: Atom) -> bool:
    """A duration of a whole, exact count of one unit ('nine months', not 'a few days')."""
    if atom.kind != "duration" or atom.qty is None or atom.approx or atom.value:
        return False
    return atom.unit in _UNIT_ORDER and atom.qty % 1 == 0


def _smaller(first: Atom, second: Atom) -> bool:
    return _UNIT_ORDER.index(first.unit or "") < _UNIT_ORDER.index(second.unit or "")
