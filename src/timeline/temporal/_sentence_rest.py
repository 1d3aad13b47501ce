"""The rest of a sentence after a date that opens it, where its verb is looked for.

"In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court
decision, a clinic bombing in Birmingham, Ala., killed a security guard": the verb that
tells the date's tense ("killed") comes far after the date, past the stops of
abbreviations. A stop is no end of the sentence where a comma or a word in lower case
follows it ("Ala., killed", "Calif. said") or where it closes a title written before a
name (lexicon ``name_abbreviations``: "vs. Wade", "Dr. Barnett"); an initial ("U.S.")
ends none either. The rest is read up to ``AHEAD`` characters, enough for a long subject.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.temporal._lexicon import lexicon
from timeline.temporal._patterns import alt

AHEAD = 240  # how far after a date opening its sentence its verb is looked for
_NEVER = "(?!x)x"
# A stop, a quotation mark or a line break: where a sentence may end
_END = re.compile(r"[.!?;\n\"\u201c\u201d]|''|``")
_GOES_ON = re.compile(r"\s*,|\s+[a-z]")  # "Ala., killed", "Calif. said"


@cache
def _no_end(lang: str) -> re.Pattern[str]:
    """The words before a stop that ends no sentence: an initial ("U.S."), a title."""
    titles = lexicon(lang).name_abbreviations
    title = f"|(?i:{alt(titles)})" if titles else ""  # the lexicon writes them lower-case
    return re.compile(f"(?<!\\w)(?:[A-Z]{title})$")


def rest_of_sentence(text: str, end: int, lang: str) -> str:
    """``text`` from ``end`` to the end of its sentence, at most ``AHEAD`` characters."""
    window = text[end : end + AHEAD]
    for found in _END.finditer(window):
        if found[0] == "." and _abbreviation(window, found.start(), lang):
            continue
        return window[: found.start()]
    return window


def _abbreviation(window: str, stop: int, lang: str) -> bool:
    """The stop at ``stop`` closes an abbreviation: the sentence goes on after it."""
    if _GOES_ON.match(window, stop + 1):
        return True
    return _no_end(lang).search(window, 0, stop) is not None
