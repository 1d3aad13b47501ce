"""Turn a document into a Timeline of dated events.

The document is read once: sentences, dates (``find_dates`` over the whole
text, so anaphoric dates can lean on earlier ones), names (one gazetteer
pass) and people. Each dated clause gives an event; an undated phrase that
the text places before or after a dated event ("après une opération
militaire", "after the attack") gives an event with an open interval and an
inferred resolution.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import NamedTuple

from timeline.errors import InvalidValueError
from timeline.extract import clauses
from timeline.extract._text import fold, marks
from timeline.extract.actors import Cast, cast_of
from timeline.extract.gazetteer import LANGS
from timeline.extract.kinds import Trigger, iter_triggers
from timeline.extract.sentences import split_sentences
from timeline.extract.status import status_of
from timeline.lang import detect_any, detect_language, known_languages, language_code
from timeline.models import (
    Actor,
    DateMention,
    Event,
    EventKind,
    Precision,
    Resolution,
    Source,
    TimeSpan,
    TimexType,
)
from timeline.temporal import find_dates
from timeline.temporal.tagger import language_of
from timeline.timeline import Timeline

__all__ = ["extract"]

_BASE_CONFIDENCE = {
    Resolution.ABSOLUTE: 0.9,
    Resolution.REFERENCE: 0.75,
    Resolution.ANAPHORIC: 0.65,
    Resolution.INFERRED: 0.4,
}
_MIN_WORDS = 2  # a clause needs this many words besides its date (skips datelines)
_ANCHOR_REACH = 2  # an order phrase may lean on a date this many sentences back
# a word; in Chinese and Japanese, written without spaces, each character counts as one
_WORD = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|[^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+"
)
# An article before the second of two joined actors: "o Brasil e a Argentina", "y la UE"
_ARTICLE = re.compile(
    r"(?:the|a|o|os|as|el|la|los|las|le|les|il|lo|gli|die|der|das|den)\s+|l['\u2019]",
    re.IGNORECASE,
)
_CLOSING = " \"'\u00bb\u201d\u2019)"
_SURROGATE = re.compile("[\ud800-\udfff]")
_APPOSITION = re.compile(r"\s*[,(]\s*")  # "Yesterday, January 14", "hier (14 janvier)"


@dataclass(frozen=True)
class _Doc:
    """Everything read once from the document; its names when an event first needs them."""

    text: str
    marks: str
    folded: str
    lang: str  # the document's language: its dates are read in it
    published: date | None
    document: str
    url: str | None

    @property
    def rules(self) -> str:
        """The language of the event words (triggers, clauses, names): the document's, or
        English's for a language outside the six, whose dated events then stand by their
        written dates alone (kind OTHER)."""
        return self.lang if self.lang in LANGS else "en"

    @cached_property
    def cast(self) -> Cast:
        """The actors and places of the whole document (one pass per pattern)."""
        return cast_of(self.text, self.folded, self.rules)

    def keeps_break(self, cut: re.Match[str]) -> bool:
        """Whether a clause break stands: a relative one (", who") only after an actor, and
        a bare conjunction not between two actors ("Rusia y Cuba", "Russian and Cuban")."""
        word = cut.group().strip()
        if word == ",":
            return self.cast.antecedent(cut.end()) is not None
        if word.isalpha():
            article = _ARTICLE.match(self.marks, cut.end())
            second = article.end() if article else cut.end()
            return not (self.cast.antecedent(cut.start()) and self.cast.actor_at(second))
        return True


class _Anchor(NamedTuple):
    """The latest dated event: order phrases are placed relative to it."""

    when: TimeSpan
    sentence: int


def extract(
    text: str,
    *,
    published: date | datetime | str | None = None,
    lang: str | None = None,
    source: str | None = None,
) -> Timeline:
    """The dated events of a document, as a :class:`Timeline`.

    ``published`` is the document date (the reference for relative dates; a
    date, datetime or ISO string), ``lang`` its language (en, fr, es, de, it,
    pt; detected when None), ``source`` its id or URL (a content hash when
    None).
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    text = _SURROGATE.sub("\ufffd", text)  # undecodable bytes: same length, valid UTF-8
    doc = _read(text, _as_date(published), _language(text, lang), source)
    mentions = [m for m in find_dates(text, reference=doc.published, lang=doc.lang) if _usable(m)]
    if not mentions:
        return Timeline()  # no date, no event: names and sentences are not needed
    return Timeline(_events(doc, split_sentences(text), mentions))


def _read(text: str, published: date | None, lang: str, source: str | None) -> _Doc:
    folded = fold(text)
    document = source or "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    url = source if source and "://" in source else None
    return _Doc(text, marks(text), folded, lang, published, document, url)


def _events(
    doc: _Doc, sentences: list[tuple[int, int]], mentions: list[DateMention]
) -> list[Event]:
    starts = [m.start for m in mentions]
    events: list[Event] = []
    anchor: _Anchor | None = None
    for index, sentence in enumerate(sentences):
        inside = mentions[bisect_left(starts, sentence[0]) : bisect_left(starts, sentence[1])]
        near = anchor is not None and index - anchor.sentence <= _ANCHOR_REACH
        phrases = _order_phrases(doc, sentence, inside) if inside or near else []
        inside = [m for m in inside if not any(p.cue_start <= m.start < p.start for p in phrases)]
        if inside:
            dated = _dated_events(doc, sentence, inside, phrases)
            events.extend(dated)
            when = dated[0].when if dated else inside[0].span  # the sentence's date all the same
            if when is not None:
                anchor = _Anchor(when, index)
        if anchor is not None and index - anchor.sentence <= _ANCHOR_REACH:
            events.extend(_inferred_events(doc, sentence, phrases, anchor.when))
    return events


def _order_phrases(
    doc: _Doc, sentence: tuple[int, int], mentions: Sequence[DateMention]
) -> list[clauses.OrderPhrase]:
    """Order phrases naming an event (a trigger inside) and holding no date of their own."""
    found = []
    for phrase in clauses.order_phrases(doc.marks, doc.rules, sentence):
        if any(phrase.start <= m.start < phrase.end for m in mentions):
            continue  # "after 3 March" is a date, not an event
        if next(iter_triggers(doc.marks, doc.rules, phrase.start, phrase.end), None):
            found.append(phrase)
    return found


def _dated_events(
    doc: _Doc,
    sentence: tuple[int, int],
    mentions: Sequence[DateMention],
    phrases: Sequence[clauses.OrderPhrase],
) -> list[Event]:
    if doc.text[sentence[0] : sentence[1]].rstrip(_CLOSING).endswith("?"):
        return []  # a question states no event
    groups = clauses.group_mentions(doc.marks, mentions)
    events: list[Event] = []
    split = clauses.split_clauses(doc.marks, doc.rules, sentence, groups, keep=doc.keeps_break)
    for clause, clause_groups in split:
        group = [mention for found in clause_groups for mention in found]
        if _word_count(doc.folded, clause, group) < _MIN_WORDS:
            continue
        holes = [(p.cue_start, p.end) for p in phrases if clause[0] <= p.cue_start < clause[1]]
        dateline = clauses.dateline_end(doc.marks, *clause)
        dated = clause_groups
        if dateline is not None:
            holes.append((clause[0], dateline))
            dated = _past_dateline(clause_groups, dateline)
        inherited = events[-1].actors if events else ()
        event = _dated_event(doc, sentence, clause, dated, holes=holes, inherited=inherited)
        if event is not None:
            events.append(event)
    return events


def _past_dateline(groups: list[list[DateMention]], end: int) -> list[list[DateMention]]:
    """The date groups of a clause without the dates of its wire dateline (ending at ``end``).

    "WASHINGTON, Jan. 4, 2026 - ... captured Maduro on Saturday": the dateline
    dates the report, not the event; it dates the event only when the clause
    has no other date.
    """
    later = [[m for m in group if m.start >= end] for group in groups]
    return [group for group in later if group] or groups


def _stands(trigger: Trigger | None, mention: DateMention) -> bool:
    """An event needs a full written date or a word that names what happened.

    "La Russie semble aujourd'hui incapable..." has a date ("aujourd'hui",
    nowadays) but states no event: relative dates count only with a trigger.
    """
    kind = trigger.kind if trigger else EventKind.OTHER
    return kind is not EventKind.OTHER or mention.resolution is Resolution.ABSOLUTE


def _dated_event(
    doc: _Doc,
    sentence: tuple[int, int],
    clause: tuple[int, int],
    groups: list[list[DateMention]],
    *,
    holes: list[tuple[int, int]],
    inherited: tuple[Actor, ...],
) -> Event | None:
    """The event of one dated clause, dated by its first date group outside brackets (its
    written date where a relative one tells the same day, see ``_dating``); a clause
    without actors ("and then they withdrew") keeps the previous clause's.
    None when the clause states no event (see ``_stands``): it is not built."""
    dating = _dating(doc.marks, _past_asides(doc.marks, clause[0], groups))
    when = _span_of(dating)
    group = [mention for found in groups for mention in found]
    body = clauses.body_of(doc.marks, doc.rules, clause, group)
    trigger = _first_trigger(doc, body, holes) or _first_trigger(doc, clause, holes)
    if not _stands(trigger, dating[0]):
        return None
    resolution = dating[0].resolution
    evidence = _source(doc, sentence, dating[0].text, resolution)
    title = clauses.make_title(doc.text, doc.marks, doc.rules, body, group, holes=holes)
    title, antecedent = _of_antecedent(doc, clause, title)
    return _event(
        doc,
        when=when,
        title=title,
        clause=clause,
        holes=holes,
        trigger=trigger,
        evidence=evidence,
        resolution=resolution,
        inherited=inherited,
        antecedent=antecedent,
    )


def _of_antecedent(doc: _Doc, clause: tuple[int, int], title: str) -> tuple[str, Actor | None]:
    """A clause opened by a relative pronoun after an actor ("Maduro, who was captured")
    is about that actor: its name replaces the pronoun in the title, and it is an actor."""
    relative = clauses.patterns(doc.rules).relative.match(doc.marks, clause[0])
    found = doc.cast.antecedent(clause[0]) if relative else None
    if relative is None or found is None:
        return title, None
    start, end, actor = found
    pronoun = len(relative.group())
    if title[:pronoun].lower() == relative.group().lower():
        title = doc.text[start:end] + title[pronoun:]
    return title, actor


def _inferred_events(
    doc: _Doc, sentence: tuple[int, int], phrases: Sequence[clauses.OrderPhrase], anchor: TimeSpan
) -> list[Event]:
    """At most one event per sentence from its first order phrase."""
    for phrase in phrases:
        when = _open_span(anchor, earlier=phrase.earlier)
        if when is None:
            continue
        span = (phrase.start, phrase.end)
        trigger = _first_trigger(doc, span, [])
        evidence = _source(doc, sentence, None, Resolution.INFERRED)
        title = clauses.shorten(doc.text[phrase.start : phrase.end])
        event = _event(
            doc,
            when=when,
            title=title,
            clause=span,
            holes=[],
            trigger=trigger,
            evidence=evidence,
            resolution=Resolution.INFERRED,
        )
        return [event]
    return []


def _event(
    doc: _Doc,
    *,
    when: TimeSpan,
    title: str,
    clause: tuple[int, int],
    holes: list[tuple[int, int]],
    trigger: Trigger | None,
    evidence: Source,
    resolution: Resolution,
    inherited: tuple[Actor, ...] = (),
    antecedent: Actor | None = None,
) -> Event:
    actors, places = doc.cast.within(clause, holes)
    actors = actors or inherited
    if antecedent is not None and antecedent.code not in {actor.code for actor in actors}:
        actors = (*actors, antecedent)
    day = when.end if when.start is None else when.start
    status = status_of(
        doc.marks,
        doc.rules,
        clause,
        (trigger.start, trigger.end) if trigger else None,
        when=day,
        published=doc.published,
    )
    return Event(
        when=when,
        title=title,
        summary=evidence.quote,
        kind=trigger.kind if trigger else EventKind.OTHER,
        actors=actors,
        places=places,
        sources=(evidence,),
        confidence=_confidence(when, resolution, trigger, has_actors=bool(actors)),
        status=status,
    )


def _first_trigger(
    doc: _Doc, clause: tuple[int, int], holes: list[tuple[int, int]]
) -> Trigger | None:
    triggers = iter_triggers(doc.marks, doc.rules, *clause)
    return next((t for t in triggers if not any(a <= t.start < b for a, b in holes)), None)


def _source(
    doc: _Doc, sentence: tuple[int, int], date_text: str | None, resolution: Resolution
) -> Source:
    return Source(
        document=doc.document,
        url=doc.url,
        published=doc.published,
        lang=doc.lang,
        quote=doc.text[sentence[0] : sentence[1]],
        start=sentence[0],
        end=sentence[1],
        date_text=date_text,
        resolution=resolution,
    )


def _confidence(
    when: TimeSpan, resolution: Resolution, trigger: Trigger | None, *, has_actors: bool
) -> float:
    score = _BASE_CONFIDENCE.get(resolution, 0.6)
    if resolution is Resolution.ABSOLUTE and when.precision.rank > Precision.DAY.rank:
        score -= 0.1
    if trigger is None:
        score *= 0.75
    if not has_actors:
        score *= 0.9
    return round(score, 2)


def _past_asides(
    marks: str, start: int, groups: list[list[DateMention]]
) -> list[list[DateMention]]:
    """The date groups of a clause from the first one outside brackets: "The army (which
    had left in 2014) attacked the town on 3 March 2026" is dated by 3 March; all of them
    when every one is in brackets."""
    for index, group in enumerate(groups):
        before = marks[start : group[0].start]
        if before.count("(") <= before.count(")"):
            return groups[index:]
    return groups


def _dating(marks: str, groups: list[list[DateMention]]) -> list[DateMention]:
    """The mentions that date a clause: its first group, or the written dates of it where a
    relative one leads ("Yesterday, January 14, 2026, ...": the same day told twice, the
    written one exact); a written date in apposition to a relative first group (after a
    comma or a bracket) stands for it, even where the two do not agree (without a document
    date, "Yesterday" is inferred from the written date, so a day before it)."""
    first = groups[0]
    if first[0].resolution is Resolution.ABSOLUTE:
        return first
    written = [mention for mention in first if mention.resolution is Resolution.ABSOLUTE]
    if written:
        return written
    second = groups[1] if len(groups) > 1 else None
    if second is None or second[0].resolution is not Resolution.ABSOLUTE:
        return first
    return second if _APPOSITION.fullmatch(marks, first[-1].end, second[0].start) else first


def _span_of(group: list[DateMention]) -> TimeSpan:
    """The group's date; a range "3 to 5 March" spans from the first to the last."""
    first, last = group[0].span, group[-1].span
    assert first is not None
    assert last is not None
    if last.start is None or first.start is None or last.start <= first.start:
        return first
    if first.precision is not last.precision or first.precision is Precision.TIME:
        return first
    return TimeSpan(start=first.start, end=last.end, precision=first.precision)


def _open_span(anchor: TimeSpan, *, earlier: bool) -> TimeSpan | None:
    """'../anchor' for an event before it, 'anchor/..' for one after it."""
    if anchor.precision is Precision.TIME:
        anchor = TimeSpan.of(anchor.start or anchor.end or date.min)
    if earlier:
        return None if anchor.end is None else anchor.model_copy(update={"start": None})
    return None if anchor.start is None else anchor.model_copy(update={"end": None})


def _usable(mention: DateMention) -> bool:
    if mention.span is None or mention.type not in (TimexType.DATE, TimexType.TIME):
        return False
    return mention.resolution is not Resolution.UNRESOLVED


def _word_count(folded: str, clause: tuple[int, int], group: Sequence[DateMention]) -> int:
    pieces, position = [], clause[0]
    for mention in group:
        pieces.append(folded[position : max(position, mention.start)])
        position = max(position, mention.end)
    pieces.append(folded[position : clause[1]])
    return len(_WORD.findall(" ".join(pieces)))


def _language(text: str, lang: str | None) -> str:
    """The given language, or the detected one: one of the six, else another whose dates
    find_dates reads (Russian, Dutch, Chinese...: by words, script or month names)."""
    if lang is None:
        found = detect_language(text)
        if found is None:  # not one of the six by its words: another language, or few words
            other = detect_any(text)
            found = other if other not in LANGS else None
        return found or detect_language(text, minimum=1) or language_of(text)
    known = known_languages()
    code = language_code(lang) if isinstance(lang, str) else ""
    if code.partition("-")[0] not in known:
        raise InvalidValueError(
            "extract", "lang", lang, f"use one of {', '.join(known[:12])}, ... or None"
        )
    return code


def _as_date(value: date | datetime | str | None) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        span = TimeSpan.parse(value)
        return span.start or span.end
    raise TypeError(f"published must be a date, datetime or ISO string, not {type(value).__name__}")
