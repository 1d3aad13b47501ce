"""The laws of merge, property-based: idempotent, order-independent, associative, lossless."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline import Event, Timeline, merge

from strategies import corpora, near_duplicates


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
