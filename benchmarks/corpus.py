"""A multilingual, news-like corpus generator: deterministic for a seed, never downloaded.

Each document is a short wire story in English, French, Spanish, German,
Italian or Portuguese: a dateline, sentences with absolute dates in the
language's usual forms ("14 January 2026", "le 3 janvier", "el 5 de marzo de
2026", "am 14. März 2026", ISO), relative ones ("yesterday", "la semaine
dernière"), weekdays, months and years, actors, places and event verbs, and
ordinary sentences with no date at all (some with words that look like dates:
"may", "march", "mars"). Records are the JSON Lines the CLI reads: id, url,
lang, published, title, text.

    python benchmarks/corpus.py --size 50MB -o corpus.jsonl --seed 7
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

LANGS = ("en", "fr", "es", "de", "it", "pt")

WORDS: dict[str, Any] = json.loads(
    (Path(__file__).with_name("corpus_words.json")).read_text(encoding="utf-8")
)


class _Writer:
    """Sentences of one document in one language, drawn from a seeded generator."""

    def __init__(self, rng: random.Random, lang: str, published: date) -> None:
        self.rng = rng
        self.lang = lang
        self.published = published
        self.months: list[str] = WORDS["months"][lang]
        self.weekdays: list[str] = WORDS["weekdays"][lang]

    def when(self) -> str:
        choice = self.rng.random()
        if choice < 0.45:
            return self._day()
        if choice < 0.75:
            relative = self.rng.choice(WORDS["relative"][self.lang])
            return str(relative).format(w=self.rng.choice(self.weekdays))
        if choice < 0.92:
            month = self.rng.choice(self.months)
            form = self.rng.choice(WORDS["month_forms"][self.lang])
            return form.format(m=month, y=self.published.year)
        return (self.published - timedelta(days=self.rng.randrange(60))).isoformat()

    def _day(self) -> str:
        day = self.published - timedelta(days=self.rng.randrange(45))
        form = self.rng.choice(WORDS["day_forms"][self.lang])
        return form.format(d=day.day, m=self.months[day.month - 1], y=day.year)

    def sentence(self) -> str:
        if self.rng.random() < 0.35:
            return self.rng.choice(WORDS["filler"][self.lang])
        a, b = self.rng.sample(WORDS["actors"], 2)
        text = self.rng.choice(WORDS["events"][self.lang]).format(
            when=self.when(), a=a, b=b, p=self.rng.choice(WORDS["places"])
        )
        return text[0].upper() + text[1:]


def document(rng: random.Random, number: int) -> dict[str, Any]:
    """One news-like record."""
    lang = rng.choice(LANGS)
    published = date(2024, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    writer = _Writer(rng, lang, published)
    paragraphs = [
        " ".join(writer.sentence() for _ in range(rng.randint(2, 5)))
        for _ in range(rng.randint(2, 6))
    ]
    place = rng.choice(WORDS["places"]).upper()
    return {
        "id": f"gen-{number:08d}",
        "url": f"https://news.invalid/{lang}/{published.isoformat()}/{number}",
        "lang": lang,
        "published": published.isoformat(),
        "title": paragraphs[0].split(". ")[0][:120],
        "text": f"{place} — " + "\n\n".join(paragraphs),
    }


def generate(*, seed: int = 0, documents: int | None = None) -> Iterator[dict[str, Any]]:
    """Records, endlessly (or ``documents`` of them); the same seed gives the same records."""
    rng = random.Random(seed)
    number = 0
    while documents is None or number < documents:
        yield document(rng, number)
        number += 1


def write_jsonl(path: Path, *, size_bytes: int, seed: int = 0) -> tuple[int, int]:
    """Write records until the file holds ``size_bytes``; return (documents, bytes)."""
    written = count = 0
    with path.open("w", encoding="utf-8") as stream:
        for record in generate(seed=seed):
            line = json.dumps(record, ensure_ascii=False) + "\n"
            stream.write(line)
            written += len(line.encode("utf-8"))
            count += 1
            if written >= size_bytes:
                break
    return count, written


def parse_size(text: str) -> int:
    """'1GB', '200MB', '64kB' or a number of bytes."""
    units = {"gb": 10**9, "mb": 10**6, "kb": 10**3, "b": 1}
    lowered = text.strip().lower()
    for unit, factor in units.items():
        if lowered.endswith(unit):
            return int(float(lowered[: -len(unit)]) * factor)
    return int(lowered)


def main() -> None:
    parser = argparse.ArgumentParser(description="Generate a multilingual news-like JSONL corpus.")
    parser.add_argument("--size", type=parse_size, default=parse_size("10MB"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    count, written = write_jsonl(args.output, size_bytes=args.size, seed=args.seed)
    print(f"wrote {count} documents, {written / 1e6:.1f} MB to {args.output}")


if __name__ == "__main__":
    main()
