"""The year rules (``_year_rules``): seasons, decades and years of the table, eras and
Italian elided years."""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline import find_dates
from timeline.temporal._lexicon import Lexicon, lexicon
from timeline.temporal._rule_parts import _pieces
from timeline.temporal._year_rules import (
    _elided_year,
    _era_rules,
    _roman_centuries_and_decades,
    _seasons_decades_years,
)


def test_a_language_without_era_words_has_no_era_rule() -> None:
    assert _era_rules(Lexicon(lang="xx"), "(?:the)", "(?:year)", "(?:BC)") == []


def test_era_rules_read_a_year_and_a_range() -> None:
    names = [name for name, _ in _era_rules(lexicon("en"), "(?:the)\\s+", "(?:year)", "(?:x)")]
    assert names == ["erarange", "erayear"]


def test_a_language_without_elided_articles_never_matches() -> None:
    assert re.compile(_elided_year(lexicon("en"), "(?:march)")).search("l'81") is None


def test_an_elided_year_leaves_the_article_outside() -> None:
    found = re.compile(_elided_year(lexicon("it"), "(?:marzo)")).search("nell'81 la")
    assert found is not None
    assert found.group() == "81"


def test_the_year_groups_list_their_rules_in_order() -> None:
    """Seasons, decades, then '1100 GMT' (a time) before the years; then Roman centuries."""
    lex = lexicon("en")
    pieces = _pieces(lex)
    names = [name for name, _ in _seasons_decades_years(lex, pieces)]
    assert names[0] == "season"
    assert names.index("time_zoned") < names.index("yearrange") < names.index("year")
    assert names[-1] == "year"
    assert [n for n, _ in _roman_centuries_and_decades(lex, pieces)] == [
        "romancentury",
        "namedcentury",
        "decadew",
    ]


@pytest.mark.parametrize(
    ("lang", "name", "text"),
    [
        ("en", "yearrange", "1998-2001"),
        ("en", "year", "1994 or later"),
        ("fr", "romancentury", "XXe siècle"),
        ("es", "decadew", "los años noventa"),
    ],
)
def test_a_year_rule_matches_its_phrase(lang: str, name: str, text: str) -> None:
    lex = lexicon(lang)
    pieces = _pieces(lex)
    rules = dict([*_seasons_decades_years(lex, pieces), *_roman_centuries_and_decades(lex, pieces)])
    found = re.fullmatch(rules[name], text, re.IGNORECASE)
    assert found is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nel Novecento l'Italia cambiò.", [("Novecento", "19XX")]),
        ("La pittura dell'Ottocento.", [("Ottocento", "18XX")]),
        ("A fine Ottocento la città crebbe.", [("fine Ottocento", "18XX")]),
        ("Il Seicento fu il secolo del barocco.", [("Seicento", "16XX")]),
        ("Ottocento persone hanno manifestato.", []),  # a count opening a sentence
        ("La Cinquecento è un'auto.", []),  # the car: feminine
        ("Ha comprato una Seicento usata.", []),
    ],
)
def test_an_italian_century_named_by_its_hundreds(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'il Novecento' is the 20th century (the 1900s): capitalised, after an article."""
    found = find_dates(text, reference=date(2026, 1, 14), lang="it")
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nella prima metà del 2026 il Pil crescerà.", [("prima metà del 2026", "2026-H1", None)]),
        ("Nella seconda metà del 2025 è sceso.", [("seconda metà del 2025", "2025-H2", None)]),
        ("A metà del 2026 il Pil crescerà.", [("A metà del 2026", "2026", "MID")]),
    ],
)
def test_an_italian_half_of_a_year_after_a_fused_article(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """'nella prima metà del 2026': the article fused with 'in' stays outside, the half is
    the year's first (was the year alone)."""
    found = find_dates(text, reference=date(2026, 1, 14), lang="it")
    assert [(m.text, m.value, m.mod) for m in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pt", "Na primeira quinzena de março o governo caiu.", "primeira quinzena de março"),
        ("pt", "Na segunda quinzena de março o governo caiu.", "segunda quinzena de março"),
    ],
)
def test_a_fortnight_of_a_month_is_its_start_or_end(lang: str, text: str, expected: str) -> None:
    """'primeira quinzena de março' is the start of March, 'segunda quinzena' its end."""
    (found,) = find_dates(text, reference=date(2026, 11, 27), lang=lang)
    assert (found.text, found.value, found.mod) == (
        expected,
        "2026-03",
        "START" if "prim" in expected else "END",
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("the devastating 1997-98 Asian financial crisis", "en", ("1997-98", "1997/1998")),
        ("the armistice that ended the 1950-53 Korean War", "en", ("1950-53", "1950/1953")),
        ("the 2007-13 EU budget", "en", ("2007-13", "2007/2013")),
        ("in the 2006/07 financial year", "en", ("2006/07", "2006/2007")),
        ("the 1999-00 season", "en", ("1999-00", "1999/2000")),
        ("la saison 2005/06 a commencé", "fr", ("2005/06", "2005/2006")),
        ("la temporada 1997-98", "es", ("1997-98", "1997/1998")),
        ("die Saison 2005/06 begann", "de", ("2005/06", "2005/2006")),
    ],
)
def test_a_range_of_years_may_end_in_two_digits(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    """News shortens the second year of a season, a fiscal year or a war: '1997-98' is
    1997 to 1998 (it was the year 1997 alone)."""
    (found,) = find_dates(text, reference=date(2006, 12, 1), lang=lang)
    assert (found.text, found.value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Is this a valid date? 2015-32", []),  # Recognizers: no date (17 years: no span)
        ("in 2002-04 they accessed", [("2002-04", "2002-04")]),  # a month, as written
        ("on 2004-05-06", [("2004-05-06", "2004-05-06")]),
        ("rates of 1.7220-25 marks", []),
        ("the 1998-96 figures", []),  # backwards: nothing, as "1998-1996"
    ],
)
def test_two_digits_after_a_year_are_no_range_past_a_decade_or_in_other_shapes(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """The short end is a year within ten years after the first, and only after a dash or
    a slash that ends the number: not a month or a day written after the year."""
    found = find_dates(text, reference=date(2006, 12, 1), lang="en")
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Early Christians prayed so until the year 325, as the Jews did.",
            [("the year 325", "0325")],
        ),
        ("It was built in the year 900.", [("the year 900", "0900")]),
        ("It was built in the year 1000.", [("the year 1000", "1000")]),
        # a count after "the year": money, a share, a decimal
        ("Profit for the year 325 million dollars.", []),
        ("Profit for the year 325.5 million.", []),
        ("Sales rose for the year 325% higher.", []),
    ],
)
def test_a_year_of_three_digits_named_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    """'the year 325' is that year (three digits are no year alone: '325 soldiers')."""
    found = find_dates(text, reference=date(2006, 12, 1), lang="en")
    assert [(m.text, m.value) for m in found] == expected
