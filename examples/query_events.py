"""Querying a timeline: a date range, an actor, a kind of event, words.

    python examples/query_events.py

Extracts a few reports, then narrows the timeline down with its query methods.
"""

from __future__ import annotations

import timeline

TEXT = (
    "On 3 January 2026, US forces captured Nicolás Maduro in Caracas. "
    "On 4 January 2026, Russia condemned the operation. "
    "On 20 February 2026, Venezuela and Cuba signed an energy agreement in Havana. "
    "On 2 March 2026, protesters gathered in Caracas."
)


def main() -> None:
    events = timeline.extract(TEXT, published="2026-03-03", lang="en", source="example")
    print(f"{len(events)} events")
    january = events.between("2026-01-01", "2026-01-31")
    print(f"in January 2026: {len(january)}")
    for event in january:
        print(f"  {event.when.edtf}  {event.title[:60]}")
    caracas = events.search("Caracas")
    print(f"mentioning Caracas: {len(caracas)}")
    venezuela = events.involving("VEN")
    print(f"involving Venezuela: {len(venezuela)}")
    agreements = events.of_kind(timeline.EventKind.AGREE)
    print(f"agreements: {len(agreements)}")


if __name__ == "__main__":
    main()
