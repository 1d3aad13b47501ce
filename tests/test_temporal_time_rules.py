"""The rules of the times of day (``_time_rules``) and the clock link words before them."""

from __future__ import annotations

import re

from timeline.temporal._lexicon import lexicon
from timeline.temporal._time_rules import _time_rules, clock_after


def test_clock_after_is_a_look_behind_of_each_link_word() -> None:
    pattern = re.compile(clock_after(lexicon("es")) + r"\d+")
    assert pattern.search("a las 10").group() == "10"  # type: ignore[union-attr]
    assert pattern.search("10") is None


def test_every_language_names_the_same_time_rules() -> None:
    names = {lang: [name for name, _ in _time_rules(lexicon(lang))] for lang in ("en", "de")}
    assert names["en"] == names["de"]
    assert "time_colon" in names["en"]


def test_a_dot_clock_needs_an_hour_word_after_it() -> None:
    rules = dict(_time_rules(lexicon("de")))
    dot = re.compile(rules["time_dot"], re.IGNORECASE)
    assert dot.match("14.30 Uhr") is not None
    assert dot.match("14.30 Prozent") is None
