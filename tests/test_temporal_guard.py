"""The guard of a lead word: it refuses a place only where none of the lead's rules can match."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal._grammar import Dispatch, grammar
from timeline.temporal._scan import matches as _matches

LANGS = ("en", "fr", "es", "de", "it", "pt")


def _leads(dispatch: Dispatch, lowered: str) -> Iterator[tuple[int, str, re.Pattern[str]]]:
    """Each lead in the lower-cased text with the rules the tagger tries there."""
    for lead in dispatch.lead_starts.finditer(lowered):
        word = lead["word"]
        key = lowered[lead.start()] if word is None else word.replace("\u2019", "'")
        pattern = dispatch.char_rules.get(key) if word is None else dispatch.word_rules.get(key)
        if pattern is not None:
            yield lead.start(), key, pattern


def _check_guards(text: str, lang: str) -> list[str]:
    """Every lead of the text: where its rules match, its guard does. The leads refused."""
    dispatch = grammar(lang).lower
    assert dispatch is not None
    lowered = text.lower()
    refused = []
    for at, key, pattern in _leads(dispatch, lowered):
        guard = dispatch.derive_guard(key, pattern)
        passes = guard is None or guard.match(lowered, at + len(key)) is not None
        assert passes or pattern.match(lowered, at) is None, (key, lowered[at : at + 40])
        if not passes:
            refused.append(lowered[at:].split(maxsplit=1)[0])
    return refused


_WORDS = (
    *("14 janvier 2026", "3 May", "May 3", "the 30th", "30 armed", "36, as Bishop", "1990s"),
    *("the company", "the first week", "the 1990s", "in 2019", "in the", "a year ago"),
    *("a lot", "on Monday", "at 9 p.m.", "at least", "10:30", "2019-2020", "3.5 percent"),
    *("l'année prochaine", "le 1er mai", "la semaine dernière", "il y a trois jours"),
    *("el 17/11", "la semana pasada", "hace dos días", "a las diez", "el año que viene"),
    *("am 22.04.", "vor drei Jahren", "im März", "der 3. Oktober", "die Woche"),
    *("quest'anno", "il 3 maggio", "nel 2019", "alle 10", "da tre giorni"),
    *("no dia 3", "o ano passado", "em 2019", "às 10h", "há dois anos"),
    *("people", "armed", "percent", "government", "said", "de", "des", "du", "en", "the"),
    *("a", "an", "in", "on", "at", "la", "le", "el", "der", "il", "o", "'", "\u2019", "Q3"),
    *("1", "15", "2024", "16.7", "13,000", "$20", "12%", " ", ", ", ". ", "-", "x"),
)


@settings(max_examples=150)
@given(st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join), st.sampled_from(LANGS))
def test_a_guard_never_refuses_a_place_where_a_rule_of_its_lead_matches(
    text: str, lang: str
) -> None:
    """Dates and ordinary words in a row, six languages: every lead's guard lets through
    every place where the lead's rules match."""
    _check_guards(text, lang)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("the government", ["the"]),
        ("the 30 armed", ["the", "30"]),
        ("36, as", ["36,", "as"]),
        ("in the", ["in", "the"]),
        ("the 30th of April", []),
        ("30 April", []),
        ("early 2019", []),
        ("3.9 percent", ["3.9", "9"]),  # '3.9.2015' needs a second '.', as the first
        ("3.9.2015 or 3/9/15", ["9.2015", "9/15", "15"]),
    ],
)
def test_a_guard_refuses_what_no_rule_of_its_lead_reads(text: str, refused: list[str]) -> None:
    """'the government', '30 armed': no English rule reads them; dates pass."""
    assert _check_guards(text, "en") == refused


_SEPARATOR = st.sampled_from("/.-")
_REST = st.sampled_from(["2015", "15", "5", "", " percent", " p.m."])
_NUMERIC = st.tuples(st.integers(0, 39), _SEPARATOR, st.integers(0, 19), _SEPARATOR, _REST).map(
    lambda parts: "".join(map(str, parts))
)


@settings(max_examples=100)
@given(_NUMERIC, _NUMERIC, st.sampled_from(LANGS))
def test_a_guard_reads_a_back_reference_as_its_group(first: str, second: str, lang: str) -> None:
    """'3.9.2015' repeats its separator (a back reference in the rule): the guard reads the
    second one as the separator's class; same separators or not, it never refuses a date."""
    _check_guards(f"on {first} and {second}", lang)


def test_a_lead_that_may_match_alone_has_no_guard() -> None:
    """'monday' is a date by itself: nothing after it can tell that no rule matches."""
    dispatch = grammar("en").lower
    assert dispatch is not None
    pattern = dispatch.word_rules["monday"]
    assert pattern is not None
    assert dispatch.derive_guard("monday", pattern) is None


@pytest.mark.parametrize("lang", LANGS)
def test_cheap_scan_with_every_guard_in_place_equals_the_full_scan(lang: str) -> None:
    """With the guards of all the leads of the text derived (the tagger derives them only
    for the leads that fail often), the tagger finds what the full grammar finds."""
    dispatch = grammar(lang).lower
    assert dispatch is not None
    text = " ".join(_WORDS * 2)
    saved = dict(dispatch.guards)
    try:
        for _, key, pattern in _leads(dispatch, text.lower()):
            dispatch.guards[key] = dispatch.derive_guard(key, pattern)
        compiled = grammar(lang)
        full = [(m.start(), m.end(), m.lastgroup) for m in compiled.pattern.finditer(text)]
        assert [(m.start(), m.end(), m.lastgroup) for m in _matches(compiled, text)] == full
    finally:
        dispatch.guards.clear()
        dispatch.guards.update(saved)
