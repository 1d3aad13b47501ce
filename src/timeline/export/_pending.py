"""A file written beside its target and renamed over it: never half a file, nothing left.

Where Linux allows it, the new file is opened with ``O_TMPFILE``: it has no name until
``commit`` gives it one and renames it over the target, so a process killed while
writing (even by SIGKILL) leaves nothing behind. Elsewhere it is a hidden sibling
``.NAME.<pid>.<random>.tmp``; those of processes no longer running on this machine are
removed the next time the same target is written.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import stat
from pathlib import Path
from typing import TextIO

# how text that UTF-8 cannot encode (lone surrogates) is written out
SURROGATES = "backslashreplace"
_PROC_FD = Path("/proc/self/fd")


class PendingFile:
    """A new file for ``target``, open for text in ``stream``, until commit or discard.

    Its mode is the one ``target`` has, or the one ``open`` would give it (0666 less
    the umask; ``tempfile.mkstemp`` would make it 0600).
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        self.name: Path | None = None  # the visible temporary, where O_TMPFILE is not used
        handle = _unnamed(target)
        if handle is None:
            handle, self.name = _named(target)
        with contextlib.suppress(OSError):
            os.fchmod(handle, stat.S_IMODE(target.stat().st_mode))
        # a lone surrogate (which events may hold) is written as its \uXXXX escape:
        # the JSON escape in JSON text, so json, jsonl and the CSV event_json round-trip
        self.stream: TextIO = os.fdopen(
            handle, "w", encoding="utf-8", errors=SURROGATES, newline=""
        )

    def commit(self) -> None:
        """Flush to disk and put the file in ``target``'s place, in one rename."""
        self.stream.flush()
        os.fsync(self.stream.fileno())
        if self.name is None:
            self.name = _link(self.stream.fileno(), self.target)
        self.stream.close()
        self.name.replace(self.target)
        self.name = None

    def discard(self) -> None:
        """Close and forget the file; ``target`` is left as it was."""
        with contextlib.suppress(OSError):
            self.stream.close()
        if self.name is not None:
            self.name.unlink(missing_ok=True)
            self.name = None


def _unnamed(target: Path) -> int | None:
    """An O_TMPFILE descriptor in ``target``'s folder, or None where that is not possible."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not _PROC_FD.is_dir():
        return None
    try:
        return os.open(target.parent, flag | os.O_WRONLY, 0o666)
    except OSError:  # a file system without O_TMPFILE, or a missing folder (named says so)
        return None


def _link(handle: int, target: Path) -> Path:
    """A name for the unnamed file ``handle``, beside ``target``.

    ``linkat(AT_SYMLINK_FOLLOW)`` on its /proc entry; os.link only calls linkat (and so
    follows the entry to the file) when a directory descriptor is given.
    """
    folder = os.open(_PROC_FD, os.O_RDONLY)
    try:
        while True:
            name = _sibling(target)
            try:
                os.link(str(handle), name, src_dir_fd=folder, follow_symlinks=True)
            except FileExistsError:
                continue
            return name
    finally:
        os.close(folder)


def _named(target: Path) -> tuple[int, Path]:
    """A new hidden file beside ``target``, after removing those of dead processes."""
    _sweep(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        name = _sibling(target)
        try:
            return os.open(name, flags, 0o666), name
        except FileExistsError:
            continue


def _sibling(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(6)}.tmp")


def _sweep(target: Path) -> None:
    """Remove the temporaries of ``target`` left by processes that no longer run here."""
    if os.name != "posix":  # os.kill(pid, 0) is only a liveness probe on POSIX
        return
    prefix = f".{target.name}."
    for path in target.parent.glob(glob.escape(prefix) + "*.tmp"):
        pid = path.name[len(prefix) :].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            with contextlib.suppress(OSError):
                path.unlink()


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    except OverflowError:  # not a pid at all
        return False
    return True
