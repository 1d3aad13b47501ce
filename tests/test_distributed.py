"""timeline.distributed: the same events on a local Dask cluster as on one machine."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import timeline
from timeline.documents import Document
from timeline.errors import DocumentError, TimelineWarning

db = pytest.importorskip("dask.bag", reason="dask is not installed: pip install 'timeline[dask]'")
distributed = pytest.importorskip(
    "distributed", reason="dask.distributed is not installed: pip install 'timeline[dask]'"
)
from timeline.distributed import extract_bag, read_jsonl  # noqa: E402 - after the skips

MONTHS = ["January", "February", "March", "April"]
DOCUMENTS: list[Any] = [
    *(f"On {day % 27 + 1} {MONTHS[day % 4]} 2026 ministers met. Talks ran." for day in range(9)),
    Document(text="Le 3 janvier 2026, les forces ont agi.", lang="fr", source="fr-1"),
    {"text": "El 5 de marzo de 2026 se firmó el acuerdo.", "lang": "es", "id": "es-1"},
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0"
    )
    with cluster, distributed.Client(cluster) as dask_client:
        yield dask_client


def test_cluster_gives_the_events_of_one_machine(client: Any) -> None:
    bag = db.from_sequence(DOCUMENTS, npartitions=4)
    on_cluster = extract_bag(bag, published="2026-01-20").compute()
    at_home = list(timeline.extract_many(DOCUMENTS, published="2026-01-20"))
    assert on_cluster == at_home
    assert sum(len(t) for t in on_cluster) == len(DOCUMENTS)


def test_read_jsonl_splits_files_in_blocks_and_keeps_the_path(client: Any, tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    records = [{"text": f"On {d} March 2026 it rained.", "id": f"r{d}"} for d in range(1, 21)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    documents = read_jsonl(str(path), blocksize=200)
    assert documents.npartitions > 1
    timelines = extract_bag(documents).compute()
    assert [t[0].sources[0].document for t in timelines] == [f"r{d}" for d in range(1, 21)]


def test_bad_lines_are_reported_and_skipped(client: Any, tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text('{"text": "On 2 March 2026 it rained."}\n{oops\n\n{"title": "t"}\n', "utf-8")
    timelines = extract_bag(read_jsonl(str(path)), errors="ignore").compute()
    assert [len(t) for t in timelines] == [1, 0, 0]


def test_errors_raise_stops_with_the_document_error() -> None:
    bag = db.from_sequence(["On 2 March 2026 it rained.", 42], npartitions=1)
    with pytest.raises(DocumentError, match="expected a str, Document or mapping, not int"):
        extract_bag(bag, errors="raise").compute(scheduler="sync")


def test_errors_warn_by_default() -> None:
    bag = db.from_sequence([None], npartitions=1)
    with pytest.warns(TimelineWarning, match="skipped document"):
        assert extract_bag(bag).compute(scheduler="sync") == [timeline.Timeline()]


def test_unknown_error_policy_is_refused() -> None:
    with pytest.raises(ValueError, match="errors must be"):
        extract_bag(db.from_sequence([]), errors="shout")  # type: ignore[arg-type]
