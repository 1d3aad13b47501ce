"""Export and import formats: one module per format, both directions.

``write(timeline, path)`` and ``read(path)`` pick the format from the file
extension (or ``format=``) and write atomically. Each format module offers
``dumps(timeline) -> str`` and, where the format can be read back,
``loads(text, *, source=...) -> Timeline``.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import secrets
import stat
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from timeline.errors import FormatError, UnsupportedFormatError

if TYPE_CHECKING:
    from timeline.timeline import Timeline

# how text that UTF-8 cannot encode (lone surrogates) is written out
SURROGATES = "backslashreplace"

# format name -> (module in timeline.export, dumps function, loads function or "")
FORMATS: dict[str, tuple[str, str, str]] = {
    "json": ("json", "dumps", "loads"),
    "jsonl": ("json", "dumps_lines", "loads_lines"),
    "ics": ("ical", "dumps", "loads"),
    "csv": ("csv", "dumps", "loads"),
    "md": ("markdown", "dumps", ""),
    "timelinejs": ("timelinejs", "dumps", ""),
    "html": ("html", "dumps", ""),
}

# file extension -> format name
EXTENSIONS: dict[str, str] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".ics": "ics",
    ".ical": "ics",
    ".csv": "csv",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".timelinejs.json": "timelinejs",
}


def format_for(path: str | os.PathLike[str], format: str | None = None) -> str:
    """The format name given, or the one the extension of ``path`` implies."""
    name = format or _by_extension(Path(path))
    if name not in FORMATS:
        raise UnsupportedFormatError(name or Path(path).suffix or str(path), tuple(FORMATS))
    return name


def _by_extension(path: Path) -> str:
    """The format of a (possibly double) extension: ``.timelinejs.json`` before ``.json``."""
    double = "".join(path.suffixes[-2:]).lower()
    return EXTENSIONS.get(double) or EXTENSIONS.get(path.suffix.lower(), "")


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"timeline.export.{FORMATS[name][0]}")


def dumps(timeline: Timeline, format: str) -> str:
    """``timeline`` as text in ``format``."""
    name = format_for("", format)
    result: str = getattr(_module(name), FORMATS[name][1])(timeline)
    return result


def loads(text: str | bytes, format: str, *, source: str = "<string>") -> Timeline:
    """Read ``text`` in ``format``; raise FormatError on malformed input."""
    name = format_for("", format)
    reader = FORMATS[name][2]
    if not reader:
        raise UnsupportedFormatError(
            f"{name} (write-only)", tuple(n for n, spec in FORMATS.items() if spec[2])
        )
    result: Timeline = getattr(_module(name), reader)(text, source=source)
    return result


def write(
    timeline: Timeline,
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
) -> Path:
    """Write ``timeline`` to ``path`` atomically: a crash never leaves half a file."""
    target = Path(path)
    atomic_write(target, dumps(timeline, format_for(target, format)))
    return target


def read(path: str | os.PathLike[str], *, format: str | None = None) -> Timeline:
    """Read a timeline file, its format from the extension or ``format``."""
    source = Path(path)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise FormatError(str(source), "a readable file", detail=exc.strerror or str(exc)) from exc
    return loads(data, format_for(source, format), source=str(source))


def atomic_write(target: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to a temporary file beside ``target``, then rename it over."""
    handle, temporary = temporary_beside(target)
    try:
        # a lone surrogate (which events may hold) is written as its \uXXXX escape:
        # the JSON escape in JSON text, so json, jsonl and the CSV event_json round-trip
        with os.fdopen(handle, "w", encoding="utf-8", errors=SURROGATES, newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def temporary_beside(target: Path) -> tuple[int, Path]:
    """A new, open file beside ``target`` with the mode ``target`` has, or would get.

    ``tempfile.mkstemp`` makes files only the owner can read (0600), which the rename
    would hand on to every output; this creates them as ``open`` does (0666 less the
    umask), and keeps the mode of a file being replaced.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            handle = os.open(temporary, flags, 0o666)
        except FileExistsError:
            continue
        with contextlib.suppress(OSError):
            os.fchmod(handle, stat.S_IMODE(target.stat().st_mode))
        return handle, temporary
