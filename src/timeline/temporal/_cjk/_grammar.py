"""The compiled pattern of one unspaced-script language: every rule in one alternation.

Each rule is a named group (``date``, ``iso``, ``count``...) whose pieces are named
with the rule's letter (``d_y``: the year of a date). At one position the first rule
that matches wins, so the order of the rules is the order of preference: a count
before its unit read as a date ("3日前": three days ago, in Japanese), a duration
before a time ("3時間"). There are no word boundaries, as these scripts write no
spaces between words: what may not come before or after a word is said by the
data (``not_before_*``, ``not_after_*``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from timeline.temporal._cjk._table import Table, table
from timeline.temporal._patterns import alt

_CN = "〇零一二三四五六七八九十百千两兩"
_NOT_CN = f"(?<![{_CN}万萬亿億])"
_ARABIC = r"(?<![0-9])(?<![0-9][.,])"  # not inside a number ("1,000", "3.14")
G = "[ \t]*"  # the gap allowed between pieces ("2026년 1월 14일")
MONTH = rf"(?:{_ARABIC}(?:1[0-2]|0?[1-9])(?![0-9])|{_NOT_CN}(?:十[一二]?|[一二三四五六七八九]))"
DAY = (
    rf"(?:{_ARABIC}(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"
    rf"|{_NOT_CN}(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]))"
)
# a day alone ("14日": the 14th) in Chinese numerals has two of them: "三日" is three days
DAY_ALONE = (
    rf"(?:{_ARABIC}(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"
    rf"|{_NOT_CN}(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]))"
)
YEAR = rf"(?:{_ARABIC}[0-9]{{4}}(?![0-9])|{_NOT_CN}[〇零一二三四五六七八九]{{4}}(?![{_CN}]))"
_ERA_YEAR = rf"(?:[0-9]{{1,3}}(?![0-9])|{_NOT_CN}[一二三四五六七八九十]+)"
HOUR = (
    rf"(?:{_ARABIC}(?:[01]?[0-9]|2[0-4])(?![0-9])"
    rf"|{_NOT_CN}(?:二十[一二三四]?|十[一二]?|[零一二三四五六七八九两兩]))"
)
MINUTE = (
    rf"(?:(?<![0-9])[0-5]?[0-9](?![0-9])"
    rf"|(?<![{_CN}])(?:[二三四五]?十[一二三四五六七八九]?|零?[一二三四五六七八九]))"
)
# a count: not a year ("2026", "二〇二六"): up to three digits, or numerals with 十, 百 or 千
_COUNT = (
    rf"(?:{_ARABIC}[0-9]{{1,3}}(?![0-9])|{_NOT_CN}(?:[一二三四五六七八九两兩]?[十百千]"
    rf"[一二三四五六七八九十百千零两兩]*|[一二三四五六七八九两兩])(?![{_CN}]))"
)
_NUMBER_NEXT = f"[0-9{_CN}]"
_CLOCK = (
    r"(?<![0-9:.])(?P<c_h>[01]?[0-9]|2[0-3]):(?P<c_m>[0-5][0-9])"
    r"(?::(?P<c_s>[0-5][0-9]))?(?![0-9]|:[0-9])"
)
_ISO = (
    rf"{_ARABIC}(?P<i_y>(?:1[89]|20)[0-9]{{2}})(?P<i_s>-|/|\.[ ]?)(?P<i_m>1[0-2]|0?[1-9])"
    r"(?P=i_s)(?P<i_d>3[01]|[12][0-9]|0?[1-9])(?![0-9]|[-/.][0-9])"
)


def words(items: Iterable[str]) -> str:
    """An alternation of words; a space in a word may be written or not ("다음 주", "다음주")."""
    return alt(items).replace(r"\s+", G)


def _not_after(items: Iterable[str]) -> str:
    listed = [item for item in items if item]
    return f"(?!{words(listed)})" if listed else ""


def _not_before(chars: Iterable[str]) -> str:
    listed = "".join(chars)
    return f"(?<![{re.escape(listed)}])" if listed else ""


def _units(units: dict[str, str], words_: Table, *, durations: bool) -> str:
    """The unit words, longest first; for durations each with what may not follow it."""
    parts = []
    for unit in sorted(units, key=len, reverse=True):
        guard = ""
        if durations:
            guard = _not_after(words_["not_after_count"].get(unit, ()))
            needs = words_["duration_needs"].get(unit)
            guard += f"(?={G}(?:{needs}))" if needs else ""
        parts.append(re.escape(unit) + guard)
    return "(?:" + "|".join(parts) + ")"


def _count(words_: Table) -> str:
    native = words_["native_numbers"]
    number = _COUNT + (f"|(?<![가-힣]){words(native)}" if native else "")
    tails = words(words_["count_tails"])
    return f"(?:(?:{number})(?:{tails})?|{words(words_['vague_counts'])})"


def _rules(w: Table) -> dict[str, str]:
    """The rule bodies, in their order of preference."""
    months = _month_rules(w)
    return {
        "iso": _ISO,
        "years": (
            rf"{_ARABIC}(?P<r_a>[0-9]{{4}}){G}(?:{words(w['range_links'])}){G}"
            rf"(?P<r_b>[0-9]{{4}})(?![0-9]){G}{words(w['year_marks'])}"
        ),
        "count": (
            _named(_counted(w), "n")
            + f"(?P<n_u>{_units(w['count_units'], w, durations=False)}){G}"
            + f"(?:(?P<n_ago>{words(w['ago'])})|(?P<n_later>{words(w['later'])}))"
        ),
        "duration": (
            _not_after(w["blocked_counts"])
            + _named(_counted(w), "u")
            + f"(?P<u_u>{_units(w['count_units'], w, durations=True)})"
            + f"(?P<u_s>{words(w['duration_suffixes'])})?"
        ),
        "date": _named(_zone(w), "d")
        + f"(?:{_year_rule(w, months)}|{_named(_quarter(w), 'd_q2')}|{months[1]}|{_day_alone(w)})"
        + f"(?:{G}\\((?P<d_w>{words([*w['weekdays'], *w['short_weekdays']])})\\)"
        + f"|{G}(?P<d_w2>{words(w['weekdays'])}))?"
        + _named(_daypart(w), "d_p"),
        "clock": f"{_named(_zone(w), 'c')}(?:(?P<c_p>{words(w['dayparts'])}){G})?{_CLOCK}",
        "time": _time_rule(w),
        "every": (
            f"(?P<s_e>{words(w['every_weekday'])}){G}(?P<s_w>{words(w['weekdays'])})"
            f"|(?P<s_x>{words(w['sets'])})"
        ),
        "weekday": (
            f"(?:(?P<w_s>{words(w['week_shifts'])}){G}|(?P<w_n>{words(w['near_shifts'])}){G})?"
            f"(?P<w_d>{words(w['weekdays'])})" + _named(_daypart(w), "w_p")
        ),
        "shift": (
            f"(?P<h_w>{words([*w['shifts'], *w['anaphoric_shifts']])})"
            f"(?:{G}{_named(_quarter(w), 'h_q')}"
            f"|{G}(?P<h_p>{words([*w['year_parts'], *w['month_parts']])})"
            f"{_not_after(w['not_after_part'])})?"
        ),
        "ref": f"(?<![0-9{_CN}几幾数數日])(?P<f_w>{words(w['refs'])})",
        "day": (
            f"(?P<y_w>{words([*w['days'], *w['days_with_part'], *w['anaphoric_days']])})"
            + _named(_daypart(w), "y_p")
        ),
    }


def _quarter(w: Table) -> str:
    """'第四季度', '一季度', '第3四半期', '4분기': a quarter (not '前三季度', three quarters)."""
    quarters = w["quarters"]
    lead = _not_before(quarters["not_before"])
    return (
        f"{lead}(?:{words(quarters['prefix'])})?(?P<@>[1-4一二三四]){G}{words(quarters['marks'])}"
    )


def _named(template: str, name: str) -> str:
    """``template`` with its group names (written @) for one rule."""
    return template.replace("@", name)


def _counted(w: Table) -> str:
    return f"{_not_before(w['not_before_count'])}(?P<@_q>{_count(w)}){G}"


def _daypart(w: Table) -> str:
    """A part of the day after a day, not before an hour (that one is a time's)."""
    return f"(?:{G}(?P<@>(?>{words(w['dayparts'])}))(?!{G}{_NUMBER_NEXT}))?"


def _zone(w: Table) -> str:
    return f"(?:(?P<@_z>{words(w['zones'])}){G})?"


def _month_rules(w: Table) -> tuple[str, str]:
    """A month and what may follow it (a part, a day), after a year and alone."""
    day = f"(?:{G}(?P<@>{DAY}){G}{words(w['day_marks'])}{_not_after(w['not_after_day'])})"
    tail = (
        f"(?:{G}(?P<@p>{words(w['month_parts'])}){_not_after(w['not_after_part'])}"
        f"|{words(w['month_suffix'])}|{day})?"
    )
    month = f"(?P<@>{MONTH}){G}{words(w['month_marks'])}"
    after_year = _named(month, "d_m") + _named(tail, "d_d")
    alone = _named(month, "d_m2") + _named(tail, "d_d2")
    return after_year, alone


def _year_rule(w: Table, months: tuple[str, str]) -> str:
    era = f"(?P<d_era>{words(w['eras'])}){G}(?P<d_en>{words(w['era_first'])}|{_ERA_YEAR})"
    year = f"(?:{era}|(?P<d_y>{YEAR})){G}{words(w['year_marks'])}"
    part = f"{G}(?P<d_yp>{words(w['year_parts'])}){_not_after(w['not_after_part'])}"
    quarter = _named(_quarter(w), "d_q")
    return f"{year}{_not_after(w['not_after_year'])}(?:{part}|{G}{quarter}|{G}{months[0]})?"


def _day_alone(w: Table) -> str:
    mark = f"{words(w['day_alone_marks'])}{_not_after(w['not_after_day'])}"
    rate = f"(?!{G}[0-9{_CN}]+{G}{words(w['frequency_marks'])})"  # "1日3次": thrice a day
    return f"{_not_before(w['not_before_day'])}(?P<d_d3>{DAY_ALONE}){G}{mark}{rate}"


def _time_rule(w: Table) -> str:
    minutes = f"(?P<t_mi>{MINUTE}){G}{words(w['minute_marks'])}"
    return (
        f"{_named(_zone(w), 't')}(?:(?P<t_p>{words(w['dayparts'])}){G})?(?P<t_h>{HOUR}){G}"
        f"(?P<t_m>{words(w['hour_marks'])}){_not_after(w['not_after_hour'])}"
        f"(?:{G}(?:{minutes}|(?P<t_half>{words(w['half'])})))?(?:{G}{words(w['oclock'])})?"
    )


@cache
def pattern(lang: str) -> re.Pattern[str]:
    """The compiled pattern of ``lang`` (once per language)."""
    rules = _rules(table(lang))
    return re.compile("|".join(f"(?P<{name}>{body})" for name, body in rules.items()))


# the words a rule can start with (with the digits and Chinese numerals): see starts()
_LEADS = (
    "eras",
    "weekdays",
    "week_shifts",
    "near_shifts",
    "days",
    "days_with_part",
    "anaphoric_days",
    "shifts",
    "anaphoric_shifts",
    "vague_counts",
    "native_numbers",
    "sets",
    "every_weekday",
    "dayparts",
    "zones",
    "refs",
)


@cache
def starts(lang: str) -> re.Pattern[str]:
    """The characters a match can start with, as one class: the cheap scan before the rules.

    Trying the whole alternation at every character is slow; at these only, the
    matches are those of pattern(lang).finditer (a law the tests check).
    """
    w = table(lang)
    firsts = {word[0] for key in _LEADS for word in w[key]}
    firsts |= {word[0] for word in w["quarters"]["prefix"]}
    chars = "".join(sorted(firsts | set(_CN) | set("0123456789")))
    return re.compile(f"[{re.escape(chars)}]")


def matches(text: str, lang: str) -> Iterator[re.Match[str]]:
    """The matches of pattern(lang) in ``text``, left to right, none inside another."""
    compiled = pattern(lang)
    position = 0
    for lead in starts(lang).finditer(text):
        if lead.start() < position:
            continue
        found = compiled.match(text, lead.start())
        if found is not None:
            yield found
            position = found.end()
