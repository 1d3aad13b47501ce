"""The format registry: formats from extensions, atomic writes, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline import Event, FormatError, Source, Timeline, TimeSpan, UnsupportedFormatError, export

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
