"""Dates in lists: days listed before or after a dated one take its month ("les 24 et 25
janvier", "March 3, 4 and 5"), months listed before one with its year take the year ("in
March and May 2019")."""

from __future__ import annotations

import re

from timeline.temporal._atoms import Atom
from timeline.temporal._joints import Joints


def listed_days(atoms: list[Atom], text: str, rules: Joints) -> list[Atom]:
    """'les 24 et 25 janvier': a day listed before a dated one takes its month and year."""
    atoms = list(atoms)
    for index in range(len(atoms) - 2, -1, -1):
        day, dated = atoms[index], atoms[index + 1]
        if day.kind != "date" or day.month is not None or day.day is None or day.weekday:
            continue
        if (
            dated.kind == "date"
            and dated.month
            and rules.list_gap.fullmatch(text[day.end : dated.start])
        ):
            atoms[index] = day.but(month=dated.month, year=dated.year)
    return atoms


def days_after(atoms: list[Atom], text: str, rules: Joints) -> list[Atom]:
    """'March 3, 4 and 5', 'March 3 and 5, 2019': the days listed after a month's day are
    of that month, and of the year that ends the list (the first day too); not a count
    ('March 3 and 5 people'): the list ends its clause or takes a year."""
    out: list[Atom] = []
    index = 0
    while index < len(atoms):
        atom = atoms[index]
        index += 1
        found = _listed_after(atom, text, rules)
        following = atoms[index] if index < len(atoms) else None
        if found is not None and following is not None and following.start < found.end():
            found = found if _the_lists_year(found, following) else None  # "March 3, 10:30"
        if found is None:
            out.append(atom)
            continue
        if found["year"]:
            index += 1  # the list's year: "2019" of "March 3 and 5, 2019"
        year = int(found["year"]) if found["year"] else atom.year
        out.append(atom.but(year=year))
        last = list(_DAY.finditer(text, found.start(), found.end("days")))
        for number, day in enumerate(last, start=1):
            end = found.end() if number == len(last) and found["year"] else day.end()
            # anaphoric: placed in the tense of the first day's clause, not of its own
            day_atom = atom.but(start=day.start(), end=end, day=int(day[0]), year=year)
            out.append(day_atom.but(anaphoric=True))
    return out


_DAY = re.compile(r"\d+")


def _listed_after(atom: Atom, text: str, rules: Joints) -> re.Match[str] | None:
    if atom.kind != "date" or atom.month is None or atom.day is None or atom.weekday:
        return None
    if atom.time is not None or atom.daypart or atom.until is not None:
        return None
    return rules.days_after.match(text, atom.end)


def _the_lists_year(found: re.Match[str], atom: Atom) -> bool:
    """``atom`` is the year that ends the list ("2019" of "March 3 and 5, 2019")."""
    if not found["year"]:
        return False
    return atom.start == found.start("year") and atom.kind == "date" and atom.month is None


_LIST_COMMA = re.compile(r"\s*,\s*")


def shared_years(atoms: list[Atom], text: str, rules: Joints) -> list[Atom]:
    """'in March and May 2019', 'in January, February and March 2019', 'March 3 and April
    5, 2019': the months listed before one with its year are of that year (December
    before January, of the year before); they were placed near the document date."""
    shared = list(atoms)
    for index in range(len(shared) - 2, -1, -1):
        atom, following = shared[index], shared[index + 1]
        month, year = atom.month, following.year
        if month is None or not _yearless_month(atom) or following.kind != "date":
            continue
        gap = text[atom.end : following.start]
        if following.month is None or year is None:
            continue
        if not (rules.and_gap.fullmatch(gap) or _LIST_COMMA.fullmatch(gap)):
            continue
        year = year - 1 if month > following.month else year
        shared[index] = atom.but(year=year)
    return shared


def _yearless_month(atom: Atom) -> bool:
    """A month, or a day of one, without its year nor a shift: 'March', 'March 3'."""
    return atom.kind == "date" and atom.year is None and atom.shift is None and atom.base is None
