"""Querying a timeline: the logic behind ``Timeline.between``, ``involving``, ``group_by``...

Each filter here takes events and returns the events that pass, in the same
(chronological) order; :class:`timeline.Timeline` wraps them into new
timelines, so filters combine: ``t.between("2026-01", "2026-02").involving("RUS")``.
:func:`apply` runs the filters the command line offers in one call.

A value that cannot be understood (a date that does not parse, an unknown
kind, an unknown group or sort key) raises :class:`QueryError` naming the
value and what is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from timeline._edtf import Precision, unit_label
from timeline._text import fold
from timeline.errors import DateParseError, QueryError
from timeline.models import Actor, Event, EventKind, TimeSpan
from timeline.models import as_span as _span_of

if TYPE_CHECKING:
    from timeline.timeline import Timeline

__all__ = [
    "GROUP_KEYS",
    "SORT_KEYS",
    "DateLike",
    "NameResolver",
    "apply",
    "as_span",
    "gazetteer_codes",
    "group",
    "group_keys",
    "involving",
    "of_kind",
    "sort_events",
]

DateLike = date | datetime | str | TimeSpan
"""What the date filters accept: a date, a datetime, an EDTF/ISO string or a TimeSpan."""

NameResolver = Callable[[str], Iterable[str]]
"""Maps an actor name in any language to the actor codes it may stand for (a gazetteer)."""

_DATE_ACCEPTED = (
    "a date, a datetime, a TimeSpan or an EDTF/ISO 8601 string such as "
    "'2026-01-14', '2026-01', '2026', '2026-01-14/2026-01-20' or '../2026-01-14'"
)
GROUP_KEYS = ("day", "month", "year", "actor", "kind")
SORT_KEYS = ("date", "confidence", "sources", "documents", "title", "kind")
_NO_ACTOR = "(none)"

# ---------------------------------------------------------------- dates


def as_span(value: DateLike, *, argument: str = "date") -> TimeSpan:
    """``value`` as a TimeSpan; anything that is not a date raises QueryError."""
    if isinstance(value, TimeSpan | date):
        return _span_of(value)
    if isinstance(value, str):
        try:
            return TimeSpan.parse(value)
        except DateParseError as exc:
            raise QueryError(argument, value, _DATE_ACCEPTED) from exc
    raise QueryError(argument, value, _DATE_ACCEPTED)


def span_between(start: DateLike | None, end: DateLike | None) -> TimeSpan:
    """The days from the start of ``start`` to the end of ``end`` (either may be None: open)."""
    if start is None and end is None:
        raise QueryError("between", (start, end), "a start, an end or both")
    first = as_span(start, argument="start").start if start is not None else None
    last = as_span(end, argument="end").end if end is not None else None
    if first is not None and last is not None and last < first:
        raise QueryError("between", (start, end), "an end that is not before the start")
    return TimeSpan(start=first, end=last, precision=Precision.DAY)


def before(events: Iterable[Event], moment: DateLike) -> list[Event]:
    """Events that end before ``moment`` begins."""
    span = as_span(moment, argument="before")
    if span.start is None:
        return []
    limit = span.start
    return [e for e in events if e.when.end is not None and e.when.end < limit]


def after(events: Iterable[Event], moment: DateLike) -> list[Event]:
    """Events that begin after ``moment`` ends."""
    span = as_span(moment, argument="after")
    if span.end is None:
        return []
    limit = span.end
    return [e for e in events if e.when.start is not None and e.when.start > limit]


# ---------------------------------------------------------------- actors and places


def involving(
    events: Iterable[Event], actors: Sequence[str], *, resolve: NameResolver | None = None
) -> list[Event]:
    """Events with an actor named by code, by name (case/accent-insensitive) or by country.

    A value that is not a code (``RUS``) is also looked up with ``resolve``,
    by default :func:`gazetteer_codes` (names in the six languages).
    """
    wanted = _wanted_actors(actors, resolve or gazetteer_codes)
    return [e for e in events if any(_actor_matches(a, wanted) for a in e.actors)]


_CODE = re.compile(r"[A-Z][A-Z0-9_]*")


def _wanted_actors(actors: Sequence[str], resolve: NameResolver) -> frozenset[str]:
    wanted: set[str] = set()
    for actor in actors:
        if not isinstance(actor, str) or not actor.strip():
            raise QueryError("involving", actor, "actor codes ('RUS') or names ('Russie')")
        wanted.add(fold(actor))
        if not _CODE.fullmatch(actor):
            wanted.update(fold(code) for code in resolve(actor))
    return frozenset(wanted)


def gazetteer_codes(name: str) -> tuple[str, ...]:
    """The actor codes the gazetteer knows ``name`` by, in any of its languages.

    'Russland', 'Russie', 'Kremlin' -> ('RUS',); 'Vladimir Putin' -> ('VLADIMIR_PUTIN',).
    Case- and accent-insensitive. The first call reads the gazetteers (a second or two).
    """
    return tuple(sorted(_name_codes().get(fold(name), ())))


@cache
def _name_codes() -> dict[str, frozenset[str]]:
    from timeline.extract.gazetteer import LANGS, gazetteer  # noqa: PLC0415 - heavy, on use

    codes: dict[str, set[str]] = {}
    for lang in LANGS:
        for key, entry in gazetteer(lang).table.items():
            if entry.is_actor:
                codes.setdefault(fold(key), set()).add(entry.code)
    return {name: frozenset(found) for name, found in codes.items()}


def _actor_matches(actor: Actor, wanted: frozenset[str]) -> bool:
    names = {fold(actor.code), fold(actor.name)}
    if actor.country is not None:
        names.add(fold(actor.country))
    return not names.isdisjoint(wanted)


def at(events: Iterable[Event], places: Sequence[str]) -> list[Event]:
    """Events at a place named (case/accent-insensitive) or in a country given by its code."""
    wanted = set()
    for place in places:
        if not isinstance(place, str) or not place.strip():
            raise QueryError("at", place, "place names ('Caracas') or country codes ('VEN')")
        wanted.add(fold(place))
    return [e for e in events if any(_place_keys(e) & wanted)]


def _place_keys(event: Event) -> set[str]:
    keys = {fold(place.name) for place in event.places}
    keys.update(fold(place.country) for place in event.places if place.country)
    return keys


# ---------------------------------------------------------------- kinds and text


def parse_kind(value: EventKind | str) -> EventKind:
    """An EventKind from itself or its name in any case; QueryError otherwise."""
    if isinstance(value, EventKind):
        return value
    if isinstance(value, str):
        try:
            return EventKind(value.strip().upper())
        except ValueError:
            pass
    raise QueryError("kind", value, ", ".join(kind.value for kind in EventKind))


def of_kind(events: Iterable[Event], kinds: Sequence[EventKind | str]) -> list[Event]:
    """Events of one of ``kinds``."""
    wanted = frozenset(parse_kind(kind) for kind in kinds)
    return [e for e in events if e.kind in wanted]


def search(events: Iterable[Event], text: str) -> list[Event]:
    """Events whose title, summary or a source quote contains ``text`` (folded)."""
    if not isinstance(text, str) or not fold(text):
        raise QueryError("search", text, "a non-empty text")
    needle = fold(text)
    return [e for e in events if needle in _haystack(e)]


def _haystack(event: Event) -> str:
    parts = [event.title, event.summary, *(source.quote for source in event.sources)]
    return fold("\n".join(parts))


# ---------------------------------------------------------------- grouping and sorting


def group_keys(event: Event, by: str) -> tuple[str, ...]:
    """The group(s) ``event`` falls in for ``group_by(by)``."""
    if by in ("day", "month", "year"):
        return (_period_key(event.when, Precision(by)),)
    if by == "actor":
        return tuple(sorted({a.code for a in event.actors})) or (_NO_ACTOR,)
    if by == "kind":
        return (event.kind.value,)
    raise QueryError("group_by", by, ", ".join(GROUP_KEYS))


def group(events: Sequence[Event], by: str) -> dict[str, list[Event]]:
    """Events by group: periods in chronological order, actors and kinds alphabetically."""
    if by not in GROUP_KEYS:
        raise QueryError("group_by", by, ", ".join(GROUP_KEYS))
    groups: dict[str, list[Event]] = {}
    for event in sorted(events, key=Event.sort_key):
        for name in group_keys(event, by):
            groups.setdefault(name, []).append(event)
    if by in ("actor", "kind"):
        return {name: groups[name] for name in sorted(groups)}
    return groups


def _period_key(span: TimeSpan, unit: Precision) -> str:
    """The day/month/year label of the span, or its own EDTF when it is longer than that."""
    if span.start is None or span.end is None:
        return span.edtf
    label = unit_label(span.start, unit)
    return label if unit_label(span.end, unit) == label else span.edtf


def _sort_value(event: Event, by: str) -> Any:
    values: dict[str, Callable[[Event], Any]] = {
        "date": Event.sort_key,
        "confidence": lambda e: e.confidence,
        "sources": lambda e: len(e.sources),
        "documents": lambda e: len(e.documents),
        "title": lambda e: fold(e.title),
        "kind": lambda e: e.kind.value,
    }
    return values[by](event)


def sort_events(events: Iterable[Event], by: str, *, reverse: bool = False) -> list[Event]:
    """Events ordered by ``by`` (ties stay chronological)."""
    if by not in SORT_KEYS:
        raise QueryError("sorted_by", by, ", ".join(SORT_KEYS))
    items = sorted(events, key=Event.sort_key)
    return sorted(items, key=lambda e: _sort_value(e, by), reverse=reverse)


# ---------------------------------------------------------------- the command line's entry


def apply(
    timeline: Timeline,
    *,
    start: DateLike | None = None,
    end: DateLike | None = None,
    actors: Sequence[str] = (),
    kinds: Sequence[EventKind | str] = (),
    places: Sequence[str] = (),
    text: str | None = None,
    resolve: NameResolver | None = None,
) -> Timeline:
    """``timeline`` narrowed by every filter given (None or empty means no filter).

    ``start``/``end`` keep events that overlap the period (``between``); several
    ``actors``, ``kinds`` or ``places`` mean any of them; ``text`` is a search.
    """
    result = timeline
    if start is not None or end is not None:
        result = result.between(start, end)
    if actors:
        result = result.involving(*actors, resolve=resolve)
    if kinds:
        result = result.of_kind(*kinds)
    if places:
        result = result.at(*places)
    if text is not None:
        result = result.search(text)
    return result
