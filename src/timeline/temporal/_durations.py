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


def _whole_count(atom: Atom) -> bool:
    """A duration of a whole, exact count of one unit ('nine months', not 'a few days')."""
    if atom.kind != "duration" or atom.qty is None or atom.approx or atom.value:
        return False
    return atom.unit in _UNIT_ORDER and atom.qty % 1 == 0


def _smaller(first: Atom, second: Atom) -> bool:
    return _UNIT_ORDER.index(first.unit or "") < _UNIT_ORDER.index(second.unit or "")
