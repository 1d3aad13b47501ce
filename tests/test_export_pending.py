"""Files written beside their target: whole or not at all, and nothing left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline.export import _pending
from timeline.export._pending import PendingFile


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def _has_tmpfile(folder: Path) -> bool:
    """Whether files in ``folder`` can be opened unnamed (O_TMPFILE)."""
    handle = _pending._unnamed(folder / "probe")
    if handle is not None:
        os.close(handle)
    return handle is not None


def _write(target: Path, text: str) -> None:
    pending = PendingFile(target)
    pending.stream.write(text)
    pending.commit()


def test_commit_replaces_the_target_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    _write(target, "new \udcff")
    assert target.read_bytes() == b"new \\udcff"  # a lone surrogate as its escape
    assert _names(tmp_path) == ["out.json"]


def test_discard_keeps_the_target_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    pending = PendingFile(target)
    pending.stream.write("half")
    pending.discard()
    pending.discard()  # twice is harmless
    assert target.read_text() == "old"
    assert _names(tmp_path) == ["out.json"]


def test_the_new_file_is_invisible_until_committed(tmp_path: Path) -> None:
    if not _has_tmpfile(tmp_path):
        pytest.skip("this file system has no O_TMPFILE: the named fallback is tested below")
    pending = PendingFile(tmp_path / "out.json")
    pending.stream.write("text")
    pending.stream.flush()
    assert _names(tmp_path) == []
    pending.commit()
    assert _names(tmp_path) == ["out.json"]


def test_the_mode_of_a_replaced_file_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    target.chmod(0o640)
    _write(target, "new")
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_new_file_gets_the_mode_open_gives(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    _write(tmp_path / "out.json", "new")
    assert (tmp_path / "out.json").stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.fixture
def named(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where O_TMPFILE is missing (macOS, some file systems): a hidden named sibling."""
    monkeypatch.setattr(_pending, "_unnamed", lambda target: None)


@pytest.mark.usefixtures("named")
def test_the_named_fallback_commits_and_discards_cleanly(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    pending = PendingFile(target)
    assert pending.name is not None
    assert pending.name.name.startswith(f".out.json.{os.getpid()}.")
    pending.stream.write("new")
    pending.commit()
    assert target.read_text() == "new"
    PendingFile(target).discard()
    assert _names(tmp_path) == ["out.json"]


@pytest.mark.skipif(os.name != "posix", reason="liveness of a pid is probed on POSIX only")
@pytest.mark.usefixtures("named")
def test_the_named_fallback_removes_what_dead_processes_left(tmp_path: Path) -> None:
    """A SIGKILLed writer's temporary goes at the next write; a live one's stays."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    left = tmp_path / f".out.json.{dead.stdout.strip()}.0123456789ab.tmp"
    alive = tmp_path / f".out.json.{child.pid}.0123456789ab.tmp"
    other = tmp_path / f".other.json.{dead.stdout.strip()}.0123456789ab.tmp"
    for path in (left, alive, other):
        path.write_text("half")
    try:
        _write(tmp_path / "out.json", "new")
        assert _names(tmp_path) == sorted([alive.name, other.name, "out.json"])
    finally:
        child.kill()
        child.wait()


_KILLED_WRITER = r"""
import sys, time
from pathlib import Path
from timeline.export._pending import PendingFile
pending = PendingFile(Path(sys.argv[1]))
pending.stream.write("half a file")
pending.stream.flush()
print("writing", flush=True)
time.sleep(60)
"""


def test_a_writer_killed_mid_write_leaves_the_old_file_and_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    process = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "writing\n"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    time.sleep(0.1)
    assert target.read_text() == "old"
    leftovers = [n for n in _names(tmp_path) if n != "out.json"]
    if not _has_tmpfile(tmp_path):  # named fallback: swept at next write
        _write(target, "new")
        leftovers = [n for n in _names(tmp_path) if n != "out.json"]
    assert leftovers == []
