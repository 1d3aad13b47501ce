"""Worst-case time: no regular expression of the package can backtrack catastrophically.

Two checks, neither timing anything on the (noisy) test machine:

- a static scan of every compiled pattern of the package (module constants and the
  per-language grammars, gazetteers and cue tables) for an unbounded quantifier
  nested inside another one, the shape of exponential backtracking;
- adversarial inputs (runs of 10^5 digits, separators, month names, brackets,
  spaces, dots, newlines, capitalised words, abbreviations, and a 10 MB single
  line) fed to ``find_dates`` and ``extract`` in a child process under a watchdog:
  each group gets a few minutes, which linear code needs a small fraction of
  (docs/reliability.md has the times) and exponential or cubic code never meets.
  ``benchmarks/bench_worst_case.py`` shows the linear growth itself.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from re import _parser as sre  # the parser of re: the only way to walk a pattern's tree
from typing import Any

import pytest

import timeline
from timeline.lang import SUPPORTED

WATCHDOG_SECONDS = 240
SIZE = 100_000

# name -> (unit repeated up to SIZE characters, text before it, text after it)
ADVERSARIAL: dict[str, tuple[str, str, str]] = {
    "digits": ("1", "", ""),
    "digits and slashes": ("12/", "", ""),
    "digits and dots": ("1.", "", ""),
    "digits and dashes": ("12-", "", ""),
    "digits and colons": ("10:", "", ""),
    "digits and spaces": ("14 ", "", ""),
    "month names": ("January ", "", ""),
    "month names glued": ("janvier", "", ""),
    "month abbreviations": ("Jan. ", "", ""),
    "day month pairs": ("14 March ", "", ""),
    "number words": ("twenty-one and ", "", ""),
    "open brackets": ("(", "", ""),
    "nested brackets": ("(", "", ")" * (SIZE // 2)),
    "spaces": (" ", "On 14 January 2026", "x"),
    "tabs and no-break spaces": ("\t\u00a0", "", ""),
    "dots": (".", "Iran", ""),
    "ellipses and marks": ("!?…", "", ""),
    "newlines": ("\n", "a", ""),
    "blank lines with spaces": (" \n", "a", ""),
    "quotes": ('"', "", ""),
    "closing quotes after a stop": (".»", "", ""),
    "dashes": ("- ", "", ""),
    "punctuation": (".,;:!?()[]{}-\u2013\u2014\u00ab\u00bb", "", ""),
    "capitalised words": ("Abc ", "", ""),
    "abbreviations": ("Dr. ", "", ""),
    "initials": ("J. ", "", ""),
    "initials glued": ("A.", "President ", ""),
    "multi-dot abbreviations": ("U.S.", "", ""),
    "hyphenated capitals": ("A-", "", ""),
    "hyphenated name after a role": ("Ab-", "President ", "x"),
    "role and name": ("President John Smith and ", "", ""),
    "dated sentences": ("Iran attacked Israel on 14 January 2026. ", "", ""),
    "dates in one sentence": ("on 14 January 2026, ", "", ""),
    "relative dates": ("the next day ", "", ""),
    "letters": ("a", "", ""),
    "long words": (
        "x" * 999 + " ",
        "Iran attacked Israel on 14 January 2026 ",
        " and on 15 January 2026 Russia protested.",
    ),
}


def _text(name: str, size: int = SIZE) -> str:
    unit, before, after = ADVERSARIAL[name]
    return before + unit * (size // len(unit)) + after


# ----------------------------------------------------------------- static scan


def _modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages(timeline.__path__, "timeline."):
        if info.name not in ("timeline.distributed", "timeline.__main__"):  # dask is optional
            yield importlib.import_module(info.name)


def _compiled_patterns() -> dict[str, re.Pattern[str]]:
    """Every pattern of the package: module constants and the per-language tables."""
    from timeline.extract import clauses, gazetteer, kinds, people, status
    from timeline.temporal import _grammar, tagger

    found: dict[str, re.Pattern[str]] = {}
    for module in _modules():
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[f"{module.__name__}.{name}"] = value
    for lang in SUPPORTED:
        found[f"grammar({lang})"] = _grammar.grammar(lang).pattern
        found[f"future({lang})"] = tagger._future_pattern(lang)
        found[f"gazetteer({lang})"] = gazetteer.gazetteer(lang).pattern
        found[f"kinds({lang})"] = kinds.lexicon(lang).pattern
        found[f"roles({lang})"] = people._roles(lang)
        for field, pattern in clauses.patterns(lang)._asdict().items():
            found[f"clauses({lang}).{field}"] = pattern
        for place, table in status.cues(lang)._asdict().items():
            if isinstance(table, re.Pattern):
                found[f"cues({lang}).{place}"] = table
                continue
            for state, pattern in table.items():
                found[f"cues({lang}).{place}.{state.value}"] = pattern
    found["grammar(nl) (explicit dates only)"] = _grammar.grammar("nl").pattern
    return found


_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_BOUND = 20  # a repeat of at most this many is bounded enough to nest


def nested_quantifiers(pattern: str, flags: int = 0) -> list[str]:
    """The unbounded repeats that sit inside another unbounded, backtrackable repeat."""
    found: list[str] = []
    _walk(sre.parse(pattern, flags), outer=False, found=found)
    return found


def _walk(items: Any, *, outer: bool, found: list[str]) -> None:
    for op, value in items:
        if op in _REPEATS:
            low, high, body = value
            unbounded = high == sre.MAXREPEAT or high > _BOUND
            if unbounded and outer:
                found.append(f"{op} {low}..{high} of {str(body)[:60]}")
            _walk(body, outer=outer or unbounded, found=found)
        elif op == sre.ATOMIC_GROUP:
            _walk(value, outer=outer, found=found)
        elif op == sre.SUBPATTERN:
            _walk(value[3], outer=outer, found=found)
        elif op == sre.BRANCH:
            for branch in value[1]:
                _walk(branch, outer=outer, found=found)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _walk(value[1], outer=outer, found=found)


def test_the_scan_finds_nested_quantifiers() -> None:
    """The scanner itself: the textbook exponential patterns are caught, safe ones are not."""
    assert nested_quantifiers(r"(a+)+$")
    assert nested_quantifiers(r"(?:\s*\w+)*x")
    assert nested_quantifiers(r"(?:a|aa)*?(?:b{2,})+")
    assert not nested_quantifiers(r"(?:\s+\w+){0,3}")
    assert not nested_quantifiers(r"[.!?]++\s*+(?=\w)")


# Nested repeats read by hand and found unambiguous: each iteration of the outer
# repeat starts with a character that the inner repeat cannot match, so there is one
# way to split any input and no backtracking blow-up. The adversarial inputs below
# ("hyphenated name after a role") and test_reliability_hostile_files (1 MB
# iCalendar parameter lines) exercise them under the watchdog.
REVIEWED = {
    "timeline.export._ical_lines._CONTENT_LINE": "each parameter starts with ';', each "
    "value after the first with ','; unquoted values exclude ';' ',' ':' and '\"'",
    "timeline.extract.people._NAME": "each hyphen part starts with '-', which \\w excludes",
}


def test_no_pattern_of_the_package_nests_unbounded_quantifiers() -> None:
    """Every compiled pattern of the package (hundreds) is free of nested unbounded repeats."""
    patterns = _compiled_patterns()
    assert len(patterns) > 100
    offenders = {
        name
        for name, pattern in patterns.items()
        if nested_quantifiers(pattern.pattern, pattern.flags)
    }
    assert offenders == set(REVIEWED)


# ------------------------------------------------------------ adversarial inputs

# The child process reads a list of calls as JSON on stdin, runs them in order and
# says on stderr which one it starts, so a watchdog timeout names the culprit; it
# prints how many results each call gave, after checking their offsets.
_CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from test_reliability_worst_case import run_call
print(json.dumps([run_call(*call) for call in json.load(sys.stdin)]), flush=True)
"""


def run_call(function: str, name: str, size: int, options: dict[str, Any]) -> int:
    """Run one call in the child process; check its offsets; return how many results."""
    from timeline import extract, find_dates
    from timeline.extract.sentences import split_sentences

    print(f"{function}({name!r} x {size})", file=sys.stderr, flush=True)
    text = _text(name, size)
    if function == "extract":
        result = extract(text, **options)
        spans = [(s.start, s.end) for event in result for s in event.sources]
    elif function == "find_dates":
        mentions = find_dates(text, **options)
        spans = [(m.start, m.end) for m in mentions]
        assert all(text[m.start : m.end] == m.text for m in mentions)
    else:
        spans = split_sentences(text)
    assert all(0 <= start <= end <= len(text) for start, end in spans)
    return len(result) if function == "extract" else len(spans)


def _run_child(calls: list[tuple[str, str, int, dict[str, Any]]]) -> list[int]:
    try:
        result = subprocess.run(
            [sys.executable, "-c", _CHILD, str(Path(__file__).parent)],
            input=json.dumps(calls),
            capture_output=True,
            text=True,
            timeout=WATCHDOG_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        started = exc.stderr.decode() if isinstance(exc.stderr, bytes) else exc.stderr or ""
        pytest.fail(f"no answer in {WATCHDOG_SECONDS} s; started last: {started.splitlines()[-1:]}")
    assert result.returncode == 0, result.stderr[-2000:]
    counts: list[int] = json.loads(result.stdout)
    return counts


def test_extract_and_find_dates_survive_adversarial_runs() -> None:
    """10^5-character runs of every adversarial shape, through extract (and so find_dates)."""
    calls = [("extract", name, SIZE, {"lang": "en"}) for name in ADVERSARIAL]
    counts = dict(zip(ADVERSARIAL, _run_child(calls), strict=True))
    assert counts["dated sentences"] == SIZE // len(ADVERSARIAL["dated sentences"][0])


def test_find_dates_with_language_detection_survives_adversarial_runs() -> None:
    """Without ``lang`` every supported language's grammar scans the text: still linear."""
    names = ["digits and slashes", "month names", "spaces", "dots", "newlines", "initials"]
    counts = _run_child([("find_dates", name, SIZE // 4, {}) for name in names])
    assert counts[names.index("spaces")] == 1  # the date before the spaces


def test_the_sentence_splitter_survives_adversarial_runs() -> None:
    """The splitter alone, at 10^6 characters per run (it used to be cubic on newlines)."""
    counts = _run_child([("split_sentences", name, 10 * SIZE, {}) for name in ADVERSARIAL])
    assert counts[list(ADVERSARIAL).index("letters")] == 1


def test_a_10_mb_single_line_is_read() -> None:
    """A 10 MB line with a dated clause at each end: both become events."""
    assert _run_child([("extract", "long words", 10_000_000, {"lang": "en"})]) == [2]


def test_find_dates_survives_long_runs_without_spaces() -> None:
    """400,000 characters of digits and separators with no space (the scan was quadratic)."""
    names = ["digits", "digits and slashes", "digits and dots", "digits and dashes"]
    _run_child([("find_dates", name, 4 * SIZE, {"lang": "en"}) for name in names])
