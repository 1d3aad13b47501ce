"""merge(): identical events are kept once."""

from timeline import Event, Source, Timeline, TimeSpan, merge

SOURCE = Source(document="d", quote="q", start=0, end=1)


def test_merging_a_timeline_with_itself_changes_nothing() -> None:
    timeline = Timeline([Event(when=TimeSpan.parse("2026"), title="t", sources=(SOURCE,))])
    assert merge(timeline, timeline) == timeline
    assert timeline | timeline == timeline
