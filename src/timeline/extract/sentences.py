"""Sentence splitting that survives news text.

Boundaries are a period, question or exclamation mark (with closing quotes or
brackets after it) followed by space and something that can start a sentence,
and line breaks (headings and paragraphs have no final punctuation). A period
after an abbreviation ("M.", "Dr.", "Mme."), an initial ("J. F. Kennedy") or
a German ordinal day ("14. Januar") is not a boundary; "U.S." is one only when
the next word is a common sentence opener ("in the U.S. The talks...").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import NamedTuple

__all__ = ["Abbreviations", "split_sentences"]

_OPENERS = "\"'\u00ab\u201c\u2018(\u00bf\u00a1"  # quotes, brackets, Spanish marks
_CLOSERS = re.escape("\"'\u00bb\u201d\u2019)]")
# Two scans, merged in text order (``_boundaries``), each starting with a character
# class so the regex engine jumps from candidate to candidate instead of trying every
# position. A mark boundary starts at the first mark of a run (the lookbehind, placed
# after that mark, looks one character further back), takes closing quotes and
# brackets, then space and something that can start a sentence. Runs of marks and
# whitespace are consumed without backtracking (possessive and atomic), so the scan
# is linear.
_MARK_BOUNDARY = re.compile(
    rf"(?P<mark>[.!?…](?<![.!?…].)[.!?…]*+)(?:[ \u00a0\u202f]?[{_CLOSERS}])*"
    r"(?P<space>[ \t\u00a0]++(?!\s)|(?>\s*\n)\s*+)"
    rf"(?=[{re.escape(_OPENERS)}\-\u2013\u2014]*[^\W_a-z])"
)
# A line break, with the blank lines and indentation after it. Spaces before it end
# the sentence's text and are trimmed with it. It also matches trailing whitespace;
# split_sentences stops there.
_LINE_BOUNDARY = re.compile(r"\n(?>(?P<blank>\s*\n)?)\s*+")
_WORD_BEFORE = re.compile(r"(\S+)$")
_WORD_AFTER = re.compile(rf"[{re.escape(_OPENERS)}\s]*([^\W\d_]+)")


class Abbreviations(NamedTuple):
    """The abbreviation tables, lower-case and without the final period."""

    single: frozenset[str]
    multi_dot: frozenset[str]
    starters: frozenset[str]
    after_ordinal: frozenset[str]


@cache
def abbreviations() -> Abbreviations:
    """The abbreviation tables, loaded once from data/abbreviations.json."""
    raw = resources.files("timeline.extract").joinpath("data/abbreviations.json")
    table = json.loads(raw.read_text("utf-8"))
    return Abbreviations(
        frozenset(table["abbreviations"]),
        frozenset(table["multi_dot"]),
        frozenset(table["sentence_starters"]),
        frozenset(table["month_names"]),
    )


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of each sentence of ``text``, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _boundaries(text):
        if match.end() == len(text):
            break  # trailing whitespace, not a boundary
        if match.re is _MARK_BOUNDARY:
            if not _ends_sentence(text, match):
                continue
            end = match.start("space")
        elif not match["blank"] and text[match.end()].islower():
            continue  # a line wrapped inside a sentence
        else:
            end = match.start()
        _add_trimmed(spans, text, position, end)
        position = match.end()
    _add_trimmed(spans, text, position, len(text))
    return spans


def _boundaries(text: str) -> Iterator[re.Match[str]]:
    """Mark and line boundaries in text order, none inside another, as one scan finds them."""
    mark = _MARK_BOUNDARY.search(text)
    line = _LINE_BOUNDARY.search(text)
    while (found := _earlier(mark, line)) is not None:
        yield found
        if mark is not None and mark.start() < found.end():
            mark = _MARK_BOUNDARY.search(text, found.end())
        if line is not None and line.start() < found.end():
            line = _LINE_BOUNDARY.search(text, found.end())


def _earlier(first: re.Match[str] | None, second: re.Match[str] | None) -> re.Match[str] | None:
    if first is None or second is None:
        return first or second
    return first if first.start() < second.start() else second


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    """False when the period belongs to an abbreviation, an initial or an ordinal."""
    if match["mark"] != "." or "\n" in match["space"]:
        return True
    before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
    return before is None or _period_ends(before[1].lstrip(_OPENERS).lower(), text, match)


def _period_ends(word: str, text: str, match: re.Match[str]) -> bool:
    """Whether a period after ``word`` ends the sentence."""
    table = abbreviations()
    if "." in word:
        return word in table.multi_dot and _next_word(text, match.end()) in table.starters
    if len(word) == 1 and word.isalpha():
        return False
    if word.isdigit() and len(word) <= 2 and _next_word(text, match.end()) in table.after_ordinal:
        return False  # German ordinal day: "am 14. Januar"
    return word not in table.single


def _next_word(text: str, position: int) -> str:
    found = _WORD_AFTER.match(text, position)
    return found[1].lower() if found else ""


def _add_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
