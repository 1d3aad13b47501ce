"""A whole corpus through extract_many: two processes, input order kept, bad documents reported.

    python examples/batch_corpus.py [FOLDER_OR_JSONL ...]

Without arguments a small generated corpus is used. The output is the same
whatever ``jobs`` is; memory stays bounded however large the corpus.
"""

from __future__ import annotations

import sys

import timeline
from timeline.documents import read_documents

SAMPLE = [
    {"text": "On 14 January 2026 the talks began in Geneva.", "lang": "en", "id": "a"},
    {"text": "Le 3 janvier 2026, les forces ont capturé Maduro.", "lang": "fr", "id": "b"},
    {"title": "a record without text"},
    {"text": "Am 14. März 2026 trafen sich die Minister.", "lang": "de", "id": "c"},
]


def main() -> None:
    errors: list[timeline.DocumentError] = []
    documents = read_documents(sys.argv[1:], errors=errors.append) if sys.argv[1:] else SAMPLE
    count = 0
    for events in timeline.extract_many(documents, jobs=2, errors=errors.append):
        count += 1
        for event in events:
            print(event.when.edtf, event.sources[0].document, event.title[:50])
    print(f"processed {count} documents; skipped: {len(errors)}")
    for error in errors:
        print(f"  skipped {error.document}: {error.reason}")


if __name__ == "__main__":  # needed: the worker processes import this module
    main()
