"""Dates inside proper names, which are no dates: streets, squares and islands named
after a day ("avenida 9 de Julio", "rue du 4-Septembre", "île de Pâques", "Easter
Island"), and people whose given name is a month, a weekday or a feast ("Julio César",
"Domingo Cavallo", "Noël Mamère", "April Ryan").

The words are in the language data: ``place_nouns`` (written just before the date,
or with "de", "du", "des" and an article between: "Isla de Pascua", "Straße des 17.
Juni"; an article alone is no link: "en la plaza el 9 de julio" is a date),
``place_nouns_after`` ("Island") and ``given_names`` (the date words that are given
names: a capitalised one before a capitalised word that is no date word, not after a
date's preposition: "In April President Bush..." stays April).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.temporal._around import word_before
from timeline.temporal._atoms import Atom
from timeline.temporal._lexicon import Lexicon, lexicon, norm
from timeline.temporal._patterns import alt

_BACK = 40  # how far before a date its place noun is looked for
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'\u2019-]*)")


@dataclass(frozen=True)
class _Patterns:
    """A language's compiled place-noun patterns (None where its data has none)."""

    before: re.Pattern[str] | None
    after: re.Pattern[str] | None


def in_a_name(atom: Atom, text: str, lex: Lexicon) -> bool:
    """True when ``atom`` (read at its offsets in ``text``) is part of a proper name."""
    if _a_title(atom, text, lex):
        return True
    if atom.kind not in ("date", "holiday", "weekday") or atom.year is not None:
        return False
    if atom.day is not None or atom.kind == "holiday":  # streets and islands name days
        patterns = _patterns(lex.lang)
        before = patterns.before
        if before is not None and before.search(text, max(0, atom.start - _BACK), atom.start):
            return True
        if patterns.after is not None and patterns.after.match(text, atom.end):
            return True
    return bool(lex.given_names) and _given_name(atom, text, lex)


def _a_title(atom: Atom, text: str, lex: Lexicon) -> bool:
    """'el diario Hoy', 'el semanario Siete Días', 'la novela Cien años de soledad': a
    capitalised word right after the noun of a paper, a programme or a work starts its
    title (not in a headline in capitals, nor opening a sentence: 'el diario. Hoy ...')."""
    word = text[atom.start : atom.end]
    if not lex.title_nouns or not word[:1].isupper() or word.isupper():
        return False
    return word_before(text, atom.start) in lex.title_nouns


def _given_name(atom: Atom, text: str, lex: Lexicon) -> bool:
    """'Julio César', 'Domingo Cavallo': a bare capitalised given name before a capitalised
    word that is no date word ('Julio 2020', 'Christmas Day' stay dates)."""
    word = text[atom.start : atom.end]
    if atom.day is not None or atom.shift is not None or norm(word) not in lex.given_names:
        return False
    if not word[:1].isupper() or word.isupper():  # a headline in capitals is no name
        return False
    after = _NEXT_WORD.match(text, atom.end)
    if after is None or not after[1][:1].isupper() or after[1].isupper():
        return False
    following = norm(after[1])
    if following in lex.months or following in lex.weekdays or following in lex.holidays:
        return False
    before = word_before(text, atom.start)
    if before in lex.range_and:  # "Smith and June Carter": a list of people, not of months
        return _after_a_name(text, atom.start, lex)
    return before not in lex.month_context


_TWO_WORDS_BEFORE = re.compile(r"([^\W\d_][\w'\u2019-]*)[ \t]+[^\W\d_]+[ \t]+$")


def _after_a_name(text: str, start: int, lex: Lexicon) -> bool:
    """The word before the conjunction is a capitalised one that is no date word."""
    found = _TWO_WORDS_BEFORE.search(text, max(0, start - _BACK), start)
    if found is None or not found[1][:1].isupper():
        return False
    word = norm(found[1])
    return word not in lex.months and word not in lex.weekdays and word not in lex.holidays


@cache
def _patterns(lang: str) -> _Patterns:
    lex = lexicon(lang)
    links = (*lex.of, *lex.contracted_of)
    linked = f"(?:{alt(links)}\\s*(?:{alt(lex.articles)}\\s+)?)?" if links and lex.articles else ""
    before = (
        re.compile(f"(?<!\\w){alt(lex.place_nouns)}\\s+{linked}$", re.IGNORECASE)
        if lex.place_nouns
        else None
    )
    after = (
        re.compile(f"\\s+{alt(lex.place_nouns_after)}(?!\\w)", re.IGNORECASE)
        if lex.place_nouns_after
        else None
    )
    return _Patterns(before, after)
