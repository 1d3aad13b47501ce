"""Times of day joined to what stands around them.

"à 14 heures" (an hour after a time link, not fourteen hours), "domani alle 3" (a bare
hour after a day), "at 7 next Sunday evening" (a bare hour before a day and its part),
"abends um 8 Uhr" (a part of the day before a time), and the p.m. reading of a small
hour in the afternoon, evening or night of a day.
"""

from __future__ import annotations

import re

from timeline.temporal._atoms import Atom
from timeline.temporal._joints import Joints
from timeline.temporal._lexicon import lexicon, norm
from timeline.temporal._read_times import told_minutes
from timeline.temporal._time_checks import WORD_AFTER, clock_followers

DAY_LIKE = ("dayword", "anaday", "weekday", "holiday")


def hour_not_duration(atom: Atom, text: str, rules: Joints) -> Atom:
    """'à 14 heures', 'a las 15.30 horas', '8 horas da manhã': a time of day, an hour count
    after a time link word (its article outside) or before a.m./p.m. words; minutes written
    after an article are a clock's too ('convocada para las 18.00 horas', not 18 hours)."""
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
    told = rules.told_after.match(text, atom.end) if not minute else None
    until = _until_hour(atom, text, rules, hour)
    if until is not None:
        start = until
    elif not (
        (article and written and written["minute"])
        or rules.time_before.search(text, max(0, start - 20), start)
        or _clock_range(atom, text, rules)
        or _clock_minus(told, rules)
    ):
        return atom
    return _told(Atom(start, atom.end, "time", hour=hour % 24, minute=minute), told, text, rules)


def _clock_minus(told: re.Match[str] | None, rules: Joints) -> bool:
    """'huit heures moins dix' tells the time (not 'deux heures moins dix minutes')."""
    units = lexicon(rules.lang).units
    return bool(told and told.groupdict().get("cminus") and norm(told[0].split()[-1]) not in units)


def drop_covered(atoms: list[Atom]) -> list[Atom]:
    """The atoms but those inside the one before ('dix minutes' of 'huit heures moins dix
    minutes', once that is read as a time)."""
    out: list[Atom] = []
    for atom in atoms:
        if not out or out[-1].kind != "time" or atom.start >= out[-1].end:
            out.append(atom)
    return out


def _told(time: Atom, told: re.Match[str] | None, text: str, rules: Joints) -> Atom:
    """'à huit heures moins dix' (7:50), 'à 8 heures et quart' (8:15), 'à 20 heures 30'
    (20:30): the minutes told after the hour and its unit (a bare number before a noun
    counts it: 'à 20 heures 30 personnes')."""
    if told is None or time.hour is None or _counts_after(told, text, rules.lang):
        return time
    minutes = told_minutes({k: v for k, v in told.groupdict().items() if v}, lexicon(rules.lang))
    hour, minute = divmod(time.hour * 60 + minutes, 60)
    return time.but(end=told.end(), hour=hour % 24, minute=minute)


def _counts_after(told: re.Match[str], text: str, lang: str) -> bool:
    if not told["minp"] or told["minu"]:
        return False
    noun = WORD_AFTER.match(text, told.end())
    return noun is not None and norm(noun[1]) not in clock_followers(lang)


_AFTERNOON = 13  # "jusqu'à 14 heures": an hour of the afternoon or evening, not a count


def _until_hour(atom: Atom, text: str, rules: Joints, hour: int) -> int | None:
    """'ouvert jusqu'à 14 heures': until 2 p.m. (the signal word outside, as 'until 5 p.m.'),
    where the approximator 'up to' is also 'until' and the hour is one of the afternoon or
    evening; not before what it counts ('jusqu'à 14 heures de garde à vue'), nor a count
    beyond a day ('jusqu'à 48 heures'). Where it is: the start of the hour."""
    if atom.approx != "EQUAL_OR_LESS" or not _AFTERNOON <= hour < _DAY_HOURS:
        return None
    signal = rules.until_head.match(text, atom.start)
    if signal is None or rules.of_word.match(text, atom.end):
        return None
    return signal.end()


def _clock_range(atom: Atom, text: str, rules: Joints) -> bool:
    """'de 9 heures à 17 heures': the first end of a range of clock hours, both with their
    hour word ('de 2 à 3 heures' stays a count)."""
    if not rules.range_from.search(text, max(0, atom.start - 20), atom.start):
        return False
    gap = rules.range_gap.match(text, atom.end)
    after = _CLOCK_WRITTEN.match(text, gap.end()) if gap else None
    if after is None:
        return False
    unit = text[atom.start : atom.end].rsplit(None, 1)[-1]
    return text[after.end() :].lstrip().lower().startswith(unit.lower())


_CLOCK_WRITTEN = re.compile(r"(?P<hour>\d{1,2})(?:[.:h](?P<minute>\d\d))?(?!\d)")


def bare_hours(atoms: list[Atom], text: str, rules: Joints) -> list[Atom]:
    """'domani alle 3', 'Friday at 9', 'mardi à 14': a day, a link word, a bare hour.

    Only after a day, so that 'at 3' alone (a score, a price) is never a time.
    """
    out = []
    for index, atom in enumerate(atoms):
        found = None
        if day_level(atom) and atom.time is None and atom.until is None:
            found = rules.bare_hour.match(text, atom.end)
        following = atoms[index + 1] if index + 1 < len(atoms) else None
        if found is None or (following is not None and following.start < found.end()):
            out.append(atom)
            continue
        clock = int(found["hour"])
        minute = int(found["minute"] or 0)
        hour = Atom(found.start("hour"), found.end(), "time", hour=clock, minute=minute)
        out.append(atom.but(end=found.end(), time=afternoon(atom, hour, text, rules)))
    return out


def hours_before_days(atoms: list[Atom], text: str, rules: Joints) -> list[Atom]:
    """'at 7 next Sunday evening': a bare hour after a link word, then a day and its part.

    The part of the day is required ('closed at 5 Tuesday' is a price), and places
    the hour: 19:00 in the evening.
    """
    out: list[Atom] = []
    for atom in atoms:
        low = out[-1].end if out else 0
        found = None
        if (
            day_level(atom)
            and atom.time is None
            and atom.until is None
            and rules.day_part.search(text, atom.start, atom.end)  # the cheaper test first
        ):
            found = rules.hour_before.search(text, max(low, atom.start - 30), atom.start)
        if not found:
            out.append(atom)
            continue
        hour = Atom(found.start("hour"), atom.start, "time", hour=int(found["hour"]))
        hour = hour.but(minute=int(found["minute"] or 0))
        out.append(atom.but(start=found.start("hour"), time=afternoon(atom, hour, text, rules)))
    return out


def parts_before_times(atoms: list[Atom], text: str, rules: Joints) -> list[Atom]:
    """'abends um 8 Uhr', 'il pomeriggio alle 7': the part of the day before a time is of
    the expression and places the hour (20:00, 19:00); 'la mattina alle 7' stays 07:00.

    The part is an adverb ('abends'), a phrase ('por la tarde') or has its article
    ('le soir à 8 h'); a bare noun belongs to a day before it ('Sunday morning at 8')."""
    out: list[Atom] = []
    for atom in atoms:
        out.append(_part_before_time(atom, text, rules, out[-1].end if out else 0))
    return out


def _part_before_time(atom: Atom, text: str, rules: Joints, low: int) -> Atom:
    hour = atom.hour
    if atom.kind != "time" or hour is None or hour >= _NOON:
        return atom
    found = rules.part_before.search(text, max(low, atom.start - 30), atom.start)
    if found is None or rules.meridiem.search(text[atom.start : atom.end].rstrip()):
        return atom
    word = norm(found["part"])
    if not (found["art"] or " " in word or word in rules.clock_parts):
        return atom  # "Sunday morning at 8:00": the morning of a day left apart
    part = rules.day_parts.get(word) or ""
    late = word in rules.pm_words or hour in _PM_HOURS.get(part, ())
    return atom.but(start=found.start(), hour=hour + 12 if late else hour)


def parts_of_dates(atoms: list[Atom], text: str, rules: Joints) -> list[Atom]:
    """'la sera del 13 gennaio', 'Abend des 13. Januar', '13 janvier au soir': that part
    of the day dated (2026-01-13TEV)."""
    out: list[Atom] = []
    for atom in atoms:
        out.append(_part_of_date(atom, text, rules, out[-1].end if out else 0))
    return out


def _part_of_date(atom: Atom, text: str, rules: Joints, low: int) -> Atom:
    if atom.kind != "date" or atom.day is None or atom.month is None or atom.time is not None:
        return atom
    if atom.daypart or atom.until is not None or atom.part:
        return atom
    found = rules.date_part_before.search(text, max(low, atom.start - 30), atom.start)
    if found is not None:
        return atom.but(start=found.start(), daypart=rules.date_parts[norm(found["part"])])
    after = rules.date_part_after.match(text, atom.end)
    if after is not None:
        return atom.but(end=after.end(), daypart=rules.day_parts[norm(after["part"])])
    return atom


_NOON = 12


# The hours that a part of the day turns to p.m.: "tonight around 7", "last night at 8"
_PM_HOURS = {"AF": range(1, 8), "EV": range(4, 12), "NI": range(6, 12)}


def afternoon(day: Atom, time: Atom, text: str, rules: Joints) -> Atom:
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


def timed(day: Atom, time: Atom, text: str, rules: Joints, *, start: int, end: int) -> Atom:
    """``day`` at ``time`` (a time or a range of times: 'Friday from 3 to 5 p.m.'), from
    ``start`` to ``end``."""
    joined = day.but(start=start, end=end, time=afternoon(day, time.but(until=None), text, rules))
    last = time.until
    if last is None or day.until is not None:  # "from Monday to Friday, 9-5": the days' range
        return joined
    return joined.but(until=day.but(time=afternoon(day, last, text, rules)))


def day_level(atom: Atom) -> bool:
    """A day: 'Friday', 'yesterday', '3 janvier', 'la veille de Noël' (a count of days)."""
    if atom.kind == "offset":
        return atom.unit == "D" and atom.base is not None and atom.base.kind != "ref"
    return atom.kind in DAY_LIKE or (atom.kind == "date" and atom.day is not None)


def hour_ranges(atoms: list[Atom], text: str, rules: Joints) -> list[Atom]:
    """'from 3 to 5 p.m.', 'von 8 bis 18 Uhr', 'entre las 9 y las 11 horas': a bare hour, a
    range word and a time with its unit, one range of times. The first hour takes the
    p.m. of the second where it fits before it ('from 10 to 2 p.m.' starts at 10:00)."""
    out: list[Atom] = []
    for atom in atoms:
        low = out[-1].end if out else 0
        last = _clock_end(atom, text, rules)
        found = None
        if last is not None:
            found = rules.hour_range_head.search(
                text, max(low, atom.start - _RANGE_BACK), atom.start
            )
        out.append(atom if found is None or last is None else _hour_range(found, last, text, rules))
    return out


_RANGE_BACK = 40  # how far before a time its range's first hour is looked for


def _clock_end(atom: Atom, text: str, rules: Joints) -> Atom | None:
    """The time that may end a range of hours: a time, or an hour count after its article
    ('las 11 horas': a clock hour, as 'a las 11 horas' is)."""
    if atom.kind == "time" and atom.hour is not None and atom.until is None:
        return atom
    if atom.kind != "duration" or atom.unit != "H" or atom.qty is None or atom.qty % 1:
        return None
    article = rules.article_head.match(text, atom.start)
    if article is None or not 0 < atom.qty <= _DAY_HOURS:
        return None
    return Atom(article.end(), atom.end, "time", hour=int(atom.qty) % _DAY_HOURS, minute=0)


_DAY_HOURS = 24


def _hour_range(found: re.Match[str], last: Atom, text: str, rules: Joints) -> Atom:
    end = found.end("minute") if found["minute"] else found.end("hour")
    first = Atom(found.start("hour"), end, "time", hour=int(found["hour"]))
    first = shared_meridiem(first.but(minute=int(found["minute"] or 0)), last, text, rules)
    return first.but(start=found.start(), end=last.end, until=last)


def shared_meridiem(first: Atom, last: Atom, text: str, rules: Joints) -> Atom:
    """The first end of a range of times, with the p.m. of the last where it has none and
    fits before it: 'from 3 to 5 p.m.', '2:00 - 2:30 pm' (not 'from 10 to 2 p.m.')."""
    hour, end = first.hour, last.hour
    if hour is None or end is None or hour >= _NOON:
        return first
    if (hour + _NOON, first.minute or 0) > (end, last.minute or 0):
        return first
    if rules.pm_in.search(text, first.start, first.end) or rules.am_in.search(
        text, first.start, first.end
    ):
        return first
    return first.but(hour=hour + _NOON) if rules.pm_in.search(text, last.start, last.end) else first


_RESTATED = re.compile(r"\s*\([^()\n]{1,30}\)")  # "(0735 GMT)", "(2330 GMT Thursday)"


_POSSESSIVE = re.compile(r"['\u2019]s\s+")  # "Thursday's 5 p.m. quotes"


def restated_days(atoms: list[Atom], text: str, rules: Joints) -> list[Atom]:
    """'10:35 a.m. (0735 GMT) Friday': the day after a time's other zone is the time's day
    too, and so is a day's before a time ("Thursday's 5 p.m. quotes"); both keep their
    mention (TimeBank tags the time and the weekday apart)."""
    out = list(atoms)
    for index in range(len(out) - 1):
        first, second = out[index], out[index + 1]
        if _alone(first, "time") and _alone(second, "day"):
            gap = _RESTATED.match(text, first.end, second.start)
            if gap and rules.time_day_gap.fullmatch(text, gap.end(), second.start):
                out[index] = timed(second, first, text, rules, start=first.start, end=first.end)
        elif (
            _alone(first, "day")
            and _alone(second, "time")
            and _POSSESSIVE.fullmatch(text, first.end, second.start)
        ):
            out[index + 1] = timed(first, second, text, rules, start=second.start, end=second.end)
    return out


def _alone(atom: Atom, kind: str) -> bool:
    """A time without a range, or a day without a time."""
    if kind == "time":
        return atom.kind == "time" and atom.until is None
    return day_level(atom) and atom.time is None
