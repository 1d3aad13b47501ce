"""The tense words of a language, compiled once: future markers, past and present verbs,
the words before a participle that is no past, deadline words... (``_tense`` reads a
clause's tense with them)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.temporal._endings import Ending, last_words
from timeline.temporal._lexicon import FULL_LANGUAGES, Lexicon, lexicon
from timeline.temporal._patterns import alt
from timeline.temporal._regex import compile_lower

_NEVER = "(?!x)x"
_ADVERB = r"(?:[^\W\d_]+ly\s+)?"  # "had been initially scheduled for"


@dataclass(frozen=True)
class Words:
    """A language's tense words, compiled once."""

    markers: re.Pattern[str]  # groups "future", "present", "said" (listed), "past" ("-ed")
    lower_markers: re.Pattern[str] | None  # the same, for lower-cased text (faster)
    ascii_markers: re.Pattern[str] | None  # the same, for lower-cased ascii_only text
    no_past: Ending  # ends a text before a participle that is no past
    pluperfect: Ending  # ends a text before a future told from the past
    unreal: re.Pattern[str]  # a future marker that tells a past: "would have"
    plan_past: re.Pattern[str]  # a future marker that is a verb in the past: "planned"
    habitual: Ending  # ends a text before a present of habit: "often (travels)"
    infinitive: re.Pattern[str]  # "to admit": the verb that carries the date
    attributive: Ending  # ends a text before a date naming an event: "the"
    deadline: Ending  # ends a text before a deadline: "extended to"
    postponed: Ending  # ends a text before a new date: "postponed until"
    ahead: Ending  # ends a text before a deadline ahead: "until", "by"
    perfect: re.Pattern[str]  # an auxiliary of the perfect before its verb: "have been"
    final: Final | None  # the words that end a verb-final clause (German), if any
    condition: re.Pattern[str]  # "if", "unless": a past after it may tell no past
    adjective_lead: Ending  # ends a text before an "-ed" adjective: "the revised"
    opening_since: re.Pattern[str]  # a sentence's words before a date: "A partir del"
    to_verb: re.Pattern[str]  # an infinitive: "to meet", "to be held" (group "passive")
    intent: Ending  # ends a text before an infinitive still to come: "agreed"
    not_intent: Ending  # ends a text before a passive infinitive of no plan
    breaks: re.Pattern[str]  # between two infinitives, a new verb: "to meet but refused to"
    not_intent_phrase: re.Pattern[str]  # an intent word in another sense: "due to injuries"
    participle: re.Pattern[str]  # an irregular past participle: "begun", "taken"
    new_part: re.Pattern[str]  # ends a text with a new part of a clause: "and on"
    perfect_infinitive: re.Pattern[str]  # "have begun", "have been": a perfect infinitive
    unplanned: re.Pattern[str]  # after a date, an event none plans: " bomb blast"
    unplanned_of: re.Pattern[str]  # after a weekday, the same: "'s attack"
    event_past: re.Pattern[str]  # ends a text before a date of an event that took place


@dataclass(frozen=True)
class Final:
    """The last words of a verb-final clause that tell its tense (German)."""

    future: frozenset[str]  # "..., dass der Gipfel am Montag beginnen wird"
    past: frozenset[str]  # "..., der am Montag begonnen hat"
    planned: frozenset[str]  # "war für Februar geplant": the date is the one planned
    planned_for: Ending  # ends a text before the date a plan names: "für", "auf"
    story_future: frozenset[str]  # "..., die am 1. Januar in Kraft treten sollte": was to


# an event right after a date, maybe after a word or two: " killing", " bomb blast", " suicide
# car bombing"
_UNPLANNED = r"(?:\s+[^\W\d_][\w-]*){{0,2}}?\s+{events}(?!\w)"


@cache
def tense_words(lang: str) -> Words:
    """The tense words of ``lang``, compiled once."""
    lex = lexicon(lang)
    full = lang in FULL_LANGUAGES

    def before_end(phrases: tuple[str, ...]) -> Ending:
        """``phrases`` as the last words of a text."""
        pattern = f"(?<!\\w){alt(phrases)}\\s+$" if phrases else _NEVER
        return Ending.of(re.compile(pattern, re.IGNORECASE), last_words(phrases), space=True)

    def any_word(phrases: tuple[str, ...]) -> re.Pattern[str]:
        """Any of ``phrases`` as whole words."""
        return re.compile(f"(?<!\\w){alt(phrases)}(?!\\w)" if phrases else _NEVER, re.IGNORECASE)

    determiners = alt(lex.tense_determiners) if lex.tense_determiners else _NEVER
    markers = _markers(lang) if full else re.compile(_NEVER)
    return Words(
        markers=markers,
        lower_markers=compile_lower(markers.pattern, exact=True),
        ascii_markers=compile_lower(markers.pattern, exact=True, ascii=True),
        no_past=before_end(lex.participle_auxiliaries),
        pluperfect=_before_adverb(lex.pluperfect),
        habitual=before_end(lex.habitual_adverbs),
        plan_past=re.compile(
            f"{alt(lex.past_endings)}$" if lex.past_endings else _NEVER, re.IGNORECASE
        ),
        unreal=re.compile(f"{alt(lex.unreal)}(?!\\w)" if lex.unreal else _NEVER, re.IGNORECASE),
        infinitive=re.compile(
            f"(?<!\\w){alt(lex.infinitive)}\\s+(?!{determiners}(?!\\w))[a-zß-ÿ]+"
            if lex.infinitive
            else _NEVER
        ),
        attributive=_before_noun(lex.tense_determiners),  # "the June elections"
        deadline=before_end(lex.deadline_words),
        postponed=Ending.of(  # a few words may stand between: "postponed the vote until"
            re.compile(
                f"(?<!\\w){alt(lex.postponed)}(?:\\s+\\S+){{0,3}}?\\s+{alt(lex.postponed_to)}\\s+$"
                if lex.postponed and lex.postponed_to
                else _NEVER,
                re.IGNORECASE,
            ),
            last_words(lex.postponed_to),
            space=True,
        ),
        ahead=before_end(lex.deadline_ahead),
        perfect=re.compile(
            f"(?<!\\w){alt(lex.perfect)}\\s+{_ADVERB}[^\\W\\d_]+" if lex.perfect else _NEVER,
            re.IGNORECASE,
        ),
        final=_final(lang) if lex.final_future else None,
        adjective_lead=_before_noun(lex.adjective_leads),  # "the revised", "the company's"
        condition=any_word(lex.conditions),
        to_verb=re.compile(  # "to meet", "to be held"; not "to the", "to Paris"
            f"(?<!\\w){alt(lex.infinitive)}\\s+(?:(?P<passive>be)\\s+(?-i:[a-z]+)"
            f"|(?!{determiners}(?!\\w))(?P<verb>(?-i:[a-z]+)))(?!\\w)"
            if lex.infinitive and lex.intent_verbs
            else _NEVER,
            re.IGNORECASE,
        ),
        intent=_before_adverb(lex.intent_verbs),
        not_intent=before_end(lex.not_intent),
        not_intent_phrase=re.compile(  # "due to injuries": "because of"
            f"{alt(lex.not_future)}(?!\\w)" if lex.not_future else _NEVER, re.IGNORECASE
        ),
        participle=any_word(lex.participles),
        new_part=re.compile(
            f"(?<!\\w){alt(lex.infinitive_breaks)}\\s+[^\\W\\d_]+\\s+$"
            if lex.infinitive_breaks
            else _NEVER,
            re.IGNORECASE,
        ),
        perfect_infinitive=re.compile(
            f"{alt(lex.perfect)}\\s+{_ADVERB}(?:{alt(lex.past_markers)}"
            f"|[^\\W\\d_]+{alt(lex.participle_endings)})(?!\\w)"
            if lex.perfect and lex.participle_endings
            else _NEVER,
            re.IGNORECASE,
        ),
        breaks=any_word(lex.infinitive_breaks),
        unplanned=re.compile(_UNPLANNED.format(events=alt(lex.unplanned_events)), re.IGNORECASE),
        event_past=re.compile(
            f"(?<!\\w){alt(lex.event_past_verbs)}\\s+{determiners}\\s+$"
            if lex.event_past_verbs and lex.tense_determiners
            else _NEVER,
            re.IGNORECASE,
        ),
        unplanned_of=re.compile(
            f"['\u2019]s{_UNPLANNED.format(events=alt(lex.unplanned_events))}", re.IGNORECASE
        ),
        opening_since=re.compile(  # where the verb's ending tells its tense ("subirán")
            f"\\s*{alt(lex.since)}\\s+(?:{alt(lex.articles)}\\s+)?"
            if lex.since and lex.future_endings
            else _NEVER,
            re.IGNORECASE,
        ),
    )


def _before_adverb(phrases: tuple[str, ...]) -> Ending:
    """``phrases`` ending a text, maybe before an adverb: "had been (initially) "."""
    pattern = f"(?<!\\w){alt(phrases)}\\s+{_ADVERB}$" if phrases else _NEVER
    return Ending.of(re.compile(pattern, re.IGNORECASE), (*last_words(phrases), "ly"), space=True)


def _before_noun(determiners: tuple[str, ...]) -> Ending:
    """A determiner or a possessive ending a text: "the ", "the company's "."""
    pattern = f"(?:(?<!\\w){alt(determiners)}|\\w['\u2019]s)\\s+$" if determiners else _NEVER
    words = (*last_words(determiners), "'s")
    return Ending.of(re.compile(pattern, re.IGNORECASE), words, space=True)


def _final(lang: str) -> Final:
    lex = lexicon(lang)
    return Final(
        future=frozenset(lex.final_future),
        past=frozenset(lex.final_past),
        planned=frozenset(lex.final_planned),
        story_future=frozenset(lex.final_story_future),
        planned_for=Ending.of(
            re.compile(
                f"(?<!\\w){alt(lex.planned_for)}\\s+$" if lex.planned_for else _NEVER,
                re.IGNORECASE,
            ),
            last_words(lex.planned_for),
            space=True,
        ),
    )


def future_words(lang: str) -> str:
    """The future markers of ``lang`` as a pattern: words ("will", "va", "wird") and verbs
    whose ending is the future ("firmará", "signera"), not in their other senses ("next to")."""
    lex = lexicon(lang)
    not_future = f"(?!{alt(lex.not_future)}(?!\\w))" if lex.not_future else ""
    words = alt(lex.future_markers) if lex.future_markers else _NEVER
    if lex.future_endings:
        words = f"{words}|[^\\W\\d_]{{2,}}{alt(lex.future_endings)}"
    return f"{not_future}(?:{words})"


def _compound_past(lex: Lexicon) -> str:
    """Italian 'è arrivato', 'sono cresciute': 'be' and a participle (the verbs of motion and
    change take it); not 'sono chiamati alle urne', 'è fissato per' (what is to come)."""
    skipped = f"(?!{alt(lex.not_participles)})" if lex.not_participles else ""
    endings = alt(lex.compound_participle_endings)
    return f"{alt(lex.past_auxiliaries)}\\s+{skipped}[^\\W\\d_]{{2,}}{endings}"


def _markers(lang: str) -> re.Pattern[str]:
    """Future markers, present and past verbs as the groups ``future``, ``present``, ``past``.

    Case-insensitive: "Please", "Let's" open a sentence; a capital within it is a name
    ("the Family Planning Committee"), which _marked skips.
    """
    lex = lexicon(lang)
    not_past = f"(?!{alt(lex.not_past)}(?![\\w-]))" if lex.not_past else ""
    endings = alt(lex.past_endings) if lex.past_endings else _NEVER
    regular = f"[^\\W\\d_]{{2,}}[^\\W\\de_]{endings}"  # "changed", not "need", "proceed"
    present = alt(lex.present_markers) if lex.present_markers else _NEVER
    past = alt(lex.past_markers) if lex.past_markers else _NEVER
    if not lex.past_markers:
        regular = _NEVER
    if lex.past_auxiliaries:
        past = f"{past}|{_compound_past(lex)}"
    return re.compile(
        f"(?<![\\w-])(?:(?P<future>{future_words(lang)})(?!\\w)"
        f"|(?P<present>{present})(?![\\w-])"
        f"|{not_past}(?:(?P<said>{past})|(?P<past>{regular}))(?![\\w-]))",
        re.IGNORECASE,
    )
