"""The year rules (``_year_rules``): eras, Italian elided years, day-word look-behinds."""

from __future__ import annotations

import re

from timeline.temporal._lexicon import Lexicon, lexicon
from timeline.temporal._year_rules import _elided_year, _era_rules, _lookbehinds


def test_lookbehinds_need_the_whole_word_and_one_space() -> None:
    pattern = re.compile(f"(?:{_lookbehinds(['el', 'dia'])})\\d+")
    assert pattern.search("el 17").group() == "17"  # type: ignore[union-attr]
    assert pattern.search("del 17") is None  # 'el' inside a word
    assert pattern.search("el  17") is None  # two spaces


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
