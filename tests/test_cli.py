"""The command line: thin, tested, one readable line per error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.cli import main

from conftest import SEED


def test_extract_prints_a_table_of_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["WHEN", "KIND", "ACTORS"]
    assert "2026-01-14" in out


def test_extract_writes_the_json_document(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    assert main(["extract", str(SEED), "-o", str(target)]) == 0
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "timeline"
    assert any(event["when"]["start"] == "2026-01-14" for event in document["events"])


def test_missing_file_is_one_line_and_exit_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "does-not-exist.txt"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("timeline: error:")
    assert len(err.strip().splitlines()) == 1
