"""Warm-up of extract_many's worker processes: import this module to load every language.

:mod:`timeline.batch` names this module as the forkserver's preload, so the
server process imports it once, extracting a short sentence in each
language; the workers forked from the server then start with every grammar
and gazetteer already loaded (and share those pages), instead of each
loading them again. ``import timeline`` never imports this module. A failure
here only costs the warm-up: the workers load what they need themselves.
"""

from __future__ import annotations

import contextlib
import json
from importlib import resources


def warm() -> None:
    """Extract the sample sentence of each language once."""
    from timeline.extract import extract  # noqa: PLC0415 - only the forkserver pays for it
    from timeline.temporal._grammar import grammar  # noqa: PLC0415 - as above

    raw = resources.files("timeline").joinpath("data/warmup.json").read_text("utf-8")
    for lang, text in json.loads(raw).items():
        if not lang.startswith("_"):
            extract(text, published="2026-01-15", lang=lang, source="warm-up")
            compiled = grammar(lang)  # the rule sets for ASCII texts and for the others,
            _ = compiled.lower, compiled.lower_ascii  # whichever the sentence did not need


# an optimisation must never break the forkserver
with contextlib.suppress(Exception):
    warm()
