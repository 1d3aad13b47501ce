"""Fuzzing every reader and the tagger: only TimelineError (or TypeError) may escape.

Each entry point gets random text, random bytes, date-shaped token soup and valid
documents that were then damaged (a field replaced, a line dropped or repeated,
the text cut). Whatever comes in: no exception other than a TimelineError subclass
(TypeError only for an argument of the wrong type), no offset outside the text,
no event without a source. The budget per test is ``TIMELINE_FUZZ_EXAMPLES``
examples (default 100); docs/reliability.md gives the long-run command.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import warnings
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import (
    DocumentError,
    Timeline,
    TimelineError,
    extract,
    find_dates,
)
from timeline.cli import main
from timeline.documents import Corpus, document_from_record
from timeline.export import FORMATS, dumps, loads, read

from strategies import events

BUDGET = int(os.environ.get("TIMELINE_FUZZ_EXAMPLES", "100"))
fuzz = settings(max_examples=BUDGET, suppress_health_check=[HealthCheck.too_slow])

# Pieces of dates in the six languages, separators and troublemakers: a soup of them
# reaches the tagger's rules far more often than uniform random text.
_WORDS = """
0 1 9 12 14 29 30 31 32 99 1999 2026 1e5 12:30 23:59 24:00 3pm 9h30 Q3 1990s 2026-01-14
January Jan. février févr. marzo März maggio março May Sept. Monday lundi domingo
yesterday hier ayer gestern ieri ontem today tomorrow demain last next ago since
until from to au bis fino al de of the l' el der week semaine mois year année
GMT UTC CET Z +02:00 (heure de Caracas) early mid late spring été winter
after next previous prochaine Kasim anni mesi
Mr. Dr. U.S. J. Iran Russia attacked sanctions accused said after before
"""
TOKENS = (
    *_WORDS.split(),
    *(" ", "  ", "\n", "\n\n", "\t", "/", "-", "\u2013", ".", ",", ";", "(", ")", "'", "\u2019"),
    *('"', "\u00ab", "\u00a0", "\u2028", "\u200b", "\u0301", "\ufeff", "\x00", "\x1b", "\r"),
    *("\ud800", "\U0001f642", "\u0130", "\u0131", "\u017f"),  # re folds these to i, i, s
)
soup = st.lists(st.sampled_from(TOKENS) | st.text(max_size=3), max_size=60).map("".join)
texts = soup | st.text(max_size=200)
langs = st.none() | st.sampled_from(
    ["en", "fr", "es", "de", "it", "pt", "nl", "tr", "ru", "zh", "EN", "xx", "zz-ZZ"]
)
# the calendar's ends, where "next week" or "the day before" has no date
edges = st.sampled_from([date.min, date(1, 1, 6), date(9999, 12, 27), date.max])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


# extract replaces lone surrogates (undecodable halves of JSON escapes) with U+FFFD
SURROGATES = re.compile("[\ud800-\udfff]")


def _check_events(timeline: Timeline, text: str | None = None) -> None:
    """Every event has a source; with ``text``, every source quotes it at its offsets."""
    for event in timeline:
        assert event.sources, f"event without a source: {event.id}"
        for source in event.sources:
            assert source.document
            assert 0 <= source.start <= source.end
            if text is not None:
                assert source.end <= len(text)
                quoted = text[source.start : source.end]
                assert SURROGATES.sub("\ufffd", quoted) == source.quote


def _attempt(call: Any, *args: Any, **kwargs: Any) -> Any:
    """Call; return the result, or None when a TimelineError was raised."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # warnings are fine; escaping exceptions are not
            return call(*args, **kwargs)
    except TimelineError:
        return None


# ------------------------------------------------------------------ the tagger


@fuzz
@given(text=texts, lang=langs, reference=st.none() | st.dates() | edges)
def test_find_dates_offsets_lie_in_the_text(text: str, lang: str | None, reference: date) -> None:
    """Any text, language and reference: mentions are slices of the text, in order."""
    mentions = _attempt(find_dates, text, lang=lang, reference=reference) or []
    previous = 0
    for mention in mentions:
        assert 0 <= mention.start <= mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous
        previous = mention.start


@fuzz
@given(
    text=texts,
    lang=langs,
    published=st.none() | st.dates() | edges | st.datetimes() | st.text(max_size=12),
    source=st.none() | st.text(max_size=20),
)
def test_extract_events_have_sources_inside_the_text(
    text: str, lang: str | None, published: date | datetime | str | None, source: str | None
) -> None:
    """Any document: events carry a source whose quote is the text at its offsets."""
    timeline = _attempt(extract, text, lang=lang, published=published, source=source)
    if timeline is not None:
        _check_events(timeline, text)


@pytest.mark.parametrize("value", [b"14 January 2026", 14, None, ["14 January 2026"]])
def test_wrong_argument_types_raise_type_error(value: Any) -> None:
    """bytes, numbers, None, lists: a TypeError that says what is wanted."""
    with pytest.raises(TypeError, match="str"):
        find_dates(value)
    with pytest.raises(TypeError, match="str"):
        extract(value)


def test_a_lone_surrogate_does_not_break_extraction() -> None:
    """Half of a JSON-escaped emoji in a document: replaced in quotes, offsets kept."""
    text = "Iran attacked \ud800 Israel on 14 January 2026."
    (event,) = extract(text)
    assert "\ufffd" in event.sources[0].quote
    assert event.sources[0].end - event.sources[0].start == len(event.sources[0].quote)
    assert find_dates("\ud83d on 14 January 2026", lang="en")[0].start == 5


# ------------------------------------------------------------- JSON and JSON Lines


def _damaged_json(data: Any, draw: st.DrawFn) -> Any:
    """``data`` with one value somewhere replaced by a random JSON value."""
    if isinstance(data, dict) and data and draw(st.booleans()):
        key = draw(st.sampled_from(sorted(data)))
        return {**data, key: _damaged_json(data[key], draw)}
    if isinstance(data, list) and data and draw(st.booleans()):
        index = draw(st.integers(0, len(data) - 1))
        return [*data[:index], _damaged_json(data[index], draw), *data[index + 1 :]]
    return draw(json_values)


@st.composite
def damaged_documents(draw: st.DrawFn) -> str:
    """A valid timeline JSON document with one value replaced by random JSON."""
    timeline = Timeline(draw(st.lists(events(), min_size=1, max_size=3)))
    data = json.loads(timeline.to_json())
    return json.dumps(_damaged_json(data, draw))


def _cut(text: str, draw: st.DrawFn) -> str:
    """``text`` with a random slice removed or repeated."""
    i = draw(st.integers(0, len(text)))
    j = draw(st.integers(i, len(text)))
    return text[:i] + (text[i:j] * 2 if draw(st.booleans()) else "") + text[j:]


@st.composite
def cut_documents(draw: st.DrawFn, format: str) -> str:
    """A valid document in ``format`` with a slice dropped or doubled."""
    return _cut(dumps(Timeline(draw(st.lists(events(), min_size=1, max_size=3))), format), draw)


def _fuzz_reader(data: str | bytes, format: str) -> None:
    timeline = _attempt(loads, data, format)
    if timeline is not None:
        _check_events(timeline)


@fuzz
@given(
    data=texts
    | st.binary(max_size=200)
    | json_values.map(json.dumps)
    | damaged_documents()
    | cut_documents("json")
)
def test_json_reader_raises_only_format_errors(data: str | bytes) -> None:
    """Random, damaged or cut JSON documents: a Timeline or a FormatError."""
    _fuzz_reader(data, "json")
    timeline = _attempt(Timeline.from_json, data)
    if timeline is not None:
        _check_events(timeline)


@fuzz
@given(
    data=texts
    | st.binary(max_size=200)
    | st.lists(json_values.map(json.dumps), max_size=4).map("\n".join)
    | cut_documents("jsonl")
)
def test_jsonl_reader_raises_only_format_errors(data: str | bytes) -> None:
    """Random or cut JSON Lines: a Timeline or a FormatError."""
    _fuzz_reader(data, "jsonl")
    timeline = _attempt(Timeline.from_jsonl, data)
    if timeline is not None:
        _check_events(timeline)


# --------------------------------------------------------------- iCalendar, CSV

ICAL_LINES = (
    "BEGIN:VCALENDAR",
    "END:VCALENDAR",
    "BEGIN:VEVENT",
    "END:VEVENT",
    "BEGIN:VALARM",
    "END:VALARM",
    "BEGIN:VTIMEZONE",
    "VERSION:2.0",
    "DTSTART:20260114T100000Z",
    "DTSTART;VALUE=DATE:20260114",
    "DTSTART;TZID=Nowhere/Land:20260114T100000",
    "DTSTART;VALUE=DATE,DATE:20260114",
    "DTEND;VALUE=DATE-TIME,PERIOD:20260114T100000Z",
    "DTSTART;TZID=A,B:20260114T100000",
    "RDATE;VALUE=PERIOD:20260114T100000Z/PT1H",
    "GEO;VALUE=FLOAT,TEXT:1;2",
    "CATEGORIES;LANGUAGE=en,fr:a,b",
    "DTSTART:2026",
    "DTEND;VALUE=DATE:20260101",
    "DURATION:P1D",
    "DURATION:-PT5H",
    "RRULE:FREQ=DAILY;COUNT=3",
    "SUMMARY:a\\, b\\; c\\n d",
    "SUMMARY;LANGUAGE=fr:été",
    "UID:x@y",
    "GEO:91;181",
    "GEO:nan;inf",
    'X-TIMELINE-ID:"ev_1"',
    "X-TIMELINE-WHEN:{}",
    'X-TIMELINE-WHEN:"2026-01-14"',
    "X-TIMELINE-SOURCE:[",
    "X-TIMELINE-TITLE:1e999",
    " folded continuation",
    'NAME;P="unterminated:value',
    ":no name",
    "",
)


@st.composite
def ical_soups(draw: st.DrawFn) -> str:
    """Random iCalendar lines, usually inside a calendar."""
    lines = draw(st.lists(st.sampled_from(ICAL_LINES) | st.text(max_size=30), max_size=20))
    if draw(st.booleans()):
        lines = ["BEGIN:VCALENDAR", *lines, "END:VCALENDAR"]
    return draw(st.sampled_from(["\r\n", "\n", "\r"])).join(lines)


@fuzz
@given(data=texts | st.binary(max_size=200) | ical_soups() | cut_documents("ics"))
def test_ical_reader_raises_only_format_errors(data: str | bytes) -> None:
    """Random, structured-random or cut iCalendar: a Timeline or a FormatError."""
    _fuzz_reader(data, "ics")
    timeline = _attempt(Timeline.from_ical, data)
    if timeline is not None:
        _check_events(timeline)


@st.composite
def csv_soups(draw: st.DrawFn) -> str:
    """A header with event_json and rows of random cells, some of them JSON."""
    cells = st.text(max_size=12) | json_values.map(json.dumps) | st.sampled_from(['"', '""', "\r"])
    rows = draw(st.lists(st.lists(cells, max_size=4).map(",".join), max_size=4))
    return "\r\n".join(["id,event_json", *rows])


@fuzz
@given(data=texts | st.binary(max_size=200) | csv_soups() | cut_documents("csv"))
def test_csv_reader_raises_only_format_errors(data: str | bytes) -> None:
    """Random, structured-random or cut CSV: a Timeline or a FormatError."""
    _fuzz_reader(data, "csv")


# ------------------------------------------------------- files and documents

READABLE = sorted(name for name, spec in FORMATS.items() if spec[2])
EXTENSIONS = {"json": ".json", "jsonl": ".jsonl", "ics": ".ics", "csv": ".csv"}
payloads = (
    st.binary(max_size=300)
    | texts.map(lambda t: t.encode("utf-8", "surrogatepass"))
    | json_values.map(lambda v: json.dumps(v).encode())
)


@fuzz
@given(data=payloads, format=st.sampled_from(READABLE))
def test_export_read_raises_only_format_errors(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, format: str
) -> None:
    """Any bytes in a file of any readable format: a Timeline or a FormatError."""
    path = tmp_path_factory.mktemp("read") / f"input{EXTENSIONS[format]}"
    path.write_bytes(data)
    timeline = _attempt(read, path)
    if timeline is not None:
        _check_events(timeline)


@fuzz
@given(
    data=payloads
    | st.lists(json_values.map(json.dumps), max_size=4).map(lambda s: "\n".join(s).encode()),
    suffix=st.sampled_from([".txt", ".json", ".jsonl", ".html", ".md", ".bin"]),
    forced=st.none() | st.sampled_from(["txt", "json", "jsonl", "html"]),
)
def test_document_readers_report_document_errors(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str, forced: str | None
) -> None:
    """Any bytes in an input file: Documents, and DocumentErrors reported, nothing raised."""
    path = tmp_path_factory.mktemp("docs") / f"input{suffix}"
    path.write_bytes(data)
    reported: list[DocumentError] = []
    documents = list(Corpus([path], errors=reported.append, input_format=forced))
    assert all(isinstance(error, DocumentError) for error in reported)
    assert all(isinstance(document.text, str) for document in documents)


@fuzz
@given(record=json_values)
def test_document_records_raise_only_document_errors(record: Any) -> None:
    """Any JSON value as a record: a Document or a DocumentError naming the record."""
    try:
        document = document_from_record(record, source="record")
    except DocumentError as exc:
        error: DocumentError | None = exc
    else:
        error = None
        assert isinstance(document.text, str)
    assert error is None or error.document == "record"


def test_a_missing_file_is_a_format_error(tmp_path: Path) -> None:
    """read() of a file that is not there names it."""
    with pytest.raises(TimelineError, match=r"missing\.json"):
        read(tmp_path / "missing.json")


# ------------------------------------------------------------------ the CLI

OUTPUTS = (".json", ".jsonl", ".ics", ".csv", ".md", ".html", ".timelinejs.json")
COMMANDS = (
    ("extract", ".txt"),
    ("extract", ".jsonl"),
    ("extract", ".html"),
    ("merge", ".json"),
    ("show", ".jsonl"),
    ("export", ".ics"),
    ("query", ".csv"),
)


exports = st.tuples(st.lists(events(), max_size=3), st.sampled_from(READABLE)).map(
    lambda pair: dumps(Timeline(pair[0]), pair[1]).encode("utf-8", "surrogatepass")
)


@settings(max_examples=BUDGET // 2, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=payloads | exports,
    command=st.sampled_from(COMMANDS),
    output=st.sampled_from(OUTPUTS),
)
def test_the_cli_answers_any_file_with_a_status_not_a_traceback(
    tmp_path_factory: pytest.TempPathFactory,
    data: bytes,
    command: tuple[str, str],
    output: str,
) -> None:
    """Any bytes given to any command: exit status 0 or 1, an output file or none, no raise."""
    folder = tmp_path_factory.mktemp("cli")
    path = folder / f"input{command[1]}"
    path.write_bytes(data)
    target = folder / f"out{output}"
    arguments = [command[0], str(path), "-o", str(target)]
    if command[0] == "extract":
        arguments.append("-q")
    if command[0] == "show":
        arguments = ["show", str(path), "--width", "80"]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        status = main(arguments)
    assert status in (0, 1)
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []
