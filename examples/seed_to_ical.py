"""The seed article to a calendar file: extract its events and write them as iCalendar.

    python examples/seed_to_ical.py [OUTPUT_FOLDER]

Writes ``seed.ics`` (open it in any calendar app) and prints the events.
"""

from __future__ import annotations

import sys
from pathlib import Path

import timeline

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_61f972fdbf11bda3.txt"


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd()
    text = SEED.read_text(encoding="utf-8")
    events = timeline.extract(text, published="2026-01-14", lang="fr", source=SEED.name)
    for event in events:
        print(event.when.edtf, event.kind.value, event.title[:70])
    target = folder / "seed.ics"
    target.write_text(events.to_ical(), encoding="utf-8")
    print(f"wrote {len(events)} events to {target}")


if __name__ == "__main__":
    main()
