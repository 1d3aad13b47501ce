"""The checks of times of day: "at noon" (not the film "High Noon"), "a las diez" (not
"a las diez familias"), "at 9a" (not "Article 9a"), "halb 8" (not "halb 8 Millionen").
Used by :mod:`._checks`.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.temporal._around import Fields, sentence_initial, word_before
from timeline.temporal._atoms import Atom
from timeline.temporal._lexicon import Lexicon, lexicon, norm
from timeline.temporal._patterns import alt

WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


def _check_time_word(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'at noon'; not the film "High Noon": a capitalised time word inside a sentence."""
    word = fields["tword"]
    titled = word[:1].isupper() and not word.isupper() and not sentence_initial(text, atom.start)
    return not (lex.titled_units and titled)


_OPENING = re.compile(r"\(\s*$")


def _check_zoned(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'at 1430 GMT' is a time; '10:35 a.m. (0735 GMT)' restates the time before it in
    another zone, which TimeBank leaves untagged: one moment, one mention."""
    return _OPENING.search(text, max(0, atom.start - 3), atom.start) is None


def _check_dot(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'a las 18.00 GMT' is a time; 'a las 18.00 hora local (16.00 GMT)' restates it in
    another zone, as '(0735 GMT)' does (see _check_zoned)."""
    zoned = {"tz", "city", "city2"} & fields.keys()
    return not zoned or _check_zoned(atom, fields, lex, text)


def _check_clock(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'halb 8' is a time; 'halb 8 Millionen' a quantity (a German noun follows), and so
    are 'a quarter to 3 billion' and 'by a quarter to 12 stores' (a magnitude or a
    plural follows)."""
    noun = WORD_AFTER.match(text, atom.end)
    if noun is None:
        return True
    if lex.lang == "de":
        return not noun[1][:1].isupper()
    word = norm(noun[1])
    plural = word.endswith("s") and len(word) > _SHORT and word not in clock_followers(lex.lang)
    return not (plural or word in lex.magnitudes)


_SHORT = 3  # "is", "was", "has": no plural nouns


_FRACTION = re.compile(r"[.,]\d")  # "2:34.77": hundredths of a second


def _check_colon(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'at 10:30' is a time; a race's '2:34.77' (with hundredths) and a game's clock ('with
    1:14 left') measure time run or left, no time of day."""
    if _FRACTION.match(text, atom.end) or _race_time(atom, fields, lex, text):
        return False
    return _left_after(lex.lang).match(text, atom.end) is None


_RACE_CLOCK = re.compile(r"[1-9]:\d\d:\d\d")  # one digit for the hours, nothing after


def _race_time(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'won in 2:06:20', '(Yu Chaohong, 1:23:51)': hours (one digit), minutes and seconds
    with no zone, no hour word and no link word before ('at 2:06:20', '@ 5:49:19') time a
    race, no time of day."""
    if not _RACE_CLOCK.fullmatch(text, atom.start, atom.end):
        return False
    if text[max(0, atom.start - 2) : atom.start].strip() == "@":
        return False
    return word_before(text, atom.start) not in (*lex.time_link, *lex.until, *lex.since)


@cache
def _left_after(lang: str) -> re.Pattern[str]:
    """The words after a game's clock: ' left', ' remaining', ' to play'."""
    words = lexicon(lang).clock_left
    return re.compile(f"\\s+{alt(words)}(?!\\w)" if words else "(?!x)x", re.IGNORECASE)


def _check_linked(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'a las diez' is a time; 'a las diez familias' counts families (a noun follows);
    'faltam 15 para as 8' counts minutes to the hour (a number before the link)."""
    after = WORD_AFTER.match(text, atom.end)
    if _minutes_to(lex.lang).search(text, max(0, atom.start - 30), atom.start):
        return False
    return after is None or norm(after[1]) in clock_followers(lex.lang)


def _check_counted(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'um zehn vor acht' is a time; 'um 5 nach 3 Prozent' is not (a noun follows)."""
    after = WORD_AFTER.match(text, atom.end)
    return after is None or norm(after[1]) in clock_followers(lex.lang)


@cache
def _minutes_to(lang: str) -> re.Pattern[str]:
    """A number, then a link that counts minutes to the hour: 'faltam 15 para as 8'."""
    links = lexicon(lang).minutes_to_links
    return re.compile(f"\\d\\s+{alt(links)}\\s+$" if links else "(?!x)x", re.IGNORECASE)


@cache
def clock_followers(lang: str) -> frozenset[str]:
    """The words that may follow an hour: 'a las diez de la noche', 'alle 7 di domani'."""
    lex = lexicon(lang)
    tables = (lex.of, lex.range_and, lex.range_to, lex.day_words, lex.weekdays, lex.articles)
    more = (lex.shift_before, lex.time_link, lex.oclock, lex.day_parts, lex.am, lex.pm)
    after = (lex.approx_after,)  # "alle 11 circa"
    words = {norm(w).split()[0] for t in (*tables, *more, *after) for w in t if norm(w)}
    return frozenset(words | {"o", "ou", "u", "y", "e"})


def _check_time_ampm(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'at 9a' is a time; 'Article 9a' is not: a glued 'a'/'p' needs a time link before."""
    if "ams" not in fields and "pms" not in fields:
        return True
    before = text[max(0, atom.start - 12) : atom.start].rstrip()
    return before.endswith("@") or word_before(text, atom.start) in lex.time_link


def _check_word_hour(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'at six am' is a time; 'no one am I' is the verb: a bare 'am' needs a time link before."""
    if norm(fields.get("am", "")) not in lex.ambiguous_meridiems:
        return True
    return word_before(text, atom.start) in lex.time_link


# "Valencia v Real Mallorca (2000)": a fixture's line, the kick-off time in parentheses
_FIXTURE = re.compile(r"[A-Z][^\n()]*?\s(?:v|vs)\s+[A-Z][^\n()]*\($")
_KICK_OFF = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d\)[ \t]*(?:\n|$)")


def kick_off(text: str, atom: Atom) -> bool:
    """'Celta Vigo v Real Sociedad (1900)': four digits of a 24-hour clock in parentheses
    at the end of a fixture's line (two sides with 'v' between) are its kick-off time, no
    year."""
    if not _KICK_OFF.match(text, atom.start):
        return False
    line_start = text.rfind("\n", 0, atom.start) + 1
    return _FIXTURE.fullmatch(text, line_start, atom.start) is not None
