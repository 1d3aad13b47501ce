"""The cheap scan: the grammar's matches, tried only at the lead words just before cheap
anchors (a digit, a month, a unit, a day word...) and, for an anchor of several words, at
the lead words inside it. Finds what one scan of the whole text with the full grammar
would (tests/test_temporal_dispatch.py checks it), at a fraction of the cost. Used by
:mod:`.tagger`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from timeline.temporal._dispatch import has_exotic_case
from timeline.temporal._grammar import Dispatch, Grammar, rule_set
from timeline.temporal._regex import ascii_only

_BACK = 45  # longest lead before an anchor: "a principios de", "the beginning of the"...
_AHEAD = 90
_LONG_WORD = 200  # how far a word end is looked for after the anchor's reach
_SPACE = re.compile(r"\s")
_WORD_START = re.compile(r"(?<!\w)[\w'\u2019]")
_LETTERS = re.compile(r"[^\W\d_]+")


def matches(compiled: Grammar, text: str) -> Iterator[re.Match[str]]:
    """The grammar's matches, tried only at the word starts just before cheap anchors.

    Every expression holds an anchor (a digit, a month, a unit, a day word...)
    at most ``_BACK`` characters after its start, so trying the grammar at the
    word starts of that stretch finds what one scan of the whole text would,
    at a fraction of the cost. Anchors, lead words and rules are matched on the
    lower-cased text where that is the same (see ``_dispatch.Anchors.scan`` and
    ``_regex.compile_lower``), each match read again by its rule on the text.
    """
    position = tried = 0
    lowered = text.lower()
    plain = len(lowered) == len(text) and not has_exotic_case(lowered)
    simple = plain and ascii_only(lowered)
    anchors, scanned = compiled.anchors.scan(text, lowered, plain=plain, ascii=simple)
    dispatch, subject = _dispatch(compiled, text, lowered, plain=plain, ascii=simple)
    scan = _Scan(compiled, dispatch, text, subject)
    for span in compiled.anchors.spans(anchors, scanned):
        start, end = span
        while end > position:
            if start < position:  # straddles the last match: the words after it
                again = anchors.search(scanned, position)
                if again is None:
                    break
                start, end = again.span()
                continue
            match = _try_anchor(scan, start, end, max(position, tried))
            if match is None:
                tried = start + 1  # a word start tried once gives the same answer
                break
            yield match
            position = match.end()  # the same anchor may come after this match: again


def _dispatch(
    compiled: Grammar, text: str, lowered: str, *, plain: bool, ascii: bool
) -> tuple[Dispatch, str]:
    """The dispatch to try the rules with, and the string it reads (``plain``: lowering
    kept the length and the text has no letter that re folds otherwise; ``ascii``: the
    lowered text is also ascii_only, read with re's ASCII classes)."""
    lower = None if not plain else compiled.lower_ascii if ascii else compiled.lower
    if lower is not None:
        return lower, lowered
    return compiled.folded, text


@dataclass(frozen=True)
class _Scan:
    """One text's scan: the grammar, its dispatch, the text and the string the dispatch reads."""

    compiled: Grammar
    dispatch: Dispatch
    text: str
    subject: str


def _try_anchor(scan: _Scan, start: int, end: int, floor: int) -> re.Match[str] | None:
    """The first match starting at a lead word in the stretch just before the anchor
    (``start``, ``end``), or at it."""
    text, subject, dispatch = scan.text, scan.subject, scan.dispatch
    limit = _word_end(text, end + _AHEAD)
    for lead in dispatch.lead_starts.finditer(subject, max(floor, start - _BACK), start + 1):
        at = lead.start()
        if at == start:
            break
        word = lead["word"]
        if word is None:
            key = subject[at].lower()
            pattern = _char_rules(scan, key)
        else:
            key = word if dispatch.ascii else _lead_key(word)
            pattern = dispatch.word_rules.get(key)
        if pattern is not None and (match := _try_lead(scan, key, pattern, at, limit)):
            return match
    pattern, key = _anchor_rules(scan, start)
    match = None
    if pattern is not None and not key:
        match = _match_at(scan, pattern, start, limit)
    elif pattern is not None:
        match = _try_lead(scan, key, pattern, start, limit)
    if match is None and not subject[start:end].isalnum():  # an anchor of several words
        return _inner_leads(scan, start, end, limit)
    return match


def _lead_key(word: str) -> str:
    """A lead word as the dispatch tables have it: lower case, a straight apostrophe (as it
    is already where the dispatch reads lower-cased ASCII text: there it is not called). A
    letter whose lower case is longer is folded as re folds it, to its first character
    ('İ' is 'i', as the case-folding lead pattern matched it: "İ quest'anno")."""
    lowered = word.lower()
    if len(lowered) != len(word):
        lowered = "".join(letter.lower()[0] for letter in word)
    return lowered.replace("\u2019", "'")


def _inner_leads(scan: _Scan, start: int, end: int, limit: int) -> re.Match[str] | None:
    """The first match at a lead word inside an anchor of several words: 'manhã' of 'pela
    manhã' (an anchor as a part of a day after a day word) starts 'manhã' told alone."""
    subject, dispatch = scan.subject, scan.dispatch
    for lead in dispatch.lead_starts.finditer(subject, start + 1, end):
        word = lead["word"]
        if word is None:
            continue  # a digit inside a run of words: its own anchor
        key = word if dispatch.ascii else _lead_key(word)
        pattern = dispatch.word_rules.get(key)
        if pattern is not None and (match := _try_lead(scan, key, pattern, lead.start(), limit)):
            return match
    return None


def _try_lead(
    scan: _Scan, lead: str, pattern: re.Pattern[str], at: int, limit: int
) -> re.Match[str] | None:
    """The match of ``pattern`` at the lead word (or character) ``lead`` at ``at``; first
    the lead's guard, where it has one (see :mod:`._guard`): where the pieces just after the
    lead are none that its rules read, they are not tried."""
    guard = scan.dispatch.guards.get(lead)
    if guard is not None and guard.match(scan.subject, at + len(lead), limit) is None:
        return None
    match = _match_at(scan, pattern, at, limit)
    if match is None:
        scan.dispatch.missed(lead, pattern)
    return match


def _anchor_rules(scan: _Scan, start: int) -> tuple[re.Pattern[str] | None, str]:
    """The rules that can start at the anchor itself, a lead word or not (but a word start),
    and the lead they start with ('' where the anchor is inside a word that is no lead)."""
    dispatch, subject = scan.dispatch, scan.subject
    lead = dispatch.lead_starts.match(subject, start)
    if lead is not None:
        word = lead["word"]
        if word is not None:
            key = word if dispatch.ascii else _lead_key(word)
            if key in dispatch.word_rules:
                return dispatch.word_rules[key], key
        char = subject[start].lower()
        return _char_rules(scan, char), char
    if _WORD_START.match(subject, start):
        return _inside_word(scan, start), ""
    return None, ""


def _inside_word(scan: _Scan, start: int) -> re.Pattern[str] | None:
    """The rules that can start a word that is no lead word ('Mar' of 'market' is an anchor).

    Those whose first word is a shorter word of letters the word starts with:
    the rules of the longest one, a lead word. Where a first word is the word's
    letters and then a non-letter, or where re and str.lower() fold the case
    of its letters differently: all the rules of the first letter.
    """
    compiled, text = scan.compiled, scan.text
    run = _LETTERS.match(text, start)
    letters = run.group().lower() if run else ""
    if letters in compiled.first_runs or has_exotic_case(letters):
        return _char_rules(scan, text[start].lower())
    prefix = compiled.first_words.match(text, start)
    if prefix is None:
        return None
    key = prefix.group().lower()
    if key in scan.dispatch.word_rules:
        return scan.dispatch.word_rules[key]
    return _char_rules(scan, text[start].lower())


def _char_rules(scan: _Scan, char: str) -> re.Pattern[str] | None:
    """The rules that can start with the character ``char`` (lower case)."""
    pattern = scan.dispatch.char_rules.get(char)
    return pattern if pattern is not None else scan.dispatch.rules(scan.compiled.by_char.get(char))


def _match_at(scan: _Scan, pattern: re.Pattern[str], at: int, limit: int) -> re.Match[str] | None:
    """The match at ``at`` with its pieces: the rule found by ``pattern``, alone, again.

    A match cut short by ``limit`` is matched again over the whole text. Where the
    dispatch's pattern matched more than its rules (see ``_regex.compile_lower``), the
    case-folding pattern of the same rules says which one matches.
    """
    found = pattern.match(scan.subject, at, limit)
    if found is None:
        return None
    compiled, text = scan.compiled, scan.text
    single = compiled.single(found.lastgroup or "")
    match = None if single is None else single.match(text, at, limit)
    if match is None:
        names = frozenset(name for name in pattern.groupindex if name in compiled.bodies)
        found = rule_set(compiled.lang, names).match(text, at, limit)
        single = None if found is None else compiled.single(found.lastgroup or "")
        if single is None:
            return None
        match = single.match(text, at, limit)
    if match is not None and match.end() == limit < len(text):
        return compiled.pattern.match(text, at) or compiled.pattern.match(text, at, limit)
    return match


def _word_end(text: str, index: int) -> int:
    """The first whitespace at or after ``index``, at most _LONG_WORD characters on.

    Searching to the end made text without spaces ("1.1.1.1...") quadratic; a match
    cut at this limit is matched again without it (see _match_at).
    """
    found = _SPACE.search(text, index, index + _LONG_WORD)
    return found.start() if found else min(len(text), index + _LONG_WORD)
