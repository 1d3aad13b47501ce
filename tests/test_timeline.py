"""Timeline: immutable, chronological, iterable, indexable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import Event, Source, Timeline, TimeSpan, merge

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


def test_or_merges_two_timelines() -> None:
    first = Timeline([_event("2026-01-14", "a")])
    second = Timeline([_event("2026-02", "b")])
    assert first | second == merge(first, second)
    assert len(first | second) == 2


def test_or_with_something_else_is_not_implemented() -> None:
    with pytest.raises(TypeError):
        Timeline() | [1]  # type: ignore[operator]


def test_every_query_returns_a_new_timeline() -> None:
    timeline = Timeline([_event("2026-01-14", "a"), _event("2026-03", "b")])
    results = [
        timeline.between("2026", None),
        timeline.within("2026", "2026"),
        timeline.on("2026-01-14"),
        timeline.before("2026-02"),
        timeline.after("2026-02"),
        timeline.involving("RUS"),
        timeline.at("Kyiv"),
        timeline.of_kind("OTHER"),
        timeline.search("a"),
        timeline.where(lambda event: True),
    ]
    assert all(isinstance(result, Timeline) for result in results)
    assert [len(result) for result in results] == [2, 2, 1, 1, 1, 0, 0, 2, 1, 2]
