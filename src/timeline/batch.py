"""Extraction over many documents: in parallel, in bounded memory, in input order.

:func:`extract_many` yields **one Timeline per input document, in input
order**, whatever ``jobs`` is: ``zip(documents, extract_many(documents))``
pairs each document with its events, and the output is the same with one
process or eight. A document that cannot be processed (text that is not a
string, a record without text, an extractor failure) gives an empty Timeline
and is reported as a :class:`~timeline.errors.DocumentError` to ``errors``
(by default as a :class:`~timeline.errors.TimelineWarning`); the batch goes on.

Work is sent to the processes in chunks of documents, and at most
``2 * jobs`` chunks are in flight: the input iterable is consumed as results
come back, never all at once, so memory stays bounded on corpora of any size.
"""

from __future__ import annotations

import multiprocessing
import os
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from timeline.documents import Document, document_from_record
from timeline.errors import DocumentError, TimelineError, TimelineWarning
from timeline.extract import extract
from timeline.timeline import Timeline

__all__ = ["Options", "coerce", "extract_document", "extract_many", "run_chunk"]

CHUNK_CHARS = 256_000
CHUNK_DOCUMENTS = 64
IN_FLIGHT_PER_JOB = 2

DocumentLike = str | Document | Mapping[str, Any]
# (position in the input, the document or why it is not one, its name)
_Item = tuple[int, Document | str | DocumentError, str]
# (position, events, error reason or "", name)
_Result = tuple[int, Timeline, str, str]


@dataclass(frozen=True, slots=True)
class Options:
    """What every document of a batch is extracted with, where it says nothing itself."""

    published: date | datetime | str | None = None
    lang: str | None = None


def extract_document(document: str | Document, options: Options = Options()) -> Timeline:
    """The events of one document; its own ``published`` and ``lang`` win over ``options``."""
    if isinstance(document, str):
        return extract(document, published=options.published, lang=options.lang)
    return extract(
        document.text,
        published=document.published or options.published,
        lang=document.lang or options.lang,
        source=document.url or document.source or document.id,
    )


def extract_many(
    documents: Iterable[DocumentLike],
    *,
    jobs: int | None = 1,
    published: date | datetime | str | None = None,
    lang: str | None = None,
    errors: Callable[[DocumentError], None] | None = None,
) -> Iterator[Timeline]:
    """One :class:`Timeline` per document, in input order, extracted by ``jobs`` processes.

    ``documents`` holds texts (``str``), :class:`~timeline.documents.Document`
    records or mappings with the same fields. ``jobs=None`` (or 0) uses every
    core. ``published`` and ``lang`` apply to documents that do not give their
    own. A bad document yields an empty Timeline and is passed to ``errors``
    (default: a :class:`~timeline.errors.TimelineWarning`).
    """
    workers = _workers(jobs)
    report = errors or _warn
    options = Options(published=published, lang=lang)
    chunks = _chunks(documents)
    results = _serial(chunks, options) if workers == 1 else _parallel(chunks, options, workers)
    for index, timeline, reason, name in results:
        if reason:
            report(DocumentError(name, reason, index=index))
        yield timeline


def _workers(jobs: int | None) -> int:
    if jobs is None or jobs == 0:
        return os.cpu_count() or 1
    if not isinstance(jobs, int) or jobs < 0:
        raise ValueError(f"jobs must be a positive number of processes (or 0 for all), not {jobs}")
    return jobs


def _warn(error: DocumentError) -> None:
    warnings.warn(f"skipped document {error}", TimelineWarning, stacklevel=4)


# ---------------------------------------------------------------- chunking


def _chunks(documents: Iterable[DocumentLike]) -> Iterator[list[_Item]]:
    """Documents in groups of at most CHUNK_DOCUMENTS or about CHUNK_CHARS characters."""
    chunk: list[_Item] = []
    size = 0
    for index, item in enumerate(documents):
        document = coerce(item)
        chunk.append((index, document, _name(document, index)))
        size += len(document.text) if isinstance(document, Document) else len(str(document))
        if len(chunk) >= CHUNK_DOCUMENTS or size >= CHUNK_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def coerce(item: object) -> Document | str | DocumentError:
    """A batch item as a str or Document, or the DocumentError saying why it is neither."""
    if isinstance(item, str | Document | DocumentError):
        return item
    if isinstance(item, Mapping):
        try:
            return document_from_record(dict(item), source="")
        except DocumentError as exc:
            return exc
    return DocumentError("", f"expected a str, Document or mapping, not {type(item).__name__}")


def _name(document: Document | str | DocumentError, index: int) -> str:
    if isinstance(document, Document) and (document.url or document.source or document.id):
        return document.name
    if isinstance(document, DocumentError) and document.document:
        return document.document
    return f"document #{index}"


# ------------------------------------------------------------------ running


def _serial(chunks: Iterable[list[_Item]], options: Options) -> Iterator[_Result]:
    """In this process, one document at a time (so progress is reported per document)."""
    for chunk in chunks:
        for index, document, name in chunk:
            yield _run_one(index, document, name, options)


def _parallel(chunks: Iterator[list[_Item]], options: Options, workers: int) -> Iterator[_Result]:
    """Results in submission order, with at most IN_FLIGHT_PER_JOB chunks per worker pending."""
    context = _context()
    pending: deque[Future[list[_Result]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        try:
            for chunk in chunks:
                pending.append(pool.submit(run_chunk, chunk, options))
                if len(pending) >= workers * IN_FLIGHT_PER_JOB:
                    yield from _result(pending.popleft())
            while pending:
                yield from _result(pending.popleft())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _result(future: Future[list[_Result]]) -> list[_Result]:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise TimelineError(
            "a worker process of extract_many stopped abruptly (killed, out of memory, or "
            "started from a script that calls extract_many(jobs > 1) outside an "
            "'if __name__ == \"__main__\":' block); use jobs=1 or fix the cause"
        ) from exc


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where available (forking a process that runs threads is unsafe), its
    server preloading every language once (timeline._warm) for the workers it forks."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["__main__", "timeline._warm"])
    return context


def run_chunk(chunk: list[_Item], options: Options) -> list[_Result]:
    """Extract a chunk of documents (in a worker process); failures become reasons."""
    return [_run_one(index, document, name, options) for index, document, name in chunk]


def _run_one(
    index: int, document: Document | str | DocumentError, name: str, options: Options
) -> _Result:
    if isinstance(document, DocumentError):
        return (index, Timeline(), document.reason, name)
    try:
        return (index, extract_document(document, options), "", name)
    except TimelineError as exc:
        return (index, Timeline(), str(exc), name)
    except Exception as exc:  # one document must never stop a batch
        return (index, Timeline(), f"extraction failed: {type(exc).__name__}: {exc}", name)
