"""Timeline: an immutable, chronologically sorted collection of events."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, tzinfo
from typing import overload

from timeline.models import Event


class Timeline:
    """An immutable sequence of :class:`Event`, always in chronological order.

    Iterate it, index it, take ``len()``; combine two with ``a | b`` (merge).
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
