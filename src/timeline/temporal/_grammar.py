"""The temporal grammar: one compiled pattern per language, built from its word tables.

Each rule is a regular expression over lexicon classes (months, weekdays,
units, shift words...). All rules of a language are joined into one
alternation, so the text is scanned once; the outer group that matched
(``match.lastgroup``) names the rule, and its inner groups (prefixed
``rule__``) carry the pieces that :mod:`._parse` turns into meaning.

The rules themselves are in :mod:`._rules` (the rule table), written with the
building blocks of :mod:`._patterns` (``alt`` and the lexicon classes); this
module compiles them: the ``Grammar`` of a language, rule sets, ``combine``.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING

from timeline.temporal._guard import lead_guard
from timeline.temporal._lexicon import lexicon
from timeline.temporal._regex import LoweredRules, compile_fast, compile_lower
from timeline.temporal._rules import _explicit_rules, _rules

if TYPE_CHECKING:
    from timeline.temporal._dispatch import Anchors

_GUARD_AFTER = 256  # failed tries at a lead before its guard is derived (but see missed)
_GROUP = re.compile(r"\(\?P<(\w+)>")
_BACKREF = re.compile(r"\(\?P=(\w+)\)")


@dataclass(frozen=True)
class Dispatch:
    """The lead-word scan and the rule sets tried at each lead, for one kind of subject.

    ``lowered``: case-sensitive patterns for the lower-cased text (see
    :func:`._regex.compile_lower`: they may match more than the rules, the tagger
    checks each match with the rule itself); else the case-folding patterns,
    for the text itself.
    """

    lang: str
    lowered: bool
    lead_starts: re.Pattern[str]
    word_rules: dict[str, re.Pattern[str] | None]  # by lead word (None: no rule starts so)
    char_rules: dict[str, re.Pattern[str]]  # by first character, where it is no letter
    trees: LoweredRules | None  # the lowered rules, where ``lowered``
    common: frozenset[str] = frozenset()  # leads guarded at their first miss (see missed)
    ascii: bool = False  # for lower-cased ASCII text (see Grammar.lower_ascii)
    guards: dict[str, re.Pattern[str] | None] = field(default_factory=dict, compare=False)
    _misses: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _derived: dict[tuple[frozenset[str], str], re.Pattern[str] | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    def missed(self, lead: str, pattern: re.Pattern[str]) -> None:
        """Count a try of ``pattern`` at ``lead`` that failed; at the ``_GUARD_AFTER``th, the
        lead's guard (see :mod:`._guard`) goes into ``guards``: deriving it costs a few
        milliseconds, worth it only for the leads that fail often. The ``common`` ones (the
        digits, the articles: every text is full of them) get theirs at the first miss."""
        misses = self._misses.get(lead, 0) + 1
        self._misses[lead] = misses
        if misses == (1 if lead in self.common else _GUARD_AFTER):
            self.guards[lead] = self.derive_guard(lead, pattern)

    def derive_guard(self, lead: str, pattern: re.Pattern[str]) -> re.Pattern[str] | None:
        """The guard of the rules ``pattern`` tries at ``lead`` (cached; None: none tells)."""
        trees = self.trees
        if trees is None:
            return None
        names = frozenset(name for name in pattern.groupindex if name in trees.items)
        key = (names, "0" * len(lead) if lead.isdigit() else lead)  # any digit alike
        if key not in self._derived:
            rules = (trees.items[n] for n in names)
            self._derived[key] = lead_guard(rules, lead, trees.flags_for(ascii=self.ascii))
        return self._derived[key]

    def rules(self, names: frozenset[str] | None) -> re.Pattern[str] | None:
        """The pattern of ``names`` (those not compiled with the grammar: on first use)."""
        if names is None:
            return None
        if not self.lowered:
            return rule_set(self.lang, names)
        return _lowered_later(self.lang, names, ascii=self.ascii)


@dataclass(frozen=True)
class Grammar:
    """A language's compiled pattern and, for each rule, its group names."""

    lang: str
    anchors: Anchors
    leads: frozenset[str]
    lead_starts: re.Pattern[str]
    by_char: dict[str, frozenset[str]]
    by_word: dict[str, frozenset[str] | None]
    bodies: dict[str, str]
    first_words: re.Pattern[str]
    first_runs: frozenset[str]
    groups: dict[str, tuple[tuple[str, str], ...]]

    @cached_property
    def trees(self) -> LoweredRules:
        """The rules parsed and lowered once, for the dispatches on lower-cased text."""
        return LoweredRules(_alternation(self.bodies, self.bodies, lean=True))

    @cached_property
    def lower(self) -> Dispatch | None:
        """The dispatch on lower-cased text (compiled on first use); None where the rules
        cannot be run on lower-cased text."""
        return _dispatch_of(self, lowered=True)

    @cached_property
    def lower_ascii(self) -> Dispatch | None:
        """``lower`` for lower-cased ASCII text (see :func:`._regex.ascii_only`): the same
        patterns with re's ASCII classes, which it tests faster than the Unicode ones and
        which read such a text alike (compiled on first use: a corpus is mostly of one kind).
        """
        return _dispatch_of(self, lowered=True, ascii=True)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """All the rules in one alternation, with their groups (compiled on first use: the
        tagger needs it only for a match cut short by its search limit)."""
        return combine(self.bodies, list(self.bodies), fast=False)

    def single(self, name: str) -> re.Pattern[str] | None:
        """The rule ``name`` alone, with its groups (compiled on first use); None: no rule."""
        return _single(self.lang, name) if name in self.bodies else None

    @cached_property
    def folded(self) -> Dispatch:
        """The dispatch on the text itself: for the texts that lower case would change
        otherwise than re's case folding (compiled on first use)."""
        folded = _dispatch_of(self, lowered=False)
        if folded is None:  # pragma: no cover - the case-folding patterns always compile
            raise RuntimeError(f"no rule set of {self.lang!r} compiles")
        return folded


def _dispatch_of(compiled: Grammar, *, lowered: bool, ascii: bool = False) -> Dispatch | None:
    """The rules of lead words, digits and apostrophes, compiled now. Those of a first
    letter serve only in rare cases (see _scan._inside_word): on first use."""
    by_word, by_char = compiled.by_word, compiled.by_char
    eager = {n for n in by_word.values() if n} | {n for c, n in by_char.items() if not c.isalpha()}
    patterns: dict[frozenset[str], re.Pattern[str] | None] = {}
    rules = compiled.trees if lowered else None
    for names in eager:
        if rules is not None:
            patterns[names] = rules.compile(names, ascii=ascii)
        else:
            source = _alternation(compiled.bodies, names, lean=True)
            patterns[names] = compile_fast(source, re.IGNORECASE)
    lead_starts = compiled.lead_starts
    leads = compile_lower(lead_starts.pattern, ascii=ascii) if lowered else lead_starts
    found = {names: pattern for names, pattern in patterns.items() if pattern is not None}
    if leads is None or len(found) < len(patterns):
        return None
    return Dispatch(
        lang=compiled.lang,
        lowered=lowered,
        lead_starts=leads,
        word_rules={word: found[n] if n else None for word, n in by_word.items()},
        char_rules={char: found[n] for char, n in by_char.items() if not char.isalpha()},
        trees=rules,
        ascii=ascii,
        common=frozenset({*"0123456789", *lexicon(compiled.lang).articles})
        if rules
        else frozenset(),
    )


def _prefixed(rule: str, body: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    names: list[tuple[str, str]] = []

    def rename(match: re.Match[str]) -> str:
        full = f"{rule}__{match[1]}"
        names.append((full, match[1]))
        return f"(?P<{full}>"

    body = _GROUP.sub(rename, body)
    body = _BACKREF.sub(lambda m: f"(?P={rule}__{m[1]})", body)
    return body, tuple(names)


@cache
def grammar(lang: str) -> Grammar:
    """The compiled grammar of ``lang`` (built once, then cached)."""
    from timeline.temporal import _dispatch  # noqa: PLC0415 - it builds on this module

    lex = lexicon(lang)
    rules = _rules(lex) if lex.full else _explicit_rules(lex)
    groups: dict[str, tuple[tuple[str, str], ...]] = {}
    bodies: dict[str, str] = {}
    for name, body in rules:
        bodies[name], groups[name] = _prefixed(name, body)
    leads = _dispatch.leads(lex)
    by_char = _dispatch.by_first_char(lex, bodies)
    by_word = _dispatch.by_lead_word(lex, bodies, leads)
    first_words, first_runs = _dispatch.first_words(lex, bodies)
    lead_starts = _dispatch.lead_starts(leads)
    return Grammar(
        lang=lang,
        anchors=_dispatch.anchors(lex),
        leads=leads,
        lead_starts=lead_starts,
        by_char=by_char,
        by_word=by_word,
        bodies=bodies,
        first_words=first_words,
        first_runs=first_runs,
        groups=groups,
    )


@cache
def _single(lang: str, name: str) -> re.Pattern[str]:
    return combine(grammar(lang).bodies, [name])


@cache
def rule_set(lang: str, names: frozenset[str]) -> re.Pattern[str]:
    """The alternation of some of the rules of a grammar, compiled once."""
    return combine(grammar(lang).bodies, names, lean=True)


@cache
def _lowered_later(lang: str, names: frozenset[str], *, ascii: bool) -> re.Pattern[str]:
    """As compile_lower; where a letter's lower case is no single character, a pattern that
    matches at once with the rules' names (the tagger then asks each rule on the text)."""
    compiled = grammar(lang)
    lowered = compiled.trees.compile(names, ascii=ascii)
    if lowered is not None:
        return lowered
    return re.compile("|".join(f"(?P<{name}>)" for name in compiled.bodies if name in names))


def combine(
    bodies: dict[str, str], names: Collection[str], *, lean: bool = False, fast: bool = True
) -> re.Pattern[str]:
    """One alternation of the named rules, in grammar order.

    ``lean``: without the rules' inner groups (but those a backreference needs),
    which a failing alternation saves and restores at each rule: the dispatch
    patterns find where a rule matches, the rule alone then reads its pieces.
    ``fast``: compiled by :func:`._regex.compile_fast` (same matches, faster; its
    ``.pattern`` is None); else by ``re.compile``.
    """
    pattern = _alternation(bodies, names, lean=lean)
    return (compile_fast if fast else re.compile)(pattern, re.IGNORECASE)


def _alternation(bodies: dict[str, str], names: Collection[str], *, lean: bool) -> str:
    parts = [
        f"(?P<{name}>{_without_groups(bodies[name]) if lean else bodies[name]}(?!\\w))"
        for name in bodies
        if name in names
    ]
    return r"(?<!\w)(?:" + "|".join(parts) + r")"


def _without_groups(body: str) -> str:
    kept = set(_BACKREF.findall(body))
    return _GROUP.sub(lambda found: found[0] if found[1] in kept else "(?:", body)
