"""Timeline: immutable, chronological, iterable, indexable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import Event, Source, Timeline, TimeSpan

from strategies import events

SOURCE = Source(document="d", quote="q", start=0, end=1)


def _event(edtf: str, title: str = "t") -> Event:
    return Event(when=TimeSpan.parse(edtf), title=title, sources=(SOURCE,))


def test_events_are_kept_in_chronological_order() -> None:
    timeline = Timeline([_event("2026-03"), _event("2026-01-14"), _event("2025")])
    assert [e.when.edtf for e in timeline] == ["2025", "2026-01-14", "2026-03"]
    assert len(timeline) == 3
    assert timeline[0].when.edtf == "2025"
    assert isinstance(timeline[1:], Timeline)


def test_non_events_are_refused() -> None:
    with pytest.raises(TypeError, match="item 0"):
        Timeline(["2026"])  # type: ignore[list-item]


def test_timeline_is_immutable() -> None:
    timeline = Timeline([_event("2026")])
    with pytest.raises(AttributeError):
        timeline.extra = 1  # type: ignore[attr-defined]


@given(st.lists(events(), max_size=6))
def test_order_does_not_depend_on_input_order(items: list[Event]) -> None:
    assert Timeline(items) == Timeline(reversed(items))
