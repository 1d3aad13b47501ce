"""Dates told in a side remark: "Napoleon (born 1769)", "the general, born in 1769, ...",
"the fort, which was built in 1850, ...". Their year is not the year the story is in: a
later "in March" stays in the year told before them.

The words come from the language's lexicon: ``aside_leads`` ("born", "died") after a comma
or an opening parenthesis, and ``relative_words`` ("who", "which") opening a clause that a
comma closes after the date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.temporal._atoms import Atom
from timeline.temporal._lexicon import lexicon
from timeline.temporal._patterns import alt

_BACK = 80  # how far back the opening of a side remark is looked for
_AHEAD = 40  # how far ahead its closing
_OPEN_PARENTHESIS = re.compile(r"\([^()\n]*$")
_CLOSE_PARENTHESIS = re.compile(r"[^()\n]*\)")
_CLOSE_COMMA = re.compile(r"[^,;.!?()\n]*,")
_NEVER = re.compile("(?!x)x")


@dataclass(frozen=True)
class _Openings:
    """A language's openings of a side remark, each ending the text before a date."""

    lead: re.Pattern[str]  # ", born in", "(died"
    relative: re.Pattern[str]  # ", which was built in"


def is_aside(text: str, atom: Atom, lang: str) -> bool:
    """``atom`` stands in parentheses, after "born" or "died" opening a remark, or in a
    relative clause closed by a comma: a side remark, not the line of the story."""
    before = text[max(0, atom.start - _BACK) : atom.start]
    if _OPEN_PARENTHESIS.search(before) and _CLOSE_PARENTHESIS.match(text, atom.end):
        return True
    openings = _openings(lang)
    if openings.lead.search(before):
        return True
    closed = _CLOSE_COMMA.match(text, atom.end, atom.end + _AHEAD) is not None
    return closed and openings.relative.search(before) is not None


@cache
def _openings(lang: str) -> _Openings:
    lex = lexicon(lang)
    remark = r"[^,;.!?()\n]"
    return _Openings(
        lead=re.compile(f"[,(]\\s*{alt(lex.aside_leads)}(?!\\w){remark}{{0,40}}$", re.IGNORECASE)
        if lex.aside_leads
        else _NEVER,
        relative=re.compile(
            f",\\s*{alt(lex.relative_words)}(?!\\w){remark}{{0,80}}$", re.IGNORECASE
        )
        if lex.relative_words
        else _NEVER,
    )
