"""The year rules (``_year_rules``): eras and Italian elided years."""

from __future__ import annotations

import re

from timeline.temporal._lexicon import Lexicon, lexicon
from timeline.temporal._year_rules import _elided_year, _era_rules


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
