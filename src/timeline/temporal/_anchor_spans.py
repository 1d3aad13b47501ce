"""The anchor scan in two cheap passes: the digits, and the words after a non-word character.

re searches a pattern that starts with a character class by skipping, in a tight loop,
the characters outside it; any other pattern is entered at every position of the text
(a few hundred instructions each: the one anchor pattern's look-behind ``(?<!\\w)``
cost about 450 instructions per character of news). Its two kinds of anchors each have
such a start: a number starts with a digit, and an anchor word comes after a character
that is no word character (or at the text's start), which the second pass reads as its
first character. Merged in text order they are what the one pattern finds, as long as
no two of them overlap; where two do (a quarter 'q1' holds a digit), the one pattern
takes over from the end of the last anchor given (see :func:`spans`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_OVER = (1 << 62, 1 << 62)  # after every text: the pass has no anchor left


@dataclass(frozen=True)
class Split:
    """The two passes of an anchor pattern ``digits|(?<!\\w)words``, compiled with its flags."""

    digits: re.Pattern[str]  # the digit anchors alone
    words: re.Pattern[str]  # a non-word character, then the anchor word (group 1)
    first: re.Pattern[str]  # an anchor word at the text's start

    @classmethod
    def of(cls, digits: str, words: str, flags: int) -> Split:
        """The passes of ``digits`` (a pattern that starts with a digit class) and ``words``
        (the alternatives that need no word character before them)."""
        return cls(
            digits=re.compile(digits, flags),
            words=re.compile(f"[^\\w]({words})", flags),
            first=re.compile(words, flags),
        )


def spans(split: Split, whole: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """The spans ``whole.finditer(text)`` gives (``whole``: the one pattern of ``split``).

    Each pass gives its anchors as the one pattern would if the other kind were not
    there; where one of the next two starts before the end of the last span given, the
    passes no longer tell what the one pattern does from there: it scans the rest.
    """
    digits = (found.span() for found in split.digits.finditer(text))
    words = _word_spans(split, text)
    digit, word = next(digits, _OVER), next(words, _OVER)
    end = 0
    while digit is not _OVER or word is not _OVER:
        if digit[0] <= word[0]:  # the digits first where both start, as in the one pattern
            (start, stop), digit = digit, next(digits, _OVER)
        else:
            (start, stop), word = word, next(words, _OVER)
        if start < end:
            yield from (found.span() for found in whole.finditer(text, end))
            return
        yield start, stop
        end = stop


def _word_spans(split: Split, text: str) -> Iterator[tuple[int, int]]:
    """The anchor words, as ``(?<!\\w)words`` alone finds them: after one that ends with a
    non-word character ('a.m.'), the next may start right after it."""
    found = split.first.match(text)
    at = 0
    if found is not None:
        yield found.span()
        at = found.end() - 1
    search = split.words.search
    while (found := search(text, at)) is not None:
        start, end = found.span(1)
        yield start, end
        at = end - 1
