"""Rules for shapes of dates that stand apart from the main table: the period codes of
financial news ("Q1 2017", "H2 2016", "T3 2016"), a day alone in the month the story is
in ("Le 14, ..."), and the year first in the languages that write it so ("2026. január
14-én", "2026 წლის 14 იანვარს"). Each returns rule bodies as :mod:`._rules` does.
"""

from __future__ import annotations

import re

from timeline.temporal._lexicon import Lexicon
from timeline.temporal._patterns import YEAR, _day, _month, _year, alt


def _period_codes(lex: Lexicon, of: str) -> list[tuple[str, str]]:
    """Quarters and halves in the codes of financial news: "Q1 2017", "2017-Q1", "1Q 2017",
    "Q3/2018", "Q1 of 2017", "H1 2017", "2017 H2", "1H 2017", "T1 2017" (trimestre), "S2
    2017" (semestre). A half wants its year ("H1N1" is no date); the letters are capitals
    but for the quarter's "q" ("q1 2019") and after a year ("2017-t1")."""
    if not lex.quarter_letters:
        return []
    letters = [letter.upper() for letter in lex.quarter_letters]  # the lexicon is lower case
    quarter = f"(?-i:{alt((*letters, 'q'))})"
    half = f"(?-i:{alt(letter.upper() for letter in lex.half_letters)})"
    lower = f"(?-i:{alt(lex.quarter_letters)})"
    link = f"(?:[\\s\\-/]|\\s+{of})?"
    return [
        # after its year a quarter's letter may be in lower case: "2017-t1", "2017 t1"
        ("quarter_yq", f"{YEAR}[\\s\\-/]?(?:{quarter}|{lower}(?=[1-4](?!\\w)))(?P<q>[1-4])"),
        ("quarter_q", f"(?:(?P<q>[1-4]){quarter}|{quarter}(?P<q2>[1-4]))(?:{link}{YEAR})?"),
        ("half_yh", f"{YEAR}[\\s\\-/]?{half}(?P<h>[12])"),
        ("half_h", f"(?:(?P<h>[12]){half}|{half}(?P<h2>[12])){link}{YEAR}"),
    ]


def _bare_day(lex: Lexicon) -> str:
    """A day of the month the story is in, alone: "Le 14, elles sont entrées", "El 3, ...",
    "On the 14th, ...", "Am 14. zogen sie ein". Only before a comma, a semicolon or the
    sentence's end (not "le 14 janvier", "le 14 sur 20", "on the 18th floor"), nor a list
    of days ("le 14, 15 et 16 mars"): the placing also wants a day told before it."""
    if not lex.bare_day_leads:
        return "(?!x)x"
    suffix = alt(lex.ordinal_suffix) if lex.ordinal_suffix else "(?!x)x"
    ordinal = f"(?:{suffix})" if lex.bare_day_ordinal else f"(?:{suffix})?"
    after = r"(?=\s*[,;](?!\s*\d)|\.(?![\d\w])|\s*$)"
    if lex.bare_day_verb:  # German: the verb comes second, lower case; a noun has a capital
        after = after[:-1] + r"|\s+(?-i:[a-zäöüß]))"
    # "On the 14th", "by the 9th": not "he was the 4th," (a rank)
    before = "|".join(f"(?<=\\b{re.escape(word)} )" for word in lex.bare_day_after)
    return (
        f"{f'(?:{before})' if before else ''}{alt(lex.bare_day_leads)}(?:\\s+|(?<=['\u2019]))"
        f"(?P<day>3[01]|[12]\\d|0?[1-9]){ordinal}{after}"
    )


def _year_first(lex: Lexicon) -> list[tuple[str, str]]:
    """The year first, perhaps with the word for year, then the day and month either way:
    "2026. január 14-én", "2026 m. sausio 14", "2026. gada 14. janvārī", "2026 წლის 14
    იანვარს". A suffix glued to the day by a hyphen is the day's ("14-én", "14-ին")."""
    noun = f"(?:{alt(lex.year_nouns)}\\s*)?" if lex.year_nouns else ""
    head = f"(?<![\\d.,]){_year(lex)}\\.?\\s*{noun}"
    month, day = _month(lex), _day(lex)
    return [
        ("ydm", f"{head}{day}\\.?\\s*{month}(?![.,]?\\d)"),
        ("ymd", f"{head}{month}\\s*{day}(?:-[^\\W\\d_]{{1,4}}(?!\\w))?(?![.,]?\\d)"),
    ]
