"""Regular-expression building blocks of the temporal grammar.

``alt`` writes an alternation of phrases as a trie (fast to match); the other
functions build, from a language's lexicon, the pieces the rules are written
with: month names, day numbers, years in digits or words, quantities, units,
articles, time zones, centuries, spoken days and years, references...
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from timeline.temporal._lexicon import Lexicon, lexicon, zones

_CALENDAR_UNITS = ("W", "WE", "M", "Q", "Y", "DE", "CE")
YEAR = r"(?P<year>(?:1[0-9]|20)\d\d)(?![\d])"


def alt(words: Iterable[str], name: str | None = None) -> str:
    """An alternation of phrases as a trie (fast to match); spaces match any whitespace.

    Longer phrases win over their prefixes, as in a longest-first alternation.
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in {w for w in words if w}:
        node = trie
        for unit in _units_of(word):
            node = node.setdefault(unit, {})
        node[""] = {}
    body = _render(trie) if trie else "(?!x)x"
    return f"(?P<{name}>{body})" if name else f"(?:{body})"


def _units_of(word: str) -> list[str]:
    units: list[str] = []
    for char in word:
        if char.isspace():
            if units[-1:] != [r"\s+"]:
                units.append(r"\s+")
        elif char in "'\u2019":
            units.append("['\u2019]")
        else:
            units.append(re.escape(char))
    return units


def alt_ending(words: dict[str, str]) -> str:
    """As ``alt(words)``, each phrase followed by its own zero-width test (``words``: phrase
    -> test, '' for none), in one trie: where a phrase ends within a longer one, the longer
    one is tried first and the test of the shorter one last."""
    trie: dict[str, dict[str, Any]] = {}
    for word, test in words.items():
        node = trie
        for unit in _units_of(word):
            node = node.setdefault(unit, {})
        node[_TESTED + test if test else ""] = {}
    return f"(?:{_render(trie)})" if trie else "(?:(?!x)x)"


_TESTED = "\0"  # the key of a phrase's end with a test (no unit starts so: tried last)


def _render(node: dict[str, Any]) -> str:
    branches = [
        unit + _render(child)
        for unit, child in sorted(node.items())
        if unit and not unit.startswith(_TESTED)
    ]
    branches += sorted(unit[len(_TESTED) :] for unit in node if unit.startswith(_TESTED))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def _month(lex: Lexicon, name: str = "month", *, stamps: bool = False) -> str:
    """Month names; abbreviations may take a full stop. ``stamps``: with the English
    abbreviations that file names and logs write in every language ("23/Sep/2020")."""
    names = set(stamp_months(lex) if stamps else lex.months)
    abbreviations = {n for n in names if any(o != n and o.startswith(n) for o in names)}
    full = alt(names - abbreviations)
    short = alt(abbreviations)
    # "14 كانون الثاني/يناير 2026": the month in both calendars Arabic news names it by
    paired = f"(?:\\s*/\\s*{full})?" if lex.paired_months else ""
    return f"(?P<{name}>{full}|{short}\\.?){paired}(?!\\w)"


def _day(lex: Lexicon, name: str = "day") -> str:
    suffix = alt(lex.ordinal_suffix)
    money = "(?<![$€£¥])(?<![$€£¥] )"  # "$12 December 27" is December 27
    return f"(?<!\\d[.,]){money}(?P<{name}>3[01]|[12]\\d|0?[1-9])(?:{suffix})?(?![\\d])"


def _year(lex: Lexicon) -> str:
    """A year in digits, or in words where the language has them ('dos mil dieciocho');
    with the word for year after it where the language writes one ('2026 года')."""
    if lex.era_offset:  # "14 มกราคม 2569": a Buddhist-era year, or one of the Common Era
        return r"(?P<year>(?:1[0-9]|20|2[4-6])\d\d)(?![\d])"
    if lex.year_after:
        return f"{YEAR}(?:\\.?\\s*{alt(lex.year_after)}(?!\\w))?"
    if not lex.year_words:
        return YEAR
    return f"(?:{YEAR}|(?P<yearw>{alt(lex.year_words)}(?:{year_tail(lex)})?)(?!\\w))"


def year_tail(lex: Lexicon) -> str:
    """The years after the thousand or hundred of a year in words: 'veintisiete', 'noventa y
    dos', 'soixante-douze', glued in Italian and German ('duemiladiciotto')."""
    number = alt(w for w, v in lex.numbers.items() if v is not None and 1 <= v < 100 and v % 1 == 0)
    joint = alt(w for w in lex.range_and if " " not in w)
    again = f"(?!{alt(lex.year_words)}(?!\\w))"  # "dos mil dieciocho y dos mil diecinueve"
    more = f"(?:[\\s-]+(?:{joint}[\\s-]+)?{again}{number}){{0,3}}"
    return f"(?:\\s+(?:{joint}\\s+)?|(?<=\\w)){again}{number}{more}"


def _quantity(lex: Lexicon) -> str:
    words = alt(lex.numbers)
    vague = alt(lex.vague_numbers)
    one = alt(lex.one_words)
    half = f"(?:\\s+{alt(lex.range_and)}\\s+(?:{one}\\s+)?{alt(lex.fractions, 'frac')}"
    half += "|(?<=\\d)(?P<slash>\\s+1/2|\u00bd))?"  # "two and a half", "5 1/2"
    # after digits a unit word may follow at once: "3.5years", "3h" (not "3D")
    return (
        f"(?P<qty>(?<![.:])\\d+(?:[.,]\\d+)?|{words}(?:[\\s-]+(?:and\\s+)?{words}){{0,3}}|{vague}|{one})"
        f"{half}(?:[\\s-]+|(?<=\\d)(?=[^\\W\\d_]{{3}}|{alt(lex.glued_units)}(?!\\w))"
        "|(?<=[^\\W\\d_][-'\u2019]))"  # "une demi-heure", "mezz'ora", "un'ora"
    )


def _fraction_after(lex: Lexicon) -> str:
    """'one hour and a half': a fraction of the unit after it."""
    one = alt(lex.one_words)
    return f"(?:\\s+{alt(lex.range_and)}\\s+(?:{one}\\s+)?{alt(lex.fractions, 'frac2')}(?!\\w))?"


def _units(lex: Lexicon, calendar: bool = False) -> str:
    if calendar:
        words = (w for w, code in lex.units.items() if code in _CALENDAR_UNITS)
        return alt(words, "unit") + r"(?!\w)"
    return alt(lex.units, "unit") + r"(?!\w)"


def _article(lex: Lexicon) -> str:
    spaced = [a for a in lex.articles if not a.endswith(("'", "\u2019"))]
    elided = [a for a in lex.articles if a.endswith(("'", "\u2019"))]
    options = [f"{alt(spaced)}\\s+"] if spaced else []
    if elided:
        options.append(f"{alt(elided)}\\s*")
    return f"(?:{'|'.join(options)})" if options else "(?!x)x"


def _zone(lex: Lexicon) -> str:
    """A time zone after a time: 'GMT', 'UTC' (upper case only) or '(heure de Caracas)'."""
    table = zones()
    upper = sorted((re.escape(a.upper()) for a in table.abbreviations), key=len, reverse=True)
    prefix = alt(lex.city_prefix)
    cities = sorted(table.cities, key=len, reverse=True)
    return (
        f"(?:\\s*(?P<tz>(?-i:{'|'.join(upper)}))(?!\\w)"
        f"|\\s*\\(\\s*{prefix}\\s+{alt(cities, 'city')}\\s*\\)"
        f"|\\s+{prefix}\\s+{alt(cities, 'city2')}(?!\\w))"
    )


def _century(lex: Lexicon, art: str, part: str, ordinal: str) -> str:
    """'the 20th century', 'the nineteenth century', 'early 11th-century'."""
    words = alt(w for w, code in lex.units.items() if code == "CE" and w not in lex.plural_units)
    number = f"(?P<cn>[12]?\\d)(?:{alt(lex.ordinal_suffix)})"
    return f"{part}?(?:{art})?(?:{number}|{ordinal})[\\s-]+{words}(?![\\w])"


def _spoken_day(lex: Lexicon) -> str:
    """A day of the month in cardinal words: 'five', 'fifteen', 'twenty five', 'thirty-one'."""
    if not lex.spoken_days:
        return "(?!x)x"
    words = {w: v for w, v in lex.numbers.items() if v is not None and " " not in w}
    units = alt(w for w, v in words.items() if 1 <= v <= 9)
    teens = alt(w for w, v in words.items() if 10 <= v <= 19)
    tens = alt(w for w, v in words.items() if v in (20, 30))
    return f"(?P<dayw>{tens}(?:[\\s-]+{units})?|{teens}|{units})(?!\\w)"


def _year_follows(lex: Lexicon) -> str:
    """A year next: four digits or a spelled year ('nineteen eighty six', 'two thousand')."""
    spelled = alt((*lex.year_centuries, *lex.year_thousands))
    return f"(?=\\s*,?\\s+(?:(?:1[0-9]|20)\\d\\d(?!\\d)|{spelled}(?!\\w)))"


def _spelled_year(lex: Lexicon) -> str:
    """'nineteen ninety-six', 'nineteen oh five', 'the year two thousand (and six)'."""
    if not lex.year_centuries:
        return "(?!x)x"

    def words(low: int, high: int, step: int = 1) -> str:
        return alt(w for w, n in lex.numbers.items() if n in range(low, high + 1, step))

    unit, tens, teens = words(1, 9), words(20, 90, 10), words(10, 19)
    pair = f"(?:{tens}(?:[\\s-]+{unit})?|{teens}|{alt(lex.year_zero)}[\\s-]+{unit})"
    centuries, hundred = alt(lex.year_centuries), alt(lex.year_hundred)
    joint = f"(?:{alt(lex.range_and)}\\s+)"
    thousands = alt(lex.year_thousands)
    return (
        f"(?P<yc>{centuries})[\\s-]+(?P<yn>{hundred}(?:\\s+{joint}?{pair})?|{pair})(?![\\w-])"
        f"|{alt(lex.year_named)}\\s+(?P<yt>{thousands})"
        f"(?:[\\s-]+{joint}?(?P<yn2>{pair}|{unit}))?(?![\\w-])"
        # after "in", "since"...: "in two thousand and fifteen" (with its tail: no count)
        f"|(?P<yt2>{thousands})"
        f"[\\s-]+{joint}(?P<yn3>{pair}|{unit})(?![\\w-])(?!\\s+[^\\W\\d_]+s\\b)"
    )


def _after_of(lex: Lexicon) -> str:
    """Just after 'de', 'd'', 'du', 'del' (lookbehinds, each of fixed width)."""
    words = (*lex.of, *lex.contracted_of)
    behind = [
        f"(?<=\\b{re.escape(w)})" if w[-1] in "'\u2019" else f"(?<=\\b{re.escape(w)} )"
        for w in words
    ]
    return f"(?:{'|'.join(behind)})" if behind else "(?!x)x"


def _refs(lex: Lexicon) -> str:
    """PRESENT_REF/PAST_REF words; 'el pasado' but not in 'el pasado 12 de diciembre' nor
    'el pasado lunes' (last Monday)."""
    shifting = {w for w in lex.refs if w.split()[-1] in lex.shift_before}
    named = alt((*lex.weekdays, *lex.months))
    month_word = alt(w for w, code in lex.units.items() if code == "M")
    # a day, a weekday or a month follows ("el pasado mes de marzo"): the shift of a date
    dated = (
        f"(?!\\s+(?:\\d|[^\\W\\d_]+\\s+\\d|{named}(?!\\w)"
        f"|{month_word}\\s+[^\\W\\d_]+\\s+{alt(lex.months)}(?!\\w)))"
    )
    # "the past" led by an article is an adjective before a count: "the past three presidents"
    led = {w for w in lex.refs if w.split()[0] in lex.articles}
    counted = f"(?!\\s+(?:\\d|{alt((*lex.numbers, *lex.vague_numbers))}(?!\\w)))"
    plain = set(lex.refs) - shifting
    return (
        f"(?P<ref>{alt(plain & led)}{counted}|{alt(plain - led)}"
        f"|{alt(shifting & led)}{dated}{counted}|{alt(shifting - led)}{dated})"
    )


def _year_ago(lex: Lexicon, art: str, ordinal: str) -> str:
    """'the year-ago quarter', 'the comparable year-earlier period', 'year-ago results'.

    The article belongs to the expression only when a period word follows.
    """
    adjective, noun = alt(lex.year_ago), alt(lex.period_words)
    ahead = f"(?={adjective}\\s+(?:\\w+\\s+)?{noun}(?!\\w))"
    return f"(?:{art}{ahead})?{adjective}(?!\\w)(?:(?:\\s+{ordinal})?\\s+{noun}(?!\\w))?"


def stamp_days(lex: Lexicon) -> frozenset[str]:
    """A stamp's weekday: its name or its short form ("Wed", "Mié", "Mi", "mer.")."""
    return frozenset((*lex.weekdays, *lex.weekday_abbreviations, *lex.weekday_short))


def after_words(words: Iterable[str]) -> str:
    """Just after one of ``words`` and a space (lookbehinds, each of fixed width)."""
    behind = [f"(?<=\\b{re.escape(w)} )" for w in words]
    return f"(?:{'|'.join(behind)})" if behind else "(?!x)x"


def stamp_months(lex: Lexicon) -> dict[str, int]:
    """The language's months and the English abbreviations ("Sep", "Oct") of machine stamps."""
    english = lexicon("en").months
    return {**{word: n for word, n in english.items() if len(word) <= 4}, **lex.months}
