"""Rules of the rule table for years in less common shapes: eras ("58 BC", "49 av. J.-C.")
and Italian years after an elided article ("nell'81"). Used by :mod:`._rules`.
"""

from __future__ import annotations

import re

from timeline.temporal._lexicon import Lexicon
from timeline.temporal._patterns import alt


def _elided_year(lex: Lexicon, months: str) -> str:
    """Italian "nell'81", "tra l'81 e l'83": two digits after an elided article are a year,
    the article outside (TempEval-2 Italian); not "l'80%", "l'80 per cento", "dall'11 al 15
    marzo", "l'11 e il 12 marzo" (days: a month follows), "l'81enne", "all'89'" (a minute
    of a match)."""
    if not lex.elided_year_before:
        return "(?!x)x"
    # and "l' 81" as tokenised corpora write it
    after = "|".join(
        f"(?<={re.escape(a[:-1])}['\u2019]{space})"
        for a in lex.elided_year_before
        for space in ("", " ")
    )
    days = f"(?![^.;:!?]{{0,30}}?(?<!\\w){months}(?!\\w))"
    return (
        f"(?:{after})(?P<year>\\d\\d)(?![\\w%'\u2019\u00b0\u00ba\u00aa]|[.,]\\d|\\s*%"
        f"|\\s+per\\s*cento){days}"
    )


def _era_rules(lex: Lexicon, art: str, years: str, era: str) -> list[tuple[str, str]]:
    """'58 BC', 'the year 52 av. J.-C.', '9 n. Chr.', 'AD 79' (the lead as written)."""
    if not lex.bc_words:
        return []
    # "early 54 BC": the part of the year inside, as TimeBank writes "early 1997"
    lead = f"(?:{alt(lex.parts, 'part')}[\\s-]+)?(?:(?:{art})?{years}\\s+)?"
    number = "(?<![\\d.,/\\-])(?P<eyear>\\d{1,4})"
    before = f"(?-i:{alt(lex.ad_leads.values())})\\s*(?P<eyear2>\\d{{1,4}})(?![\\d%]|[.,]\\d)"
    # "from 58 to 50 BC", "54-53 BC": the era of the second year is the first's too
    to = f"\\s*(?:{alt(lex.range_to)}|[-\u2013])\\s*"
    span = f"(?:{alt(lex.range_from)}\\s+)?{number}{to}(?P<eyear3>\\d{{1,4}}){era}"
    return [("erarange", span), ("erayear", f"{lead}(?:{number}{era}|{before})")]
