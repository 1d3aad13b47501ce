"""The same extraction on Dask: across the cores of one machine or a whole cluster.

Needs the optional extra: ``pip install 'timeline[dask]'``.

- :func:`read_jsonl` makes a bag of :class:`~timeline.documents.Document` from
  JSON Lines files (local paths or any URL fsspec reads), split in blocks;
- :func:`extract_bag` maps a bag of documents (texts, Documents or mappings)
  to a bag of Timelines, one per document, in the same order: exactly what
  :func:`timeline.extract_many` yields for the same documents.

With a ``dask.distributed.Client`` open, ``compute()`` runs on its cluster::

    from dask.distributed import Client
    with Client("scheduler:8786"):
        timelines = extract_bag(read_jsonl("s3://bucket/news-*.jsonl")).compute()

A bad document gives an empty Timeline. ``errors="warn"`` (the default)
issues a :class:`~timeline.errors.TimelineWarning` where the document is
processed (on a worker, it lands in the worker's log); ``errors="raise"``
stops the computation with the :class:`~timeline.errors.DocumentError`;
``errors="ignore"`` says nothing.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, Literal

from timeline.batch import Options, coerce, run_chunk
from timeline.documents import Document, document_from_record
from timeline.errors import DocumentError, TimelineWarning
from timeline.timeline import Timeline

try:
    import dask.bag as db
except ImportError as exc:  # pragma: no cover - exercised where dask is absent
    raise ImportError(
        "timeline.distributed needs Dask: pip install 'timeline[dask]'", name=exc.name
    ) from exc

__all__ = ["extract_bag", "read_jsonl"]

ErrorPolicy = Literal["warn", "raise", "ignore"]


def read_jsonl(urlpath: str | list[str], *, blocksize: str | int | None = "64MiB") -> db.Bag:
    """A bag of Documents from JSON Lines files, one partition per block of each file.

    A line that is not a valid record becomes a :class:`DocumentError` item, which
    :func:`extract_bag` reports like any other bad document.
    """
    # dask.bag is untyped: its calls are checked by the tests, not by mypy
    lines = db.read_text(urlpath, blocksize=blocksize, include_path=True)  # type: ignore[no-untyped-call]
    bag: db.Bag = lines.filter(lambda item: bool(item[0].strip())).map(_record)
    return bag


def _record(item: tuple[str, str]) -> Document | DocumentError:
    line, path = item
    try:
        return document_from_record(json.loads(line), source=path)
    except json.JSONDecodeError as exc:
        return DocumentError(path, f"invalid JSON: {exc.msg} (column {exc.colno})")
    except DocumentError as exc:
        return exc


def extract_bag(
    documents: db.Bag,
    *,
    published: date | datetime | str | None = None,
    lang: str | None = None,
    errors: ErrorPolicy = "warn",
) -> db.Bag:
    """A bag of Timelines, one per document of ``documents``, in the same order.

    ``published`` and ``lang`` apply to documents that do not give their own.
    """
    if errors not in ("warn", "raise", "ignore"):
        raise ValueError(f"errors must be 'warn', 'raise' or 'ignore', not {errors!r}")
    options = Options(published=published, lang=lang)
    bag: db.Bag = documents.map_partitions(_partition, options, errors)  # type: ignore[no-untyped-call]
    return bag


def _partition(items: Iterable[Any], options: Options, errors: ErrorPolicy) -> list[Timeline]:
    chunk = [(index, coerce(item), _name(item)) for index, item in enumerate(items)]
    timelines = []
    for _, timeline, reason, name in run_chunk(chunk, options):
        if reason:
            _report(DocumentError(name, reason), errors)
        timelines.append(timeline)
    return timelines


def _name(item: Any) -> str:
    if isinstance(item, Document):
        return item.name
    if isinstance(item, DocumentError) and item.document:
        return item.document
    return "document"


def _report(error: DocumentError, policy: ErrorPolicy) -> None:
    if policy == "raise":
        raise error
    if policy == "warn":
        warnings.warn(f"skipped document {error}", TimelineWarning, stacklevel=2)
