"""Compile the grammar's patterns so that re runs them faster, matching the same.

re runs an optional group ``(?:X)?`` whose body is more than one character
with its general repeat machinery (a repeat context, a count, a check for
empty loops): slow, and the grammar is full of them (optional articles, the
optional endings of the word tries). ``(?:X|)`` matches the same strings in
the same order of preference (X first, then nothing; ``(?:|X)`` for a lazy
``??``) and runs as a plain alternation. The pattern is parsed with re's own
parser, rewritten so, and compiled from the parsed form.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from importlib import import_module
from typing import Any

try:  # re's parser and compiler have no public names (Python 3.11: re._parser)
    _PARSER: Any = import_module("re._parser")
    _COMPILER: Any = import_module("re._compiler")
    _C: Any = import_module("re._constants")
except ImportError:  # pragma: no cover - another Python: plain re.compile
    _PARSER = None


def parser_parts() -> tuple[Any, Any, Any]:
    """re's parser, compiler and constants (all None on a Python without them)."""
    if _PARSER is None:  # pragma: no cover - another Python
        return None, None, None
    return _PARSER, _COMPILER, _C


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its optional groups run as alternations.

    The compiled pattern's ``.pattern`` is None (it is built from the parsed form).
    """
    if _PARSER is None:  # pragma: no cover - another Python
        return re.compile(pattern, flags)
    flags = int(flags)  # as re.compile does: RegexFlag's own & is slow
    tree = _PARSER.parse(pattern, flags)
    _rewrite(tree)
    compiled: re.Pattern[str] = _COMPILER.compile(tree, flags)
    return compiled


def _rewrite(sub: Any) -> None:
    """Each ``X?`` (``X??``) of a body wider than one character becomes ``X|`` (``|X``)."""
    for index, (op, arg) in enumerate(sub.data):
        if op is _C.SUBPATTERN:
            _rewrite(arg[3])
        elif op is _C.BRANCH:
            for branch in arg[1]:
                _rewrite(branch)
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            _rewrite(arg[1])
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            _rewrite(arg[2])
            if op is not _C.POSSESSIVE_REPEAT and arg[:2] == (0, 1) and not _one_char(arg[2]):
                empty = _PARSER.SubPattern(sub.state, [])
                branches = [arg[2], empty] if op is _C.MAX_REPEAT else [empty, arg[2]]
                sub.data[index] = (_C.BRANCH, (None, branches))
        elif op is _C.ATOMIC_GROUP:
            _rewrite(arg)


def _one_char(sub: Any) -> bool:
    """A body that re repeats with its fast single-character loop already."""
    return len(sub.data) == 1 and sub.data[0][0] in (_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN)


def compile_lower(
    pattern: str, *, exact: bool = False, ascii: bool = False
) -> re.Pattern[str] | None:
    """A case-sensitive form of ``compile_fast(pattern, re.IGNORECASE)`` for lower-cased text.

    Run on ``text.lower()`` (where lowering keeps the length and the text holds
    no letter that re folds otherwise than ``str.lower``, see
    ``_dispatch.exotic_case``), it matches wherever the case-folding pattern
    matches the text: its literals and classes are lower-cased, which is the
    same test, and twice as fast. Where the pattern holds case-sensitive parts
    (``(?-i:GMT)``), it may match more: those parts are read in lower case and
    the negative look-arounds that hold them are dropped; the caller checks a
    match with the pattern itself (``exact``: None for such a pattern). None on a
    Python without re's parser, or where a letter's lower case is longer than one
    character. ``ascii``: with re's ASCII classes, for the texts of :func:`ascii_only`.
    """
    if _PARSER is None:  # pragma: no cover - another Python
        return None
    tree = _PARSER.parse(pattern, re.IGNORECASE)
    _rewrite(tree)
    try:
        same = _lower(tree, folded=True)
    except _LengthChangedError:
        return None
    if exact and not same:
        return None
    tree.state.flags = _ascii(int(tree.state.flags) & ~_IGNORECASE, ascii=ascii)
    compiled: re.Pattern[str] = _COMPILER.compile(tree, 0)
    return compiled


# The characters Unicode's \s takes and ASCII's does not, in the ASCII range.
_UNICODE_SPACES = re.compile(r"[\x1c-\x1f]")


def ascii_only(text: str) -> bool:
    """``text`` reads alike with re's ASCII classes and with its Unicode ones (the default):
    it is ASCII (a flag of the str, no scan) and holds none of the four information
    separators (0x1C-0x1F), which only Unicode's ``\\s`` takes. On such a text ``\\w``,
    ``\\d``, ``\\s`` and ``\\b`` give the same answers either way, and the ASCII tests
    are table lookups where the Unicode ones are calls (the anchor scan tests ``\\w``
    before nearly every character)."""
    return text.isascii() and _UNICODE_SPACES.search(text) is None


def _ascii(flags: int, *, ascii: bool) -> int:
    """``flags`` with re's ASCII classes instead of the Unicode ones, where ``ascii``."""
    return (flags & ~_UNICODE) | _ASCII if ascii else flags


class _LengthChangedError(ValueError):
    """A character of the pattern whose lower case is not one character."""


def _lower(sub: Any, *, folded: bool) -> bool:
    """Lower-case ``sub`` in place (``folded``: case-insensitive there). True: the same
    strings on lower-cased text; False: more (a case-sensitive part was lowered)."""
    exact = True
    data = sub.data
    for index, (op, arg) in enumerate(data):
        if op is _C.LITERAL:  # most of a pattern, and mostly lower case already
            low = _low(arg)
            if low != arg:
                data[index] = (op, low)
            exact &= folded or not _cased(arg)  # (?-i:m) on lowered text: 'M' too
            continue
        item, same = _lower_item(op, arg, folded=folded)
        data[index] = item
        exact &= same
    if None in data:
        data[:] = [item for item in data if item is not None]
    return exact


def _lower_item(op: Any, arg: Any, *, folded: bool) -> tuple[Any, bool]:
    """The lowered item (None: dropped) and whether it matches the same strings."""
    if op is _C.NOT_LITERAL:  # case-sensitive, "[^a]" takes "A": lowered, any character
        return ((op, _low(arg)), True) if folded or not _cased(arg) else (_ANY_CHAR, False)
    if op is _C.IN:
        return _lower_set(arg, folded=folded)
    if op is _C.SUBPATTERN:
        group, add, delete, body = arg
        inner = (folded or bool(add & _IGNORECASE)) and not delete & _IGNORECASE
        same = _lower(body, folded=inner)
        return (op, (group, add & ~_IGNORECASE, delete & ~_IGNORECASE, body)), same
    if op is _C.ASSERT_NOT:  # what it holds matching more would make it match less: drop it
        return ((op, arg), True) if _lower(arg[1], folded=folded) else (None, False)
    bodies = _bodies_of(op, arg)
    if bodies is None:  # AT, ANY, GROUPREF...: a back reference read in lower case is more
        return (op, arg), folded or op is not _C.GROUPREF
    each = [_lower(body, folded=folded) for body in bodies]  # every one lowered
    return (op, arg), all(each)


def _bodies_of(op: Any, arg: Any) -> list[Any] | None:
    """The sub-patterns an item holds (None: it holds none)."""
    if op is _C.BRANCH:
        return list(arg[1])
    if op in _REPEATS:
        return [arg[2]]
    if op is _C.ATOMIC_GROUP:
        return [arg]
    if op is _C.ASSERT:
        return [arg[1]]
    if op is _C.GROUPREF_EXISTS:
        return [body for body in arg[1:] if body is not None]
    return None


def _lower_set(items: list[Any], *, folded: bool) -> tuple[Any, bool]:
    """A class with the lower case of its letters added (case-sensitive and negated: any
    character, which is more)."""
    if not folded and items[:1] == [(_C.NEGATE, None)]:
        return _ANY_CHAR, False
    lowered = list(items)
    cased = False
    for op, arg in items:
        codes = range(arg[0], arg[1] + 1) if op is _C.RANGE else [arg] if op is _C.LITERAL else []
        extra = {_low(code) for code in codes} - set(codes)
        lowered += [(_C.LITERAL, code) for code in sorted(extra)]
        cased = cased or (not folded and any(map(_cased, codes)))
    return (_C.IN, lowered), folded or not cased


def _any_char() -> Any:
    if _PARSER is None:  # pragma: no cover - another Python
        return None
    return (_C.IN, [(_C.CATEGORY, _C.CATEGORY_SPACE), (_C.CATEGORY, _C.CATEGORY_NOT_SPACE)])


_ANY_CHAR = _any_char()


_IGNORECASE = int(re.IGNORECASE)
_UNICODE = int(re.UNICODE)
_ASCII = int(re.ASCII)
_REPEATS = () if _PARSER is None else (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT)


@cache
def _cased(code: int) -> bool:
    char = chr(code)
    return char.lower() != char.upper()


@cache
def _low(code: int) -> int:
    low = chr(code).lower()
    if len(low) != 1:
        raise _LengthChangedError(chr(code))
    return ord(low)


class LoweredRules:
    """The grammar's rules parsed and lowered once (as :func:`compile_lower` does), so that
    any set of them compiles without parsing its text again.

    ``source``: the alternation of all the rules, ``(?<!\\w)(?:(?P<a>...)|(?P<b>...)|...)``
    (one named group each, in grammar order). A set compiles to what ``compile_lower`` makes
    of the alternation of its rules (group numbers apart: those of the whole alternation).
    """

    def __init__(self, source: str) -> None:
        tree = _PARSER.parse(source, re.IGNORECASE)
        _rewrite(tree)
        state = tree.state
        self.flags = int(state.flags) & ~_IGNORECASE  # the flags to compile them with
        self._widths = state.groupwidths
        head, *rest = tree.data
        self._head = _lowered_item(state, head)
        alternatives = [branch.data[0] for branch in rest[0][1][1]] if len(rest) == 1 else []
        if rest and rest[0][0] is _C.SUBPATTERN:  # a single rule: no alternation
            alternatives = [rest[0]]
        owners = sorted((index, name) for name, index in state.groupdict.items())
        self.items: dict[str, Any] = {}
        self._groups: dict[str, dict[str, int]] = {}
        starts = []
        for item in alternatives:
            name = next(n for i, n in owners if i == item[1][0])
            starts.append((item[1][0], name))
            self.items[name] = _lowered_item(state, item)
            self._groups[name] = {}
        for index, group in owners:
            owner = [name for first, name in starts if first <= index][-1]
            self._groups[owner][group] = index

    def flags_for(self, *, ascii: bool) -> int:
        """The flags to compile the rules with (``ascii``: for the texts of ascii_only)."""
        return _ascii(self.flags, ascii=ascii)

    def compile(self, names: Collection[str], *, ascii: bool = False) -> re.Pattern[str] | None:
        """The lowered alternation of ``names`` (in grammar order); None where a letter of
        one of them lowers to more than one character. ``ascii``: see ascii_only."""
        chosen = [name for name in self.items if name in names]
        if not chosen or any(self.items[name] is None for name in chosen):
            return None
        state = _PARSER.State()
        state.flags = self.flags_for(ascii=ascii)
        numbers = {}  # the groups renumbered from 1: re allocates room for each per match
        for name in chosen:
            for group, index in self._groups[name].items():
                numbers[index] = state.groups
                state.groupdict[group] = state.groups
                state.groupwidths.append(self._widths[index])
        items = [self._numbered(name, numbers, state) for name in chosen]
        body = (
            items
            if len(items) == 1
            else [(_C.BRANCH, (None, [_PARSER.SubPattern(state, [item]) for item in items]))]
        )
        compiled: re.Pattern[str] = _COMPILER.compile(
            _PARSER.SubPattern(state, [self._head, *body]), 0
        )
        return compiled

    def _numbered(self, name: str, numbers: dict[int, int], state: Any) -> Any:
        """The rule's item, its groups renumbered (a copy where it holds more than its own:
        re reads the width of a back reference in the state of its sub-pattern)."""
        op, (group, add, delete, body) = self.items[name]
        if len(self._groups[name]) == 1:
            return op, (numbers[group], add, delete, body)
        return _renumbered(self.items[name], numbers, state)


def _renumbered(item: Any, numbers: dict[int, int], state: Any) -> Any:
    """A copy of ``item`` with its groups and the references to them renumbered."""
    op, arg = item
    if op is _C.GROUPREF:
        return op, numbers[arg]
    if op in (_C.SUBPATTERN, _C.GROUPREF_EXISTS) and arg[0] is not None:
        arg = (numbers[arg[0]], *arg[1:])
    return op, _copied(arg, numbers, state)


def _copied(value: Any, numbers: dict[int, int], state: Any) -> Any:
    if isinstance(value, _PARSER.SubPattern):
        return _PARSER.SubPattern(state, [_renumbered(item, numbers, state) for item in value.data])
    if isinstance(value, tuple | list):
        return type(value)(_copied(part, numbers, state) for part in value)
    return value


def _lowered_item(state: Any, item: Any) -> Any:
    """``item`` lowered (see compile_lower); None where a letter's lower case is longer."""
    holder = _PARSER.SubPattern(state, [item])
    try:
        _lower(holder, folded=True)
    except _LengthChangedError:
        return None
    return holder.data[0] if holder.data else None
