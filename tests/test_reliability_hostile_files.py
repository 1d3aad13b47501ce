"""Hostile files: big, broken, deep, badly encoded or wrongly typed.

Whatever the file: a clear error (FormatError for timeline files, DocumentError for
input documents) that names the place, memory in proportion to the file, and no
partial output. Files over the readers' limit (64 MiB unless told otherwise) are
refused before they are read; under it, a 3 MB file shows the memory bound, and
benchmarks/bench_worst_case.py reads a 100 MB .ics with the limit lifted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline import DocumentError, FormatError, Timeline, TimelineError
from timeline import cli as cli_module
from timeline.documents import Corpus
from timeline.export import dumps, loads, write

from samples import demo, demo_copies

READABLE = ("json", "jsonl", "ics", "csv")
SUFFIX = {"json": ".json", "jsonl": ".jsonl", "ics": ".ics", "csv": ".csv"}
MEMORY_FACTOR = 30  # peak memory growth allowed, as a multiple of the file size
DEPTH = 1_000_000
MB = 1_000_000


def _timeline(copies: int) -> Timeline:
    """The sample timeline, ``copies`` times over (each copy from other documents)."""
    return demo_copies(copies)


def _outcome(reader: Any, text: str) -> Timeline | FormatError:
    """What ``reader(text)`` gives: a Timeline, or the FormatError it raised."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # foreign calendars warn about what they skip
            timeline: Timeline = reader(text)
    except FormatError as exc:
        return exc
    return timeline


# ------------------------------------------------------------------ size

_MEASURE = r"""
import resource, sys, warnings
from pathlib import Path
import timeline.export.ical, timeline.export.csv  # libraries loaded before the baseline
from timeline.export import read
warnings.simplefilter("ignore")
path = Path(sys.argv[1])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
events = len(read(path))
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(events, (after - before) / path.stat().st_size)
"""


def _child(script: str, path: Path, *, timeout: int) -> list[str]:
    """The words ``script`` prints, run in a fresh interpreter on ``path``."""
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    return done.stdout.split()


@pytest.mark.parametrize("format", READABLE)
def test_a_3_mb_file_reads_in_memory_proportional_to_it(tmp_path: Path, format: str) -> None:
    """Peak memory grows by at most MEMORY_FACTOR times the file (measured: 9x to 19x)."""
    timeline = _timeline(300)
    path = write(timeline, tmp_path / f"big{SUFFIX[format]}")
    events, growth = _child(_MEASURE, path, timeout=300)
    assert int(events) == len(timeline)
    assert float(growth) < MEMORY_FACTOR, f"{format}: {float(growth):.1f} x the file size"


_REFUSE = r"""
import resource, sys
from timeline import FileTooLargeError
from timeline.export import read
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
try:
    read(sys.argv[1])
except FileTooLargeError as exc:
    print(exc.size, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - before)
"""


@pytest.mark.parametrize("megabytes", [100, 10_000])
def test_a_huge_ics_is_refused_in_bounded_memory(tmp_path: Path, megabytes: int) -> None:
    """A 100 MB (and a 10 GB, sparse) calendar: a FileTooLargeError, memory unchanged."""
    path = tmp_path / "huge.ics"
    with path.open("wb") as stream:
        stream.write(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
        stream.truncate(megabytes * MB)
    size, grown = _child(_REFUSE, path, timeout=120)
    assert int(size) == megabytes * MB
    assert int(grown) < 4 * 2**20  # bytes of peak memory growth: nothing was read


def test_the_cli_names_a_file_over_the_limit_and_writes_nothing(tmp_path: Path) -> None:
    big = write(_timeline(20), tmp_path / "big.ics")
    output = tmp_path / "out.json"
    status = cli_module.main(["export", str(big), "-o", str(output), "--max-size", "0.01"])
    assert status == 1
    assert not output.exists()
    assert cli_module.main(["export", str(big), "-o", str(output), "--max-size", "0"]) == 0
    assert len(Timeline.from_json(output.read_bytes())) == len(_timeline(20))


def _calendar(*lines: str) -> str:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:a@b"]
    tail = ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join([*head, "DTSTART;VALUE=DATE:20260114", *lines, *tail])


LONG_LINES = {
    "a 1 MB summary": _calendar("SUMMARY:" + "a" * MB),
    "1 MB of escapes": _calendar("SUMMARY:" + "\\," * (MB // 2)),
    "1 MB of parameters": _calendar("X-A" + ";a=b" * (MB // 4) + ":v"),
    "1 MB of parameters, no colon": _calendar("X-A" + ";a=b" * (MB // 4)),
    "1 MB of quoted parameters, no colon": _calendar("X-A" + ';a="b"' * (MB // 6)),
    "1 MB of empty values": _calendar("X-A;a=" + "," * MB),
    "1 MB folded": _calendar("SUMMARY:x", *[" " + "b" * 72] * (MB // 74)),
    "1 MB X-TIMELINE value": _calendar('X-TIMELINE-ID:"' + "a" * MB + '"'),
    "1 MB of nested JSON": _calendar("X-TIMELINE-ID:" + "[" * MB),
}


@pytest.mark.parametrize("name", LONG_LINES)
def test_1_mb_ical_lines_give_events_or_a_line_numbered_error(name: str) -> None:
    """Long lines of each shape: read, or refused naming line 7 (where the long line is)."""
    outcome = _outcome(Timeline.from_ical, LONG_LINES[name])
    if isinstance(outcome, FormatError):
        assert outcome.line == 7, str(outcome)
    else:
        assert len(outcome) == 1


# ------------------------------------------------------------ broken structure

BROKEN_CALENDARS = {
    "unterminated event": ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260114T100000Z\r\n", 2),
    "unterminated calendar": ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 1),
    "END without BEGIN": ("BEGIN:VCALENDAR\r\nEND:VEVENT\r\n", 2),
    "crossed components": (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nBEGIN:VALARM\r\nEND:VEVENT\r\nEND:VALARM\r\n",
        4,
    ),
    "content after the end": ("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nSUMMARY:x\r\n", 3),
    "no calendar": ("BEGIN:VEVENT\r\nEND:VEVENT\r\n", 1),
    "a line without a colon": ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY\r\n", 3),
}


@pytest.mark.parametrize("name", BROKEN_CALENDARS)
def test_broken_calendar_structure_is_a_format_error_naming_the_line(name: str) -> None:
    """Unterminated, crossed or stray components: the error names the line to look at."""
    text, line = BROKEN_CALENDARS[name]
    with pytest.raises(FormatError) as caught:
        Timeline.from_ical(text)
    assert str(line) in str(caught.value)


def test_deeply_nested_components_do_not_overflow_the_stack() -> None:
    """20,000 nested VALARMs inside one VEVENT: one event, no RecursionError."""
    depth = 20_000
    text = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260114T100000Z\r\n"
        + "BEGIN:VALARM\r\n" * depth
        + "END:VALARM\r\n" * depth
        + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert len(Timeline.from_ical(text)) == 1


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


NESTED = {
    "json": _nested(DEPTH),
    "jsonl": _nested(DEPTH),
    "csv": 'id,event_json\r\nx,"' + _nested(DEPTH) + '"\r\n',
    "ics": _calendar("X-TIMELINE-ID:" + _nested(DEPTH)),
}


@pytest.mark.parametrize("format", READABLE)
def test_a_million_nested_arrays_is_a_format_error(format: str) -> None:
    """json.loads recurses: the RecursionError becomes a FormatError naming the line."""
    with pytest.raises(FormatError, match="nested less deeply") as caught:
        loads(NESTED[format], format)
    assert caught.value.line is not None


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_a_million_nested_arrays_in_a_document_is_a_document_error(
    tmp_path: Path, suffix: str
) -> None:
    """Input documents nested a million deep: reported and skipped, the next file is read."""
    (tmp_path / f"a{suffix}").write_text(_nested(DEPTH))
    (tmp_path / "b.txt").write_text("On 14 January 2026 Iran attacked Israel.")
    reported: list[DocumentError] = []
    documents = list(Corpus([tmp_path], errors=reported.append))
    name = str(tmp_path / f"a{suffix}") + (":1" if suffix == ".jsonl" else "")
    assert [error.document for error in reported] == [name]
    assert "deeply" in reported[0].reason
    assert [document.source for document in documents] == [str(tmp_path / "b.txt")]


# ------------------------------------------------------------------ encodings


@pytest.mark.parametrize("format", READABLE)
def test_invalid_utf8_is_a_format_error_naming_the_line(format: str) -> None:
    """A byte that is not UTF-8 on line 3: FormatError at line 3, not UnicodeDecodeError."""
    lines = dumps(_timeline(1), format).encode("utf-8").split(b"\n")
    lines[2] = lines[2][:5] + b"\xff\xfe\xc3(" + lines[2][5:]
    with pytest.raises(FormatError, match="UTF-8") as caught:
        loads(b"\n".join(lines), format)
    assert caught.value.line == 3


@pytest.mark.parametrize("suffix", [".txt", ".json", ".jsonl", ".html"])
def test_invalid_utf8_documents_are_reported_and_skipped(tmp_path: Path, suffix: str) -> None:
    """Input documents in Latin-1 or with broken bytes: DocumentError naming the file."""
    path = tmp_path / f"latin1{suffix}"
    body = "Le 14 janvier 2026, l'armée a frappé.".encode("latin-1")
    path.write_bytes(b'{"text": "' + body + b'"}' if "json" in suffix else body)
    reported: list[DocumentError] = []
    assert list(Corpus([path], errors=reported.append)) == []
    assert len(reported) == 1
    assert str(path) in str(reported[0])
    assert "UTF-8" in reported[0].reason


# ---------------------------------------------------------------- wrong types

WRONG_VALUES: tuple[Any, ...] = (None, True, 7, 2.5, "text", [], ["x"], {}, {"x": 1})


def _leaves(data: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """The path of every field, container and leaf, of a JSON value."""
    if path:
        yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _leaves(value, (*path, index))


def _replaced(data: Any, path: tuple[str | int, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        return {**data, str(head): _replaced(data[head], rest, value)}
    copy = list(data)
    copy[int(head)] = _replaced(copy[int(head)], rest, value)
    return copy


def _sample_event() -> dict[str, Any]:
    """A sample event with every field filled (actors, places, related, a time span)."""
    return json.loads(demo().to_json())["events"][5]


def _type_name(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "number"
    return type(value).__name__


def _get(data: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


def test_every_field_with_a_wrong_type_is_refused_naming_it() -> None:
    """Each field of an event given each value of another type: FormatError naming the field.

    Values pydantic reads as the right type (null for an optional field, a bool for a
    number) pass; nothing else may give anything but a Timeline or a FormatError, and
    a refusal names the field's path or that of the model holding it ("when").
    """
    event = _sample_event()
    tried, refused = 0, 0
    for path in _leaves(event):
        for value in WRONG_VALUES:
            if _type_name(value) == _type_name(_get(event, path)):
                continue
            tried += 1
            document = {
                "format": "timeline",
                "version": 1,
                "events": [_replaced(event, path, value)],
            }
            outcome = _outcome(Timeline.from_json, json.dumps(document))
            if isinstance(outcome, FormatError):
                refused += 1
                dotted = ".".join(str(part) for part in path)
                field = outcome.detail.partition(":")[0]
                assert "events[0]" in str(outcome)
                assert dotted == field or dotted.startswith(field + "."), (dotted, str(outcome))
    assert tried > 300
    assert refused > tried * 9 // 10


@pytest.mark.parametrize("format", ["jsonl", "csv", "ics"])
def test_a_wrong_type_in_other_formats_names_the_place(format: str) -> None:
    """A title that is a number in line 1 of JSONL, a CSV row, an iCal property."""
    text = dumps(_timeline(1), format)
    broken = text.replace('"title":"', '"title":[1],"x":"', 1) if format == "jsonl" else text
    if format == "csv":
        broken = text.replace('""title"": ""', '""title"": 7, ""x"": ""', 1)
    if format == "ics":
        broken = text.replace("X-TIMELINE-TITLE:", "X-TIMELINE-TITLE:[1]\r\nX-IGNORED:", 1)
    assert broken != text
    with pytest.raises(FormatError, match="title") as caught:
        loads(broken, format)
    assert caught.value.line is not None


# ------------------------------------------------------------ no partial output


def test_a_failing_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fails at fsync: the old file is intact, no half file, no temporary left."""
    target = tmp_path / "timeline.json"
    target.write_text("old content")

    def broken_fsync(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space"):
        write(_timeline(3), target)
    assert target.read_text() == "old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline.json"]


def test_an_unknown_format_writes_nothing(tmp_path: Path) -> None:
    """The format is checked before any byte is written."""
    with pytest.raises(TimelineError):
        write(_timeline(1), tmp_path / "timeline.docx")
    assert list(tmp_path.iterdir()) == []


def test_an_interrupted_cli_run_leaves_no_output_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C after the first document: exit 130, no -o file, no temporary file."""
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text("On 14 January 2026 Iran attacked Israel.")
    output = tmp_path / "out" / "events.jsonl"
    output.parent.mkdir()

    def interrupted(documents: Any, **options: Any) -> Iterator[Timeline]:
        yield _timeline(1)
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_module, "extract_many", interrupted)
    status = cli_module.main(["extract", str(tmp_path / "a.txt"), "-q", "-o", str(output)])
    assert status == 130
    assert list(output.parent.iterdir()) == []


def test_a_cli_writer_failing_midway_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second chunk cannot be written: the earlier -o file is kept whole."""
    source = write(_timeline(2), tmp_path / "in.jsonl")
    output = tmp_path / "out.jsonl"
    output.write_text("previous run\n")

    def failing(timeline: Timeline, format: str) -> str:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(cli_module.export, "dumps", failing)
    status = cli_module.main(["export", str(source), "-o", str(output)])
    assert status == 1
    assert output.read_text() == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


@pytest.mark.parametrize(
    "line",
    [
        "DTSTART;VALUE=DATE,DATE:20260114",
        "DTEND;VALUE=DATE-TIME,PERIOD:20260115T100000Z",
        "DTSTART;TZID=A,B:20260114T100000",
        "GEO;VALUE=FLOAT,TEXT:1;2",
    ],
)
def test_parameters_icalendar_does_not_expect_give_a_format_error(line: str) -> None:
    """A repeated VALUE or TZID parameter made icalendar raise AttributeError (found by atheris)."""
    text = "\r\n".join(
        ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20260114T100000Z", line, "END:VEVENT"]
    )
    outcome = _outcome(Timeline.from_ical, text + "\r\nEND:VCALENDAR\r\n")
    assert isinstance(outcome, Timeline | FormatError)
