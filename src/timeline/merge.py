"""Same-event detection and merging across documents (first version: exact duplicates)."""

from __future__ import annotations

from timeline.timeline import Timeline


def merge(*timelines: Timeline) -> Timeline:
    """One timeline from several; events with the same id are kept once."""
    for index, item in enumerate(timelines):
        if not isinstance(item, Timeline):
            raise TypeError(f"merge() argument {index} is a {type(item).__name__}, not a Timeline")
    seen = {event.id: event for timeline in timelines for event in timeline}
    return Timeline(seen.values())
