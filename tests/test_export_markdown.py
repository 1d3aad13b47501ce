"""Markdown: a chronology grouped by month, every text escaped."""

from __future__ import annotations

from timeline import Timeline, export
from timeline.export.markdown import escape

from samples import SCRIPT, demo


def test_grouped_by_month_with_coarse_spans_under_their_own_heading() -> None:
    text = export.dumps(demo(), "md")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert "## January 2026" in headings
    assert "## December 2025" in headings
    assert "## before 3 January 2026" in headings
    assert "## after 20 January 2026" in headings
    assert len(headings) == len(set(headings))
    assert text.index("## December 2025") < text.index("## January 2026")


def test_event_line_shows_date_title_kind_actors_and_sources() -> None:
    text = export.dumps(demo(), "md")
    assert "- **14 January 2026**: Venezuelan officials blame Russian and Cuban services" in text
    assert "_\\(accuse, Venezuela, Russia, Cuba\\)_" in text
    assert "[seed\\.txt](<https://example.org/a>): “Le 14 janvier 2026…”" in text


def test_markup_is_escaped() -> None:
    text = export.dumps(demo(), "md")
    assert SCRIPT not in text
    assert "&lt;script&gt;" in text
    assert "<img" not in text
    assert "\\*bold\\* \\# \\[x\\]\\(y\\)" in text
    assert "javascript:" not in text  # not a web link: not linked, and not shown


def test_escape_flattens_lines() -> None:
    assert escape("a\nEND:VEVENT\r\n# b") == "a END:VEVENT \\# b"


def test_same_timeline_same_text_and_empty_timeline() -> None:
    assert export.dumps(demo(), "md") == export.dumps(demo(), "md")
    assert export.dumps(Timeline(), "md") == "# Timeline\n\n0 events.\n"
