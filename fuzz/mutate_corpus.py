"""Mutation fuzzing of find_dates and extract over real text (no extra tool needed).

    python fuzz/mutate_corpus.py --seconds 1200 --seed 2

Pieces of real documents (the TempEval-3 silver news, the Recognizers cases and the seed,
read from ../shared and seeds/) are cut at random, damaged (date words and troublemakers
inserted, characters dropped, pieces of other documents spliced in) and given to
find_dates and extract with a random language (the six, others, unknown codes) and a
random reference, the calendar's ends included. A TimelineError is an expected answer;
any other exception, or a mention that is not its text's slice, is a finding: printed
with its input, and the exit status is 1. docs/reliability.md has the runs.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from datetime import date, datetime
from pathlib import Path

from timeline import TimelineError, extract, find_dates

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
JUNK = (
    *("\x00", "\u200b", "\ufeff", "\u202e", "\u0130", "\u0131", "\u017f", "\u00df", "\ufb01"),
    *("\U0001d7d9", "\u0661\u0662", "\u4e8c\u3007\u4e8c\u516d\u5e74", "2026年1月14日"),
    *("\r\n", "\t", "  ", "--", "/", ".", ",", "(", ")", "'", '"', "\u2019", "\u0301"),
    *("0", "31", "12", "1999", "-", ":", "am", "pm", "de", "le", "el", "mars", "May"),
    *("Mai", "janvier", "lundi", "ago", "hace", "il y a", "vor", "fa", "há", "next", "week"),
)
LANGS = (None, "en", "fr", "es", "de", "it", "pt", "ru", "zh", "ja", "ko", "ar", "tr", "xx")
REFERENCES = (
    None,
    date(2026, 1, 14),
    datetime(2007, 2, 28, 23, 59),  # noqa: DTZ001 - a naive clock, as users give it
    date(1, 1, 1),
    date(9999, 12, 31),
    date(2024, 2, 29),
)


def pieces(limit: int) -> list[str]:
    """The texts mutated: seed, silver news (the first ``limit``) and Recognizers inputs."""
    texts = [path.read_text("utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    silver = sorted((SHARED / "tempeval3-silver").rglob("*.tml"))[:limit]
    texts += [path.read_text("utf-8", errors="replace") for path in silver]
    for path in sorted((SHARED / "recognizers").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            case = json.loads(line)
            texts.append(str(case.get("input") or case.get("text") or ""))
    return texts


def mutated(rng: random.Random, texts: list[str]) -> str:
    """A random cut of one text with up to seven damages."""
    base = rng.choice(texts)
    start = rng.randrange(len(base) + 1)
    chars = list(base[start : start + rng.randrange(400)])
    for _ in range(rng.randrange(8)):
        at, kind = rng.randrange(len(chars) + 1), rng.random()
        if kind < 0.5:
            chars.insert(at, rng.choice(JUNK))
        elif kind < 0.7 and chars:
            del chars[min(at, len(chars) - 1)]
        else:
            other = rng.choice(texts)
            begin = rng.randrange(len(other) + 1)
            chars[at:at] = list(other[begin : begin + rng.randrange(60)])
    return "".join(chars)


def attempt(text: str, lang: str | None, reference: date | None) -> None:
    """One input through both entry points; raises only on a finding."""
    try:
        for mention in find_dates(text, reference=reference, lang=lang):
            if text[mention.start : mention.end] != mention.text:
                raise AssertionError(f"mention {mention.text!r} is not text[start:end]")
        extract(text, published=reference, lang=lang)
    except TimelineError:
        return


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--documents", type=int, default=300, help="silver documents read")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED} is not here: this fuzzer mutates its research corpora", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)  # noqa: S311 - reproducible inputs, not secrets
    texts = pieces(args.documents)
    end, runs, findings = time.monotonic() + args.seconds, 0, 0
    while time.monotonic() < end:
        text, lang, reference = mutated(rng, texts), rng.choice(LANGS), rng.choice(REFERENCES)
        runs += 1
        try:
            attempt(text, lang, reference)
        except Exception:  # every other exception is a finding: reported, not raised
            findings += 1
            print(f"FINDING {text!r} lang={lang} reference={reference}", flush=True)
            traceback.print_exc()
    print(f"{runs} inputs, {findings} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
