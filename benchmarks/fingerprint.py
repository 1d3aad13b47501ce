"""What the fingerprint scripts share: the golden sentences they read, and the hashing.

``dates_fingerprint.py`` (find_dates) and ``extract_fingerprint.py`` (extract)
serialise every result of a fixed sample as one JSON line and print one
SHA-256 per part of the sample and one over all parts.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_61f972fdbf11bda3.txt"
LANGS = ("en", "fr", "es", "de", "it", "pt")


def golden_sentences() -> Iterator[tuple[str, str, str]]:
    """(text, reference as written, language) of the tagger's golden sentences, per language."""
    for lang in LANGS:
        path = ROOT / "tests" / "data" / lang / "temporal.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            yield case["text"], case["reference"], lang


def print_hashes(parts: dict[str, Iterable[str]], unit: str, dump: Path | None) -> None:
    """One SHA-256 per part and one over all; a blank line (a document's end) is not counted."""
    total = hashlib.sha256()
    lines: list[str] = []
    for name, part_lines in parts.items():
        part = hashlib.sha256()
        count = 0
        for line in part_lines:
            part.update(line.encode("utf-8") + b"\n")
            lines.append(line)
            count += bool(line)
        total.update(part.digest())
        print(f"{name:<12}{count:>7} {unit}  {part.hexdigest()[:16]}")
    print(f"{'all':<12}{sum(map(bool, lines)):>7} {unit}  {total.hexdigest()}")
    if dump:
        dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
