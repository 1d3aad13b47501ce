"""A cheap look-ahead per lead word: where none of its rules can match, skip them all.

At a lead word ("the", "in", a digit), the tagger tries the alternation of the
rules that can start with it; most tries fail ('the company', '30 armed men'),
and a failing alternation costs each of its rules a few steps. The guard of a
lead is one small pattern, matched just after the lead, that reads the first
few pieces any of those rules can read there: where it fails, no rule can match.

It is derived from the rules' lowered parse trees (:class:`._regex.LoweredRules`)
and is looser than the rules, never stricter: the paths of every rule that the
lead's characters allow, cut after ``_PIECES`` pieces (a character, or a run of
one class: ``\\s+``, digits); look-behinds read as true; a look-ahead read as
what it holds, then anything; a back reference as its group's pattern (it reads
what the group read: '3.9.2015' reads its second dot with ``[/.\\-]``, so '3.9
percent' is no such date), or anything where that group was not read before. A
rule that can end (or be cut) within the lead gives no guard at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from timeline.temporal._regex import parser_parts

_PIECES = 5  # pieces read after the lead ('the' + ' gove', '36' + ', as': enough to tell)
_DIGITS = "0123456789"
_ZERO, _NINE = ord("0"), ord("9")

_P, _COMPILER, _C = parser_parts()
_MAX = _C.MAXREPEAT if _C else 0
_CHAR_OPS = (_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN) if _C else ()
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) if _C else ()
_DIGIT_ITEM = (_C.IN, [(_C.CATEGORY, _C.CATEGORY_DIGIT)]) if _C else None
_ANY_ITEM = (
    (_C.IN, [(_C.CATEGORY, _C.CATEGORY_SPACE), (_C.CATEGORY, _C.CATEGORY_NOT_SPACE)])
    if _C
    else None
)
_NO_WIDTH = (_C.ASSERT, _C.ASSERT_NOT, _C.AT) if _C else ()

Piece = tuple[Any, int, int]  # (a character class's key, least, most repeats)
Path = tuple[int, tuple[Piece, ...]]  # (lead characters read, pieces read after it)


def lead_guard(rules: Iterable[Any], lead: str, flags: int) -> re.Pattern[str] | None:
    """The guard of the rules (lowered rule items) at ``lead`` (lower case; a digit stands
    for any digit), to match just after it; None: no guard tells anything there."""
    chars = tuple(_DIGITS if char in _DIGITS else _alike(char) for char in lead)
    reader = _Reader(chars)
    for rule in rules:
        reader.close(reader.walk([rule], {(0, ())}))
    if reader.anything:
        return None
    state = _P.State()
    state.flags = flags
    compiled: re.Pattern[str] = _COMPILER.compile(_P.SubPattern(state, reader.tree(state)), 0)
    return compiled


def _alike(char: str) -> str:
    return "'\u2019" if char == "'" else char


class _Reader:
    """The paths of the rules through the lead and ``_PIECES`` pieces after it."""

    def __init__(self, lead: tuple[str, ...]) -> None:
        self.lead = lead
        self.ends: set[tuple[Piece, ...]] = set()
        self.anything = False  # some rule may match with the lead alone
        self.items: dict[Any, Any] = {}
        self.groups: dict[int, list[Any]] = {}  # the groups walked so far, by number

    def close(self, paths: set[Path]) -> None:
        """These paths read enough: what follows them may be anything."""
        for read, pieces in paths:
            if read < len(self.lead) or not pieces:
                self.anything = True
            else:
                self.ends.add(pieces)

    def walk(self, data: list[Any], paths: set[Path]) -> set[Path]:
        for item in data:
            if not paths:
                break
            paths = self.step(item, paths)
        return paths

    def step(self, item: Any, paths: set[Path]) -> set[Path]:
        op, arg = item
        if op is _C.SUBPATTERN and arg[0] is not None:  # for the back references to it
            self.groups[arg[0]] = arg[3].data
        if _digits_only(item):
            return self.read(paths, _DIGIT_ITEM, *_width(item))
        if op in _CHAR_OPS:
            return self.read(paths, _one_char(item), 1, 1)
        handler = _STEPS.get(op)
        if handler is None:  # a conditional ('(?(1)...)'): anything from here
            self.close(paths)
            return set()
        return handler(self, arg, paths)

    def read(self, paths: set[Path], item: Any, least: int, most: int) -> set[Path]:
        """The paths after ``item`` repeated ``least`` to ``most`` times."""
        key = _key(item)
        self.items[key] = item
        after: set[Path] = set()
        for read, pieces in paths:
            if read < len(self.lead):
                after |= self._in_lead(read, item, key, (least, most))
            elif pieces and pieces[-1][0] == key:  # 'x{1,2}x+': 'x{2,}'
                _, low, high = pieces[-1]
                joined = (key, low + least, min(_MAX, high + most))
                after.add((read, (*pieces[:-1], joined)))
            elif len(pieces) >= _PIECES:
                self.ends.add(pieces)
            else:
                after.add((read, (*pieces, (key, least, most))))
        return after

    def _in_lead(self, read: int, item: Any, key: Any, times: tuple[int, int]) -> set[Path]:
        """The paths of ``item`` (repeated ``times``) from the ``read``-th lead character."""
        least, most = times
        after: set[Path] = set()
        size = len(self.lead)
        for count in range(min(most, size - read) + 1):
            if count and not any(_may_read(item, c) for c in self.lead[read + count - 1]):
                break
            if read + count == size and most > count:
                rest = (key, max(least - count, 0), most if most == _MAX else most - count)
                after.add((size, (rest,)))
            elif read + count == size or count >= least:
                after.add((read + count, ()))
        return after

    def tree(self, state: Any) -> list[Any]:
        """The parse tree of the guard: the paths' pieces as a trie."""
        trie: dict[Any, Any] = {}
        for pieces in self.ends:
            node = trie
            for piece in pieces:
                node = node.setdefault(piece, {})
            node[None] = {}
        return _branches(trie, self.items, state)


def _branches(node: dict[Any, Any], items: dict[Any, Any], state: Any) -> list[Any]:
    if None in node:  # a path ends here: enough
        return []
    branches = [
        _piece(piece, items, state) + _branches(child, items, state)
        for piece, child in node.items()
    ]
    if len(branches) == 1:
        return branches[0]
    if not branches:  # no rule can start with this lead
        return [(_C.ASSERT_NOT, (1, _P.SubPattern(state, [])))]
    return [(_C.BRANCH, (None, [_P.SubPattern(state, branch) for branch in branches]))]


def _piece(piece: Piece, items: dict[Any, Any], state: Any) -> list[Any]:
    key, least, most = piece
    item = items[key]
    if (least, most) == (1, 1):
        return [item]
    return [(_C.MAX_REPEAT, (least, most, _P.SubPattern(state, [item])))]


def _sub(reader: _Reader, arg: Any, paths: set[Path]) -> set[Path]:
    return reader.walk(arg[3].data, paths)


def _backref(reader: _Reader, arg: Any, paths: set[Path]) -> set[Path]:
    """A back reference reads what its group read, so no more than the group's pattern
    (the guard matches the lower-cased text case-sensitively, as the rules it guards)."""
    body = reader.groups.get(arg)
    if body is None:  # its group was never walked here: it cannot match, or is unknown
        reader.close(paths)
        return set()
    return reader.walk(body, paths)


def _atomic(reader: _Reader, arg: Any, paths: set[Path]) -> set[Path]:
    return reader.walk(arg.data, paths)


def _branch(reader: _Reader, arg: Any, paths: set[Path]) -> set[Path]:
    after: set[Path] = set()
    for branch in arg[1]:
        after |= reader.walk(branch.data, paths)
    return after


def _look(reader: _Reader, arg: Any, paths: set[Path]) -> set[Path]:
    """A look-behind: true; a look-ahead: what it holds must follow, then anything."""
    if arg[0] < 0:
        return paths
    reader.close(reader.walk(arg[1].data, paths))
    return set()


def _true(reader: _Reader, arg: Any, paths: set[Path]) -> set[Path]:
    return paths


def _repeat(reader: _Reader, arg: Any, paths: set[Path]) -> set[Path]:
    """A character class repeated is one piece; a longer body: its least repeats, then
    either no more or one more and anything."""
    least, most, body = arg
    if len(body.data) == 1 and body.data[0][0] in _CHAR_OPS:
        return reader.read(paths, _one_char(body.data[0]), least, most)
    for _ in range(least):
        paths = reader.walk(body.data, paths)
    if most > least:
        reader.close(reader.walk(body.data, paths))
    return paths


_STEPS = (
    {
        _C.SUBPATTERN: _sub,
        _C.GROUPREF: _backref,
        _C.ATOMIC_GROUP: _atomic,
        _C.BRANCH: _branch,
        _C.ASSERT: _look,
        _C.ASSERT_NOT: _true,
        _C.AT: _true,
        **dict.fromkeys(_REPEATS, _repeat),
    }
    if _C
    else {}
)


def _one_char(item: Any) -> Any:
    """The item as the guard reads it: '.' as any character (under a DOTALL of its own it
    would read a newline too)."""
    return _ANY_ITEM if item[0] is _C.ANY else item


def _key(item: Any) -> Any:
    op, arg = item
    return (op, tuple(arg)) if op is _C.IN else item


def _width(item: Any) -> tuple[int, int]:
    least, most = _P.SubPattern(None, [item]).getwidth()
    return least, min(most, _MAX)


_CATEGORIES: dict[Any, Callable[[str], bool]] = (
    {
        _C.CATEGORY_DIGIT: str.isdecimal,
        _C.CATEGORY_NOT_DIGIT: lambda c: not c.isdecimal(),
        _C.CATEGORY_SPACE: str.isspace,
        _C.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
        _C.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
        _C.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
    }
    if _C
    else {}
)


def _may_read(item: Any, char: str) -> bool:
    """Whether the one-character ``item`` can read ``char`` (True where unsure)."""
    op, arg = item
    if op is _C.LITERAL:
        return bool(arg == ord(char))
    if op is _C.NOT_LITERAL:
        return bool(arg != ord(char))
    return _in_class(arg, char)


def _in_class(members: list[Any], char: str) -> bool:
    code = ord(char)
    negated = found = False
    for op, arg in members:
        if op is _C.NEGATE:
            negated = True
        elif op is _C.LITERAL:
            found |= arg == code
        elif op is _C.RANGE:
            found |= arg[0] <= code <= arg[1]
        elif op is _C.CATEGORY and arg in _CATEGORIES:
            found |= _CATEGORIES[arg](char)
        else:
            return True
    return found != negated


def _digits_only(item: Any) -> bool:
    """An item that reads digits only, one or more (read as one piece: a run of digits)."""
    op, arg = item
    if op is _C.LITERAL:
        return bool(_ZERO <= arg <= _NINE)
    if op is _C.IN:
        return all(_digit_member(member) for member in arg)
    if op is _C.SUBPATTERN:
        return _digit_run(arg[3].data)
    if op is _C.BRANCH:
        return all(_digit_run(branch.data) for branch in arg[1])
    return op in _REPEATS and _digit_run(arg[2].data)


def _digit_member(member: Any) -> bool:
    op, arg = member
    if op is _C.LITERAL:
        return bool(_ZERO <= arg <= _NINE)
    if op is _C.RANGE:
        return bool(arg[0] >= _ZERO and arg[1] <= _NINE)
    return op is _C.CATEGORY and arg is _C.CATEGORY_DIGIT


def _digit_run(data: list[Any]) -> bool:
    found = False
    for item in data:
        if item[0] in _NO_WIDTH:
            continue
        if not _digits_only(item):
            return False
        found = True
    return found
