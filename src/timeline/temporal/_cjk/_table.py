"""The word tables of the unspaced-script reader, loaded once from ``data/cjk.json``.

One table per language (zh covers simplified and traditional writing, ja, ko);
the Chinese numerals are shared. ``number`` reads a count, a day or a year
written in digits, in Chinese numerals ("十四", "二〇二六") or in Korean native
numbers ("한", "두").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("zh", "ja", "ko")

# full-width ASCII (digits, parentheses, slashes, colons...) and the ideographic space, as
# their ASCII forms: one character for one, so offsets in the folded text are the text's
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold(text: str) -> str:
    """``text`` with full-width digits and signs as ASCII (same length, same offsets)."""
    return text.translate(_FOLD)


@dataclass(frozen=True)
class Table:
    """The words of one language, as read from the data file (see its _comment)."""

    lang: str
    numerals: dict[str, int]
    multipliers: dict[str, int]
    words: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.words[key]


@cache
def _data() -> dict[str, Any]:
    raw = resources.files("timeline.temporal").joinpath("data/cjk.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


@cache
def table(lang: str) -> Table:
    """The table of ``lang`` (one of LANGUAGES), read once."""
    data = _data()
    return Table(lang, data["numerals"], data["multipliers"], data["languages"][lang])


def number(written: str, words: Table) -> int | None:
    """The value of a number in digits, Chinese numerals or Korean native words."""
    written = written.strip()
    if written.isascii() and written.isdigit():
        return int(written)
    native: dict[str, int] = words["native_numbers"]
    if written in native:
        return native[written]
    if all(char in words.numerals for char in written):
        return _digit_by_digit(written, words.numerals)
    return _chinese(written, words)


def _digit_by_digit(written: str, numerals: dict[str, int]) -> int:
    """'二〇二六': 2026 (and a single numeral: its value)."""
    value = 0
    for char in written:
        value = value * 10 + numerals[char]
    return value


def _chinese(written: str, words: Table) -> int | None:
    """'二十三': 23, '十四': 14, '一百零五': 105 (None when not such a number)."""
    total = pending = 0
    for char in written:
        if char in words.numerals:
            pending = words.numerals[char]
        elif char in words.multipliers:
            total += (pending or 1) * words.multipliers[char]
            pending = 0
        else:
            return None
    return total + pending
