"""The words around a match that the checks read: the word before it, a sentence start."""

from __future__ import annotations

import re

from timeline.temporal._lexicon import norm

Fields = dict[str, str]
WORD_BEFORE = re.compile(r"([^\W\d_]+['\u2019]?|[^\W\d_]+-)\s*$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"«“(\-\u2013—`'\u2018]\s*)$")


def word_before(text: str, start: int) -> str:
    """The word just before ``start`` (lower case), or ''."""
    found = WORD_BEFORE.search(text, max(0, start - 40), start)
    return norm(found[1]).rstrip("-") if found else ""


def sentence_initial(text: str, start: int) -> bool:
    """True when only a sentence boundary stands before ``start``."""
    return _SENTENCE_START.search(text, max(0, start - 4), start) is not None
