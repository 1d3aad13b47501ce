"""The rule table of the temporal grammar: each rule a name and a pattern.

``_rules`` lists a language's rules (explicit dates, relative expressions,
durations, sets...), most specific first, as the alternation is ordered. The table
is read in themed groups, each a function of the lexicon and the shared
:class:`~._rule_parts.Pieces`: the explicit dates here, the relative dates and the
spans of :mod:`._relative_rules`, the seasons, decades and years of :mod:`._year_rules`,
the times of day of :mod:`._time_rules`; ``_GROUPS`` gives their order. ``_explicit_rules``
keeps the explicit dates alone, for languages known by their month names only.
They are written over the lexicon classes of :mod:`._patterns` and compiled by
:mod:`._grammar`.
"""

from __future__ import annotations

from collections.abc import Callable

from timeline.temporal._lexicon import Lexicon
from timeline.temporal._part_rules import _night_rules
from timeline.temporal._patterns import (
    YEAR,
    _century,
    _refs,
    _spelled_year,
    _spoken_day,
    _year_follows,
    after_words,
    alt,
    stamp_days,
    year_tail,
)
from timeline.temporal._relative_rules import (
    _days_of_this_month,
    _durations,
    _holidays,
    _offsets,
    _sets,
    _shifted_units,
    _told_days,
    _vague_spans,
    _weekdays,
)
from timeline.temporal._rule_parts import Pieces, _pieces
from timeline.temporal._shape_rules import _period_codes, _year_first
from timeline.temporal._time_rules import _time_rules, counted_clocks
from timeline.temporal._year_rules import (
    _era_rules,
    _roman_centuries_and_decades,
    _seasons_decades_years,
)

Group = Callable[[Lexicon, Pieces], list[tuple[str, str]]]


def _rules(lex: Lexicon) -> list[tuple[str, str]]:
    """The rules of a language, most specific first (the alternation is ordered)."""
    pieces = _pieces(lex)
    return [rule for group in _GROUPS for rule in group(lex, pieces)]


def _explicit_rules(lex: Lexicon) -> list[tuple[str, str]]:
    """Explicit dates only: for languages known by their month names alone (their lexicon
    holds months, links and era, nothing else the full table reads)."""
    full = _rules(lex)
    keep = {"iso", "numeric", "dmy", "mdy", "monthyear"}
    return [
        *((name, body) for name, body in full if name in keep),
        *_year_first(lex),
    ]


def _numbered_dates(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """Dates written with numbers first: eras ('58 BC'), ISO ('2021-03-04'), period codes,
    numeric dates ('04/03/2021'), nights between two days, a month of a shifted year ('June
    last year'), ranges of days ('3-5 March'), two-digit years after a month."""
    to = f"(?:\\s*(?:{alt(lex.range_to)}|[-\u2013])\\s*)"
    return [
        *_era_rules(lex, p.art, p.years, p.era),
        (
            "iso",
            r"(?<![\d/.])(?<!\d-)(?P<year>\d{4})-(?P<mon>0?[1-9]|1[0-2])-(?P<day>0?[1-9]|[12]\d|3[01])"
            r"(?:[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
            r"(?P<tz>Z|[+-]\d\d:?\d\d)?)?(?![\d/])(?!-\d)",
        ),
        *_period_codes(lex, p.ofx),
        (
            "numeric",
            r"(?<![\d/.\-+,])(?P<n1>\d{1,2})(?P<sep>[/.\-])(?P<n2>\d{1,2})(?P=sep)"
            r"(?P<year>\d{4}|\d{2})(?![\d/\-]|[.,]\d)",
        ),
        *_night_rules(lex, p.art, p.year),
        # "June last year", "Feb. 3 this year": the month of the year before or after; "am
        # 3. Mai vergangenen Jahres", "im Herbst des vergangenen Jahres": a day, a season too;
        # "en mayo del año pasado", "a maggio dell'anno scorso": the shift after the year
        (
            "yearof",
            f"{p.part}?(?:(?:{p.day2}\\s*{p.of}?)?{p.month}(?:\\s+{p.day})?"
            f"|{p.art}?{alt(lex.seasons, 'season')}(?!\\w)),?\\s+{p.ofx}?{p.art}?"
            f"(?:{p.shift}\\s*{p.years}|{p.years}{p.shiftpost})(?![\\w'\u2019])",
        ),
        (
            "dayrange_dm",
            f"(?:{alt(lex.range_from)}\\s+)?{p.day}{to}{p.day2}\\s*{p.of}?{p.month}(?:,?\\s+{p.of}?{YEAR})?",
        ),
        (
            "dayrange_md",
            f"(?:{alt(lex.range_from)}\\s+)?{p.month}\\s+{p.day}{to}{p.day2}(?:,?\\s+{YEAR})?",
        ),
        (
            "monthofyy",
            f"(?:{p.day}\\s+)?{p.month}\\s+{p.of}['\u2019]?(?P<year>\\d\\d)(?!\\w|[.,:]\\d|\\s+[^\\W\\d])",
        ),
        # "4-Jul-95", "23/Sep/2020": a day, a month name and a year, one separator
        (
            "daymonthyy",
            f"(?<![\\d/.\\-]){p.day}(?P<sep>[/\\-]){p.sbare}(?P=sep)(?P<year>(?:1[0-9]|20)\\d\\d|\\d\\d)"
            r"(?![\w/\-]|[.,]\d)",
        ),
        (  # "9 de 8 de 1971": day, month number and year joined by "de" (the year written)
            "dmynum",
            f"(?<![\\d/.\\-,])(?P<day>3[01]|[12]\\d|0?[1-9])\\s+{alt(lex.numeric_month_of)}\\s+"
            f"(?P<mon>1[0-2]|0?[1-9])\\s+{alt(lex.numeric_month_of)}\\s+{YEAR}(?![.,]\\d)"
            if lex.numeric_month_of
            else "(?!x)x",
        ),
    ]


def _stamped_dates(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """Log stamps ('Wed Oct 26 15:50:06 2016') and years in two digits after a comma or
    a month, the sentence or clause ending there ('July 1, 17.')."""
    # a stamp's weekday: the name or its first two or three letters ("Wed", "Mié", "Mi")
    stamp_day = f"(?:{alt(stamp_days(lex))}\\.?,?\\s+)?"
    stamp_time = r"(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d):(?P<second>[0-5]\d)\s+" + YEAR
    comma_yy = r"(?P<year>\d\d)(?![.,]?\d)(?=\s*(?:[.!?;]|$))"
    return [
        # ctime and log stamps: "Wed Oct 26 15:50:06 2016", "Mié 26 de octubre 15:50:06 2016"
        ("stamp_md", f"{stamp_day}{p.month}\\s+{p.day}\\s+{stamp_time}"),
        ("stamp_dm", f"{stamp_day}{p.day}\\s+{p.of}?{p.month}\\s+{stamp_time}"),
        # "1.º de julio, 17.", "July 1, 17.": a year in two digits after a comma, the
        # sentence ending there (not "July 1, 17 people", "1, 17 and 23")
        ("dmycomma", f"{p.day}\\.?\\s*{p.of}?{p.month},\\s*{comma_yy}"),
        # "2 de outubro de 92.", "23 de noviembre 82": two digits after the month, the clause
        # ending there (not "2 de outubro de 92 pessoas")
        ("dmyof", f"{p.day}\\s*{p.of}?{p.month}\\s+{p.of}?{comma_yy}" if lex.of else "(?!x)x"),
        ("mdycomma", f"{p.month}\\s+{p.day},\\s*{comma_yy}"),
    ]


def _day_month_dates(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """A day and a month name, a year maybe: '12 de diciembre', 'March 3, 2021', 'vingt-trois
    mars', 'the third of May', 'January twenty five 1986', 'January first 2000'."""
    year_link = f"\\s+{alt(lex.year_links)}\\s+"  # "28 june in 2020"
    dayname = alt({**lex.weekdays, **lex.weekday_abbreviations}, "weekday") + r"(?!\w)"
    # "1. April 1997": a day with a full stop where the language writes it so (German,
    # Czech, Slovene...); in English a list's number ("1. April 1997 Crown Leasing"), the
    # month and year alone, and so in the other languages with ordinals of their own
    dot = "" if lex.full and "." not in lex.ordinal_suffix else "\\.?"
    return [
        (
            "dmy",  # also "el pasado 12 de diciembre", "le 1er janvier prochain"
            f"(?:{p.shift})?(?:{dayname},?\\s+)?{p.day}{dot}(?:\\s*|[/\\-]){p.of}?{p.month}"
            f"(?:(?:,?\\s*{p.of}?|[/\\-]|{year_link}){p.year}|{p.shiftpost}(?!\\w))?",
        ),
        (
            "mdy",
            f"(?:{p.weekday},?\\s+)?{p.month}\\s+{p.day}(?:(?:\\s*,?\\s*{p.of}?|{year_link}){YEAR})?",
        ),
        (
            "wordday",  # "vingt-trois mars", "el veintitrés de enero de 2019"
            f"(?P<dayw>{alt(lex.numbers)}|{alt(lex.one_words)})\\s+{p.of}?{p.month}"
            f"(?:,?\\s+{p.of}?{p.year})?"
            if lex.word_days
            else "(?!x)x",
        ),
        ("ordmy", f"(?:{p.art})?{p.ordinal}\\s+{p.of}?{p.month}(?:,?\\s+{p.of}?{p.year})?"),
        # "twenty five January nineteen eighty six", "January twenty five 1986": a day in
        # words only where a year follows (else "five May" or "January twenty" are counts)
        ("spokendm", f"{_spoken_day(lex)}\\s+{p.month}{_year_follows(lex)}"),
        ("spokenmd", f"{p.month}\\s+{_spoken_day(lex)}{_year_follows(lex)}"),
        # "January first 2000", "March the third": a month and an ordinal word, ending there
        (
            "monthord",
            # not "juin dernier." (last June): an ordinal that is a shift word is the shift
            f"{p.month}\\s+(?:{p.art})?(?!{alt(lex.shift_after)}(?!\\w)){p.ordinal}"
            f"(?:,?\\s+{YEAR}|(?=\\s*(?:[.,;:!?)]|$))|{_year_follows(lex)})",
        ),
    ]


def _spaced_dates(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """Dates in numbers spaced apart: '18 08 1978', '2016 10 16'."""
    return [
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
    ]


def _quarters_and_spelled_years(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """Quarters ('the first quarter of 2021'), the period of a report ('the 1988 period'),
    years in words ('dos mil veintisiete') and centuries ('the 20th century')."""
    fiscal = f"(?:{alt(lex.fiscal)}\\s+)"
    quarter_number = f"(?P<qn>[1-4])(?:{alt(lex.ordinal_suffix)})"
    return [
        (
            # "the end of the first quarter", "Ende des ersten Quartals": its part; "im 3.
            # Quartal", "el 1er trimestre": the number and its ordinal suffix
            "quarter",
            f"(?:{p.part}(?:{p.ofx})?)?(?:{p.art}(?!\\S+-))?(?:{p.shift}(?:\\s*{p.years}['\u2019]s\\s+)?)?"
            f"(?:{alt(lex.quarter_fiscal)}[\\s-]+)?(?:{p.ordinal}|{quarter_number})[\\s-]+"
            f"{alt(lex.quarter_words)}(?:\\s+{p.of}?{fiscal}?{YEAR})?"
            # "the first quarter of last year", "el primer trimestre del año": nthof
            f"(?!\\s+{p.ofx}(?:{p.art})?(?:{alt(lex.shift_before)}\\s+)?{p.calendar_words}(?![\\w-]|\\s*\\d))",
        ),
        # "the 1988 period", "the 1988 quarter": the period of the report, in that year;
        (
            "yearperiod",  # "the latest period": the one being reported
            f"(?:{p.art})?(?:{YEAR}|{alt(lex.latest, 'latest')})\\s+{alt(lex.period_words)}(?!\\w)",
        ),
        ("quarter_y", f"(?:{p.art})?{YEAR}\\s+{p.ordinal}[\\s-]+{alt(lex.quarter_words)}(?!\\w)"),
        ("spelledyear", _spelled_year(lex)),
        (  # "en dos mil veintisiete", "el año dos mil": a year in words (not "dos mil casos")
            "wordyear",
            f"(?:(?:{p.art})?(?P<ynoun>{p.years})\\s+)?(?P<yearw>{alt(lex.year_words)}(?:{year_tail(lex)})?)"
            f"(?!\\w)(?!\\s+[^\\W\\d_]+s(?!\\w))"
            if lex.year_words
            else "(?!x)x",
        ),
        ("century", _century(lex, p.art, p.part, p.ordinal) + f"{p.era}?"),
    ]


def _weeks_and_nths(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """Weeks ('the week of March 6', 'week 27'), the nth weekday, week or day of a period
    ('the first Monday of March', 'the third month of 2021')."""
    # a year named by a period: "2021", "l'année 2021", "dos mil veintisiete", "last year",
    # "del año pasado", "des nächsten Jahres"
    yperiod = (
        f"(?:{p.art})?(?:(?:{p.years}\\s+)?{p.year}"
        f"|{p.shift}{p.years}|{p.years}{p.shiftpost})(?![\\w-])"
    )
    nth = f"(?:{p.art})?(?:{p.ordinal}|(?P<ordn>\\d{{1,3}})(?:{alt(lex.ordinal_suffix)}))\\s+"
    return [
        (  # "the week of March 6", "la semaine du 12 janvier": joined to the date after it
            "weekmark",
            f"{p.art}{alt(lex.week_words)}\\s+{alt((*lex.of, *lex.contracted_of))}"
            f"(?=\\s+(?:{p.art})?(?:\\d|{alt(lex.months)}(?!\\w)))",
        ),
        (
            "weeknum",
            f"{alt(lex.week_words)}\\.?\\s*(?:n[°º.o]\\s*)?(?P<wn>[1-4]?\\d|5[0-3])(?![\\d:]|[.,]\\d)"
            # "week 3 of the strike" counts weeks; "week 27 of last year" is one
            f"(?:\\s*,?\\s+{p.ofx}?{yperiod}|(?!\\s+{p.ofx}))",
        ),
        (  # "the first Monday of March", "the last Friday in May 2019": a day of that month
            "nthweekday",
            f"(?:{p.art})?(?:{p.ordinal}|(?P<lastw>{alt(lex.last_words)}))\\s+{p.weekday}"
            f"\\s+(?:{alt((*lex.of, *lex.year_links))})\\s+{p.month}(?:,?\\s+{YEAR})?",
        ),
        (
            "ordweek",  # "the first week of 2021", "la dernière semaine de mars"
            f"(?:{p.art})?(?:{p.ordinal}|(?P<ordn>[1-5]?\\d)(?:{alt(lex.ordinal_suffix)})"
            f"|(?P<lastw>{alt(lex.last_words)}))\\s+"
            f"{alt(lex.week_words)}\\s+{p.of}(?=\\d|{alt(lex.months)})"
            f"(?:{p.month}(?:,?\\s+{p.of}?(?=\\d))?)?(?:{YEAR})?",
        ),
        (
            "nthof",  # "the third month of 2021", "the 15th day of next month"
            f"{nth}{alt(lex.nth_units, 'nunit')}\\s+{p.ofx}(?:{p.art})?"
            # "of 2021", "of next month", "del año pasado", "of the month" (the current one)
            f"(?:(?:{p.years}\\s+)?{p.year}|(?:{p.shift})?{p.calunit}{p.shiftpost}?(?![\\w-]|\\s*\\d))",
        ),
        (  # "the 4th day of July, 1995", "le 4e jour de juillet 1995": that day of the month
            "nthday",
            f"{nth}{alt(w for w, unit in lex.nth_units.items() if unit == 'D')}\\s+{p.ofx}{p.month}"
            f"(?:,?\\s+{p.of}?{p.year})?",
        ),
        # "Dec31 , 1994": an abbreviated month glued to its day, a year after
    ]


def _month_name_shapes(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """A month name in the other shapes of a date: glued to its day ('Dec31 , 1994'), between
    dashes or slashes ('Sep-23-2020'), before a year ('March 2021', 'juillet 98'), after it
    ('2017 april')."""
    lower_verbs = f"(?!(?-i:{alt(lex.ambiguous_months)})(?!\\w))"  # "in 2017 may be"
    return [
        (
            "monthglued",
            f"(?P<month>{alt(lex.months)})(?P<day>3[01]|[12]\\d|0?[1-9])\\s*,\\s*{YEAR}",
        ),
        # "Dec/2018", "Sep-23-2020", "2019/aug/01": a month name between dashes or slashes
        ("monthdash", f"{p.smonth}(?P<sep>[/\\-])(?:{p.day}(?P=sep))?{YEAR}(?![\\-/]?\\w)"),
        ("yearmonthday", f"{YEAR}(?P<sep>[/\\-]){p.smonth}(?P=sep){p.day}(?![\\-/]?\\w)"),
        # the other orders of a month name, a year and a day: "September-2020-23", "2020/23/Sep"
        ("monthyearday", f"{p.smonth}(?P<sep>[/\\-]){YEAR}(?P=sep){p.day}(?![\\-/]?\\w)"),
        ("yeardaymonth", f"{YEAR}(?P<sep>[/\\-]){p.day}(?P=sep){p.sbare}(?![\\-/]?\\w)"),
        ("dayyearmonth", f"{p.day}(?P<sep>[/\\-]){YEAR}(?P=sep){p.sbare}(?![\\-/]?\\w)"),
        ("monthyear", f"{p.part}?{p.month}(?:\\s*,?\\s+{p.of}?|-){p.year}(?![\\-/]\\d)"),
        # "abril del 87", "juillet 98", "June '98": a year in two digits after a month
        (
            "monthyy",
            f"{p.part}?{p.month}(?:\\s*,?\\s+(?P<of>{p.of})?|-)(?P<apos>['\u2019])?(?P<year>\\d\\d)(?![\\d\\w]|[.,]\\d)",
        ),
        # a year, then a month name: 2017 april (not: in 2017 may be)
        ("yearname", f"{YEAR}\\s+{lower_verbs}{p.month}(?!\\.?\\s*\\d)"),
    ]


def _numeric_days(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """Days and months in numbers: '17/11' after a day word, German '22.04.', '20161016',
    '03/2021', '2015-12'."""
    return [
        (  # "no dia 17/11", "el 17/11", "le 17/11": a day and a month after a word that
            # names a day (not "el 1/3 de la población", a third)
            "dayslash",
            f"{after_words(lex.day_slash_leads)}(?P<day>3[01]|[12]\\d|0?[1-9])/"
            f"(?P<mon>1[0-2]|0?[1-9])(?![\\d/]|[.,]\\d|\\s+{p.of}|\\s+{p.ofx})"
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
    ]


def _named_months(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """A month alone, its part or shift around it: 'mid-March', 'last March'."""
    month_word = alt(w for w, c in lex.units.items() if c == "M" and w not in lex.plural_units)
    return [
        (  # "mid-March", "last March", "el pasado mes de marzo"
            "month",
            f"{p.part}?(?:{p.shift})?(?:{month_word}\\s+{p.of})?{p.month}(?!\\.?\\s*\\d){p.shiftpost}?",
        ),
    ]


def _counted_times(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    return counted_clocks(lex)


def _refs_and_times(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """'now', 'today', 'recently' (the reference words), then the times of day."""
    return [("ref", _refs(lex)), *_time_rules(lex)]


# The order of the table (the alternation is ordered: the first rule that matches wins).
_GROUPS: tuple[Group, ...] = (
    _numbered_dates,
    _stamped_dates,
    _day_month_dates,
    _spaced_dates,
    _days_of_this_month,
    _quarters_and_spelled_years,
    _weeks_and_nths,
    _month_name_shapes,
    _numeric_days,
    _counted_times,
    _offsets,
    _holidays,
    _told_days,
    _shifted_units,
    _weekdays,
    _seasons_decades_years,
    _sets,
    _roman_centuries_and_decades,
    _durations,
    _named_months,
    _vague_spans,
    _refs_and_times,
)
