"""A hash of all that ``timeline.extract`` returns on a fixed sample: the safety net of speed work.

The sample is the first TempEval-3 silver documents (as ``bench_extract.py``
reads them), the seed article, the golden extraction cases, the temporal
golden sentences of every language, and generated news in six languages
(``corpus.py``, fixed seed). Each event is serialised with its JSON
(``model_dump_json``); one SHA-256 per part and one over all parts are
printed. An optimisation must leave them unchanged::

    .venv/bin/python benchmarks/extract_fingerprint.py
    .venv/bin/python benchmarks/extract_fingerprint.py --dump /tmp/events.jsonl  # to diff
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from bench_extract import CORPUS, load
from corpus import generate
from fingerprint import ROOT, SEED, golden_sentences, print_hashes

from timeline import extract

GOLDEN = ROOT / "tests" / "data" / "extract" / "golden.json"

# (text, published, lang): lang None lets extract detect it.
Document = tuple[str, date | str | None, str | None]


def silver(files: int) -> Iterator[Document]:
    """The first ``files`` TempEval-3 silver documents (English wire news)."""
    for text, created in load(files):
        yield text, created, "en"


def seed() -> Iterator[Document]:
    """The French seed article, dated and with its language detected."""
    yield SEED.read_text(encoding="utf-8"), "2026-01-14", None


def golden() -> Iterator[Document]:
    """The hand-written extraction cases (six languages)."""
    for case in json.loads(GOLDEN.read_text(encoding="utf-8"))["cases"]:
        yield case["text"], case.get("published"), case["lang"]


def temporal() -> Iterator[Document]:
    """The temporal tagger's golden sentences, per language."""
    for text, reference, lang in golden_sentences():
        yield text, reference[:10], lang


def generated(documents: int) -> Iterator[Document]:
    """Generated news-like documents in six languages (fixed seed)."""
    for record in generate(seed=7, documents=documents):
        yield record["text"], record["published"], record["lang"]


def events_json(documents: Iterator[Document]) -> Iterator[str]:
    """One JSON line per extracted event, document after document."""
    for number, (text, published, lang) in enumerate(documents):
        for event in extract(text, published=published, lang=lang, source=f"doc-{number}"):
            yield event.model_dump_json()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=300, help="silver documents (default 300)")
    parser.add_argument("--generated", type=int, default=300, help="generated documents")
    parser.add_argument("--dump", type=Path, help="also write every event's JSON to this file")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 1
    parts = {
        "silver": silver(args.files),
        "seed": seed(),
        "golden": golden(),
        "temporal": temporal(),
        "generated": generated(args.generated),
    }
    print_hashes({name: events_json(docs) for name, docs in parts.items()}, "events", args.dump)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
