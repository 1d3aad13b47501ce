"""Seed inputs for fuzz/fuzz_timeline.py: python fuzz/make_corpus.py FOLDER.

Writes FOLDER/<target>/ for every target: the events of the sentences below in each
readable format, the seed article and a few dated sentences in six languages, and input
documents (a JSON record, JSON Lines, an HTML page). libFuzzer adds its own
discoveries to the same folders, so keep FOLDER outside the repository.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from timeline import Timeline, extract, merge
from timeline.export import dumps

ROOT = Path(__file__).resolve().parent.parent

SENTENCES = (
    "On 14 January 2026 Russia attacked Ukraine near Kharkiv, officials said.",
    "Le 14 janvier 2026, la Russie a accusé l'Ukraine ; le lendemain, Kyiv a démenti.",
    "El 3 de marzo de 2025 EE. UU. impuso sanciones a Irán, dos días después de la cumbre.",
    "Am Dienstag, 5. Mai, um 14.30 Uhr MEZ, trafen sich die Minister in Berlin.",
    "Il 2 giugno 2024 l'ONU ha chiesto un cessate il fuoco; la settimana scorsa, nulla.",
    "Em 1 de abril de 2023, às 9h, o Brasil assinou o acordo com a Argentina.",
)


def main(folder: Path) -> None:
    timeline = merge(
        *(extract(s, published="2026-01-16", source=f"s{i}") for i, s in enumerate(SENTENCES)),
        Timeline(),
    )
    ics = dumps(timeline, "ics").encode()
    seeds = {
        "json": [dumps(timeline, "json").encode()],
        "jsonl": [dumps(timeline, "jsonl").encode()],
        "ics": [ics],
        "csv": [dumps(timeline, "csv").encode()],
        "find_dates": [b"\x01" + s.encode() for s in SENTENCES],
        "extract": [b"\x01" + s.encode() for s in SENTENCES],
        "documents": [
            b"\x01" + json.dumps({"text": SENTENCES[0], "published": "2026-01-15"}).encode(),
            b"\x02" + "\n".join(json.dumps({"text": s}) for s in SENTENCES).encode(),
            b"\x03<html><body><article><p>" + SENTENCES[1].encode() + b"</p></article></html>",
        ],
        "read": [b"\x00" + dumps(timeline, "json").encode(), b"\x02" + ics],
    }
    seed = ROOT / "seeds" / "000_61f972fdbf11bda3.txt"
    seeds["extract"].append(b"\x02" + seed.read_bytes())
    for target, inputs in seeds.items():
        (folder / target).mkdir(parents=True, exist_ok=True)
        for index, data in enumerate(inputs):
            (folder / target / f"seed-{index}").write_bytes(data)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
