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
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

from timeline.temporal._lexicon import lexicon
from timeline.temporal._regex import compile_fast
from timeline.temporal._rules import _explicit_rules, _rules

if TYPE_CHECKING:
    from timeline.temporal._dispatch import Anchors

_GROUP = re.compile(r"\(\?P<(\w+)>")
_BACKREF = re.compile(r"\(\?P=(\w+)\)")


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
    patterns: dict[frozenset[str], re.Pattern[str]]  # without the rules' inner groups
    singles: dict[str, re.Pattern[str]]  # each rule alone, with its groups
    first_words: re.Pattern[str]
    first_runs: frozenset[str]
    groups: dict[str, tuple[tuple[str, str], ...]]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """All the rules in one alternation, with their groups (compiled on first use: the
        tagger needs it only for a match cut short by its search limit)."""
        return combine(self.bodies, list(self.bodies), fast=False)


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
    # Compiled now: the rules of lead words, digits and apostrophes. Those of a first
    # letter serve only in rare cases (see tagger._inside_word): on first use.
    eager = {n for n in by_word.values() if n} | {n for c, n in by_char.items() if not c.isalpha()}
    first_words, first_runs = _dispatch.first_words(lex, bodies)
    return Grammar(
        lang=lang,
        anchors=_dispatch.anchors(lex),
        leads=leads,
        lead_starts=_dispatch.lead_starts(leads),
        by_char=by_char,
        by_word=by_word,
        bodies=bodies,
        patterns={names: combine(bodies, names, lean=True) for names in eager},
        singles={name: combine(bodies, [name]) for name in bodies},
        first_words=first_words,
        first_runs=first_runs,
        groups=groups,
    )


def rule_set(compiled: Grammar, names: frozenset[str]) -> re.Pattern[str]:
    """The alternation of some of the rules of a grammar, compiled once."""
    pattern = compiled.patterns.get(names)
    return pattern if pattern is not None else _rule_set_later(compiled.lang, names)


@cache
def _rule_set_later(lang: str, names: frozenset[str]) -> re.Pattern[str]:
    return combine(grammar(lang).bodies, names, lean=True)


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
    parts = [
        f"(?P<{name}>{_without_groups(bodies[name]) if lean else bodies[name]}(?!\\w))"
        for name in bodies
        if name in names
    ]
    pattern = r"(?<!\w)(?:" + "|".join(parts) + r")"
    return (compile_fast if fast else re.compile)(pattern, re.IGNORECASE)


def _without_groups(body: str) -> str:
    kept = set(_BACKREF.findall(body))
    return _GROUP.sub(lambda found: found[0] if found[1] in kept else "(?:", body)
