"""The progress bar: on a terminal only, after a delay, and erased before messages."""

from __future__ import annotations

import io

import pytest

from timeline import _progress
from timeline._progress import Progress, render


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_render_shows_bar_percentage_counts_speed_and_time_left() -> None:
    line = render(500_000, 1_000_000, 1_234, 5_678, 2.0)
    assert line.startswith("[" + "#" * 12 + "-" * 12 + "]  50%")
    assert "1,234 documents  5,678 events  250 kB/s  ETA 0:02" in line


def test_fast_runs_are_shown_in_megabytes() -> None:
    assert "3.0 MB/s" in render(3_000_000, 6_000_000, 1, 2, 1.0)


def test_render_without_a_total_shows_bytes_read() -> None:
    assert render(3_000_000, 0, 1, 2, 1.0).startswith("3.0 MB  1 documents")


def test_nothing_is_drawn_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_progress, "DELAY_SECONDS", 0.0)
    stream = io.StringIO()
    Progress(stream, total_bytes=10).update(done_bytes=5, documents=1, events=1)
    assert stream.getvalue() == ""


def test_bar_is_drawn_on_a_terminal_and_cleared(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_progress, "DELAY_SECONDS", 0.0)
    stream = _Terminal()
    progress = Progress(stream, total_bytes=10)
    progress.update(done_bytes=5, documents=1, events=1)
    drawn = stream.getvalue()
    assert drawn.startswith("\r[")
    assert "50%" in drawn
    progress.close()
    assert stream.getvalue().endswith("\r" + " " * (len(drawn) - 1) + "\r")


def test_short_runs_draw_nothing() -> None:
    stream = _Terminal()
    Progress(stream, total_bytes=10).update(done_bytes=10, documents=1, events=1)
    assert stream.getvalue() == ""


def test_disabled_draws_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_progress, "DELAY_SECONDS", 0.0)
    stream = _Terminal()
    Progress(stream, total_bytes=10, enabled=False).update(done_bytes=5, documents=1, events=1)
    assert stream.getvalue() == ""
