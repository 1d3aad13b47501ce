"""Merge speed on synthetic corpora of 10k, 100k (and, with --full, 1M) reports.

Each synthetic real-world event is told by one to five reports in several
languages and documents, with dates at different precisions (day, time,
month, interval, year, open), a subset of its actors, a near kind or OTHER,
and titles drawn from its own words. The corpus covers more days as it grows
(about 40 real events a day, as in a large news archive), so the work per
report stays bounded when blocking by date works.

Printed side by side: ``merge`` and the peer ``dedupe`` (keeping one event per
id, what the first version did), their ratio, and the growth of merge time for
10x more reports (the goal is <= 15x; and 100k reports under 10 s on one core).

    python benchmarks/bench_merge.py            # 10k and 100k
    python benchmarks/bench_merge.py --full     # also 1M (a few minutes, ~10 GB)
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from timeline import Actor, ActorType, Event, EventKind, Source, Timeline, TimeSpan, merge

EVENTS_PER_DAY = 40
START = date(2000, 1, 1)
LANGS = ["en", "fr", "es", "de", "it", "pt"]
NEAR = {EventKind.ASSAULT: EventKind.COERCE, EventKind.CONSULT: EventKind.AGREE}


def _actors(rng: random.Random) -> list[Actor]:
    codes = [a + b + c for a in "ABCDEFGH" for b in "ABCD" for c in "AB"]  # 64 states
    states = [Actor(name=f"State {code}", code=code, type=ActorType.STATE) for code in codes]
    people = [
        Actor(
            name=f"Person {i}",
            code=f"P{i:03d}",
            type=ActorType.PERSON,
            country=rng.choice(codes),
        )
        for i in range(200)
    ]
    return states + people


def _when(rng: random.Random, day: date) -> TimeSpan:
    roll = rng.random()
    if roll < 0.78:
        return TimeSpan.of(day)
    if roll < 0.84:
        return TimeSpan.at(datetime(day.year, day.month, day.day, rng.randrange(24), tzinfo=UTC))
    if roll < 0.93:
        return TimeSpan.of(day, "month")
    if roll < 0.97:
        return TimeSpan(start=day - timedelta(days=rng.randrange(1, 5)), end=day)
    if roll < 0.99:
        return TimeSpan.of(day, "year")
    return TimeSpan(start=None, end=day + timedelta(days=rng.randrange(0, 10)))


def corpus(size: int, *, seed: int = 7) -> list[Event]:
    """``size`` reports of about size/3 real events."""
    rng = random.Random(seed)
    actors = _actors(rng)
    weights = [1 / (rank + 1) for rank in range(len(actors))]
    vocabulary = [f"word{i}" for i in range(2000)]
    kinds = list(EventKind)
    reports: list[Event] = []
    number = 0
    while len(reports) < size:
        day = START + timedelta(days=number // EVENTS_PER_DAY)
        cast = list(dict.fromkeys(rng.choices(actors, weights, k=rng.randint(1, 3))))
        kind = rng.choice(kinds)
        words = rng.sample(vocabulary, 8)
        for _ in range(min(rng.randint(1, 5), size - len(reports))):
            reports.append(_report(rng, len(reports), day=day, cast=cast, kind=kind, words=words))
        number += 1
    return reports


def _report(
    rng: random.Random, n: int, *, day: date, cast: list[Actor], kind: EventKind, words: list[str]
) -> Event:
    title = " ".join(rng.sample(words, 5))
    told = tuple(rng.sample(cast, rng.randint(1, len(cast)))) if rng.random() < 0.95 else ()
    roll = rng.random()
    kind = EventKind.OTHER if roll < 0.1 else NEAR.get(kind, kind) if roll < 0.15 else kind
    source = Source(
        document=f"doc{n // 4}", quote=title, start=n % 4 * 200, end=n % 4 * 200 + len(title)
    )
    source = source.model_copy(update={"lang": rng.choice(LANGS)})
    return Event(
        when=_when(rng, day),
        title=title,
        kind=kind,
        actors=told,
        sources=(source,),
        confidence=rng.choice([0.3, 0.5, 0.7, 0.9]),
    )


def dedupe(timeline: Timeline) -> Timeline:
    """The peer: one event per id (what merge did before same-event detection)."""
    return Timeline({event.id: event for event in timeline}.values())


def _timed(run: Callable[[Timeline], Timeline], timeline: Timeline) -> tuple[float, Timeline]:
    """CPU seconds of ``run(timeline)`` (process time: the machine may be shared)."""
    gc.collect()
    began = time.process_time()
    result = run(timeline)
    return time.process_time() - began, result


def main() -> None:
    """Print one row per size and the growth ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also merge 1M reports")
    parser.add_argument("--sizes", type=int, nargs="*", help="sizes to run instead")
    args = parser.parse_args()
    sizes = args.sizes or ([10_000, 100_000, 1_000_000] if args.full else [10_000, 100_000])
    print(f"{'reports':>9} {'events':>9} {'merge s':>9} {'dedupe s':>9} {'ratio':>6} {'growth':>9}")
    previous: tuple[int, float] | None = None
    for size in sizes:
        timeline = Timeline(corpus(size))
        peer, _ = _timed(dedupe, timeline)
        seconds, result = _timed(merge, timeline)
        growth = ""
        if previous:
            growth = f"{seconds / previous[1]:.1f}x/{size / previous[0]:.0f}x"
        print(
            f"{size:>9} {len(result):>9} {seconds:>9.2f} {peer:>9.2f} "
            f"{seconds / peer:>6.1f} {growth:>9}",
            flush=True,
        )
        previous = (size, seconds)
        del timeline, result


if __name__ == "__main__":
    main()
