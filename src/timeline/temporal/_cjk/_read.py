"""Read one match of the unspaced-script pattern as an Atom (None: not a date after all).

The atoms are those of the other languages (see ``timeline.temporal._atoms``), so
they are placed on the calendar by the same code: a day word is a ``dayword``
offset from the reference, "上周三" a ``weekday`` in the week before, "三天前" an
``ago``...
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.temporal._atoms import Atom
from timeline.temporal._cjk._table import Table, number

_NOON = 12


def read(match: re.Match[str], words: Table) -> Atom | None:
    """The atom of ``match`` (a match of ``pattern(lang)``), or None."""
    rule = match.lastgroup or ""
    return _READERS[rule](match, words)


def _first(match: re.Match[str], *names: str) -> str | None:
    return next((found for name in names if (found := match.group(name)) is not None), None)


def _num(match: re.Match[str], words: Table, *names: str) -> int | None:
    written = _first(match, *names)
    return None if written is None else number(written, words)


def _iso(match: re.Match[str], words: Table) -> Atom:
    year, month, day = (int(match.group(name)) for name in ("i_y", "i_m", "i_d"))
    return Atom(match.start(), match.end(), "date", year=year, month=month, day=day)


def _years(match: re.Match[str], words: Table) -> Atom:
    """'2020—2025年': the years from one to the other."""
    last = Atom(match.start("r_b"), match.end(), "date", year=int(match.group("r_b")))
    return Atom(match.start(), match.end(), "date", year=int(match.group("r_a")), until=last)


def _date(match: re.Match[str], words: Table) -> Atom | None:
    year = _year(match, words)
    quarter = _num(match, words, "d_q", "d_q2")
    month = _num(match, words, "d_m", "d_m2")
    day = _num(match, words, "d_d", "d_d2", "d_d3")
    part = _first(match, "d_yp") and words["year_parts"][match.group("d_yp")]
    if month is not None and day is None:
        written = _first(match, "d_dp", "d_d2p")
        part = written and words["month_parts"][written]
    if year is None and match.group("d_era"):
        return None
    zone = match.group("d_z")
    return Atom(
        match.start(),
        match.end(),
        "date",
        tz=(zone and words["zones"][zone]) or None,
        year=year,
        quarter=quarter,
        month=month,
        day=day,
        part=part,
        daypart=_daypart(match, words, "d_p") if day is not None else None,
    )


def _year(match: re.Match[str], words: Table) -> int | None:
    """The year in digits or numerals, or of an era: '令和8年' is 2026, '令和元年' 2019."""
    era = match.group("d_era")
    if era is None:
        return _num(match, words, "d_y")
    written = match.group("d_en")
    count = 1 if written in words["era_first"] else number(written, words)
    return None if not count else words["eras"][era] + count - 1


def _daypart(match: re.Match[str], words: Table, name: str) -> str | None:
    written = match.group(name)
    return None if written is None else str(words["dayparts"][written][0])


def _count(match: re.Match[str], words: Table) -> Atom | None:
    """'三天前', '3일 전': that many units before the reference; '两周后' after the date told."""
    qty = _quantity(match.group("n_q"), words)
    unit = words["count_units"][match.group("n_u")]
    kind = "ago" if match.group("n_ago") else "later"
    if qty == 0:
        return None
    return Atom(match.start(), match.end(), kind, unit=unit, qty=qty)


def _quantity(written: str, words: Table) -> float | None:
    """The amount counted: None when vague ('几天', '十多天', '몇 년')."""
    if written in words["vague_counts"]:
        return None
    tails = sorted(words["count_tails"], key=len, reverse=True)
    if any(written.endswith(tail) and written != tail for tail in tails):
        return None
    value = number(written, words)
    return None if value is None else float(value)


def _duration(match: re.Match[str], words: Table) -> Atom | None:
    qty = _quantity(match.group("u_q"), words)
    if qty == 0:
        return None
    unit = words["count_units"][match.group("u_u")]
    return Atom(match.start(), match.end(), "duration", unit=unit, qty=qty)


def _clock(match: re.Match[str], words: Table) -> Atom | None:
    second = match.group("c_s")
    clock = (
        int(match.group("c_h")),
        int(match.group("c_m")),
        None if second is None else int(second),
    )
    return _time_atom(match, words, "c", clock)


def _time(match: re.Match[str], words: Table) -> Atom | None:
    """'下午3点', '15时30分', '午後3時', '오후 3시 반': a bare '3点' is no time (three points)."""
    marked = match.group("t_m") in words["bare_hour_marks"]
    half = match.group("t_half")
    if not (marked or match.group("t_p") or match.group("t_mi") or half):
        return None
    minute = 30 if half else _num(match, words, "t_mi")
    return _time_atom(match, words, "t", (number(match.group("t_h"), words), minute, None))


_Clock = tuple[int | None, int | None, int | None]  # hour, minute, second
_HOURS, _MINUTES = 24, 60


def _time_atom(match: re.Match[str], words: Table, rule: str, clock: _Clock) -> Atom | None:
    """The time, an afternoon hour moved past noon; its zone when one is written before."""
    hour, minute, second = clock
    written = match.group(f"{rule}_p")
    if hour is not None and written is not None and hour < _NOON:
        hour += int(words["dayparts"][written][1])
    if hour is None or hour >= _HOURS or (minute is not None and minute >= _MINUTES):
        return None
    zone = match.group(f"{rule}_z")
    return Atom(
        match.start(),
        match.end(),
        "time",
        hour=hour,
        minute=minute,
        second=second,
        tz=(zone and words["zones"][zone]) or None,
    )


def _every(match: re.Match[str], words: Table) -> Atom:
    weekday = match.group("s_w")
    if weekday is not None:
        return Atom(match.start(), match.end(), "set", weekday=words["weekdays"][weekday])
    unit = words["sets"][match.group("s_x")][0]
    return Atom(match.start(), match.end(), "set", unit=unit, qty=1)


def _weekday(match: re.Match[str], words: Table) -> Atom:
    """'周三', '上周三' (Wednesday of last week), '지난 수요일' (the last Wednesday)."""
    weekday = words["weekdays"][match.group("w_d")]
    atom = Atom(match.start(), match.end(), "weekday", weekday=weekday)
    atom = atom.but(daypart=_daypart(match, words, "w_p"))
    week = match.group("w_s")
    if week is not None:
        shift = words["week_shifts"][week]
        return atom.but(base=Atom(atom.start, atom.end, "shift", unit="W", shift=shift))
    near = match.group("w_n")
    return atom if near is None else atom.but(shift=words["near_shifts"][near])


def _shift(match: re.Match[str], words: Table) -> Atom:
    """'去年', '上个月', '今年上半年' (its first half), '지난달'."""
    word = match.group("h_w")
    anaphoric = word in words["anaphoric_shifts"]
    unit, shift = (words["anaphoric_shifts"] if anaphoric else words["shifts"])[word]
    atom = Atom(match.start(), match.end(), "shift", unit=unit, shift=shift, anaphoric=anaphoric)
    quarter = _num(match, words, "h_q")
    if quarter is not None:  # "去年第四季度": the fourth quarter of last year
        return Atom(
            atom.start, atom.end, "date", quarter=quarter, shift=shift if unit == "Y" else None
        )
    written = match.group("h_p")
    parts = {"Y": words["year_parts"], "M": words["month_parts"]}.get(unit, {})
    if written is None or written not in parts:
        return atom.but(end=match.end("h_w"))
    return atom.but(part=parts[written])


def _day(match: re.Match[str], words: Table) -> Atom | None:
    """'昨天', '明日', '어제'; '今晚' tonight; '次日' the day after the date told."""
    word = match.group("y_w")
    if _blocked(match, words["not_after_days"].get(word, ()), "y_w"):
        return None
    daypart = _daypart(match, words, "y_p")
    if word in words["anaphoric_days"]:
        return Atom(
            match.start(),
            match.end(),
            "anaday",
            offset=words["anaphoric_days"][word],
            daypart=daypart,
        )
    if word in words["days_with_part"]:
        offset, daypart = words["days_with_part"][word]
        return Atom(match.start(), match.end("y_w"), "dayword", offset=offset, daypart=daypart)
    return Atom(match.start(), match.end(), "dayword", offset=words["days"][word], daypart=daypart)


def _ref(match: re.Match[str], words: Table) -> Atom | None:
    """'目前' (now), '近日' (recently), '최근': a vague reference (PRESENT_REF, PAST_REF...)."""
    word = match.group("f_w")
    if _blocked(match, words["not_after_refs"].get(word, ()), "f_w"):
        return None
    return Atom(match.start(), match.end(), "ref", ref=words["refs"][word])


def _blocked(match: re.Match[str], names: list[str], group: str) -> bool:
    """'今日头条', '明日香', '未来学': a word that begins a name or another word."""
    after = match.string[match.end(group) : match.end(group) + 4]
    return any(after.startswith(name) for name in names)


_READERS: dict[str, Callable[[re.Match[str], Table], Atom | None]] = {
    "iso": _iso,
    "years": _years,
    "date": _date,
    "count": _count,
    "duration": _duration,
    "clock": _clock,
    "time": _time,
    "every": _every,
    "weekday": _weekday,
    "shift": _shift,
    "ref": _ref,
    "day": _day,
}
