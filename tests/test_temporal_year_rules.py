"""The year rules (``_year_rules``): seasons, decades and years of the table, eras and
Italian elided years."""

from __future__ import annotations

import re

import pytest

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
    assert [n for n, _ in _roman_centuries_and_decades(lex, pieces)] == ["romancentury", "decadew"]


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
