"""Is the word a thing here, not a time? 'Christmas cards', 'Merry Christmas', 'a quarter
of the vote', 'a quarter-point'. Used by :mod:`._checks`.
"""

from __future__ import annotations

import re

from timeline.temporal._around import Fields, word_before
from timeline.temporal._atoms import Atom
from timeline.temporal._lexicon import Lexicon, norm
from timeline.temporal._time_checks import WORD_AFTER


def check_holiday(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """Holidays are proper names: 'Christmas', 'Pâques', not 'easter' the direction.

    Before its year or after a shift word, a name is a holiday in lower case too
    ('viernes negro 2010', 'easter 2018', 'last easter'), and so is a feast named by its
    weekday ('el miércoles de ceniza', 'le mardi gras', 'martedì grasso'), not 'election
    day' (any country's).
    """
    name = norm(fields["holiday"])
    if name in lex.counted_holidays:  # not "the (Chinese) New Year"
        return word_before(text, atom.start) in lex.offset_words
    if " " in name and any(word in lex.weekdays for word in name.split()):
        return True
    placed = bool(atom.year or atom.shift is not None or atom.base is not None)
    if not placed and _a_thing_of_the_feast(atom, lex, text):
        return False
    return any(char.isupper() for char in fields["holiday"]) or placed


def _a_thing_of_the_feast(atom: Atom, lex: Lexicon, text: str) -> bool:
    """'Christmas cards', 'Christmas trees', 'Merry Christmas': things and wishes of a feast,
    not its day."""
    noun = WORD_AFTER.match(text, atom.end)
    thing = noun is not None and norm(noun[1]) in lex.holiday_things
    return thing or word_before(text, atom.start) in lex.holiday_wishes


def a_format(atom: Atom, lex: Lexicon, text: str) -> bool:
    """'the third one-day international', 'the one-day series': a duration that names a
    format of the game before its noun, no time told ('a one-day strike' lasts a day)."""
    words = norm(text[atom.start : atom.end]).split()
    nouns = lex.format_names.get(words[-1], []) if words else []
    noun = WORD_AFTER.match(text, atom.end) if nouns else None
    return noun is not None and norm(noun[1]) in nouns


_SHARE_OF = re.compile(r"\s+(?:of|de|di|von)\s+([^\W_][\w'\u2019]*)(?:\s+([^\W\d_]+))?")


def a_share(atom: Atom, text: str, lex: Lexicon) -> bool:
    """'three-quarters of its food', 'a quarter of the vote', 'a quarter of a million', 'a
    quarter-point': a share, not months; 'two quarters of growth' stays a duration."""
    if atom.unit != "Q":
        return False
    if text[atom.end : atom.end + 1] == "-":
        return True
    share = _SHARE_OF.match(text, atom.end)
    if share is None:
        return False
    word = share[1]
    if _a_time(word, share[2] or "", lex):
        return False  # "the first three quarters of 2005", "of this year"
    counted = word[0].isdigit() or word[0].isupper() or norm(word) in lex.tense_determiners
    return counted or "-" in text[atom.start : atom.end]


def _a_time(word: str, noun: str, lex: Lexicon) -> bool:
    """'2005', 'this year', 'the year': a time after 'of', whose part the quarters are."""
    year = len(word) == len("2005") and word.isdigit()
    return year or norm(word) in lex.shift_before or norm(noun) in lex.units
