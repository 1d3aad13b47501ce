"""The forkserver warm-up: loads every language, never raises."""

from __future__ import annotations

import importlib
import json
from importlib import resources

import pytest

from timeline import _warm, batch
from timeline.lang import SUPPORTED
from timeline.temporal._grammar import grammar


def test_there_is_a_sentence_for_every_language() -> None:
    raw = resources.files("timeline").joinpath("data/warmup.json").read_text("utf-8")
    assert sorted(k for k in json.loads(raw) if not k.startswith("_")) == sorted(SUPPORTED)


def test_warm_up_extracts_an_event_per_language(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str | None] = []
    module = importlib.import_module("timeline.extract")
    original = module.extract

    def spy(text: str, **options: object) -> object:
        seen.append(options.get("lang"))  # type: ignore[arg-type]
        return original(text, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "extract", spy)
    _warm.warm()
    assert sorted(seen) == sorted(SUPPORTED)  # type: ignore[type-var]


def test_a_failing_warm_up_is_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("no")

    monkeypatch.setattr(importlib.import_module("timeline.extract"), "extract", broken)
    assert importlib.reload(_warm) is _warm


def test_the_forkserver_preloads_the_warm_up() -> None:
    context = batch._context()
    if context.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        assert "timeline._warm" in forkserver._forkserver._preload_modules


def test_warm_up_builds_both_dispatches_of_every_language() -> None:
    """The rule sets for lower-cased ASCII texts and for the others, in the server."""
    for lang in SUPPORTED:  # as in a new process (they are built again on first use)
        for name in ("lower", "lower_ascii"):
            vars(grammar(lang)).pop(name, None)  # cached_property keeps them in the instance
    _warm.warm()
    for lang in SUPPORTED:
        built = vars(grammar(lang))
        assert built.get("lower") is not None
        assert built.get("lower_ascii") is not None
