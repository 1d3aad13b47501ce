"""Coverage-guided fuzzing of timeline's entry points with atheris (libFuzzer for Python).

    pip install atheris                      # not in the dev extra: it builds against clang
    python fuzz/fuzz_timeline.py TARGET [libFuzzer options]
    python fuzz/make_corpus.py /tmp/corpus     # seed inputs, one folder per target
    python fuzz/fuzz_timeline.py ics -max_total_time=300 -max_len=16384 /tmp/corpus/ics

TARGET is one of: find_dates, extract, json, jsonl, ics, csv, documents, read.
Each input is turned into text (or kept as bytes for the readers) and given to the
target; a TimelineError is an expected answer, any other exception is a finding
(libFuzzer stops and writes the input to crash-<hash>). Offsets and sources are
checked as in tests/test_reliability_fuzz.py. docs/reliability.md has the runs.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["timeline"]):
    from timeline import Timeline, TimelineError, extract, find_dates
    from timeline.documents import Corpus
    from timeline.export import loads, read

    # the format modules are imported on use: import them here so they are instrumented
    for _format in ("json", "csv", "ical", "_ical_foreign"):
        importlib.import_module(f"timeline.export.{_format}")

LANGS = (None, "en", "fr", "es", "de", "it", "pt", "nl")
FOLDER = Path(tempfile.mkdtemp(prefix="timeline-fuzz-"))


def _check_timeline(timeline: Timeline, text: str | None = None) -> None:
    for event in timeline:
        assert event.sources, "an event without a source"
        for source in event.sources:
            assert 0 <= source.start <= source.end
            if text is not None:
                assert text[source.start : source.end] == source.quote


def _find_dates(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    lang = LANGS[provider.ConsumeIntInRange(0, len(LANGS) - 1)]
    text = provider.ConsumeUnicodeNoSurrogates(len(data))
    for mention in find_dates(text, lang=lang):
        assert text[mention.start : mention.end] == mention.text


def _extract(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    lang = LANGS[provider.ConsumeIntInRange(0, len(LANGS) - 1)]
    text = provider.ConsumeUnicode(len(data))
    _check_timeline(extract(text, lang=lang, published="2026-01-16"), text)


def _reader(format: str) -> Callable[[bytes], None]:
    def target(data: bytes) -> None:
        _check_timeline(loads(data, format))

    return target


def _documents(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    suffix = (".txt", ".json", ".jsonl", ".html")[provider.ConsumeIntInRange(0, 3)]
    path = FOLDER / f"input{suffix}"
    path.write_bytes(provider.ConsumeBytes(len(data)))
    list(Corpus([path], errors=lambda error: None))


def _read(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    suffix = (".json", ".jsonl", ".ics", ".csv")[provider.ConsumeIntInRange(0, 3)]
    path = FOLDER / f"timeline{suffix}"
    path.write_bytes(provider.ConsumeBytes(len(data)))
    _check_timeline(read(path))


TARGETS: dict[str, Callable[[bytes], None]] = {
    "find_dates": _find_dates,
    "extract": _extract,
    "json": _reader("json"),
    "jsonl": _reader("jsonl"),
    "ics": _reader("ics"),
    "csv": _reader("csv"),
    "documents": _documents,
    "read": _read,
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}}} [libFuzzer options]")
    target = TARGETS[sys.argv.pop(1)]

    def one_input(data: bytes) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with contextlib.suppress(TimelineError):
                target(data)

    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
