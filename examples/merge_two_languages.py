"""Several reports of the same events, in English and in French, merged into one timeline.

    python examples/merge_two_languages.py

Each report is extracted on its own (with its publication date and language);
``timeline.merge`` then keeps one event per real-world event and every source
that reports it.
"""

from __future__ import annotations

from datetime import date

import timeline

REPORTS = [
    timeline.Document(
        source="wire-en",
        lang="en",
        published=date(2026, 1, 4),
        text=(
            "On 3 January 2026, US forces captured Nicolás Maduro in Caracas. "
            "Russia condemned the operation on 4 January 2026."
        ),
    ),
    timeline.Document(
        source="journal-fr",
        lang="fr",
        published=date(2026, 1, 5),
        text=(
            "Le 3 janvier 2026, les forces américaines ont capturé Nicolás Maduro à Caracas. "
            "Le 5 janvier 2026, Cuba a dénoncé une violation de sa souveraineté."
        ),
    ),
]


def main() -> None:
    reports = list(timeline.extract_many(REPORTS))
    for document, events in zip(REPORTS, reports, strict=True):
        print(f"{document.source} ({document.lang}): {len(events)} events")
    merged = timeline.merge(*reports)
    found = sum(len(events) for events in reports)
    print(f"merged: {found} events from {len(REPORTS)} reports -> {len(merged)} events")
    for event in merged:
        sources = ", ".join(event.documents)
        print(f"  {event.when.edtf}  {event.title[:60]:<60}  [{sources}]")


if __name__ == "__main__":
    main()
