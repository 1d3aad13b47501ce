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

from timeline.temporal._atoms import Atom
from timeline.temporal._grammar import alt
from timeline.temporal._lexicon import Lexicon, lexicon, norm

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
            f"\\s*,?\\s*{alt(w for w in lex.time_link if w.strip(',').strip())}\\s+"
            r"(?P<hour>[01]?\d|2[0-3])(?![\w:%]|\s*%|[.,/\-\u2013]\d|\s*[\-\u2013/]\s*\d)",
            flags,
        ),
        period_end=re.compile(f"\\s+{alt(lex.period_ends)}(?!\\w)", flags),
        day_part=re.compile(f"(?<!\\w){alt(lex.day_parts, 'part')}(?!\\w)", flags),
        meridiem=re.compile(f"{alt((*lex.am, *lex.pm, *lex.am_short, *lex.pm_short))}$", flags),
        day_parts=lex.day_parts,
        week_gap=re.compile(f"\\s+(?:{alt(lex.of)}\\s+)?|\\s*-\\s*", flags),
    )


def compose(atoms: list[Atom], text: str, lex: Lexicon) -> list[Atom]:
    """The atoms with times attached, ranges joined and since/until applied."""
    if not lex.full or not atoms:
        return atoms
    rules = joints(lex.lang)
    atoms = [_fiscal_year(_hour_not_duration(atom, text, rules), text, rules) for atom in atoms]
    atoms = _bare_hours(atoms, text, rules)
    atoms = _pairs(atoms, text, rules)
    return [_open_link(atom, text, rules) for atom in atoms]


def _hour_not_duration(atom: Atom, text: str, rules: Joints) -> Atom:
    """'à 14 heures' is a time of day: an hour count after a time link word."""
    if atom.kind != "duration" or atom.unit != "H" or atom.qty is None:
        return atom
    if atom.qty % 1 or not 0 <= atom.qty <= 24:
        return atom
    if not rules.time_before.search(text, max(0, atom.start - 20), atom.start):
        return atom
    return Atom(atom.start, atom.end, "time", hour=int(atom.qty) % 24, minute=0)


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
        hour = Atom(found.start("hour"), found.end(), "time", hour=int(found["hour"]), minute=0)
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
    if first.kind == "duration" and second.kind in _OFFSET_BASES:
        return _offset(first, second, gap, rules)
    if first.kind not in _DATED or second.kind not in _DATED or first.until or second.until:
        return None
    if first.kind == "weekday" or second.kind == "weekday":
        joined = _weekday_join(first, second, gap, rules)
        if joined is not None:
            return joined
    return _join_range(first, second, gap, text, rules)


def _weekday_join(first: Atom, second: Atom, gap: str, rules: Joints) -> Atom | None:
    """'Friday, March 3' (the date) and 'Tuesday of next week' (that week's day)."""
    if first.kind == "weekday" and second.kind == "date" and second.day is not None:
        return second.but(start=first.start) if rules.day_gap.fullmatch(gap) else None
    return _weekday_in_week(first, second, gap, rules)


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
    found = rules.day_part.search(text, day.start, day.end)
    if found is None or time.hour is None or time.minute is None:
        return time
    if rules.meridiem.search(text[time.start : time.end].rstrip()):
        return time
    hours = _PM_HOURS.get(rules.day_parts.get(norm(found["part"]), ""), range(0))
    return time.but(hour=time.hour + 12) if time.hour in hours else time


def _day_level(atom: Atom) -> bool:
    return atom.kind in _DAY_LIKE or (atom.kind == "date" and atom.day is not None)


def _offset(duration: Atom, base: Atom, gap: str, rules: Joints) -> Atom | None:
    found = rules.offset.fullmatch(gap)
    if found is None or duration.qty is None or (base.kind == "ref" and base.ref != "PRESENT_REF"):
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
