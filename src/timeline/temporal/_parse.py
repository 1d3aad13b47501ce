"""Read a grammar match into an Atom (its year, month, day, unit, shift...).

The matches that are not dates in their context are dropped by
:mod:`._checks`.

``read`` looks up the reader of the matched rule in ``_READERS``. The readers
live by family: explicit calendar dates in :mod:`._read_dates`, relative
expressions, durations and sets in :mod:`._read_relative`, times of day in
:mod:`._read_times`; the values they share (numbers, years, shifts, zones) in
:mod:`._values`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.temporal._around import Fields
from timeline.temporal._atoms import Atom
from timeline.temporal._checks import plausible
from timeline.temporal._grammar import Grammar
from timeline.temporal._lexicon import Lexicon, norm
from timeline.temporal._names import in_a_name
from timeline.temporal._read_dates import (
    _read_bare_day,
    _read_century,
    _read_date,
    _read_daymonth,
    _read_dayrange,
    _read_decade,
    _read_decade_word,
    _read_era_range,
    _read_era_year,
    _read_half,
    _read_holiday,
    _read_iso,
    _read_monthnum,
    _read_named_century,
    _read_night_date,
    _read_nth_day,
    _read_nth_of,
    _read_nth_weekday,
    _read_numeric,
    _read_ordmy,
    _read_quarter,
    _read_roman_century,
    _read_spelled_year,
    _read_stamp,
    _read_week_mark,
    _read_week_number,
    _read_week_of,
    _read_weekday_day,
    _read_weekday_th,
    _read_word_day,
    _read_year_of,
    _read_year_period,
    _read_yearrange,
)
from timeline.temporal._read_relative import (
    _read_day_set,
    _read_frequency,
    _read_mid_daypart,
    _read_night,
    _read_past,
    _read_plural,
    _read_ref,
    _read_relative,
    _read_set,
    _read_shiftdaypart,
    _read_shiftunit,
    _read_someday,
    _read_span_unit,
    _read_to_date,
    _read_told_part,
    _read_unit_end,
    _read_unit_long,
    _read_vague_span,
    _read_weekday,
    _read_word,
    _read_year_ago,
)
from timeline.temporal._read_times import (
    _read_clock,
    _read_counted,
    _read_linked_hour,
    _read_time,
    _read_word_hour,
)


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
    if norm(match.group(0)) in lex.idioms or in_a_name(atom, match.string, lex):
        return None
    return atom if plausible(atom, rule, fields, lex, match.string) else None


def _fields(match: re.Match[str], groups: tuple[tuple[str, str], ...]) -> Fields:
    """The rule's pieces that matched something, by their short names (one groupdict() call:
    the match is of the rule alone, so that dict is small)."""
    found = match.groupdict()
    return {short: value for full, short in groups if (value := found[full])}


_READERS: dict[str, Callable[[Fields, Lexicon], Atom | None]] = {
    "iso": _read_iso,
    "numeric": _read_numeric,
    "spaced": _read_numeric,
    "spacedymd": _read_monthnum,
    "yearprefix": _read_date,
    "elidedyear": _read_date,
    "weekdayday": _read_weekday_day,
    "dayonly": _read_weekday_day,
    "bareday": _read_bare_day,
    "daylist": _read_weekday_day,
    "monthyy": _read_date,
    "time_wordh": _read_word_hour,
    "time_wordoclock": _read_word_hour,
    "time_clock": _read_clock,
    "time_linked": _read_linked_hour,
    "time_wordmin": _read_linked_hour,
    "time_count": _read_counted,
    "monthnum": _read_monthnum,
    "stamp_md": _read_stamp,
    "stamp_dm": _read_stamp,
    "dmynum": _read_monthnum,
    "yearmonth": _read_monthnum,
    "compact": _read_monthnum,
    "nthof": _read_nth_of,
    "nthday": _read_nth_day,
    "monthord": _read_ordmy,
    "monthglued": _read_date,
    "spokendm": _read_word_day,
    "spokenmd": _read_word_day,
    "daymonth": _read_daymonth,
    "dayslash": _read_monthnum,
    "dmyof": _read_date,
    "dayrange_dm": _read_dayrange,
    "dayrange_md": _read_dayrange,
    "ordmy": _read_ordmy,
    "wordday": _read_word_day,
    "quarter": _read_quarter,
    "quarter_q": _read_quarter,
    "quarter_yq": _read_quarter,
    "half_h": _read_half,
    "half_yh": _read_half,
    "quarter_y": _read_quarter,
    "yearof": _read_year_of,
    "yearperiod": _read_year_period,
    "weeknum": _read_week_number,
    "weekmark": _read_week_mark,
    "ordweek": _read_week_of,
    "nthweekday": _read_nth_weekday,
    "decade": _read_decade,
    "yearrange": _read_yearrange,
    "spelledyear": _read_spelled_year,
    "century": _read_century,
    "namedcentury": _read_named_century,
    "erayear": _read_era_year,
    "erarange": _read_era_range,
    "ago_pre": _read_relative("ago"),
    "ago_post": _read_relative("ago"),
    "later": _read_relative("later"),
    "yearago": _read_year_ago,
    "future": _read_relative("future"),
    "duration": _read_relative("duration"),
    "anaday": _read_word("anaday", "anaphoric_days"),
    "anapart": _read_word("anaday", "anaphoric_part_leads"),
    "dayword": _read_word("dayword", "day_words"),
    "middaypart": _read_mid_daypart,
    "someday": _read_someday,
    "holiday": _read_holiday,
    "shiftdaypart": _read_shiftdaypart,
    "shiftunit": _read_shiftunit,
    "spanunit": _read_span_unit,
    "spanunitpost": _read_span_unit,
    "vaguespan": _read_vague_span,
    "dayset": _read_day_set,
    "pluralago": _read_past,
    "unitahead": _read_span_unit,
    "unitlong": _read_unit_long,
    "spannoun": _read_relative("duration"),
    "weekend": _read_shiftunit,
    "unitshift": _read_shiftunit,
    "partunit": _read_shiftunit,
    "unitend": _read_unit_end,
    "todate": _read_to_date,
    "weekday": _read_weekday,
    "weekdayth": _read_weekday_th,
    "nightof": _read_night,
    "nightdate": _read_night_date,
    "toldpart": _read_told_part,
    "plural": _read_plural,
    "set": _read_set,
    "setfreq": _read_frequency,
    "romancentury": _read_roman_century,
    "decadew": _read_decade_word,
    "setadv": _read_set,
    "ref": _read_ref,
    "time_ampm": _read_time,
    "time_ampm_linked": _read_time,
    "time_wordh_linked": _read_word_hour,
    "time_colon": _read_time,
    "time_zoned": _read_time,
    "time_dot": _read_time,
    "time_h": _read_time,
    "time_word": _read_time,
    "time_ledword": _read_time,
}
