"""What kind of event: PLOVER types from multilingual trigger lexicons.

``data/kinds.json`` lists, per PLOVER type and language, word prefixes
("accus" for accuse, accused, accusation...) and whole words ("=met"), and
longer prefixes that are not triggers ("negotiator" under "negotiat"). Each
language compiles to one prefix-tree regex; ``find_triggers`` returns every
trigger in a span of text in order (``iter_triggers`` one by one), and the
extractor reads the event's kind from the first trigger of its clause.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import NamedTuple

from timeline.extract._text import trie_pattern
from timeline.models import EventKind

__all__ = ["Trigger", "find_triggers", "iter_triggers", "lexicon"]

_GAPS = re.compile(r"[\s\-]+")


class Trigger(NamedTuple):
    """A word that names an event: ``text[start:end]`` and the kind it signals."""

    start: int
    end: int
    kind: EventKind


class Lexicon(NamedTuple):
    """One language's trigger pattern and the table from entry to kind.

    ``pattern`` ignores case; ``lowered`` is the same pattern without the flag,
    for ASCII text lower-cased first, where it finds the same matches (ignoring
    case is lower-casing there) two to three times faster: a case-insensitive
    prefix tree cannot skip its branches on the first character. It is None
    when a key holds a character whose case variants include ASCII letters
    (the dotless i, U+0131, matches "I"), where lower-casing is not enough.
    """

    pattern: re.Pattern[str]
    lowered: re.Pattern[str] | None
    table: dict[str, EventKind | None]


@cache
def _data() -> dict[str, dict[str, list[str]]]:
    raw = resources.files("timeline.extract").joinpath("data/kinds.json").read_text("utf-8")
    data: dict[str, dict[str, list[str]]] = json.loads(raw)
    data.pop("_provenance", None)
    return data


_NOT_A_TRIGGER = "_not_triggers"


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled trigger lexicon of ``lang`` (built once, then cached)."""
    exact: dict[str, EventKind | None] = {}
    prefix: dict[str, EventKind | None] = {}
    for kind, by_lang in _data().items():
        value = None if kind == _NOT_A_TRIGGER else EventKind(kind)
        for entry in by_lang.get(lang, ()):
            target = exact if entry.startswith("=") else prefix
            target.setdefault(_key(entry.lstrip("=")), value)
    source = rf"(?<!\w)(?:(?P<x>{trie_pattern(exact)})(?!\w)|(?P<p>{trie_pattern(prefix)})\w*)"
    lowered = re.compile(source) if _lower_is_enough([*exact, *prefix]) else None
    table = {("x", key): kind for key, kind in exact.items()}
    table.update({("p", key): kind for key, kind in prefix.items()})
    return Lexicon(
        re.compile(source, re.IGNORECASE),
        lowered,
        {f"{group}:{key}": kind for (group, key), kind in table.items()},
    )


def _lower_is_enough(keys: list[str]) -> bool:
    """True when no key character but an ASCII one matches an ASCII character, ignoring case."""
    chars = {char for key in keys for char in key if not char.isascii()}
    return not any(
        re.fullmatch(re.escape(char), chr(code), re.IGNORECASE)
        for char in chars
        for code in range(128)
    )


def _key(text: str) -> str:
    return _GAPS.sub(" ", text.lower()).strip()


def find_triggers(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Trigger]:
    """The event triggers in ``text[start:end]`` (apostrophes made plain), in order."""
    return list(iter_triggers(text, lang, start, end))


def iter_triggers(
    text: str, lang: str, start: int = 0, end: int | None = None
) -> Iterator[Trigger]:
    """The triggers of :func:`find_triggers`, found one by one: stop early, scan less."""
    found = lexicon(lang)
    stop = len(text) if end is None else end
    for offset, match in _scan(found, text, start, stop):
        group = "x" if match["x"] is not None else "p"
        kind = found.table.get(f"{group}:{_key(match[group])}")
        if kind is not None:
            yield Trigger(offset + match.start(), offset + match.end(), kind)


def _scan(found: Lexicon, text: str, start: int, stop: int) -> Iterator[tuple[int, re.Match[str]]]:
    """The lexicon's matches in ``text[start:stop]``, each with the offset of the text it is in."""
    head = max(0, start - 1)  # the lookbehind looks one character before the span
    window = text[head:stop]
    if found.lowered is None or not window.isascii():
        yield from ((0, match) for match in found.pattern.finditer(text, start, stop))
        return
    yield from ((head, match) for match in found.lowered.finditer(window.lower(), start - head))
