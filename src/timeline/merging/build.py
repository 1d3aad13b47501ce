"""The merged event: one date, every source, the best title, confidence from documents."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import date
from math import prod

from timeline._edtf import Precision, unit_bounds
from timeline._text import fold
from timeline.merging.atoms import CONFLICT, Report
from timeline.models import Actor, Event, EventKind, Place, Relation, Source, Status, TimeSpan

CONFIDENCE_CAP = 0.99
"""However many documents agree, a merged event is never certain."""

_STATUS_ORDER = (
    Status.REPORTED,
    Status.ALLEGED,
    Status.PLANNED,
    Status.NEGATED,
    Status.HYPOTHETICAL,
)


# ---------------------------------------------------------------- the date


def intersect(spans: list[TimeSpan]) -> TimeSpan:
    """The most precise span consistent with all ``spans`` (which must overlap)."""
    starts = [s.start for s in spans if s.start is not None]
    ends = [s.end for s in spans if s.end is not None]
    lo, hi = (max(starts) if starts else None), (min(ends) if ends else None)
    approximate = all(s.approximate for s in spans)
    exact = [s for s in spans if s.start == lo and s.end == hi]
    chosen = _finest(exact) or _aligned(lo, hi, spans)
    if chosen.approximate != approximate:
        chosen = chosen.model_copy(update={"approximate": approximate})
    return chosen


def _finest(exact: list[TimeSpan]) -> TimeSpan | None:
    """Among spans over the same days, the finest; times only when they all agree."""
    times = {(s.start_time, s.end_time) for s in exact if s.precision is Precision.TIME}
    if len(times) == 1:
        return next(s for s in exact if s.precision is Precision.TIME)
    plain = [s for s in exact if s.precision is not Precision.TIME]
    return min(plain, key=lambda s: (s.precision.rank, s.edtf)) if plain else None


def _aligned(lo: date | None, hi: date | None, spans: list[TimeSpan]) -> TimeSpan:
    """The days [lo, hi] at the finest input precision their bounds align with, else days."""
    for precision in sorted({s.precision for s in spans}, key=lambda p: p.rank):
        if precision is Precision.TIME:
            continue
        starts_ok = lo is None or unit_bounds(lo, precision)[0] == lo
        ends_ok = hi is None or unit_bounds(hi, precision)[1] == hi
        if starts_ok and ends_ok:
            return TimeSpan(start=lo, end=hi, precision=precision)
    return TimeSpan(start=lo, end=hi, precision=Precision.DAY)


# ---------------------------------------------------------------- the event


def _by_confidence(events: list[Event]) -> list[Event]:
    """The most confident report first (then the one with more sources, then by id)."""
    return sorted(events, key=lambda e: (-e.confidence, -len(e.sources), e.id))


def _sources(events: Iterable[Event]) -> tuple[Source, ...]:
    """Every source once (by key), the same copy whatever the input order, sorted by key."""
    chosen: dict[tuple[str, int, int], Source] = {}
    for source in (s for event in events for s in event.sources):
        known = chosen.get(source.key)
        if known is None or (
            known != source and source.model_dump_json() < known.model_dump_json()
        ):
            chosen[source.key] = source
    return tuple(chosen[key] for key in sorted(chosen))


def _before(source: Source, known: Source) -> bool:
    return known != source and source.model_dump_json() < known.model_dump_json()


def _actors(ordered: list[Event]) -> tuple[Actor, ...]:
    """Every actor once by code, named as the most confident report names it."""
    seen: dict[str, Actor] = {}
    for actor in (a for event in ordered for a in event.actors):
        seen.setdefault(actor.code, actor)
    return tuple(seen.values())


def _places(ordered: list[Event]) -> tuple[Place, ...]:
    """Every place once by (name, country), accent- and case-insensitively."""
    seen: dict[tuple[str, str | None], Place] = {}
    for place in (p for event in ordered for p in event.places):
        seen.setdefault((fold(place.name), place.country), place)
    return tuple(seen.values())


def _relations(events: Iterable[Event]) -> tuple[Relation, ...]:
    unique = {(r.type, r.target, r.note): r for e in events for r in e.related}
    return tuple(unique[key] for key in sorted(unique))


def confidence(events: list[Event]) -> float:
    """Noisy-or over documents (each counted once, at its best report), capped below 1."""
    best: dict[str, float] = {}
    for event in events:
        for document in event.documents:
            best[document] = max(best.get(document, 0.0), event.confidence)
    doubt = prod(1.0 - best[document] for document in sorted(best))
    return min(CONFIDENCE_CAP, round(1.0 - doubt, 6))


def merged_id(sources: tuple[Source, ...]) -> str:
    """An id from the sorted source keys: the same whatever the order of the inputs."""
    blob = json.dumps([list(source.key) for source in sources], ensure_ascii=False)
    return Event.ID_PREFIX + hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def merged(group: list[Report]) -> Event:
    """One event from the reports of a cluster (a lone report is returned as it is)."""
    events = sorted((report.event for report in group), key=lambda e: e.id)
    if len(events) == 1:
        return events[0]
    ordered = _by_confidence(events)
    primary = ordered[0]
    sources = _sources(events)
    return Event(
        id=merged_id(sources),
        when=intersect([event.when for event in events]),
        title=primary.title,
        summary=primary.summary,
        kind=next((e.kind for e in ordered if e.kind is not EventKind.OTHER), EventKind.OTHER),
        actors=_actors(ordered),
        places=_places(ordered),
        sources=sources,
        confidence=confidence(events),
        status=min((e.status for e in events), key=_STATUS_ORDER.index),
        related=_relations(events),
        reports=tuple(events),
    )


# ---------------------------------------------------------------- conflicts


def _note(a: Report, b: Report) -> str:
    left, right = sorted((a, b), key=lambda r: (r.lo, r.id))
    return (
        f"date conflict: {', '.join(left.event.documents)} gives {left.event.when.edtf}, "
        f"{', '.join(right.event.documents)} gives {right.event.when.edtf}"
    )


def with_conflicts(
    events: list[Event], home: dict[str, int], pairs: Iterable[tuple[Report, Report]]
) -> list[Event]:
    """Link the events whose reports conflict, both ways, one relation per pair of events."""
    notes: dict[tuple[int, int], tuple[tuple[str, str], str]] = {}
    for a, b in pairs:
        one, two = sorted((home[a.id], home[b.id]))
        if one == two:
            continue
        rank = tuple(sorted((a.id, b.id)))
        if (one, two) not in notes or rank < notes[one, two][0]:
            notes[one, two] = (rank, _note(a, b))  # type: ignore[assignment]
    extra: dict[int, list[Relation]] = {}
    for (one, two), (_, note) in notes.items():
        extra.setdefault(one, []).append(Relation(type=CONFLICT, target=events[two].id, note=note))
        extra.setdefault(two, []).append(Relation(type=CONFLICT, target=events[one].id, note=note))
    return [_linked(event, extra.get(number, [])) for number, event in enumerate(events)]


def _linked(event: Event, relations: list[Relation]) -> Event:
    if not relations:
        return event
    unique = {(r.type, r.target, r.note): r for r in (*event.related, *relations)}
    return event.model_copy(update={"related": tuple(unique[key] for key in sorted(unique))})


def unique_ids(events: list[Event]) -> list[Event]:
    """Merged events that share sources but not reports get ids from their report ids."""
    counts: dict[str, int] = {}
    for event in events:
        counts[event.id] = counts.get(event.id, 0) + 1
    return [_reid(event) if counts[event.id] > 1 and event.reports else event for event in events]


def _reid(event: Event) -> Event:
    blob = json.dumps(sorted(report.id for report in event.reports))
    new_id = Event.ID_PREFIX + hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]
    return event.model_copy(update={"id": new_id})
