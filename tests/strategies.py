"""Hypothesis strategies for the models, shared by the property-based tests."""

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
