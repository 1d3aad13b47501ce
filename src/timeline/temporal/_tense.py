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

from timeline.temporal._atoms import Atom
from timeline.temporal._dispatch import has_exotic_case
from timeline.temporal._regex import ascii_only
from timeline.temporal._sentence_rest import rest_of_sentence
from timeline.temporal._tense_words import Final, Words, tense_words

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
    words = tense_words(lang)
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
    return _opening(text, atom, after, lang) if opening else 0


def _opening(text: str, atom: Atom, after: str, lang: str) -> int:
    """The tense of the verb after a date opening its sentence, however far in the
    sentence ("In January, a week after ..., a bombing in Birmingham, Ala., killed")."""
    words = tense_words(lang)
    if atom.kind in ("date", "holiday"):
        return _marked(rest_of_sentence(text, atom.end, lang), words)
    if words.final is not None:
        return _marked(after, words)
    return _opening_weekday(after, words) if atom.kind == "weekday" else 0


def _event_named(text: str, atom: Atom, window: str, words: Words) -> int | None:
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


def _opening_weekday(after: str, words: Words) -> int:
    """The tense of the verb after a weekday opening its sentence: a past, or a future
    told as such ("On Monday, Cohen will fly on"); not a plan verb in the past ("On
    Friday, the government planned to pay": the plan's day, last Friday)."""
    found = words.markers.search(after)
    if found is not None and found.lastgroup == "future" and words.plan_past.search(found[0]):
        return 0
    return _marked(after, words)


_NEXT_WORD = re.compile(r"\s+(?:[^\W\d_]+ly\s+)?(?=[^\W\d_])")


def _own_verb(text: str, end: int, words: Words) -> int:
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


def _verb_final(tense: int, window: str, ahead: str, final: Final) -> int:
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


def _deadline(clause: str, after: str, words: Words) -> int:
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


def _planned(clause: str, words: Words, *, weekday: bool) -> bool:
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


def _intended(clause: str, infinitive: re.Match[str], words: Words, *, weekday: bool) -> bool:
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
    return _marked(text, tense_words(lang), last=True)


def has_marker(text: str, lang: str) -> bool:
    """A tense word anywhere in ``text``: a future marker, a present, a verb in the past."""
    return tense_words(lang).markers.search(text) is not None


def has_past(text: str, lang: str) -> bool:
    """A verb in the past anywhere in ``text`` ("was", "changed"), not a word of that form
    qualifying a noun ("the disputed territory") nor a participle ("to be named")."""
    words = tense_words(lang)
    return any(
        _marked(text[: found.end()], words, last=True) < 0
        for found in words.markers.finditer(text)
        if found.lastgroup in ("said", "past")
    )


def _last_present(text: str, words: Words) -> bool:
    """The last marked verb of ``text`` is a modal or a present: "is", "must"."""
    marked = [marker.lastgroup for marker in words.markers.finditer(text)]
    return bool(marked) and marked[-1] == "present"


def _has_present(text: str, words: Words) -> bool:
    """A modal or a present in ``text``: "must", "is"."""
    return any(m.lastgroup == "present" for m in words.markers.finditer(text))


def _marked(text: str, words: Words, *, last: bool = False) -> int:
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


# A clause opens: not at the comma closing a name after an abbreviation ("in Birmingham,
# Ala., killed": the verb after the place)
_CLAUSE_OPENING = re.compile(r"(?:^|(?<![^\W\d_]\.),|[;:(])\s*$")


def _adjective(before: str, words: Words, *, last: bool) -> bool:
    """An '-ed' word after a determiner ("the revised plan", "the company's unleaded fuel")
    qualifies a noun; so does one opening the clause after an opening date ("Beginning July
    1, unleaded petrol will be..."), where a verb would want its subject first."""
    if words.adjective_lead.pattern.pattern == _NEVER:  # no such words: verbs come first (Spanish)
        return False
    if words.adjective_lead.search(before):
        return True
    return not last and _CLAUSE_OPENING.search(before) is not None


def _past_after_future(marker: re.Match[str], text: str, future_end: int, words: Words) -> bool:
    """A verb in the past after a future marker tells the date's own clause ("planning said
    that the building had collapsed on Tuesday", "will meet the man who was elected on
    Tuesday"); not a participle ("will be named"), nor the past of a condition ("would be
    plunged into a crisis if the budget was not passed before May 14")."""
    if marker.lastgroup != "said":
        return False
    return words.condition.search(text, future_end, marker.start()) is None
