"""The relative groups of the rule table (``_relative_rules``): each group's rules, in the
order of the full table, and a phrase of each theme that its rule matches whole."""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline import find_dates
from timeline.temporal import _relative_rules as relative
from timeline.temporal._lexicon import lexicon
from timeline.temporal._rule_parts import _pieces
from timeline.temporal._rules import _GROUPS, Group, _rules

# the groups of the table this module writes, in the table's order
GROUPS = tuple(group for group in _GROUPS if group.__module__ == relative.__name__)


def _rule(group_rules: list[tuple[str, str]], name: str) -> re.Pattern[str]:
    return re.compile(dict(group_rules)[name], re.IGNORECASE)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de", "it", "pt"])
def test_each_group_sits_whole_and_in_order_in_the_full_table(lang: str) -> None:
    """A group's rules follow one another in the table, and the groups keep their order."""
    lex = lexicon(lang)
    pieces = _pieces(lex)
    table = _rules(lex)
    starts = []
    for group in GROUPS:
        rules = group(lex, pieces)
        assert rules, group.__name__
        start = table.index(rules[0])
        assert table[start : start + len(rules)] == rules, group.__name__
        starts.append(start)
    assert starts == sorted(starts)
    assert len(GROUPS) == 9  # days of this month, offsets, ..., vague spans


def test_the_offset_rules_in_their_order() -> None:
    lex = lexicon("en")
    names = [name for name, _ in relative._offsets(lex, _pieces(lex))]
    assert names == ["ago_pre", "ago_post", "pluralago", "later", "yearago", "future"]


def test_the_told_part_of_a_day_comes_before_the_day_words() -> None:
    """'am Morgen' (in the morning) is tried before 'morgen' (tomorrow)."""
    lex = lexicon("de")
    names = [name for name, _ in relative._told_days(lex, _pieces(lex))]
    assert names.index("toldpart") < names.index("dayword")


@pytest.mark.parametrize(
    ("lang", "group", "name", "text"),
    [
        ("es", relative._days_of_this_month, "dayonly", "el día 21"),
        ("en", relative._offsets, "ago_post", "about a month ago"),
        ("en", relative._offsets, "future", "in an hour and a half"),
        ("en", relative._holidays, "holiday", "Easter 2018"),
        ("fr", relative._told_days, "dayword", "hier soir"),
        ("en", relative._shifted_units, "shiftunit", "next week"),
        ("es", relative._shifted_units, "unitshift", "la semana pasada"),
        ("en", relative._weekdays, "weekday", "last Friday"),
        ("en", relative._weekdays, "weekdayth", "Tuesday the 11th"),
        ("fr", relative._sets, "setfreq", "deux fois par an"),
        ("en", relative._durations, "duration", "three years"),
        ("en", relative._vague_spans, "plural", "recent months"),
        ("it", relative._vague_spans, "spanunitpost", "giorni scorsi"),
    ],
)
def test_a_rule_of_each_theme_matches_its_phrase(
    lang: str, group: Group, name: str, text: str
) -> None:
    lex = lexicon(lang)
    found = _rule(group(lex, _pieces(lex)), name).search(text)
    assert found is not None
    assert found.group() == text


def test_a_count_of_days_after_the_day_noun_is_no_day_of_the_month() -> None:
    """'el día 3 de la huelga' counts days of the strike: no day of this month."""
    lex = lexicon("es")
    pattern = _rule(relative._days_of_this_month(lex, _pieces(lex)), "dayonly")
    assert pattern.search("el día 3 de la huelga") is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "Nei giorni scorsi la polizia ha arrestato.", [("giorni scorsi", "PXD")]),
        ("it", "Nelle ore scorse la polizia.", [("ore scorse", "PTXH")]),
        ("it", "Nei mesi scorsi i prezzi sono saliti.", [("mesi scorsi", "PAST_REF")]),
        ("it", "Le scorse settimane sono state dure.", [("Le scorse settimane", "PAST_REF")]),
        ("it", "Lo scorso anno il Pil è salito.", [("Lo scorso anno", "2025")]),
    ],
)
def test_italian_plural_units_shifted_back_by_scorsi(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """'nei giorni scorsi' (in recent days) as 'negli ultimi giorni': days, how many unsaid;
    weeks and longer are the past ('le scorse settimane', as 'le ultime settimane')."""
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pt", "No século XX o Brasil mudou.", [("século XX", "19XX")]),
        ("pt", "No século passado o Brasil mudou.", [("século passado", "19XX")]),
        ("en", "This week I went home.", [("This week", "2026-W03")]),  # "I": a pronoun
    ],
)
def test_a_unit_before_a_roman_numeral_is_that_century(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """'no século XX' is the 1900s, not this century ('no' a determiner, 'XX' left over)."""
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in found] == expected


REF = date(2006, 12, 10)


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("He left two or three days later.", "two or three days later", "2006-12-13"),
        ("They met 2 to 3 weeks ago.", "2 to 3 weeks ago", "2006-W46"),
        ("It began a week or two ago.", "a week or two ago", "2006-W48"),
        ("He returned a day or two later.", "a day or two later", "2006-12-11"),
        ("It will open in a year or two.", "a year or two", "FUTURE_REF"),
    ],
)
def test_counted_alternatives_of_an_offset_are_one_mention(
    text: str, extent: str, value: str
) -> None:
    """'two or three days later': one date, not 'three days later' after a stray 'two or'."""
    found = find_dates(text, reference=REF, lang="en")
    assert [(m.text, m.value) for m in found] == [(extent, value)]


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # TimeBank tags "a year or two" here as FUTURE_REF
        ("You may, in a year or two, save a few more lives.", "a year or two", "FUTURE_REF"),
        ("The meetings should take place in a week or two.", "a week or two", "FUTURE_REF"),
        # "or so" is one count, roughly: the date a year on
        ("It will open in a year or so.", "in a year or so", "2007-12-10"),
        ("It will open in a year.", "in a year", "2007-12-10"),
        ("He stayed a year or two.", "a year or two", "P1Y"),
    ],
)
def test_in_a_count_or_another_is_a_vague_future(text: str, extent: str, value: str) -> None:
    """'in a year or two' is some time ahead, the signal word 'in' left out; not a count
    made rough by 'or so', nor the duration 'a year or two' without 'in'."""
    found = find_dates(text, reference=REF, lang="en")
    assert [(m.text, m.value) for m in found] == [(extent, value)]


def test_counted_alternatives_without_an_offset_stay_a_duration_of_the_lower_count() -> None:
    """'for two or three days', 'in two or three days' (within): P2D or more, one mention."""
    for text in ("He stayed for two or three days.", "They will fly there in two or three days."):
        found = find_dates(text, reference=REF, lang="en")
        assert [(m.text, m.value, m.mod) for m in found] == [
            ("two or three days", "P2D", "EQUAL_OR_MORE")
        ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Miles marcharon el Día Internacional de los Trabajadores.", "es", "2025-05-01"),
        ("No Dia Internacional da Mulher, milhares marcharam.", "pt", "2025-03-08"),
        (
            "Per la Giornata internazionale della donna ci sono state manifestazioni.",
            "it",
            "2025-03-08",
        ),
        ("Zum Weltfrauentag gab es Proteste.", "de", "2025-03-08"),
    ],
)
def test_the_international_days_are_holidays(text: str, lang: str, expected: str) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [m.value for m in found] == [expected]
