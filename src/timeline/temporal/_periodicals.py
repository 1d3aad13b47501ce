"""Is 'daily' a newspaper here? 'China Daily', 'the Israeli daily Haaretz', 'the daily said'.

English names its papers by how often they appear: 'daily', 'weekly' are also
nouns. The noun is no set (P1D): capitalised inside a sentence ('People's
Daily'), before a verb of reporting ('the Kommersant daily cited'), or between
a press word or a name and the paper's name or a stop ('Turkish daily Sabah',
'the financial daily.'). 'daily life', 'twice daily', 'published daily.' stay.
"""

from __future__ import annotations

import re

from timeline.temporal._around import sentence_initial, word_before
from timeline.temporal._lexicon import Lexicon, norm

_NEXT = re.compile(r"\s*([\"“]?[^\W\d_][\w'\u2019-]*|[.,;:)])")
_LEAD = re.compile(r"([^\W\d_][\w'\u2019-]*)\s+$")


def periodical(word: str, start: int, end: int, lex: Lexicon, text: str) -> bool:
    """True when ``word`` at ``start``-``end`` names a newspaper, not how often."""
    if norm(word) not in lex.periodicals:
        return False
    if word[:1].isupper():
        return not sentence_initial(text, start)  # "China Daily", "the Daily Telegraph"
    after = _NEXT.match(text, end)
    following = after[1] if after else ""
    if norm(following) in lex.press_verbs:
        return True  # "the Haaretz daily attributed", "the national daily said"
    if not following:
        return False
    named = following[0] in '"“' or (following[0].isupper() and _a_name(following, lex))
    return (named or following[0] in ".,;:)") and _press_lead(text, start, lex)


def _a_name(word: str, lex: Lexicon) -> bool:
    """A capitalised word that is not a date word ('the daily Monday' is no paper)."""
    return norm(word) not in lex.weekdays and norm(word) not in lex.months


def _press_lead(text: str, start: int, lex: Lexicon) -> bool:
    """A name or a press word before: 'Turkish daily', 'Sabah daily', 'the business daily'."""
    found = _LEAD.search(text, max(0, start - 40), start)
    if found is None:
        return False
    lead = found[1]
    capital = lead[:1].isupper() and not sentence_initial(text, start - len(found[0]))
    return capital or word_before(text, start) in lex.press_words or norm(lead) in lex.press_words
