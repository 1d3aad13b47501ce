"""The JSON document and JSON Lines: lossless, versioned, validated by the schema."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import Event, FormatError, Timeline
from timeline.export.json import json_schema

from conftest import ROOT
from strategies import events


@given(st.lists(events(), max_size=5))
def test_json_round_trips(items: list[Event]) -> None:
    timeline = Timeline(items)
    assert Timeline.from_json(timeline.to_json()) == timeline


@given(st.lists(events(), max_size=5))
def test_jsonl_round_trips(items: list[Event]) -> None:
    timeline = Timeline(items)
    assert Timeline.from_jsonl(timeline.to_jsonl()) == timeline


@given(st.lists(events(), max_size=3))
def test_documents_validate_against_the_schema(items: list[Event]) -> None:
    document = json.loads(Timeline(items).to_json())
    jsonschema.validate(document, json_schema())


def test_the_schema_copy_in_docs_is_current() -> None:
    shipped = json.loads((ROOT / "docs" / "timeline.schema.json").read_text(encoding="utf-8"))
    assert shipped == json_schema(), "regenerate with: python -m timeline.export.json"


def test_same_timeline_gives_same_bytes() -> None:
    assert (
        Timeline().to_json() == '{\n  "events": [],\n  "format": "timeline",\n  "version": 1\n}\n'
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{", "valid JSON"),
        ("[]", "JSON object"),
        ('{"format": "other", "version": 1, "events": []}', '"format"'),
        ('{"format": "timeline", "version": 1, "events": {}}', "list"),
        ('{"format": "timeline", "version": 1, "events": [{"title": 3}]}', "events[0]"),
    ],
)
def test_malformed_documents_raise_format_error(text: str, expected: str) -> None:
    with pytest.raises(FormatError, match=expected.replace("[", r"\[")):
        Timeline.from_json(text)


def test_bad_jsonl_line_is_named() -> None:
    with pytest.raises(FormatError, match="line 2"):
        Timeline.from_jsonl('\n{"oops"\n')


def test_invalid_utf8_is_a_format_error() -> None:
    with pytest.raises(FormatError, match="UTF-8"):
        Timeline.from_json(b"\xff\xfe{")
