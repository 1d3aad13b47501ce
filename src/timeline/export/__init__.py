"""Export and import formats: one module per format, both directions.

``write(timeline, path)`` and ``read(path)`` pick the format from the file
extension (or ``format=``) and write atomically. Each format module offers
``dumps(timeline) -> str`` and, where the format can be read back,
``loads(text, *, source=...) -> Timeline``.
"""

from __future__ import annotations

import importlib
import os
import stat
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, BinaryIO

from timeline.errors import FileTooLargeError, FormatError, UnsupportedFormatError
from timeline.export._pending import SURROGATES, PendingFile

if TYPE_CHECKING:
    from timeline.timeline import Timeline

# The largest input the readers take unless told otherwise (64 MiB). Reading holds every
# event in memory, 8 to 14 times the file's size, so a hostile 1 GB file is refused before
# it is read; ``max_bytes=None`` (command line ``--max-size 0``) lifts the limit.
MAX_BYTES = 64 * 1024 * 1024

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


def loads(
    text: str | bytes,
    format: str,
    *,
    source: str = "<string>",
    max_bytes: int | None = MAX_BYTES,
) -> Timeline:
    """Read ``text`` in ``format``; raise FormatError on malformed input.

    Text longer than ``max_bytes`` (characters for ``str``) raises FileTooLargeError.
    """
    name = format_for("", format)
    reader = FORMATS[name][2]
    if not reader:
        raise UnsupportedFormatError(
            f"{name} (write-only)", tuple(n for n, spec in FORMATS.items() if spec[2])
        )
    if max_bytes is not None and len(text) > max_bytes:
        raise FileTooLargeError(source, limit=max_bytes, size=len(text))
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


def read(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    max_bytes: int | None = MAX_BYTES,
) -> Timeline:
    """Read a timeline file, its format from the extension or ``format``.

    A file over ``max_bytes`` raises FileTooLargeError before it is read
    (``None``: no limit).
    """
    source = Path(path)
    name = format_for(source, format)
    data = read_at_most(source, max_bytes)
    return loads(data, name, source=str(source), max_bytes=None)


def read_at_most(source: Path, max_bytes: int | None) -> bytes:
    """The bytes of ``source``; FileTooLargeError past ``max_bytes``, FormatError if unreadable.

    A regular file over the limit is refused before any of it is read.
    """
    try:
        with source.open("rb") as stream:
            if max_bytes is None:
                return stream.read()
            size = _size(stream)
            if size is not None and size > max_bytes:
                raise FileTooLargeError(str(source), limit=max_bytes, size=size)
            data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise FormatError(str(source), "a readable file", detail=exc.strerror or str(exc)) from exc
    if len(data) > max_bytes:  # a pipe or a file that grew
        raise FileTooLargeError(str(source), limit=max_bytes)
    return data


def _size(stream: BinaryIO) -> int | None:
    """The size of an open regular file; None for a pipe or a device."""
    status = os.fstat(stream.fileno())
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def atomic_write(target: Path, text: str) -> None:
    """Write ``text`` (UTF-8) beside ``target``, then rename it over: never half a file."""
    pending = PendingFile(target)
    try:
        pending.stream.write(text)
        pending.commit()
    except BaseException:
        pending.discard()
        raise


__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "MAX_BYTES",
    "SURROGATES",
    "PendingFile",
    "atomic_write",
    "dumps",
    "format_for",
    "loads",
    "read",
    "read_at_most",
    "write",
]
