"""The times of day of the rule table ("3 p.m.", "16:45 UTC", "um 14.30 Uhr", "a las
diez", "halb 8"), and the clock link words before them. Used by :mod:`._rules` and
:mod:`._dispatch`.
"""

from __future__ import annotations

import re

from timeline.temporal._lexicon import Lexicon
from timeline.temporal._patterns import _zone, after_words, alt

_CLOCK_FACE = 12


def clock_after(lex: Lexicon) -> str:
    """Just after a clock link word ('a las ', 'alle ', "all'"), as lookbehinds (each
    fixed width)."""
    ends = [f"{w} " for w in lex.clock_links]
    ends += [w for w in lex.clock_links if w.endswith(("'", "\u2019"))]  # "all'una"
    return "(?:" + "|".join(f"(?<={re.escape(w)})" for w in ends) + ")"


def zoned_hours(lex: Lexicon) -> tuple[str, str]:
    """'1430 GMT', '0900 UTC Wednesday': four digits of a 24-hour clock, then a time zone,
    as wire news writes times (tried before years: '1100 GMT' is no year)."""
    return (
        "time_zoned",
        f"(?<![\\d:.,/\\-$#])(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d){_zone(lex)}",
    )


def _time_rules(lex: Lexicon) -> list[tuple[str, str]]:
    zone = _zone(lex)
    hours = alt(w for w, v in lex.numbers.items() if v and v <= 12 and not v % 1)
    minutes = alt(w for w, v in lex.numbers.items() if v and v < 60 and not v % 1)
    joint = alt(w for w in lex.range_and if " " not in w)
    ampm = f"(?:{alt(lex.am, 'am')}|{alt(lex.pm, 'pm')}|{alt(lex.night_clock, 'night')})"
    # "in the morning" after an hour: only after a link ("at 4 in the morning"; not "7 in the
    # morning session"), by the "_linked" rules
    plain = f"(?!{alt(lex.linked_meridiems)}(?!\\w)){ampm}"
    linked = f"\\s+(?=(?:{alt(lex.linked_meridiems)})(?!\\w)){ampm}(?!\\w)"
    lead = after_words(lex.linked_meridiem_leads)
    short = f"{alt(lex.am_short, 'ams')}|{alt(lex.pm_short, 'pms')}"  # "at 9a": glued only
    hour = r"(?P<hour>[01]?\d|2[0-3])"
    minute = r"(?P<minute>[0-5]\d)"
    second = r"(?::(?P<second>[0-5]\d))?"
    marker = alt(lex.hour_marker)
    words = alt(w for w in lex.hour_marker if len(w) > 1)  # "1.30 h" may count hours
    not_counted = "".join(f"(?<!\\b{re.escape(w)} )" for w in lex.in_before)
    told = told_minutes_pattern(lex)
    return [
        (  # "8pm menos cuarto" (19:45), "9pm e tre quarti" (21:45)
            "time_ampm",  # "8: 45 a.m.": a space after the colon when a meridiem follows
            f"(?<![\\d:.,]){hour}(?:(?:[:.]|:\\s){minute}{second})?(?:\\s*{plain}|{short})(?!\\w)"
            f"(?:{told})?{zone}?",
        ),
        ("time_ampm_linked", f"{lead}{hour}(?:[:.]{minute})?(?![\\d:.,]\\d){linked}"),
        (
            "time_colon",
            f"(?<![\\d:.,]){hour}:{minute}{second}(?![\\d:])(?:\\s*{marker}(?!\\w))?{zone}?",
        ),
        (  # "um 14.30 Uhr", "às 14.30 horas": a dot between hour and minutes, a marker word after
            "time_dot",
            f"{not_counted}(?<![\\d:.,]){hour}\\.{minute}\\s*{words}(?!\\w){zone}?",
        ),
        # or a zone: "a las 18.00 GMT", as the wires write it
        ("time_dot2", f"(?<![\\d:.,]){hour}\\.{minute}{zone}"),
        (  # not "en 5 h", "dans 5 h": a count of hours from now
            "time_h",
            f"{not_counted}(?<![\\d:.,]){hour}\\s*{marker}(?:\\s*{minute})?(?![\\w:])(?:\\s+{ampm}(?!\\w))?{zone}?",
        ),
        # not après-midi; "meio-dia e meia" (12:30)
        ("time_word", f"(?<!-){alt(lex.time_words, 'tword')}(?!\\w)(?:{told})?{zone}?"),
        ("time_ledword", led_time_word(lex) + f"{zone}?"),  # "ao meio dia"
        (  # "a las diez", "alle sette e mezza", "às oito e quarenta e cinco" (the link stays out)
            "time_linked",
            f"{clock_after(lex)}(?:(?P<hour>2[0-3]|[01]?\\d)(?:[.:](?P<minute>[0-5]\\d))?(?![\\d.,:/]\\d)"
            f"|(?P<hourw>{hours}|{_one_told(lex, joint, minutes)}))"
            f"(?:{told}"
            f"|\\s+{joint}\\s+(?P<minw>[0-5]?\\d|{minutes}(?:\\s+{joint}\\s+{minutes})?)"
            f"(?:\\s+{alt(w for w, c in lex.units.items() if c == 'MIN')})?)?"
            f"(?:\\s*{ampm}|\\s+{alt(lex.oclock)})?(?!\\w)"
            if lex.clock_links
            else "(?!x)x",
        ),
        # "ocho y diez p.m.", "sete e trinta pm": an hour, its minutes, a meridiem, no link
        (
            "time_wordmin",  # not "entre 3 y 10 p.m." (two hours of a range)
            "".join(f"(?<!\\b{re.escape(w)} )" for w in (*lex.range_between, *lex.range_from))
            + f"(?:(?P<hour>1[0-2]|0?[1-9])|(?P<hourw>{hours}))\\s+{joint}\\s+"
            f"(?P<minw>[1-5]\\d|{minutes})(?:\\s+{_minute_words(lex)})?\\s*{plain}(?!\\w){zone}?"
            if lex.clock_minutes
            else "(?!x)x",
        ),
        (  # "um zehn Uhr", "ein Uhr nachmittags", "at ten o'clock": a word for the hour
            # and one that is no unit ("zwei Stunden" counts hours)
            "time_wordoclock",
            f"(?P<hourw>{hours}|{alt(lex.clock_one_words)})\\s+{alt(oclock_words(lex))}"
            f"(?:\\s+{ampm})?(?!\\w)"
            if oclock_words(lex)
            else "(?!x)x",
        ),
        (  # "a las dos de la tarde", "cinq heures et demie du soir"
            "time_wordh",
            f"(?P<hourw>{alt(w for w, v in lex.numbers.items() if v and v <= 12 and not v % 1)})"
            f"(?:\\s+{marker})?(?:\\s+(?P<clock>{alt(lex.clock_minutes)}))?\\s+{plain}(?!\\w)"
            if lex.word_hours
            else "(?!x)x",
        ),
        (
            "time_wordh_linked",
            f"{lead}(?P<hourw>{hours}){linked}" if lex.word_hours else "(?!x)x",
        ),
    ]


def _minute_words(lex: Lexicon) -> str:
    return alt(w for w, c in lex.units.items() if c == "MIN")


def told_minutes_pattern(lex: Lexicon) -> str:
    """The minutes told after an hour: 'y media', 'e tre quarti', 'menos cuarto', 'meno
    tre minuti' (minutes before the hour: negative)."""
    if not lex.clock_minutes:
        return "(?!x)x"
    minutes = alt(w for w, v in lex.numbers.items() if v and v < 60 and not v % 1)
    minus = (
        f"|\\s+{alt(lex.clock_minus, 'cminus')}\\s+(?P<minm>[1-5]?\\d|{minutes})"
        f"(?:\\s+{_minute_words(lex)})?(?![\\w.,:]\\d)"
        if lex.clock_minus
        else ""
    )
    return f"(?:\\s+(?P<clock>{alt(lex.clock_minutes)}){minus})(?!\\w)"


def counted_clocks(lex: Lexicon) -> list[tuple[str, str]]:
    """'Mancano 5 minuti alle 4' (3:55), 'dez para as oito' (7:50), 'um zehn vor acht':
    minutes counted to or past the hour named; without a minute word only after a lead
    ('às', 'um'). Tried before the durations ('5 minuti' alone counts minutes)."""
    return [("time_count", _counted_clock(lex)), ("time_clock", _clock_before(lex))]


def _clock_before(lex: Lexicon) -> str:
    """German "halb 8" (7:30), "viertel nach drei" (3:15), "dreiviertel 8" (7:45), "half
    past four", "a quarter to eight" (not "a quarter", a count of three months)."""
    if not lex.clock_before:
        return "(?!x)x"
    ampm = f"(?:{alt(lex.am, 'am')}|{alt(lex.pm, 'pm')}|{alt(lex.night_clock, 'night')})"
    hours = alt(w for w, v in lex.numbers.items() if v and v <= _CLOCK_FACE and not v % 1)
    return (
        f"(?P<clockb>{alt(lex.clock_before)})\\s+(?:(?P<hour>1[0-2]|0?[1-9])(?![\\d.,:]\\d)"
        f"|(?P<hourw>{hours}))(?:\\s+{alt(oclock_words(lex))}(?!\\w))?(?:\\s+{ampm})?(?!\\w)"
    )


def _counted_clock(lex: Lexicon) -> str:
    if not lex.clock_counts or not lex.clock_count_leads:
        return "(?!x)x"
    hours = alt(w for w, v in lex.numbers.items() if v and v <= 12 and not v % 1)
    minutes = alt(w for w, v in lex.numbers.items() if v and v < 60 and not v % 1)
    ampm = f"(?:{alt(lex.am, 'am')}|{alt(lex.pm, 'pm')})"
    count = f"[1-5]?\\d|{minutes}(?:-{minutes})?"
    return (
        f"{count_after(lex)}(?P<minc>{count})(?:\\s+{_minute_words(lex)})?(?![\\w.,:]\\d)"
        f"\\s+(?P<ccount>{alt(lex.clock_counts)})\\s+"
        f"(?:(?P<hour>2[0-3]|[01]?\\d)(?![\\d.,:/]\\d)|(?P<hourw>{hours}))"
        f"(?:\\s*{alt(lex.hour_marker)}(?!\\w))?(?:\\s*{ampm})?(?!\\w)"
    )


def clock_hours(lex: Lexicon) -> str:
    """The hours of the clock in words, 'one' too where it has a form of its own ('a la
    una y media')."""
    words = (w for w, v in lex.numbers.items() if v and v <= _CLOCK_FACE and not v % 1)
    return alt((*words, *lex.clock_one_words))


def _one_told(lex: Lexicon, joint: str, minutes: str) -> str:
    """'la una y media', 'la una de la tarde', 'a la una.': one o'clock with its minutes,
    its part of the day or at the end of a sentence ('a la una de las dos familias' is a
    count)."""
    if not lex.clock_one_words:
        return "(?!x)x"
    told = alt(
        (
            *lex.clock_minutes,
            *(f"{w} " for w in lex.clock_minus),
            *lex.am,
            *lex.pm,
            *lex.night_clock,
        )
    )
    tail = f"\\s+{told}|\\s+{joint}\\s+(?:[0-5]?\\d|{minutes})(?!\\w)|\\s*(?:[.;!?]|$)"
    return f"{alt(lex.clock_one_words)}(?={tail})"


def counted_anchor(lex: Lexicon) -> str:
    """The anchor of minutes counted to an hour ('um zehn vor acht'), none without leads.

    Cheapest test first, as the anchor scan enters this alternative at every position of
    every text: a space before, then a word for minutes, then its lead (the leads'
    lookbehinds first were 11% of a warm pass of English news)."""
    if not lex.clock_count_leads:
        return ""
    minutes = alt(w for w, v in lex.numbers.items() if v and v < _HOUR_MINUTES)
    return f"|(?<=[ ])(?={minutes}(?!\\w)){count_after(lex)}{minutes}(?!\\w)"


_HOUR_MINUTES = 60


def count_after(lex: Lexicon) -> str:
    """Just after a word that leads minutes counted to an hour ('mancano ', 'às ')."""
    return "(?:" + "|".join(f"(?<=\\b{re.escape(w)} )" for w in lex.clock_count_leads) + ")"


def oclock_words(lex: Lexicon) -> list[str]:
    """The words of an hour of the clock that count nothing: German "Uhr", "o'clock" (not
    "heures", "horas": "deux heures" may count hours)."""
    return [w for w in lex.hour_marker if len(w) > 1 and w not in lex.units]


def led_time_word(lex: Lexicon) -> str:
    """A time word written as two words after a word that leads to an hour ("ao meio dia",
    noon; "trabalhou meio dia" is half a day)."""
    if not lex.led_time_words:
        return "(?!x)x"
    return f"{after_words(lex.led_time_leads)}{alt(lex.led_time_words, 'ledword')}(?!\\w)"
