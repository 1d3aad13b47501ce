"""A hand-made timeline with every kind of date and hostile text, shared by the export tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from timeline import Actor, ActorType, Event, EventKind, Place, Source, Status, Timeline, TimeSpan

SCRIPT = "<script>window.pwned = 1</script>"
IMAGE = '<img src=x onerror="window.pwned = 2">'
FORMULA = '=HYPERLINK("http://evil.example","click")'
ICAL = "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil"

VEN = Actor(name="Venezuela", code="VEN", type=ActorType.STATE)
RUS = Actor(name="Russia", code="RUS", type=ActorType.STATE)
CUB = Actor(name="Cuba", code="CUB", type=ActorType.STATE)
USA = Actor(name="United States", code="USA", type=ActorType.STATE)


def _source(document: str, quote: str, url: str | None = None) -> Source:
    return Source(
        document=document,
        url=url,
        quote=quote,
        start=0,
        end=len(quote),
        published=date(2026, 1, 16),
    )


def demo() -> Timeline:
    """Eight events: day, month, open start, open end, interval, time, approximate, hostile text."""

    def event(
        when: TimeSpan | str, title: str, kind: EventKind, *actors: Actor, **extra: object
    ) -> Event:
        span = TimeSpan.parse(when) if isinstance(when, str) else when
        sources = extra.pop("sources", (_source("a.txt", f"About: {title}"),))
        return Event.model_validate(
            {
                "when": span,
                "title": title,
                "kind": kind,
                "actors": actors,
                "sources": sources,
                **extra,
            }
        )

    caracas = Place(name="Caracas", country="VEN", lat=10.48, lon=-66.9)
    return Timeline(
        [
            event("2026-01-14", "Venezuelan officials blame Russian and Cuban services",
                  EventKind.ACCUSE, VEN, RUS, CUB,
                  sources=(_source("seed.txt", "Le 14 janvier 2026…", "https://example.org/a"),)),
            event("2026-01", "Security review of the presidential guard", EventKind.CONSULT, VEN),
            event("../2026-01-03", f"Intelligence failures {SCRIPT}", EventKind.OTHER, VEN, CUB,
                  sources=(_source("c.txt", f"Avant le 3 {IMAGE}", "javascript:alert(3)"),)),
            event("2025-12-20/2026-01-05", "Naval exercises", EventKind.MOBILIZE, USA,
                  places=(Place(name="Caribbean Sea"),)),
            event(TimeSpan.at(datetime(2026, 1, 10, 14, 30, tzinfo=UTC)), "Press conference",
                  EventKind.CONSULT, VEN, places=(caracas,)),
            event("2026-02~", "Expected talks with Moscow", EventKind.CONSULT, VEN, RUS,
                  status=Status.PLANNED),
            event("2026-01-20/..", "Sanctions in force", EventKind.SANCTION, USA, VEN),
            event("2025-12", FORMULA, EventKind.THREATEN, USA, summary=f"{ICAL}\n*bold* # [x](y)"),
        ]
    )  # fmt: skip


def demo_copies(count: int, *, start: int = 0) -> Timeline:
    """The demo timeline ``count`` times over, copy ``n`` reported by ``doc-n.txt``."""
    events = []
    for copy in range(start, start + count):
        for event in demo():
            data = event.model_dump()
            data["id"] = ""
            for source in data["sources"]:
                source["document"] = f"doc-{copy}.txt"
            events.append(Event.model_validate(data))
    return Timeline(events)
