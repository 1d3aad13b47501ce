"""Read times of day into Atoms: '14:30', '9 a.m.', 'a las dos de la tarde', 'halb 8'."""

from __future__ import annotations

from timeline.temporal._around import Fields
from timeline.temporal._atoms import Atom
from timeline.temporal._lexicon import Lexicon, norm
from timeline.temporal._values import _tz_of, number


def _read_time(fields: Fields, lex: Lexicon) -> Atom | None:
    if "ledword" in fields:
        return Atom(0, 0, "time", hour=lex.led_time_words[norm(fields["ledword"])], minute=0)
    hour = lex.time_words[norm(fields["tword"])] if "tword" in fields else int(fields["hour"])
    if "night" in fields:
        return Atom(0, 0, "time", hour=at_night(hour), minute=int(fields.get("minute", 0)))
    afternoon = "pm" in fields or "pms" in fields
    if (afternoon or "am" in fields or "ams" in fields) and hour <= 12:
        if hour == 0:
            return None
        hour = hour % 12 + (12 if afternoon else 0)
    minute = int(fields.get("minute", 0))
    second = int(fields["second"]) if "second" in fields else None
    told = told_minutes(fields, lex)
    if told:  # "8pm menos cuarto": 19:45
        hour, minute = divmod(hour * 60 + minute + told, 60)
    return Atom(0, 0, "time", hour=hour % 24, minute=minute, second=second, tz=_tz_of(fields))


def told_minutes(fields: Fields, lex: Lexicon) -> int:
    """The minutes told after an hour: 'y media' 30, 'menos cuarto' -15, 'meno tre minuti' -3."""
    if "minm" in fields:
        return -int(number(fields["minm"], lex) or 0)
    if "minp" in fields:  # "à 20 heures 30"
        return int(number(fields["minp"], lex) or 0)
    return lex.clock_minutes.get(norm(fields.get("clock", "")), 0)


def _read_word_hour(fields: Fields, lex: Lexicon) -> Atom | None:
    """'las dos de la tarde' (14:00), 'cinq heures et demie du matin' (05:30)."""
    hour = int(number(fields["hourw"], lex) or 0)
    minute = lex.clock_minutes.get(norm(fields.get("clock", "")), 0)
    return _clock_time(fields, hour, minute)


def _read_linked_hour(fields: Fields, lex: Lexicon) -> Atom | None:
    """'a las diez' (10:00), 'alle sette e mezza' (7:30), 'às oito e quarenta e cinco'."""
    hour = int(fields["hour"]) if "hour" in fields else int(number(fields["hourw"], lex) or 0)
    if "minute" in fields:
        minute = int(fields["minute"])
    elif "minw" in fields:
        minute = int(number(fields["minw"], lex) or 0)
    else:
        minute = told_minutes(fields, lex)
    return _clock_time(fields, hour, minute)


def _read_counted(fields: Fields, lex: Lexicon) -> Atom | None:
    """'5 minuti alle 4' (3:55), 'zehn nach acht' (8:10): minutes to or past the hour."""
    hour = int(fields["hour"]) if "hour" in fields else int(number(fields["hourw"], lex) or 0)
    minutes = int(number(fields.get("minc") or fields["minu"], lex) or 0)
    if hour not in _CLOCK_HOURS or minutes not in _CLOCK_MINUTES:
        return None
    return _clock_time(fields, hour, minutes * lex.clock_counts[norm(fields["ccount"])])


def _clock_time(fields: Fields, hour: int, minute: int) -> Atom:
    """The time of an hour and its minutes; negative minutes count back from the hour
    ("las tres menos cuarto" is 2:45), and a p.m. word moves a morning hour on by 12."""
    if minute < 0:
        hour, minute = hour - 1, 60 + minute
    if "pm" in fields and hour < 12:
        hour += 12
    if "night" in fields:
        hour = at_night(hour)
    return Atom(0, 0, "time", hour=hour % 24, minute=minute)


_CLOCK_HOURS = range(1, 25)
_CLOCK_MINUTES = range(1, 60)
_EVENING = range(6, 12)  # "10 Uhr nachts" is 22:00; "2 Uhr nachts" 2:00


def at_night(hour: int) -> int:
    """The hour of the clock said with "at night" ("nachts"): 12 is midnight, 6 to 11 are
    the evening's, 1 to 5 the small hours'."""
    if hour == 12:  # twelve o'clock
        return 0
    return hour + 12 if hour in _EVENING else hour


def _read_clock(fields: Fields, lex: Lexicon) -> Atom | None:
    """'halb 8' is 7:30, 'viertel nach drei' 3:15: minutes before or after the hour named."""
    hour = int(fields["hour"]) if "hour" in fields else int(number(fields["hourw"], lex) or 0)
    return _clock_time(fields, hour, lex.clock_before[norm(fields["clockb"])])
