"""TempEval-3 scores of find_dates on a TimeML folder, and Recognizers case accuracy.

    python benchmarks/tempeval.py                      # ../shared corpora
    python benchmarks/tempeval.py --timeml DIR --cases FILE... --misses 20
    python benchmarks/tempeval.py --timeml ../shared/corpora/samples/wikiwars_de.xml \
        --lang de --cases                          # one TIMEX2 file, no cases

The document creation time (TIMEX3 functionInDocument="CREATION_TIME") is the
reference and is not scored. Strict: same offsets; relaxed: overlapping;
type and value F1 are counted over relaxed matches (TempEval-3).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from timeline import find_dates
from timeline.temporal.evaluation import (
    Score,
    Timex,
    as_timexes,
    case_found,
    case_passes,
    corpus_files,
    read_document,
    recognizers_cases,
)

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
DEFAULT_CASES = [
    SHARED / "recognizers" / name
    for name in (
        "cases_en.jsonl",
        "cases_fr.jsonl",
        "cases_es.jsonl",
        "German_DateTimeModel_all.jsonl",
        "Italian_DateTimeModel_all.jsonl",
        "Portuguese_DateTimeModel_all.jsonl",
    )
]


def tempeval(folder: Path, misses: int, *, whole_ranges: bool = False, lang: str = "en") -> Score:
    """Score every TimeML file under ``folder``; print up to ``misses`` errors.

    A closed range is scored as the TIMEX3 of each end, as TimeML annotates it,
    or with ``whole_ranges`` as the one mention find_dates gives.
    """
    score = Score()
    shown = 0
    for path in corpus_files(folder):
        document = read_document(path)
        if document is None:
            continue
        mentions = find_dates(document.text, reference=document.created, lang=lang)
        found = (
            [Timex(m.start, m.end, m.type.value, m.value) for m in mentions]
            if whole_ranges
            else as_timexes(mentions, lang)
        )
        score.add(document.timexes, found)
        if shown < misses:
            shown += _show_misses(document.text, list(document.timexes), found)
    return score


def _show_misses(text: str, gold: list[Timex], found: list[Timex]) -> int:
    shown = 0
    golden = {(g.start, g.end): g for g in gold}
    mine = {(f.start, f.end): f for f in found}
    for key in sorted(set(golden) ^ set(mine)):
        side, item = ("missed", golden[key]) if key in golden else ("extra ", mine[key])
        print(f"  {side} {text[item.start : item.end]!r:40} {item.type:9} {item.value}")
        shown += 1
    for key in sorted(set(golden) & set(mine)):
        want, got = golden[key].value, mine[key].value
        if want != got:
            print(f"  value  {text[key[0] : key[1]]!r:40} gold {want} found {got}")
            shown += 1
    return shown


def cases(path: Path, misses: int) -> tuple[int, int]:
    """(passed, total) exact-match cases in one Recognizers file."""
    passed = total = shown = 0
    for case in recognizers_cases(path):
        found = case_found(case, find_dates(case.text, reference=case.reference, lang=case.lang))
        total += 1
        if case_passes(case, found):
            passed += 1
        elif shown < misses:
            shown += 1
            print(f"  {case.text!r}\n     want {list(case.expected)}\n     got  {found}")
    return passed, total


def main() -> None:
    """Parse arguments, score, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--timeml",
        type=Path,
        default=SHARED / "tempeval3-train",
        help="a folder of .tml files or one TimeML/TIMEX2 file",
    )
    parser.add_argument("--lang", default="en", help="the TimeML documents' language")
    parser.add_argument("--cases", type=Path, nargs="*", default=DEFAULT_CASES)
    parser.add_argument("--misses", type=int, default=0, help="print this many errors")
    parser.add_argument(
        "--whole-ranges",
        action="store_true",
        help="score a closed range as one mention (default: as its two ends, like TimeML)",
    )
    args = parser.parse_args()
    began = time.perf_counter()
    score = tempeval(args.timeml, args.misses, whole_ranges=args.whole_ranges, lang=args.lang)
    print(
        f"TempEval-3 on {args.timeml} ({score.gold} gold, {score.found} found, "
        f"{time.perf_counter() - began:.1f}s)"
    )
    for name, (precision, recall, f1) in score.table().items():
        print(f"  {name:9} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    for path in args.cases:
        if path.exists():
            passed, total = cases(path, args.misses)
            print(f"Recognizers {path.name}: {passed}/{total} = {passed / max(total, 1):.3f}")


if __name__ == "__main__":
    main()
