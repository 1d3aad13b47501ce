"""Patterns that match only at the end of a text ("postponed until ", "the "), searched only
where the text's last word can end a match.

re searches a pattern such as ``(?<!\\w)(?:by|until)\\s+$`` by entering it at every position
of the text (it starts with a look-behind, and a case-folding pattern gives re no first
character to skip to): about 1.5 us for the 120 characters before a date, most of which
end with another word. :class:`Ending` reads the last word of the text with str methods
first; only where it ends like one of the words a match can end with is the pattern
searched. The test is looser than the pattern, never stricter, so the answer is the
pattern's.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass

from timeline.temporal._dispatch import has_exotic_case


@dataclass(frozen=True)
class Ending:
    """``pattern``, which matches only at the end of a text, and the words it can end with.

    ``last``: lower-cased endings of the last word (before the trailing whitespace) of
    every match; ``space``: every match ends with whitespace (``\\s+$``).
    """

    pattern: re.Pattern[str]
    last: tuple[str, ...]
    space: bool
    longest: int

    @classmethod
    def of(cls, pattern: re.Pattern[str], last: Iterable[str], *, space: bool) -> Ending:
        """The ending of ``pattern``, whose matches end with one of ``last`` (words or word
        endings, any case; an apostrophe stands for both ' and \u2019), then whitespace
        where ``space``."""
        words = {word.lower() for word in last}
        words |= {word.replace("'", "\u2019") for word in words}
        longest = max(map(len, words), default=0)
        return cls(pattern=pattern, last=tuple(sorted(words)), space=space, longest=longest)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``, without searching where its last word
        cannot end a match."""
        end = text[pos:endpos] if pos or endpos < len(text) else text  # holds any match
        if not self.may_end(end):
            return None
        return self.pattern.search(text, pos, endpos)

    def may_end(self, text: str) -> bool:
        """The last word of ``text`` can end a match (where ``space``, whitespace follows it).

        Lower case reads the letters as re's case folding does, but for those of
        has_exotic_case() (the long s, the dotless i...): where one is there, the
        pattern decides.
        """
        stripped = text.rstrip()  # str's whitespace is re's \\s (both Py_UNICODE_ISSPACE)
        if self.space and len(stripped) == len(text):
            return False
        tail = stripped[-self.longest :].lower()
        return tail.endswith(self.last) or has_exotic_case(tail)


def last_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The last word of each phrase ("prior to": "to")."""
    return tuple(phrase.split()[-1] for phrase in phrases if phrase.split())
