"""Join neighbouring atoms into one expression.

"Friday at 3 p.m." (a date and a time), "from March to May 2025" and
"du 1er au 15 mars" (closed ranges, one mention), "since 2019" and "until
Friday" (open ranges: as in TimeML the signal word stays outside the mention,
whose span is open and whose mod says ON_OR_AFTER / ON_OR_BEFORE), "à 14
heures" (an hour, not a duration of fourteen hours).
"""

from __future__ import annotations

import re

from timeline.temporal._atoms import Atom
from timeline.temporal._compose_times import (
    DAY_LIKE,
    bare_hours,
    day_level,
    drop_covered,
    hour_not_duration,
    hour_ranges,
    hours_before_days,
    parts_before_times,
    parts_of_dates,
    restated_days,
    shared_meridiem,
    timed,
)
from timeline.temporal._durations import duration_lists, summed
from timeline.temporal._joints import Joints, joints
from timeline.temporal._lexicon import Lexicon, norm
from timeline.temporal._lists import days_after, listed_days, shared_years

_DATED = (
    "date",
    "holiday",
    "offset",
    "dayword",
    "anaday",
    "weekday",
    "shift",
    "ago",
    "later",
    "future",
    "decade",
    "nthof",  # "the first quarter of next year", "the 15th day of next month"
    "weekof",  # "the first week of 2021"
)
_OFFSET_BASES = ("date", "dayword", "weekday", "holiday", "ref")


def compose(atoms: list[Atom], text: str, lex: Lexicon) -> list[Atom]:
    """The atoms with times attached, ranges joined and since/until applied."""
    if not lex.full or not atoms:
        return atoms
    rules = joints(lex.lang)
    atoms = [_fiscal_year(hour_not_duration(a, text, rules), text, rules) for a in atoms]
    atoms = drop_covered(atoms)
    atoms = hour_ranges(bare_hours(listed_days(atoms, text, rules), text, rules), text, rules)
    atoms = parts_before_times(hours_before_days(atoms, text, rules), text, rules)
    atoms = restated_days(parts_of_dates(atoms, text, rules), text, rules)
    atoms = _days_from(_weeks_of(atoms, text), text, rules, lex)
    atoms = _pairs(_time_ranges(duration_lists(atoms, text, rules), text, rules), text, rules)
    atoms = _weekday_of_counts(atoms, text, rules)
    atoms = shared_years(days_after(atoms, text, rules), text, rules)
    return [_open_link(atom, text, rules) for atom in atoms]


_CLAUSE_NEXT = re.compile(r"\s+([^\W\d_]+)")


def _days_from(atoms: list[Atom], text: str, rules: Joints, lex: Lexicon) -> list[Atom]:
    """'the day before last Tuesday' is that Monday, 'the day before yesterday' two days
    ago; 'the day before authorities issued a warrant', 'the day before returning' count
    from what no date names: left out ('the day before the vote' is the day before the
    last date told, as 'the day before')."""
    kept: list[Atom] = []
    index = 0
    while index < len(atoms):
        atom, sign = atoms[index], _day_count_sign(atoms[index], text, rules)
        following = atoms[index + 1] if index + 1 < len(atoms) else None
        index += 1
        if sign and following and _base_next(atom, following, text):
            kept.append(
                Atom(atom.start, following.end, "offset", unit="D", qty=sign, base=following)
            )
            index += 1
            continue
        if following and _day_of(atom, following, text, rules):
            qty = float(atom.offset or 0)
            kept.append(
                Atom(atom.start, following.end, "offset", unit="D", qty=qty, base=following)
            )
            index += 1
            continue
        after = _CLAUSE_NEXT.match(text, atom.end) if sign else None  # only a count reads it
        if not (sign and after and norm(after[1]) not in lex.tense_determiners):
            kept.append(atom)
    return kept


def _day_of(atom: Atom, following: Atom, text: str, rules: Joints) -> bool:
    """'la veille de Noël', 'le lendemain du 3 janvier', 'al día siguiente del 3 de enero':
    an anaphoric day of a day named after it, counted from that day, not from the last told."""
    if atom.kind != "anaday" or not atom.offset or atom.daypart is not None:
        return False
    day = following.kind in ("holiday", "weekday", "dayword") or (
        following.kind == "date" and following.day is not None
    )
    return day and rules.day_of_gap.fullmatch(text, atom.end, following.start) is not None


def _base_next(atom: Atom, following: Atom, text: str) -> bool:
    """A day to count from right after ``atom``: 'last Tuesday', 'yesterday'."""
    return following.kind in _OFFSET_BASES and not text[atom.end : following.start].strip()


def _day_count_sign(atom: Atom, text: str, rules: Joints) -> float | None:
    """+1 or -1 for 'the day after', 'the day before' (an anaphoric day ending in an offset
    word), else None."""
    if atom.kind != "anaday":
        return None
    last = norm(text[atom.start : atom.end]).rsplit(" ", 1)[-1]
    sign = rules.signs.get(last)
    return None if sign is None else float(sign)


def _weekday_of_counts(atoms: list[Atom], text: str, rules: Joints) -> list[Atom]:
    """'Monday two weeks from now', 'in 3 days on Friday': that weekday of the week counted to.

    A second pass: the count ('two weeks from now') is itself a join of the first.
    """
    out: list[Atom] = []
    for atom in atoms:
        joined = _weekday_of_count(out[-1], atom, text, rules) if out else None
        if joined is None:
            out.append(atom)
        else:
            out[-1] = joined
    return out


def _weekday_of_count(first: Atom, second: Atom, text: str, rules: Joints) -> Atom | None:
    day, count = (first, second) if first.kind == "weekday" else (second, first)
    if day.kind != "weekday" or day.shift is not None or day.base is not None or day.time:
        return None
    if count.kind not in _COUNTS or count.until is not None:
        return None
    if not rules.day_gap.fullmatch(text[first.end : second.start]):
        return None
    return day.but(start=first.start, end=second.end, base=count)


_COUNTS = ("offset", "future")
_CLOCK_UNITS = ("H", "MIN", "S")


def _weeks_of(atoms: list[Atom], text: str) -> list[Atom]:
    """'la semaine du 12 janvier' is the week of that day; 'the week of' alone is nothing."""
    out: list[Atom] = []
    mark: Atom | None = None
    for atom in atoms:
        if atom.kind == "weekmark":
            mark = atom
            continue
        if mark is not None and _week_day(atom) and not text[mark.end : atom.start].strip():
            out.append(atom.but(start=mark.start, unit="W"))
        else:
            out.append(atom)
        mark = None
    return out


def _week_day(atom: Atom) -> bool:
    return atom.kind == "date" and atom.day is not None and atom.until is None


def _fiscal_year(atom: Atom, text: str, rules: Joints) -> Atom:
    """'the year ended June 30' is a year's length (often a fiscal year), not this year."""
    if atom.kind != "shift" or atom.unit != "Y" or atom.shift is not None or atom.part:
        return atom
    if not rules.period_end.match(text, atom.end):
        return atom
    return Atom(atom.start, atom.end, "duration", unit="Y", qty=1.0)


def _time_ranges(atoms: list[Atom], text: str, rules: Joints) -> list[Atom]:
    """'de 14 h à 16 h', '9:00-11:30': two times, one range, joined before the days
    around them ('le 14 janvier de 14 h à 16 h', '3 p.m. to 5 p.m. on Friday')."""
    out: list[Atom] = []
    for atom in atoms:
        last = out[-1] if out else None
        joined = None
        if last is not None and last.kind == atom.kind == "time" and not (last.until or atom.until):
            joined = _join_range(last, atom, text[last.end : atom.start], text, rules)
        if joined is None:
            out.append(atom)
        else:
            out[-1] = joined
    return out


def _pairs(atoms: list[Atom], text: str, rules: Joints) -> list[Atom]:
    """Each atom joined with the next where they make one expression; a weekday joined to
    its week takes its time after it too ('lunedì della settimana prossima alle 9')."""
    joined: list[Atom] = []
    index = 0
    while index < len(atoms):
        atom = atoms[index]
        following = atoms[index + 1] if index + 1 < len(atoms) else None
        merged = _join(atom, following, text, rules) if following else None
        if merged is None:
            joined.append(atom)
            index += 1
            continue
        third = atoms[index + 2] if index + 2 < len(atoms) else None
        timed = None
        if third is not None and _takes_time(merged, third):
            timed = _join(merged, third, text, rules)
        joined.append(timed or merged)
        index += 3 if timed else 2
    return joined


def _takes_time(merged: Atom, third: Atom) -> bool:
    """A weekday joined to its week ('el lunes de la semana pasada'), then a time; a
    weekday joined to its time, then its holiday ('10:00 am Monday, New Year's Day')."""
    if merged.kind != "weekday":
        return False
    if third.kind == "holiday":
        return merged.time is not None
    return third.kind == "time" and merged.base is not None


def _join(first: Atom, second: Atom, text: str, rules: Joints) -> Atom | None:
    gap = text[first.end : second.start]
    if first.kind == "time" or second.kind == "time":
        return _join_time(first, second, gap, text, rules)
    if first.kind in ("duration", "later"):
        return _counted(first, second, text, rules)
    if first.kind == "future":  # "en dos semanas desde el año 2011"
        return _counted_since(first, second, gap, rules)
    if first.kind not in _DATED or second.kind not in _DATED or first.until or second.until:
        return None
    return (
        _join_parts(first, second, gap, rules)
        or _weekday_holiday(first, second, gap, text, rules)
        or _weekday_in_week(first, second, gap, rules)
        or _join_range(first, second, gap, text, rules)
    )


def _join_parts(first: Atom, second: Atom, gap: str, rules: Joints) -> Atom | None:
    """'Friday, Jan. 7' and 'samedi 23/06/18' (a weekday and its date), 'January nineteen
    ninety-seven', 'el lunes de la semana pasada' (its week), 'el día 21 de este mes' (its
    month)."""
    if first.kind == "weekday" and second.kind == "date" and second.day is not None:
        return second.but(start=first.start) if rules.day_gap.fullmatch(gap) else None
    if _yearless(first) and _year_only(second) and rules.year_gap.fullmatch(gap):
        return first.but(end=second.end, year=second.year)
    if _bare_holiday(first) and rules.holiday_year_gap.fullmatch(gap):
        return _holiday_of_year(first, second)
    periodic = first.kind in ("weekday", "date") and _period_of_day(first, second)
    if periodic and rules.of_gap.fullmatch(gap):
        return first.but(end=second.end, base=second)
    return None


def _counted(first: Atom, second: Atom, text: str, rules: Joints) -> Atom | None:
    """A count of units, then what it counts from or adds to. Counted from now, the lead
    word is inside, as in 'in 5 minutes': 'dentro de 3 minutos a partir de ahora' (not
    in 'in two days from today', a count from a day)."""
    gap = text[first.end : second.start]
    if first.kind == "duration" and second.kind in _OFFSET_BASES:
        if rules.qualified.search(text, first.start, first.end):
            return None  # "eight trading days after Oct. 12": not the 20th (weekends out)
        offset = _offset(first, second, gap, rules)
        lead = rules.in_head.search(text, max(0, first.start - 20), first.start)
        if offset is not None:
            return offset.but(start=lead.start()) if lead and second.kind == "ref" else offset
        bare = not rules.article_head.match(text, first.start)  # not "en los dos años desde"
        since = lead and bare and _counted_since(first, second, gap, rules)
        return since.but(start=lead.start()) if lead and since else None
    if first.kind == second.kind == "duration":
        return summed(first, second, gap, rules)
    if first.kind == "later" and second.kind in DAY_LIKE and rules.of_word.fullmatch(gap):
        return _later_of(first, second)
    return None


def _counted_since(count: Atom, base: Atom, gap: str, rules: Joints) -> Atom | None:
    """'en dos años desde 2011', 'in two years since 2011': the count after its base, the
    lead word inside (bare, 'dos años desde 2011' is a duration since 2011; 'dos años
    después de 2011' an offset whatever comes before)."""
    if base.kind not in _OFFSET_BASES or base.kind == "ref" or count.qty is None:
        return None
    if count.unit in _CLOCK_UNITS or not rules.since_gap.fullmatch(gap):
        return None
    return Atom(count.start, base.end, "offset", unit=count.unit, qty=count.qty, base=base)


def _period_of_day(first: Atom, second: Atom) -> bool:
    """A weekday then its week ('mardi de la semaine prochaine'), a day then its month."""
    if first.shift is not None or first.base is not None or second.kind != "shift":
        return False
    if second.shift is None:
        return False
    if first.kind == "weekday":
        return second.unit == "W"
    return first.month is None and first.day is not None and second.unit == "M"


def _later_of(later: Atom, base: Atom) -> Atom | None:
    """'dos días después de hoy', 'dos días antes de ayer': counted from the day named."""
    if later.qty is None or later.unit not in _DAY_UNITS:
        return None
    return Atom(later.start, base.end, "offset", unit=later.unit, qty=later.qty, base=base)


_DAY_UNITS = ("D", "W", "M", "Y")


def _weekday_in_week(first: Atom, second: Atom, gap: str, rules: Joints) -> Atom | None:
    """'Tuesday of next week', 'Monday last week', 'next week Wednesday': a day of that week."""
    day, week = (first, second) if first.kind == "weekday" else (second, first)
    if day.kind != "weekday" or day.shift is not None or day.time is not None:
        return None
    if week.kind != "shift" or week.unit != "W" or week.shift is None or week.part:
        return None
    if not rules.week_gap.fullmatch(gap):
        return None
    return day.but(start=first.start, end=second.end, base=week)


def _join_range(first: Atom, second: Atom, gap: str, text: str, rules: Joints) -> Atom | None:
    """'from March to May 2025', 'between 1994 and 1997', 'du 1er au 15 mars'."""
    if _weekday_and_month(first, second) or _weekday_and_month(second, first):
        return None  # "a revision Friday to December's figures": no range of days
    if _backwards(first, second):
        return None  # "brought forward from 2010 to 2008": two dates, a change of date
    if rules.range_gap.fullmatch(gap):
        lead = rules.range_from.search(text, max(0, first.start - 20), first.start)
        return _range(first, second, lead.start() if lead else first.start, text, rules)
    if not rules.and_gap.fullmatch(gap):  # the gap first: it is the shorter test
        return None
    between = rules.range_between.search(text, max(0, first.start - 20), first.start)
    return _range(first, second, between.start(), text, rules) if between else None


def _weekday_and_month(weekday: Atom, other: Atom) -> bool:
    """A weekday and a period longer than a day: the ends of no range."""
    return weekday.kind == "weekday" and other.kind == "date" and other.day is None


def _join_time(first: Atom, second: Atom, gap: str, text: str, rules: Joints) -> Atom | None:
    """'Friday at 3 p.m.' and '9 a.m. Tuesday': a day and a time of it."""
    if second.kind == "time" and first.time is None and day_level(first):
        if not rules.time_gap.fullmatch(gap):
            return None
        return timed(first, second, text, rules, start=first.start, end=second.end)
    if first.kind == "time" and second.time is None and day_level(second):
        if not rules.time_day_gap.fullmatch(gap):
            return None
        return timed(second, first, text, rules, start=first.start, end=second.end)
    return None


def _weekday_holiday(first: Atom, second: Atom, gap: str, text: str, rules: Joints) -> Atom | None:
    """'Monday, New Year's Day', 'on Friday, Christmas Eve.', '10:00 am Monday, New Year's
    Day': the holiday (at that time), in the year it falls on that weekday; not where the
    holiday's name qualifies a noun after it ('On Monday, Christmas shoppers...')."""
    if first.kind != "weekday" or first.daypart or first.part or first.shift is not None:
        return None
    if second.kind != "holiday" or second.unit is not None or second.weekday is not None:
        return None
    if first.base is not None or not rules.day_gap.fullmatch(gap):
        return None
    if not rules.apposition_end.match(text, second.end):
        return None
    return second.but(start=first.start, weekday=first.weekday, time=first.time)


def _bare_holiday(atom: Atom) -> bool:
    return atom.kind == "holiday" and atom.year is None and atom.base is None and not atom.shift


def _holiday_of_year(holiday: Atom, year: Atom) -> Atom | None:
    """'Ostern im nächsten Jahr', 'Heilige Drei Könige im Jahr 2020', 'Weihnachten letzten
    Jahres': the holiday of that year."""
    if _year_only(year):
        return holiday.but(end=year.end, year=year.year)
    if year.kind == "shift" and year.unit == "Y" and year.shift is not None and not year.part:
        return holiday.but(end=year.end, base=year)
    return None


def _yearless(atom: Atom) -> bool:
    """A month, day or season without its year."""
    named = atom.month is not None or atom.season is not None
    return atom.kind == "date" and named and atom.year is None and atom.shift is None


def _year_only(atom: Atom) -> bool:
    return (
        atom.kind == "date"
        and atom.year is not None
        and atom.month is None
        and not (atom.season or atom.quarter or atom.link or atom.part)
    )


def _offset(duration: Atom, base: Atom, gap: str, rules: Joints) -> Atom | None:
    found = rules.offset.fullmatch(gap)
    if found is None or duration.qty is None or (base.kind == "ref" and base.ref != "PRESENT_REF"):
        return None
    if duration.unit in _CLOCK_UNITS and base.kind != "ref":  # "3 minutes from today": no day
        return None
    sign = rules.signs.get(norm(found["word"]), 1)
    return Atom(
        duration.start, base.end, "offset", unit=duration.unit, qty=sign * duration.qty, base=base
    )


def _backwards(first: Atom, second: Atom) -> bool:
    """Two dates written with their years, the second wholly before the first."""
    if first.kind != "date" or second.kind != "date" or first.year is None:
        return False
    if second.year is None or first.shift is not None or second.shift is not None:
        return False
    begins = (first.year, first.month or 1, first.day or 1)
    ends = (second.year, second.month or 12, second.day or 31)
    return ends < begins


def _range(first: Atom, second: Atom, start: int, text: str, rules: Joints) -> Atom:
    if first.kind == "date" and first.year is None and second.kind == "date":
        first = first.but(year=_year_before(first, second))
        if first.month is None and first.day is not None:
            first = first.but(month=second.month)
    if first.kind == second.kind == "time":
        first = shared_meridiem(first, second, text, rules)
    return first.but(start=start, end=second.end, until=second)


def _year_before(first: Atom, second: Atom) -> int | None:
    """The year of a range's first end written without one: the last end's, or the year
    before when its month comes later ("de novembre à février 2017": November 2016)."""
    late = first.month is not None and second.month is not None and first.month > second.month
    return second.year - 1 if late and second.year is not None else second.year


def _open_link(atom: Atom, text: str, rules: Joints) -> Atom:
    if atom.kind not in _DATED or atom.until is not None or atom.kind in ("ago", "later"):
        return atom
    window = max(0, atom.start - 20)
    if not rules.any_link.search(text, window, atom.start):
        return atom
    links = (
        (rules.since, "ON_OR_AFTER"),
        (rules.until, "ON_OR_BEFORE"),
        (rules.before, "BEFORE"),
        (rules.after, "AFTER"),
    )
    for pattern, link in links:
        if pattern.search(text, window, atom.start):  # the signal word stays out (TimeML)
            early = link == "BEFORE" and rules.early_part.match(text, atom.start)
            return atom if early else atom.but(link=link)
    return atom
