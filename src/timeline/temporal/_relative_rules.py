"""Rules of the rule table (:mod:`._rules`) for dates told relative to the reference or
to the story's date, and for spans of time: days of a month left unsaid ("el martes
25"), offsets ("two days ago", "in an hour"), holidays, days and parts of the day told
by a word ("yesterday evening", "the next morning"), shifted calendar units ("last
week", "la fin du mois"), weekdays, sets ("every July"), durations ("three years") and
vague spans ("for weeks"). Each group is a function of the lexicon and the shared
:class:`~._rule_parts.Pieces`; :mod:`._rules` puts them in the table's order.
"""

from __future__ import annotations

import re

from timeline.temporal._lexicon import Lexicon
from timeline.temporal._part_rules import _told_part_rule
from timeline.temporal._patterns import (
    YEAR,
    _after_of,
    _fraction_after,
    _year_ago,
    _zone,
    after_words,
    alt,
)
from timeline.temporal._rule_parts import (
    Pieces,
    _approx_after,
    _count_range,
    _det_blocked,
    _duration_head,
    _full_months,
    _offset_tails,
)
from timeline.temporal._shape_rules import _bare_day
from timeline.temporal._time_rules import led_time_word

_SMALL_UNITS = ("D", "H", "MIN", "S")  # shorter than the calendar's weeks and months


def _not_a_ref(lex: Lexicon) -> str:
    """After a day word, not the rest of a reference it opens: "hoy en día" (PRESENT_REF)."""
    rests = [ref.split(" ", 1)[1] for ref in lex.refs if ref.split(" ", 1)[0] in lex.day_words]
    return f"(?!\\s+{alt(rests)}(?!\\w))" if rests else ""


def _years_word(lex: Lexicon) -> str:
    """The plural of the year and its space, optional: "la década de los (años) sesenta"."""
    years = [word for word in lex.plural_units if lex.units.get(word) == "Y"]
    return f"(?:{alt(years)}\\s+)?" if years else ""


def _roman_century_after(lex: Lexicon) -> str:
    """A century word, then its number in Roman numerals ("siglo XXI"): no unit of the
    present ("del siglo") but the century named (rule "romancentury"); not "this week I"."""
    if not lex.century_words:
        return "(?!x)x"
    ends = "|".join(f"(?<={re.escape(word)})" for word in lex.century_words)
    return f"(?:{ends})\\s+(?-i:[IVX]+)(?!\\w)"


def _days_of_this_month(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """A day of a month left unsaid: 'el martes 25', 'el día 21', 'no último dia 20', and the
    bare days of :func:`._shape_rules._bare_day`."""
    return [
        (
            "weekdayday",  # "el martes 25", "lunes el día once": a day of a month left unsaid
            # "sexta as 4" (at 4, "as" a clock link too) is no day of the month
            f"{p.weekday},?\\s+(?!{alt(lex.time_link)}\\s+\\d)(?:{p.art})?(?:{alt(lex.day_nouns)}\\s+)?"
            f"(?:(?P<day>3[01]|[12]\\d|0?[1-9])(?![\\d,:/\\-\u2013]\\S|\\.\\d|\\s*(?:%|{p.hourish}))"
            f"|(?P<dayw>{alt(w for w, v in lex.numbers.items() if v and v <= 31 and not v % 1)})"
            f"(?!\\s+{alt(lex.units)}(?!\\w)))"
            # "Mittwoch, dem 21. Januar": a full date
            f"(?!\\.?\\s+{p.of}?{alt(lex.months)}(?!\\w))"
            if lex.weekday_days
            else "(?!x)x",
        ),
        (
            # "el día 21 (de este mes)": a day of a month left unsaid; "no último dia 20",
            # "el próximo día 10": the last or the next 20th, as Brazilian and Spanish news say
            "dayonly",
            f"(?:{p.art})?(?:{p.shift})?{alt(lex.day_nouns)}\\s+(?P<day>3[01]|[12]\\d|0?[1-9])"
            f"(?![\\d,:/\\-\u2013]\\S|\\.\\d|\\s*(?:%|{p.hourish}))(?!\\s+{p.of}?{alt(lex.months)}(?!\\w))"
            # "el día 3 de la huelga" counts days; "el día 3 de este mes" is a date
            f"(?!\\s+{p.of}(?!(?:{p.art})?(?:{alt(lex.shift_before)}|{p.calunit})))"
            if lex.day_nouns
            else "(?!x)x",
        ),
        ("bareday", _bare_day(lex)),
    ]


def _offsets(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """Offsets from the reference: 'about a month ago', 'decades ago', 'two days later',
    'two years ago', 'in an hour and a half'."""
    ago_approx = f"(?:{alt((*lex.approximators, *lex.ago_approximators), 'approx')}\\s+)"
    return [
        # "hace aproximadamente un mes", "about a month ago": the approximator inside (TimeBank)
        ("ago_pre", f"{alt(lex.ago_before)}\\s+{ago_approx}?{p.qty}{p.unit}"),
        # "two or three weeks ago", "a week or two ago": one mention
        (
            "ago_post",
            f"{ago_approx}?{_count_range(lex, dated=True)}{p.qty}{p.unit}{_approx_after(lex)}"
            f"\\s+{alt(lex.ago_after)}",
        ),
        # "decades ago", "months ago": some time back, how long unsaid (PAST_REF)
        (
            "pluralago",
            f"(?<![\\w-]){alt(lex.plural_units)}\\s+{alt(w for w in lex.ago_after if ' ' not in w)}"
            "(?!\\w)",
        ),
        # not "30 minutes later this week": "later this week" is a part of the week
        # not "dos años después de 2011": an offset from that date, joined later (but "dos
        # días antes de ayer" is one)
        (
            "later",
            f"{_count_range(lex, dated=True)}{p.qty}{p.unit}{_approx_after(lex)}"
            f"\\s+{alt(lex.later_after, 'later')}"
            f"(?!\\s+{alt(lex.shift_before)}\\s+{p.calendar_words}(?!\\w))"
            f"(?!\\s+{alt(_offset_tails(lex))}(?:(?<=['\u2019])|\\s+)(?!{alt(lex.day_words)}(?!\\w)))",
        ),
        ("yearago", _year_ago(lex, p.art, p.ordinal)),
        # not "in two days from today": an offset, joined later
        (
            "future",
            # "in an hour and a half"
            # "in a year or two": one mention, a vague future (TimeBank's FUTURE_REF); "in
            # two or three days" stays a duration of two days or more: its lower count
            # would be lost where "in" means within
            f"{alt(lex.in_before)}\\s+{p.qty}{p.unit}{_fraction_after(lex)}"
            f"{_approx_after(lex, 'after')}"
            f"(?:\\s+(?P<half>{alt(lex.half_after)})(?!\\w))?"  # "dans une heure et demie"
            f"(?!\\s+(?:{alt(lex.offset_words)}|{alt(lex.ago_after)})(?!\\w))",
        ),
    ]


def _holidays(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """Holidays ('Easter 2018'), a day ahead no one names ('one day'), the year to date."""
    return [
        (  # "Easter 2018", "halloween weekend 2021", "the weekend of Thanksgiving 2023"
            "holiday",
            f"(?:(?P<wepre>{p.weekend})\\s+{p.of})?(?:{p.shift})?"
            f"{alt(lex.holidays, 'holiday')}(?!\\w)"
            f"(?:\\s+(?P<wemid>{p.weekend}))?(?:\\s*,?\\s+{p.of}?{YEAR}"
            f"|\\s+{p.of}(?P<yshift>{alt(lex.shift_before)})\\s+{p.years}(?!\\w))?"
            f"(?:\\s+(?P<wepost>{p.weekend})(?!\\w))?",
        ),
        # "Islam will one day be...": a day ahead no one names (FUTURE_REF), not a duration
        (
            "someday",
            f"(?:{'|'.join(f'(?<={re.escape(w)} )' for w in lex.someday_after)})"
            f"{alt(lex.someday)}(?=\\s+[a-z])"
            if lex.someday and lex.someday_after
            else "(?!x)x",
        ),
        # "the year to date", "year-to-date", "año hasta la fecha": the current year
        ("todate", f"(?:{p.art})?{alt(lex.to_date, 'todate')}(?![\\w-])"),
    ]


def _told_days(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """Days and parts of the day told by a word: 'am Morgen', 'la veille au soir', 'the next
    morning', 'mid-afternoon', 'hier soir'."""
    return [
        _told_part_rule(lex, p.ofx),  # "am Morgen": before "morgen" (tomorrow)
        # "la veille au soir"
        ("anaday", f"{alt(lex.anaphoric_days, 'anaday')}{p.daypart}?(?!\\w)"),
        (  # "the next morning", "that night": a part of the day counted from the story's date
            "anapart",
            # "that" after one of its words or opening a sentence ("That night, ...")
            f"(?:(?!that\\s)|{after_words(lex.anaphoric_that_after)}|(?<![\\w,]\\s)(?<![\\w,]))"
            f"{alt(lex.anaphoric_part_leads, 'anaday')}\\s+"
            f"{alt((w for w in lex.day_parts if w not in (*lex.am, *lex.pm)), 'daypart')}(?!\\w)",
        ),
        ("shiftdaypart", f"{p.shift}{alt(lex.day_parts, 'daypart')}(?!\\w)"),
        # "mid-afternoon (yesterday)": that part of the day ("mid night" is midnight)
        (
            "middaypart",
            f"{alt(p for p, code in lex.parts.items() if code == 'MID')}[\\s-]+"
            f"{alt((w for w, c in lex.day_parts.items() if c != 'NI'), 'daypart')}"
            f"(?:\\s+{alt(lex.day_words, 'dayword')})?(?!\\w)",
        ),
        (  # "hier soir", "(na) tarde de ontem", "(nel) pomeriggio di ieri"; not the day
            # word that opens a reference ("hoy en día", "hoy por hoy": nowadays)
            "dayword",
            f"(?:{p.part}|{alt(lex.day_parts_before, 'daypartb')}\\s+)?"
            f"{alt(lex.day_words, 'dayword')}{_not_a_ref(lex)}{p.daypart}?(?!\\w)",
        ),
    ]


def _shifted_units(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """Calendar units shifted or ended: 'the weeks ahead', 'next week', 'la semana pasada',
    'le week-end', 'year-end', 'la fin du mois'."""
    return [
        (  # "the weeks ahead", "the years to come": a span ahead, how long unsaid
            "unitahead",
            f"{p.art}(?P<unit>{alt(lex.plural_units)})\\s+{alt(lex.span_after)}(?!\\w)",
        ),
        (
            "shiftunit",
            f"{p.part}?(?P<art>{p.art})?(?:{p.shift}"
            f"|{alt(lex.unit_determiners, 'det')}\\s+{_det_blocked(lex)}"
            f"|{alt(lex.anaphoric_determiners, 'ana')}\\s+)"
            # "ce mois-ci" is this month; "cette semaine-là" is a week of the story, no date
            # "the year of 2008" is 2008, "el pasado mes de marzo" last March
            # "del siglo XXI": a century in Roman numerals (rule "romancentury")
            f"\\s*{p.calunit}(?!-(?!ci(?!\\w))|\\s+\\d|{_roman_century_after(lex)}"
            f"|\\s+{p.of}(?:{YEAR}|{p.month_names}(?!\\w)))"
            f"(?!(?!-ci(?!\\w)){p.shiftpost}(?!\\w))(?:-ci)?"  # "the week after next": unitshift
            f"{_approx_after(lex)}",  # "the next year or so"
        ),
        # "(la) semana pasada": the unit, then its shift
        ("unitshift", f"{p.part}?(?P<art>{p.art})?{p.calunit}{p.shiftpost}"),
        # "am Wochenende", "le week-end", "el fin de semana": the weekend nearest by tense
        ("weekend", f"(?P<det>{alt(lex.weekend_determiners)})\\s+(?P<unit>{p.weekend})(?![\\w-])"),
        # "year-end": its end; "year-end 2025": that year's
        # "year-end", "nel primo semestre": not "primo semestre del 2024" (a part of that year)
        ("unitend", alt(lex.unit_ends, "unitend") + f"(?:\\s+{YEAR})?(?![\\w-])(?!\\s+{p.ofx})"),
        # "la fin de l'année", "the end of the year" (not "Beginn des Jahres 1863": a year)
        # "la fin du mois", "a finales de mes", "en fin de journée": no article after "of"
        # not "a finales de los años ochenta", "a mediados de la década de los (años) 90": a
        # decade; nor "a principios del siglo XX": a century
        (
            "partunit",
            f"{p.part}(?:{p.art}|{_after_of(lex)}){p.calunit}"
            f"(?!-|\\s*\\d|{_roman_century_after(lex)})"
            f"(?!\\s+{p.ofx}?{p.art}?{_years_word(lex)}"
            f"(?:['\u2019]?\\d|{alt(lex.decade_words)}(?!\\w)))",
        ),
    ]


def _weekday_led_parts(lex: Lexicon) -> list[str]:
    """The parts of a period that begin with a weekday's word: Portuguese "segunda quinzena
    de" (the second fortnight of)."""
    return [part for part in lex.parts if part.split()[0] in lex.weekdays]


def _weekdays(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """Weekdays: every such day ('on Mondays'), 'Tuesday the 11th', 'last Friday night', and
    lists of days before their month ('les 24 et 25 janvier')."""
    joint = alt(w for w in lex.range_and if " " not in w)
    return [
        # "on Mondays", "Sunday mornings", "Tuesday nights": every such day (SET)
        (
            "dayset",
            f"(?P<weekday>{alt(w for w in lex.weekdays if len(w) > 3)})"
            f"(?:{alt(lex.weekday_plurals)}(?=[\\s,.;:!?)]|$)|(?=\\s+{alt(lex.day_parts)}s(?!\\w)))"
            f"(?:\\s+{alt(_word_parts(lex), 'daypart')}s?)?(?![\\w'\u2019])"
            if lex.weekday_plurals
            else "(?!x)x",
        ),
        # "Tuesday the 11th", "Monday 21!": the day of that number nearest the reference
        (
            "weekdayth",
            # not "on Wednesday the first two cases": an ordinal word before a count
            f"{p.weekday}(?:\\s+{p.art}(?:{p.day}|{p.ordinal}(?!\\s+(?:\\d+|{alt(lex.numbers)})(?!\\w)(?!\\s*{p.hourish})))"
            f"|,?\\s+{p.day2}(?=\\s*(?:[.,;:!?)](?!\\d)|$)))"
            f"(?!\\w)(?!\\.?\\s*{p.of}?{p.month}|[\\s-]+(?:{alt(lex.quarter_words)}|{alt(lex.units)})(?!\\w))",
        ),
        (  # "end of this sunday" (its last second), "la nuit de samedi", "la noche del sábado"
            "weekday",
            f"(?:(?P<dayend>{alt(p for p in lex.day_end if p in lex.parts)})\\s+"
            f"|{alt(lex.weekday_end_parts, 'wpart')}\\s+)?"  # "al final de este domingo": END
            f"(?:{alt(lex.day_parts_before, 'daypartb')}\\s+)?"
            f"(?:{p.art}(?={alt(lex.anaphoric_shifts)}\\s))?"  # "the previous Friday"
            # "segunda quinzena de março" is a part of March (the "month" rule), no Monday
            f"(?:{p.shift})?(?!{alt(_weekday_led_parts(lex))}(?!\\w)){p.weekday}{p.shiftpost}?"
            # "Friday dawn": a part of the day named after a weekday only
            f"(?:{p.daypart}|\\s+{alt(lex.weekday_parts_after, 'wdaypart')}(?!\\w))?",
        ),
        # "les 24 et 25 janvier", "los días 3, 4 y 5 de mayo": the first days take the month;
        # "entre el 3 y el 5 de marzo", "zwischen dem 3. und dem 5. März": an article between
        (
            "daylist",
            f"(?<![\\d.,/\\-])(?P<day>3[01]|[12]\\d|0?[1-9])(?:{alt(lex.ordinal_suffix)})?(?=(?:\\s?,\\s?\\d\\d?){{0,9}}"
            f"\\s*(?:,|\\s{joint})\\s*{p.art}?\\d\\d?(?:{alt(lex.ordinal_suffix)})?\\.?\\s*{p.of}?{alt(lex.months)}(?!\\w))",
        ),
    ]


def _sets(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """Sets: 'deux fois par an', 'todos los días', 'each July'."""
    return [
        ("setfreq", f"{p.qty}{alt(lex.times_per)}\\s*{p.unit}"),  # "deux fois par an"
        # before "set": "todos los días laborables" is longer than "todos los días"
        ("setadv", alt(lex.set_adverbs, "setadv")),
        # "each July": every year's July (a full month name: not "each mar.")
        (
            "set",
            f"(?:{alt(lex.every, 'every')}\\s+(?:(?:{p.qty})?(?:{p.unit}|{p.weekday})"
            f"|{alt(_full_months(lex), 'smonth')}(?!\\w)))",
        ),
    ]


def _durations(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """Durations: 'a three-year period', 'decades-long', 'two to three weeks', 'un mes entero'."""
    approx = f"(?:{alt(lex.approximators, 'approx')}\\s+)"
    return [
        # "a three-year period": the noun a count of units heads, the article inside (TimeBank)
        (
            "spannoun",
            # a count in digits or words ("a second term" is no count of seconds)
            f"(?:{alt((*lex.one_words, *lex.articles))}\\s+)?(?<![\\w-])(?!{alt(lex.one_words)}\\s)"
            f"{p.qty}{p.unit}"
            f"\\s+{alt(lex.span_nouns)}(?!\\w)",
        ),
        # "decades-long", "a day-long meeting": the article goes with the noun
        ("unitlong", f"(?<![\\w-]){p.unit}-{alt(lex.long_suffix)}(?![\\w-])"),
        (
            "duration",
            # "meio-dia" is noon, no half day: a time word is no duration
            f"(?!{alt(lex.time_words)}(?![\\w-])|{led_time_word(lex)})"
            f"(?!{alt(lex.one_words)}\\s+[^\\W\\d_]+-{alt(lex.long_suffix)}(?!\\w))"
            # "the 30-day period": the article goes with the noun, not with the adjective;
            # "hasta las 14 horas", "cerca de las 14 h": an hour of the clock, no count
            f"{_duration_head(lex, approx)}(?![^\\s-]+-{alt(lex.units)}(?![\\w-])))?"
            f"{_count_range(lex)}"  # "two to three weeks", "12 to 18 months": one span
            # "trois derniers mois": a plural shift word between the count and its unit
            f"(?:{p.qty}|(?P<whole>{alt(lex.whole)})\\s*)"
            # "eight trading days"; not "the 1989 calendar year" (a year, no count)
            f"(?:{alt(lex.plural_shifts)}\\s+)?(?:{alt(lex.unit_qualifiers)}\\s+(?!{p.years}))?"
            f"{p.unit}{_fraction_after(lex)}"
            f"(?:\\s+(?P<half>{alt(lex.half_after)})(?!\\w))?(?:[\\s-]long)?"
            f"(?:\\s+{alt(lex.whole_after)}(?!\\w))?"  # "un mes entero"
            f"{_approx_after(lex)}"  # "the next two years or so"
            f"(?!-{alt(w.partition('-')[2] for w in lex.year_ago)}(?!\\w))"
            r"(?![\s-]+olds?\b)"
            f"(?!{_zone(lex)})",  # "a las 14.30 horas GMT": a time of the clock (time_dot)
        ),
    ]


def _vague_spans(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """Spans, how long unsaid: 'the coming days', 'for a while', 'for weeks'."""
    small_plurals = alt(w for w in lex.plural_units if lex.units.get(w) in _SMALL_UNITS)
    return [
        (  # "the coming days", "nei prossimi giorni": days and hours ahead or behind, how
            # many unsaid (weeks and longer are calendar units: "shiftunit")
            "spanunit",
            f"(?P<lead>{alt(lex.vague_span_leads)})\\s+(?P<unit>{small_plurals})(?![\\w-])",
        ),
        # Italian "nei giorni scorsi", "nelle ore scorse": the shift after the plural
        (
            "spanunitpost",
            f"(?P<unit>{small_plurals})\\s+{alt(lex.vague_span_trails)}(?![\\w-])",
        ),
        # "for a while", "for some time", "for a fairly lengthy period": a duration, how long
        # unsaid (PXX, as TimeBank); only after "for", "within"... (see _checks)
        ("vaguespan", f"{alt(lex.vague_spans, 'vspan')}(?:\\s+{p.of}time)?(?!\\w)"),
        (
            "plural",  # "for weeks", "in recent months" (the adjective inside, as in TimeML)
            f"(?:{alt(lex.plural_leads, 'plead')}\\s+)?{alt(lex.plural_units, 'unit')}(?![\\w-])"
            # "weeks or months", "recent weeks and months": one vague span
            f"(?:\\s+{alt((*lex.count_links, *lex.range_and))}\\s+"
            f"{alt(lex.plural_units, 'unit2')}(?![\\w-]))?",
        ),
    ]


def _word_parts(lex: Lexicon) -> list[str]:
    """The parts of the day written as nouns ("morning"; not "am", "pm")."""
    return [part for part in lex.day_parts if part not in (*lex.am, *lex.pm)]
