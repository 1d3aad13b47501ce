"""Nothing lost: merge keeps every source; an interrupted batch, run again, gives the same output.

- merge, on generated near-duplicate timelines split at random, and after a trip
  through every lossless format: each source of the input is in exactly one event
  of the output, unchanged;
- ``timeline extract FOLDER -o FILE`` killed mid-run leaves no output file (only
  the old one, if any), and run again gives byte for byte the output of an
  uninterrupted run, with no event twice;
- ``extract_many`` stopped mid-way (by the consumer or by a kill) and started again
  gives the same timelines, in the same order, with one and with two processes.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Event, Source, Timeline, extract_many, merge
from timeline.export import dumps, loads

from strategies import events

BUDGET = int(os.environ.get("TIMELINE_FUZZ_EXAMPLES", "100"))
fuzz = settings(max_examples=BUDGET, suppress_health_check=[HealthCheck.too_slow])
LOSSLESS = ("json", "jsonl", "csv", "ics")


def _evidence(timelines: list[Timeline]) -> Counter[Source]:
    """Every source of every event (merged events carry their reports' sources)."""
    return Counter(
        source for timeline in timelines for event in timeline for source in event.sources
    )


@st.composite
def near_duplicate_timelines(draw: st.DrawFn) -> list[Timeline]:
    """Reports of a few events, retold by other documents, split into 1-4 timelines."""
    reports: list[Event] = []
    for base in draw(st.lists(events(), min_size=1, max_size=4)):
        for copy in range(draw(st.integers(1, 4))):
            shift = timedelta(days=draw(st.sampled_from([0, 0, 1])))
            when = base.when
            if when.start is not None and when.end is not None and when.days == 1:
                when = type(when).of(when.start + shift) if when.start < date(2099, 1, 1) else when
            sources = tuple(
                s.model_copy(update={"document": f"{s.document}#{copy}"}) for s in base.sources
            )
            title = base.title if draw(st.booleans()) else base.title.upper() + " (update)"
            data = {**base.model_dump(), "id": "", "when": when, "title": title}
            reports.append(Event.model_validate({**data, "sources": sources}))
    shuffled = draw(st.permutations(reports))
    parts = draw(st.integers(1, 4))
    return [Timeline(shuffled[i::parts]) for i in range(parts)]


@fuzz
@given(timelines=near_duplicate_timelines())
def test_merge_keeps_every_source_and_repeats_none(timelines: list[Timeline]) -> None:
    """Near duplicates merged: the sources out are the sources in, none repeated more."""
    merged = merge(*timelines)
    # a source is identified by its document and offsets (Source.key, docs/merge.md): two
    # copies of one passage that differ in metadata are one piece of evidence
    before = Counter(source.key for source in _evidence(timelines).elements())
    after = Counter(source.key for source in _evidence([merged]).elements())
    assert set(after) == set(before)
    assert all(after[key] <= before[key] for key in after)
    assert all(event.sources for event in merged)
    assert merge(merged) == merged


@fuzz
@given(timelines=near_duplicate_timelines(), format=st.sampled_from(LOSSLESS))
def test_merge_after_a_trip_through_a_file_loses_nothing(
    timelines: list[Timeline], format: str
) -> None:
    """Written, read back and merged, or merged, written and read back: the same events."""
    merged = merge(*timelines)
    back = [loads(dumps(timeline, format), format) for timeline in timelines]
    assert back == timelines
    assert merge(*back) == merged
    assert loads(dumps(merged, format), format) == merged


# ------------------------------------------------------------ a corpus to run

_STORIES = (
    "On {day} January 2026 Russia attacked Ukraine near Kharkiv, officials said.",
    "Le {day} janvier 2026, la Russie a attaqué l'Ukraine près de Kharkiv.",
    "El {day} de enero de 2026, Rusia atacó a Ucrania cerca de Járkov.",
    "Am {day}. Januar 2026 griff Russland die Ukraine bei Charkiw an.",
    "Il {day} gennaio 2026 la Russia ha attaccato l'Ucraina vicino a Kharkiv.",
    "Em {day} de janeiro de 2026, a Rússia atacou a Ucrânia perto de Kharkiv.",
    "On {day} January 2026 the United States imposed sanctions on Iran. Iran protested.",
)


def _corpus(folder: Path, count: int) -> Path:
    """``count`` short dated news texts in six languages, one file each."""
    folder.mkdir()
    for index in range(count):
        story = _STORIES[index % len(_STORIES)].format(day=1 + index % 28)
        filler = " The talks went on." * (index % 5) + f" Report {index}."
        (folder / f"doc-{index:04d}.txt").write_text(story + filler, encoding="utf-8")
    return folder


def _extract_cli(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "timeline", "extract", *arguments]


def _kill_when_started(
    process: subprocess.Popen[bytes], folder: Path, pattern: str, *, size: int = 1
) -> None:
    """SIGKILL the process group once its new output file in ``folder`` has ``size`` bytes.

    The file is unnamed (O_TMPFILE) where Linux allows it, so it is looked for among the
    process's open files, and by ``pattern`` (the named fallback) in the folder.
    """
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if any(size <= s for s in _pending_sizes(process.pid, folder, pattern)):
            break
        time.sleep(0.01)
    with contextlib.suppress(ProcessLookupError):  # it may have finished on its own
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=60)


def _pending_sizes(pid: int, folder: Path, pattern: str) -> Iterator[int]:
    """Sizes of the files being written in ``folder``: open unnamed ones, then named ones."""
    descriptors = Path(f"/proc/{pid}/fd")
    with contextlib.suppress(OSError):
        for entry in descriptors.iterdir():
            with contextlib.suppress(OSError):
                link = entry.readlink()
                if link.parent == folder and link.name.endswith("(deleted)"):
                    yield entry.stat().st_size
    for path in folder.glob(pattern):
        with contextlib.suppress(OSError):
            yield path.stat().st_size


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_interrupted_cli_run_started_again_gives_the_same_output(
    tmp_path: Path, jobs: str
) -> None:
    """Killed mid-run: no -o file; run again: the bytes of an uninterrupted run, no duplicate."""
    corpus = _corpus(tmp_path / "corpus", 150)
    reference = tmp_path / "reference.jsonl"
    subprocess.run(_extract_cli(str(corpus), "-q", "-o", str(reference)), check=True, timeout=300)
    output = tmp_path / "out" / "events.jsonl"
    output.parent.mkdir()
    process = subprocess.Popen(
        _extract_cli(str(corpus), "-q", "-j", jobs, "-o", str(output)),
        start_new_session=True,
        stderr=subprocess.DEVNULL,
    )
    _kill_when_started(process, output.parent, ".events.jsonl.*")
    assert process.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    assert not output.exists()
    assert list(output.parent.iterdir()) == []  # no temporary left behind either
    subprocess.run(
        _extract_cli(str(corpus), "-q", "-j", jobs, "-o", str(output)), check=True, timeout=300
    )
    assert output.read_bytes() == reference.read_bytes()
    events = loads(output.read_bytes(), "jsonl")
    assert len(events) > 75  # most documents give an event
    assert len({event.id for event in events}) == len(events)


def test_an_interrupted_rerun_keeps_the_previous_output(tmp_path: Path) -> None:
    """A second run killed mid-way leaves the first run's file as it was."""
    corpus = _corpus(tmp_path / "corpus", 150)
    output = tmp_path / "events.json"
    subprocess.run(_extract_cli(str(corpus), "-q", "-o", str(output)), check=True, timeout=300)
    before = output.read_bytes()
    (corpus / "doc-0000.txt").write_text("On 2 February 2026 Iran attacked Israel.")
    process = subprocess.Popen(
        _extract_cli(str(corpus), "-q", "-o", str(output)),
        start_new_session=True,
        stderr=subprocess.DEVNULL,
    )
    # the JSON document is written at the end: kill once the temporary file is open; the
    # window is short, so a run may also finish first: then the file must be whole and new
    _kill_when_started(process, tmp_path, ".events.json.*", size=0)
    if process.returncode == -signal.SIGKILL:
        assert output.read_bytes() == before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "events.json"]
    else:
        assert process.returncode == 0
        after = loads(output.read_bytes(), "json")
        assert any("2026-02-02" in event.when.edtf for event in after)


def test_extract_many_stopped_midway_and_restarted_gives_the_same_timelines(
    tmp_path: Path,
) -> None:
    """Consumer stops after 40 documents (pool shut down); the rerun matches one process."""
    texts = [p.read_text() for p in sorted(_corpus(tmp_path / "corpus", 200).iterdir())]
    serial = list(extract_many(texts, jobs=1))
    batch = extract_many(texts, jobs=2)
    first = [next(batch) for _ in range(40)]
    batch.close()
    again = list(extract_many(texts, jobs=2))
    assert first == serial[:40]
    assert again == serial
    ids = [event.id for timeline in again for event in timeline]
    assert len(ids) == len(set(ids))
    assert _evidence(again) == _evidence(serial)
