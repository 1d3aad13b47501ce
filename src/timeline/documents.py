"""Input documents: the :class:`Document` record and the readers that make them.

``read_documents(paths)`` turns files, folders, glob patterns and ``-``
(standard input) into a stream of :class:`Document`, one at a time:

- ``.txt`` (and any file named explicitly with another extension): one document;
- ``.jsonl`` / ``.ndjson``: one record per line, streamed (bounded memory);
- ``.json``: one record, or a list of records;
- ``.html`` / ``.htm``: the article text of the page (see :mod:`timeline._html`).

A record is a JSON object with ``text`` (required; ``content`` and ``body`` are
accepted too), and optionally ``published`` (or ``date``), ``lang``, ``url``,
``id`` and ``title``. A file or record that cannot be read is reported to the
``errors`` callback as a :class:`~timeline.errors.DocumentError` and skipped.
"""

from __future__ import annotations

import glob
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from pydantic import field_validator

from timeline._html import article
from timeline.errors import DocumentError, InvalidValueError
from timeline.models import _Model

__all__ = ["Corpus", "Document", "ErrorHandler", "read_documents"]

STDIN = "-"
INPUT_FORMATS = ("txt", "json", "jsonl", "html")
_SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
}
_TEXT_KEYS = ("text", "content", "body")
_DATE_KEYS = ("published", "date")
_GLOB_CHARS = frozenset("*?[")

ErrorHandler = Callable[[DocumentError], None]


class Document(_Model):
    """One input document: its text and what is known about it.

    ``published`` is the reference for relative dates, ``lang`` its language
    (detected when None); ``source`` names it in the evidence of its events
    (a path, ``path:line``, an id); ``url`` wins over ``source`` when given.
    """

    text: str
    published: date | None = None
    lang: str | None = None
    url: str | None = None
    source: str | None = None
    id: str | None = None
    title: str | None = None

    @field_validator("published", mode="before")
    @classmethod
    def _day_of(cls, value: Any) -> Any:
        """Keep the day of a timestamp: '2026-01-14T09:30:00Z' is 2026-01-14."""
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, str) and len(value) > 10 and value[10:11] in ("T", " "):
            return value[:10]
        return value

    @property
    def name(self) -> str:
        """What the events' evidence calls this document."""
        return self.url or self.source or self.id or "document"


def document_from_record(record: Any, *, source: str) -> Document:
    """A Document from a JSON record; raise DocumentError saying what is wrong."""
    if not isinstance(record, dict):
        raise DocumentError(source, f"a JSON object with a 'text' field, not {_kind(record)}")
    text = next((record[key] for key in _TEXT_KEYS if key in record), None)
    if not isinstance(text, str):
        raise DocumentError(source, "the record needs a 'text' field holding a string")
    fields = {key: _string(record.get(key)) for key in ("lang", "url", "id", "title")}
    published = next((record[key] for key in _DATE_KEYS if record.get(key)), None)
    name = fields["id"] or source
    try:
        return Document(text=text, published=published, source=name, **fields)
    except InvalidValueError as exc:
        raise DocumentError(source, f"{exc.field}: {exc.reason}") from exc


def _string(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def _kind(value: Any) -> str:
    return "null" if value is None else f"a {type(value).__name__}"


# ------------------------------------------------------------------ paths


def expand(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str | Path | DocumentError]:
    """Each input as a file path (folders walked, globs expanded, sorted), or an error."""
    for raw in paths:
        text = os.fspath(raw)
        path = Path(text)
        if text == STDIN:
            yield STDIN
        elif path.is_dir():
            yield from _walk(path)
        elif not path.exists() and _GLOB_CHARS & set(text):
            yield from _glob(text)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in _SUFFIXES:
                yield Path(root) / name


def _glob(pattern: str) -> Iterator[Path | DocumentError]:
    # Path.glob takes relative patterns only; users type absolute ones too.
    matches = sorted(glob.glob(pattern, recursive=True))  # noqa: PTH207
    if not matches:
        yield DocumentError(pattern, "no file matches this pattern")
    for match in matches:
        path = Path(match)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def input_format(path: Path, given: str | None = None) -> str:
    """The reader for ``path``: ``given``, or from its extension (plain text otherwise)."""
    return given or _SUFFIXES.get(path.suffix.lower(), "txt")


# ---------------------------------------------------------------- readers


class Corpus:
    """The documents of some files, folders, globs and ``-``, read lazily.

    Iterate it for the documents. ``total_bytes`` is the size of the named
    files (standard input counts as 0), ``bytes_read`` how far reading has
    got and ``documents_read`` how many documents it has given: together they
    drive a progress bar. ``input_format`` forces a reader
    (txt, json, jsonl, html) instead of the extension.
    """

    def __init__(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        errors: ErrorHandler | None = None,
        input_format: str | None = None,
        stdin: IO[bytes] | None = None,
    ) -> None:
        if input_format is not None and input_format not in INPUT_FORMATS:
            raise ValueError(f"input_format must be one of {', '.join(INPUT_FORMATS)}")
        self._inputs = list(expand(paths))
        self._errors = errors or _raise
        self._format = input_format
        self._stdin = stdin
        self.bytes_read = 0
        self.documents_read = 0
        self.total_bytes = sum(_size(item) for item in self._inputs)

    def __iter__(self) -> Iterator[Document]:
        for item in self._inputs:
            if isinstance(item, DocumentError):
                self._errors(item)
            else:
                for document in self._read(item):
                    self.documents_read += 1
                    yield document

    def done_bytes(self, documents: int) -> int:
        """About how many bytes the first ``documents`` documents took (reading runs ahead)."""
        if not self.documents_read:
            return 0
        return self.bytes_read * min(documents, self.documents_read) // self.documents_read

    def _read(self, item: str | Path) -> Iterator[Document]:
        name = "<stdin>" if item == STDIN else str(item)
        try:
            with self._open(item) as stream:
                fmt = self._format or ("" if item == STDIN else input_format(Path(item)))
                yield from self._records(stream, name, fmt)
        except OSError as exc:
            self._errors(DocumentError(name, exc.strerror or str(exc)))

    def _open(self, item: str | Path) -> AbstractContextManager[IO[bytes]]:
        if item == STDIN:
            return nullcontext(self._stdin or sys.stdin.buffer)
        return Path(item).open("rb")

    def _records(self, stream: IO[bytes], name: str, fmt: str) -> Iterator[Document]:
        first = b""
        if not fmt:
            first = stream.readline()
            self.bytes_read += len(first)
            fmt = sniff(first)
        if fmt == "jsonl":
            yield from self._lines(first, stream, name)
            return
        data = first + stream.read()
        self.bytes_read += len(data) - len(first)
        yield from _whole(data, name, fmt, self._errors)

    def _lines(self, first: bytes, stream: IO[bytes], name: str) -> Iterator[Document]:
        start = 1
        if first:
            start = 2
            yield from _line(first, f"{name}:1", self._errors)
        for number, raw in enumerate(stream, start=start):
            self.bytes_read += len(raw)
            yield from _line(raw, f"{name}:{number}", self._errors)


def read_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    errors: ErrorHandler | None = None,
    input_format: str | None = None,
) -> Iterator[Document]:
    """The documents of files, folders, globs and ``-``, streamed; see :class:`Corpus`."""
    return iter(Corpus(paths, errors=errors, input_format=input_format))


def sniff(first_line: bytes) -> str:
    """Guess the reader of standard input from its first line."""
    head = first_line.lstrip()
    if head.startswith(b"{"):
        try:
            json.loads(first_line)
        except ValueError:
            return "json"
        return "jsonl"
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"<"):
        return "html"
    return "txt"


def _line(raw: bytes, name: str, errors: ErrorHandler) -> Iterator[Document]:
    if not raw.strip():
        return
    try:
        yield document_from_record(_json(raw, name), source=name)
    except DocumentError as exc:
        errors(exc)


def _whole(data: bytes, name: str, fmt: str, errors: ErrorHandler) -> Iterator[Document]:
    try:
        yield from _parse(data, name, fmt)
    except DocumentError as exc:
        errors(exc)
    except InvalidValueError as exc:
        errors(DocumentError(name, f"{exc.field}: {exc.reason}"))


def _parse(data: bytes, name: str, fmt: str) -> Iterator[Document]:
    if fmt == "json":
        yield from _json_documents(_json(data, name), name)
    elif fmt == "html":
        page = article(_decode(data, name))
        yield Document.model_validate({**page, "source": name})
    else:
        yield Document(text=_decode(data, name), source=name)


def _json_documents(data: Any, name: str) -> Iterator[Document]:
    if not isinstance(data, list):
        yield document_from_record(data, source=name)
        return
    for index, record in enumerate(data):
        yield document_from_record(record, source=f"{name}#{index}")


def _json(raw: bytes, name: str) -> Any:
    try:
        return json.loads(_decode(raw, name))
    except json.JSONDecodeError as exc:
        raise DocumentError(name, f"invalid JSON: {exc.msg} (column {exc.colno})") from exc
    except RecursionError as exc:
        raise DocumentError(name, "JSON nested too deeply") from exc


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(name, f"not UTF-8 text (byte {exc.start}); convert it first") from exc


def _size(item: str | Path | DocumentError) -> int:
    if not isinstance(item, Path):
        return 0
    try:
        return item.stat().st_size
    except OSError:
        return 0


def _raise(error: DocumentError) -> None:
    raise error
