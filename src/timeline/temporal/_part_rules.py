"""Rules of the rule table for parts of a day that news names without a day word: the
night between two days ("in der Nacht zum Dienstag", "nella notte tra lunedì e martedì",
"la noche del 4 al 5 de mayo") and the Italian parts of the day told ("in serata", "nel
pomeriggio"). Used by :mod:`._rules`.
"""

from __future__ import annotations

import re

from timeline.temporal._lexicon import Lexicon
from timeline.temporal._patterns import _day, _month, alt


def _night_rules(lex: Lexicon, art: str, year: str) -> list[tuple[str, str]]:
    """The night that ends on a named day, written from its first day or to its second:
    'la nuit de lundi à mardi', 'la noche del 4 al 5 de mayo', or German 'Nacht zum
    Dienstag' (the day it ends on alone: ``night_before``). The night words carry their
    article where the language keeps it in the extent ('la notte', German 'Nacht')."""
    if not lex.night_words:
        return []
    of = f"(?:{alt(lex.of)}\\s+)?"
    to = f"\\s+{alt(lex.night_to)}\\s+(?:{art})?"
    alone = f"{alt(lex.night_before)}\\s+(?:{art})?" if lex.night_before else "(?!x)x"
    first = f"{alt(lex.night_from)}\\s+(?:{art})?"
    weekday = alt(lex.weekdays, "weekday") + r"(?!\w)"
    weekday2 = alt(lex.weekdays, "weekday2") + r"(?!\w)"
    day, day2 = _day(lex), _day(lex, "day2")
    head = f"{alt(lex.night_words)}\\s+"
    return [
        ("nightof", f"{head}(?:{first}{weekday}{to}|{alone}){weekday2}"),
        (
            "nightdate",
            f"{head}(?:{first}{day}\\.?{to}|{alone}){day2}\\.?\\s*{of}{_month(lex)}"
            f"(?:,?\\s+{of}{year})?",
        ),
    ]


def _told_part_rule(lex: Lexicon, ofx: str) -> tuple[str, str]:
    """Italian 'in serata', German 'am Abend': that part of the day told (the preposition
    outside, as TimeML leaves it); not 'nel pomeriggio del 13 gennaio' (a part of that
    date), 'am Abend zuvor', 'am Abend vor der Wahl' (of another day)."""
    if not lex.told_day_parts:
        return ("toldpart", "(?!x)x")
    after = "(?:" + "|".join(f"(?<=\\b{re.escape(w)} )" for w in lex.told_day_parts_after) + ")"
    # "na noite seguinte", "na madrugada desta terça-feira": of another day, or of a day
    other = alt((*lex.later_after, *lex.before, *lex.after, *lex.shift_after, *lex.shift_before))
    return (
        "toldpart",
        f"{after}{alt(lex.told_day_parts, 'toldpart')}(?!\\w)(?!\\s+{ofx})(?!\\s+{other}(?!\\w))",
    )
