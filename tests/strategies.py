"""Hypothesis strategies for the models, shared by the property-based tests.

``near_duplicates`` and ``corpora`` generate several reports of the same events,
as the merge sees them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import strategies as st

from timeline import Actor, ActorType, Event, EventKind, Place, Precision, Source, Status, TimeSpan

_days = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
_coarse = st.sampled_from([p for p in Precision if p is not Precision.TIME])


@st.composite
def spans(draw: st.DrawFn) -> TimeSpan:
    """Any valid span: a unit, an interval of units, an open interval or a time."""
    shape = draw(st.sampled_from(["unit", "interval", "open_start", "open_end", "time"]))
    if shape == "time":
        moment = datetime(2026, 1, 14, tzinfo=UTC) + timedelta(minutes=draw(st.integers(0, 10**6)))
        return TimeSpan.at(moment)
    precision = draw(_coarse)
    first = TimeSpan.of(draw(_days), precision, approximate=draw(st.booleans()))
    if shape == "unit":
        return first
    second = TimeSpan.of(draw(_days), precision)
    lo, hi = sorted([first, second])
    start = None if shape == "open_start" else lo.start
    end = None if shape == "open_end" else hi.end
    return TimeSpan(start=start, end=end, precision=precision, approximate=first.approximate)


_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
_codes = st.sampled_from(["RUS", "USA", "VEN", "CUB", "NATO", "UN", "EU", "HAMAS"])
_countries = st.sampled_from(["RUS", "USA", "VEN", "CUB", "UKR"])


@st.composite
def sources(draw: st.DrawFn) -> Source:
    """A piece of evidence with consistent offsets."""
    start = draw(st.integers(0, 10_000))
    return Source(
        document=draw(st.sampled_from(["a.txt", "b.txt", "https://example.org/c"])),
        quote=draw(_text),
        start=start,
        end=start + draw(st.integers(0, 500)),
        lang=draw(st.sampled_from([None, "fr", "en"])),
        published=draw(st.none() | _days),
        date_text=draw(st.none() | _text),
    )


actors = st.builds(
    Actor, name=_text.filter(bool), code=_codes, type=st.sampled_from(list(ActorType))
)
places = st.builds(
    Place,
    name=_text.filter(bool),
    country=st.none() | _countries,
    lat=st.none() | st.floats(-90, 90),
    lon=st.none() | st.floats(-180, 180),
)


@st.composite
def events(draw: st.DrawFn) -> Event:
    """A valid event with one to three sources."""
    return Event(
        when=draw(spans()),
        title=draw(_text),
        summary=draw(_text),
        kind=draw(st.sampled_from(list(EventKind))),
        actors=tuple(draw(st.lists(actors, max_size=3))),
        places=tuple(draw(st.lists(places, max_size=2))),
        sources=tuple(draw(st.lists(sources(), min_size=1, max_size=3))),
        confidence=draw(st.floats(0, 1)),
        status=draw(st.sampled_from(list(Status))),
    )


# ------------------------------------------------------------ near-duplicate reports (merge)

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
        "since": lambda: TimeSpan(start=day - back, end=None),
        "year": lambda: TimeSpan.of(day, "year"),
        "decade": lambda: TimeSpan.of(day, "decade"),
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
