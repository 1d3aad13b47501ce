"""Markdown: a readable chronology grouped by month (write-only).

Events within one month go under that month's heading; an event that spans more
(a year, a quarter, an open interval) gets a heading of its own label. Every piece
of text is escaped: Markdown punctuation gets a backslash and ``< > &`` become
entities, so neither Markdown nor HTML in an article changes the page.
"""

from __future__ import annotations

import re

from timeline._edtf import Precision
from timeline.export._labels import month_label, span_label, web_url
from timeline.models import Event, Source
from timeline.timeline import Timeline

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape(text: str) -> str:
    """``text`` on one line, Markdown punctuation backslashed, ``< > &`` as entities."""
    flat = " ".join(text.split())
    flat = "".join(_ENTITIES.get(char, char) for char in flat)
    return _SPECIAL.sub(r"\\\1", flat)


def heading(event: Event) -> str:
    """The group an event goes under: its month, or its own label when it spans more."""
    when = event.when
    fine = when.precision in (Precision.TIME, Precision.DAY, Precision.WEEK, Precision.MONTH)
    start, end = when.start, when.end
    if (
        fine
        and start is not None
        and end is not None
        and start.replace(day=1) == end.replace(day=1)
    ):
        return month_label(start)
    return span_label(when)


def dumps(timeline: Timeline, *, title: str = "Timeline") -> str:
    """The Markdown chronology of ``timeline``."""
    groups: dict[str, list[Event]] = {}
    for event in timeline:
        groups.setdefault(heading(event), []).append(event)
    count = f"{len(timeline)} event{'' if len(timeline) == 1 else 's'}."
    lines = [f"# {escape(title)}", "", count, ""]
    for name, events in groups.items():
        lines += [f"## {escape(name)}", ""]
        for event in events:
            lines += _event_lines(event)
    return "\n".join(lines).rstrip("\n") + "\n"


def _event_lines(event: Event) -> list[str]:
    meta = [event.kind.value.lower()]
    if event.status.value != "reported":
        meta.append(event.status.value)
    meta += [actor.name for actor in event.actors]
    meta += [place.name for place in event.places]
    title = escape(event.title) or "\\(untitled\\)"
    lines = [f"- **{escape(span_label(event.when))}**: {title} _\\({escape(', '.join(meta))}\\)_"]
    if event.summary.strip():
        lines.append(f"  {escape(event.summary)}")
    lines += [f"  - {_source(source)}" for source in event.sources]
    return [*lines, ""]


def _source(source: Source) -> str:
    url = web_url(source.url)
    name = escape(source.document)
    link = f"[{name}](<{url}>)" if url else name
    quote = f": “{escape(source.quote)}”" if source.quote.strip() else ""
    return link + quote
