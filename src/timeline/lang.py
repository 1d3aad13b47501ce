"""Cheap language detection from function words.

``detect_language(text)`` returns an ISO 639-1 code among the languages
timeline knows well (en, fr, es, de, it, pt), or None when the text gives
too little evidence. It reads at most the first few thousand characters.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

SUPPORTED = ("en", "fr", "es", "de", "it", "pt")
_SAMPLE = 4000
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _table() -> dict[str, dict[str, int]]:
    """word -> {language: 1} for every stopword of every language."""
    raw = resources.files("timeline").joinpath("data/stopwords.json").read_text("utf-8")
    lists: dict[str, list[str]] = json.loads(raw)
    table: dict[str, dict[str, int]] = {}
    for lang, words in lists.items():
        if lang.startswith("_"):
            continue
        for word in words:
            table.setdefault(word, {})[lang] = 1
    return table


def detect_language(text: str, *, minimum: int = 2) -> str | None:
    """The most likely of en/fr/es/de/it/pt, or None below ``minimum`` stopword hits."""
    table = _table()
    scores = dict.fromkeys(SUPPORTED, 0)
    for word in _WORD.findall(text[:_SAMPLE].lower()):
        for lang in table.get(word, ()):
            scores[lang] += 1
    best = max(SUPPORTED, key=lambda lang: (scores[lang], -SUPPORTED.index(lang)))
    return best if scores[best] >= minimum else None
