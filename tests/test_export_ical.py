"""iCalendar: valid RFC 5545, lossless round trip, foreign calendars, checked by ical.js."""

from __future__ import annotations

import json
import shutil
import subprocess
import warnings
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import (
    Actor,
    ActorType,
    Event,
    EventKind,
    FormatError,
    Place,
    Source,
    Timeline,
    TimelineWarning,
    TimeSpan,
    export,
)

from conftest import ROOT
from ical_lint import problems
from strategies import events

DATA = ROOT / "tests" / "data" / "ical"
JS = ROOT / "tests" / "js"


def _event(when: str | TimeSpan, title: str = "Talks", **extra: object) -> Event:
    span = TimeSpan.parse(when) if isinstance(when, str) else when
    source = Source(
        document="a.txt", url="https://example.org/a", quote="q", start=0, end=1,
        published=date(2026, 1, 15),
    )  # fmt: skip
    return Event.model_validate({"when": span, "title": title, "sources": (source,), **extra})


def _vevent(event: Event) -> icalendar.Event:
    calendar = icalendar.Calendar.from_ical(Timeline([event]).to_ical())
    vevent: icalendar.Event = calendar.walk("VEVENT")[0]
    return vevent


# ------------------------------------------------------------------ writing


def test_calendar_has_version_prodid_and_one_vevent_per_event() -> None:
    text = Timeline([_event("2026-01-14"), _event("2026-01-15")]).to_ical()
    calendar = icalendar.Calendar.from_ical(text)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    assert len(calendar.walk("VEVENT")) == 2


def test_day_is_an_all_day_event_with_exclusive_end() -> None:
    vevent = _vevent(_event("2026-01-14"))
    assert vevent.decoded("DTSTART") == date(2026, 1, 14)
    assert vevent.decoded("DTEND") == date(2026, 1, 15)
    assert "VALUE=DATE" in vevent.to_ical().decode()
    assert vevent["SUMMARY"] == "Talks"


@pytest.mark.parametrize(
    ("when", "start", "end", "label"),
    [
        ("2026-01", date(2026, 1, 1), date(2026, 2, 1), "[January 2026] Talks"),
        ("2026", date(2026, 1, 1), date(2027, 1, 1), "[2026] Talks"),
        ("2026-33", date(2026, 1, 1), date(2026, 4, 1), "[Q1 2026] Talks"),
        ("2026-W03", date(2026, 1, 12), date(2026, 1, 19), "[week 3 of 2026] Talks"),
        ("2026-01~", date(2026, 1, 1), date(2026, 2, 1), "[circa January 2026] Talks"),
    ],
)
def test_coarse_precision_spans_the_period_and_shows_in_title(
    when: str, start: date, end: date, label: str
) -> None:
    vevent = _vevent(_event(when))
    assert (vevent.decoded("DTSTART"), vevent.decoded("DTEND")) == (start, end)
    assert vevent["SUMMARY"] == label
    assert vevent["X-TIMELINE-PRECISION"] == TimeSpan.parse(when).precision.value


def test_open_interval_is_one_day_on_the_known_bound_saying_before() -> None:
    vevent = _vevent(_event("../2026-01-14"))
    assert vevent.decoded("DTSTART") == date(2026, 1, 14)
    assert vevent.decoded("DTEND") == date(2026, 1, 15)
    assert vevent["SUMMARY"] == "[before 14 January 2026] Talks"
    assert vevent["X-TIMELINE-OPEN"] == "start"
    after = _vevent(_event("2026-01-14/.."))
    assert after["SUMMARY"].startswith("[after 14 January 2026]")
    assert after["X-TIMELINE-OPEN"] == "end"


def test_timed_event_is_in_utc() -> None:
    paris = timezone(timedelta(hours=1))
    span = TimeSpan.at(datetime(2026, 1, 14, 10, 30, tzinfo=paris))
    vevent = _vevent(_event(span))
    assert vevent.decoded("DTSTART") == datetime(2026, 1, 14, 9, 30, tzinfo=UTC)
    assert "DTSTART:20260114T093000Z" in vevent.to_ical().decode()


def test_uid_comes_from_the_event_id_and_dtstamp_from_the_sources() -> None:
    event = _event("2026-01-14")
    vevent = _vevent(event)
    assert vevent["UID"] == f"{event.id}@timeline"
    assert vevent.decoded("DTSTAMP") == datetime(2026, 1, 15, tzinfo=UTC)


def test_same_timeline_gives_same_bytes_and_stamp_can_be_given() -> None:
    timeline = Timeline([_event("2026-01-14"), _event("2026-02")])
    assert timeline.to_ical() == timeline.to_ical()
    stamped = timeline.to_ical(stamp=datetime(2026, 3, 1, 12, tzinfo=UTC))
    assert "DTSTAMP:20260301T120000Z" in stamped


def test_description_categories_location_geo_and_url() -> None:
    event = _event(
        "2026-01-14",
        summary="Strikes on the capital",
        kind=EventKind.ASSAULT,
        actors=(Actor(name="Russia", code="RUS", type=ActorType.STATE),),
        places=(Place(name="Kyiv", country="UKR", lat=50.45, lon=30.5234567),),
    )
    vevent = _vevent(event)
    description = vevent["DESCRIPTION"]
    assert "Strikes on the capital" in description
    assert "Russia (RUS)" in description
    assert "https://example.org/a" in description
    assert "“q”" in description
    assert vevent["CATEGORIES"].cats == ["ASSAULT", "RUS"]
    assert vevent["LOCATION"] == "Kyiv (UKR)"
    assert "GEO:50.450000;30.523457\r\n" in Timeline([event]).to_ical()
    assert vevent["URL"] == "https://example.org/a"


def test_url_with_spaces_or_newlines_is_not_written_as_a_uri() -> None:
    source = Source(document="d", url="https://x.org/a\r\nEND:VEVENT", quote="q", start=0, end=1)
    event = Event(when=TimeSpan.parse("2026-01-14"), title="t", sources=(source,))
    text = Timeline([event]).to_ical()
    assert "\nURL" not in text
    assert "\r\nEND:VEVENT\r\n" in text  # only the real one
    assert text.count("END:VEVENT") == 1 + text.count("\\nEND:VEVENT")


def test_injected_properties_stay_inside_the_text() -> None:
    title = "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\nSUMMARY:pwned;a,b\\"
    timeline = Timeline([_event("2026-01-14", title=title, summary=title)])
    text = timeline.to_ical()
    assert problems(text.encode()) == []
    calendar = icalendar.Calendar.from_ical(text)
    assert len(calendar.walk("VEVENT")) == 1
    assert "UID:evil" not in text.split("\r\n")
    assert Timeline.from_ical(text) == timeline


def test_duplicate_events_get_distinct_uids() -> None:
    event = _event("2026-01-14")
    text = Timeline([event, event]).to_ical()
    assert problems(text.encode()) == []
    assert Timeline.from_ical(text) == Timeline([event, event])


# ------------------------------------------------------------------ laws


@given(st.lists(events(), max_size=4))
def test_round_trip_is_exact(items: list[Event]) -> None:
    timeline = Timeline(items)
    assert Timeline.from_ical(timeline.to_ical()) == timeline


@given(st.lists(events(), max_size=4))
def test_every_export_passes_the_lint_and_icalendar(items: list[Event]) -> None:
    text = Timeline(items).to_ical()
    assert problems(text.encode("utf-8")) == []
    calendar = icalendar.Calendar.from_ical(text)
    assert len(calendar.walk("VEVENT")) == len(items)


@given(st.text(max_size=200))
def test_folding_counts_octets_and_never_splits_a_character(text: str) -> None:
    exported = Timeline([_event("2026-01-14", title=text, summary=text * 3)]).to_ical()
    assert problems(exported.encode("utf-8")) == []


def test_the_lint_catches_what_parsers_forgive() -> None:
    good = Timeline([_event("2026-01-14")]).to_ical().encode()
    assert problems(good) == []
    assert problems(good.replace(b"\r\n", b"\n"))
    assert any("octets" in p for p in problems(good.replace(b"\r\n ", b"")))
    assert problems(good.replace(b"DTEND;VALUE=DATE:20260115", b"DTEND;VALUE=DATE:20260113"))
    assert problems(good.replace(b"SUMMARY:Talks", b"SUMMARY:Talks, again"))
    twice = Timeline([_event("2026-01-14"), _event("2026-01-15")]).to_ical().encode()
    uid = _vevent(_event("2026-01-15"))["UID"].encode()
    assert any(
        "UID" in p
        for p in problems(twice.replace(uid, _vevent(_event("2026-01-14"))["UID"].encode()))
    )


# ------------------------------------------------------------------ ical.js


def _ical_js(paths: list[Path]) -> list[dict[str, object]]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: cannot run Mozilla's ical.js")
    if not (JS / "node_modules" / "ical.js").is_dir():
        pytest.skip("ical.js is not installed: run `npm ci` in tests/js (make test does)")
    done = subprocess.run(
        [node, str(JS / "parse-ics.mjs"), *map(str, paths)],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_ical_js_reads_dates_titles_and_uids(tmp_path: Path) -> None:
    nine = TimeSpan.at(datetime(2026, 1, 14, 9, tzinfo=UTC))
    timeline = Timeline(
        [
            _event("2026-01-14", title="A, b; c"),
            _event("2026-01"),
            _event("../2026-01-20"),
            _event(nine),
        ]
    )
    path = export.write(timeline, tmp_path / "t.ics")
    (parsed,) = _ical_js([path])
    seen = {e["uid"]: (e["summary"], e["start"], e["end"], e["isDate"]) for e in parsed["events"]}  # type: ignore[index]
    by_title = {v[0]: v[1:] for v in seen.values()}
    assert by_title["A, b; c"] == ("2026-01-14", "2026-01-15", True)
    assert by_title["[January 2026] Talks"] == ("2026-01-01", "2026-02-01", True)
    assert by_title["[before 20 January 2026] Talks"] == ("2026-01-20", "2026-01-21", True)
    assert by_title["Talks"] == ("2026-01-14T09:00:00Z", "2026-01-14T09:00:00Z", False)
    assert set(seen) == {f"{e.id}@timeline" for e in timeline}


@settings(max_examples=15)
@given(st.lists(events(), min_size=1, max_size=4))
def test_ical_js_reads_every_export_as_icalendar_does(
    tmp_path_factory: pytest.TempPathFactory, items: list[Event]
) -> None:
    path = export.write(Timeline(items), tmp_path_factory.mktemp("ics") / "t.ics")
    (parsed,) = _ical_js([path])
    seen = sorted((e["uid"], e["summary"], e["description"]) for e in parsed["events"])  # type: ignore[index]
    vevents = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    expected = sorted((str(v["UID"]), str(v["SUMMARY"]), str(v["DESCRIPTION"])) for v in vevents)
    assert seen == expected


def test_ical_js_reads_the_foreign_fixtures() -> None:
    parsed = _ical_js(sorted(DATA.glob("*.ics")))
    assert [len(p["events"]) for p in parsed] == [2, 2, 2]  # type: ignore[arg-type]


# ------------------------------------------------------------------ foreign files


def test_google_calendar_export_imports_with_timezone_and_rrule_kept() -> None:
    timeline = export.read(DATA / "google.ics")
    briefing, summit = timeline
    assert briefing.when.start_time == datetime(2026, 1, 14, 9, tzinfo=UTC)
    assert briefing.when.end_time == datetime(2026, 1, 14, 10, 30, tzinfo=UTC)
    assert briefing.title == "Briefing: talks; round 2"
    assert briefing.kind is EventKind.OTHER
    assert "RRULE FREQ=WEEKLY;COUNT=4;BYDAY=WE" in briefing.summary
    assert "Ana Lopez <ana@example.org>" in briefing.summary
    assert briefing.places[0].name == "Quai d'Orsay, Paris"
    (source,) = briefing.sources
    assert source.document.endswith("google.ics")
    assert source.quote.startswith("Briefing: talks; round 2\nWeekly briefing")
    assert source.published == date(2026, 1, 9)
    text = (DATA / "google.ics").read_bytes().decode("utf-8")
    assert text[source.start : source.end].startswith("BEGIN:VEVENT")
    assert text[source.start : source.end].endswith("END:VEVENT")
    assert summit.when == TimeSpan.parse("2026-01-20/2026-01-22")
    assert (summit.places[0].lat, summit.places[0].lon) == (46.2044, 6.1432)


def test_outlook_export_with_windows_timezone_and_duration() -> None:
    call, holiday = export.read(DATA / "outlook.ics")
    assert call.when.start_time == datetime(2026, 2, 3, 14, tzinfo=UTC)
    assert call.when.end_time == datetime(2026, 2, 3, 14, 45, tzinfo=UTC)
    assert "ORGANIZER: Desk Europe <desk@example.org>" in call.summary
    assert "STATUS: TENTATIVE" in call.summary
    assert "X-MICROSOFT" not in call.summary
    assert holiday.when == TimeSpan.parse("2026-03-01")  # no DTEND: one day


def test_thunderbird_floating_time_becomes_a_day_unless_a_timezone_is_given() -> None:
    text = (DATA / "thunderbird.ics").read_bytes()
    floating, deadline = Timeline.from_ical(text)
    assert floating.when == TimeSpan.parse("2026-01-15")
    assert "09:00 has no timezone" in floating.summary
    assert "CATEGORIES: Work,Diplomacy" in floating.summary
    assert deadline.sources[0].url == "https://example.org/deadline"
    paris = timezone(timedelta(hours=1))
    placed = Timeline.from_ical(text, floating_tz=paris)
    assert placed[0].when.start_time == datetime(2026, 1, 15, 8, tzinfo=UTC)
    assert placed[0].when.end_time == datetime(2026, 1, 15, 9, tzinfo=UTC)


def test_foreign_events_export_again_cleanly() -> None:
    timeline = export.read(DATA / "google.ics") | export.read(DATA / "outlook.ics")
    assert problems(timeline.to_ical().encode()) == []
    assert Timeline.from_ical(timeline.to_ical()) == timeline


def test_vevent_without_dtstart_is_skipped_with_a_warning() -> None:
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x\nSUMMARY:y\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    with pytest.warns(TimelineWarning, match="line 3"):
        assert len(Timeline.from_ical(text)) == 0


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("", 1, "BEGIN:VCALENDAR"),
        ("hello", 1, "content line"),
        ("BEGIN:VCALENDAR\nVERSION:2.0\nnot a line\nEND:VCALENDAR\n", 3, "content line"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VCALENDAR\n", 3, "END:VEVENT"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:soon\nEND:VEVENT\nEND:VCALENDAR\n", 3, "DTSTART"),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\nDURATION:long\nEND:VEVENT\nEND:VCALENDAR\n",
            4,
            "DURATION",
        ),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\nX-TIMELINE-ID:{\nEND:VEVENT\nEND:VCALENDAR\n",
            4,
            "X-TIMELINE-ID",
        ),
    ],
)
def test_malformed_input_names_the_line(text: str, line: int, expected: str) -> None:
    with pytest.raises(FormatError, match=expected) as raised:
        Timeline.from_ical(text)
    assert raised.value.line == line


def test_unclosed_calendar_names_where_it_began() -> None:
    with pytest.raises(FormatError, match="on line 1"):
        Timeline.from_ical("BEGIN:VCALENDAR\nVERSION:2.0\n")


def test_invalid_utf8_names_the_line() -> None:
    with pytest.raises(FormatError, match="UTF-8") as raised:
        Timeline.from_ical(b"BEGIN:VCALENDAR\r\nSUMMARY:\xff\r\nEND:VCALENDAR\r\n")
    assert raised.value.line == 2


_FIXTURE_LINES = [
    line
    for path in sorted(DATA.glob("*.ics"))
    for line in path.read_bytes().decode("utf-8").split("\r\n")
    if line and not line.startswith(("BEGIN:", "END:", " "))
]


@given(st.lists(st.sampled_from(_FIXTURE_LINES) | st.text(max_size=30), max_size=12))
def test_odd_vevents_never_crash(lines: list[str]) -> None:
    """Any mix of real and garbage lines gives events, a warning or a FormatError, nothing else."""
    body = "\r\n".join(["BEGIN:VCALENDAR", "BEGIN:VEVENT", *lines, "END:VEVENT", "END:VCALENDAR"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", TimelineWarning)
        try:
            timeline = Timeline.from_ical(body)
        except FormatError as error:
            line = error.line
        else:
            assert len(timeline) <= 1
            return
    assert line is None or 1 <= line <= len(lines) + 4


@pytest.mark.parametrize(
    "lines",
    [
        ["DTSTART;VALUE=DATE:99991231", "DURATION:P2D"],
        ["DTSTART:99991231T230000Z", "DURATION:PT2H"],
        ["DTSTART;TZID=Asia/Tokyo:00010101T000000"],
        ["DTSTART;TZID=Asia/Tokyo:18000101T000000"],
        ["DTSTART;TZID=America/New_York:99991231T230000"],
    ],
)
def test_dates_at_the_ends_of_the_calendar_import_and_export(lines: list[str]) -> None:
    body = "\r\n".join(["BEGIN:VCALENDAR", "BEGIN:VEVENT", *lines, "END:VEVENT", "END:VCALENDAR"])
    timeline = Timeline.from_ical(body)
    assert len(timeline) == 1
    assert problems(timeline.to_ical().encode()) == []
    assert Timeline.from_ical(timeline.to_ical()) == timeline


def test_a_calendar_mixing_our_events_and_foreign_ones_reads_both() -> None:
    ours = Timeline([_event("2026-01-14")])
    foreign = (
        "BEGIN:VEVENT\r\nUID:x@y\r\nDTSTART;VALUE=DATE:20260301\r\nSUMMARY:Other\r\nEND:VEVENT\r\n"
    )
    text = ours.to_ical().replace("END:VCALENDAR\r\n", foreign + "END:VCALENDAR\r\n")
    first, second = Timeline.from_ical(text)
    assert first == ours[0]
    assert (second.title, second.when) == ("Other", TimeSpan.parse("2026-03-01"))


def _merged() -> Event:
    first, second = _event("2026-01-14", title="Strike"), _event("2026-01-14", title="Attack")
    second = second.model_copy(
        update={"sources": (second.sources[0].model_copy(update={"document": "b.txt"}),)}
    )
    second = Event.model_validate({**second.model_dump(), "id": ""})
    return Event(
        when=first.when,
        title="Strike",
        sources=first.sources + second.sources,
        reports=(first, second),
    )


def test_merged_events_keep_their_reports() -> None:
    timeline = Timeline([_merged()])
    text = timeline.to_ical()
    assert text.count("X-TIMELINE-REPORT:") == 2
    assert Timeline.from_ical(text) == timeline
    assert export.loads(export.dumps(timeline, "csv"), "csv") == timeline


def test_every_event_field_travels_in_an_x_property() -> None:
    vevent = _vevent(_event("2026-01-14"))
    names = {name.removeprefix("X-TIMELINE-") for name in vevent if name.startswith("X-TIMELINE-")}
    scalars = {f.upper() for f in Event.model_fields}
    assert {"ID", "WHEN", "TITLE", "SUMMARY", "KIND", "CONFIDENCE", "STATUS"} <= names
    assert scalars - {"ACTORS", "PLACES", "SOURCES", "RELATED", "REPORTS"} <= names


def test_a_file_from_before_a_field_existed_reads_with_its_default() -> None:
    text = Timeline([_event("2026-01-14")]).to_ical()
    older = "".join(
        line for line in text.splitlines(keepends=True) if "X-TIMELINE-CONFIDENCE" not in line
    )
    (event,) = Timeline.from_ical(older)
    assert event.confidence == Event.model_fields["confidence"].default
