"""The command line: thin, tested, one readable line per error, pipe-friendly output."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline import Timeline, __version__, cli
from timeline.cli import build_parser, main, query_filters
from timeline.models import EventKind

from conftest import SEED

Capture = pytest.CaptureFixture[str]
NEWS = [
    {"text": "On 14 January 2026 the talks began in Geneva.", "published": "2026-01-15"},
    {"text": "Le 3 janvier 2026, les forces ont agi.", "lang": "fr", "id": "fr-1"},
]


@pytest.fixture
def news(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in NEWS), encoding="utf-8")
    return path


@pytest.fixture
def saved(tmp_path: Path, news: Path) -> Path:
    target = tmp_path / "events.jsonl"
    assert main(["extract", str(news), "-o", str(target), "-q"]) == 0
    return target


def _lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def test_extract_prints_a_table_of_the_seed_when_asked(capsys: Capture) -> None:
    assert main(["extract", str(SEED), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["WHEN", "KIND", "ACTORS"]
    assert "2026-01-14" in out


def test_extract_to_a_pipe_is_json_lines_and_messages_go_to_stderr(
    capsys: Capture, news: Path
) -> None:
    assert main(["extract", str(news)]) == 0
    captured = capsys.readouterr()
    events = _lines(captured.out)
    assert [e["when"]["start"] for e in events] == ["2026-01-14", "2026-01-03"]  # type: ignore[index]
    assert captured.err == "processed 2 documents, 2 events, 0 errors\n"


def test_extract_writes_the_json_document(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    assert main(["extract", str(SEED), "-o", str(target)]) == 0
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "timeline"
    assert any(event["when"]["start"] == "2026-01-14" for event in document["events"])


def test_extract_output_says_where_it_wrote(capsys: Capture, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    assert main(["extract", str(SEED), "-o", str(target)]) == 0
    written = len(Timeline.from_jsonl(target.read_text(encoding="utf-8")))
    assert written > 0
    assert f"wrote {written} events to {target} (jsonl)" in capsys.readouterr().err


def test_extract_options_reach_the_documents(capsys: Capture, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("On 2 March 2026 it rained.", encoding="utf-8")
    assert main(["extract", str(path), "--published", "2026-03-03", "--lang", "en"]) == 0
    (event,) = _lines(capsys.readouterr().out)
    assert event["sources"][0]["published"] == "2026-03-03"  # type: ignore[index]
    assert event["sources"][0]["document"] == str(path)  # type: ignore[index]


def test_extract_jobs_two_gives_the_same_bytes(capsys: Capture, news: Path) -> None:
    assert main(["extract", str(news), str(news), "-q"]) == 0
    serial = capsys.readouterr().out
    assert main(["extract", str(news), str(news), "-q", "--jobs", "2"]) == 0
    assert capsys.readouterr().out == serial


def test_a_bad_file_is_reported_skipped_and_counted(capsys: Capture, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("On 2 March 2026 it rained.", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"text": "On 3 March 2026 it snowed."}\n{oops\n', "utf-8")
    status = main(["extract", str(tmp_path / "missing.txt"), str(tmp_path)])
    captured = capsys.readouterr()
    assert status == 1
    assert len(_lines(captured.out)) == 2
    errors = captured.err.splitlines()
    assert errors[0] == f"timeline: error: {tmp_path / 'missing.txt'}: No such file or directory"
    assert errors[1].startswith(f"timeline: error: {tmp_path / 'bad.jsonl'}:2: invalid JSON")
    assert errors[-1] == "processed 2 documents, 2 events, 2 errors"


def test_stdin_text_is_a_document(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"On 2 March 2026 it rained.\n"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["extract", "-", "-q"]) == 0
    (event,) = _lines(capsys.readouterr().out)
    assert event["sources"][0]["document"] == "<stdin>"  # type: ignore[index]


def test_quiet_prints_no_summary(capsys: Capture, news: Path) -> None:
    assert main(["extract", str(news), "-q"]) == 0
    assert capsys.readouterr().err == ""


def test_missing_file_is_one_line_and_exit_one(capsys: Capture) -> None:
    assert main(["extract", "does-not-exist.txt", "-q"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("timeline: error:")
    assert len(err.strip().splitlines()) == 1


def test_unknown_output_format_fails_before_any_work(capsys: Capture, news: Path) -> None:
    assert main(["extract", str(news), "-o", "out.xml"]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("timeline: error: unknown format '.xml'; accepted: json")
    assert "processed" not in captured.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "x.txt", "--published", "14/01/2026"], "is not a date like 2026-01-14"),
        (["extract", "x.txt", "--jobs", "two"], "is not a number of processes"),
        (["extract", "x.txt", "--lang", "xx"], "invalid choice: 'xx'"),
        (["query", "x.jsonl", "--kind", "party"], "'party' is not a kind; one of: AGREE"),
        (["query", "x.jsonl", "--from", "soon"], "cannot read 'soon' as a date"),
        (["nonsense"], "invalid choice"),
    ],
)
def test_usage_errors_are_one_line_and_exit_two(
    capsys: Capture, argv: list[str], message: str
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_no_command_prints_the_help_and_exits_two(capsys: Capture) -> None:
    assert main([]) == 2
    assert "extract" in capsys.readouterr().err


def test_version(capsys: Capture) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"timeline {__version__}\n"


@pytest.mark.parametrize("command", ["extract", "merge", "query", "export", "show"])
def test_every_command_has_help(capsys: Capture, command: str) -> None:
    assert main([command, "--help"]) == 0
    assert capsys.readouterr().out.startswith(f"usage: timeline {command}")


def test_merge_keeps_each_event_once(capsys: Capture, saved: Path) -> None:
    assert main(["merge", str(saved), str(saved)]) == 0
    assert len(_lines(capsys.readouterr().out)) == 2


def test_merge_of_a_bad_file_reports_it_and_merges_the_rest(
    capsys: Capture, saved: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["merge", str(saved), str(broken)]) == 1
    captured = capsys.readouterr()
    assert len(_lines(captured.out)) == 2
    assert captured.err.startswith(f"timeline: error: {broken}, line 1")


def test_export_converts_and_needs_a_format(capsys: Capture, saved: Path, tmp_path: Path) -> None:
    assert main(["export", str(saved)]) == 2
    assert "export needs --format" in capsys.readouterr().err
    assert main(["export", str(saved), "--format", "json"]) == 0
    assert len(Timeline.from_json(capsys.readouterr().out)) == 2


def test_show_prints_a_table_even_to_a_pipe(capsys: Capture, saved: Path) -> None:
    assert main(["show", str(saved), "--width", "60"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["WHEN", "KIND", "ACTORS", "PLACES", "SRC", "TITLE"]
    assert lines[1].startswith("2026-01-03")
    assert lines[-1] == "2 events"
    assert max(len(line) for line in lines) <= 60


def test_show_reads_a_json_document_from_stdin(
    capsys: Capture, saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = Timeline.from_jsonl(saved.read_text(encoding="utf-8")).to_json()
    stdin = io.TextIOWrapper(io.BytesIO(document.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["show", "-"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2 events"


def test_query_options_become_library_filters() -> None:
    filters = ["--kind", "assault", "--actor", "VEN", "--actor", "RUS", "--place", "Caracas"]
    args = build_parser().parse_args(
        ["query", "t.jsonl", "--from", "2026-01", "--to", "2026", *filters, "--text", "Maduro"]
    )
    assert query_filters(args) == {
        "start": date(2026, 1, 1),
        "end": date(2026, 12, 31),
        "actors": ("VEN", "RUS"),
        "kinds": (EventKind.ASSAULT,),
        "places": ("Caracas",),
        "text": "Maduro",
    }


def test_query_runs_the_library_query(capsys: Capture, saved: Path) -> None:
    assert main(["query", str(saved), "--from", "2026-01-10"]) == 0
    (event,) = _lines(capsys.readouterr().out)
    assert event["when"]["start"] == "2026-01-14"  # type: ignore[index]


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout == f"timeline {__version__}\n"


def test_broken_pipe_stops_quietly(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    big.write_text((json.dumps(NEWS[0]) + "\n") * 400, "utf-8")
    script = (
        "import sys; from timeline.cli import main; "
        f"sys.exit(main(['extract', {str(big)!r}, '-q']))"
    )
    reader = subprocess.Popen(["head", "-c", "1"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    writer = subprocess.run(
        [sys.executable, "-c", script], stdout=reader.stdin, stderr=subprocess.PIPE, check=False
    )
    reader.communicate()
    assert writer.stderr == b""
    assert writer.returncode == 0


def test_markdown_reference_holds_every_command() -> None:
    text = cli.reference_markdown()
    for command in ("extract", "merge", "query", "export", "show"):
        assert f"## `timeline {command}`" in text


def test_a_run_where_every_input_fails_leaves_the_output_file_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """export of a missing file with -o: exit 1, and the good old file is not replaced."""
    target = tmp_path / "old.ics"
    target.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    before = target.read_bytes()
    assert main(["export", str(tmp_path / "missing.json"), "-o", str(target)]) == 1
    assert target.read_bytes() == before
    assert "left as it was" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["old.ics"]


@pytest.mark.parametrize("size", ["x", "-1", "nan", "1e30"])
def test_max_size_must_be_a_size_in_megabytes(capsys: Capture, saved: Path, size: str) -> None:
    assert main(["query", str(saved), "--max-size", size]) == 2
    assert "is not a size in megabytes (0: no limit)" in capsys.readouterr().err


def test_max_size_refuses_a_larger_timeline_and_goes_on(capsys: Capture, saved: Path) -> None:
    """One file over the limit is an error line; the others are still read."""
    tiny = saved.parent / "tiny.jsonl"
    tiny.write_text(saved.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    limit = str((tiny.stat().st_size + 10) / 2**20)
    assert main(["query", str(saved), str(tiny), "--max-size", limit, "-f", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert len(_lines(captured.out)) == 1
    assert f"{saved}: expected at most" in captured.err
