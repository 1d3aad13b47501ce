"""Pieces of the rule table (:mod:`._rules`, :mod:`._relative_rules`) built from the
lexicon: the :class:`Pieces` most rules share (a month, a day, an article, a shift word...),
built once per language by :func:`_pieces`; and smaller pieces for a rule or two: counts
joined in a range, the head of a duration, full month names, the tails of offset phrases,
the rough word after a count ("or so", "circa"), what may not follow a unit after a
determiner."""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.temporal._lexicon import Lexicon
from timeline.temporal._patterns import (
    _CALENDAR_UNITS,
    _article,
    _day,
    _month,
    _quantity,
    _units,
    _year,
    alt,
)


@dataclass(frozen=True, slots=True)
class Pieces:
    """The patterns many rules of a language share, each a regex source string."""

    month: str  # a month name or abbreviation (its full stop too), group "month"
    day: str  # a day of the month in digits, its ordinal suffix too, group "day"
    day2: str  # the same, group "day2" (the second day of a range)
    weekday: str  # a weekday name, group "weekday"
    of: str  # "of", "de", "des" and a space
    ofx: str  # "of" with its contractions: "de", "du", "del", "dell'", "des", "do"
    part: str  # a part of a period: "early", "mid-", "the end of", group "part"
    shift: str  # a shift word before its unit: "last", "next", "el pasado", group "shift"
    shiftpost: str  # a shift word after its unit: "pasado", "dernier", group "shiftpost"
    art: str  # an article and its space: "the ", "le ", "l'"
    qty: str  # a count: "3", "three", "a", "quelques"
    unit: str  # a unit of time: "day", "weeks", "año", group "unit"
    calunit: str  # a unit of the calendar: "week", "month", "year", group "unit"
    ordinal: str  # an ordinal word: "first", "troisième", group "ordw"
    daypart: str  # a part of the day after a space: " morning", " in serata", group "daypart"
    years: str  # the nouns of one year: "year", "année", "Jahr"
    year: str  # a year in digits, or in words: "2021", "dos mil veintisiete"
    calendar_words: str  # the nouns of the calendar's units: "week", "month", "year"
    weekend: str  # the nouns of one weekend: "weekend", "fin de semana"
    month_names: str  # the names of the months, no group
    smonth: str  # a month between dashes or slashes, with numbers ("Sep-23-2020")
    sbare: str  # the same without a closing full stop (it ends the sentence)
    hourish: str  # a word of the clock after a number: "o'clock", "a.m.", "pm"
    era: str  # an era after a year: " BC", " av. J.-C.", groups "bc" and "ad"


def _pieces(lex: Lexicon) -> Pieces:
    """The shared patterns of ``lex``'s rules, built once for the whole table."""
    # "ieri sera", "lunedì in serata" (Italian: the preposition of a part of the day told)
    told = f"(?:{alt(lex.told_day_parts_after)}\\s+)?" if lex.told_day_parts_after else ""
    smonth = _month(lex, stamps=True)  # numbers and a month between dashes or slashes
    return Pieces(
        month=_month(lex),
        day=_day(lex),
        day2=_day(lex, "day2"),
        weekday=alt(lex.weekdays, "weekday") + r"(?!\w)",
        of=f"(?:{alt(lex.of)}\\s+)",
        ofx=f"(?:{alt((*lex.of, *lex.contracted_of))}(?:\\s+|(?<=['\u2019])))",
        part=f"(?:{alt(lex.parts, 'part')}[\\s-]*)",
        shift=f"(?:{alt(lex.shift_before, 'shift')}(?:\\s+|(?<=['\u2019])))",
        shiftpost=f"(?:\\s*{alt(lex.shift_after, 'shiftpost')})",
        art=_article(lex),
        qty=_quantity(lex),
        unit=_units(lex),
        calunit=_units(lex, calendar=True),
        ordinal=alt(lex.ordinals, "ordw"),
        daypart=f"(?:\\s+{told}{alt(lex.day_parts, 'daypart')})",
        years=alt(w for w, code in lex.units.items() if code == "Y" and w not in lex.plural_units),
        year=_year(lex),
        calendar_words=alt(w for w, code in lex.units.items() if code in _CALENDAR_UNITS),
        weekend=alt(
            w for w, code in lex.units.items() if code == "WE" and w not in lex.plural_units
        ),
        month_names=alt(lex.months),
        smonth=smonth,
        sbare=smonth.replace("\\.?)", ")", 1),  # a closing full stop ends the sentence
        hourish=f"(?:{alt((*lex.hour_marker, *lex.am, *lex.pm))})(?!\\w)",  # "martes 9 a.m."
        era=f"(?:\\s*(?:{alt(lex.bc_words, 'bc')}|{alt(lex.ad_words, 'ad')})(?!\\w))",
    )


def _full_months(lex: Lexicon) -> list[str]:
    """The month names that abbreviate no other name of their month ("may", not "mar")."""
    return [
        name
        for name, number in lex.months.items()
        if not any(o != name and o.startswith(name) and n == number for o, n in lex.months.items())
    ]


def _count_range(lex: Lexicon, *, dated: bool = False) -> str:
    """The lower count of a range of counts before the upper one and its unit ("two or three
    years", "12 to 18 months"), where the language lists its linking words: the duration is
    at least the lower count (TimeBank's "two to three weeks", P2W, EQUAL_OR_MORE). With
    ``dated``, the range of an offset ("two or three days later", "2 to 3 weeks ago"): one
    mention, its date that of the upper count."""
    if not lex.count_links:
        return ""
    words = alt(lex.numbers)
    # a dash between digits only: "thirty-five years" is one count
    link = f"(?:\\s+{alt(lex.count_links)}\\s+|(?<=\\d)\\s*[-\u2013]\\s*(?=\\d))"
    if dated:
        return f"(?:(?<![\\d.,])(?:\\d{{1,3}}|{words}){link}(?=\\d|{words}))?"
    # "2 to 3 weeks ago", "one or two days later": dates of those rules
    after = alt((*lex.ago_after, *lex.later_after))
    undated = f"(?![^.,;:!?]{{0,30}}?\\s{after}(?!\\w))"
    return f"(?:(?<![\\d.,])(?P<low>\\d{{1,3}}|{words}){link}(?=\\d|{words}){undated})?"


def _duration_head(lex: Lexicon, approx: str) -> str:
    """An approximator, then an article ('las 24 horas'), the article's group left open.

    Not an approximator, an article and a count of hours: 'hasta las 14 horas' is an hour
    of the clock, 2 p.m.
    """
    hours = alt(w for w, code in lex.units.items() if code == "H")
    clock = f"{alt(lex.duration_pre)}\\s+(?:[01]?\\d|2[0-4])\\s*{hours}(?!\\w)"
    after = "|".join(f"(?<={re.escape(w)} )" for w in lex.approximators) or "(?!x)x"
    return (
        f"(?:{approx}(?!{clock}))?(?:(?!(?:{after}){clock})"
        f"(?:{alt(lex.duration_pre)}\\s+|{_bare_span_lead(lex)})"
    )


def _bare_span_lead(lex: Lexicon) -> str:
    """'last' or 'past' without its article, only before the vague count it takes there:
    'over last few days' (not 'shouldn't last two hours', the verb)."""
    leads = []
    for phrase in lex.bare_span_leads:
        lead, *count = phrase.split()
        words = r"\s+".join(map(re.escape, count))
        leads.append(f"{re.escape(lead)}\\s+(?={words}\\s)")
    return "|".join(leads) or "(?!x)x"


def _offset_tails(lex: Lexicon) -> tuple[str, ...]:
    """What follows a later word in an offset phrase: 'de', 'del' of 'después de(l)'; an
    article after a word that is both ('tre giorni dopo il voto': not three days later)."""
    tails = [
        phrase[len(word) :].strip()
        for phrase in lex.offset_words
        for word in lex.later_after
        if phrase.startswith(f"{word} ")
    ]
    both = any(word in lex.offset_words for word in lex.later_after)
    return (*tails, *(lex.articles if both else ()))


def _approx_after(lex: Lexicon, group: str = "") -> str:
    """A rough count's word after it, in the extent: "the next year or so", "nel 1984
    circa"; not a word that leads the number after it ("lo scorso anno circa 400 miliardi").
    With ``group``, the word is caught in a group of that name."""
    if not lex.approx_after:
        return ""
    numbers = alt((*lex.numbers, *lex.vague_numbers))
    number = f"(?!\\s+(?:[\\d$\u20ac\u00a3]|{numbers}(?!\\w)))"
    return f"(?:\\s+{alt(lex.approx_after, group or None)}(?!\\w){number})?"


def _det_blocked(lex: Lexicon) -> str:
    """After a determiner alone, a unit that a clause or a noun follows is no date: 'no
    ano em que nasceu', 'no mês de férias' (but 'no trimestre', 'o ano')."""
    if not lex.unit_determiner_blockers:
        return ""
    return f"(?!\\S+\\s+{alt(lex.unit_determiner_blockers)}(?!\\w))"
