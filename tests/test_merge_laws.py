"""The laws of merge, property-based: idempotent, order-independent, associative, lossless."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline import (
    Actor,
    ActorType,
    Event,
    EventKind,
    Place,
    Source,
    Status,
    Timeline,
    TimeSpan,
    merge,
)

from strategies import events

_POOL = [
    Actor(name="Russia", code="RUS", type=ActorType.STATE),
    Actor(name="Ukraine", code="UKR", type=ActorType.STATE),
    Actor(name="Estados Unidos", code="USA", type=ActorType.STATE),
    Actor(name="Vladimir Putin", code="PUTIN", type=ActorType.PERSON, country="RUS"),
    Actor(name="NATO", code="NATO", type=ActorType.ORGANIZATION),
]
_PLACES = [
    Place(name="Kyiv", country="UKR"),
    Place(name="Odesa", country="UKR"),
    Place(name="Kiew"),
]
_WORDS = ["strike", "missile", "kyiv", "talks", "capture", "soledar", "frappe", "drones", "port"]
_KINDS = [EventKind.ASSAULT, EventKind.COERCE, EventKind.CONSULT, EventKind.OTHER]
_BASE = date(2026, 1, 1)


def _when(draw: st.DrawFn, day: date) -> TimeSpan:
    """The day of the event as one report may give it: exact, coarser, shifted, open, timed."""
    back = timedelta(days=draw(st.integers(0, 3)))
    hour = draw(st.sampled_from([9, 12]))
    shapes = {
        "day": lambda: TimeSpan.of(day),
        "month": lambda: TimeSpan.of(day, "month"),
        "week": lambda: TimeSpan.of(day, "week"),
        "range": lambda: TimeSpan(start=day - back, end=day),
        "open": lambda: TimeSpan(start=None, end=day + back),
        "time": lambda: TimeSpan.at(datetime(day.year, day.month, day.day, hour, tzinfo=UTC)),
        "shift": lambda: TimeSpan.of(day + back + timedelta(days=1)),
    }
    shape = draw(st.sampled_from(["day", *shapes]))
    return shapes[shape]()


@st.composite
def near_duplicates(draw: st.DrawFn, *, shared_sources: bool = True) -> list[Event]:
    """Several real events, each told by one to four reports that differ as reports do.

    Source keys are unique across reports unless ``shared_sources`` lets a
    report reuse an earlier report's source (the same sentence read twice).
    """
    reports: list[Event] = []
    for _ in range(draw(st.integers(1, 3))):
        day = _BASE + timedelta(days=draw(st.integers(0, 12)))
        actors = draw(st.lists(st.sampled_from(_POOL), min_size=1, max_size=3, unique=True))
        kind = draw(st.sampled_from(_KINDS))
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=4, unique=True))
        for _ in range(draw(st.integers(1, 4))):
            told = _report(draw, day, actors, kind=kind, words=words, number=len(reports))
            if shared_sources and reports and draw(st.booleans()):
                extra = draw(st.sampled_from(reports)).sources[0]
                told = Event.model_validate(
                    {**told.model_dump(), "id": "", "sources": [*told.sources, extra]}
                )
            reports.append(told)
    return reports


def _report(
    draw: st.DrawFn,
    day: date,
    actors: list[Actor],
    *,
    kind: EventKind,
    words: list[str],
    number: int,
) -> Event:
    told = draw(st.lists(st.sampled_from(actors), max_size=len(actors), unique=True))
    title = " ".join(draw(st.permutations(words))[: draw(st.integers(1, len(words)))])
    source = Source(
        document=draw(st.sampled_from(["a", "b", "c", "d"])),
        quote=title,
        start=number * 1000,
        end=number * 1000 + len(title),
        lang=draw(st.sampled_from(["en", "fr", None])),
    )
    return Event(
        when=_when(draw, day),
        title=title,
        kind=draw(st.sampled_from([kind, kind, EventKind.OTHER])),
        actors=tuple(told),
        places=tuple(draw(st.lists(st.sampled_from(_PLACES), max_size=1))),
        sources=(source,),
        confidence=draw(st.sampled_from([0.3, 0.5, 0.9])),
        status=draw(st.sampled_from([Status.REPORTED, Status.REPORTED, Status.NEGATED])),
    )


corpora = st.one_of(
    near_duplicates(),
    st.tuples(near_duplicates(), st.lists(events(), max_size=4)).map(lambda p: p[0] + p[1]),
)


def _keys(timeline: Timeline) -> set[tuple[str, int, int]]:
    return {source.key for event in timeline for source in event.sources}


def _report_ids(event: Event) -> set[str]:
    return {report.id for report in event.reports} or {event.id}


@given(corpora)
def test_merge_is_idempotent(items: list[Event]) -> None:
    once = merge(Timeline(items))
    assert merge(once) == once


@given(corpora, st.randoms(use_true_random=False), st.integers(0, 20))
def test_merge_does_not_depend_on_order_or_on_how_inputs_are_split(
    items: list[Event], random: st.Random, cut: int
) -> None:
    expected = merge(Timeline(items))
    shuffled = list(items)
    random.shuffle(shuffled)
    assert merge(Timeline(shuffled)) == expected
    assert merge(Timeline(shuffled[:cut]), Timeline(shuffled[cut:])) == expected


@given(corpora, st.integers(0, 20), st.integers(0, 20))
def test_merge_is_associative(items: list[Event], first: int, second: int) -> None:
    lo, hi = sorted((first, second))
    a, b, c = Timeline(items[:lo]), Timeline(items[lo:hi]), Timeline(items[hi:])
    left = merge(merge(a, b), c)
    assert left == merge(a, merge(b, c))
    assert left == merge(a, b, c)
    assert (a | b) | c == a | (b | c)


@given(corpora)
def test_merging_a_timeline_with_itself_changes_nothing(items: list[Event]) -> None:
    timeline = Timeline(items)
    once = merge(timeline)
    assert merge(timeline, timeline) == once
    assert once | once == once


@given(corpora)
def test_no_source_is_lost_and_every_report_is_in_exactly_one_event(items: list[Event]) -> None:
    result = merge(Timeline(items))
    assert _keys(result) == _keys(Timeline(items))
    inputs = {report_id for event in items for report_id in _report_ids(event)}
    outputs = [report_id for event in result for report_id in _report_ids(event)]
    assert sorted(outputs) == sorted(inputs)


@given(near_duplicates(shared_sources=False))
def test_every_input_source_is_in_exactly_one_output_event(items: list[Event]) -> None:
    result = merge(Timeline(items))
    keys = [source.key for event in result for source in event.sources]
    assert sorted(keys) == sorted(source.key for event in items for source in event.sources)


@given(corpora)
def test_merging_never_adds_events_and_ids_are_unique(items: list[Event]) -> None:
    result = merge(Timeline(items))
    assert len(result) <= len({event.id for event in items})
    assert len({event.id for event in result}) == len(result)


@given(corpora)
def test_conflicts_are_linked_both_ways_to_events_of_the_result(items: list[Event]) -> None:
    result = merge(Timeline(items))
    ids = {event.id for event in result}
    links = {(e.id, r.target) for e in result for r in e.related if r.type == "conflicts_with"}
    assert all(target in ids for _, target in links)
    assert links == {(target, source) for source, target in links}
