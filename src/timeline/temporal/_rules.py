"""The rule table of the temporal grammar: each rule a name and a pattern.

``_rules`` lists a language's rules (explicit dates, relative expressions,
durations, sets...), most specific first, as the alternation is ordered, with
the times of day of :mod:`._time_rules` and the years of :mod:`._year_rules`;
``_explicit_rules`` the explicit dates alone, for languages known by their month
names only. They are written over the lexicon classes of :mod:`._patterns` and
compiled by :mod:`._grammar`.
"""

from __future__ import annotations

import re

from timeline.temporal._lexicon import Lexicon
from timeline.temporal._part_rules import _night_rules, _told_part_rule
from timeline.temporal._patterns import (
    _CALENDAR_UNITS,
    YEAR,
    _after_of,
    _article,
    _century,
    _day,
    _fraction_after,
    _month,
    _quantity,
    _refs,
    _spelled_year,
    _spoken_day,
    _units,
    _year,
    _year_ago,
    _year_follows,
    after_words,
    alt,
    stamp_days,
    year_tail,
)
from timeline.temporal._rule_parts import (
    _approx_after,
    _count_range,
    _det_blocked,
    _duration_head,
    _full_months,
    _offset_tails,
)
from timeline.temporal._shape_rules import _bare_day, _period_codes, _year_first
from timeline.temporal._time_rules import _time_rules, led_time_word, zoned_hours
from timeline.temporal._year_rules import _elided_year, _era_rules

_SMALL_UNITS = ("D", "H", "MIN", "S")  # shorter than the calendar's weeks and months


def _rules(lex: Lexicon) -> list[tuple[str, str]]:
    """The rules of a language, most specific first (the alternation is ordered)."""
    month, day, day2 = _month(lex), _day(lex), _day(lex, "day2")
    weekday = alt(lex.weekdays, "weekday") + r"(?!\w)"
    of = f"(?:{alt(lex.of)}\\s+)"
    part = f"(?:{alt(lex.parts, 'part')}[\\s-]*)"
    shift = f"(?:{alt(lex.shift_before, 'shift')}(?:\\s+|(?<=['\u2019])))"
    shiftpost = f"(?:\\s*{alt(lex.shift_after, 'shiftpost')})"
    art = _article(lex)
    qty, unit, calunit = _quantity(lex), _units(lex), _units(lex, calendar=True)
    to = f"(?:\\s*(?:{alt(lex.range_to)}|[-\u2013])\\s*)"
    fiscal = f"(?:{alt(lex.fiscal)}\\s+)"
    ordinal = alt(lex.ordinals, "ordw")
    quarter_number = f"(?P<qn>[1-4])(?:{alt(lex.ordinal_suffix)})"
    time_core = _time_rules(lex)
    # "ieri sera", "lunedì in serata" (Italian: the preposition of a part of the day told)
    told = f"(?:{alt(lex.told_day_parts_after)}\\s+)?" if lex.told_day_parts_after else ""
    daypart = f"(?:\\s+{told}{alt(lex.day_parts, 'daypart')})"
    approx = f"(?:{alt(lex.approximators, 'approx')}\\s+)"
    ago_approx = f"(?:{alt((*lex.approximators, *lex.ago_approximators), 'approx')}\\s+)"
    years = alt(w for w, code in lex.units.items() if code == "Y" and w not in lex.plural_units)
    calendar_words = alt(w for w, code in lex.units.items() if code in _CALENDAR_UNITS)
    weekend = alt(w for w, code in lex.units.items() if code == "WE" and w not in lex.plural_units)
    month_word = alt(w for w, c in lex.units.items() if c == "M" and w not in lex.plural_units)
    month_names = alt(lex.months)
    year_link = f"\\s+{alt(lex.year_links)}\\s+"  # "28 june in 2020"
    smonth = _month(lex, stamps=True)  # numbers and a month between dashes or slashes
    sbare = smonth.replace("\\.?)", ")", 1)  # a closing full stop ends the sentence
    lower_verbs = f"(?!(?-i:{alt(lex.ambiguous_months)})(?!\\w))"  # "in 2017 may be"
    year = _year(lex)
    small_plurals = alt(w for w in lex.plural_units if lex.units.get(w) in _SMALL_UNITS)
    joint = alt(w for w in lex.range_and if " " not in w)
    hourish = f"(?:{alt((*lex.hour_marker, *lex.am, *lex.pm))})(?!\\w)"  # "martes 9 a.m."
    dayname = alt({**lex.weekdays, **lex.weekday_abbreviations}, "weekday") + r"(?!\w)"
    # "of" with its contractions: "de", "du", "del", "dell'", "des", "do"
    ofx = f"(?:{alt((*lex.of, *lex.contracted_of))}(?:\\s+|(?<=['\u2019])))"
    # a year named by a period: "2021", "l'année 2021", "dos mil veintisiete", "last year",
    # "del año pasado", "des nächsten Jahres"
    yperiod = f"(?:{art})?(?:(?:{years}\\s+)?{year}|{shift}{years}|{years}{shiftpost})(?![\\w-])"
    # a stamp's weekday: the name or its first two or three letters ("Wed", "Mié", "Mi")
    stamp_day = f"(?:{alt(stamp_days(lex))}\\.?,?\\s+)?"
    stamp_time = r"(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d):(?P<second>[0-5]\d)\s+" + YEAR
    comma_yy = r"(?P<year>\d\d)(?![.,]?\d)(?=\s*(?:[.!?;]|$))"
    nth = f"(?:{art})?(?:{ordinal}|(?P<ordn>\\d{{1,3}})(?:{alt(lex.ordinal_suffix)}))\\s+"
    era = f"(?:\\s*(?:{alt(lex.bc_words, 'bc')}|{alt(lex.ad_words, 'ad')})(?!\\w))"
    return [
        *_era_rules(lex, art, years, era),
        (
            "iso",
            r"(?<![\d/.])(?<!\d-)(?P<year>\d{4})-(?P<mon>0?[1-9]|1[0-2])-(?P<day>0?[1-9]|[12]\d|3[01])"
            r"(?:[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
            r"(?P<tz>Z|[+-]\d\d:?\d\d)?)?(?![\d/])(?!-\d)",
        ),
        *_period_codes(lex, ofx),
        (
            "numeric",
            r"(?<![\d/.\-+,])(?P<n1>\d{1,2})(?P<sep>[/.\-])(?P<n2>\d{1,2})(?P=sep)"
            r"(?P<year>\d{4}|\d{2})(?![\d/\-]|[.,]\d)",
        ),
        *_night_rules(lex, art, year),
        # "June last year", "Feb. 3 this year": the month of the year before or after; "am
        # 3. Mai vergangenen Jahres", "im Herbst des vergangenen Jahres": a day, a season too;
        # "en mayo del año pasado", "a maggio dell'anno scorso": the shift after the year
        (
            "yearof",
            f"{part}?(?:(?:{day2}\\s*{of}?)?{month}(?:\\s+{day})?"
            f"|{art}?{alt(lex.seasons, 'season')}(?!\\w)),?\\s+{ofx}?{art}?"
            f"(?:{shift}\\s*{years}|{years}{shiftpost})(?![\\w'\u2019])",
        ),
        (
            "dayrange_dm",
            f"(?:{alt(lex.range_from)}\\s+)?{day}{to}{day2}\\s*{of}?{month}(?:,?\\s+{of}?{YEAR})?",
        ),
        (
            "dayrange_md",
            f"(?:{alt(lex.range_from)}\\s+)?{month}\\s+{day}{to}{day2}(?:,?\\s+{YEAR})?",
        ),
        (
            "monthofyy",
            f"(?:{day}\\s+)?{month}\\s+{of}['\u2019]?(?P<year>\\d\\d)(?!\\w|[.,:]\\d|\\s+[^\\W\\d])",
        ),
        # "4-Jul-95", "23/Sep/2020": a day, a month name and a year, one separator
        (
            "daymonthyy",
            f"(?<![\\d/.\\-]){day}(?P<sep>[/\\-]){sbare}(?P=sep)(?P<year>(?:1[0-9]|20)\\d\\d|\\d\\d)"
            r"(?![\w/\-]|[.,]\d)",
        ),
        (  # "9 de 8 de 1971": day, month number and year joined by "de" (the year written)
            "dmynum",
            f"(?<![\\d/.\\-,])(?P<day>3[01]|[12]\\d|0?[1-9])\\s+{alt(lex.numeric_month_of)}\\s+"
            f"(?P<mon>1[0-2]|0?[1-9])\\s+{alt(lex.numeric_month_of)}\\s+{YEAR}(?![.,]\\d)"
            if lex.numeric_month_of
            else "(?!x)x",
        ),
        # ctime and log stamps: "Wed Oct 26 15:50:06 2016", "Mié 26 de octubre 15:50:06 2016"
        ("stamp_md", f"{stamp_day}{month}\\s+{day}\\s+{stamp_time}"),
        ("stamp_dm", f"{stamp_day}{day}\\s+{of}?{month}\\s+{stamp_time}"),
        # "1.º de julio, 17.", "July 1, 17.": a year in two digits after a comma, the
        # sentence ending there (not "July 1, 17 people", "1, 17 and 23")
        ("dmycomma", f"{day}\\.?\\s*{of}?{month},\\s*{comma_yy}"),
        # "2 de outubro de 92.", "23 de noviembre 82": two digits after the month, the clause
        # ending there (not "2 de outubro de 92 pessoas")
        ("dmyof", f"{day}\\s*{of}?{month}\\s+{of}?{comma_yy}" if lex.of else "(?!x)x"),
        ("mdycomma", f"{month}\\s+{day},\\s*{comma_yy}"),
        (
            "dmy",  # also "el pasado 12 de diciembre", "le 1er janvier prochain"
            f"(?:{shift})?(?:{dayname},?\\s+)?{day}\\.?(?:\\s*|[/\\-]){of}?{month}"
            f"(?:(?:,?\\s*{of}?|[/\\-]|{year_link}){year}|{shiftpost}(?!\\w))?",
        ),
        (
            "mdy",
            f"(?:{weekday},?\\s+)?{month}\\s+{day}(?:(?:\\s*,?\\s*{of}?|{year_link}){YEAR})?",
        ),
        (
            "wordday",  # "vingt-trois mars", "el veintitrés de enero de 2019"
            f"(?P<dayw>{alt(lex.numbers)}|{alt(lex.one_words)})\\s+{of}?{month}"
            f"(?:,?\\s+{of}?{year})?"
            if lex.word_days
            else "(?!x)x",
        ),
        ("ordmy", f"(?:{art})?{ordinal}\\s+{of}?{month}(?:,?\\s+{of}?{year})?"),
        # "twenty five January nineteen eighty six", "January twenty five 1986": a day in
        # words only where a year follows (else "five May" or "January twenty" are counts)
        ("spokendm", f"{_spoken_day(lex)}\\s+{month}{_year_follows(lex)}"),
        ("spokenmd", f"{month}\\s+{_spoken_day(lex)}{_year_follows(lex)}"),
        # "January first 2000", "March the third": a month and an ordinal word, ending there
        (
            "monthord",
            # not "juin dernier." (last June): an ordinal that is a shift word is the shift
            f"{month}\\s+(?:{art})?(?!{alt(lex.shift_after)}(?!\\w)){ordinal}"
            f"(?:,?\\s+{YEAR}|(?=\\s*(?:[.,;:!?)]|$))|{_year_follows(lex)})",
        ),
        (
            "spaced",  # "18 08 1978": a form's date (never inside a run of numbers: phones)
            r"(?<!\d\s)(?<!\d)(?P<n1>3[01]|[12]\d|0?[1-9]) (?P<n2>1[0-2]|0?[1-9]) "
            r"(?P<year>(?:1[0-9]|20)\d\d|\d\d)(?![\d.,]\d|\s*\d)"
            if lex.spaced_numeric
            else "(?!x)x",
        ),
        (
            "spacedymd",  # "On 2016 10 16, ...": year, month, day apart (not "2016 10 people")
            r"(?<!\d\s)(?<!\d)(?P<year>(?:1[0-9]|20)\d\d) (?P<mon>1[0-2]|0?[1-9]) "
            r"(?P<day>3[01]|[12]\d|0?[1-9])(?![\d.,]\d|\s*\d)(?=\s*(?:[.,;:!?)]|$))",
        ),
        (
            "weekdayday",  # "el martes 25", "lunes el día once": a day of a month left unsaid
            # "sexta as 4" (at 4, "as" a clock link too) is no day of the month
            f"{weekday},?\\s+(?!{alt(lex.time_link)}\\s+\\d)(?:{art})?(?:{alt(lex.day_nouns)}\\s+)?"
            f"(?:(?P<day>3[01]|[12]\\d|0?[1-9])(?![\\d,:/\\-\u2013]\\S|\\.\\d|\\s*(?:%|{hourish}))"
            f"|(?P<dayw>{alt(w for w, v in lex.numbers.items() if v and v <= 31 and not v % 1)})"
            f"(?!\\s+{alt(lex.units)}(?!\\w)))"
            f"(?!\\.?\\s+{of}?{alt(lex.months)}(?!\\w))"  # "Mittwoch, dem 21. Januar": a full date
            if lex.weekday_days
            else "(?!x)x",
        ),
        (
            # "el día 21 (de este mes)": a day of a month left unsaid; "no último dia 20",
            # "el próximo día 10": the last or the next 20th, as Brazilian and Spanish news say
            "dayonly",
            f"(?:{art})?(?:{shift})?{alt(lex.day_nouns)}\\s+(?P<day>3[01]|[12]\\d|0?[1-9])"
            f"(?![\\d,:/\\-\u2013]\\S|\\.\\d|\\s*(?:%|{hourish}))(?!\\s+{of}?{alt(lex.months)}(?!\\w))"
            # "el día 3 de la huelga" counts days; "el día 3 de este mes" is a date
            f"(?!\\s+{of}(?!(?:{art})?(?:{alt(lex.shift_before)}|{calunit})))"
            if lex.day_nouns
            else "(?!x)x",
        ),
        ("bareday", _bare_day(lex)),
        (
            # "the end of the first quarter", "Ende des ersten Quartals": its part; "im 3.
            # Quartal", "el 1er trimestre": the number and its ordinal suffix
            "quarter",
            f"(?:{part}(?:{ofx})?)?(?:{art}(?!\\S+-))?(?:{shift}(?:\\s*{years}['\u2019]s\\s+)?)?"
            f"(?:{alt(lex.quarter_fiscal)}[\\s-]+)?(?:{ordinal}|{quarter_number})[\\s-]+"
            f"{alt(lex.quarter_words)}(?:\\s+{of}?{fiscal}?{YEAR})?"
            # "the first quarter of last year", "el primer trimestre del año": nthof
            f"(?!\\s+{ofx}(?:{art})?(?:{alt(lex.shift_before)}\\s+)?{calendar_words}(?![\\w-]|\\s*\\d))",
        ),
        # "the 1988 period", "the 1988 quarter": the period of the report, in that year;
        (
            "yearperiod",  # "the latest period": the one being reported
            f"(?:{art})?(?:{YEAR}|{alt(lex.latest, 'latest')})\\s+{alt(lex.period_words)}(?!\\w)",
        ),
        ("quarter_y", f"(?:{art})?{YEAR}\\s+{ordinal}[\\s-]+{alt(lex.quarter_words)}(?!\\w)"),
        ("spelledyear", _spelled_year(lex)),
        (  # "en dos mil veintisiete", "el año dos mil": a year in words (not "dos mil casos")
            "wordyear",
            f"(?:(?:{art})?(?P<ynoun>{years})\\s+)?(?P<yearw>{alt(lex.year_words)}(?:{year_tail(lex)})?)"
            f"(?!\\w)(?!\\s+[^\\W\\d_]+s(?!\\w))"
            if lex.year_words
            else "(?!x)x",
        ),
        ("century", _century(lex, art, part, ordinal) + f"{era}?"),
        (  # "the week of March 6", "la semaine du 12 janvier": joined to the date after it
            "weekmark",
            f"{art}{alt(lex.week_words)}\\s+{alt((*lex.of, *lex.contracted_of))}"
            f"(?=\\s+(?:{art})?(?:\\d|{alt(lex.months)}(?!\\w)))",
        ),
        (
            "weeknum",
            f"{alt(lex.week_words)}\\.?\\s*(?:n[°º.o]\\s*)?(?P<wn>[1-4]?\\d|5[0-3])(?![\\d:]|[.,]\\d)"
            # "week 3 of the strike" counts weeks; "week 27 of last year" is one
            f"(?:\\s*,?\\s+{ofx}?{yperiod}|(?!\\s+{ofx}))",
        ),
        (  # "the first Monday of March", "the last Friday in May 2019": a day of that month
            "nthweekday",
            f"(?:{art})?(?:{ordinal}|(?P<lastw>{alt(lex.last_words)}))\\s+{weekday}"
            f"\\s+(?:{alt((*lex.of, *lex.year_links))})\\s+{month}(?:,?\\s+{YEAR})?",
        ),
        (
            "ordweek",  # "the first week of 2021", "la dernière semaine de mars"
            f"(?:{art})?(?:{ordinal}|(?P<ordn>[1-5]?\\d)(?:{alt(lex.ordinal_suffix)})"
            f"|(?P<lastw>{alt(lex.last_words)}))\\s+"
            f"{alt(lex.week_words)}\\s+{of}(?=\\d|{alt(lex.months)})"
            f"(?:{month}(?:,?\\s+{of}?(?=\\d))?)?(?:{YEAR})?",
        ),
        (
            "nthof",  # "the third month of 2021", "the 15th day of next month"
            f"{nth}{alt(lex.nth_units, 'nunit')}\\s+{ofx}(?:{art})?"
            # "of 2021", "of next month", "del año pasado", "of the month" (the current one)
            f"(?:(?:{years}\\s+)?{year}|(?:{shift})?{calunit}{shiftpost}?(?![\\w-]|\\s*\\d))",
        ),
        (  # "the 4th day of July, 1995", "le 4e jour de juillet 1995": that day of the month
            "nthday",
            f"{nth}{alt(w for w, unit in lex.nth_units.items() if unit == 'D')}\\s+{ofx}{month}"
            f"(?:,?\\s+{of}?{year})?",
        ),
        # "Dec31 , 1994": an abbreviated month glued to its day, a year after
        (
            "monthglued",
            f"(?P<month>{alt(lex.months)})(?P<day>3[01]|[12]\\d|0?[1-9])\\s*,\\s*{YEAR}",
        ),
        # "Dec/2018", "Sep-23-2020", "2019/aug/01": a month name between dashes or slashes
        ("monthdash", f"{smonth}(?P<sep>[/\\-])(?:{day}(?P=sep))?{YEAR}(?![\\-/]?\\w)"),
        ("yearmonthday", f"{YEAR}(?P<sep>[/\\-]){smonth}(?P=sep){day}(?![\\-/]?\\w)"),
        # the other orders of a month name, a year and a day: "September-2020-23", "2020/23/Sep"
        ("monthyearday", f"{smonth}(?P<sep>[/\\-]){YEAR}(?P=sep){day}(?![\\-/]?\\w)"),
        ("yeardaymonth", f"{YEAR}(?P<sep>[/\\-]){day}(?P=sep){sbare}(?![\\-/]?\\w)"),
        ("dayyearmonth", f"{day}(?P<sep>[/\\-]){YEAR}(?P=sep){sbare}(?![\\-/]?\\w)"),
        ("monthyear", f"{part}?{month}(?:\\s*,?\\s+{of}?|-){year}(?![\\-/]\\d)"),
        # "abril del 87", "juillet 98", "June '98": a year in two digits after a month
        (
            "monthyy",
            f"{part}?{month}(?:\\s*,?\\s+(?P<of>{of})?|-)(?P<apos>['\u2019])?(?P<year>\\d\\d)(?![\\d\\w]|[.,]\\d)",
        ),
        # a year, then a month name: 2017 april (not: in 2017 may be)
        ("yearname", f"{YEAR}\\s+{lower_verbs}{month}(?!\\.?\\s*\\d)"),
        (  # "no dia 17/11", "el 17/11", "le 17/11": a day and a month after a word that
            # names a day (not "el 1/3 de la población", a third)
            "dayslash",
            f"{after_words(lex.day_slash_leads)}(?P<day>3[01]|[12]\\d|0?[1-9])/"
            f"(?P<mon>1[0-2]|0?[1-9])(?![\\d/]|[.,]\\d|\\s+{of}|\\s+{ofx})"
            if lex.day_slash_leads
            else "(?!x)x",
        ),
        (
            # German "am 22.04." (the closing dot tells it from a decimal); without it, after
            # a word that names a day ("am 22.04"; not "um 22.04 Uhr", a time)
            "daymonth",
            # "am 27. 11." and "27. 11. 2024": a space after each dot, as German print sets it
            r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<mon>[01]?\d)(?!\d)(?:(?P<dmdot>\.)(?![\d.])"
            r"|(?![\d.,]\d|\.\d|\s*(?:uhr|h)(?!\w)))"
            r"|(?<![\d.])(?P<day2>[0-3]?\d)\. (?P<mon2>[01]?\d)\.(?: (?P<year>(?:1[0-9]|20)\d\d))?"
            r"(?![\d.,]\d|\s*\d)"
            if lex.day_month_numeric
            else "(?!x)x",
        ),
        # "20161016", "report-20170302.html": eight digits that make a valid day
        (
            "compact",
            r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<mon>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?!\d)",
        ),
        (
            "monthnum",
            r"(?<![\d/.\-])(?P<mon>0?[1-9]|1[0-2])[/\-](?P<year>(?:1[0-9]|20)\d\d)(?![\d/\-])",
        ),
        (  # "2015-12", "2015-3" (not the season "2011-12": see _checks)
            "yearmonth",
            r"(?<![\d/.\-])(?P<year>(?:1[0-9]|20)\d\d)-(?P<mon>1[0-2]|0?[1-9])(?![\d/\-]|[.,]\d)",
        ),
        # "hace aproximadamente un mes", "about a month ago": the approximator inside (TimeBank)
        ("ago_pre", f"{alt(lex.ago_before)}\\s+{ago_approx}?{qty}{unit}"),
        ("ago_post", f"{ago_approx}?{qty}{unit}\\s+{alt(lex.ago_after)}"),
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
            f"{qty}{unit}\\s+{alt(lex.later_after, 'later')}"
            f"(?!\\s+{alt(lex.shift_before)}\\s+{calendar_words}(?!\\w))"
            f"(?!\\s+{alt(_offset_tails(lex))}(?:(?<=['\u2019])|\\s+)(?!{alt(lex.day_words)}(?!\\w)))",
        ),
        ("yearago", _year_ago(lex, art, ordinal)),
        # not "in two days from today": an offset, joined later
        (
            "future",
            f"{alt(lex.in_before)}\\s+{qty}{unit}{_fraction_after(lex)}"  # "in an hour and a half"
            f"(?:\\s+(?P<half>{alt(lex.half_after)})(?!\\w))?"  # "dans une heure et demie"
            f"(?!\\s+(?:{alt(lex.offset_words)}|{alt(lex.ago_after)})(?!\\w))",
        ),
        (  # "Easter 2018", "halloween weekend 2021", "the weekend of Thanksgiving 2023"
            "holiday",
            f"(?:(?P<wepre>{weekend})\\s+{of})?(?:{shift})?{alt(lex.holidays, 'holiday')}(?!\\w)"
            f"(?:\\s+(?P<wemid>{weekend}))?(?:\\s*,?\\s+{of}?{YEAR}"
            f"|\\s+{of}(?P<yshift>{alt(lex.shift_before)})\\s+{years}(?!\\w))?"
            f"(?:\\s+(?P<wepost>{weekend})(?!\\w))?",
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
        ("todate", f"(?:{art})?{alt(lex.to_date, 'todate')}(?![\\w-])"),
        _told_part_rule(lex, ofx),  # "am Morgen": before "morgen" (tomorrow)
        ("anaday", f"{alt(lex.anaphoric_days, 'anaday')}{daypart}?(?!\\w)"),  # "la veille au soir"
        (  # "the next morning", "that night": a part of the day counted from the story's date
            "anapart",
            # "that" after one of its words or opening a sentence ("That night, ...")
            f"(?:(?!that\\s)|{after_words(lex.anaphoric_that_after)}|(?<![\\w,]\\s)(?<![\\w,]))"
            f"{alt(lex.anaphoric_part_leads, 'anaday')}\\s+"
            f"{alt((w for w in lex.day_parts if w not in (*lex.am, *lex.pm)), 'daypart')}(?!\\w)",
        ),
        ("shiftdaypart", f"{shift}{alt(lex.day_parts, 'daypart')}(?!\\w)"),
        # "mid-afternoon (yesterday)": that part of the day ("mid night" is midnight)
        (
            "middaypart",
            f"{alt(p for p, code in lex.parts.items() if code == 'MID')}[\\s-]+"
            f"{alt((w for w, c in lex.day_parts.items() if c != 'NI'), 'daypart')}"
            f"(?:\\s+{alt(lex.day_words, 'dayword')})?(?!\\w)",
        ),
        (  # "hier soir", "(na) tarde de ontem", "(nel) pomeriggio di ieri"
            "dayword",
            f"(?:{part}|{alt(lex.day_parts_before, 'daypartb')}\\s+)?"
            f"{alt(lex.day_words, 'dayword')}{daypart}?(?!\\w)",
        ),
        (  # "the weeks ahead", "the years to come": a span ahead, how long unsaid
            "unitahead",
            f"{art}(?P<unit>{alt(lex.plural_units)})\\s+{alt(lex.span_after)}(?!\\w)",
        ),
        (
            "shiftunit",
            f"{part}?(?P<art>{art})?(?:{shift}"
            f"|{alt(lex.unit_determiners, 'det')}\\s+{_det_blocked(lex)}"
            f"|{alt(lex.anaphoric_determiners, 'ana')}\\s+)"
            # "ce mois-ci" is this month; "cette semaine-là" is a week of the story, no date
            # "the year of 2008" is 2008, "el pasado mes de marzo" last March
            f"\\s*{calunit}(?!-(?!ci(?!\\w))|\\s+\\d|\\s+{of}(?:{YEAR}|{month_names}(?!\\w)))"
            f"(?!(?!-ci(?!\\w)){shiftpost}(?!\\w))(?:-ci)?"  # "the week after next": unitshift
            f"{_approx_after(lex)}",  # "the next year or so"
        ),
        ("unitshift", f"{part}?(?P<art>{art})?{calunit}{shiftpost}"),  # "(la) semana pasada"
        # "am Wochenende", "le week-end", "el fin de semana": the weekend nearest by tense
        ("weekend", f"(?P<det>{alt(lex.weekend_determiners)})\\s+(?P<unit>{weekend})(?![\\w-])"),
        # "year-end": its end; "year-end 2025": that year's
        # "year-end", "nel primo semestre": not "primo semestre del 2024" (a part of that year)
        ("unitend", alt(lex.unit_ends, "unitend") + f"(?:\\s+{YEAR})?(?![\\w-])(?!\\s+{ofx})"),
        # "la fin de l'année", "the end of the year" (not "Beginn des Jahres 1863": a year)
        # "la fin du mois", "a finales de mes", "en fin de journée": no article after "of"
        # not "a finales de los años ochenta", "a mediados de la década de los 90": a decade
        (
            "partunit",
            f"{part}(?:{art}|{_after_of(lex)}){calunit}(?!-|\\s*\\d)"
            f"(?!\\s+{ofx}?{art}?(?:['\u2019]?\\d|{alt(lex.decade_words)}(?!\\w)))",
        ),
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
            f"{weekday}(?:\\s+{art}(?:{day}|{ordinal}(?!\\s+(?:\\d+|{alt(lex.numbers)})(?!\\w)(?!\\s*{hourish})))"
            f"|,?\\s+{day2}(?=\\s*(?:[.,;:!?)](?!\\d)|$)))"
            f"(?!\\w)(?!\\.?\\s*{of}?{month}|[\\s-]+(?:{alt(lex.quarter_words)}|{alt(lex.units)})(?!\\w))",
        ),
        (  # "end of this sunday" (its last second), "la nuit de samedi", "la noche del sábado"
            "weekday",
            f"(?:(?P<dayend>{alt(p for p in lex.day_end if p in lex.parts)})\\s+"
            f"|{alt(lex.weekday_end_parts, 'wpart')}\\s+)?"  # "al final de este domingo": END
            f"(?:{alt(lex.day_parts_before, 'daypartb')}\\s+)?"
            f"(?:{art}(?={alt(lex.anaphoric_shifts)}\\s))?"  # "the previous Friday"
            f"(?:{shift})?{weekday}{shiftpost}?{daypart}?",
        ),
        # "les 24 et 25 janvier", "los días 3, 4 y 5 de mayo": the first days take the month;
        # "entre el 3 y el 5 de marzo", "zwischen dem 3. und dem 5. März": an article between
        (
            "daylist",
            f"(?<![\\d.,/\\-])(?P<day>3[01]|[12]\\d|0?[1-9])(?:{alt(lex.ordinal_suffix)})?(?=(?:\\s?,\\s?\\d\\d?){{0,9}}"
            f"\\s*(?:,|\\s{joint})\\s*{art}?\\d\\d?(?:{alt(lex.ordinal_suffix)})?\\.?\\s*{of}?{alt(lex.months)}(?!\\w))",
        ),
        (
            "season",
            # "the early summer": the article before the part
            f"(?:{art}(?={alt(lex.parts)}[\\s-]))?{part}?(?:{art})?(?:{shift})?"
            f"{alt(lex.seasons, 'season')}{shiftpost}?"
            f"(?:\\s+{of}?{YEAR})?",
        ),
        *[
            (
                f"decade{i}",
                t.format(part=part, century="(?P<century>1[0-9]|20)", decade="(?P<decade>\\d)"),
            )
            for i, t in enumerate(lex.decades)
        ],
        zoned_hours(lex),  # "1100 GMT": a time, not the year 1100
        (
            "yearrange",
            f"(?<![\\d/.\\-+,$€£]){YEAR}\\s*[-\u2013]\\s*(?P<year2>(?:1[0-9]|20)\\d\\d)(?![\\d\\-/])",
        ),
        # "cy18": a calendar year in two digits after its prefix
        ("yearprefix", f"{alt(lex.year_prefixes)}(?P<year>\\d\\d)(?!\\w)"),
        ("elidedyear", _elided_year(lex, month_names)),
        (  # "terminará en 2150", "until 2150,": a year past this century, after a word of
            # time and before the clause ends (not "in 2150 homes", "Resolution 2231")
            "faryear",
            f"{after_words(lex.far_year_before)}(?P<year>2[1-9]\\d\\d)(?![.,]?\\d)"
            "(?=\\s*(?:[.,;:!?)]|$))",
        ),
        (
            "year",
            f"(?:{part}|(?<![\\d/.\\-+,$€£#]))(?:(?P<fiscal>{alt(lex.fiscal)})\\s+)?{YEAR}"
            "(?![.,]?\\d|\\s*%)"
            # an open end after the year: "1994 or later"; not "or later than 2020"
            f"(?:\\s+{alt(lex.open_year_tails)}(?!\\w)(?!\\s+{alt(lex.than_words)}(?!\\w)))?",
        ),
        ("setfreq", f"{qty}{alt(lex.times_per)}\\s*{unit}"),  # "deux fois par an"
        # before "set": "todos los días laborables" is longer than "todos los días"
        ("setadv", alt(lex.set_adverbs, "setadv")),
        # "each July": every year's July (a full month name: not "each mar.")
        (
            "set",
            f"(?:{alt(lex.every, 'every')}\\s+(?:(?:{qty})?(?:{unit}|{weekday})"
            f"|{alt(_full_months(lex), 'smonth')}(?!\\w)))",
        ),
        (  # "le XXe siècle", "el siglo XX" (digits: the "century" rule)
            "romancentury",
            f"(?:(?-i:(?P<cent>[IVX]{{1,5}}))(?:{alt(lex.ordinal_suffix)})?"
            f"\\s+{alt(lex.century_words)}"
            f"|{alt(lex.century_words)}\\s+(?-i:(?P<cent2>[IVX]{{1,5}})))(?!\\w){era}?"
            if lex.century_words
            else "(?!x)x",
        ),
        (  # "los años noventa", "gli anni settanta", "a finales de los años ochenta"
            "decadew",
            f"{part}?{lex.decade_word_lead}\\s+{alt(lex.decade_words, 'decw')}(?!\\w)"
            if lex.decade_words
            else "(?!x)x",
        ),
        # "a three-year period": the noun a count of units heads, the article inside (TimeBank)
        (
            "spannoun",
            # a count in digits or words ("a second term" is no count of seconds)
            f"(?:{alt((*lex.one_words, *lex.articles))}\\s+)?(?<![\\w-])(?!{alt(lex.one_words)}\\s)"
            f"{qty}{unit}"
            f"\\s+{alt(lex.span_nouns)}(?!\\w)",
        ),
        # "decades-long", "a day-long meeting": the article goes with the noun
        ("unitlong", f"(?<![\\w-]){unit}-{alt(lex.long_suffix)}(?![\\w-])"),
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
            f"(?:{qty}|(?P<whole>{alt(lex.whole)})\\s*)"
            # "eight trading days"; not "the 1989 calendar year" (a year, no count)
            f"(?:{alt(lex.plural_shifts)}\\s+)?(?:{alt(lex.unit_qualifiers)}\\s+(?!{years}))?"
            f"{unit}{_fraction_after(lex)}"
            f"(?:\\s+(?P<half>{alt(lex.half_after)})(?!\\w))?(?:[\\s-]long)?"
            f"(?:\\s+{alt(lex.whole_after)}(?!\\w))?"  # "un mes entero"
            f"{_approx_after(lex)}"  # "the next two years or so"
            f"(?!-{alt(w.partition('-')[2] for w in lex.year_ago)}(?!\\w))"
            r"(?![\s-]+olds?\b)",
        ),
        (  # "mid-March", "last March", "el pasado mes de marzo"
            "month",
            f"{part}?(?:{shift})?(?:{month_word}\\s+{of})?{month}(?!\\.?\\s*\\d){shiftpost}?",
        ),
        (  # "the coming days", "nei prossimi giorni": days and hours ahead or behind, how
            # many unsaid (weeks and longer are calendar units: "shiftunit")
            "spanunit",
            f"(?P<lead>{alt(lex.vague_span_leads)})\\s+(?P<unit>{small_plurals})(?![\\w-])",
        ),
        # "for a while", "for some time", "for a fairly lengthy period": a duration, how long
        # unsaid (PXX, as TimeBank); only after "for", "within"... (see _checks)
        ("vaguespan", f"{alt(lex.vague_spans, 'vspan')}(?:\\s+{of}time)?(?!\\w)"),
        (
            "plural",  # "for weeks", "in recent months" (the adjective inside, as in TimeML)
            f"(?:{alt(lex.plural_leads, 'plead')}\\s+)?{alt(lex.plural_units, 'unit')}(?![\\w-])"
            # "weeks or months", "recent weeks and months": one vague span
            f"(?:\\s+{alt((*lex.count_links, *lex.range_and))}\\s+"
            f"{alt(lex.plural_units, 'unit2')}(?![\\w-]))?",
        ),
        ("ref", _refs(lex)),
        *time_core,
    ]


def _word_parts(lex: Lexicon) -> list[str]:
    """The parts of the day written as nouns ("morning"; not "am", "pm")."""
    return [part for part in lex.day_parts if part not in (*lex.am, *lex.pm)]


def _explicit_rules(lex: Lexicon) -> list[tuple[str, str]]:
    """Explicit dates only: for languages known by their month names alone (their lexicon
    holds months, links and era, nothing else the full table reads)."""
    full = _rules(lex)
    keep = {"iso", "numeric", "dmy", "mdy", "monthyear"}
    return [
        *((name, body) for name, body in full if name in keep),
        *_year_first(lex),
    ]
