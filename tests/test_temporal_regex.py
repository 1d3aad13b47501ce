"""compile_fast: the grammar's patterns compiled faster, matching exactly what re.compile does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal._grammar import combine, grammar
from timeline.temporal._regex import compile_fast

PATTERNS = [
    r"(?:the\s+)?(?P<day>\d\d?)(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>jan(?:uary)?|mar(?:ch)?)",
    r"(?:(?P<a>ab)|a)?(?P<b>b+)?c",
    r"(?:(?P<x>a+)b)??(?P<y>a*)b",
    r"(?:early|late)?(?:\s*-\s*)?(?P<n>\d+)(?P=n)?",
    r"(?:x(?:y(?:z)?)?)?(?-i:Q)?",
]


def _groups(found: re.Match[str] | None) -> object:
    return found and (found.span(), found.lastgroup, found.groupdict())


@pytest.mark.parametrize("pattern", PATTERNS)
@given(text=st.text(alphabet="abxyzQq- 0123456789ofthe\nJanMARCHst", max_size=30))
def test_compile_fast_matches_what_re_compile_matches(pattern: str, text: str) -> None:
    """Same match, groups and all, at every start of random text."""
    slow, fast = re.compile(pattern, re.IGNORECASE), compile_fast(pattern, re.IGNORECASE)
    for start in range(len(text) + 1):
        assert _groups(fast.match(text, start)) == _groups(slow.match(text, start))


def test_a_lead_word_rule_set_matches_the_same_on_a_sentence() -> None:
    """A grammar rule set, fast and plain, on a sentence with dates and lookalikes."""
    compiled = grammar("en")
    text = "On the 3rd of March 2019, the company said 15 people left in the late 1990s."
    fast = combine(compiled.bodies, list(compiled.bodies))
    slow = combine(compiled.bodies, list(compiled.bodies), fast=False)
    for start in range(len(text)):
        assert _groups(fast.match(text, start)) == _groups(slow.match(text, start))
