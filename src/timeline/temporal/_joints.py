"""The connector patterns of a language's joins, compiled once: the words between a day
and its time ("Friday at 3"), the two ends of a range, a count and its base ("two weeks
from now"), the signal words of open ranges ("since", "until")...
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.temporal._lexicon import Lexicon, lexicon, norm
from timeline.temporal._patterns import _article, alt
from timeline.temporal._time_rules import told_minutes_pattern


@dataclass(frozen=True)
class Joints:
    """The compiled connector patterns of a language."""

    lang: str
    told_after: re.Pattern[str]  # "(huit heures) moins dix", "(8 heures) et quart"
    time_gap: re.Pattern[str]
    time_before: re.Pattern[str]
    range_gap: re.Pattern[str]
    and_gap: re.Pattern[str]
    unit_gap: re.Pattern[str]  # between counts of clock units of one race time: " "
    range_from: re.Pattern[str]
    range_between: re.Pattern[str]
    offset: re.Pattern[str]
    since_gap: re.Pattern[str]  # "(en dos años) desde (2011)": a count after its base
    signs: dict[str, int]
    day_gap: re.Pattern[str]
    time_day_gap: re.Pattern[str]
    hour_before: re.Pattern[str]
    part_before: re.Pattern[str]
    pm_words: frozenset[str]
    clock_parts: frozenset[str]
    in_head: re.Pattern[str]
    since: re.Pattern[str]
    until: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    any_link: re.Pattern[str]  # since, until, before or after: one search where none is
    period_end: re.Pattern[str]
    bare_hour: re.Pattern[str]
    day_part: re.Pattern[str]
    date_part_before: re.Pattern[str]  # "la sera del (13 gennaio)"
    date_part_after: re.Pattern[str]  # "(13 janvier) au soir": a part of two words or more
    meridiem: re.Pattern[str]
    day_parts: dict[str, str]
    date_parts: dict[str, str]
    week_gap: re.Pattern[str]
    year_gap: re.Pattern[str]
    holiday_year_gap: re.Pattern[str]  # "Ostern im nächsten Jahr"
    of_gap: re.Pattern[str]
    of_word: re.Pattern[str]
    ampm_after: re.Pattern[str]
    article_head: re.Pattern[str]
    list_gap: re.Pattern[str]
    days_after: re.Pattern[str]  # ", 4 and 5" after "March 3", ", 2019" ending the list
    qualified: re.Pattern[str]  # "eight trading days": no calendar days to count from a date
    hour_range_head: re.Pattern[str]  # "from 3 to (5 p.m.)", "von 8 bis (18 Uhr)"
    am_in: re.Pattern[str]  # an a.m. word in a time: "10am", "9 a.m. EST"
    day_of_gap: re.Pattern[str]  # "la veille (de) Noël", "le lendemain (du) 3 janvier"
    until_head: re.Pattern[str]  # "jusqu'à " opening an expression: until, not "up to"
    pm_in: re.Pattern[str]  # a p.m. word in a time: "4.30pm", "9 PM EST"
    apposition_end: re.Pattern[str]  # "(Monday, New Year's Day)," or "... Day in": its end
    early_part: re.Pattern[str]  # "(before) dawn Friday": the early hours, no bound


@cache
def joints(lang: str) -> Joints:
    """The connector patterns of ``lang`` (compiled once)."""
    lex = lexicon(lang)
    flags = re.IGNORECASE

    def before(words: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(f"(?<!\\w){alt(words)}\\s*$", flags)

    single_and = alt(w for w in lex.range_and if " " not in w)  # "and", "et", "y", "und"
    return Joints(
        lang=lang,
        told_after=re.compile(f"{told_minutes_pattern(lex)}|{_minutes_after(lex)}", flags),
        # "ayer a mediodía", "ontem ao meio-dia": the link words of a day and its time
        time_gap=re.compile(
            f"\\s*,?\\s*(?:{alt((*lex.time_link, *lex.day_time_links))}\\s*)?", flags
        ),
        time_before=before((*lex.time_link, *lex.clock_links)),  # "hasta las 14 horas"
        range_gap=re.compile(f"\\s*(?:{alt(lex.range_to)}|[-\u2013])\\s*", flags),
        and_gap=re.compile(f"\\s*{alt(lex.range_and)}\\s*", flags),
        unit_gap=re.compile("[ \\t]+" if lex.juxtaposed_units else "(?!x)x"),
        range_from=before(lex.range_from),
        range_between=before(lex.range_between),
        qualified=re.compile(f"(?<!\\w){alt(lex.unit_qualifiers)}\\s", flags),
        offset=re.compile(
            f"\\s+{alt(lex.offset_words, 'word')}\\s+(?:{alt(lex.articles)}\\s+)?", flags
        ),
        since_gap=re.compile(f"\\s+{alt(lex.since)}\\s+(?:{alt(lex.articles)}\\s+)?", flags),
        signs=lex.offset_words,
        day_gap=re.compile(f"\\s*,?\\s*(?:(?:on|{alt(lex.articles)[3:-1]})\\s+)?", flags),
        # "a las 7 del próximo domingo", "alle tre di domani": a time, then the day it is of
        time_day_gap=re.compile(
            f"\\s*,?\\s*(?:(?:on|{alt((*lex.articles, *lex.of, *lex.contracted_of))[3:-1]})\\s+)?",
            flags,
        ),
        in_head=before(lex.in_before),
        part_before=re.compile(
            f"(?<!\\w)(?:(?P<art>{alt(lex.articles)})\\s+)?"
            f"(?P<part>{alt((*lex.day_parts, *lex.am, *lex.pm))})"
            f"\\s+(?:{alt(w for w in lex.time_link if w.strip(',').strip())}\\s+)?$",
            flags,
        ),
        pm_words=frozenset(norm(w) for w in lex.pm),
        clock_parts=frozenset(norm(w) for w in (*lex.am, *lex.pm)),
        hour_before=re.compile(
            f"(?<!\\w){alt(w for w in lex.time_link if w.strip(',').strip())}\\s+"
            r"(?P<hour>1[0-2]|0?[1-9])(?:[.:](?P<minute>[0-5]\d))?\s+"
            f"(?:{alt((*lex.of, *lex.contracted_of))}\\s+)?$",
            flags,
        ),
        since=before(lex.since),
        until=before(lex.until),
        before=before(lex.before),
        early_part=re.compile(f"{alt(lex.before_day_parts)}(?!\\w)", flags),
        after=before(lex.after),
        any_link=before((*lex.since, *lex.until, *lex.before, *lex.after)),
        bare_hour=re.compile(
            # Possessive: no link word starts with a space or a comma, and giving spaces
            # back made a long run of spaces after a date quadratic.
            f"\\s*+(?:,\\s*+)?{alt(w for w in lex.time_link if w.strip(',').strip())}\\s+"
            r"(?P<hour>[01]?\d|2[0-3])(?:[.:h](?P<minute>[0-5]\d))?"
            r"(?![\w:%]|\s*%|[.,/\-\u2013]\d|\s*[\-\u2013/]\s*\d)"
            f"(?:\\s+{alt(lex.oclock)}(?!\\w))?",
            flags,
        ),
        # "lunes de la semana pasada", "lunedì della settimana prossima" (the article fused)
        of_gap=re.compile(f"\\s*,?\\s*(?:{alt((*lex.of, *lex.contracted_of))}\\s*)?", flags),
        of_word=re.compile(f"\\s+{alt(lex.of)}\\s+", flags),
        # "el 3 y el 5 de marzo", "the 3rd and the 5th of March": an article before a day
        list_gap=re.compile(f"\\s*(?:,|{single_and}(?!\\w))\\s*{_article(lex)}?", flags),
        days_after=re.compile(
            f"(?P<days>(?:\\s*(?:,(?:\\s*{single_and})?|{single_and})(?!\\w)\\s*"
            "(?:3[01]|[12]\\d|0?[1-9])(?![\\d.,:]\\d|\\w))+)"
            "(?:\\s*,\\s*(?P<year>(?:1[0-9]|20)\\d\\d)(?!\\d)|(?=\\s*(?:[.;:!?)]|,|$))"
            # "April 2 and 8 across 16 states" (a preposition after), not "5 in 10 voters"
            f"|(?=\\s+{alt(lex.list_end_words)}\\s)(?!\\s+in\\s+\\d))",
            flags,
        ),
        article_head=re.compile(f"{alt(lex.duration_pre)}\\s+", flags),
        # "three hours in the morning" counts hours: "in the morning" needs a link before
        ampm_after=re.compile(
            f"\\s+(?!{alt(lex.linked_meridiems)}(?!\\w))(?:{alt(lex.am, 'am')}|{alt(lex.pm, 'pm')})"
            "(?!\\w)",
            flags,
        ),
        period_end=re.compile(
            f"\\s+(?:{alt(lex.period_ends)}(?!\\w)"
            f"|{alt(lex.period_to)}\\s+{alt(lex.months)}(?!\\w))",
            flags,
        ),
        day_part=re.compile(f"(?<!\\w){alt(lex.day_parts, 'part')}(?!\\w)", flags),
        date_part_before=re.compile(f"(?<!\\w){alt(lex.date_parts_before, 'part')}\\s+$", flags),
        date_part_after=re.compile(
            f"\\s+{alt((w for w in lex.day_parts if ' ' in w), 'part')}(?!\\w)", flags
        ),
        meridiem=re.compile(
            f"{alt((*lex.am, *lex.pm, *lex.am_short, *lex.pm_short, *lex.night_clock))}$", flags
        ),
        day_parts=lex.day_parts,
        date_parts=lex.date_parts_before,
        week_gap=re.compile(f"\\s+(?:{alt(lex.of)}\\s+)?|\\s*-\\s*", flags),
        year_gap=re.compile(f"\\s*,?\\s*(?:{alt(lex.of)}\\s+)?", flags),
        holiday_year_gap=re.compile(f"\\s+(?:{alt(lex.holiday_year_links)}\\s+)?", flags),
        hour_range_head=_hour_range_head(lex),
        until_head=re.compile(f"{alt(lex.until)}\\s*", flags),
        day_of_gap=re.compile(f"\\s+{alt((*lex.of, *lex.contracted_of))}\\s+", flags),
        am_in=re.compile(f"(?<![^\\W\\d_]){alt(lex.am)}(?!\\w)", flags),
        pm_in=re.compile(f"(?<![^\\W\\d_]){alt(lex.pm)}(?!\\w)", flags),
        apposition_end=re.compile(
            f"\\s*(?:[.;:!?),\u2013\u2014-]|$)|\\s+{alt(lex.list_end_words)}(?!\\w)", flags
        ),
    )


def _minutes_after(lex: Lexicon) -> str:
    """'(à 20 heures) 30', '(às 20 horas) e 30 minutos': the minutes after an hour's word
    (where the language tells minutes after the hour in words: the Romance languages)."""
    if not lex.clock_minutes:
        return "(?!x)x"
    joint = alt(w for w in lex.range_and if " " not in w)
    minutes = alt(w for w, v in lex.numbers.items() if v and v < _HOUR_MINUTES and not v % 1)
    unit = alt(w for w, code in lex.units.items() if code == "MIN")
    return (
        f"\\s+(?:{joint}\\s+)?(?P<minp>[0-5]?\\d|{minutes}(?:-{minutes})?)(?![\\w.,:]\\d)(?![\\w-])"
        f"(?P<minu>\\s+{unit}(?!\\w))?"
    )


_HOUR_MINUTES = 60


def _hour_range_head(lex: Lexicon) -> re.Pattern[str]:
    """A bare hour that opens a range ending in a time with its unit, up to that time:
    'from 3 to', 'between 3 and', 'von 8 bis', 'de las 14 a las'."""
    article = f"(?:{alt(lex.articles)}\\s+)?"
    lead = alt((*lex.range_from, *lex.range_between))
    link = f"(?:{alt((*lex.range_to, *lex.range_and))}(?!\\w)|[-\u2013])"
    return re.compile(
        f"(?<!\\w){lead}\\s+{article}(?P<hour>[01]?\\d|2[0-3])(?:[.:h](?P<minute>[0-5]\\d))?"
        f"\\s*{link}\\s*{article}$",
        re.IGNORECASE,
    )
