"""compile_fast and compile_lower: the grammar's patterns compiled faster, matching what
re.compile matches (compile_lower: on lower-cased text, at least that where case matters)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal._dispatch import exotic_case
from timeline.temporal._grammar import _alternation, combine, grammar
from timeline.temporal._regex import LoweredRules, ascii_only, compile_fast, compile_lower

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


_LOWER_TEXT = st.text(
    alphabet="abxyzQq- 0123456789ofthe\nJanMARCHstGMTgmt\u017f\u212a", max_size=30
)


def _lowerable(text: str) -> bool:
    lowered = text.lower()
    return len(lowered) == len(text) and not exotic_case().search(lowered)


@pytest.mark.parametrize("pattern", PATTERNS[:4])
@given(text=_LOWER_TEXT)
def test_compile_lower_on_lower_cased_text_matches_what_case_folding_matches(
    pattern: str, text: str
) -> None:
    """No case-sensitive part: the same span and rule at every start of the lowered text."""
    folded, lower = compile_fast(pattern, re.IGNORECASE), compile_lower(pattern)
    assert lower is not None
    if not _lowerable(text):  # the long s, the Kelvin sign: the tagger reads the text itself
        return
    lowered = text.lower()
    for start in range(len(text) + 1):
        expected, found = folded.match(text, start), lower.match(lowered, start)
        assert (found and (found.span(), found.lastgroup)) == (
            expected and (expected.span(), expected.lastgroup)
        )


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?P<t>\d\d?)(?:\s*(?-i:GMT|UTC))?(?!\w)",
        r"(?P<y>\d{4})\s+(?!(?-i:may)(?!\w))(?P<m>may|march)",
        r"(?-i:[^A])b",
        r"(?P<x>[A-C])(?-i:(?P=x))",
    ],
)
@given(text=_LOWER_TEXT.map(lambda text: text.replace("Q", "2019 May ")))
def test_compile_lower_finds_every_match_of_a_pattern_with_case_sensitive_parts(
    pattern: str, text: str
) -> None:
    """Case-sensitive parts: it may match more, never less."""
    folded, lower = compile_fast(pattern, re.IGNORECASE), compile_lower(pattern)
    assert lower is not None
    if not _lowerable(text):
        return
    lowered = text.lower()
    for start in range(len(text) + 1):
        assert folded.match(text, start) is None or lower.match(lowered, start) is not None


def test_compile_lower_reads_lower_case_where_the_text_had_capitals() -> None:
    lower = compile_lower(r"(?P<m>jan(?:uary)?|MAR)\.?\s+(?P<d>\d\d?)")
    assert lower is not None
    found = lower.match("Mar. 3, JANUARY 4".lower(), 8)
    assert found is not None
    assert found.group() == "january 4"
    assert lower.match("mar 3")


def test_every_rule_set_of_the_grammar_runs_on_lower_cased_text() -> None:
    """The six languages' lead-word rule sets all have a lower-case form."""
    for lang in ("en", "fr", "es", "de", "it", "pt"):
        dispatch = grammar(lang).lower
        assert dispatch is not None
        assert dispatch.lowered
        assert all(pattern.flags & re.IGNORECASE == 0 for pattern in dispatch.char_rules.values())


_RULES = {
    "dm": r"(?P<day>\d\d?)(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>jan(?:uary)?|mar(?:ch)?)",
    "twice": r"(?P<n>\d)(?P<sep>[-/])(?P=sep)?(?P=n)",
    "gmt": r"\d\d?(?:\s*(?-i:GMT))?",
    "word": r"(?:the\s+)?(?:early|late)?\s*(?P<y>\d{4})",
}
_ALL = _alternation(_RULES, _RULES, lean=True)


@pytest.mark.parametrize("names", [["dm"], ["twice"], ["dm", "twice", "gmt"], list(_RULES)])
@given(text=_LOWER_TEXT.map(lambda text: text.replace("Q", "1-1 ")))
def test_lowered_rules_compile_a_set_as_compile_lower_compiles_its_alternation(
    names: list[str], text: str
) -> None:
    """Parsed once for all the rules, a set of them matches the same span and rule, and
    names the same groups, as the alternation of the set compiled alone."""
    alone = compile_lower(_alternation(_RULES, names, lean=True))
    from_all = LoweredRules(_ALL).compile(names)
    assert alone is not None
    assert from_all is not None
    assert set(from_all.groupindex) == set(alone.groupindex)
    lowered = text.lower()
    for start in range(len(text) + 1):
        expected, found = alone.match(lowered, start), from_all.match(lowered, start)
        assert (found and (found.span(), found.lastgroup)) == (
            expected and (expected.span(), expected.lastgroup)
        )


def test_lowered_rules_refuse_a_rule_whose_letters_lower_to_more_characters() -> None:
    """'İ' lowers to two characters: a set holding its rule has no lowered form."""
    rules = LoweredRules(_alternation({"a": r"\d+", "b": "\u0130x"}, ["a", "b"], lean=True))
    assert rules.compile(["a"]) is not None
    assert rules.compile(["a", "b"]) is None


def test_ascii_only_texts_are_ascii_without_the_unicode_spaces() -> None:
    """ASCII text reads alike with ASCII and Unicode classes but for 0x1C-0x1F (\\s in
    Unicode only): such a text, and any with a non-ASCII character, is not ascii_only."""
    assert ascii_only("on 14 jan. 2026, at 9:30")
    assert not ascii_only("on 14\x1cjan")
    assert not ascii_only("le 14 f\u00e9vrier")
    assert re.fullmatch(r"\s", "\x1c")
    assert not re.fullmatch(r"\s", "\x1c", re.ASCII)


_ASCII_TEXT = st.text(alphabet="abxyzq- 0123456789ofthe\njanmarchst.,:/\x1c\t_", max_size=30)


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
@given(text=_ASCII_TEXT)
def test_ascii_rule_sets_match_as_the_unicode_ones_on_ascii_only_text(lang: str, text: str) -> None:
    """Each rule set of the ASCII dispatch finds what the Unicode one finds, at every start
    of an ascii_only text; so do the lead scan and the anchor scan."""
    compiled = grammar(lang)
    unicode, ascii = compiled.lower, compiled.lower_ascii
    assert unicode is not None
    assert ascii is not None
    text = text if ascii_only(text) else text.replace("\x1c", " ")
    pairs = [(unicode.lead_starts, ascii.lead_starts)]
    pairs += [(unicode.char_rules[c], ascii.char_rules[c]) for c in "0123456789"]
    leads = sorted(word for word, rules in unicode.word_rules.items() if rules)[:12]
    pairs += [(unicode.word_rules[word], ascii.word_rules[word]) for word in leads]
    for slow, fast in pairs:
        assert fast is not None
        assert slow is not None
        assert fast.flags & re.ASCII
        for start in range(len(text) + 1):
            assert _groups(fast.match(text, start)) == _groups(slow.match(text, start))
    anchors = compiled.anchors
    assert [m.span() for m in anchors.lower_ascii.finditer(text)] == [
        m.span() for m in anchors.lower.finditer(text)
    ]
