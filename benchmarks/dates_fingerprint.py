"""A hash of all that ``timeline.find_dates`` returns on a fixed sample: the net under speed work.

The sample is the TempEval-3 silver documents (English wire news, read as
``bench_dates.py`` reads them, creation date as reference), every Recognizers
case text of ``../shared/corpora/recognizers`` (six languages, raw and
converted files, with their reference), the temporal golden sentences of every
language, the seed article, and generated news in six languages (``corpus.py``,
fixed seed), the last two also with the language left to detection. Each
mention is serialised with its JSON (``model_dump_json``: offsets, text, type,
value, span, resolution, mod, lang); one SHA-256 per part and one over all
parts are printed. A speed change must leave them unchanged::

    .venv/bin/python benchmarks/dates_fingerprint.py
    .venv/bin/python benchmarks/dates_fingerprint.py --dump /tmp/dates.jsonl  # to diff
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from bench_dates import SILVER
from corpus import generate
from fingerprint import ROOT, SEED, golden_sentences, print_hashes

from timeline import find_dates
from timeline.temporal.evaluation import LANG_NAMES, read_timeml, timeml_files

RECOGNIZERS = ROOT.parent / "shared" / "corpora" / "recognizers"

# (text, reference, lang): lang None lets find_dates detect it.
Document = tuple[str, date | None, str | None]


def silver(files: int | None) -> Iterator[Document]:
    """The TempEval-3 silver documents (all by default), creation date as reference."""
    for path in timeml_files(SILVER)[:files]:
        document = read_timeml(path)
        yield document.text, document.created, "en"


def recognizers() -> Iterator[Document]:
    """Every case text of the Recognizers files (validated or not), with its reference."""
    for path in sorted(RECOGNIZERS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = row.get("text", row.get("input"))
            reference = row.get("reference", row.get("ref"))
            lang = LANG_NAMES.get(row["lang"], row["lang"])
            yield str(text), date.fromisoformat(reference[:10]) if reference else None, lang


def temporal() -> Iterator[Document]:
    """The temporal tagger's golden sentences, per language."""
    for text, reference, lang in golden_sentences():
        yield text, date.fromisoformat(reference[:10]), lang


def seed() -> Iterator[Document]:
    """The French seed article: with its date, without, and with its language detected."""
    text = SEED.read_text(encoding="utf-8")
    yield text, date(2026, 1, 14), "fr"
    yield text, None, "fr"
    yield text, date(2026, 1, 14), None


def generated(documents: int) -> Iterator[Document]:
    """Generated news in six languages (fixed seed): language given, then detected."""
    for record in generate(seed=7, documents=documents):
        published = date.fromisoformat(record["published"][:10])
        yield record["text"], published, record["lang"]
        yield record["text"], None, None


def mentions_json(documents: Iterator[Document]) -> Iterator[str]:
    """One JSON line per mention, document after document (a blank line closes each)."""
    for text, reference, lang in documents:
        for mention in find_dates(text, reference=reference, lang=lang):
            yield mention.model_dump_json()
        yield ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, help="silver documents (default: all 2452)")
    parser.add_argument("--generated", type=int, default=500, help="generated documents")
    parser.add_argument("--dump", type=Path, help="also write every mention's JSON to this file")
    args = parser.parse_args()
    if not SILVER.is_dir() or not RECOGNIZERS.is_dir():
        print(f"corpora not found: {SILVER}, {RECOGNIZERS}", file=sys.stderr)
        return 1
    parts = {
        "silver": silver(args.files),
        "recognizers": recognizers(),
        "temporal": temporal(),
        "seed": seed(),
        "generated": generated(args.generated),
    }
    print_hashes({name: mentions_json(docs) for name, docs in parts.items()}, "mentions", args.dump)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
