"""Golden cases: hand-written news in six languages and the events they must give."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from timeline import Event, extract

GOLDEN = Path(__file__).parent / "data" / "extract" / "golden.json"
CASES: list[dict[str, Any]] = json.loads(GOLDEN.read_text(encoding="utf-8"))["cases"]


def _check(event: Event, expected: dict[str, Any]) -> None:
    if expected["when"] is not None:
        assert event.when.edtf == expected["when"]
    if expected["kind"] is not None:
        assert event.kind.value == expected["kind"], event.title
    assert event.status.value == expected["status"], event.title
    assert set(expected["actors"]) <= {actor.code for actor in event.actors}
    assert set(expected["places"]) <= {place.name for place in event.places}
    assert event.title.startswith(expected["title_starts"])


@pytest.mark.parametrize("case", CASES, ids=[f"{c['lang']}-{c['text'][:40]}" for c in CASES])
def test_golden_case(case: dict[str, Any]) -> None:
    """Each case gives exactly its expected events, in chronological order."""
    timeline = extract(case["text"], lang=case["lang"], published=case.get("published"))
    assert len(timeline) == len(case["events"]), [e.title for e in timeline]
    for event, expected in zip(timeline, case["events"], strict=True):
        _check(event, expected)


def test_golden_set_covers_six_languages_and_thirty_en_fr_es_cases() -> None:
    languages = {case["lang"] for case in CASES}
    assert languages == {"en", "fr", "es", "de", "it", "pt"}
    assert sum(case["lang"] in ("en", "fr", "es") for case in CASES) >= 30


@pytest.mark.parametrize("status", ["negated", "hypothetical", "planned", "alleged", "reported"])
def test_golden_set_covers_every_status(status: str) -> None:
    assert any(e["status"] == status for case in CASES for e in case["events"])


def test_golden_set_covers_inferred_order_events() -> None:
    whens = [e["when"] or "" for case in CASES for e in case["events"]]
    assert sum(when.startswith("../") for when in whens) >= 3
