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
    """One language's compiled cue patterns."""

    before: dict[Status, re.Pattern[str]]
    after: dict[Status, re.Pattern[str]]
    verb: dict[Status, re.Pattern[str]]
    clause: dict[Status, re.Pattern[str]]


@cache
def raw_cues() -> dict[str, Any]:
    """The cue table of data/cues.json."""
    raw = resources.files("timeline.extract").joinpath("data/cues.json").read_text("utf-8")
    table: dict[str, Any] = json.loads(raw)
    return table


def _compiled(place: str, lang: str) -> dict[Status, re.Pattern[str]]:
    table = raw_cues()
    found = {}
    for status in _ORDER:
        source = table.get(status.value, {}).get(place, {}).get(lang)
        found[status] = re.compile(source, re.IGNORECASE) if source else _NEVER
    return found


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
    for status in _ORDER:
        if trigger is None and found.before[status].search(text, *clause):
            return status
        if trigger is not None and _near(found, status, text, clause, trigger):
            return status
        if found.clause[status].search(text, clause[0], clause[1]):
            return status
    if when is not None and published is not None and when > published:
        return Status.PLANNED
    return Status.REPORTED


def _near(
    found: Cues, status: Status, text: str, clause: tuple[int, int], trigger: tuple[int, int]
) -> bool:
    """A cue of ``status`` in the words around the trigger, or on the trigger itself."""
    window = max(clause[0], trigger[0] - _WINDOW)
    if found.before[status].search(text, window, trigger[0]):
        return True
    if found.verb[status].search(text, trigger[0], trigger[1]):
        return True
    return bool(found.after[status].match(text, trigger[1], min(clause[1], trigger[1] + _WINDOW)))
