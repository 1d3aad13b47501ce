"""extract_many: one Timeline per document, in input order, the same with any number of jobs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

import timeline
from timeline import batch
from timeline.documents import Document
from timeline.errors import DocumentError, TimelineWarning

DAYS = [f"{day} January 2026" for day in range(1, 29)]


def _corpus(count: int) -> list[Document]:
    return [
        Document(
            text=f"On {DAYS[i % 28]} talks resumed. Nothing else. On {DAYS[(i * 7) % 28]} more.",
            source=f"doc{i}",
            lang="en",
        )
        for i in range(count)
    ]


def test_a_text_gives_what_extract_gives(seed_text: str) -> None:
    (result,) = timeline.extract_many([seed_text], published="2026-01-14", lang="fr")
    assert result == timeline.extract(seed_text, published="2026-01-14", lang="fr")


def test_document_fields_win_over_the_batch_defaults() -> None:
    document = Document(text="On 3 May 2025 it rained.", published=date(2025, 5, 4), url="u://a")
    (result,) = timeline.extract_many([document], published="2020-01-01", lang="en")
    source = result[0].sources[0]
    assert (source.published, source.document, source.url) == (date(2025, 5, 4), "u://a", "u://a")


def test_one_timeline_per_document_even_without_events() -> None:
    results = list(timeline.extract_many(["no date here", "On 2 March 2026 it rained.", ""]))
    assert [len(r) for r in results] == [0, 1, 0]


def test_mappings_are_documents_too() -> None:
    (result,) = timeline.extract_many([{"text": "On 2 March 2026 it rained.", "id": "r7"}])
    assert result[0].sources[0].document == "r7"


def test_parallel_output_equals_serial_output(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "CHUNK_DOCUMENTS", 3)
    documents = _corpus(40)
    serial = list(timeline.extract_many(documents, jobs=1))
    parallel = list(timeline.extract_many(documents, jobs=2))
    assert parallel == serial
    assert [r[0].sources[0].document for r in parallel] == [f"doc{i}" for i in range(40)]


def test_bad_documents_are_reported_and_the_batch_goes_on() -> None:
    errors: list[DocumentError] = []
    rain, snow = "On 2 March 2026 it rained.", "On 3 March 2026 it snowed."
    items: list[object] = [rain, 42, {"title": "no text"}, snow]
    results = list(timeline.extract_many(items, errors=errors.append))  # type: ignore[arg-type]
    assert [len(r) for r in results] == [1, 0, 0, 1]
    assert [(e.index, e.document) for e in errors] == [(1, "document #1"), (2, "document #2")]
    assert "not int" in errors[0].reason
    assert "'text' field" in errors[1].reason


def test_without_a_handler_a_bad_document_is_a_warning() -> None:
    with pytest.warns(TimelineWarning, match="document #0"):
        results = list(timeline.extract_many([None]))  # type: ignore[list-item]
    assert results == [timeline.Timeline()]


def test_an_extractor_failure_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(document: object, options: object) -> timeline.Timeline:
        raise RuntimeError("boom")

    monkeypatch.setattr(batch, "extract_document", broken)
    errors: list[DocumentError] = []
    assert list(timeline.extract_many(["x"], errors=errors.append)) == [timeline.Timeline()]
    assert errors[0].reason == "extraction failed: RuntimeError: boom"


def test_input_is_consumed_lazily_with_bounded_work_in_flight(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(batch, "CHUNK_DOCUMENTS", 2)
    pulled = 0

    def documents() -> Iterator[str]:
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield f"On {DAYS[i % 28]} something happened."

    results = timeline.extract_many(documents(), jobs=2)
    next(results)
    assert pulled <= 2 * 2 * batch.IN_FLIGHT_PER_JOB + 2
    results.close()


@pytest.mark.parametrize("jobs", [-1, 1.5])
def test_jobs_must_be_a_count(jobs: object) -> None:
    with pytest.raises(ValueError, match="jobs"):
        next(timeline.extract_many(["x"], jobs=jobs))  # type: ignore[arg-type]


def test_jobs_none_means_every_core() -> None:
    assert batch._workers(None) >= 1
    assert batch._workers(0) == batch._workers(None)


def test_a_dead_worker_is_one_readable_error() -> None:
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    future: Future[list[object]] = Future()
    future.set_exception(BrokenProcessPool("gone"))
    with pytest.raises(timeline.TimelineError, match="if __name__"):
        batch._result(future)  # type: ignore[arg-type]
