"""Rules of the rule table for years, seasons, decades and centuries: the groups
``_seasons_decades_years`` and ``_roman_centuries_and_decades`` (functions of the lexicon
and the shared :class:`~._rule_parts.Pieces`), and years in less common shapes: eras ("58
BC", "49 av. J.-C.") and Italian years after an elided article ("nell'81"). Used by
:mod:`._rules`.
"""

from __future__ import annotations

import re

from timeline.temporal._lexicon import Lexicon
from timeline.temporal._patterns import YEAR, after_words, alt
from timeline.temporal._rule_parts import Pieces
from timeline.temporal._time_rules import zoned_hours


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


def _seasons_decades_years(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """Seasons ('the early summer'), decades ('the 1990s'), times before years ('1100 GMT'),
    ranges of years, and years alone ('cy18', "nell'81", '2021')."""
    return [
        (
            "season",
            # "the early summer": the article before the part
            f"(?:{p.art}(?={alt(lex.parts)}[\\s-]))?{p.part}?(?:{p.art})?(?:{p.shift})?"
            f"{alt(lex.seasons, 'season')}{p.shiftpost}?"
            f"(?:\\s+{p.of}?{YEAR})?",
        ),
        *[
            (
                f"decade{i}",
                t.format(part=p.part, century="(?P<century>1[0-9]|20)", decade="(?P<decade>\\d)"),
            )
            for i, t in enumerate(lex.decades)
        ],
        zoned_hours(lex),  # "1100 GMT": a time, not the year 1100
        (  # "1995-1996"; "1997-98", "2003/04", "1999-00": the second year's last two digits
            "yearrange",
            f"(?<![\\d/.\\-+,$€£]){YEAR}(?:\\s*[-\u2013]\\s*(?P<year2>(?:1[0-9]|20)\\d\\d)"
            "|[-\u2013/](?P<yy>\\d\\d))(?![\\d\\-/]|[.,]\\d|\\s*%)",
        ),
        # "cy18": a calendar year in two digits after its prefix
        ("yearprefix", f"{alt(lex.year_prefixes)}(?P<year>\\d\\d)(?!\\w)"),
        ("elidedyear", _elided_year(lex, p.month_names)),
        (  # "terminará en 2150", "until 2150,": a year past this century, after a word of
            # time and before the clause ends (not "in 2150 homes", "Resolution 2231")
            "faryear",
            f"{after_words(lex.far_year_before)}(?P<year>2[1-9]\\d\\d)(?![.,]?\\d)"
            "(?=\\s*(?:[.,;:!?)]|$))",
        ),
        (  # "the year 325": a year of three digits where the words name it one
            "namedyear",
            f"{alt(lex.year_named)}\\s+(?P<year>[1-9]\\d\\d)(?![\\d%]|[.,]\\d)"
            f"(?!\\s+{alt(lex.magnitudes)}(?!\\w))",
        ),
        (
            "year",
            f"(?:{p.part}|(?<![\\d/.\\-+,$€£#]))(?:(?P<fiscal>{alt(lex.fiscal)})\\s+)?{YEAR}"
            "(?![.,]?\\d|\\s*%)"
            # an open end after the year: "1994 or later"; not "or later than 2020"
            f"(?:\\s+{alt(lex.open_year_tails)}(?!\\w)(?!\\s+{alt(lex.than_words)}(?!\\w)))?",
        ),
    ]


def _named_century(lex: Lexicon, p: Pieces) -> str:
    """Italian "il Novecento", "nell'Ottocento", "fine Ottocento": a century by its hundreds,
    capitalised, after an article, a fused one or a part ("ottocento" is 800, "la
    Cinquecento" a car: feminine)."""
    if not lex.century_names:
        return "(?!x)x"
    names = "|".join(re.escape(n[:1].upper() + n[1:]) for n in lex.century_names)
    leads = "|".join(
        f"(?<=\\b{re.escape(a)})" if a.endswith("'") else f"(?<=\\b{re.escape(a)} )"
        for a in lex.century_name_leads
    )
    return f"(?:{p.part}|{leads})(?-i:(?P<cname>{names}))(?!\\w)"


def _roman_centuries_and_decades(lex: Lexicon, p: Pieces) -> list[tuple[str, str]]:
    """Centuries in Roman numerals ('le XXe siècle') and decades in words ('los años noventa')."""
    return [
        (  # "le XXe siècle", "a principios del siglo XX" (digits: the "century" rule)
            "romancentury",
            f"{p.part}?(?:{p.art})?"
            f"(?:(?-i:(?P<cent>[IVX]{{1,5}}))(?:{alt(lex.ordinal_suffix)})?"
            f"\\s+{alt(lex.century_words)}"
            f"|{alt(lex.century_words)}\\s+(?-i:(?P<cent2>[IVX]{{1,5}})))(?!\\w){p.era}?"
            if lex.century_words
            else "(?!x)x",
        ),
        ("namedcentury", _named_century(lex, p)),
        (  # "los años noventa", "gli anni settanta", "a finales de los años ochenta"
            "decadew",
            f"{p.part}?{lex.decade_word_lead}\\s+{alt(lex.decade_words, 'decw')}(?!\\w)"
            if lex.decade_words
            else "(?!x)x",
        ),
    ]
