"""Pieces of the rule table (:mod:`._rules`) built from the lexicon: counts joined in a
range, the head of a duration, full month names, the tails of offset phrases, the rough
word after a count ("or so", "circa"), what may not follow a unit after a determiner."""

from __future__ import annotations

import re

from timeline.temporal._lexicon import Lexicon
from timeline.temporal._patterns import alt


def _full_months(lex: Lexicon) -> list[str]:
    """The month names that abbreviate no other name of their month ("may", not "mar")."""
    return [
        name
        for name, number in lex.months.items()
        if not any(o != name and o.startswith(name) and n == number for o, n in lex.months.items())
    ]


def _count_range(lex: Lexicon) -> str:
    """The lower count of a range of counts before the upper one and its unit ("two or three
    years", "12 to 18 months"), where the language lists its linking words: the duration is
    at least the lower count (TimeBank's "two to three weeks", P2W, EQUAL_OR_MORE)."""
    if not lex.count_links:
        return ""
    words = alt(lex.numbers)
    # a dash between digits only: "thirty-five years" is one count
    link = f"(?:\\s+{alt(lex.count_links)}\\s+|(?<=\\d)\\s*[-\u2013]\\s*(?=\\d))"
    # "2 to 3 weeks ago", "one or two days later": dates of those rules
    after = alt((*lex.ago_after, *lex.later_after))
    dated = f"(?![^.,;:!?]{{0,30}}?\\s{after}(?!\\w))"
    return f"(?:(?<![\\d.,])(?P<low>\\d{{1,3}}|{words}){link}(?=\\d|{words}){dated})?"


def _duration_head(lex: Lexicon, approx: str) -> str:
    """An approximator, then an article ('las 24 horas'), the article's group left open.

    Not an approximator, an article and a count of hours: 'hasta las 14 horas' is an hour
    of the clock, 2 p.m.
    """
    hours = alt(w for w, code in lex.units.items() if code == "H")
    clock = f"{alt(lex.duration_pre)}\\s+(?:[01]?\\d|2[0-4])\\s*{hours}(?!\\w)"
    after = "|".join(f"(?<={re.escape(w)} )" for w in lex.approximators) or "(?!x)x"
    return f"(?:{approx}(?!{clock}))?(?:(?!(?:{after}){clock}){alt(lex.duration_pre)}\\s+"


def _offset_tails(lex: Lexicon) -> tuple[str, ...]:
    """What follows a later word in an offset phrase: 'de', 'del' of 'después de(l)'; an
    article after a word that is both ('tre giorni dopo il voto': not three days later)."""
    tails = [
        phrase[len(word) :].strip()
        for phrase in lex.offset_words
        for word in lex.later_after
        if phrase.startswith(f"{word} ")
    ]
    both = any(word in lex.offset_words for word in lex.later_after)
    return (*tails, *(lex.articles if both else ()))


def _approx_after(lex: Lexicon) -> str:
    """A rough count's word after it, in the extent: "the next year or so", "nel 1984
    circa"; not a word that leads the number after it ("lo scorso anno circa 400 miliardi")."""
    if not lex.approx_after:
        return ""
    numbers = alt((*lex.numbers, *lex.vague_numbers))
    number = f"(?!\\s+(?:[\\d$\u20ac\u00a3]|{numbers}(?!\\w)))"
    return f"(?:\\s+{alt(lex.approx_after)}(?!\\w){number})?"


def _det_blocked(lex: Lexicon) -> str:
    """After a determiner alone, a unit that a clause or a noun follows is no date: 'no
    ano em que nasceu', 'no mês de férias' (but 'no trimestre', 'o ano')."""
    if not lex.unit_determiner_blockers:
        return ""
    return f"(?!\\S+\\s+{alt(lex.unit_determiner_blockers)}(?!\\w))"
