"""TimelineJS 3 JSON: the ``{"title": ..., "events": [...]}`` document it loads (write-only).

Dates are partial the way TimelineJS wants them: ``year``, ``month``, ``day``,
``hour``... are present only down to the known precision (a month-precision event
has a year and a month, no day); a span has an ``end_date``; times are given in UTC.
``display_date`` shows our label ("Q1 2026", "before 14 January 2026"). TimelineJS
renders ``headline`` and ``text`` as HTML, so they are HTML-escaped here.
"""

from __future__ import annotations

import html
import json
from datetime import date, datetime
from typing import Any

from timeline._edtf import Precision
from timeline.export._labels import as_utc, span_label, web_url
from timeline.models import Event, TimeSpan
from timeline.timeline import Timeline

_DAY_FIELDS = (Precision.DAY, Precision.WEEK)
_MONTH_FIELDS = (Precision.MONTH, Precision.QUARTER, Precision.SEASON)


def _date(day: date, precision: Precision) -> dict[str, str]:
    """A TimelineJS date object with the fields ``precision`` knows (values as strings)."""
    fields = {"year": str(day.year)}
    if precision in _MONTH_FIELDS or precision in _DAY_FIELDS:
        fields["month"] = str(day.month)
    if precision in _DAY_FIELDS:
        fields["day"] = str(day.day)
    return fields


def _moment(moment: datetime) -> dict[str, str]:
    utc = as_utc(moment)
    fields = {"year": str(utc.year), "month": str(utc.month), "day": str(utc.day)}
    fields |= {"hour": str(utc.hour), "minute": str(utc.minute), "second": str(utc.second)}
    return fields


def dates(span: TimeSpan) -> tuple[dict[str, str], dict[str, str] | None]:
    """``start_date`` and ``end_date`` (None for a single unit) of ``span``.

    An open interval starts at its known bound: TimelineJS needs a start date.
    """
    if span.precision is Precision.TIME:
        first = span.start_time or span.end_time
        start = _moment(first) if first else _date(span.start or date.min, Precision.DAY)
        end = _moment(span.end_time) if span.start_time and span.end_time else None
        return start, end
    known = span.start if span.start is not None else span.end
    start = _date(known or date.min, span.precision)
    if span.start is None or span.end is None:
        return start, None
    end = _date(span.end, span.precision)
    single = span.precision not in _DAY_FIELDS and end == start
    return start, None if single or span.start == span.end else end


def _escape(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


def _text(event: Event) -> str:
    parts = [f"<p>{_escape(event.summary)}</p>"] if event.summary.strip() else []
    if event.actors:
        names = ", ".join(f"{a.name} ({a.code})" for a in event.actors)
        parts.append(f"<p>Actors: {_escape(names)}</p>")
    for source in event.sources:
        url = web_url(source.url)
        name = _escape(source.document)
        link = f'<a href="{_escape(url)}">{name}</a>' if url else name
        parts.append(f"<blockquote>{_escape(source.quote)}</blockquote><p>{link}</p>")
    return "".join(parts)


def _slide(event: Event) -> dict[str, Any]:
    start, end = dates(event.when)
    slide: dict[str, Any] = {
        "unique_id": event.id,
        "start_date": start,
        "display_date": span_label(event.when),
        "text": {"headline": _escape(event.title), "text": _text(event)},
        "group": event.kind.value,
    }
    if end is not None:
        slide["end_date"] = end
    return slide


def dumps(timeline: Timeline, *, title: str = "Timeline") -> str:
    """The TimelineJS JSON document of ``timeline``."""
    document = {
        "title": {"text": {"headline": _escape(title), "text": f"{len(timeline)} events"}},
        "events": [_slide(event) for event in timeline],
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
