"""The terminal table of `timeline show`."""

from __future__ import annotations

from datetime import date

from timeline import Actor, ActorType, Event, Place, Source, Timeline, TimeSpan
from timeline._table import format_table


def _event(title: str, day: int) -> Event:
    source = Source(document="d", quote=title, start=0, end=len(title))
    return Event(
        when=TimeSpan.of(date(2026, 1, day)),
        title=title,
        sources=(source,),
        actors=(Actor(name="Venezuela", code="VEN", type=ActorType.STATE),),
        places=(Place(name="Caracas"),),
    )


def test_rows_hold_date_kind_actors_places_sources_and_title() -> None:
    lines = format_table(Timeline([_event("Talks began.", 14)])).splitlines()
    assert lines[0].split() == ["WHEN", "KIND", "ACTORS", "PLACES", "SRC", "TITLE"]
    assert lines[1].split() == ["2026-01-14", "OTHER", "VEN", "Caracas", "1", "Talks", "began."]
    assert lines[-1] == "1 event"


def test_long_titles_are_cut_to_the_width() -> None:
    table = format_table(Timeline([_event("word " * 60, 1), _event("short", 2)]), width=80)
    assert all(len(line) <= 80 for line in table.splitlines())
    assert "…" in table.splitlines()[1]


def test_an_empty_timeline_is_a_header_and_a_count() -> None:
    assert format_table(Timeline()).splitlines()[-1] == "0 events"
