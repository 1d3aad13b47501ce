"""Same-event detection and merging across documents and languages.

:func:`merge` opens every event into its single reports (a merged event keeps
them in ``Event.reports``), clusters the distinct reports (see
:mod:`timeline.merging.cluster` and :mod:`timeline.merging.rules`), builds one
event per cluster (:mod:`timeline.merging.build`) and links the events whose
reports give conflicting dates. The result depends only on the set of
reports, so merging is idempotent, order-independent and associative.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from timeline.merging.atoms import reports_of
from timeline.merging.build import merged, unique_ids, with_conflicts
from timeline.merging.cluster import clusters, conflicts
from timeline.timeline import Timeline

__all__ = ["merge"]


def merge(*timelines: Timeline) -> Timeline:
    """One timeline from several: the reports of one event folded into one, no source lost.

    Events stay apart unless their dates, kinds, statuses, places and actors (or
    texts) agree; disjoint precise dates of an otherwise identical event are
    never resolved: both events stay, each with a ``conflicts_with`` relation.
    """
    for index, item in enumerate(timelines):
        if not isinstance(item, Timeline):
            raise TypeError(f"merge() argument {index} is a {type(item).__name__}, not a Timeline")
    with _collector_paused():
        reports = reports_of(event for timeline in timelines for event in timeline)
        groups = clusters(reports)
        home = {report.id: number for number, group in enumerate(groups) for report in group}
        events = unique_ids([merged(group) for group in groups])
        return Timeline(with_conflicts(events, home, conflicts(reports)))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the merge, and restore it after.

    A merge allocates millions of small acyclic objects that all live until it
    returns; the collector's full passes over them made the merge of 100k
    events several times slower (and superlinear). Reference counting still
    frees everything; the collector runs again as soon as the merge is done.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
