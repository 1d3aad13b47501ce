"""TimelineJS: partial dates to the known precision, display dates, escaped text."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from timeline import Event, Source, Timeline, TimeSpan, export
from timeline.export.timelinejs import dates

from samples import SCRIPT, demo


def _slides() -> dict[str, dict[str, Any]]:
    document = json.loads(export.dumps(demo(), "timelinejs"))
    return {event.title: slide for event, slide in zip(demo(), document["events"], strict=True)}


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        ("2026-01-14", {"year": "2026", "month": "1", "day": "14"}, None),
        ("2026-01", {"year": "2026", "month": "1"}, None),
        ("2026", {"year": "2026"}, None),
        ("2026-33", {"year": "2026", "month": "1"}, {"year": "2026", "month": "3"}),
        (
            "2026-W03",
            {"year": "2026", "month": "1", "day": "12"},
            {"year": "2026", "month": "1", "day": "18"},
        ),
        ("2020-01/2026-03", {"year": "2020", "month": "1"}, {"year": "2026", "month": "3"}),
        ("202X", {"year": "2020"}, {"year": "2029"}),
        ("../2026-01-14", {"year": "2026", "month": "1", "day": "14"}, None),
        ("2026-01/..", {"year": "2026", "month": "1"}, None),
    ],
)
def test_dates_carry_only_the_known_fields(
    when: str, start: dict[str, str], end: dict[str, str] | None
) -> None:
    assert dates(TimeSpan.parse(when)) == (start, end)


def test_times_are_in_utc_with_hours() -> None:
    start, end = dates(TimeSpan.parse("2026-01-14T10:30:00+01:00/2026-01-14T11:00:00+01:00"))
    assert start == {
        "year": "2026",
        "month": "1",
        "day": "14",
        "hour": "9",
        "minute": "30",
        "second": "0",
    }
    assert end is not None
    assert end["hour"] == "10"


def test_slides_have_display_dates_groups_and_ids() -> None:
    slides = _slides()
    assert slides["Sanctions in force"]["display_date"] == "after 20 January 2026"
    assert slides["Expected talks with Moscow"]["display_date"] == "circa February 2026"
    assert slides["Naval exercises"]["group"] == "MOBILIZE"
    assert slides["Naval exercises"]["end_date"] == {"year": "2026", "month": "1", "day": "5"}
    assert all(slide["unique_id"] for slide in slides.values())


def test_headline_and_text_are_html_escaped() -> None:
    text = export.dumps(demo(), "timelinejs")
    assert SCRIPT not in text
    assert "<img" not in text
    slide = _slides()[f"Intelligence failures {SCRIPT}"]
    assert (
        slide["text"]["headline"]
        == "Intelligence failures &lt;script&gt;window.pwned = 1&lt;/script&gt;"
    )
    assert "javascript:" not in slide["text"]["text"]
    linked = _slides()["Venezuelan officials blame Russian and Cuban services"]["text"]["text"]
    assert '<a href="https://example.org/a">seed.txt</a>' in linked


def test_time_event_slide() -> None:
    source = Source(document="d", quote="q", start=0, end=1)
    event = Event(
        when=TimeSpan.at(datetime(2026, 1, 14, 23, 5, tzinfo=UTC)), title="t", sources=(source,)
    )
    (slide,) = json.loads(export.dumps(Timeline([event]), "timelinejs"))["events"]
    assert slide["display_date"] == "14 January 2026 23:05 UTC"
    assert "end_date" not in slide
