"""The tense of the clause around a date: whether it tells the past or the future.

A weekday, a month or a day written without its year is placed by it ("will
meet Friday" is the coming Friday, "changed ... in December" last December).
The words come from the language's lexicon: future markers ("will", "va",
"wird"), verbs in the past ("was", "said", regular "-ed"), the auxiliaries
before a participle that is no past ("to be completed"), deadline words
("extended to"). Languages without past markers get the future markers only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.temporal._atoms import Atom
from timeline.temporal._dispatch import has_exotic_case
from timeline.temporal._endings import Ending, last_words
from timeline.temporal._lexicon import FULL_LANGUAGES, Lexicon, lexicon
from timeline.temporal._patterns import alt
from timeline.temporal._regex import ascii_only, compile_lower

CLAUSE_BACK = 60  # how far back the clause of a date is looked for ("in two weeks")
_TENSE_BACK = 120  # how far back its verb is: "will be named commander of ... in December"
# Where a clause ends, looking back from a date; not the full stop of an initial ("P. Smith")
# nor the point or comma of a number ("9.5", "100,000"). Each of these patterns starts with
# a character class: re skips to the next character of it in a tight loop (a pattern that
# starts otherwise, "(?<!...)[.!?]|,|...", is entered at every position of the text).
CLAUSE_END = re.compile(r"[.!?,;\n\"](?:(?<=[;\n\"])|(?!\d)(?<!\b[A-Z][.!?]))")
_SENTENCE_END = re.compile(r"[.!?;\n]")
_QUOTE_OR_END = re.compile(r"[.!?;\n\"\u201c\u201d'`](?:(?<=[^'`])|(?<=')'|(?<=`)`)")  # '' ``
_NEVER = "(?!x)x"
_OPENING = 3  # words of a clause before a deadline that opens it: "But by Monday, officials..."
_HEAD = 30  # how far before a marker its auxiliary is looked for: "had been initially"
_ADVERB = r"(?:[^\W\d_]+ly\s+)?"  # "had been initially scheduled for"


@dataclass(frozen=True)
class _Words:
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
    final: _Final | None  # the words that end a verb-final clause (German), if any
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
class _Final:
    """The last words of a verb-final clause that tell its tense (German)."""

    future: frozenset[str]  # "..., dass der Gipfel am Montag beginnen wird"
    past: frozenset[str]  # "..., der am Montag begonnen hat"
    planned: frozenset[str]  # "war für Februar geplant": the date is the one planned
    planned_for: Ending  # ends a text before the date a plan names: "für", "auf"
    story_future: frozenset[str]  # "..., die am 1. Januar in Kraft treten sollte": was to


STORY_FUTURE = 2  # the future of a story told in the past ("sollte"): ahead in a history only


def tense_of(text: str, atom: Atom, lang: str) -> int:
    """The tense of the clause that holds ``atom``: 1 future, -1 past, 0 unmarked,
    ``STORY_FUTURE`` for a future told from the past (German "sollte" ending the clause).

    A future marker in the clause before it wins ("said it will meet in January"),
    unless told from the past ("had been due to expire Friday"); else a verb in
    the past there ("changed ... in December"), unless an infinitive follows it
    ("decided to admit them in March"). A month or day opening its sentence takes
    the tense of the first marked verb after it ("In January, the company brought
    in..."; a German weekday too, "Am Montag wird..."). A weekday after a present or a
    modal is ahead ("The deadline is Friday"); a marked verb right after a weekday is its
    own ("Guo Jingjing on Tuesday became"). An infinitive still to come carries the date
    (:func:`_planned`: "agreed to hold talks Friday"). A verb-final clause (German) is
    told by its last words too (:func:`_verb_final`).
    """
    words = _words(lang)
    # "Guo Jingjing on Tuesday became", "and on Monday criticised": the verb after is its own
    own = _own_verb(text, atom.end, words) if atom.kind == "weekday" else 0
    before = text[max(0, atom.start - _TENSE_BACK) : atom.start]
    window = last_clause(before)
    after = _up_to(_QUOTE_OR_END, text[atom.end : atom.end + CLAUSE_BACK])
    # "the vote was postponed until Tuesday": put off to a day ahead
    tense = own or (1 if words.postponed.search(window) else _marked(window, words, last=True))
    if words.final is not None:
        tense = _verb_final(tense, window, text[atom.end : atom.end + CLAUSE_BACK], words.final)
    if tense < 0 and words.deadline.search(window):
        return 0  # "was extended to Nov. 16"
    named = _event_named(text, atom, window, words)
    if named is not None:
        return named
    if tense == 0 and _planned(window, words, weekday=atom.kind == "weekday"):
        tense = 1  # "threatening to cut supplies Monday", "an interview to be broadcast Monday"
    near = window[-CLAUSE_BACK:]  # a present is a weaker sign: near the weekday only
    if tense or (atom.kind == "weekday" and _last_present(near, words)):
        return tense or 1  # a present: "The deadline is Friday" is the coming one
    if words.ahead.search(window):
        return _deadline(window, after, words)
    told = _SENTENCE_END.split(before)[-1]
    # "A partir del 1 de enero, los precios subirán": a start word opening the sentence too
    opening = len(told.split()) <= 1 or words.opening_since.fullmatch(told) is not None
    # "Mardi Gras parades will fill the streets": the verb after an opening date; a weekday
    # too: "On Monday, Cohen will fly on", "Am Montag wird das Parlament abstimmen"
    if opening and (atom.kind in ("date", "holiday") or words.final is not None):
        return _marked(after, words)
    return _opening_weekday(after, words) if opening and atom.kind == "weekday" else 0


def _event_named(text: str, atom: Atom, window: str, words: _Words) -> int | None:
    """The tense of a date naming an event, None where it names none: unmarked for a date
    before its noun ("called for a boycott of the May 29 elections", "Canada's January 23
    vote": the nearest), past for an event none plans ("the Feb. 14 killing", "Tuesday's
    attack": it has happened) or one a past verb has for its object ("boycotted the
    January 30 election")."""
    if atom.kind == "date" and words.attributive.search(window):
        past = words.unplanned.match(text, atom.end) or words.event_past.search(window)
        return -1 if past else 0
    if atom.kind == "weekday" and words.unplanned_of.match(text, atom.end):
        return -1
    return None


def last_clause(text: str) -> str:
    """The end of ``text`` after its last clause end (all of it where it has none)."""
    return CLAUSE_END.split(text)[-1]


def _up_to(end: re.Pattern[str], text: str) -> str:
    """``text`` up to the first match of ``end`` (all of it where there is none)."""
    found = end.search(text)
    return text if found is None else text[: found.start()]


def _opening_weekday(after: str, words: _Words) -> int:
    """The tense of the verb after a weekday opening its sentence: a past, or a future
    told as such ("On Monday, Cohen will fly on"); not a plan verb in the past ("On
    Friday, the government planned to pay": the plan's day, last Friday)."""
    found = words.markers.search(after)
    if found is not None and found.lastgroup == "future" and words.plan_past.search(found[0]):
        return 0
    return _marked(after, words)


_NEXT_WORD = re.compile(r"\s+(?:[^\W\d_]+ly\s+)?(?=[^\W\d_])")


def _own_verb(text: str, end: int, words: _Words) -> int:
    """The tense of a verb right after a weekday, which news writes before its verb
    ("Guo Jingjing on Tuesday became", "most observers late Wednesday were predicting"):
    -1 for a past, 1 for a future marker, else 0 (a present, a noun, a name)."""
    gap = _NEXT_WORD.match(text, end)
    if gap is None or not text[gap.end()].islower():
        return 0
    verb = words.markers.match(text, gap.end())
    if verb is None or verb.lastgroup == "present":
        return 0
    return 1 if verb.lastgroup == "future" else -1


def _verb_final(tense: int, window: str, ahead: str, final: _Final) -> int:
    """The tense of a verb-final clause: its last words, after the date, tell it.

    A future auxiliary ending the clause makes it ahead ("..., dass der Gipfel am Montag
    beginnen wird"), and so does a plan's participle when the date is the one planned
    ("war für Februar geplant", "ist am Donnerstag angesetzt"; not "hat am Montag
    geplant", a plan made then); a past auxiliary places an unmarked clause in the past
    ("..., der am Montag begonnen hat"). A clause that does not end within reach keeps
    the tense told before the date.
    """
    parts = CLAUSE_END.split(ahead, maxsplit=1)
    if len(parts) == 1:
        return tense
    last = parts[0].lower().split()[-3:]
    if not last:
        return tense
    planned = any(word in final.planned for word in last)
    if last[-1] in final.future or (planned and (tense >= 0 or final.planned_for.search(window))):
        return 1
    if tense == 0 and last[-1] in final.story_future:
        return STORY_FUTURE
    return -1 if tense == 0 and last[-1] in final.past else tense


def _deadline(clause: str, after: str, words: _Words) -> int:
    """The tense of a clause whose date is a deadline ("until", "by"), itself unmarked.

    Ahead when a modal, a present or an infinitive tells what must happen by then
    ("might not be finalised until April", "to pay down the loan by February"), not
    a perfect ("have been admitted to hospitals by Thursday evening": what has
    happened by then); a deadline opening its clause takes the verb after it ("By
    Friday morning, police must charge...", "Up until Thursday, they had described...").
    """
    if len(clause.split()) <= _OPENING:
        tense = _marked(after, words)
        return tense if tense else int(_has_present(after, words))
    if words.infinitive.match(after.lstrip()):
        return 1  # "has given them until 9 a.m. Tuesday to sign": what is still to be done
    if words.perfect.search(clause):
        return 0
    return int(_has_present(clause, words) or words.infinitive.search(clause) is not None)


def _planned(clause: str, words: _Words, *, weekday: bool) -> bool:
    """The clause (before a date) ends in an infinitive still to come, which the date is
    of: after a verb of intent, plan or schedule ("agreed to meet", "vowed to return to
    power by"), or a passive one ("an interview to be broadcast", "a motion to be
    debated"); an infinitive after the object of such a one too ("is widely expected to
    ask Governor General Michaelle Jean to dissolve Parliament on"). Not after a verb whose
    infinitive happens with it ("refused to comment", "only to see it crack"), a report
    of a state ("was reported to be gravely ill"), a plan told from the past ("had been
    due to end"), a perfect infinitive ("was to have begun"), nor before a verb in the
    past ("voted to endorse it when it convened on", "to complete work begun in the prior
    space walk") or a new part of the clause ("want
    the truce to be extended and on Sunday"). A month or a day told after a verb of intent
    in the past is mostly that verb's ("OPEC decided to cut production in October"): only
    a weekday, which news writes right after its verb ("vowed Friday to..."), is the
    infinitive's there.
    """
    infinitives = list(words.to_verb.finditer(clause))
    if not infinitives:
        return False
    tail = clause[infinitives[-1].end() :]
    if _marked(tail, words, last=True) < 0 or words.new_part.search(tail):
        return False
    if words.participle.search(tail):
        return False  # "to complete work begun in the prior space walk Thursday"
    later = len(clause)
    for infinitive in reversed(infinitives):
        between = clause[infinitive.end() : later]
        if later < len(clause) and (words.markers.search(between) or words.breaks.search(between)):
            return False  # "agreed to meet but refused to comment": the last verb's own
        if _intended(clause, infinitive, words, weekday=weekday):
            return True
        later = infinitive.start()
    return False


def _intended(clause: str, infinitive: re.Match[str], words: _Words, *, weekday: bool) -> bool:
    """``infinitive`` tells what is still to come: a passive ("to be held"), not a report
    ("was said to be"); after a verb of intent ("vowed to"), not a plan told from the past
    ("had been due to"), nor a perfect ("was to have traveled")."""
    head = clause[: infinitive.start()]
    if infinitive["passive"]:
        return words.not_intent.search(head) is None
    intent = words.intent.search(head)
    if intent is None or words.pluperfect.search(head, 0, intent.start()):
        return False
    if words.not_intent_phrase.match(clause, intent.start()):
        return False  # "pulled out due to injuries on Monday": because of
    if not weekday and _marked(head, words, last=True) < 0:
        return False  # "decided to cut production in October": the decision's month
    return words.perfect_infinitive.match(clause, infinitive.start("verb")) is None


def marked_tense(text: str, lang: str) -> int:
    """The tense of the last marked verb of ``text`` in ``lang``: 1 future, -1 past, else 0."""
    return _marked(text, _words(lang), last=True)


def has_marker(text: str, lang: str) -> bool:
    """A tense word anywhere in ``text``: a future marker, a present, a verb in the past."""
    return _words(lang).markers.search(text) is not None


def has_past(text: str, lang: str) -> bool:
    """A verb in the past anywhere in ``text`` ("was", "changed"), not a word of that form
    qualifying a noun ("the disputed territory") nor a participle ("to be named")."""
    words = _words(lang)
    return any(
        _marked(text[: found.end()], words, last=True) < 0
        for found in words.markers.finditer(text)
        if found.lastgroup in ("said", "past")
    )


def _last_present(text: str, words: _Words) -> bool:
    """The last marked verb of ``text`` is a modal or a present: "is", "must"."""
    marked = [marker.lastgroup for marker in words.markers.finditer(text)]
    return bool(marked) and marked[-1] == "present"


def _has_present(text: str, words: _Words) -> bool:
    """A modal or a present in ``text``: "must", "is"."""
    return any(m.lastgroup == "present" for m in words.markers.finditer(text))


def _marked(text: str, words: _Words, *, last: bool = False) -> int:
    """The tense of the last (or first) marked verb of ``text``: 1 future, -1 past, else 0.

    A capital inside a clause starts a name ("the Family Planning Committee"), not in a
    text all in capitals ("TRIAL ADJOURNED UNTIL TUESDAY"): that is read in lower case.
    """
    found = 0
    lowered = text.lower()
    if text.isupper() and len(lowered) == len(text):
        text = lowered
    markers = words.ascii_markers if ascii_only(lowered) else words.lower_markers
    if markers is None or len(lowered) != len(text) or has_exotic_case(lowered):
        markers, lowered = words.markers, text
    future_end = 0
    for marker in markers.finditer(lowered):
        head = text[max(0, marker.start() - _HEAD) : marker.start()]  # the words just before
        if text[marker.start()].isupper() and text[: marker.start()].strip():  # "the Family..."
            continue
        if marker.lastgroup == "future" and words.unreal.match(text, marker.start()):
            found = -1  # "would have risen": a past that did not happen
        elif marker.lastgroup == "future":  # "had been scheduled for": told from the past
            habit = words.habitual.search(head)  # "often travels abroad": no plan
            found = 0 if words.pluperfect.search(head) or habit else 1
        elif marker.lastgroup == "present":  # "The reduced dividend is payable Jan. 2"
            found = max(found, 0)  # after a future, still ahead: "will decide if it is"
        elif words.no_past.search(head):  # "to be completed by Dec. 15": a passive, not the past
            continue
        elif marker.lastgroup == "past" and _adjective(text[: marker.start()], words, last=last):
            continue  # "the revised plan", "Beginning July 1, unleaded petrol will..."
        elif found <= 0 or _past_after_future(marker, text, future_end, words):
            found = 0 if words.infinitive.search(text, marker.end()) else -1
        if found > 0 and marker.lastgroup == "future":
            future_end = marker.end()
        if not last:
            return found
    return found


_CLAUSE_OPENING = re.compile(r"(?:^|[,;:(])\s*$")


def _adjective(before: str, words: _Words, *, last: bool) -> bool:
    """An '-ed' word after a determiner ("the revised plan", "the company's unleaded fuel")
    qualifies a noun; so does one opening the clause after an opening date ("Beginning July
    1, unleaded petrol will be..."), where a verb would want its subject first."""
    if words.adjective_lead.pattern.pattern == _NEVER:  # no such words: verbs come first (Spanish)
        return False
    if words.adjective_lead.search(before):
        return True
    return not last and _CLAUSE_OPENING.search(before) is not None


def _past_after_future(marker: re.Match[str], text: str, future_end: int, words: _Words) -> bool:
    """A verb in the past after a future marker tells the date's own clause ("planning said
    that the building had collapsed on Tuesday", "will meet the man who was elected on
    Tuesday"); not a participle ("will be named"), nor the past of a condition ("would be
    plunged into a crisis if the budget was not passed before May 14")."""
    if marker.lastgroup != "said":
        return False
    return words.condition.search(text, future_end, marker.start()) is None


# an event right after a date, maybe after a word or two: " killing", " bomb blast", " suicide
# car bombing"
_UNPLANNED = r"(?:\s+[^\W\d_][\w-]*){{0,2}}?\s+{events}(?!\w)"


@cache
def _words(lang: str) -> _Words:
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
    return _Words(
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


def _final(lang: str) -> _Final:
    lex = lexicon(lang)
    return _Final(
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
