"""Text helpers shared by the extractor: accent folding and trie-shaped regexes.

``marks`` makes typographic apostrophes, odd spaces and hyphens plain;
``fold`` also maps accented Latin letters to their base letter, typographic
apostrophes to ``'`` and odd spaces and hyphens to plain ones, one character
for one character, so offsets in the folded text are offsets in the original.
``trie_pattern`` turns thousands of literal keys into one regex whose shape is
a prefix tree: the regex engine walks it once per position instead of trying
each name in turn.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

__all__ = ["fold", "marks", "normalise_key", "person_code", "trie_pattern"]

_SPECIAL = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2010": "-",
    "\u2011": "-",
}
_Node = dict[str, "_Node"]
_SEPARATOR = re.compile(r"[\s\-]+")
# In a key, a space stands for any run of spaces or hyphens in the text.
_GAP = "[\\s\\-]+"


@cache
def _fold_table() -> dict[int, str]:
    table = {ord(key): value for key, value in _SPECIAL.items()}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and base.isalpha():
            table[code] = base
    return table


@cache
def _marks_table() -> dict[int, str]:
    return {ord(key): value for key, value in _SPECIAL.items()}


def marks(text: str) -> str:
    """``text`` with plain apostrophes, spaces and hyphens, same length and accents."""
    return text.translate(_marks_table())


def fold(text: str) -> str:
    """``text`` without accents, same length: 'Pékin' -> 'Pekin', 'État' -> 'Etat'."""
    return text.translate(_fold_table())


def normalise_key(text: str) -> str:
    """The lookup key of a name: folded, runs of spaces and hyphens as one space."""
    return _SEPARATOR.sub(" ", fold(text)).strip()


def person_code(name: str) -> str:
    """A stable upper-case code for a person: 'Nicolás Maduro' -> 'NICOLAS_MADURO'."""
    code = re.sub(r"[^A-Z0-9]+", "_", normalise_key(name).upper()).strip("_")
    return code if code[:1].isalpha() else "P_" + code


def trie_pattern(keys: Iterable[str]) -> str:
    """One regex (without anchors) matching any of ``keys``, longest first."""
    root: _Node = {}
    for key in keys:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root) if root else "(?!)"


def _emit(node: _Node) -> str:
    ends_here = "" in node
    branches = []
    for char in sorted(key for key in node if key):
        branches.append(_atom(char) + _emit(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return ("(?:" + body + ")?") if len(branches) == 1 else body + "?"
    return body


def _atom(char: str) -> str:
    return _GAP if char == " " else re.escape(char)
