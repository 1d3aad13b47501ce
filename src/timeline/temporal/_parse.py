"""Read a grammar match into an Atom (its year, month, day, unit, shift...).

The matches that are not dates in their context are dropped by
:mod:`._checks`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.temporal._atoms import DAY_END, Atom
from timeline.temporal._checks import Fields, plausible
from timeline.temporal._grammar import Grammar
from timeline.temporal._lexicon import Lexicon, norm, zones


def read(match: re.Match[str], grammar: Grammar, lex: Lexicon) -> Atom | None:
    """The Atom of ``match``, or None when the match is not a date in context."""
    rule = match.lastgroup or ""
    fields = _fields(match, grammar.groups[rule])
    reader = _READERS.get(rule.rstrip("0123456789"), _read_date)
    atom = reader(fields, lex)
    if atom is None:
        return None
    # The atom is new and not shared yet: set its offsets in place (no copy).
    object.__setattr__(atom, "start", match.start())
    object.__setattr__(atom, "end", match.end())
    if norm(match.group(0)) in lex.idioms:
        return None
    return atom if plausible(atom, rule, fields, lex, match.string) else None


def _fields(match: re.Match[str], groups: tuple[tuple[str, str], ...]) -> Fields:
    """The rule's pieces that matched something, by their short names (one group() call)."""
    if len(groups) < 2:  # group() of one name gives a string, not a tuple
        return {short: match[full] for full, short in groups if match[full]}
    values = match.group(*(full for full, _ in groups))
    return {short: value for (_, short), value in zip(groups, values, strict=True) if value}


# ------------------------------------------------------------------ numbers

_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def number(text: str, lex: Lexicon) -> float | None:
    """The value of a quantity ('3', 'three', 'twenty-five', 'a few' -> None)."""
    text = norm(text)
    if text[:1].isdigit():
        return _digits(text)
    if text in lex.numbers:
        return lex.numbers[text]
    if text in lex.one_words:
        return 1.0
    total = 0.0
    for word in re.split(r"[\s-]+", text):
        value = lex.numbers.get(word)
        if value is None:
            if word in ("and", "et", "y", "e", "und"):
                continue
            return None
        total = total * value if value == 100 and total else total + value
    return total


def _digits(text: str) -> float:
    """'3', '2,5' (a decimal comma), '6,000' and '1.000' (thousands: three digits after)."""
    if _THOUSANDS.fullmatch(text):
        return float(re.sub(r"[.,]", "", text))
    return float(text.replace(",", "."))


def _quantity(fields: Fields, lex: Lexicon) -> float | None:
    """The amount of units: 'three', '3.5', 'one and a half', 'a fortnight' (two weeks)."""
    qty = number(fields["qty"], lex)
    fraction = fields.get("frac") or fields.get("frac2")
    if qty is not None and fraction is not None:
        qty += lex.fractions[norm(fraction)]
    if qty is not None and "slash" in fields:  # "5 1/2 hours"
        qty += 0.5
    factor = lex.unit_factors.get(norm(fields.get("unit", "")), 1)
    return None if qty is None else qty * factor


def _month(text: str, lex: Lexicon) -> int:
    return lex.months[norm(text).rstrip(".")]


def _year(fields: Fields, key: str = "year", lex: Lexicon | None = None) -> int | None:
    raw = fields.get(key)
    if raw is None:
        return _year_in_words(fields["yearw"], lex) if "yearw" in fields and lex else None
    year = int(raw)
    if len(raw) == 2:
        year += 1900 if year > 40 else 2000
    return year


def _year_in_words(text: str, lex: Lexicon) -> int | None:
    """'dos mil dieciocho' = 2000 + 18, 'mil novecientos noventa y dos' = 1900 + 92."""
    text = norm(text)
    head = max((w for w in lex.year_words if text.startswith(w)), key=len, default=None)
    if head is None:
        return None
    rest = text[len(head) :].strip()
    tail = number(rest, lex) if rest else 0.0
    return None if tail is None else lex.year_words[head] + int(tail)


# ------------------------------------------------------------------ readers


def _read_date(fields: Fields, lex: Lexicon) -> Atom:
    return Atom(
        0,
        0,
        "date",
        year=_year(fields, lex=lex),
        month=_month(fields["month"], lex) if "month" in fields else None,
        day=int(fields["day"]) if "day" in fields else None,
        weekday=lex.weekdays.get(norm(fields.get("weekday", ""))),
        shift=_shift(fields, lex),
        part=lex.parts.get(norm(fields.get("part", ""))),
        season=lex.seasons.get(norm(fields.get("season", ""))),
    )


def _read_iso(fields: Fields, lex: Lexicon) -> Atom:
    atom = Atom(0, 0, "date", year=int(fields["year"]), month=int(fields["mon"]))
    atom = atom.but(day=int(fields["day"]))
    if "hour" not in fields:
        return atom
    return atom.but(
        time=Atom(
            0, 0, "time", hour=int(fields["hour"]), minute=int(fields["minute"]), tz=_tz_of(fields)
        )
    )


def _read_numeric(fields: Fields, lex: Lexicon) -> Atom | None:
    first, second = int(fields["n1"]), int(fields["n2"])
    day, month = (second, first) if lex.day_order == "mdy" else (first, second)
    if month > 12 >= day:
        day, month = month, day
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Atom(0, 0, "date", year=_year(fields), month=month, day=day)


def _read_monthnum(fields: Fields, lex: Lexicon) -> Atom | None:
    month = int(fields["mon"])
    if not 1 <= month <= 12:
        return None
    day = int(fields["day"]) if "day" in fields else None
    return Atom(0, 0, "date", year=_year(fields), month=month, day=day)


def _read_dayrange(fields: Fields, lex: Lexicon) -> Atom | None:
    first = _read_date(fields, lex)
    if first.day is None or int(fields["day2"]) <= first.day:
        return None
    return first.but(until=first.but(day=int(fields["day2"])))


def _read_ordmy(fields: Fields, lex: Lexicon) -> Atom | None:
    day = lex.ordinals.get(norm(fields["ordw"]))
    if day is None or day < 1:
        return None
    return _read_date(fields, lex).but(day=day)


def _read_word_day(fields: Fields, lex: Lexicon) -> Atom | None:
    day = number(fields["dayw"], lex)
    if day is None or day % 1 or not 1 <= day <= 31:  # days of a month
        return None
    return _read_date(fields, lex).but(day=int(day))


def _read_weekday_day(fields: Fields, lex: Lexicon) -> Atom | None:
    """'el martes 25': a weekday and a day number, the month left to the calendar."""
    day = number(fields["dayw"], lex) if "dayw" in fields else float(fields["day"])
    if day is None or not 1 <= day <= 31:
        return None
    return _read_date(fields, lex).but(day=int(day))


def _read_quarter(fields: Fields, lex: Lexicon) -> Atom | None:
    raw = fields.get("q") or fields.get("q2")
    quarter = int(raw) if raw else lex.ordinals.get(norm(fields.get("ordw", "")))
    if quarter is None or not (quarter == -1 or 1 <= quarter <= 4):
        return None
    return Atom(0, 0, "date", year=_year(fields), quarter=quarter, shift=_shift(fields, lex))


def _read_year_of(fields: Fields, lex: Lexicon) -> Atom:
    """'June last year': the month (or day) of the year ``shift`` years from the reference."""
    return _read_date(fields, lex).but(kind="yearof")


def _read_year_period(fields: Fields, lex: Lexicon) -> Atom:
    """'the 1988 period': that year, or its quarter when a quarter is being reported.

    Without a year ('the latest period'), the period being reported.
    """
    return Atom(0, 0, "yearperiod", year=_year(fields))


def _read_week_number(fields: Fields, lex: Lexicon) -> Atom | None:
    """'week 31', 'KW 31 2026', 'la semaine 12': an ISO week, of the reference year if unsaid."""
    week = int(fields["wn"])
    year, shift = _year(fields), _shift(fields, lex)  # "week 27 of last year"
    return Atom(0, 0, "isoweek", year=year, shift=shift, qty=float(week)) if week else None


def _read_week_of(fields: Fields, lex: Lexicon) -> Atom | None:
    """'the first week of 2021' (-1: the last week), of a month or a year."""
    if "lastw" in fields:
        number: int | None = -1
    else:
        number = int(fields["ordn"]) if "ordn" in fields else lex.ordinals.get(norm(fields["ordw"]))
    month = _month(fields["month"], lex) if "month" in fields else None
    weeks = 53 if month is None else 5  # weeks of a year, of a month
    if number is None or not (number == -1 or 1 <= number <= weeks):
        return None
    return Atom(0, 0, "weekof", year=_year(fields), month=month, qty=float(number))


def _read_nth_of(fields: Fields, lex: Lexicon) -> Atom | None:
    """'the third month of 2021', 'the 15th day of next month': a day or month of a period."""
    number = int(fields["ordn"]) if "ordn" in fields else lex.ordinals.get(norm(fields["ordw"]))
    if number is None or number < 1:
        return None
    unit = lex.nth_units[norm(fields["nunit"])]
    period = None
    if "unit" in fields:
        period = Atom(
            0, 0, "shift", unit=lex.units[norm(fields["unit"])], shift=_shift(fields, lex)
        )
    return Atom(0, 0, "nthof", qty=float(number), unit=unit, year=_year(fields), base=period)


def _read_decade(fields: Fields, lex: Lexicon) -> Atom:
    century = int(fields["century"]) if "century" in fields else 19
    decade = century * 100 + int(fields["decade"]) * 10
    return Atom(0, 0, "decade", decade=decade, part=lex.parts.get(norm(fields.get("part", ""))))


def _read_century(fields: Fields, lex: Lexicon) -> Atom | None:
    """'the 20th century' is the 1900s (TimeML value '19')."""
    number = int(fields["cn"]) if "cn" in fields else lex.ordinals.get(norm(fields["ordw"]))
    if number is None or not 1 <= number <= 21:
        return None
    part = lex.parts.get(norm(fields.get("part", "")))
    return Atom(0, 0, "century", decade=(number - 1) * 100, part=part)


def _read_spelled_year(fields: Fields, lex: Lexicon) -> Atom | None:
    """'nineteen ninety-six' is 1996; 'the year two thousand and six' is 2006."""
    if "yc" in fields:
        base, rest = lex.year_centuries[norm(fields["yc"])] * 100, fields["yn"]
    else:
        thousands = fields.get("yt") or fields["yt2"]
        base, rest = lex.year_thousands[norm(thousands)], fields.get("yn2") or fields.get("yn3", "")
    words = [w for w in re.split(r"[\s-]+", norm(rest)) if w and w not in lex.year_zero]
    if len(words) > 1 and words[0] in lex.year_hundred:  # "nineteen hundred (and) ninety-three"
        words = [w for w in words[1:] if w not in lex.range_and]
    pair = 0.0 if not words or " ".join(words) in lex.year_hundred else number(" ".join(words), lex)
    return None if pair is None else Atom(0, 0, "date", year=base + int(pair))


def _read_yearrange(fields: Fields, lex: Lexicon) -> Atom | None:
    first, last = int(fields["year"]), int(fields["year2"])
    if last <= first:
        return None
    return Atom(0, 0, "date", year=first, until=Atom(0, 0, "date", year=last))


def _read_relative(kind: str) -> Callable[[Fields, Lexicon], Atom | None]:
    def reader(fields: Fields, lex: Lexicon) -> Atom | None:
        if norm(fields["unit"]) in lex.shift_only_units:  # "in a calendar year"
            return None
        unit = lex.units.get(norm(fields["unit"]))
        qty = 1.0 if "whole" in fields else _quantity(fields, lex)
        if kind == "later":
            qty = None if qty is None else qty * lex.later_after[norm(fields["later"])]
        if qty is not None and "half" in fields:  # "tres años y medio"
            qty += 0.5
        approx = lex.approximators.get(norm(fields.get("approx", "")))
        return Atom(0, 0, kind, unit=unit, qty=qty, approx=approx)

    return reader


def _read_year_ago(fields: Fields, lex: Lexicon) -> Atom:
    """'the year-ago quarter' is 'a year earlier': the period named, a year before."""
    quarter = lex.ordinals.get(norm(fields.get("ordw", "")))
    if quarter is not None and 1 <= quarter <= 4:  # "the year-earlier third quarter"
        return Atom(0, 0, "date", quarter=quarter, shift=-1)
    return Atom(0, 0, "later", unit="Y", qty=-1.0)


def _read_word(kind: str, table: str) -> Callable[[Fields, Lexicon], Atom | None]:
    def reader(fields: Fields, lex: Lexicon) -> Atom | None:
        words: dict[str, int] = getattr(lex, table)
        word = norm(fields[kind])
        daypart = lex.day_parts.get(norm(fields.get("daypart", ""))) or lex.day_word_parts.get(word)
        part = lex.parts.get(norm(fields.get("part", "")))
        offset = words[word]
        ends = {norm(fields.get("part", "")), word} & lex.day_end
        if kind == "dayword" and ends and daypart is None:  # "end of tomorrow": its last second
            return Atom(0, 0, kind, offset=offset, daypart=DAY_END)
        return Atom(0, 0, kind, offset=offset, daypart=daypart, part=part)

    return reader


def _read_holiday(fields: Fields, lex: Lexicon) -> Atom:
    rule = lex.holidays[norm(fields["holiday"])]
    weekend = "WE" if {"wepre", "wemid", "wepost"} & fields.keys() else None
    year, shift = _year(fields), _shift(fields, lex)
    if "yshift" in fields:  # "independence day of this year": that year's, from the reference
        years = Atom(0, 0, "shift", unit="Y", shift=lex.shift_before[norm(fields["yshift"])])
        return Atom(0, 0, "holiday", holiday=rule, base=years, unit=weekend)
    return Atom(0, 0, "holiday", holiday=rule, year=year, shift=shift, unit=weekend)


def _read_shiftdaypart(fields: Fields, lex: Lexicon) -> Atom | None:
    offset = lex.shift_before.get(norm(fields["shift"]))
    daypart = lex.day_parts.get(norm(fields["daypart"]))
    if offset is None or offset > 0:
        return None
    return Atom(0, 0, "dayword", offset=offset, daypart=daypart)


def _read_shiftunit(fields: Fields, lex: Lexicon) -> Atom | None:
    part = lex.parts.get(norm(fields.get("part", "")))
    lead = norm(f"{fields.get('art', '')} {fields.get('shift', '')}")
    unit = lex.units[norm(fields["unit"])]
    plural = norm(fields["unit"]) in lex.plural_units
    if lead in lex.span_shifts:  # "the past year" is a year long, not last year
        factor = lex.unit_factors.get(norm(fields["unit"]), 1.0)  # "the past fortnight"
        return Atom(0, 0, "duration", unit=unit, qty=None if plural else factor)
    if (plural and ("det" in fields or "ana" in fields)) or norm(
        fields["unit"]
    ) in lex.unit_factors:
        return None  # "the weeks", "that weeks", "last fortnight" (two weeks: no calendar week)
    shift = _shift(fields, lex)
    if plural:  # "coming months", "ces dernières années"
        return Atom(0, 0, "ref", ref=("PAST_REF", "PRESENT_REF", "FUTURE_REF")[(shift or 0) + 1])
    if "ana" in fields:  # "that year": the year of the date told before
        return Atom(0, 0, "shift", unit=unit, shift=0, part=part, anaphoric=True)
    if shift is None and unit == "Q" and not part:
        shift = -1  # "the quarter" of a report is the last one completed: results come after
    return Atom(0, 0, "shift", unit=unit, shift=shift, part=part, anaphoric=_anaphoric(fields, lex))


def _read_unit_end(fields: Fields, lex: Lexicon) -> Atom:
    """'year-end', 'year's end': the end of this year (as 'the end of the year')."""
    return Atom(0, 0, "shift", unit=lex.unit_ends[norm(fields["unitend"])], part="END")


def _read_weekday(fields: Fields, lex: Lexicon) -> Atom:
    weekday = lex.weekdays[norm(fields["weekday"])]
    daypart = DAY_END if "dayend" in fields else lex.day_parts.get(norm(fields.get("daypart", "")))
    shift, anaphoric = _shift(fields, lex), _anaphoric(fields, lex)
    return Atom(0, 0, "weekday", weekday=weekday, shift=shift, daypart=daypart, anaphoric=anaphoric)


def _read_weekday_th(fields: Fields, lex: Lexicon) -> Atom | None:
    """'Tuesday the 11th': a weekday and the number of its day in the month."""
    raw = fields.get("day") or fields.get("day2")
    day = int(raw) if raw else lex.ordinals.get(norm(fields["ordw"]))
    if day is None or not 1 <= day <= 31:
        return None
    return Atom(0, 0, "date", weekday=lex.weekdays[norm(fields["weekday"])], day=day)


def _read_plural(fields: Fields, lex: Lexicon) -> Atom:
    """'for weeks', 'pendant des années': an unknown number of units.

    After a lead word, the time it points to: 'in recent weeks' is PAST_REF, as
    'the coming months' is FUTURE_REF.
    """
    if "plead" in fields:
        return Atom(0, 0, "ref", ref=lex.plural_leads[norm(fields["plead"])])
    return Atom(0, 0, "duration", unit=lex.units[norm(fields["unit"])], qty=None)


def _read_set(fields: Fields, lex: Lexicon) -> Atom:
    if "setadv" in fields:
        return Atom(0, 0, "set", value=lex.set_adverbs[norm(fields["setadv"])])
    unit = norm(fields.get("unit", ""))
    qty = _quantity(fields, lex) if "qty" in fields else lex.unit_factors.get(unit, 1.0)
    if norm(fields.get("every", "")) in lex.every_other:  # "every other day": P2D
        qty = None if qty is None else qty * 2
    if "weekday" in fields:
        return Atom(0, 0, "set", weekday=lex.weekdays[norm(fields["weekday"])])
    return Atom(0, 0, "set", unit=lex.units[unit], qty=qty)


def _read_ref(fields: Fields, lex: Lexicon) -> Atom | None:
    value = lex.refs.get(norm(fields["ref"]))
    return Atom(0, 0, "ref", ref=value) if value else None


def _read_time(fields: Fields, lex: Lexicon) -> Atom | None:
    hour = lex.time_words[norm(fields["tword"])] if "tword" in fields else int(fields["hour"])
    afternoon = "pm" in fields or "pms" in fields
    if (afternoon or "am" in fields or "ams" in fields) and hour <= 12:
        if hour == 0:
            return None
        hour = hour % 12 + (12 if afternoon else 0)
    minute = int(fields.get("minute", 0))
    second = int(fields["second"]) if "second" in fields else None
    return Atom(0, 0, "time", hour=hour, minute=minute, second=second, tz=_tz_of(fields))


def _read_word_hour(fields: Fields, lex: Lexicon) -> Atom | None:
    """'las dos de la tarde' (14:00), 'cinq heures et demie du matin' (05:30)."""
    hour = int(number(fields["hourw"], lex) or 0)
    minute = lex.clock_minutes.get(norm(fields.get("clock", "")), 0)
    if minute < 0:  # "las tres menos cuarto": a quarter to three
        hour, minute = hour - 1, 60 + minute
    if "pm" in fields and hour < 12:
        hour += 12
    return Atom(0, 0, "time", hour=hour % 24, minute=minute)


def _tz_of(fields: Fields) -> str | None:
    if "tz" in fields:
        code = fields["tz"]
        return "+00:00" if code == "Z" else zones().abbreviations.get(norm(code), code)
    city = fields.get("city") or fields.get("city2")
    return zones().cities.get(norm(city)) if city else None


def _anaphoric(fields: Fields, lex: Lexicon) -> bool:
    """'the following year', 'the previous Friday': shifted from the date told before."""
    return norm(fields.get("shift", "")) in lex.anaphoric_shifts


def _shift(fields: Fields, lex: Lexicon) -> int | None:
    if "shift" in fields:
        return lex.shift_before.get(norm(fields["shift"]))
    if "shiftpost" in fields:
        return lex.shift_after.get(norm(fields["shiftpost"]).lstrip("-"), 0)
    return None


_READERS: dict[str, Callable[[Fields, Lexicon], Atom | None]] = {
    "iso": _read_iso,
    "numeric": _read_numeric,
    "spaced": _read_numeric,
    "spacedymd": _read_monthnum,
    "yearprefix": _read_date,
    "weekdayday": _read_weekday_day,
    "dayonly": _read_weekday_day,
    "monthyy": _read_date,
    "time_wordh": _read_word_hour,
    "monthnum": _read_monthnum,
    "yearmonth": _read_monthnum,
    "compact": _read_monthnum,
    "nthof": _read_nth_of,
    "monthord": _read_ordmy,
    "monthglued": _read_date,
    "spokendm": _read_word_day,
    "spokenmd": _read_word_day,
    "daymonth": _read_monthnum,
    "dayrange_dm": _read_dayrange,
    "dayrange_md": _read_dayrange,
    "ordmy": _read_ordmy,
    "wordday": _read_word_day,
    "quarter": _read_quarter,
    "quarter_q": _read_quarter,
    "quarter_y": _read_quarter,
    "yearof": _read_year_of,
    "yearperiod": _read_year_period,
    "weeknum": _read_week_number,
    "ordweek": _read_week_of,
    "decade": _read_decade,
    "yearrange": _read_yearrange,
    "spelledyear": _read_spelled_year,
    "century": _read_century,
    "ago_pre": _read_relative("ago"),
    "ago_post": _read_relative("ago"),
    "later": _read_relative("later"),
    "yearago": _read_year_ago,
    "future": _read_relative("future"),
    "duration": _read_relative("duration"),
    "anaday": _read_word("anaday", "anaphoric_days"),
    "dayword": _read_word("dayword", "day_words"),
    "holiday": _read_holiday,
    "shiftdaypart": _read_shiftdaypart,
    "shiftunit": _read_shiftunit,
    "unitshift": _read_shiftunit,
    "partunit": _read_shiftunit,
    "unitend": _read_unit_end,
    "weekday": _read_weekday,
    "weekdayth": _read_weekday_th,
    "plural": _read_plural,
    "set": _read_set,
    "setadv": _read_set,
    "ref": _read_ref,
    "time_ampm": _read_time,
    "time_colon": _read_time,
    "time_h": _read_time,
    "time_word": _read_time,
}
