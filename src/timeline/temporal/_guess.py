"""The language of a text too short for its function words, from the month names it
writes next to numbers.

"14 января 2026 года" or "W dniu 14 stycznia 2026 r." carry too few function words for
:func:`timeline.lang.detect_any`, but a month name beside a number is a strong clue and
the languages detect_any() knows each have theirs (from dateparser's data). A name several
languages share ("mai", "april") goes to the first of them in the order of
known_languages(): the six timeline reads fully first. Only those languages are guessed:
the two hundred dateparser knows share too many short words with English ("now" is a
Bambara month); any of them is read when named with ``lang``.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.lang import known_languages
from timeline.temporal._lexicon import lexicon

_SAMPLE = 4000
_TOKEN = re.compile(r"\d+|[^\W\d_]{3,}")
_DIGITS = re.compile(r"\d+")


def by_month_names(text: str) -> str | None:
    """The language whose month names stand most often beside a number, or None."""
    index = _month_index()
    scores: dict[str, int] = {}
    tokens = _TOKEN.findall(text[:_SAMPLE].lower())
    for position, token in enumerate(tokens):
        pair = " ".join(tokens[position : position + 2])  # "tháng 1", Vietnamese January
        for name, width in ((token, 1), (pair, 2)):
            if name in index and _beside_number(tokens, position, width):
                for lang in index[name]:
                    scores[lang] = scores.get(lang, 0) + 1
    if not scores:
        return None
    rank = {lang: order for order, lang in enumerate(known_languages())}
    return min(scores, key=lambda lang: (-scores[lang], rank[lang]))


def _beside_number(tokens: list[str], position: int, width: int = 1) -> bool:
    before = tokens[position - 1] if position else ""
    after = tokens[position + width] if position + width < len(tokens) else ""
    return bool(_DIGITS.fullmatch(before) or _DIGITS.fullmatch(after))


@cache
def _month_index() -> dict[str, tuple[str, ...]]:
    """month name -> the languages that write it, in the order of preference."""
    index: dict[str, list[str]] = {}
    for lang in known_languages():
        for word in lexicon(lang).months:
            if word.count(" ") <= 1:  # one word, or two: "tháng 1"
                index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}
