"""Write and read time of each export format, as ratios to the JSON document.

Run: .venv/bin/python benchmarks/export_formats.py [N]   (N events, default 2000)
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, date, datetime, timedelta

from timeline import Actor, ActorType, Event, EventKind, Place, Source, Timeline, TimeSpan, export

SPANS = ("2026-01-14", "2026-01", "../2026-01-03", "2025-12-20/2026-01-05", "2026-02~", "2026")


def build(count: int) -> Timeline:
    """``count`` events with every kind of date, actors, places and a multilingual quote."""
    actor = Actor(name="Venezuela", code="VEN", type=ActorType.STATE)
    place = Place(name="Caracas", country="VEN", lat=10.48, lon=-66.9)
    events = []
    for i in range(count):
        when = (
            TimeSpan.at(datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=37 * i))
            if i % 7 == 0
            else TimeSpan.parse(SPANS[i % len(SPANS)])
        )
        quote = f"Le {i} janvier, des responsables « vénézuéliens » ont réagi; coût: 5,3 % ({i})."
        source = Source(
            document=f"doc{i % 50}.txt", url=f"https://example.org/{i}", quote=quote,
            start=i, end=i + len(quote), published=date(2026, 1, 16),
        )  # fmt: skip
        events.append(
            Event(when=when, title=f"Event {i}: talks, sanctions; reactions", summary=quote,
                  kind=list(EventKind)[i % 17], actors=(actor,), places=(place,), sources=(source,))
        )  # fmt: skip
    return Timeline(events)


def measure(timeline: Timeline, name: str) -> tuple[float, float | None]:
    start = time.perf_counter()
    text = export.dumps(timeline, name)
    written = time.perf_counter() - start
    if not export.FORMATS[name][2]:
        return written, None
    start = time.perf_counter()
    assert export.loads(text, name) == timeline
    return written, time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    timeline = build(count)
    results = {name: measure(timeline, name) for name in export.FORMATS}
    base_write, base_read = results["json"]
    print(f"{count} events; seconds, and ratio to json")
    print(f"{'format':<12}{'write s':>9}{'x json':>8}{'read s':>9}{'x json':>8}")
    for name, (write, read) in results.items():
        read_cells = f"{read:>9.2f}{read / (base_read or 1):>8.1f}" if read is not None else ""
        print(f"{name:<12}{write:>9.2f}{write / base_write:>8.1f}{read_cells}")


if __name__ == "__main__":
    main()
