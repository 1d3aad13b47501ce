"""Read explicit calendar dates into Atoms.

Days, months and years in their written shapes (ISO, numeric, named months,
day ranges, ordinal and spoken days), weeks, quarters, report periods, decades,
centuries, spelled years, year ranges and holidays.
"""

from __future__ import annotations

from timeline.temporal._around import Fields
from timeline.temporal._atoms import Atom
from timeline.temporal._lexicon import Lexicon, norm
from timeline.temporal._values import WORD_BREAKS, _month, _roman, _shift, _tz_of, _year, number


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


def _read_night_date(fields: Fields, lex: Lexicon) -> Atom | None:
    """'la notte tra il 4 e il 5 maggio', 'Nacht zum 5. Mai': the night before the second
    day (the 4th's, TNI), across the month's start too ('Nacht zum 1. Mai')."""
    day = _read_date({**fields, "day": fields["day2"]}, lex)
    assert day.day is not None
    if "day" in fields and int(fields["day"]) + 1 != day.day and day.day != 1:
        return None  # "la notte tra il 4 e il 6 maggio": no one night
    return day.but(daypart="NI", offset=-1)


def _read_stamp(fields: Fields, lex: Lexicon) -> Atom:
    """'Wed Oct 26 15:50:06 2016': a day, its time to the second, the year after the time."""
    time = Atom(
        0,
        0,
        "time",
        hour=int(fields["hour"]),
        minute=int(fields["minute"]),
        second=int(fields["second"]),
    )
    return _read_date(fields, lex).but(time=time)


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


def _read_daymonth(fields: Fields, lex: Lexicon) -> Atom | None:
    """German 'am 22.04.', and 'am 27. 11. 2024' with a space after each dot."""
    if "day2" in fields:
        return _read_monthnum({**fields, "day": fields["day2"], "mon": fields["mon2"]}, lex)
    return _read_monthnum(fields, lex)


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


def _read_bare_day(fields: Fields, lex: Lexicon) -> Atom:
    """'Le 14, ...': a day of the month the story is in, placed from the day told before
    (anaphoric: none told, no date). After a preposition ('on the 14th') it may also be of
    the document's month, as 'el día 14'."""
    return Atom(0, 0, "date", day=int(fields["day"]), anaphoric=not lex.bare_day_after)


def _read_week_mark(fields: Fields, lex: Lexicon) -> Atom:
    """'the week of': the week of the date that follows (joined in _compose)."""
    return Atom(0, 0, "weekmark", unit="W")


def _read_roman_century(fields: Fields, lex: Lexicon) -> Atom | None:
    """'XXe siècle', 'siglo XXI': the hundred years, '19XX'."""
    number = _roman(fields.get("cent") or fields["cent2"])
    first = 1 if {"bc", "ad"} & fields.keys() else 2  # "Ier siècle av. J.-C."; "I" alone: a letter
    if number is None or not first <= number <= 21:
        return None
    return _century_of(number, fields).but(part=lex.parts.get(norm(fields.get("part", ""))))


def _century_of(number: int, fields: Fields) -> Atom:
    """The number-th century; before Christ: TIMEX3 'BC04' for the 5th (no calendar span)."""
    if "bc" in fields:
        return Atom(0, 0, "era", value=f"BC{number - 1:02d}")
    return Atom(0, 0, "century", decade=(number - 1) * 100)


def _read_era_range(fields: Fields, lex: Lexicon) -> Atom | None:
    """'from 58 to 50 BC' is 'BC0058/BC0050'; 'from 1200 to 1250 AD' the years 1200-1250."""
    first, last = int(fields["eyear"]), int(fields["eyear3"])
    if "bc" in fields:
        return Atom(0, 0, "era", value=f"BC{first:04d}/BC{last:04d}") if first > last > 0 else None
    if not 0 < first < last:
        return None
    return Atom(0, 0, "date", year=first, until=Atom(0, 0, "date", year=last))


def _read_era_year(fields: Fields, lex: Lexicon) -> Atom | None:
    """'58 BC' is TIMEX3 'BC0058' (no calendar span: dates here start at year 1);
    'AD 79', '9 n. Chr.' are the years 79 and 9."""
    number = int(fields.get("eyear") or fields["eyear2"])
    if number < 1:
        return None
    part = lex.parts.get(norm(fields.get("part", "")))
    if "bc" in fields:
        return Atom(0, 0, "era", value=f"BC{number:04d}", part=part)
    return Atom(0, 0, "date", year=number, part=part)


def _read_decade_word(fields: Fields, lex: Lexicon) -> Atom:
    """'los años noventa' is the 1990s; 'a finales de los años ochenta' their end."""
    decade = 1900 + 10 * lex.decade_words[norm(fields["decw"])]
    return Atom(0, 0, "decade", decade=decade, part=lex.parts.get(norm(fields.get("part", ""))))


def _read_quarter(fields: Fields, lex: Lexicon) -> Atom | None:
    raw = fields.get("q") or fields.get("q2") or fields.get("qn")
    quarter = int(raw) if raw else lex.ordinals.get(norm(fields.get("ordw", "")))
    if quarter is None or not (quarter == -1 or 1 <= quarter <= 4):
        return None
    part = lex.parts.get(norm(fields.get("part", "")))  # "the end of the first quarter"
    return Atom(
        0, 0, "date", year=_year(fields), quarter=quarter, shift=_shift(fields, lex), part=part
    )


def _read_half(fields: Fields, lex: Lexicon) -> Atom:
    """'H1 2017', '2017 H2': the half of the year (as 'the first half of 2017')."""
    half = fields.get("h") or fields["h2"]
    return Atom(0, 0, "date", year=_year(fields), part=f"H{half}")


def _read_year_of(fields: Fields, lex: Lexicon) -> Atom:
    """'June last year', '3. Mai vergangenen Jahres', 'Herbst dieses Jahres': the month, day
    or season of the year ``shift`` years from the reference."""
    if "day2" in fields:  # the day before its month
        fields = {**fields, "day": fields["day2"]}
    return _read_date(fields, lex).but(kind="yearof")


def _read_year_period(fields: Fields, lex: Lexicon) -> Atom:
    """'the 1988 period': that year, or its quarter when a quarter is being reported.

    Without a year ('the latest period'), the period being reported.
    """
    return Atom(0, 0, "yearperiod", year=_year(fields))


def _read_week_number(fields: Fields, lex: Lexicon) -> Atom | None:
    """'week 31', 'KW 31 2026', 'la semaine 12': an ISO week, of the reference year if unsaid."""
    week = int(fields["wn"])
    year, shift = _year(fields, lex=lex), _shift(fields, lex)  # "week 27 of last year"
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


def _read_nth_weekday(fields: Fields, lex: Lexicon) -> Atom | None:
    """'the first Monday of March' (-1: the last one): a day of the month, as a holiday rule
    (no fifth: not every month has one)."""
    nth = -1 if "lastw" in fields else lex.ordinals.get(norm(fields["ordw"]))
    if nth is None or not (nth == -1 or 1 <= nth <= 4):
        return None
    weekday = lex.weekdays[norm(fields["weekday"])] - 1  # ISO 1-7 to Monday 0
    month = _month(fields["month"], lex)
    return Atom(0, 0, "holiday", holiday=f"nth:{month}:{nth}:{weekday}", year=_year(fields))


def _read_nth_of(fields: Fields, lex: Lexicon) -> Atom | None:
    """'the third month of 2021', 'the 15th day of next month': a day or month of a period;
    'el último trimestre del año pasado' the last one (-1)."""
    number = int(fields["ordn"]) if "ordn" in fields else lex.ordinals.get(norm(fields["ordw"]))
    if number is None or (number < 1 and number != -1):
        return None
    unit = lex.nth_units[norm(fields["nunit"])]
    period = None
    if "unit" in fields:
        period = Atom(
            0, 0, "shift", unit=lex.units[norm(fields["unit"])], shift=_shift(fields, lex)
        )
    return Atom(
        0, 0, "nthof", qty=float(number), unit=unit, year=_year(fields, lex=lex), base=period
    )


def _read_nth_day(fields: Fields, lex: Lexicon) -> Atom | None:
    """'the 4th day of July, 1995', 'le 4e jour de juillet': that day of the month."""
    day = int(fields["ordn"]) if "ordn" in fields else lex.ordinals.get(norm(fields["ordw"]))
    if day is None or not 1 <= day <= 31:
        return None
    return _read_date(fields, lex).but(day=day)


def _read_decade(fields: Fields, lex: Lexicon) -> Atom:
    """'the 1990s', "the '90s"; in English 'the 1800s' and 'the 1900s' are centuries ('the
    2000s': the decade, as news uses it), where "les années 1900" is a decade."""
    century = int(fields["century"]) if "century" in fields else 19
    decade = century * 100 + int(fields["decade"]) * 10
    part = lex.parts.get(norm(fields.get("part", "")))
    hundreds = lex.hundreds_are_centuries and "century" in fields and decade % 100 == 0
    kind = "century" if hundreds and century < 20 else "decade"
    return Atom(0, 0, kind, decade=decade, part=part)


def _read_named_century(fields: Fields, lex: Lexicon) -> Atom:
    """Italian 'il Novecento' is the 20th century (the 1900s), 'fine Ottocento' its end."""
    part = lex.parts.get(norm(fields.get("part", "")))
    return _century_of(lex.century_names[norm(fields["cname"])], fields).but(part=part)


def _read_century(fields: Fields, lex: Lexicon) -> Atom | None:
    """'the 20th century' is the 1900s (TimeML value '19')."""
    number = int(fields["cn"]) if "cn" in fields else lex.ordinals.get(norm(fields["ordw"]))
    if number is None or not 1 <= number <= 21:
        return None
    part = lex.parts.get(norm(fields.get("part", "")))
    return _century_of(number, fields).but(part=part)


def _read_spelled_year(fields: Fields, lex: Lexicon) -> Atom | None:
    """'nineteen ninety-six' is 1996; 'the year two thousand and six' is 2006."""
    if "yc" in fields:
        base, rest = lex.year_centuries[norm(fields["yc"])] * 100, fields["yn"]
    else:
        thousands = fields.get("yt") or fields["yt2"]
        base, rest = lex.year_thousands[norm(thousands)], fields.get("yn2") or fields.get("yn3", "")
    words = [w for w in WORD_BREAKS.split(norm(rest)) if w and w not in lex.year_zero]
    if len(words) > 1 and words[0] in lex.year_hundred:  # "nineteen hundred (and) ninety-three"
        words = [w for w in words[1:] if w not in lex.range_and]
    pair = 0.0 if not words or " ".join(words) in lex.year_hundred else number(" ".join(words), lex)
    return None if pair is None else Atom(0, 0, "date", year=base + int(pair))


def _read_yearrange(fields: Fields, lex: Lexicon) -> Atom | None:
    first = int(fields["year"])
    last = int(fields["year2"]) if "year2" in fields else _short_year(first, int(fields["yy"]))
    if last <= first:
        return None
    return Atom(0, 0, "date", year=first, until=Atom(0, 0, "date", year=last))


def _short_year(first: int, last_digits: int) -> int:
    """The year ending in ``last_digits`` within ten years after ``first``: '1997-98' is
    1998, '1999-00' 2000, '2007-13' 2013 (seasons, fiscal years, budgets, wars: news
    shortens the end of a span of a few years); 0 past that ('2015-32' is no date)."""
    last = first // 100 * 100 + last_digits
    if last <= first:
        last += 100
    return last if last - first <= _SHORT_SPAN else 0


_SHORT_SPAN = 10


def _read_holiday(fields: Fields, lex: Lexicon) -> Atom:
    rule, _, week = lex.holidays[norm(fields["holiday"])].partition("/")  # "easter-3/W"
    weekend = "WE" if {"wepre", "wemid", "wepost"} & fields.keys() else (week or None)
    year, shift = _year(fields), _shift(fields, lex)
    if "yshift" in fields:  # "independence day of this year": that year's, from the reference
        years = Atom(0, 0, "shift", unit="Y", shift=lex.shift_before[norm(fields["yshift"])])
        return Atom(0, 0, "holiday", holiday=rule, base=years, unit=weekend)
    return Atom(0, 0, "holiday", holiday=rule, year=year, shift=shift, unit=weekend)


def _read_weekday_th(fields: Fields, lex: Lexicon) -> Atom | None:
    """'Tuesday the 11th': a weekday and the number of its day in the month."""
    raw = fields.get("day") or fields.get("day2")
    day = int(raw) if raw else lex.ordinals.get(norm(fields["ordw"]))
    if day is None or not 1 <= day <= 31:
        return None
    return Atom(0, 0, "date", weekday=lex.weekdays[norm(fields["weekday"])], day=day)
