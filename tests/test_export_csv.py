"""CSV: one row per event, formulas neutralised, read back losslessly."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import Event, FormatError, Timeline, export
from timeline.export.csv import COLUMNS, neutralise

from samples import FORMULA, demo
from strategies import events


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def test_one_row_per_event_with_readable_columns() -> None:
    rows = _rows(export.dumps(demo(), "csv"))
    assert [row["id"] for row in rows] == [event.id for event in demo()]
    first = next(row for row in rows if row["title"].startswith("Venezuelan"))
    assert first["start"] == first["end"] == "2026-01-14"
    assert first["precision"] == "day"
    assert first["actor_codes"] == "VEN; RUS; CUB"
    assert first["urls"] == "https://example.org/a"
    assert list(rows[0]) == list(COLUMNS)


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "  =1"])
def test_formula_cells_are_neutralised(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["", "1", "a=b", "2026-01-14", "{}"])
def test_plain_cells_are_kept(cell: str) -> None:
    assert neutralise(cell) == cell


def test_no_exported_cell_starts_a_formula() -> None:
    rows = _rows(export.dumps(demo(), "csv"))
    cells = [cell for row in rows for cell in row.values()]
    assert f"'{FORMULA}" in cells
    assert not [cell for cell in cells if cell.lstrip(" ")[:1] in ("=", "+", "-", "@", "\t", "\r")]


@given(st.lists(events(), max_size=4))
def test_round_trip_is_exact(items: list[Event]) -> None:
    timeline = Timeline(items)
    assert export.loads(export.dumps(timeline, "csv"), "csv") == timeline


def test_bytes_with_bom_read_back() -> None:
    text = export.dumps(demo(), "csv")
    assert text.startswith("\ufeff")
    assert export.loads(text.encode("utf-8"), "csv") == demo()


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("", 1, "event_json"),
        ("id,title\r\nx,y\r\n", 1, "event_json"),
        ('id,event_json\r\nx,"{bad"\r\n', 2, "JSON"),
        ('id,event_json\r\nx,"{}"\r\n', 2, "valid event"),
        ("id,event_json\r\nx\r\n", 2, "a value"),
        ('id,event_json\r\nx,"unclosed\r\n', 2, "well-formed CSV"),
    ],
)
def test_malformed_csv_names_the_line(text: str, line: int, expected: str) -> None:
    with pytest.raises(FormatError, match=expected) as raised:
        export.loads(text, "csv")
    assert raised.value.line == line
