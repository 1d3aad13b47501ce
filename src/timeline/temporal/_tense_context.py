"""The tense a weekday takes from around its clause, where the clause itself tells none.

:func:`timeline.temporal._tense.tense_of` reads the clause of a date; a weekday that
no word of it marks is the last such day. Two clauses tell their time through others:

- a participle clause after a comma has no tense of its own: it takes the future of
  the clause it hangs on ("He is scheduled to hold talks on Tuesday, before leaving
  Beijing on Wednesday"; not "He arrived in Beijing, saying on Tuesday that ...", which
  stays in the past as unmarked weekdays do);
- a condition in the present ("if", "unless") tells what is still to come ("faces the
  death penalty unless the governor intervenes before Tuesday", "if no candidate wins
  half of the votes on Sunday"); not one in the past ("if the budget was not passed
  before Tuesday").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from timeline.temporal._atoms import Atom
from timeline.temporal._lexicon import lexicon
from timeline.temporal._patterns import alt
from timeline.temporal._tense import CLAUSE_END, has_marker, has_past, marked_tense, tense_of

_BACK = 160  # how far back the clause a participle clause hangs on is read
_SINCE_BACK = 20  # how far before a date its "since" is: "since early last August"
_SINCE_WORDS = 5  # words between "since" and the date of its noun phrase
_SENTENCE_END = re.compile(r"[.!?;\n]")
_NEVER = re.compile("(?!x)x")


def tense_in_context(text: str, atom: Atom, lang: str) -> int:
    """The tense of ``atom``'s clause (:func:`tense_of`); for a weekday it leaves
    unmarked, the future of the clause a participle clause hangs on, or of a condition
    in the present. A date that starts a time lasting till now is past, whatever the
    clause tells ("will make his first visit since August", "has grown since January")."""
    if _since(text, atom, lang):
        return -1
    tense = tense_of(text, atom, lang)
    if tense or atom.kind != "weekday":
        return tense
    sentence = _SENTENCE_END.split(text[max(0, atom.start - _BACK) : atom.start])[-1]
    clauses = CLAUSE_END.split(sentence)
    if _participle_clause(lang).match(clauses[-1]) and len(clauses) > 1:
        return max(0, marked_tense(clauses[-2], lang))
    return int(
        _present_condition(text, atom, clauses[-1], lang)
        or _relative_present(text, atom, clauses[-1], lang)
        or _period_start(text, atom, clauses[-1], lang)
    )


def _since(text: str, atom: Atom, lang: str) -> bool:
    """A "since" before the date, in its clause: right before it ("since August", the
    open range's signal), or before a noun phrase that the date is in, no verb between
    ("the largest fall since the May curbs", "has refused since its historic win in the
    January polls"; not "since the talks will resume in May", "Since he left in May")."""
    found = _since_past(lang).search(text, max(0, atom.start - _SINCE_BACK), atom.start)
    if atom.link == "ON_OR_AFTER" and found is not None:
        return True
    clause = CLAUSE_END.split(text[max(0, atom.start - _BACK) : atom.start])[-1]
    led = _since_phrase(lang).search(clause)
    return led is not None and not has_marker(led.group(), lang)


def _period_start(text: str, atom: Atom, clause: str, lang: str) -> bool:
    """The weekday starts a period ("beginning Tuesday", "starting Thursday") in a clause
    with no past, nor a past in the rest of its sentence: "Baker launches an initiative
    beginning Tuesday"; not "the strike starting Monday paralysed the city"."""
    if _period_starts(lang).search(clause) is None:
        return False  # the rest of the sentence: "Starting on Saturday, toys have opened"
    after = _SENTENCE_END.split(text[atom.end : atom.end + _BACK])[0]
    return not has_past(clause, lang) and not has_past(after, lang)


def _relative_present(text: str, atom: Atom, clause: str, lang: str) -> bool:
    """``clause`` (up to the weekday) has a relative clause whose verb is a present, and
    no verb in the past there or after the weekday: "the summit, which holds its inaugural
    gathering Wednesday", "Juventus who entertain Cagliari on Sunday"; not "the team who
    beat Gamba on Saturday" (a past of that form) nor "who hosted"."""
    found = _last(_relative(lang), clause)
    if found is None:
        return False
    after = CLAUSE_END.split(text[atom.end : atom.end + _BACK])[0]
    return not has_past(clause[found.start() :], lang) and not has_past(after, lang)


def _present_condition(text: str, atom: Atom, clause: str, lang: str) -> bool:
    """``clause`` (up to the weekday) has a condition whose verb is no past, there or
    after the weekday up to the clause's end: "unless the governor intervenes before"."""
    found = _last(_conditions(lang), clause)
    if found is None:
        return False
    after = CLAUSE_END.split(text[atom.end : atom.end + _BACK])[0]
    return not has_past(clause[found.end() :], lang) and not has_past(after, lang)


def _last(pattern: re.Pattern[str], clause: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``clause``: the one nearest the weekday."""
    found = None
    for found in pattern.finditer(clause):  # noqa: B007 - the last one is wanted
        pass
    return found


@cache
def _participle_clause(lang: str) -> re.Pattern[str]:
    """A clause opening on a participle, after a link word or none: "saying", "before
    leaving"; not on a preposition of that ending ("during", "according to")."""
    lex = lexicon(lang)
    if not lex.participle_clause_endings:
        return _NEVER
    links = f"(?:{alt(lex.participle_clause_links)}\\s+)?" if lex.participle_clause_links else ""
    skipped = f"(?!{alt(lex.not_participle_clauses)}(?!\\w))" if lex.not_participle_clauses else ""
    ending = alt(lex.participle_clause_endings)
    return re.compile(f"\\s*{links}{skipped}[^\\W\\d_]{{2,}}{ending}(?!\\w)")


@cache
def _conditions(lang: str) -> re.Pattern[str]:
    """The conjunctions of a condition whose present tells the future: "if", "unless"."""
    return _words(lexicon(lang).present_conditions, "(?!\\w)")


@cache
def _relative(lang: str) -> re.Pattern[str]:
    """A relative pronoun and the present verb after it: "which holds", "who entertain";
    not a verb whose past has that form ("who beat", "which hit", "who hardly upset"), nor
    a perfect ("who have been trying")."""
    lex = lexicon(lang)
    if not lex.relative_pronouns:
        return _NEVER
    pasts = alt((*lex.bare_pasts, *lex.perfect))  # "who have been trying": a perfect
    return re.compile(
        f"(?<!\\w){alt(lex.relative_pronouns)}\\s+(?:[a-z]+ly\\s+)?+(?!{pasts}(?!\\w))"
        "(?-i:[a-z]{3,})(?!\\w)",
        re.IGNORECASE,
    )


@cache
def _since_past(lang: str) -> re.Pattern[str]:
    """The words of a start already past before a date: "since", "depuis", "seit"; not
    those of a start that may be ahead ("à partir de", "ab")."""
    return _words(lexicon(lang).since_past, "(?!\\w)")


@cache
def _since_phrase(lang: str) -> re.Pattern[str]:
    """'since' and the few words of a noun phrase up to the date: 'since its historic win
    in the '."""
    return _words(
        lexicon(lang).since_past, f"\\s+(?:[^\\W\\d_][\\w'\u2019-]*\\s+){{0,{_SINCE_WORDS}}}$"
    )


@cache
def _period_starts(lang: str) -> re.Pattern[str]:
    """The words of a period's start right before a weekday: "beginning", "starting"."""
    return _words(lexicon(lang).period_starts, "\\s+(?:on\\s+)?$")


def _words(words: Iterable[str], after: str) -> re.Pattern[str]:
    """One of ``words``, whole, then ``after``; a pattern that never matches without words."""
    words = tuple(words)
    return re.compile(f"(?<!\\w){alt(words)}{after}", re.IGNORECASE) if words else _NEVER
