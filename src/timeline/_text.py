"""Text normalisation shared by merge and query: accent- and case-insensitive folding.

Internal. ``fold`` makes "Kiev", "KIEV" and "Kíev" compare equal; ``tokens``
gives the content words of a text (function words of the six languages left
out), for the token-overlap similarity of the merge.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib import resources

_WORD = re.compile(r"[^\W_]+")
_MIN_TOKEN = 3


def fold(text: str) -> str:
    """Casefolded, accents removed, whitespace collapsed: 'Sécurité  ONU' -> 'securite onu'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.split())


@cache
def _stopwords() -> frozenset[str]:
    raw = resources.files("timeline").joinpath("data/stopwords.json").read_text("utf-8")
    lists: dict[str, list[str]] = json.loads(raw)
    return frozenset(
        fold(word) for lang, words in lists.items() if not lang.startswith("_") for word in words
    )


def tokens(text: str) -> frozenset[str]:
    """The folded content words of ``text`` (three letters or more, no function words)."""
    stop = _stopwords()
    return frozenset(
        word for word in _WORD.findall(fold(text)) if len(word) >= _MIN_TOKEN and word not in stop
    )


def similarity(left: frozenset[str], right: frozenset[str]) -> float:
    """Jaccard overlap of two token sets; 0.0 when either is empty."""
    if not left or not right:
        return 0.0
    shared = len(left & right)
    return shared / (len(left) + len(right) - shared)
