"""Is a bare number a year here? The checks that keep counts and names out.

"in 2019", "his 1996 campaign", "entro il 2030", "1984 verlor Michelin" are years;
"2,000 soldiers", "Resolution 2231", "to 1300 billion dinars", "flight 2026." are not.
"""

from __future__ import annotations

import re

from timeline.temporal._around import WORD_BEFORE, Fields, sentence_initial, word_before
from timeline.temporal._atoms import Atom
from timeline.temporal._lexicon import Lexicon, norm
from timeline.temporal._time_checks import WORD_AFTER, kick_off

_POSSESSIVE = re.compile(r"\w['\u2019]s?\s+$")  # "the company's 1989 results"
_NUMBER_DASH = re.compile(r"(?<![\d.,])\d{1,3}\s*[-/\u2013]\s*$")  # "32 - " before a year
_YEAR_LISTED = re.compile(r"(?:1[0-9]|20)\d\d,?\s*$")
_SPACED_WORD = re.compile(r"\s+([^\W\d_]+)")


def check_year(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """True when the bare year of ``atom`` is a year in this context: after a word that
    dates ("in", "since", a month), a singular article, a possessive, before an event noun,
    in a list of years, alone on its line, or ending a phrase."""
    if atom.part or "fiscal" in fields or atom.until is not None:
        return True
    magnitude = WORD_AFTER.match(text, atom.end)
    if (magnitude and norm(magnitude[1]) in lex.magnitudes) or kick_off(text, atom):
        return False  # "to 1300 billion dinars", "by 2025 percent": a count; "v Betis (1900)"
    before = _context_word(text, atom.start, lex)
    if (
        before in lex.year_context
        or _after_year_article(text, atom, lex)
        or (lex.year_event_endings and before.endswith(lex.year_event_endings))
        or before in lex.months
        or _POSSESSIVE.search(text, max(0, atom.start - 40), atom.start)
        or _before_event(text, atom.end, lex)
    ):
        return True
    if _YEAR_LISTED.search(text[max(0, atom.start - 7) : atom.start]):
        return True  # a list of years: "in 1994, 1995 and 1997"
    if _alone_on_line(text, atom):
        return True  # a section heading: "1862" over the story of that year
    return _ends_a_phrase(text, atom, lex)


def _after_year_article(text: str, atom: Atom, lex: Lexicon) -> bool:
    """'entro il 2030', 'para el 2030', 'o 2025 foi': a singular article makes a modern year
    of four digits (a count takes the plural: 'i 2030 iscritti'); not 'il 1500' (a race)."""
    article = word_before(text, atom.start)
    return article in lex.lone_year_articles and text[atom.start : atom.start + 2] in {"19", "20"}


def _context_word(text: str, start: int, lex: Lexicon) -> str:
    """The word before a year, or before its article ("en el 2020", "desde el 2015")."""
    found = WORD_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return ""
    word = norm(found[1])
    return word_before(text, found.start()) if word in lex.year_articles else word


def _ends_a_phrase(text: str, atom: Atom, lex: Lexicon) -> bool:
    """A year before a stop ('in Europe 2019.'), not after a name ('Resolution 2231.') nor
    at the end of a number form that is no date ('32 - 2015', '5 / 2019'); in German before
    a lower-case word ('1984 verlor Michelin')."""
    if _NUMBER_DASH.search(text, max(0, atom.start - 8), atom.start):
        return False
    if word_before(text, atom.start) in lex.number_nouns:  # "on flight 2026.", "page 1999."
        return False
    after = text[atom.end : atom.end + 2]
    if not after.strip() or after[0] in ".,;:)!?»\"”'" or after.startswith(" ("):
        return not _capitalised_noun_before(text, atom.start)
    return lex.bare_years and _bare_year(text, atom, lex)


_NEXT_WORDS = re.compile(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?")
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")  # "2000 neue Stellen": a count
_SHORTEST_WORD = 2  # shorter: a unit ("1500 m"; "2000 km" is listed)


def _bare_year(text: str, atom: Atom, lex: Lexicon) -> bool:
    """German writes years with no preposition ("Er wurde 1984 geboren", "1984 verlor
    Michelin"): a year where a lower-case word follows (nouns are capitalised: "1984
    Mitarbeiter" is a count) that does not open a counted noun ("2000 neue Stellen"), and
    no noun names the number ("Resolution 2231 verlangt"), nor a unit or a word of counts
    ("1500 m", "1500 und 2000 Euro")."""
    after = _NEXT_WORDS.match(text, atom.end)
    if after is None or not after[1].islower() or len(after[1]) < _SHORTEST_WORD:
        return False
    if after[1] in lex.not_after_bare_year or _capitalised_noun_before(text, atom.start):
        return False
    counted = after[2] is not None and after[2][:1].isupper()
    return not (counted and after[1].endswith(_ADJECTIVE_ENDINGS))


def _before_event(text: str, end: int, lex: Lexicon) -> bool:
    """'his unsuccessful 1996 campaign': a year before an event it dates (not '2000 soldiers')."""
    noun = _SPACED_WORD.match(text[end : end + 30])
    return noun is not None and norm(noun[1]) in lex.event_nouns


def _alone_on_line(text: str, atom: Atom) -> bool:
    line_start = text.rfind("\n", 0, atom.start) + 1
    line_end = text.find("\n", atom.end)
    rest = text[atom.end : len(text) if line_end < 0 else line_end]
    return line_start > 0 and not text[line_start : atom.start].strip() and not rest.strip()


def _capitalised_noun_before(text: str, start: int) -> bool:
    found = WORD_BEFORE.search(text, max(0, start - 40), start)
    if found is None or not found[1][:1].isupper():
        return False
    return not sentence_initial(text, found.start())
