"""Whether a clause of an unspaced-script text tells the future ("将于周三举行").

A weekday or a day without its year is placed before or after the document
date by tense, as in the other languages; here the marker may stand before
the date ("将于周三", Chinese) or after it ("水曜日に開催する予定", Japanese;
"수요일에 열릴 예정", Korean), so the whole clause around the date is looked at.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.temporal._cjk._grammar import words
from timeline.temporal._cjk._table import table

_REACH = 60  # characters looked at on each side of the date, at most


@cache
def _markers(lang: str) -> re.Pattern[str]:
    words_ = table(lang)
    blocked = words_["not_future"]
    guard = f"(?!{words(blocked)})" if blocked else ""
    return re.compile(guard + words(words_["future_markers"]))


@cache
def _clause_ends(lang: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(''.join(table(lang)['clause_ends']))}]")


def tells_future(text: str, start: int, end: int, lang: str) -> bool:
    """True when the clause around ``text[start:end]`` holds a marker of the future."""
    ends = _clause_ends(lang)
    before = ends.split(text[max(0, start - _REACH) : start])[-1]
    after = ends.split(text[end : end + _REACH])[0]
    markers = _markers(lang)
    return markers.search(before) is not None or markers.search(after) is not None
