"""Find explicit day dates in text (written and ISO forms) and normalise them.

This is the thin first version: "14 janvier 2026", "January 14, 2026",
"14. März 2026", "23 de enero de 2019", "2026-01-14".
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from importlib import resources

from timeline.models import DateMention, Resolution, TimeSpan, TimexType


@cache
def _months() -> dict[str, int]:
    """Every month name of every language, lower-cased, to its number."""
    raw = resources.files("timeline.temporal").joinpath("data/months.json").read_text("utf-8")
    table: dict[str, dict[str, int]] = json.loads(raw)
    return {name: number for names in table.values() for name, number in names.items()}


@cache
def _pattern() -> re.Pattern[str]:
    names = "|".join(sorted((re.escape(n) for n in _months()), key=len, reverse=True))
    day = r"(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|º|°)?\.?"
    day2 = r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?"
    return re.compile(
        rf"\b(?:"
        rf"(?P<iso>(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}}))"
        rf"|{day}\s+(?:de\s+)?(?P<m>{names})\.?\s+(?:de\s+|del\s+)?(?P<y>\d{{4}})"
        rf"|(?P<m2>{names})\.?\s+{day2},?\s+(?P<y2>\d{{4}})"
        rf")\b",
        re.IGNORECASE,
    )


def find_dates(
    text: str,
    *,
    reference: date | None = None,
    lang: str | None = None,
) -> list[DateMention]:
    """Find the date expressions in ``text``, in order.

    ``reference`` is the document date (for relative expressions) and
    ``lang`` an ISO 639-1 code (detected when None).
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates() takes a str, not {type(text).__name__}")
    del reference
    mentions = []
    for match in _pattern().finditer(text):
        day = _day_of(match)
        if day is None:
            continue
        mentions.append(
            DateMention(
                start=match.start(),
                end=match.end(),
                text=match.group(0),
                type=TimexType.DATE,
                value=day.isoformat(),
                span=TimeSpan.of(day),
                resolution=Resolution.ABSOLUTE,
                lang=lang,
            )
        )
    return mentions


def _day_of(match: re.Match[str]) -> date | None:
    try:
        if match["iso"]:
            return date(int(match["iy"]), int(match["im"]), int(match["id"]))
        if match["m"]:
            return date(int(match["y"]), _months()[match["m"].lower()], int(match["d"]))
        return date(int(match["y2"]), _months()[match["m2"].lower()], int(match["d2"]))
    except ValueError:
        return None
