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
from importlib import import_module
from typing import Any

try:  # re's parser and compiler have no public names (Python 3.11: re._parser)
    _PARSER: Any = import_module("re._parser")
    _COMPILER: Any = import_module("re._compiler")
    _C: Any = import_module("re._constants")
except ImportError:  # pragma: no cover - another Python: plain re.compile
    _PARSER = None


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
