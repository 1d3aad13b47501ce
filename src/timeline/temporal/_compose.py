"""Join neighbouring atoms into one expression.

"Friday at 3 p.m." (a date and a time), "from March to May 2025" and
"du 1er au 15 mars" (closed ranges, one mention), "since 2019" and "until
Friday" (open ranges: as in TimeML the signal word stays outside the mention,
whose span is open and whose mod says ON_OR_AFTER / ON_OR_BEFORE), "à 14
heures" (an hour, not a duration of fourteen hours).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.temporal import _calendar as cal
from timeline.temporal._atoms import Atom
from timeline.temporal._lexicon import Lexicon, lexicon, norm
from timeline.temporal._patterns import alt

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
)
_DAY_LIKE = ("dayword", "anaday", "weekday", "holiday")
_OFFSET_BASES = ("date", "dayword", "weekday", "holiday", "ref")


@dataclass(frozen=True)
class Joints:
    """The compiled connector patterns of a language."""

    time_gap: re.Pattern[str]
    time_before: re.Pattern[str]
    range_gap: re.Pattern[str]
    and_gap: re.Pattern[str]
    range_from: re.Pattern[str]
    range_between: re.Pattern[str]
    offset: re.Pattern[str]
    signs: dict[str, int]
    day_gap: re.Pattern[str]
    since: re.Pattern[str]
    until: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    period_end: re.Pattern[str]
    bare_hour: re.Pattern[str]
    day_part: re.Pattern[str]
    meridiem: re.Pattern[str]
    day_parts: dict[str, str]
    week_gap: re.Pattern[str]
    year_gap: re.Pattern[str]
    of_gap: re.Pattern[str]
    of_word: re.Pattern[str]
    ampm_after: re.Pattern[str]
    article_head: re.Pattern[str]
    list_gap: re.Pattern[str]


@cache
def joints(lang: str) -> Joints:
    """The connector patterns of ``lang`` (compiled once)."""
    lex = lexicon(lang)
    flags = re.IGNORECASE

    def before(words: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(f"(?<!\\w){alt(words)}\\s*$", flags)

    return Joints(
        time_gap=re.compile(f"\\s*,?\\s*(?:{alt(lex.time_link)}\\s*)?", flags),
        time_before=before(lex.time_link),
        range_gap=re.compile(f"\\s*(?:{alt(lex.range_to)}|[-\u2013])\\s*", flags),
        and_gap=re.compile(f"\\s*{alt(lex.range_and)}\\s*", flags),
        range_from=before(lex.range_from),
        range_between=before(lex.range_between),
        offset=re.compile(
            f"\\s+{alt(lex.offset_words, 'word')}\\s+(?:{alt(lex.articles)}\\s+)?", flags
        ),
        signs=lex.offset_words,
        day_gap=re.compile(f"\\s*,?\\s*(?:(?:on|{alt(lex.articles)[3:-1]})\\s+)?", flags),
        since=before(lex.since),
        until=before(lex.until),
        before=before(lex.before),
        after=before(lex.after),
        bare_hour=re.compile(
            # Possessive: no link word starts with a space or a comma, and giving spaces
            # back made a long run of spaces after a date quadratic.
            f"\\s*+(?:,\\s*+)?{alt(w for w in lex.time_link if w.strip(',').strip())}\\s+"
            r"(?P<hour>[01]?\d|2[0-3])(?:[.:h](?P<minute>[0-5]\d))?"
            r"(?![\w:%]|\s*%|[.,/\-\u2013]\d|\s*[\-\u2013/]\s*\d)"
            f"(?:\\s+{alt(lex.oclock)}(?!\\w))?",
            flags,
        ),
        of_gap=re.compile(f"\\s*,?\\s*(?:{alt(lex.of)}\\s+)?", flags),
        of_word=re.compile(f"\\s+{alt(lex.of)}\\s+", flags),
        list_gap=re.compile(
            f"\\s*(?:,|{alt(w for w in lex.range_and if ' ' not in w)}(?!\\w))\\s*", flags
        ),
        article_head=re.compile(f"{alt(lex.duration_pre)}\\s+", flags),
        ampm_after=re.compile(f"\\s+(?:{alt(lex.am, 'am')}|{alt(lex.pm, 'pm')})(?!\\w)", flags),
        period_end=re.compile(f"\\s+{alt(lex.period_ends)}(?!\\w)", flags),
        day_part=re.compile(f"(?<!\\w){alt(lex.day_parts, 'part')}(?!\\w)", flags),
        meridiem=re.compile(f"{alt((*lex.am, *lex.pm, *lex.am_short, *lex.pm_short))}$", flags),
        day_parts=lex.day_parts,
        week_gap=re.compile(f"\\s+(?:{alt(lex.of)}\\s+)?|\\s*-\\s*", flags),
        year_gap=re.compile(f"\\s*,?\\s*(?:{alt(lex.of)}\\s+)?", flags),
    )


def compose(atoms: list[Atom], text: str, lex: Lexicon) -> list[Atom]:
    """The atoms with times attached, ranges joined and since/until applied."""
    if not lex.full or not atoms:
        return atoms
    rules = joints(lex.lang)
    atoms = [_fiscal_year(_hour_not_duration(atom, text, rules), text, rules) for atom in atoms]
    atoms = _bare_hours(_listed_days(atoms, text, rules), text, rules)
    atoms = _weekday_of_counts(_pairs(_weeks_of(atoms, text), text, rules), text, rules)
    return [_open_link(atom, text, rules) for atom in atoms]


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


def _listed_days(atoms: list[Atom], text: str, rules: Joints) -> list[Atom]:
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


def _hour_not_duration(atom: Atom, text: str, rules: Joints) -> Atom:
    """'à 14 heures', 'a las 15.30 horas', '8 horas da manhã': a time of day, an hour count
    after a time link word (its article outside) or before a.m./p.m. words."""
    if atom.kind != "duration" or atom.unit != "H" or atom.qty is None:
        return atom
    article = rules.article_head.match(text, atom.start)  # "las" of "a las 20 horas"
    start = article.end() if article else atom.start
    written = _CLOCK_WRITTEN.match(text, start)
    if written and written["minute"]:  # "15.30 horas": half past three, not 15.3 hours
        hour, minute = int(written["hour"]), int(written["minute"])
    elif atom.qty % 1 in (0, 0.5):  # "à deux heures et demie"
        hour, minute = int(atom.qty), 30 if atom.qty % 1 else 0
    else:
        return atom
    if hour > 24 or minute > 59:
        return atom
    clock = rules.ampm_after.match(text, atom.end)
    if clock is not None and hour <= 12:
        hour = hour % 12 + (12 if clock["pm"] else 0)
        return Atom(start, clock.end(), "time", hour=hour, minute=minute)
    if not rules.time_before.search(text, max(0, start - 20), start):
        return atom
    return Atom(start, atom.end, "time", hour=hour % 24, minute=minute)


_CLOCK_WRITTEN = re.compile(r"(?P<hour>\d{1,2})(?:[.:h](?P<minute>\d\d))?(?!\d)")


def _bare_hours(atoms: list[Atom], text: str, rules: Joints) -> list[Atom]:
    """'domani alle 3', 'Friday at 9', 'mardi à 14': a day, a link word, a bare hour.

    Only after a day, so that 'at 3' alone (a score, a price) is never a time.
    """
    out = []
    for index, atom in enumerate(atoms):
        found = None
        if _day_level(atom) and atom.time is None and atom.until is None:
            found = rules.bare_hour.match(text, atom.end)
        following = atoms[index + 1] if index + 1 < len(atoms) else None
        if found is None or (following is not None and following.start < found.end()):
            out.append(atom)
            continue
        clock = int(found["hour"])
        minute = int(found["minute"] or 0)
        hour = Atom(found.start("hour"), found.end(), "time", hour=clock, minute=minute)
        out.append(atom.but(end=found.end(), time=_afternoon(atom, hour, text, rules)))
    return out


def _fiscal_year(atom: Atom, text: str, rules: Joints) -> Atom:
    """'the year ended June 30' is a year's length (often a fiscal year), not this year."""
    if atom.kind != "shift" or atom.unit != "Y" or atom.shift is not None or atom.part:
        return atom
    if not rules.period_end.match(text, atom.end):
        return atom
    return Atom(atom.start, atom.end, "duration", unit="Y", qty=1.0)


def _pairs(atoms: list[Atom], text: str, rules: Joints) -> list[Atom]:
    joined: list[Atom] = []
    index = 0
    while index < len(atoms):
        atom = atoms[index]
        following = atoms[index + 1] if index + 1 < len(atoms) else None
        merged = _join(atom, following, text, rules) if following else None
        if merged is not None:
            joined.append(merged)
            index += 2
        else:
            joined.append(atom)
            index += 1
    return joined


def _join(first: Atom, second: Atom, text: str, rules: Joints) -> Atom | None:
    gap = text[first.end : second.start]
    if first.kind == second.kind == "time" and not (first.until or second.until):
        return _join_range(first, second, gap, text, rules)  # "de 14 h à 16 h", "9:00-11:30"
    if first.kind == "time" or second.kind == "time":
        return _join_time(first, second, gap, text, rules)
    if first.kind in ("duration", "later"):
        return _counted(first, second, gap, rules)
    if first.kind not in _DATED or second.kind not in _DATED or first.until or second.until:
        return None
    return (
        _join_parts(first, second, gap, rules)
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
    periodic = first.kind in ("weekday", "date") and _period_of_day(first, second)
    if periodic and rules.of_gap.fullmatch(gap):
        return first.but(end=second.end, base=second)
    return None


def _counted(first: Atom, second: Atom, gap: str, rules: Joints) -> Atom | None:
    """A count of units, then what it counts from or adds to."""
    if first.kind == "duration" and second.kind in _OFFSET_BASES:
        return _offset(first, second, gap, rules)
    if first.kind == second.kind == "duration":
        return _sum(first, second, gap, rules)
    if first.kind == "later" and second.kind in _DAY_LIKE and rules.of_word.fullmatch(gap):
        return _later_of(first, second)
    return None


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
# How many of the smaller unit make one of the larger: "una hora y 30 minutos"
_SUBUNITS = {("Y", "M"): 12, ("H", "MIN"): 60, ("MIN", "S"): 60, ("D", "H"): 24, ("W", "D"): 7}


def _sum(first: Atom, second: Atom, gap: str, rules: Joints) -> Atom | None:
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
    if rules.range_gap.fullmatch(gap):
        lead = rules.range_from.search(text, max(0, first.start - 20), first.start)
        return _range(first, second, lead.start() if lead else first.start)
    between = rules.range_between.search(text, max(0, first.start - 20), first.start)
    if between and rules.and_gap.fullmatch(gap):
        return _range(first, second, between.start())
    return None


def _join_time(first: Atom, second: Atom, gap: str, text: str, rules: Joints) -> Atom | None:
    """'Friday at 3 p.m.' and '9 a.m. Tuesday': a day and a time of it."""
    if second.kind == "time" and first.time is None and _day_level(first):
        if not rules.time_gap.fullmatch(gap):
            return None
        return first.but(end=second.end, time=_afternoon(first, second, text, rules))
    if first.kind == "time" and second.time is None and _day_level(second):
        if not rules.day_gap.fullmatch(gap):
            return None
        return second.but(start=first.start, time=_afternoon(second, first, text, rules))
    return None


# The hours that a part of the day turns to p.m.: "tonight around 7", "last night at 8"
_PM_HOURS = {"AF": range(1, 8), "EV": range(4, 12), "NI": range(6, 12)}


def _afternoon(day: Atom, time: Atom, text: str, rules: Joints) -> Atom:
    """An hour without a.m./p.m. in the afternoon, evening or night of a day is p.m."""
    part = day.daypart
    if part is None:  # "tonight around 7": the part is in the day's words
        found = rules.day_part.search(text, day.start, day.end)
        part = rules.day_parts.get(norm(found["part"])) if found else None
    if part is None or time.hour is None or time.minute is None:
        return time
    if rules.meridiem.search(text[time.start : time.end].rstrip()):
        return time
    return time.but(hour=time.hour + 12) if time.hour in _PM_HOURS.get(part, ()) else time


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


def _day_level(atom: Atom) -> bool:
    return atom.kind in _DAY_LIKE or (atom.kind == "date" and atom.day is not None)


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


def _range(first: Atom, second: Atom, start: int) -> Atom:
    if first.kind == "date" and first.year is None and second.kind == "date":
        first = first.but(year=second.year)
        if first.month is None and first.day is not None:
            first = first.but(month=second.month)
    return first.but(start=start, end=second.end, until=second)


def _open_link(atom: Atom, text: str, rules: Joints) -> Atom:
    if atom.kind not in _DATED or atom.until is not None or atom.kind in ("ago", "later"):
        return atom
    window = max(0, atom.start - 20)
    links = (
        (rules.since, "ON_OR_AFTER"),
        (rules.until, "ON_OR_BEFORE"),
        (rules.before, "BEFORE"),
        (rules.after, "AFTER"),
    )
    for pattern, link in links:
        if pattern.search(text, window, atom.start):  # the signal word stays out (TimeML)
            return atom.but(link=link)
    return atom
