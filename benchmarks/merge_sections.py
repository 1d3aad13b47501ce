"""The merge sections of benchmarks/run.py.

``synthetic`` runs benchmarks/bench_merge.py's corpus (the merge helper's: one to
five reports per real event, blocking by date) at growing sizes beside the
``dedupe`` peer; ``extracted`` merges the events the extractor finds in the
generated multilingual corpus with copies of themselves.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpus import generate
from report import Section, timed

import timeline
from timeline.documents import Document


def synthetic(sizes: Sequence[int]) -> Section:
    """bench_merge.corpus(size) merged, and deduplicated by id, in CPU seconds."""
    import bench_merge

    section = Section(
        "merge",
        "Merge scaling: synthetic reports (benchmarks/bench_merge.py)",
        (
            "reports",
            "events out",
            "merge CPU s",
            "dedupe CPU s",
            "merge / dedupe",
            "growth (time / size)",
        ),
    )
    previous: tuple[int, float] | None = None
    for size in sizes:
        reports = timeline.Timeline(bench_merge.corpus(size))
        peer, _ = bench_merge._timed(bench_merge.dedupe, reports)
        seconds, result = bench_merge._timed(timeline.merge, reports)
        growth = ""
        if previous:
            growth = f"{seconds / previous[1]:.1f}x / {size / previous[0]:.0f}x"
        previous = (size, seconds)
        section.rows.append(
            (
                f"{size:,}",
                f"{len(result):,}",
                f"{seconds:.2f}",
                f"{peer:.2f}",
                f"{seconds / peer:.0f}x",
                growth,
            )
        )
    section.notes.append(
        "The merge helper's synthetic corpus: each real-world event told by one to five "
        "reports in several languages, dates at different precisions, near kinds. CPU "
        "seconds (process time), so the shared machine's load matters less. `dedupe` keeps "
        "one event per id (the first merge); the goal is growth <= 15x for 10x more reports."
    )
    return section


def extracted(seed: int, sizes: Sequence[int]) -> Section:
    """timeline.merge over per-document timelines of extracted events, of growing size."""
    section = Section(
        "merge-extracted",
        "Merge scaling: events extracted from the generated corpus",
        ("events in", "timelines", "events out", "seconds", "µs per event", "growth vs linear"),
    )
    timelines = _timelines_with(max(sizes), seed)
    previous: tuple[int, float] | None = None
    for size in sizes:
        chosen = _first_events(timelines, size)
        count = sum(len(t) for t in chosen)
        seconds, merged = timed(lambda c=chosen: timeline.merge(*c, *c), repeat=3)
        growth = "" if previous is None else _growth(previous, (2 * count, seconds))
        previous = (2 * count, seconds)
        section.rows.append(
            (
                str(2 * count),
                str(2 * len(chosen)),
                str(len(merged)),
                f"{seconds:.3f}",
                f"{seconds / (2 * count) * 1e6:.1f}",
                growth,
            )
        )
    section.notes.append(
        "Each document's timeline is merged with a copy of itself and all the others, so "
        "half of the input events are duplicates. 'growth vs linear' is the time ratio to the "
        "previous row divided by the size ratio: 1.0 is linear, 2.0 doubles per doubling."
    )
    return section


def _timelines_with(events: int, seed: int) -> list[timeline.Timeline]:
    result: list[timeline.Timeline] = []
    total = 0
    for item in generate(seed=seed + 1):
        found = timeline.extract_many([Document.model_validate(item)])
        result.extend(found)
        total += len(result[-1])
        if total >= events:
            break
    return result


def _first_events(timelines: Sequence[timeline.Timeline], events: int) -> list[timeline.Timeline]:
    chosen, total = [], 0
    for item in timelines:
        if total >= events:
            break
        chosen.append(item)
        total += len(item)
    return chosen


def _growth(before: tuple[int, float], after: tuple[int, float]) -> str:
    return f"{(after[1] / before[1]) / (after[0] / before[0]):.2f}"
