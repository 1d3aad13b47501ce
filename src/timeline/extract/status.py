"""Did it happen? Negation, modality and attribution around an event's trigger.

Cues per language are regular expressions in ``data/cues.json``, compiled
once. Negation and modality are looked for in the few words just before the
trigger (and after it where the language puts them there: German "nicht",
French "pas"), or on the trigger itself (French conditional "frapperait",
future "frappera"); attribution ("selon des sources", "reportedly") anywhere
in the clause. The strongest wins: negated, hypothetical, planned, alleged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from timeline.models import Status

__all__ = ["Cues", "cues", "status_of"]

_WINDOW = 40  # characters before the trigger where negation and modality count
_ORDER = (Status.NEGATED, Status.HYPOTHETICAL, Status.PLANNED, Status.ALLEGED)
_NEVER = re.compile(r"(?!)")


class Cues(NamedTuple):
    """One language's cue patterns: one regex per place, a named group per status."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    verb: re.Pattern[str]
    clause: re.Pattern[str]


@cache
def raw_cues() -> dict[str, Any]:
    """The cue table of data/cues.json."""
    raw = resources.files("timeline.extract").joinpath("data/cues.json").read_text("utf-8")
    table: dict[str, Any] = json.loads(raw)
    return table


def _compiled(place: str, lang: str) -> re.Pattern[str]:
    """``(?P<negated>...)|(?P<hypothetical>...)|...`` for the statuses with cues there."""
    table = raw_cues()
    branches = []
    for status in _ORDER:
        source = table.get(status.value, {}).get(place, {}).get(lang)
        if source:
            branches.append(f"(?P<{status.value}>{source})")
    return re.compile("|".join(branches), re.IGNORECASE) if branches else _NEVER


@cache
def cues(lang: str) -> Cues:
    """The compiled cues of ``lang`` (built once, then cached)."""
    return Cues(*(_compiled(place, lang) for place in ("before", "after", "verb", "clause")))


def status_of(
    text: str,
    lang: str,
    clause: tuple[int, int],
    trigger: tuple[int, int] | None,
    *,
    when: date | None = None,
    published: date | None = None,
) -> Status:
    """The status of the event whose trigger is ``text[trigger]`` inside ``clause``."""
    found = cues(lang)
    seen: set[str] = set()
    if trigger is None:
        _collect(found.before.finditer(text, *clause), seen)
    else:
        window = max(clause[0], trigger[0] - _WINDOW)
        _collect(found.before.finditer(text, window, trigger[0]), seen)
        _collect(found.verb.finditer(text, *trigger), seen)
        after = found.after.match(text, trigger[1], min(clause[1], trigger[1] + _WINDOW))
        _collect([after] if after else [], seen)
    if not seen:  # only 'alleged', the weakest, has clause-wide cues: look when nothing else
        attribution = found.clause.search(text, *clause)
        _collect([attribution] if attribution else [], seen)
    for status in _ORDER:
        if status.value in seen:
            return status
    if when is not None and published is not None and when > published:
        return Status.PLANNED
    return Status.REPORTED


def _collect(matches: Iterable[re.Match[str]], seen: set[str]) -> None:
    for match in matches:
        if match.lastgroup:
            seen.add(match.lastgroup)
