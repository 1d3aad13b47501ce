"""Reports, the atoms of a merge: single reports with the features the rule compares.

A merged event keeps its single reports in ``Event.reports``; merging always
starts again from the reports, so the result is a function of the set of
reports and nothing else (the laws of the merge follow from that).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from functools import cache
from importlib import resources

from timeline._text import fold, tokens
from timeline.models import ActorType, Event, EventKind, Status

CONFLICT = "conflicts_with"
"""The relation type the merge owns: recomputed on every merge, never carried over."""

OPEN_LO = 0
OPEN_HI = date.max.toordinal() + 1
MAX_WIDTH = 366
"""Spans longer than this (decades, long intervals) are too vague to match anything else."""

_ALIVE = frozenset({Status.REPORTED, Status.ALLEGED, Status.PLANNED})


@cache
def compatible_kinds(kind: EventKind) -> frozenset[EventKind]:
    """The kinds another report of the same event may give: itself, OTHER, its near kinds.

    OTHER is compatible with every kind; near pairs are in data/near_kinds.json.
    """
    if kind is EventKind.OTHER:
        return frozenset(EventKind)
    raw = resources.files("timeline.merging").joinpath("data/near_kinds.json").read_text("utf-8")
    pairs: list[list[str]] = json.loads(raw)["pairs"]
    near = {EventKind(b) for a, b, *_ in pairs if a == kind} | {
        EventKind(a) for a, b, *_ in pairs if b == kind
    }
    return frozenset({kind, EventKind.OTHER, *near})


class Report:
    """One single report and what the merge rule looks at, computed once."""

    __slots__ = (
        "actors",
        "alive",
        "by_code",
        "code_list",
        "codes",
        "countries",
        "event",
        "hi",
        "id",
        "is_open",
        "kind",
        "kinds_ok",
        "langs",
        "lo",
        "normal",
        "places",
        "reach",
        "status",
        "tokens",
        "width",
    )

    def __init__(self, event: Event) -> None:
        self.event = event
        self.id = event.id
        self.kind: EventKind = event.kind
        self.kinds_ok = compatible_kinds(event.kind)
        self.status: Status = event.status
        self.alive = event.status in _ALIVE
        self._read_when(event)
        self._read_actors(event)
        self.places = frozenset(fold(place.name) for place in event.places)
        self.countries = frozenset(p.country for p in event.places if p.country)
        if len(self.countries) < len(event.places):  # a place without a country: unknown
            self.countries = frozenset()
        self.langs = frozenset(s.lang for s in event.sources if s.lang)
        self.tokens = tokens(f"{event.title} {event.summary}")

    def _read_when(self, event: Event) -> None:
        span = event.when
        self.lo = span.start.toordinal() if span.start else OPEN_LO
        self.hi = span.end.toordinal() if span.end else OPEN_HI
        self.is_open = self.lo == OPEN_LO or self.hi == OPEN_HI
        # An open span is wider than any closed one, even near the ends of the calendar.
        self.width = OPEN_HI if self.is_open else self.hi - self.lo + 1
        self.normal = not self.is_open and self.width <= MAX_WIDTH

    def _read_actors(self, event: Event) -> None:
        """Each actor as (own codes, codes it reaches): a person reaches its state too."""
        pairs = []
        reach: set[str] = set()
        for actor in event.actors:
            own = frozenset((actor.code,))
            via = actor.country if actor.type is ActorType.PERSON and actor.country else None
            far = own | {via} if via else own
            pairs.append((own, far))
            reach |= far
        self.actors: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(pairs)
        self.code_list = tuple(actor.code for actor in event.actors)
        self.codes = frozenset(self.code_list)
        self.reach = frozenset(reach)
        self.by_code = all(own == far for own, far in pairs)

    def order(self) -> tuple[int, int, int, str]:
        """The canonical order of the merge: narrowest date first, then by date, then id."""
        return (self.width, self.lo, self.hi, self.id)


def reports_of(events: Iterable[Event]) -> list[Report]:
    """The distinct single reports in ``events``, merged events opened into theirs."""
    chosen: dict[str, Event] = {}
    for event in events:
        for report in event.reports or (event,):
            plain = _without_conflicts(report)
            known = chosen.get(plain.id)
            if known is None or (known != plain and _canonical(plain) < _canonical(known)):
                chosen[plain.id] = plain
    return sorted((Report(event) for event in chosen.values()), key=Report.order)


def _without_conflicts(event: Event) -> Event:
    if not any(relation.type == CONFLICT for relation in event.related):
        return event
    kept = tuple(relation for relation in event.related if relation.type != CONFLICT)
    return event.model_copy(update={"related": kept})


def _canonical(event: Event) -> str:
    """Which of two reports with one id is kept: the same one whatever the input order."""
    return event.model_dump_json()
