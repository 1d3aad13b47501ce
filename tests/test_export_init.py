"""The format registry: formats from extensions, atomic writes, clear errors."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

import pytest

from timeline import (
    Event,
    FileTooLargeError,
    FormatError,
    Source,
    Timeline,
    TimeSpan,
    UnsupportedFormatError,
    export,
)

TIMELINE = Timeline(
    [
        Event(
            when=TimeSpan.parse("2026-01-14"),
            title="t",
            sources=(Source(document="d", quote="q", start=0, end=1),),
        )
    ]
)


@pytest.mark.parametrize("name", ["out.json", "out.jsonl", "OUT.NDJSON"])
def test_write_then_read_by_extension(tmp_path: Path, name: str) -> None:
    path = export.write(TIMELINE, tmp_path / name)
    assert export.read(path) == TIMELINE


def test_unknown_extension_names_what_is_accepted(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError, match="accepted: json"):
        export.write(TIMELINE, tmp_path / "out.xyz")


def test_failed_write_leaves_the_old_file_intact(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    export.write(TIMELINE, target)
    before = target.read_bytes()
    with pytest.raises(UnsupportedFormatError):
        export.write(TIMELINE, target, format="nope")
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_missing_file_is_a_format_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match=r"missing\.json"):
        export.read(tmp_path / "missing.json")


@pytest.mark.parametrize(
    ("name", "format"),
    [
        ("out.ics", "ics"),
        ("out.csv", "csv"),
        ("out.md", "md"),
        ("out.html", "html"),
        ("out.timelinejs.json", "timelinejs"),
        ("out.json", "json"),
    ],
)
def test_every_format_writes_by_extension_and_by_name(
    tmp_path: Path, name: str, format: str
) -> None:
    by_extension = export.write(TIMELINE, tmp_path / name)
    by_name = export.write(TIMELINE, tmp_path / "plain", format=format)
    assert export.format_for(by_extension) == format
    assert (
        by_extension.read_bytes() == by_name.read_bytes() == export.dumps(TIMELINE, format).encode()
    )


@pytest.mark.parametrize("format", ["json", "jsonl", "ics", "csv"])
def test_readable_formats_round_trip_through_the_registry(tmp_path: Path, format: str) -> None:
    path = export.write(TIMELINE, tmp_path / "out", format=format)
    assert export.read(path, format=format) == TIMELINE


@pytest.mark.parametrize("format", ["md", "html", "timelinejs"])
def test_write_only_formats_say_so_on_read(format: str) -> None:
    with pytest.raises(UnsupportedFormatError, match="write-only"):
        export.loads(export.dumps(TIMELINE, format), format)


def test_reading_is_lazy_about_icalendar() -> None:
    import subprocess
    import sys

    code = (
        "import sys, timeline.export; timeline.export.dumps(timeline.Timeline(), 'csv');"
        "print('icalendar' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_written_files_get_the_usual_mode_and_keep_an_existing_one(tmp_path: Path) -> None:
    import os

    mask = os.umask(0o022)
    try:
        fresh = export.write(TIMELINE, tmp_path / "fresh.html")
        assert fresh.stat().st_mode & 0o777 == 0o644
        kept = tmp_path / "kept.ics"
        kept.write_text("old", encoding="utf-8")
        kept.chmod(0o640)
        export.write(TIMELINE, kept)
        assert kept.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(mask)


# ------------------------------------------------------------------ size limit


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """A sparse 1 GB file: refused from its size, naming it, the limit and what to do."""
    path = tmp_path / "huge.ics"
    with path.open("wb") as stream:
        stream.truncate(2**30)
    with pytest.raises(FileTooLargeError) as caught:
        export.read(path)
    error = caught.value
    assert (error.size, error.limit) == (2**30, export.MAX_BYTES)
    assert error.source == str(path)
    assert "huge.ics: expected at most 67,108,864 bytes" in str(error)
    assert "max_bytes=None" in str(error)
    assert isinstance(error, FormatError)


def test_max_bytes_sets_the_limit_and_none_lifts_it(tmp_path: Path) -> None:
    path = export.write(TIMELINE, tmp_path / "out.json")
    size = path.stat().st_size
    assert export.read(path, max_bytes=size) == TIMELINE
    with pytest.raises(FileTooLargeError, match=f"{size:,}"):
        export.read(path, max_bytes=size - 1)
    assert export.read(path, max_bytes=None) == TIMELINE


def test_a_pipe_over_the_limit_is_refused_after_the_limit(tmp_path: Path) -> None:
    """A pipe has no size: it is read up to the limit, and refused there."""
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)

    def feed() -> None:
        with contextlib.suppress(BrokenPipeError), fifo.open("wb") as stream:
            stream.write(b"x" * 5000)  # fits in the pipe's buffer: written before the reader

    writer = threading.Thread(target=feed)
    writer.start()
    with pytest.raises(FileTooLargeError) as caught:
        export.read(fifo, max_bytes=1000)
    writer.join(timeout=10)
    assert (caught.value.size, caught.value.limit) == (None, 1000)


def test_loads_refuses_text_over_the_limit() -> None:
    text = TIMELINE.to_json()
    with pytest.raises(FileTooLargeError, match="<string>"):
        export.loads(text, "json", max_bytes=len(text) - 1)
    assert export.loads(text, "json", max_bytes=len(text)) == TIMELINE
