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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property

from timeline.temporal._anchor_spans import Split, spans
from timeline.temporal._lexicon import Lexicon, norm
from timeline.temporal._patterns import alt, alt_ending, stamp_days, stamp_months
from timeline.temporal._time_rules import clock_after, clock_hours, counted_anchor, oclock_words

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
    "dmy": ("weekdays", "shift_before", "#"),
    "ymd": ("#",),
    "ydm": ("#",),
    "mdy": ("stamp_days", "months"),
    "ordmy": ("articles", "ordinals", "#"),
    "spaced": ("#",),
    "weekdayday": ("weekdays",),
    "dayonly": ("articles", "shift_before", "day_nouns"),
    "bareday": ("bare_day_leads",),
    "monthyy": ("parts", "months"),
    "time_wordh": ("numbers",),
    "time_wordoclock": ("numbers", "clock_one_words"),
    "time_clock": ("clock_before",),
    "time_linked": ("#", "numbers", "clock_one_words"),
    "time_wordmin": ("#", "numbers"),
    "time_count": ("#", "numbers"),
    "wordday": ("numbers", "one_words"),
    "quarter": ("parts", "articles", "shift_before", "quarter_fiscal", "ordinals", "#"),
    "quarter_q": ("#", "quarter_letters"),
    "quarter_yq": ("#",),
    "half_h": ("#", "half_letters"),
    "half_yh": ("#",),
    "quarter_y": ("articles", "#"),
    "weeknum": ("week_words",),
    "weekmark": ("articles",),
    "ordweek": ("articles", "ordinals", "#", "last_words"),
    "nthweekday": ("articles", "ordinals", "last_words"),
    "yearperiod": ("articles", "latest", "#"),
    "yearof": ("parts", "months", "seasons", "#"),
    "monthyear": ("parts", "months"),
    "monthnum": ("#",),
    "yearmonth": ("#",),
    "compact": ("#",),
    "monthdash": ("stamp_months",),
    "monthord": ("months",),
    "monthglued": ("months",),
    "spacedymd": ("#",),
    "yearprefix": ("fiscal",),
    "elidedyear": ("#",),
    "spokendm": ("numbers",),
    "spokenmd": ("months",),
    "monthyearday": ("stamp_months",),
    "yeardaymonth": ("#",),
    "dayyearmonth": ("#",),
    "daymonthyy": ("#",),
    "dmynum": ("#",),
    "faryear": ("#",),
    "namedyear": ("year_named",),
    "dmycomma": ("#",),
    "dmyof": ("#",),
    "dayslash": ("#",),
    "mdycomma": ("months",),
    "stamp_md": ("stamp_days", "months"),
    "stamp_dm": ("stamp_days", "#"),
    "nthof": ("articles", "ordinals", "#"),
    "nthday": ("articles", "ordinals", "#"),
    "yearmonthday": ("#",),
    "yearname": ("#",),
    "monthofyy": ("#", "months"),
    "daymonth": ("#",),
    "ago_pre": ("ago_before",),
    "ago_post": ("approximators", "ago_approximators", *_QUANTITY),
    "later": _QUANTITY,
    "yearago": ("articles", "year_ago"),
    "future": ("in_before",),
    "holiday": ("shift_before", "holidays", "units"),
    "anaday": ("anaphoric_days",),
    "anapart": ("anaphoric_part_leads",),
    "shiftdaypart": ("shift_before",),
    "dayword": ("parts", "day_parts_before", "day_words"),
    "middaypart": ("parts",),
    "shiftunit": ("parts", "articles", "shift_before", "unit_determiners", "anaphoric_determiners"),
    "weekend": ("weekend_determiners",),
    "unitshift": ("parts", "articles", "units"),
    "partunit": ("parts",),
    "unitend": ("unit_ends",),
    "todate": ("articles", "to_date"),
    "someday": ("someday",),
    "weekday": ("day_parts_before", "shift_before", "weekdays", "parts", "weekday_end_parts"),
    "weekdayth": ("weekdays",),
    "nightof": ("night_words",),
    "nightdate": ("night_words",),
    "toldpart": ("told_day_parts",),
    "daylist": ("#",),
    "season": ("parts", "articles", "shift_before", "seasons"),
    "decade": ("parts", "#", "'\u2019", "decade"),
    "yearrange": ("#",),
    "wordyear": ("articles", "units", "year_words"),
    "spelledyear": ("year_centuries", "year_named", "year_thousands"),
    "century": ("parts", "articles", "ordinals", "#"),
    "erayear": ("parts", "articles", "units", "#", "ad_leads"),
    "erarange": ("range_from", "#"),
    "year": ("parts", "fiscal", "#"),
    "set": ("every",),
    "setfreq": _QUANTITY,
    "romancentury": ("parts", "articles", "IVXivx", "century_words"),
    "namedcentury": ("parts", "century_names"),
    "decadew": ("parts", "#", "decade"),
    "setadv": ("set_adverbs",),
    "duration": ("approximators", "duration_pre", "bare_span_leads", "whole", *_QUANTITY),
    "month": ("parts", "shift_before", "months", "units"),  # "el mes de marzo"
    "plural": ("plural_leads", "plural_units"),
    "spanunit": ("vague_span_leads",),
    "spanunitpost": ("plural_units",),
    "vaguespan": ("vague_spans",),
    "dayset": ("weekdays",),
    "pluralago": ("plural_units",),
    "unitahead": ("articles",),
    "unitlong": ("units",),
    "spannoun": ("one_words", "articles", *_QUANTITY),
    "ref": ("refs",),
    "time_ampm": ("#",),
    "time_ampm_linked": ("#",),
    "time_wordh_linked": ("numbers",),
    "time_colon": ("#",),
    "time_zoned": ("#",),
    "time_dot": ("#",),
    "time_h": ("#",),
    "time_word": ("time_words",),
    "time_ledword": ("led_time_words",),
}


def _start_words(lex: Lexicon, table: str) -> Iterable[str]:
    """The words of ``table`` ('#': the digits; a name that is no table: its characters)."""
    derived = _DERIVED_STARTS.get(table)
    if derived is not None:
        return derived(lex)
    if hasattr(lex, table):
        words: Iterable[str] = getattr(lex, table)
        return words
    return (*table, *table.upper())


# The start tables that are no lexicon table, or more than one.
_DERIVED_STARTS: dict[str, Callable[[Lexicon], Iterable[str]]] = {
    "#": lambda lex: DIGITS,
    "decade": lambda lex: (*_DECADE_LEADS, *_DECADE_WORDS),
    "stamp_days": stamp_days,  # "Wed Oct 26 15:50:06 2016"
    "stamp_months": stamp_months,  # "Sep-23-2020" in French text
    # the grammar's day names include the abbreviations ("mer.")
    "weekdays": lambda lex: (*lex.weekdays, *lex.weekday_abbreviations),
}


def by_first_char(lex: Lexicon, bodies: dict[str, str]) -> dict[str, frozenset[str]]:
    """For each possible first character, the rules that can start with it."""
    chars: dict[str, set[str]] = {}
    for name in bodies:
        for source in _STARTS[name.rstrip(DIGITS)]:
            for word in _start_words(lex, source):
                if word:
                    chars.setdefault(word[0].lower(), set()).add(name)
    return {char: frozenset(names) for char, names in chars.items()}


_RUN = re.compile(r"[^\W\d_]*")


def by_lead_word(
    lex: Lexicon, bodies: dict[str, str], words: frozenset[str]
) -> dict[str, frozenset[str] | None]:
    """For each lead word, the rules that can start with it: fewer than for its first letter.

    Where the text's letters are ``run``, a rule can start only if one of its
    first words is ``run`` or a prefix of it (a word of letters only: 'mid' in
    'midJanuary'), or is those letters and then a non-letter ("l'", 'the end
    of'). None: no rule starts with that word ('between' only links two dates).
    """
    starts = [(name, *_first_words(lex, name)) for name in bodies]
    dispatch: dict[str, frozenset[str] | None] = {}
    for word in words:
        run = _letters(word)
        prefixes = {run[:size] for size in range(1, len(run) + 1)}
        names = {name for name, whole, runs in starts if run in runs or prefixes & whole}
        dispatch[word] = frozenset(names) if names else None
    return dispatch


def first_words(lex: Lexicon, bodies: dict[str, str]) -> tuple[re.Pattern[str], frozenset[str]]:
    """Every rule's first words of letters only, in one pattern (the longest one matches),
    and the letters that the other first words start with before a non-letter ("l'")."""
    whole: set[str] = set()
    runs: set[str] = set()
    for name in bodies:
        letters, others = _first_words(lex, name)
        whole |= letters
        runs |= others
    return re.compile(alt(whole), re.IGNORECASE), frozenset(runs - {""})


def _letters(word: str) -> str:
    found = _RUN.match(word)
    return found.group() if found else ""


def _first_words(lex: Lexicon, name: str) -> tuple[frozenset[str], frozenset[str]]:
    """A rule's first words of letters only, and the letters the others start with."""
    words = {
        norm(word) for source in _STARTS[name.rstrip(DIGITS)] for word in _start_words(lex, source)
    }
    whole = {word for word in words if word and _letters(word) == word}
    return frozenset(whole), frozenset(_letters(word) for word in words - whole)


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
        lex.unit_ends,
        lex.to_date,
        lex.time_words,
        lex.quarter_words,
        lex.period_words,
        lex.vague_spans,
        lex.year_centuries,
        _DECADE_WORDS,
    ]


@dataclass(frozen=True)
class Anchors:
    """The anchor scan of a language: a case-folding pattern, and a faster one for lower case.

    Matching lower-cased text case-sensitively finds the same anchors as
    matching the text with IGNORECASE, unless lowering changed the length
    ('İ') or the text holds a letter that IGNORECASE takes for another one of
    the pattern (the dotless i for i): then the text itself is scanned.
    """

    folded: re.Pattern[str]
    lower: re.Pattern[str]
    risky: re.Pattern[str] | None
    risky_exotic: bool = False  # every risky letter is one of exotic_case()
    digit_source: str = "(?!x)x"  # the number anchors of ``lower``
    word_source: str = "(?!x)x"  # the others, each after a non-word character or none

    @cached_property
    def split_lower(self) -> Split:
        """``lower`` in two passes (see :mod:`._anchor_spans`; compiled on first use)."""
        return Split.of(self.digit_source, self.word_source, 0)

    @cached_property
    def split_ascii(self) -> Split:
        """``lower_ascii`` in two passes."""
        return Split.of(self.digit_source, self.word_source, re.ASCII)

    def spans(self, pattern: re.Pattern[str], subject: str) -> Iterator[tuple[int, int]]:
        """The spans of ``pattern`` (as ``scan`` gives it) in ``subject``; those of the
        lower-case patterns found in two cheaper passes."""
        if pattern is self.folded:
            return (found.span() for found in pattern.finditer(subject))
        split = self.split_ascii if pattern.flags & re.ASCII else self.split_lower
        return spans(split, pattern, subject)

    @cached_property
    def lower_ascii(self) -> re.Pattern[str]:
        """``lower`` with re's ASCII classes, for lower-cased text of ``_regex.ascii_only``
        (the same anchors; compiled on first use)."""
        return re.compile(self.lower.pattern, re.ASCII)

    def scan(
        self, text: str, lowered: str | None = None, *, plain: bool = False, ascii: bool = False
    ) -> tuple[re.Pattern[str], str]:
        """The pattern to scan with and the string to scan (offsets are the text's).

        ``lowered``: ``text.lower()``, where the caller has it already; ``plain``: the
        caller found it of the text's length and without a letter of exotic_case();
        ``ascii``: the caller found ``lowered`` ascii_only (no risky letter is ASCII).
        """
        lowered = text.lower() if lowered is None else lowered
        if plain and (ascii or self.risky_exotic):
            return self.lower_ascii if ascii else self.lower, lowered
        if len(lowered) == len(text) and (self.risky is None or not self.risky.search(lowered)):
            return self.lower, lowered
        return self.folded, text


def anchors(lex: Lexicon) -> Anchors:
    """The words every expression contains at least one of (and digits)."""
    clock = (lex.am, lex.pm) if lex.word_hours else ()  # "seis p.m.": no other anchor
    tables = [
        *_time_word_tables(lex),
        lex.day_parts,
        lex.told_day_parts,
        lex.year_thousands,
        lex.year_ago,  # "Vorjahr" holds no other anchor
        lex.year_words,
        lex.clock_before,
        oclock_words(lex),  # "zehn Uhr", "ten o'clock"
        lex.century_words,
        lex.century_names,  # "il Novecento"
        lex.decade_words,  # "the nineties"
        *clock,
    ]
    words = {word.lower() for table in tables for word in table}
    # "h", "sec": not the start of "he", "second". One trie (re tries the first letters of
    # one alternation, not of two), the long words before the short ones as in
    # "long|short(?!...)": a short word that matches is a prefix of any long one that does.
    ends = {word: "" if len(word) > _SHORT else "(?![^\\W\\d_])" for word in words if word}
    trie = alt_ending(ends)
    body = f"{_DIGIT_ANCHOR}|(?<!\\w)(?:{trie}|q[1-4]){_clock_and_century(lex)}"
    partners = {
        other
        for letter in {char for word in words for char in word} | {"q"}
        for other in _case_partners().get(letter, ())
    }
    risky = "[" + "".join(map(re.escape, sorted(partners))) + "]" if partners else None
    return Anchors(
        folded=re.compile(body, re.IGNORECASE),
        lower=re.compile(body),
        risky=re.compile(risky) if risky else None,
        risky_exotic=all(exotic_case().match(letter) for letter in partners),
        digit_source=_DIGIT_ANCHOR,
        word_source=f"(?:{trie}|q[1-4]{_clock_and_century(lex)})",
    )


def _clock_and_century(lex: Lexicon) -> str:
    """Anchors with no time word: 'a las diez' (an hour after a link), 'XXe siècle'.

    Lower case: the scan may run on the lower-cased text (the grammar checks the case).
    """
    linked = f"|{clock_after(lex)}{clock_hours(lex)}(?!\\w)" if lex.clock_links else ""
    linked += counted_anchor(lex)  # "um zehn vor acht"
    centuries = alt(w.lower() for w in lex.century_words)
    roman = f"|(?<!\\w)[ivx]{{1,5}}(?=\\w{{0,3}}\\s+{centuries})" if lex.century_words else ""
    return linked + roman


_SHORT = 3  # anchor words this short must end where the word ends


# A number that can be part of a date, a time or a count of units: not 160,000, 12%, $212,
# nor the digits after a decimal or thousands separator ("16.7", "13,000": a date that
# holds such a number holds another anchor too, "10,000 hours", "1.5 years"); else a
# compact date, "20161016". One branch that starts with the digit: re skips it at once
# where there is none (a branch that starts with a group or a look-behind is entered).
_DATE_NUMBER = r"(?<![\d$\u20ac\u00a3]\d)(?<!\d[.,]\d)\d{0,3}(?!\d|[.,]\d{3}|\s*%)"
_COMPACT_DATE = r"(?:(?<=1)9(?<!\d19)|(?<=2)0(?<!\d20))\d{6}(?!\d)"
_DIGIT_ANCHOR = f"\\d(?:{_DATE_NUMBER}|{_COMPACT_DATE})"


def has_exotic_case(text: str) -> bool:
    """``text`` holds a letter of exotic_case() (never where it is ASCII: a flag of the str,
    no scan)."""
    return not text.isascii() and exotic_case().search(text) is not None


@cache
def exotic_case() -> re.Pattern[str]:
    """The letters whose case re folds otherwise than str.lower() (dotless i, long s,
    Greek final sigma...), and the dot str.lower() adds to a capital I with dot."""
    chars = {c for char, others in _case_partners().items() for c in (char, *others)}
    exotic = sorted(c for c in chars if not c.isascii())
    return re.compile("[" + "".join(map(re.escape, exotic)) + "\u0307]")


@cache
def _case_partners() -> dict[str, tuple[str, ...]]:
    """For a lower-case letter, the others with the same upper case (s: the long s).

    re's IGNORECASE matches them with each other; str.lower() keeps them
    apart. (They are all in the Basic Multilingual Plane.)
    """
    chars = list(map(chr, range(0x10000)))
    # A group of two or more has a member that is not its own upper case; the group's
    # upper case itself belongs to it where it is its own lower case.
    cased = [
        (upper, char)
        for char, lower, upper in zip(
            chars, map(str.lower, chars), map(str.upper, chars), strict=True
        )
        if lower == char and upper != char
    ]
    by_upper: dict[str, list[str]] = {}
    for upper, char in cased:
        by_upper.setdefault(upper, []).append(char)
    for upper, group in by_upper.items():
        if len(upper) == 1 and ord(upper) < 0x10000 and upper.lower() == upper == upper.upper():
            group.append(upper)
            group.sort()
    return {
        char: tuple(other for other in group if other != char)
        for group in by_upper.values()
        if len(group) > 1
        for char in group
    }


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
        lex.bare_span_leads,
        lex.ago_before,
        lex.in_before,
        lex.every,
        lex.fiscal,
        lex.unit_determiners,
        lex.weekend_determiners,
        lex.anaphoric_determiners,
        lex.numbers,
        lex.one_words,
        lex.vague_numbers,
        lex.ordinals,
        lex.approximators,
        lex.ago_approximators,
        lex.year_ago,
        lex.week_words,
        lex.plural_units,
        lex.plural_leads,
        stamp_days(lex),
        stamp_months(lex),
        lex.whole,
        lex.day_nouns,
        lex.bare_day_leads,
        lex.quarter_letters,
        lex.half_letters,
        lex.clock_before,
        lex.day_parts_before,
        lex.night_words,
        lex.told_day_parts,
        lex.weekday_end_parts,
        lex.century_words,
        lex.century_names,
        lex.ad_leads,
        lex.vague_span_leads,
        _DECADE_LEADS,
    ]
    words = {
        word.split()[0].rstrip("-.").replace("\u2019", "'")
        for table in tables
        for word in table
        if word.strip()
    }
    elided = {word[: word.index("'") + 1] for word in words if "'" in word}  # all'inizio
    return frozenset(words | elided)


def lead_starts(words: frozenset[str]) -> re.Pattern[str]:
    """The word starts where an expression can begin, in one compiled pattern.

    Group ``word``: a whole lead word, its letters (then an apostrophe when a
    word character follows, "l'année") being one of ``words``; else a digit,
    an apostrophe or a Q. The pattern folds case as the grammar does; the
    caller looks the lower-cased word up in ``words`` (``str.lower`` folds a
    few rare letters, the long s, differently).
    """
    whole = [word for word in words if word.isalpha()]
    elided = [word[:-1] for word in words if word.endswith("'") and word[:-1].isalpha()]
    return re.compile(
        f"(?<!\\w)(?:(?P<word>{alt(whole)}(?![^\\W\\d_]|['\u2019]\\w)"
        f"|{alt(elided)}['\u2019](?=\\w))|[0-9'\u2019Qq\u00bc-\u00be])",
        re.IGNORECASE,
    )
