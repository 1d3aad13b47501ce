"""Timeline: an immutable, chronologically sorted collection of events."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, tzinfo
from typing import overload

from timeline import query as _query
from timeline.models import Event, EventKind
from timeline.query import DateLike, NameResolver


class Timeline:
    """An immutable sequence of :class:`Event`, always in chronological order.

    Iterate it, index it, take ``len()``; combine two with ``a | b`` (merge).
    Query it with ``between``, ``within``, ``on``, ``before``, ``after``,
    ``involving``, ``at``, ``of_kind``, ``search`` and ``where``: each returns
    a new Timeline, so they chain (see :mod:`timeline.query`).
    Conversions: ``to_json``/``from_json``, ``to_jsonl``/``from_jsonl``,
    and the other formats in :mod:`timeline.export`.
    """

    __slots__ = ("_events",)

    def __init__(self, events: Iterable[Event] = ()) -> None:
        items = tuple(events)
        for index, item in enumerate(items):
            if not isinstance(item, Event):
                raise TypeError(f"Timeline item {index} is a {type(item).__name__}, not an Event")
        self._events: tuple[Event, ...] = _chronological(items)

    @property
    def events(self) -> tuple[Event, ...]:
        """The events, in chronological order."""
        return self._events

    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    def __len__(self) -> int:
        return len(self._events)

    @overload
    def __getitem__(self, index: int) -> Event: ...
    @overload
    def __getitem__(self, index: slice) -> Timeline: ...
    def __getitem__(self, index: int | slice) -> Event | Timeline:
        if isinstance(index, slice):
            return Timeline(self._events[index])
        return self._events[index]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Timeline):
            return NotImplemented
        return self._events == other._events

    def __hash__(self) -> int:
        return hash(self._events)

    def __repr__(self) -> str:
        return f"Timeline({len(self._events)} events)"

    def __or__(self, other: Timeline) -> Timeline:
        if not isinstance(other, Timeline):
            return NotImplemented
        from timeline.merge import merge  # noqa: PLC0415 - merge builds on Timeline

        return merge(self, other)

    # -- queries (the logic is in timeline.query)

    def between(self, start: DateLike | None, end: DateLike | None) -> Timeline:
        """Events that overlap the period from ``start`` to ``end`` (None: open)."""
        span = _query.span_between(start, end)
        return self._keep(lambda e: e.when.overlaps(span))

    def within(self, start: DateLike | None, end: DateLike | None) -> Timeline:
        """Events that lie wholly inside the period from ``start`` to ``end``."""
        span = _query.span_between(start, end)
        return self._keep(lambda e: span.contains(e.when))

    def on(self, day: DateLike) -> Timeline:
        """Events that lie wholly inside ``day`` (or the month, year... given)."""
        return self.within(day, day)

    def before(self, moment: DateLike) -> Timeline:
        """Events that end before ``moment`` begins."""
        return Timeline(_query.before(self._events, moment))

    def after(self, moment: DateLike) -> Timeline:
        """Events that begin after ``moment`` ends."""
        return Timeline(_query.after(self._events, moment))

    def involving(self, *actors: str, resolve: NameResolver | None = None) -> Timeline:
        """Events with any of ``actors`` (codes, names, countries; ``resolve``: a gazetteer)."""
        return Timeline(_query.involving(self._events, actors, resolve=resolve))

    def at(self, *places: str) -> Timeline:
        """Events at any of ``places`` (place names or country codes)."""
        return Timeline(_query.at(self._events, places))

    def of_kind(self, *kinds: EventKind | str) -> Timeline:
        """Events of any of ``kinds``; an unknown kind raises QueryError."""
        return Timeline(_query.of_kind(self._events, kinds))

    def search(self, text: str) -> Timeline:
        """Events whose title, summary or quotes contain ``text`` (case/accent-insensitive)."""
        return Timeline(_query.search(self._events, text))

    def where(self, predicate: Callable[[Event], bool]) -> Timeline:
        """Events for which ``predicate(event)`` is true."""
        return self._keep(predicate)

    def group_by(self, key: str) -> dict[str, Timeline]:
        """Key -> Timeline, in order of first event; key is day/month/year/actor/kind."""
        groups = _query.group(self._events, key)
        return {name: Timeline(events) for name, events in groups.items()}

    def sorted_by(self, key: str, *, reverse: bool = False) -> list[Event]:
        """The events as a list ordered by ``key`` (a Timeline itself is always chronological)."""
        return _query.sort_events(self._events, key, reverse=reverse)

    def _keep(self, predicate: Callable[[Event], bool]) -> Timeline:
        return Timeline(event for event in self._events if predicate(event))

    # -- conversions (the export modules do the work; imported on use)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The versioned JSON document of this timeline."""
        from timeline.export import json as json_format  # noqa: PLC0415

        return json_format.dumps(self, indent=indent)

    @classmethod
    def from_json(cls, text: str | bytes) -> Timeline:
        """Read a JSON document written by :meth:`to_json`; raise FormatError if invalid."""
        from timeline.export import json as json_format  # noqa: PLC0415

        return json_format.loads(text)

    def to_jsonl(self) -> str:
        """One JSON event per line."""
        from timeline.export import json as json_format  # noqa: PLC0415

        return json_format.dumps_lines(self)

    @classmethod
    def from_jsonl(cls, text: str | bytes) -> Timeline:
        """Read JSON Lines written by :meth:`to_jsonl`; errors name the line."""
        from timeline.export import json as json_format  # noqa: PLC0415

        return json_format.loads_lines(text)

    def to_ical(self, *, stamp: datetime | None = None, name: str | None = None) -> str:
        """iCalendar (RFC 5545) text: one VEVENT per event, lossless via X-TIMELINE-*.

        ``stamp`` fixes DTSTAMP (default: the latest source publication date), so the
        same timeline gives the same bytes; ``name`` is the calendar name apps show.
        """
        from timeline.export import ical  # noqa: PLC0415 - icalendar is imported on use

        return ical.dumps(self, stamp=stamp, name=name)

    @classmethod
    def from_ical(cls, text: str | bytes, *, floating_tz: tzinfo | None = None) -> Timeline:
        """Read iCalendar: our exports exactly, other programs' events as kind OTHER.

        Times without a timezone become days unless ``floating_tz`` places them;
        malformed input raises FormatError naming the line.
        """
        from timeline.export import ical  # noqa: PLC0415 - icalendar is imported on use

        return ical.loads(text, floating_tz=floating_tz)


def _chronological(items: tuple[Event, ...]) -> tuple[Event, ...]:
    """Sort by date then id; events that tie on both are ordered by their JSON form."""
    ordered = sorted(items, key=Event.sort_key)
    for i in range(len(ordered) - 1):
        if ordered[i].id == ordered[i + 1].id:
            return tuple(sorted(ordered, key=lambda e: (e.sort_key(), e.model_dump_json())))
    return tuple(ordered)
