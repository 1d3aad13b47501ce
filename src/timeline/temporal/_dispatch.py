"""Where to try the grammar, and which of its rules: the cheap scan around anchors.

Every expression contains an anchor (a digit, a month, a unit, a day word...),
starts with a lead word (a prefix such as "early", "the", "il y a", or the
anchor itself), and each rule can only start with words of a few tables. The
tagger scans the text for anchors with one small pattern, tries the grammar
only at the lead words just before each anchor, and there only the rules that
can start with that word's first character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline.temporal._grammar import alt, combine
from timeline.temporal._lexicon import Lexicon

DIGITS = "0123456789"
_DECADE_LEADS = ("the", "les", "los", "la", "die", "den", "der", "gli", "negli", "os", "nos", "a")
_DECADE_WORDS = ("années", "anni", "anos", "años", "década", "décadas", "decade")
_QUANTITY = ("numbers", "one_words", "vague_numbers", "#")

# The tables each rule's first word can come from ('#' digits; other strings literal chars).
_STARTS: dict[str, tuple[str, ...]] = {
    "iso": ("#",),
    "numeric": ("#",),
    "dayrange_dm": ("range_from", "#", "ordinals"),
    "dayrange_md": ("range_from", "months"),
    "dmy": ("weekdays", "#"),
    "mdy": ("weekdays", "months"),
    "ordmy": ("articles", "ordinals", "#"),
    "wordday": ("numbers", "one_words"),
    "quarter": ("articles", "shift_before", "quarter_fiscal", "ordinals", "#"),
    "quarter_q": ("#", "q"),
    "quarter_y": ("articles", "#"),
    "weeknum": ("week_words",),
    "ordweek": ("articles", "ordinals", "#"),
    "yearperiod": ("articles", "latest", "#"),
    "yearof": ("parts", "months"),
    "monthyear": ("parts", "months"),
    "monthnum": ("#",),
    "daymonth": ("#",),
    "ago_pre": ("ago_before",),
    "ago_post": ("approximators", *_QUANTITY),
    "later": _QUANTITY,
    "yearago": ("articles", "year_ago"),
    "future": ("in_before",),
    "holiday": ("shift_before", "holidays"),
    "anaday": ("anaphoric_days",),
    "shiftdaypart": ("shift_before",),
    "dayword": ("parts", "day_words"),
    "shiftunit": ("parts", "articles", "shift_before", "unit_determiners"),
    "unitshift": ("parts", "articles"),
    "partunit": ("parts",),
    "unitend": ("unit_ends",),
    "weekday": ("shift_before", "weekdays"),
    "season": ("parts", "articles", "shift_before", "seasons"),
    "decade": ("parts", "#", "'\u2019", "decade"),
    "yearrange": ("#",),
    "spelledyear": ("year_centuries", "year_named"),
    "year": ("parts", "fiscal", "#"),
    "set": ("every",),
    "setadv": ("set_adverbs",),
    "duration": ("approximators", "duration_pre", *_QUANTITY),
    "month": ("parts", "shift_before", "months"),
    "plural": ("plural_leads", "plural_units"),
    "ref": ("refs",),
    "time_ampm": ("#",),
    "time_colon": ("#",),
    "time_h": ("#",),
    "time_word": ("time_words",),
}


def _first_chars(lex: Lexicon, table: str) -> set[str]:
    if table == "#":
        return set(DIGITS)
    if table == "decade":
        words: Iterable[str] = (*_DECADE_LEADS, *_DECADE_WORDS)
    elif hasattr(lex, table):
        words = getattr(lex, table)
    else:
        return set(table) | set(table.upper())
    return {word[0] for word in words if word}


def by_first_char(lex: Lexicon, bodies: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """For each possible first character, the rules that can start with it (compiled once)."""
    chars: dict[str, set[str]] = {}
    for name in bodies:
        for source in _STARTS[name.rstrip("0123456789")]:
            for char in _first_chars(lex, source):
                chars.setdefault(char.lower(), set()).add(name)
    compiled: dict[frozenset[str], re.Pattern[str]] = {}
    dispatch: dict[str, re.Pattern[str]] = {}
    for char, names in chars.items():
        key = frozenset(names)
        if key not in compiled:
            compiled[key] = combine(bodies, sorted(names))
        dispatch[char] = compiled[key]
    return dispatch


def _time_word_tables(lex: Lexicon) -> list[Iterable[str]]:
    """The tables of words that name a time (both anchors and leads contain them)."""
    return [
        lex.months,
        lex.weekdays,
        lex.units,
        lex.seasons,
        lex.day_words,
        lex.anaphoric_days,
        lex.refs,
        lex.holidays,
        lex.set_adverbs,
        lex.time_words,
        lex.quarter_words,
        lex.period_words,
        lex.year_centuries,
        _DECADE_WORDS,
    ]


def anchors(lex: Lexicon) -> re.Pattern[str]:
    """The words every expression contains at least one of (and digits)."""
    tables = [*_time_word_tables(lex), lex.day_parts]
    words = {word for table in tables for word in table}
    return re.compile(f"(?<!\\w)(?:{alt(words)}|q[1-4])|{_DATE_NUMBER}", re.IGNORECASE)


# A number that can be part of a date, a time or a count of units: not 160,000, 12%, $212.
_DATE_NUMBER = r"(?<![\d$\u20ac\u00a3])\d{1,4}(?!\d|[.,]\d{3}|\s*%)"


def leads(lex: Lexicon) -> frozenset[str]:
    """The words an expression can start with (the grammar is only tried there)."""
    tables: list[Iterable[str]] = [
        *_time_word_tables(lex),
        lex.parts,
        lex.shift_before,
        lex.articles,
        lex.range_from,
        lex.range_between,
        lex.duration_pre,
        lex.ago_before,
        lex.in_before,
        lex.every,
        lex.fiscal,
        lex.unit_determiners,
        lex.numbers,
        lex.one_words,
        lex.vague_numbers,
        lex.ordinals,
        lex.approximators,
        lex.year_ago,
        lex.week_words,
        lex.plural_units,
        lex.plural_leads,
        _DECADE_LEADS,
    ]
    words = {
        word.split()[0].rstrip("-").replace("\u2019", "'")
        for table in tables
        for word in table
        if word.strip()
    }
    elided = {word[: word.index("'") + 1] for word in words if "'" in word}  # all'inizio
    return frozenset(words | elided)


_LEAD_WORD = re.compile(r"[^\W\d_]+(?:['\u2019](?=\w))?")
_LEAD_CHARS = frozenset("0123456789'\u2019Qq")


def is_lead(text: str, at: int, words: frozenset[str]) -> bool:
    """True when the word at ``at`` can start an expression (a digit, or a lead word)."""
    if text[at] in _LEAD_CHARS:
        return True
    found = _LEAD_WORD.match(text, at)
    return found is not None and found.group().lower().replace("\u2019", "'") in words
